"""The RDF mapping: namespaces, instance IRIs, the document, item and entity
writers, the ontology and its SHACL shapes.

Takes an extraction; gives triples (and checks a graph against the shapes).
"""
