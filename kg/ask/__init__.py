"""Questions in Japanese answered from the graph, read by rule (no language model).

Where it stands: a feature above the pipeline's stages, beside the build and
the CLI — it reads the built graph through the store's read interface (names
and the answer's query) and reads periods with the extraction stage's date
normaliser, and no stage imports it.  It needs the store to resolve names, so
it cannot sit lower; it exports nothing, so it is not a part of the export stage.

Takes a question and the store; gives how the question was read, the SPARQL it
became and its answer, or why it was not understood (:mod:`kg.ask.answer`).
The kinds of question are one declarative table (:mod:`kg.ask.kinds`).
"""
