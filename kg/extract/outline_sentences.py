"""Sentence rules of the cue reader (extraction stage): goals, issues and measures a sentence names.

Takes a read document and the profile's ``[sentences]`` patterns (through the
reader in :mod:`kg.extract.outline`, which this class is a part of) and gives
the items whose own sentence names them with the type's cue: 「…という課題がありました」,
themes named in quotes after their cue (「重点テーマは「防災」、「子育て」の二つです」),
「本ガイドブックは…を目的として策定しました」, under a heading naming goals
(「１．目標」) a sentence stating what is aimed at, and under a heading naming measures over text
alone (「（３）今後の方向性」) a sentence stating an action.  Under a heading read as an issue
(「課題2-1　…」), a sentence calling its matter 課題 is that issue's text, no second issue.  A
one-line paragraph that opens with a numbered bold lead-in (「**（１）人材の育成**　全職員を対象に…」)
is an entry: the lead-in.
"""

from __future__ import annotations

import re
import unicodedata

from kg.extract.outline_forms import (
    Found,
    label,
    line_entries,
    names_list,
    noted_list,
    plain,
    quoted_names,
    split_title,
)
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document, Section

_SENTENCE = re.compile(r"[^。]+。?")
_LABEL_LINE = re.compile(r"^[ \u3000]*[（(【〔][^（）()【】〔〕\n]{1,10}[）)】〕][ \u3000]*\n")
_TOC_LINE = re.compile(r"(?:\.{3,}|…{2,}|‥{2,}|\s)\s*[0-9０-９]+\s*$|^\[.*\]\(#")


def subject_topic(doc: Document) -> re.Pattern[str] | None:
    """A sentence opening that makes the document's own subject its topic (「GIFは」).

    The subject is what the document's title heading names: the title's head
    (up to its first space or bracket) and each name in brackets after it
    (「政府相互運用性フレームワーク（GIF） 全体編」 → 政府相互運用性フレームワーク, GIF);
    a bracket may follow the name in the sentence too (「…フレームワーク（GIF：…）は」).
    """
    heading = next((b for b in doc.blocks if b.kind == BlockKind.HEADING), None)
    if heading is None:
        return None
    words = heading.title if heading.title is not None else heading.text
    title = unicodedata.normalize("NFKC", label(words))
    head = re.match(r"[^\s(「『]+", title)
    names = {head[0]} if head else set()
    for inner in re.findall(r"\(([^()]+)\)", title):
        names.update(n.strip() for n in re.split(r"[:、,]", inner))
    names = {n.replace(" ", "") for n in names if len(n.replace(" ", "")) >= 2}
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"^(?:{alternatives})(?:\([^()]*\))?は")


_OPENING_QUOTE = re.compile(r"[「『]")


# A heading naming the purpose the plan is made for (「計画策定の趣旨」, 「基本方針の趣旨」, 「本書の趣旨」),
# and the sentence under it that states it (「…を目的とする。」).
_PURPOSE = re.compile(r"^(?:本|この)?[^、。]{0,12}?(?:策定の|の)?趣旨$")
_PURPOSE_SENTENCE = re.compile(r"を目的と(?:する|します|して(?:いる|います|策定|定め))")


