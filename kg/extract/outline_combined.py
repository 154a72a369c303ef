"""Combined headings of the cue reader (extraction stage): 「現状と課題」, 「課題と対応」 and the like.

Takes a section whose title joins an issue word to others (the profile's
``[combined]`` words: 「現状と課題」, 「現状及び課題」, 「課題と今後の方向性」,
「現状・課題・対応策」, 「窓口業務の現状と課題」) and gives, bullet by bullet, the
issues it states (a predicate stating a problem: 「…が不足している」, 「…が統一されていない」)
and, where the title also names what is done, the measures (a predicate stating an
action: 「…を実施する」, 「…の推進」).  Statements of fact (「…で受け付けている」) are no
items.  A label among the bullets (「【現状】」, 「（課題）」) decides for the bullets after it:
the status label's are no items, an issue or measure label's are read by the list-label
rule of :mod:`kg.extract.outline`, which this class is a part of.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract import outline_forms as forms
from kg.extract.outline_forms import Found, names_list, plain
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document, Section

_SPLIT = re.compile(r"及び|並びに|[と・、,]")
_BRACKETS = "【】〔〕[]<>〈〉《》■□●◆◇()＜＞"
_TOPIC = re.compile(r"^.+(?:の|における|に関する|に係る)")


def combined_kinds(title: str, words: dict[str, tuple[str, ...]]) -> set[str] | None:
    """The kinds of part a combined heading's title joins (status, issue, measure), or None.

    >>> w = {"status": ("現状",), "issue": ("課題",), "measure": ("対応", "今後の方向性")}
    >>> sorted(combined_kinds("1. 現状と課題", w)), sorted(combined_kinds("課題と今後の方向性", w))
    (['issue', 'status'], ['issue', 'measure'])
    >>> combined_kinds("背景と課題", w), combined_kinds("課題", w)
    (None, None)
    """
    written = plain(re.sub(r"^[0-9０-９.．\s]+", "", title))
    parts = [p for p in _SPLIT.split(written) if p]
    if len(parts) < 2:
        return None
    kinds: set[str] = set()
    for n, part in enumerate(parts):
        kind = _kind_of(part, words)
        if kind is None and n == 0:
            kind = _kind_of(_TOPIC.sub("", part), words)  # 「窓口業務の現状」
        if kind is None:
            return None
        kinds.add(kind)
    return kinds if "issue" in kinds else None


def _kind_of(part: str, words: dict[str, tuple[str, ...]]) -> str | None:
    """The kind a part names: one of its words, or for the status, a word the part ends with (「発生状況」,
    「利用実態」: the state of something named before it).

    >>> w = {"status": ("現状", "状況"), "issue": ("課題",)}
    >>> _kind_of("発生状況", w), _kind_of("課題", w), _kind_of("解決課題", w), _kind_of("(1)現状", w)
    ('status', 'issue', None, None)
    """
    exact = next((kind for kind, found in words.items() if part in found), None)
    if exact is not None:
        return exact
    status = words.get("status", ())
    headed = any(part.endswith(w) and _KANJI_WORD.fullmatch(part[: -len(w)]) for w in status)
    return "status" if headed else None


# A kanji word of a few characters before a status word (「発生」 of 「発生状況」, 「利用」 of 「利用実態」).
_KANJI_WORD = re.compile(r"[\u4e00-\u9fff]{1,4}")


class CombinedRules:
    """The combined-heading rule; the reader that holds it gives the document, profile and ``add``."""

    doc: Document
    p: Profile
    skipped: set[int]
    navigation: set[int]
    found: list[Found]
    group_bullets: set[int]

    if TYPE_CHECKING:

        def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
                **extra: object) -> int | None:  # fmt: skip
            raise NotImplementedError

        def title(self, section: Section) -> str:
            raise NotImplementedError

        def _label_type_of(self, text: str) -> str | None:
            raise NotImplementedError

        def _sentence_spans(self, block: Block) -> list[tuple[int, int, str]]:
            raise NotImplementedError

    def _combined_headings(self) -> None:
        words = self.p.combined_words
        for section in self.doc.sections:
            if section.index in self.skipped:
                continue
            kinds = combined_kinds(self.title(section), words)
            if kinds is None and self._status_label(self.title(section)) and self._beside_issues(section):
                # 「現状」 beside 「課題」 under one theme: the facts, the issues stated beside them
                self.navigation.add(section.index)
                continue
            if kinds is None and self._status_heading(self.title(section)) and not section.children:
                # 「Ⅰ 現状認識」, 「1　地籍調査の現状」: what it states as a problem is an issue (a
                # sentence naming 課題 or 問題 itself is left to the sentence rules: 「次の課題です」 points
                # at a list); the heading is no theme of them
                self.navigation.add(section.index)
                self._read_bullets(section, False, status=True)
                continue
            if kinds is None:
                continue
            self.navigation.add(section.index)  # the heading itself is no item, and heads no list
            for index in [section.index, *self._plain_children(section)]:
                below = self.doc.sections[index]
                if index != section.index and not below.children and self._headline_issue(below):
                    # 「（１）…の意識が十分浸透していないこと」 as a heading of its own: the issue
                    self.add("Issue", self.doc.blocks[below.heading], "heading")
                    self.navigation.add(index)
                    continue
                self._read_bullets(below, "measure" in kinds)

    def _headline_issue(self, section: Section) -> bool:
        """A sub-heading that states a problem and holds no list: it is the issue."""
        lists = (BlockKind.LIST_ITEM, BlockKind.TABLE)
        return not any(self.doc.blocks[i].kind in lists for i in section.blocks) and (
            self._bullet_type(self.title(section), False) == "Issue"
        )

    def _plain_children(self, section: Section) -> list[int]:
        """Sub-sections under a combined heading that name no list of their own (「（１）窓口」)."""
        heads = self.p.headings
        found = []
        for child in section.children:
            title = self.title(self.doc.sections[child])
            if child in self.skipped or child in self.navigation:
                continue
            if any(names_list(title, heads[k]) for k in ("issue", "goal", "measure", "kpi", "theme")):
                continue
            if combined_kinds(title, self.p.combined_words) is not None:
                continue
            found.append(child)
        return found

    def _beside_issues(self, section: Section) -> bool:
        """Whether the sibling heading next to it names the issues (「#### 現状」 before 「#### 課題」)."""
        if section.parent is None:
            return False
        siblings = self.doc.sections[section.parent].children
        at = siblings.index(section.index)
        issues = self.p.headings["issue"]
        return any(
            names_list(self.title(self.doc.sections[c]), issues)
            for c in siblings[max(at - 1, 0) : at + 2]
            if c != section.index
        )

    def _status_heading(self, title: str) -> bool:
        """A heading naming the present state alone (「現状認識」), or that of a topic (「地籍調査の現状」).

        Only the word 「現状」 itself (and 「現況」) after a topic: 「…の状況」, 「…の実態」 name surveys of
        figures, no state judged.
        """
        if self._status_label(title):
            return True
        written = plain(re.sub(r"^[0-9０-９.．\s]+", "", forms.label(title)))
        m = _TOPIC.match(written)
        return m is not None and written[m.end() :] in ("現状", "現況")

    def _status_label(self, text: str) -> bool:
        bare = plain(text).strip(_BRACKETS).rstrip("：:")
        return bool(bare) and bare in self.p.combined_words.get("status", ())

    def _read_bullets(self, section: Section, measures: bool, *, status: bool = False) -> None:
        labelled = False  # after a label, the bullets are its (or, after 【現状】, no items)
        for i in section.blocks:
            block = self.doc.blocks[i]
            if block.kind == BlockKind.PARAGRAPH and (
                self._status_label(block.text) or self._label_type_of(block.text) is not None
            ):
                labelled = True
                continue
            if block.kind == BlockKind.LIST_ITEM:
                # 「- 対策：…」: an entry opening with its own label, read by it
                inline = forms.inline_label(block.text.split("\n", 1)[0], self.p.inline)
                if i in self.group_bullets or labelled or inline is not None:
                    continue
                spans = [(block.start, block.end)]
            elif block.kind == BlockKind.PARAGRAPH:
                labelled = False
                # its marked lines, else its sentences (「…が遅れている。」 as running text, 「１　…」
                # lines); not one that holds an item read by its number (「1．論点1：…」, 「課題１：…」)
                spans = forms.line_entries(self.doc.text, block) or [
                    (self._after_number(s, e), e)
                    for s, e, _ in self._sentence_spans(block)
                    if not any(s <= f.start < e for f in self.found) and not self._numbered_line(s, e)
                ]
            else:
                labelled = False
                continue
            for s, e in spans:
                if status and ("課題" in self.doc.text[s:e] or "問題" in self.doc.text[s:e]):
                    continue
                cls = self._bullet_type(self.doc.text[s:e], measures)
                if cls is not None:
                    if block.kind == BlockKind.LIST_ITEM:
                        self.add(cls, block, "heading")
                    else:
                        self.add(cls, block, "heading", s, e)

    def _numbered_line(self, start: int, end: int) -> bool:
        """Whether a line of ``[start, end)`` opens with an item's own number (「課題１：…」): the
        numbered-line rule reads it."""
        return any(
            forms.split_title(forms.split_title(line.strip(), self.p.numbers)[1], patterns)[0] is not None
            for line in self.doc.text[start:end].split("\n")
            for patterns in self.p.item_numbers.values()
        )

    def _after_number(self, start: int, end: int) -> int:
        """Where a sentence's text begins after the number it opens with (「１　…」)."""
        text = self.doc.text[start:end]
        number, rest = forms.split_title(text, self.p.numbers)
        return end - len(rest) if number is not None and rest and text.endswith(rest) else start

    def labelled_text(self, block: Block, section: int | None) -> bool:
        """Whether a block is text a label stands over: a paragraph of its section, not a label."""
        return (
            block.kind == BlockKind.PARAGRAPH
            and block.section == section
            and not forms.bracketed(block.text)
            and self._label_type_of(block.text) is None
        )

    def after_combined_label(self, n: int, section: int | None, kinds: set[str]) -> int:
        """The text after a 「【現状と課題】」 label (from block ``n``): its issues and, where the label
        names what is done, its measures; gives the block after it."""
        blocks = self.doc.blocks
        while n < len(blocks) and (
            self.labelled_text(blocks[n], section) or blocks[n].kind == BlockKind.LIST_ITEM
        ):
            block = blocks[n]
            spans = (
                [(block.start, block.end)]
                if block.kind == BlockKind.LIST_ITEM
                # its marked lines (「● …」, a paragraph a line as Word keeps them), else its sentences
                else forms.line_entries(self.doc.text, block)
                or [(s, e) for s, e, _ in self._sentence_spans(block)]
            )
            for s, e in spans:
                cls = self._bullet_type(self.doc.text[s:e], "measure" in kinds)
                if cls is not None:
                    self.add(cls, block, "label", s, e)
            n += 1
        return n

    def _bullet_type(self, text: str, measures: bool) -> str | None:
        """Issue where the bullet's predicate states a problem, Measure (if wanted) an action."""
        end = forms.label(text).rstrip("。．. \u3000")
        end = end.removesuffix("こと") if len(end) > 2 else end  # 「…が進んでいないこと」: the problem
        predicates = self.p.combined_predicates
        if any(p.search(end) for p in predicates.get("issue", ())):
            return "Issue"
        if measures and any(p.search(end) for p in predicates.get("measure", ())):
            return "Measure"
        return None
