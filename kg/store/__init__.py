"""The store: Oxigraph generations on disk (written by a build, read by
everyone), loading, SPARQL (checks, results, worker pool), a remote SPARQL server
standing in for the embedded store, and pushing the graph to one.

Takes triples; gives graphs and query answers.
"""
