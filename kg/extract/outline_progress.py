"""Progress and attribute lines nested under an entry (extraction stage): part of the entry above.

Takes a read document and the profile's progress labels and gives the bullets that open with one
(「取組状況：…」, ``[progress] labels``) and stand under another bullet (「- 書かない窓口の導入」
over 「  - 取組状況：番号法に基づく…」).  Such a bullet reports how the entry above it stands: it is
no entry of its own, and the entry above it is a leaf of its list, read like its plain siblings.

>>> from kg.read import read_string
>>> text = "## 1. 窓口\\n\\n- 窓口の改善\\n  - 取組状況：案内を改めた。\\n- 手続の周知\\n"
>>> doc = read_string(text, suffix=".md")
>>> [doc.blocks[i].text for i in sorted(nested_progress(doc, ("取組状況",)))]
['取組状況：案内を改めた。']

So is a bullet that states an attribute of the entry above it by its label (「所管：…」, 「根拠法：…」,
「実施時期：…」; the profile's ``[tree] owner_lines``, ``schedule_lines``, ``law_lines``:
:func:`attribute_line`).

The entries that stand where a report of progress is given (:func:`progress_places`): in a section
titled with a progress label or within one (「## 各課題の取組状況」 over 「### 課題1関係」), or in the
run of entries after a label alone on its line (「【実績】」, 「進捗：」 over bullets) — a line there
opening with a measure's number (「施策1：…」) reports on it and is no measure of its own.

An entry that closes with its progress in brackets (「電子申請システムの導入（取組状況：令和5年10月に稼働）」)
is named by the text before them (:func:`without_progress_note`).
"""

from __future__ import annotations

import re

from kg.extract.outline_forms import bare_label, bracketed, kpi_labelled, plain, reports_progress, split_title
from kg.extract.profiles import Profile
from kg.read.document import BlockKind, Document

ATTRIBUTES = ("owner_lines", "schedule_lines", "law_lines")
_MARK = re.compile(r"[ \u3000]*(?:[-*・･○●◆◇■□▪]|[0-9]+[.)])?[ \u3000]*")


def attribute_line(text: str, profile: Profile) -> str | None:
    """The kind of attribute a line states by its label (「所管：…」 → ``owner_lines``), else None.

    >>> from kg.extract.profiles import generic
    >>> [attribute_line(t, generic()) for t in ("所管：総務省", "- 実施時期：令和7年度", "所管省庁の調整")]
    ['owner_lines', 'schedule_lines', None]
    """
    at = _MARK.match(text)
    start = at.end() if at else 0
    for kind in ATTRIBUTES:
        if any(p.match(text, start) for p in profile.tree.get(kind, ())):
            return kind
    return None


_LIST_MARK = re.compile(r"[ \u3000]*(?:[・･○●◆◇■□▪-]|[0-9]+[.)])?[ \u3000]*")


def done_line(line: str, profile: Profile) -> int | None:
    """Where the report starts in a line that opens with a mark of what is done (「✓ …」) or reports it
    (「令和5年度に…を実施した。」), else None.

    >>> from kg.extract.profiles import generic
    >>> [done_line(t, generic()) for t in ("✓ 端末を導入済", "研修を実施した。", "研修を実施する。")]
    [2, 0, None]
    """
    for mark in profile.progress_forms.get("marks", ()):
        if (m := mark.match(line)) is not None and line[m.end() :].strip():
            return m.end()
    body = line.strip().rstrip("。")
    if body and any(p.search(body) for p in profile.progress_forms.get("done", ())):
        lead = _LIST_MARK.match(line)
        return lead.end() if lead else 0
    return None


def nested_done(doc: Document, profile: Profile) -> set[int]:
    """The list items under another list item that report what was done (「✓ …」, 「…を実施した。」)."""
    return {
        i
        for i, b in enumerate(doc.blocks)
        if b.kind == BlockKind.LIST_ITEM
        and b.parent is not None
        and doc.blocks[b.parent].kind == BlockKind.LIST_ITEM
        and done_line(b.text.split("\n", 1)[0], profile) is not None
    }