class SentenceRules:
    """The sentence rules; the reader that holds them gives the document, profile and ``add``."""

    doc: Document
    p: Profile
    skipped: set[int]
    navigation: set[int]
    inline: set[int]
    subject: re.Pattern[str] | None
    found: list[Found]

    def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
            **extra: object) -> int | None:  # fmt: skip
        raise NotImplementedError

    def title(self, section: Section) -> str:
        raise NotImplementedError

    def add_entries(self, cls: str, blocks: list[int], rule: str) -> int:
        raise NotImplementedError

    def entries(self, blocks: list[int], *, top: bool = False) -> list[tuple[Block, int, int]]:
        raise NotImplementedError

    def names_subject(self, sentence: str) -> bool:
        return self.subject is not None and self.subject.search(sentence) is not None

    def _sentences(self) -> None:
        kinds: tuple[tuple[str, str, dict[str, bool]], ...] = (
            ("goal_overall", "Goal", {"overall": True}),
            ("goal_of_subject", "Goal", {"overall": True}),
            ("goal_listed", "Goal", {}),
            ("issue", "Issue", {}),
            ("measure", "Measure", {}),
        )
        for block in self.doc.blocks:
            if (
                block.kind != BlockKind.PARAGRAPH
                or block.section in self.skipped
                or block.index in self.inline
            ):
                continue
            for s, e, sentence in self._sentence_spans(block):
                for key, cls, extra in kinds:
                    if key == "goal_of_subject" and not self.names_subject(sentence):
                        continue
                    if cls == "Issue" and self._issue_heading_text(block):
                        continue  # 「課題2-1　…」 over 「…が課題である。」: the heading's text, no issue
                    if cls == "Goal" and self._leads_in(sentence):
                        break  # 「本計画では、次の事項を目標とする。」: the goals are the entries after it
                    if any(p.search(sentence) for p in self.p.sentences.get(key, ())):
                        self.add(cls, block, "sentence", s, e, **extra)
                        break

    def _issue_heading_text(self, block: Block) -> bool:
        """Whether a block stands under a heading read as an issue (「課題2-1　火葬炉の能力不足」): a
        sentence there calling its matter 課題 (「…にどう応えるかが課題である。」) restates that issue, and
        the measures under the heading answer the heading's."""
        if block.section is None:
            return False
        heading = self.doc.blocks[self.doc.sections[block.section].heading]
        return any(f.cls == "Issue" and heading.start <= f.start < heading.end for f in self.found)

    def _leads_in(self, sentence: str) -> bool:
        """Whether a sentence points at what follows (``sentences.lead_in``: 「次の事項を目標とする。」)."""
        return any(p.search(sentence) for p in self.p.sentences.get("lead_in", ()))

    def _quoted_themes(self) -> None:
        """A sentence naming themes in quotes after its cue (「重点テーマは「防災」、「子育て」の二つ」):
        each quoted name not already a theme is one."""
        cues = self.p.sentences.get("themes_quoted", ())
        known = {plain(f.label) for f in self.found if f.cls == "Theme"}
        for block in self.doc.blocks:
            if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or block.section in self.skipped:
                continue
            runs = [quoted_names(block.text, m.end()) for cue in cues for m in cue.finditer(block.text)]
            runs += self._quoted_before_cue(block.text)
            for run in runs:
                for s, e in run:
                    name = plain(block.text[s:e])
                    if name and name not in known:
                        known.add(name)
                        self.add("Theme", block, "sentence", block.start + s, block.start + e)

    def _quoted_before_cue(self, text: str) -> list[list[tuple[int, int]]]:
        """Runs of two or more quoted names a theme cue follows (「「A」及び「B」の二つを柱として」)."""
        cues = self.p.sentences.get("themes_quoted_before", ())
        runs: list[list[tuple[int, int]]] = []
        done = 0
        for q in _OPENING_QUOTE.finditer(text):
            if q.start() < done:
                continue
            run = quoted_names(text, q.start())
            if not run:
                continue
            done = run[-1][1] + 1  # past the last name's closing quote
            if len(run) >= 2 and any(c.match(text, done) for c in cues):
                runs.append(run)
        return runs

    def _sentence_spans(self, block: Block) -> list[tuple[int, int, str]]:
        if _TOC_LINE.search(block.text):
            return []
        spans = []
        label = _LABEL_LINE.match(block.text)  # 「（前文）」 over the text: no part of its first sentence
        for m in _SENTENCE.finditer(block.text, label.end() if label else 0):
            s = block.start + m.start() + (len(m[0]) - len(m[0].lstrip(" \u3000\n")))
            spans.append((s, block.start + m.end(), plain(m[0])))
        return spans

    def measure_entries(self, section: Section) -> None:
        """A measure heading's entries; over text alone (「（３）今後の方向性」 over sentences), each
        sentence that states an action (``[combined] measure_predicate``) is a measure."""
        if self.add_entries("Measure", section.blocks, "heading") or self.entries(section.blocks):
            return  # entries, if read already (「■ 重点施策1 …」 over its ◇ lines), are no text
        blocks = [self.doc.blocks[i] for i in section.blocks if self.doc.blocks[i].kind != BlockKind.HEADING]
        if not blocks or any(b.kind != BlockKind.PARAGRAPH for b in blocks):
            return
        actions = self.p.combined_predicates.get("measure", ())
        for block in blocks:
            if any(block.start <= f.start < block.end for f in self.found):
                continue  # lines read already (「〈ハード対策〉」 over its ・ lines): no running text
            for s, e, text in self._sentence_spans(block):
                if any(p.search(text.rstrip("。")) for p in actions):
                    self.add("Measure", block, "heading", s, e)

    def paragraph_entries(self, block: Block) -> list[tuple[int, int]]:
        """A one-line paragraph's numbered bold lead-in, else a paragraph's marked lines (「・…」)."""
        return self._lead_in(block) or line_entries(self.doc.text, block)

    def _lead_in(self, block: Block) -> list[tuple[int, int]]:
        """A paragraph that opens with a numbered bold lead-in over its text (「**（１）人材の育成**　全職員
        を対象に…」), or one naming what is done (「**人材の育成**　…」): the lead-in after its number, an
        entry as a list's."""
        if not block.emphasis or "\n" in block.text.strip():
            return []
        first = block.emphasis[0]
        opening = self.doc.text[block.start : first.start].strip("*_ \u3000")
        lead = self.doc.text[first.start : first.end]
        number, rest = split_title(lead, self.p.numbers)
        if number is None and any(p.search(plain(lead)) for p in self.p.tree.get("action", ())):
            number, rest = "", lead  # 「**臨床開発人材の育成**　…を創設する。」: a lead naming what is done
        if opening or number is None or not rest or lead.endswith("。") or first.end >= block.end - 3:
            return []
        return [(first.end - len(rest), first.end)]

    def _names_goals(self, section: Section) -> bool:
        """Whether a heading names goals by its title, or over no heading by its note
        (「基本方針（大目標）」)."""
        title = self.title(section)
        goals = self.p.headings["goal"]
        return names_list(title, goals) or (not section.children and noted_list(title, goals))

    def _goal_sentences_under_headings(self) -> None:
        """Under a heading that names goals (「１．目標」), a sentence stating what is aimed at;
        where the heading stands over one statement and nothing else, that statement."""
        cues = self.p.sentences.get("goal_under_heading", ())
        for section in self.doc.sections:
            if section.index not in self.skipped and _PURPOSE.search(plain(self.title(section))):
                # 「1　計画策定の趣旨」: its 「…を目的とする。」 sentence states what the plan is for
                for i in section.blocks:
                    block = self.doc.blocks[i]
                    if block.kind == BlockKind.PARAGRAPH and i not in self.inline:
                        for s, e, sentence in self._sentence_spans(block):
                            if _PURPOSE_SENTENCE.search(sentence):
                                self.add("Goal", block, "heading", s, e)
                continue
            if (
                section.index in self.skipped
                or section.index in self.navigation
                or not self._names_goals(section)
                or names_list(self.title(section), self.p.headings["kpi"])  # 「数値目標」: targets
            ):
                continue
            made = 0
            paragraphs = [
                self.doc.blocks[i]
                for i in section.blocks
                if self.doc.blocks[i].kind == BlockKind.PARAGRAPH and i not in self.inline
            ]
            for block in paragraphs:
                for s, e, sentence in self._sentence_spans(block):
                    if any(p.search(sentence) for p in cues) and not self._leads_in(sentence):
                        made += self.add("Goal", block, "heading", s, e) is not None
            lead_in = self.p.sentences.get("lead_in", ())
            stated = [b for b in paragraphs if not any(p.search(plain(b.text)) for p in lead_in)]
            if (
                made
                or len(stated) != 1
                or any(self.doc.blocks[i].kind == BlockKind.LIST_ITEM for i in section.blocks)
            ):
                continue
            # 「1. 目指す姿」 over one statement (「誰もが…移動できる地域。」): that is the goal; not
            # lines already read as items of their own (「目標1　…」 lines, one a goal each)
            spans = self._sentence_spans(stated[0])
            block = stated[0]
            if len(spans) == 1 and not any(block.start <= f.start < block.end for f in self.found):
                self.add("Goal", stated[0], "heading", spans[0][0], spans[0][1])
