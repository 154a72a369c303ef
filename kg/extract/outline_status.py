"""The state of things beside a named issue (extraction stage): which sentences of a 現状と課題 text are
no issue.

Takes a paragraph under a label or heading that joins the state of things to its issues
(「【現状と課題】」, 「(1) 現状と課題」) and one of its sentences; says whether the sentence states the
state of things: where another sentence of the paragraph names its problem as such
(「…の解消が依然として課題となっています。」, the profile's ``[sentences] issue``), the sentences
around it that name none (「相談件数は増加を続けています。」) are the status it rests on, no issue.
Where no sentence names its problem so, each is read by its predicate, as before.
"""

from __future__ import annotations

from kg.extract import outline_forms as forms
from kg.extract.outline_combined import combined_kinds
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document

Spans = list[tuple[int, int, str]]


def under_status(doc: Document, p: Profile, block: Block, title: str) -> bool:
    """Whether a paragraph stands under a label (the nearest above it in its section) or a heading
    titled ``title`` that joins the state of things to issues (「【現状と課題】」)."""
    for i in range(block.index - 1, -1, -1):
        above = doc.blocks[i]
        if above.section != block.section or above.kind == BlockKind.HEADING:
            break
        if above.kind == BlockKind.PARAGRAPH and (
            forms.bracketed(above.text) or forms.parenthesised(above.text)
        ):
            kinds = combined_kinds(forms.bare_label(above.text), p.combined_words)
            return kinds is not None and "status" in kinds
    kinds = combined_kinds(title, p.combined_words) if title else None
    return kinds is not None and "status" in kinds


def status_beside_issue(p: Profile, block: Block, start: int, spans: Spans) -> bool:
    """Whether the sentence of ``spans`` (the paragraph's) at ``start`` names no problem as such while
    another of them does."""
    named = p.sentences.get("issue", ())
    own = [text for s, e, text in spans if s <= start < e]
    if block.kind != BlockKind.PARAGRAPH or not own or any(x.search(own[0]) for x in named):
        return False
    return any(not s <= start < e and any(x.search(text) for x in named) for s, e, text in spans)
