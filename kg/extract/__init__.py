"""Extraction: from a read document to the policy items (goals, themes, issues,
measures, progress updates, targets, statistics tables) and the laws, agencies and
dates it names, with how each item relates to them; and its evaluation against
annotated expectations.

Takes :mod:`kg.read` documents; gives an :class:`~kg.extract.extraction.Extraction`.
"""
