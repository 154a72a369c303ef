"""The policykg ontology and SHACL shapes, as Turtle files shipped with the package."""
