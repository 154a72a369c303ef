"""The state of things beside a named issue (extraction stage): which sentences of a 現状と課題 text are
no issue.

Takes a paragraph under a label or heading that joins the state of things to its issues
(「【現状と課題】」, 「(1) 現状と課題」) and one of its sentences; says whether the sentence states the
state of things: where another sentence of the paragraph names its problem as such
(「…の解消が依然として課題となっています。」, the profile's ``[sentences] issue``), the sentences
around it that name none (「相談件数は増加を続けています。」) are the status it rests on, no issue.
Where no sentence names its problem so, each is read by its predicate, as before; and so where the
sentence naming 課題 opens by adding a matter of its own (「また、活動団体では担い手の高齢化が課題と
なっています。」 after 「…参加した市民は3割にとどまっています。」): the sentence before it is no ground
of that issue but a problem of its own.
"""

from __future__ import annotations

import re

from kg.extract import outline_forms as forms
from kg.extract.outline_combined import combined_kinds
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document

Spans = list[tuple[int, int, str]]

# 「また、」, 「さらに、」, 「加えて、」, 「このほか、」: a sentence adding a matter beside the one before it
_ADDING = re.compile(r"^(?:また|さらに|更に|加えて|あわせて|併せて|このほか|その他|他方|一方)[、，]")


def under_status(doc: Document, p: Profile, block: Block, title: str) -> bool:
    """Whether a paragraph stands under a label (the nearest above it in its section) or a heading
    titled ``title`` that joins the state of things to issues (「【現状と課題】」); a label that names
    only the matter (「【若年層の献血】」 under 「2　現状と課題」) leaves it to the heading."""
    for i in range(block.index - 1, -1, -1):
        above = doc.blocks[i]
        if above.section != block.section or above.kind == BlockKind.HEADING:
            break
        if above.kind == BlockKind.PARAGRAPH and (
            forms.bracketed(above.text) or forms.parenthesised(above.text)
        ):
            bare = forms.bare_label(above.text)
            kinds = combined_kinds(bare, p.combined_words)
            if kinds is not None or any(x.search(bare) for patterns in p.labels.values() for x in patterns):
                return kinds is not None and "status" in kinds
            break  # 「【若年層の献血】」: a label naming the matter alone, under the heading's kinds
    kinds = combined_kinds(title, p.combined_words) if title else None
    return kinds is not None and "status" in kinds


def status_beside_issue(p: Profile, block: Block, start: int, spans: Spans) -> bool:
    """Whether the sentence of ``spans`` (the paragraph's) at ``start`` names no problem as such while
    another of them does."""
    named = p.sentences.get("issue", ())
    own = [text for s, e, text in spans if s <= start < e]
    if block.kind != BlockKind.PARAGRAPH or not own or any(x.search(own[0]) for x in named):
        return False
    return any(
        not s <= start < e and any(x.search(text) for x in named) and not _ADDING.match(text)
        for s, e, text in spans
    )
