"""policykg's pipeline, one package per stage: :mod:`kg.read` → :mod:`kg.extract` →
:mod:`kg.rdf` → :mod:`kg.store` → :mod:`kg.export`.  :mod:`kg.build` and :mod:`kg.cli`
compose them, over :mod:`kg.errors`, :mod:`kg.settings`, :mod:`kg.processes`,
:mod:`kg.budget`, :mod:`kg.digests` and :mod:`kg.display`, which import no stage
(see docs/architecture.md).
"""

__version__ = "0.1.0"