def nested_attributes(doc: Document, profile: Profile) -> set[int]:
    """The list items under another list item that state an attribute of it (a 「KPI：…」 one too: a
    target of its own, read by its label)."""
    kpi = profile.headings.get("kpi", ())
    return {
        i
        for i, b in enumerate(doc.blocks)
        if b.kind == BlockKind.LIST_ITEM
        and b.parent is not None
        and doc.blocks[b.parent].kind == BlockKind.LIST_ITEM
        and (attribute_line(b.text, profile) is not None or kpi_labelled(b.text.lstrip(), kpi))
    }


def nested_progress(doc: Document, labels: tuple[str, ...]) -> set[int]:
    """The list items under another list item that open with a progress label."""
    return {
        i
        for i, b in enumerate(doc.blocks)
        if b.kind == BlockKind.LIST_ITEM
        and b.parent is not None
        and doc.blocks[b.parent].kind == BlockKind.LIST_ITEM
        and reports_progress(b.text, labels)
    }


def reported_entries(doc: Document, nested: set[int]) -> set[int]:
    """The starts of the list items that hold progress lines: what those lines report on."""
    return {doc.blocks[p].start for i in nested if (p := doc.blocks[i].parent) is not None}


def without_progress_note(text: str, labels: tuple[str, ...]) -> str:
    """The text before a closing bracketed progress note (「…の導入（取組状況：令和5年10月に稼働）」).

    >>> without_progress_note("電子申請の導入（取組状況：10月に稼働）", ("取組状況",))
    '電子申請の導入'
    >>> without_progress_note("窓口の改善（再掲）", ("取組状況",))
    '窓口の改善（再掲）'
    """
    words = "|".join(re.escape(w) for w in sorted(labels, key=len, reverse=True))
    m = re.search(rf"[（(](?:{words})[ \u3000]*[：:][^（）()]*[）)][ \u3000]*$", text) if words else None
    return text[: m.start()].rstrip(" \u3000") if m and m.start() > 0 else text


def nested_notes(doc: Document, profile: Profile) -> set[int]:
    """The list items under another list item that are part of it: its progress and attribute lines."""
    return (
        nested_progress(doc, profile.progress) | nested_attributes(doc, profile) | nested_done(doc, profile)
    )


def _progress_title(title: str, labels: frozenset[str], profile: Profile) -> bool:
    """Whether a heading's title is a progress label or ends with one (「各課題の取組状況」)."""
    _, words = split_title(title, profile.numbers)
    written = re.sub(r"[（(][^（）()]*[）)]$", "", plain(words)) or plain(words)
    return any(written == w or written.endswith(w) for w in labels)


def progress_places(doc: Document, profile: Profile) -> dict[int, str]:
    """The blocks standing where progress is reported, each with how: ``"heading"`` (in a section
    titled with a progress label or within one) or ``"label"`` (in the run of entries after a
    progress label alone on its line)."""
    labels = frozenset(plain(w) for w in profile.progress)
    if not labels:
        return {}
    titled: set[int] = set()
    tops = [n for n, section in enumerate(doc.sections) if section.parent is None]
    for n, section in enumerate(doc.sections):  # a parent comes before its sub-sections
        if tops == [n]:
            continue  # the document's own title (「…の取組状況（令和6年度）」) over all of it
        if _progress_title(section.title, labels, profile) or section.parent in titled:
            titled.add(n)
    places = {b.index: "heading" for b in doc.blocks if b.section in titled and b.kind != BlockKind.HEADING}
    blocks = doc.blocks
    for n, block in enumerate(blocks):
        if block.kind != BlockKind.PARAGRAPH or "\n" in block.text.strip():
            continue
        if bare_label(block.text) not in labels:
            continue
        k = n + 1
        while k < len(blocks) and blocks[k].section == block.section:
            nxt = blocks[k]
            listed = nxt.kind in (BlockKind.LIST_ITEM, BlockKind.CHECK_ITEM)
            # the paragraph right after the label (its ・ lines, or one statement) is its entry too
            if not listed and not (
                k == n + 1 and nxt.kind == BlockKind.PARAGRAPH and not bracketed(nxt.text)
            ):
                break
            places.setdefault(k, "label")
            k += 1
    return places
