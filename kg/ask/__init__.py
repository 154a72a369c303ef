"""Questions in Japanese answered from the graph, read by rule (no language model).

Stage: over the store (:mod:`kg.store`), which it needs to resolve names and run
the query; the date normaliser of the extraction stage reads periods.

Takes a question and the store; gives how the question was read, the SPARQL it
became and its answer, or why it was not understood (:mod:`kg.ask.answer`).
The kinds of question are one declarative table (:mod:`kg.ask.kinds`).
"""
