"""Written forms of policy structure (extraction stage): what a reader leaves in the text.

Takes heading titles, paragraph blocks and the profile's patterns; gives

- :class:`Found`, one item found by a cue with where it stands and what it links to;
- text for cue matching (:func:`plain`) and a heading title's list type (:func:`names_list`);

- a heading's number where the reader kept it in the title (「第1 基本方針」,
  「（１）基本データの整備」, 「テーマ① 子育て支援」, 「【重点テーマ1】データ連携」) and the
  title after it;
- the entries of a paragraph whose every line starts with a list mark
  (「・…」, 「ア …」, 「①…」): the lines a Markdown reader joins into one paragraph;
- an inline label (「**目指す姿**：…」, 「課題：…」): the type it names and where the
  item after it starts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document

# A list mark at the start of a line: bullets, katakana (with a space), circled and
# parenthesised numbers and letters (a bullet explained after a colon, 「◎：推奨」, is a legend's).
_LINE_MARK = re.compile(
    r"[ \u3000]*(?:[・･○●◎◆◇■□▪](?![・･：:])[ \u3000]*|[アイウエオカキクケコサシスセソタチツテト][ \u3000]+"
    r"|[①-⑳][ \u3000]*|[（(](?:[0-9０-９]{1,2}|[アイウエオカキクケコサシスセソタチツテト])[）)][ \u3000]*"
    # 「(a) …」, 「(ii) …」: a Latin letter or a small Roman numeral in brackets
    r"|[（(](?:[a-zａ-ｚ]|ii|iii|iv|vi|vii|viii|ix)[）)][ \u3000]*"
    # 「ａ　厚生労働省は、…」: a full-width Latin letter and a space (a 答申's entries)
    r"|[ａ-ｚ][ \u3000]+(?=\S)"
    r"|[0-9０-９]{1,2}[)）][ \u3000]*"
    # 「4.1 …すること。」: a numbered sentence (a numbered line not ending in 。 is a heading)
    r"|[0-9０-９]{1,2}[.．][0-9０-９]{1,2}[ \u3000]+(?=.*。$)"
    # 「３－１．…している。」: a sentence numbered by its section and its own number
    r"|[0-9０-９]{1,2}[-－‐][0-9０-９]{1,2}(?:[.．][ \u3000]*|[ \u3000]+)(?=.*。$))"
)
_TRAILING = re.compile(r"(?:<[^<>\n]*>|[ \t\u3000])+$")
_TAG = re.compile(r"<[^<>\n]*>")
_JOINED = "と、・及並"
_GLOSSED = re.compile(r"(.+?)\(([^()]+)\)")
_JOINED_WORDS = ("及び", "並びに")
_LATIN = re.compile(r"[A-Za-z]{2}")


def plain(text: str) -> str:
    """Text without tags, emphasis marks and spaces, NFKC-normalised, for cue matching."""
    text = unicodedata.normalize("NFKC", _TAG.sub("", text)).replace("**", "")
    return "".join(text.split())


def reports_progress(text: str, words: tuple[str, ...]) -> bool:
    """Whether a line opens with a progress label (「取組状況：…」, 「【進捗状況】…」): a report, no entry.

    >>> words = ("取組状況",)
    >>> reports_progress("取組状況：規則を改正した。", words), reports_progress("状況の把握", words)
    (True, False)
    """
    written = plain(text).lstrip("・-*")
    return any(
        written.startswith((f"{w}:", f"【{w}】", f"[{w}]", f"〔{w}〕", f"({w})", f"<{w}>")) for w in words
    )


def label(text: str) -> str:
    """Text without tags and emphasis marks, trimmed."""
    return _TAG.sub("", text).replace("**", "").strip().strip("\u3000").strip()


_BULLET = re.compile(r"[・･○●◆◇■□▪][ \u3000]+")


def unmarked(text: str) -> str:
    """A sentence without the bullet mark it opens with (「○ 補助を拡充する。」).

    >>> unmarked("○ 補助を拡充する。"), unmarked("・")
    ('補助を拡充する。', '・')
    """
    m = _BULLET.match(text)
    return text[m.end() :] if m and m.end() < len(text) else text


def without_marks(text: str, start: int, end: int, marks: Iterable[re.Pattern[str]]) -> tuple[int, int]:
    """``[start, end)`` without the marks of an entry's kind before or after its name (「【新規】」,
    「【拡充】」), and the spaces beside them.

    >>> t = "【新規】一時保護施設の環境改善【拡充】"
    >>> s, e = without_marks(t, 0, len(t), [re.compile("【(?:新規|拡充)】")])
    >>> t[s:e]
    '一時保護施設の環境改善'
    """
    marks = tuple(marks)
    moved = True
    while moved and start < end:
        moved = False
        for mark in marks:
            if (m := mark.match(text, start, end)) is not None and m.end() > start:
                start, moved = m.end(), True
            ends = [m for m in mark.finditer(text, start, end) if m.end() == end and m.start() > start]
            if ends:
                end, moved = ends[-1].start(), True
        while start < end and text[start] in " \u3000":
            start += 1
        while end > start and text[end - 1] in " \u3000":
            end -= 1
    return start, end


def trailing(text: str, start: int, end: int, tags: Iterable[re.Pattern[str]]) -> tuple[int, int] | None:
    """The span of a tag that closes ``[start, end)`` (「【担当：国土交通省】」), if one of ``tags`` does.

    >>> t = "協議会を運営する。【担当：国土交通省】"
    >>> trailing(t, 0, len(t), [re.compile("【担当：[^】]+】")])
    (9, 19)
    """
    for tag in tags:
        for m in tag.finditer(text, start, end):
            if m.end() == end and m.start() > start:
                return m.start(), m.end()
    return None


def without_amount(text: str, amounts: Iterable[re.Pattern[str]]) -> str:
    """A budget line without the amount after its name (「…の推進　　312（286）」).

    >>> without_amount("博士人材の活躍促進　　402（366）", [re.compile("[ \\u3000]+[0-9]+（[0-9]+）$")])
    '博士人材の活躍促進'
    """
    for amount in amounts:
        if (m := amount.search(text)) is not None and m.start() > 0:
            return text[: m.start()]
    return text


def names_list(title: str, cues: tuple[str, ...], *, anywhere: bool = False) -> bool:
    """Whether a heading title names a list of the cue's type (「課題」, 「主な取組」, not 「背景と課題」).

    >>> names_list("背景と課題", ("課題",)), names_list("1.2 課題", ("課題",))
    (False, True)
    >>> names_list("重点テーマと目指す姿", ("テーマ",), anywhere=True)
    False
    >>> names_list("現状及び課題", ("課題",)), names_list("KPI一覧", ("KPI",))
    (False, True)

    A title glossed in brackets (「Challenges（現状の課題）」, 「課題（Issues）」) names the list either
    part names.

    >>> names_list("Challenges（現状の課題）", ("課題",)), names_list("課題（案）", ("課題",))
    (True, True)

    A Japanese note on a Japanese title (「重点分野（中目標）」: a field that is a goal of the middle
    level) is no gloss: the title's own head noun decides.

    >>> names_list("重点分野（中目標）", ("目標",)), names_list("重点分野（中目標）", ("分野",))
    (False, True)
    """
    written = plain(title)
    # 「KPI一覧」, 「施策の一覧」: the list of what the word before it names
    written = written.removesuffix("一覧").removesuffix("の") if written.endswith("一覧") else written
    glossed = _GLOSSED.fullmatch(written)
    translated = glossed is not None and (_LATIN.search(glossed[1]) or _LATIN.search(glossed[2]))
    parts: tuple[str, ...] = (written,)
    if glossed:
        parts = (written, glossed[1], glossed[2]) if translated else (written, glossed[1])
    return any(_names(part, cues, anywhere) for part in parts)


def noted_list(title: str, cues: tuple[str, ...]) -> bool:
    """Whether a Japanese note on a heading's title names the list under it (「基本方針（大目標）」 over
    the goal's statement), where the title itself names none.

    >>> noted_list("開発協力の基本方針（大目標）", ("目標",)), noted_list("基本方針", ("目標",))
    (True, False)
    """
    glossed = _GLOSSED.fullmatch(plain(title))
    return glossed is not None and _names(glossed[2], cues, False) and not _names(plain(title), cues, False)


def _names(written: str, cues: tuple[str, ...], anywhere: bool) -> bool:
    for cue in sorted(cues, key=len, reverse=True):
        at = written.rfind(cue) if anywhere else (len(written) - len(cue) if written.endswith(cue) else -1)
        if at < 0:
            continue
        after = at + len(cue)
        if (at > 0 and written[at - 1] in _JOINED) or (after < len(written) and written[after] in _JOINED):
            continue
        if written[:at].endswith(_JOINED_WORDS) or written[after:].startswith(_JOINED_WORDS):
            continue
        return True
    return False


def sentence_entry(text: str) -> bool:
    """Whether an entry is a sentence (closed by 「。」), not a name.

    >>> sentence_entry("・保育所でフッ化物洗口を実施する。"), sentence_entry("避難情報の伝達")
    (True, False)
    """
    return label(text).rstrip(" \u3000").endswith("。")


def clean_number(number: str | None) -> str | None:
    """A heading number as compared and stored: NFKC, without its dot and brackets."""
    if not number:
        return None
    return unicodedata.normalize("NFKC", number).strip().rstrip(".)").lstrip("(") or None


@dataclass(slots=True)
class Found:
    """One item found by a cue, with where it stands and what it links to."""

    cls: str
    label: str
    start: int
    end: int
    line: int
    rule: str  # heading, label, structure, table_row or sentence
    section: int | None = None
    number: str | None = None
    overall: bool = False
    theme: int | None = None  # index into the found list of the item's theme
    theme_basis: str | None = None
    issue: int | None = None  # index of the issue a measure addresses
    goal: int | None = None  # index of the goal a row's item contributes to
    link_basis: str | None = None  # of the issue and goal links
    owner: tuple[int, int] | None = None  # the row's 担当 cell: its agencies are the item's actors
    schedule: tuple[int, int] | None = None  # the row's スケジュール cell: its dates are the item's
    rows: tuple[tuple[int, int], ...] = ()  # the cells of list rows that restate the item
    value: tuple[int, int] | None = None  # the row's 目標値 cell: the value the target sets
    topic: tuple[int, int] | None = None  # the row's 項目 cell where it names a matter, no theme
    row_number: str | None = (
        None  # the number a list row's cell writes before a short name (「1-2 電子申請」)
    )


def reindexed(found: list[Found], order: list[int], into: dict[int, int] | None = None) -> list[Found]:
    """The items of ``found`` at ``order`` (their old indices, in their new order), each one's theme,
    issue and goal links moved to the new indices: a link to an item left out goes to the item it
    was merged ``into`` (old index → old index), else is dropped."""
    new = {old: n for n, old in enumerate(order)}
    merged = into or {}
    for old, target in merged.items():
        seen = {old}
        # a row merged into a row merged in turn (or left out: its link is then dropped)
        while target not in new and target in merged and target not in seen:
            seen.add(target)
            target = merged[target]
        if target in new:
            new[old] = new[target]
    result = [found[n] for n in order]
    for f in result:
        f.theme = new.get(f.theme) if f.theme is not None else None
        f.issue = new.get(f.issue) if f.issue is not None else None
        f.goal = new.get(f.goal) if f.goal is not None else None
    return result


_CLOSING = {"【": "】", "[": "]", "〔": "〕"}


def split_title(title: str, patterns: Iterable[re.Pattern[str]]) -> tuple[str | None, str]:
    """The number a heading title opens with (by the profile's patterns) and the title after it.

    >>> split_title("第1 基本方針", [re.compile(r"第[0-9]+[ \\u3000]+")])
    ('第1', '基本方針')
    >>> split_title("第1", [re.compile(r"第[0-9]+[ \\u3000]*")])
    (None, '第1')
    >>> split_title("【方針1　文化財の保存】", [re.compile(r"【?方針[0-9]+[ \\u3000]+")])
    ('方針1', '文化財の保存')
    """
    for pattern in patterns:
        m = pattern.match(title)
        if m and title[m.end() :].strip(" \u3000：:"):
            # 「課題1.」, 「課題１：」: the number without the stop or colon that closes it
            number = m[0].strip(" \u3000：:").strip("【】[]").rstrip(".．")
            if number.endswith((")", "）")) and not any(b in number for b in "(（"):
                number = number[:-1]  # 「課題1)」: a closing bracket alone, no part of the number
            rest = title[m.end() :].strip(" \u3000：:")
            # 「【方針1　文化財の把握】」: the bracket the number opens closes after the title
            opened = m[0].lstrip(" \u3000")[:1]
            closing = _CLOSING.get(opened)
            if closing and closing not in m[0] and rest.endswith(closing) and opened not in rest:
                rest = rest[:-1].rstrip(" \u3000")
            return unicodedata.normalize("NFKC", number) or None, rest
    return None, title


def theme_ordinal(text: str, patterns: Iterable[re.Pattern[str]]) -> str | None:
    """The number of a theme named by its number (「テーマ①」, 「重点テーマ1：…」), NFKC, near the start.

    >>> theme_ordinal("3.1 重点テーマ１：データ連携", [re.compile(r"重点テーマ[0-9０-９]")])
    '1'
    """
    written = plain(text)
    for pattern in patterns:
        m = pattern.search(written)
        if m and m.start() <= 12:
            digits = re.sub(r"[^0-9]", "", unicodedata.normalize("NFKC", m[0]))
            if digits:
                return digits
    return None


def quoted_name(text: str, patterns: Iterable[re.Pattern[str]]) -> tuple[int, int] | None:
    """Where the quoted name of a theme stands (「重点テーマ１「防災」」 → 防災), near the start of ``text``.

    >>> t = "1. 重点テーマ１「防災のデジタル化」"
    >>> s, e = quoted_name(t, [re.compile(r"重点テーマ[0-9０-９]?「(?P<name>[^」]+)」")]); t[s:e]
    '防災のデジタル化'
    """
    for pattern in patterns:
        m = pattern.search(text)
        if m and m.start() <= _NEAR_START and m.group("name").strip():
            return m.start("name"), m.end("name")
    return None


_NEAR_START = 16
_QUOTED = re.compile(r"[「『](?P<name>[^「」『』]+)[」』]")
_BETWEEN_NAMES = re.compile(r"[、，,・と]|及び|並びに|及")


def quoted_names(text: str, at: int) -> list[tuple[int, int]]:
    """The quoted names that follow one another from ``at`` (「「防災」、「子育て」及び「教育」」).

    >>> t = "重点テーマは、「防災」、「子育て」及び「教育」の三つです"
    >>> [t[s:e] for s, e in quoted_names(t, 7)]
    ['防災', '子育て', '教育']
    """
    found = []
    while m := _QUOTED.match(text, at):
        found.append((m.start("name"), m.end("name")))
        at = m.end()
        if joined := _BETWEEN_NAMES.match(text, at):
            at = joined.end()
    return found


def line_mark(line: str) -> int | None:
    """Where the text of a line marked as a list entry (「・」, 「ア」, 「(1)」) begins, else None."""
    m = _LINE_MARK.match(line)
    return m.end() if m is not None and line[m.end() :].strip() else None


def line_entries(text: str, block: Block, *, after_first: bool = False) -> list[tuple[int, int]]:
    """The entries of a paragraph whose every line opens with a list mark, else nothing.

    >>> from kg.read.document import Block, BlockKind, Document
    >>> t = "ア 書類の省略\\nイ 基準の公表"
    >>> [t[s:e] for s, e in line_entries(t, Block(BlockKind.PARAGRAPH, t, 0, len(t), 1, 2))]
    ['書類の省略', '基準の公表']
    """
    if block.kind != BlockKind.PARAGRAPH:
        return []
    spans = []
    at = block.start
    lines = text[block.start : block.end].split("\n")
    if after_first:
        # 「【施策】」 on the paragraph's first line, its entries on the lines below.
        if len(lines) < 2:
            return []
        at += len(lines[0]) + 1
        lines = lines[1:]
    for line in lines:
        m = _LINE_MARK.match(line)
        if line.strip() and (m is None or not line[m.end() :].strip()):
            return []
        if m is not None:
            body = _TRAILING.sub("", line[m.end() :])
            start = at + m.end()
            spans.append((start, start + len(body)))
        at += len(line) + 1
    return spans


def inline_label(text: str, patterns: dict[str, tuple[re.Pattern[str], ...]]) -> tuple[str, int] | None:
    """The type an inline label names (「**課題**：…」) and the offset in ``text`` after it."""
    for cls, found in patterns.items():
        for pattern in found:
            m = pattern.match(text)
            if m and text[m.end() :].strip(" \u3000"):
                rest = text[m.end() :]
                return cls, m.end() + len(rest) - len(rest.lstrip(" \u3000"))
    return None


_LABEL_BRACKETS = "【】〔〕[]<>〈〉《》■□●◆◇()＜＞"


def bare_label(text: str) -> str:
    """A label's words without its brackets and colon (「【現状と課題】」 → 現状と課題)."""
    return plain(text).strip(_LABEL_BRACKETS).rstrip("：:").strip(_LABEL_BRACKETS)


def label_type(text: str, labels: dict[str, tuple[re.Pattern[str], ...]]) -> str | None:
    """The type a list label names (「【課題】」 → Issue, 「問題となる例」 → Issue), else None.

    A label may stand in brackets: 【課題】, 〔具体的施策〕, ＜目標＞ (a profile's pattern may
    name the brackets too), or alone in round ones: （基本的な施策）.
    """
    written = plain(text)
    bare = written.strip(_LABEL_BRACKETS)
    if parenthesised(written):  # 「（基本的な施策）」
        bare = written.strip(" \u3000（）()")
    if not bare or len(written) > 60:
        return None
    for t, cls in (("issue", "Issue"), ("goal", "Goal"), ("measure", "Measure")):
        if any(p.search(bare) or p.search(written) for p in labels.get(t, ())):
            return cls
    return None


_BRACKETED = re.compile(
    r"^[ \u3000]*(?:[【〔［\[＜<《■◆][^【】〔〕\[\]＜＞<>《》\n]{1,20}[】〕］\]＞>》]?"
    # a label in bold alone (「**現状と課題**」)
    r"|\*\*[^*【】〔〕\[\]＜＞<>《》\n]{1,20}\*\*)[：:]?[ \u3000]*$"
)


def about_document(title: str, profile: Profile) -> bool:
    """Whether a heading's or a set-apart line's title names a part about the document itself, a
    navigation or procedure heading (「はじめに」, 「趣旨」, 「問合せ先」, 「計画期間」): it heads no item."""
    written = plain(title)
    navigation = {plain(w) for w in profile.headings["navigation"]}
    return written in navigation or any(p.search(written) for p in profile.procedure)


def bracketed(text: str) -> bool:
    """Whether a block is one label in brackets (「【目指す姿】」, 「〔具体的施策〕」); a marked sentence
    (「◆除却が進まない。」) is an entry, no label.

    >>> bracketed("■課題"), bracketed("◆除却が進まない。")
    (True, False)
    """
    return bool(_BRACKETED.match(text)) and not text.rstrip().endswith("。")


# 「（課題）」, 「(施策)」: a cue word alone in round brackets on its line
_PARENTHESISED = re.compile(r"^[ \u3000]*[（(][^（）()\n：:、。]{1,12}[）)][ \u3000]*$")


def parenthesised(text: str) -> bool:
    """Whether a block is a short label in round brackets alone (「（課題）」 over the text it labels);
    whether it names a type is for :func:`label_type` to say.

    >>> parenthesised("（課題）"), parenthesised("（計画期間：令和7年度～）"), parenthesised("（１）概要")
    (True, False, False)
    """
    return bool(_PARENTHESISED.match(text))


def kpi_labelled(text: str, cues: tuple[str, ...]) -> bool:
    """Whether an entry opens with a KPI label (「【KPI】創業件数」, 「KPI：…」, 「【重要業績指標】…」).

    >>> kpi_labelled("【重要業績指標】住宅の耐震化率", ("KPI", "指標")), kpi_labelled("指標の整備", ("指標",))
    (True, False)
    """
    words = "|".join(re.escape(w) for w in cues)
    # a bracket whose words end with a KPI cue, a note in brackets allowed (「【KPI（重要業績評価指標）】」)
    bracket = rf"^[【\[〔■＜<][^】\]〕＞>]{{0,10}}(?:{words})(?:[（(][^）)]*[）)])?[】\]〕＞>]"
    return re.match(rf"{bracket}|^(?:{words})[ \u3000]*[：:]", text) is not None


def kpi_label(text: str, cues: tuple[str, ...]) -> bool:
    """Whether a paragraph is a KPI label alone (「＜指標＞」, 「【KPI】」, 「成果指標：」): the entries
    after it are targets.

    >>> kpi_label("＜指標＞", ("指標",)), kpi_label("＜主な取組＞", ("指標",))
    (True, False)
    """
    if "\n" in text.strip() or not (bracketed(text) or text.strip().rstrip("：:") == label(text)):
        return False
    return names_list(bare_label(text), cues)


def title_section(doc: Document, numbers: Iterable[Iterable[re.Pattern[str]]]) -> bool:
    """Whether the document's first heading is its title (「デジタル人材確保方針」): the one heading at the
    top, over others, that opens with no number of the patterns' (a chapter, 「第4章　分野別の施策」, a
    theme's or an item's, 「基本施策2」, 「政策目標1」, a section's, 「4. 分野別の課題」, is a part of the
    document)."""
    roots = [s for s in doc.sections if s.parent is None]
    if not (len(roots) == 1 and roots[0].index == 0 and roots[0].children):
        return False
    section = roots[0]
    title = label(section.title)
    written = f"{section.number} {title}" if section.number and section.number not in title else title
    return all(split_title(written, patterns)[0] is None for patterns in numbers)


def procedure_step(plain: str, title: str, profile: Profile) -> bool:
    """Whether a heading is a step of a procedure (「…の実施」, 「実施手順」), not opened by an item's cue
    (「施策　救急安心センター事業の実施」 is a measure, whatever its words)."""
    if not any(p.search(plain) for p in profile.procedure):
        return False
    return not any(p.match(title) for patterns in profile.item_numbers.values() for p in patterns)
