"""Tracking a report across its editions: series, item identity, and what changed.

Stage: after the store.  It reads the stored documents (any :class:`Selects`:
the embedded store, a remote endpoint, or a store being written), plans the
series from the manifest (:mod:`kg.track.series`), matches items across two
editions (:mod:`kg.track.matching`), finds their changes
(:mod:`kg.track.changes`) and gives them back as RDF (:mod:`kg.track.rdf`),
which the build stores in its own named graph.
"""
