"""Councils and deliberative bodies by the ending of their names.

Extraction stage, used by :mod:`kg.extract.bodies`.  Takes a folded text, the bodies found before
(their ends and keys) and the local governments of the national list found in it; gives candidate
spans:

* **councils and deliberative bodies** by their ending (…会議, …審議会, …部会,
  …分科会, …検討会, …研究会, …調査会, …協議会, …懇談会, …委員会, …小委員会, ワーキンググループ,
  …審査会, …評議会, …懇話会, WG, タスクフォース, …推進本部, …戦略本部, …対策本部, …政策本部): the name reaches
  back over name characters and the joining words of a name (の, に関する, における, に係る,
  のための, に向けた, 及び), or is the whole of a quoted 「…」, a remark in brackets after it
  aside (「…検討会（第3回）」, 「…部会（仮称）」), a subdivision's topic in brackets inside (「…審議会
  民法（親子法制）部会」); a name of role words only (専門部会,
  関係府省会議, 有識者会議, 災害対策本部, 担当課長会議: :mod:`kg.extract.body_council_words`) names no
  particular body, nor does a meeting named by one two-character word before 会議 (「調達会議」,
  「推進会議」: 「規制改革推進会議」 is named), nor does 各 before a kind of body
  (「各教育委員会」) or the kind of council an Act makes every municipality set up, named alone
  (「介護認定審査会」, 「国民健康保険運営協議会」, 「教育委員会」, 「農業委員会」: 「○○市介護認定審査会」
  is the town's; the name of a listed municipality in kana is read whole, its prefecture before it
  too: 「埼玉県さいたま市選挙管理委員会」), as is its 監査委員 (「○○市監査委員」, a commission too); a name
  after 及び with no joining word of its own is the second of two bodies (「…及び欧州委員会」).
  A subdivision glued after its council (「中央教育審議会初等中等教育分科会」, 「…会議幹事会」) is a
  mention of its own, the council its parent, as a unit after its ministry.  A ministry's name
  glued before a council's is a mention of its own (「内閣官房…会議」 → 内閣官房 + …会議).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kg.extract.body_council_words import (
    EACH_AFTER_NO,
    EVERY_MUNICIPALITY_RE,
    LEADING_ROLE,
    MEETING_WORD_RE,
    NAME,
    ROLE_WORDS,
    RUN_RE,
)
from kg.extract.folding import KANJI
from kg.extract.gazetteers import Candidate, normalise_name
from kg.extract.law_forms import COUNCIL_ENDINGS

__all__ = ["COUNCIL_RE", "councils"]

COUNCIL_RE = re.compile("|".join(sorted(COUNCIL_ENDINGS, key=len, reverse=True)))
# Joining words inside a name; the name reaches back over them, not over a company (「Apple社及び…」).
_JOINERS = ("に関する", "における", "に係る", "のための", "に向けた", "及び", "並びに", "の", "な")
_JOIN_RE = re.compile(rf"(?<!社)(?:{'|'.join(_JOINERS)})$")
# A council's name ending right before a joining word: 「情報通信審議会の技術分科会」 is two bodies.
_COUNCIL_BEFORE_RE = re.compile(rf"(?:{COUNCIL_RE.pattern})$")
_MINISTRY_BEFORE_RE = re.compile(r"(?:省|庁|内閣府|内閣官房)$")
_PLACE_BEFORE_RE = re.compile(r"[都道府県市区町村]$")
_MAX_REACH = 60
# 調査会社 is a company, 商工会議所 a chamber of commerce, 国会議員 a member of the Diet
_NOT_A_BODY_AFTER = ("録", "室", "場", "費", "体", "資料", "社", "所", "員")
_QUOTED_RE = re.compile(r"「([^「」\n]{2,80})」|『([^『』\n]{2,80})』")


def councils(
    folded: str, known_ends: dict[int, str], on_list: Sequence[tuple[int, int]] = ()
) -> Iterator[Candidate]:
    """The councils named in ``folded``; ``known_ends`` maps where each body found so far ends to its key,
    ``on_list`` holds the spans of the local governments of the national list."""
    quoted = [(m.span(1) if m.group(1) is not None else m.span(2)) for m in _QUOTED_RE.finditer(folded)]
    found: dict[int, tuple[int, str]] = {}  # end → (start, key) of each council found so far
    for m in COUNCIL_RE.finditer(folded):
        end = m.end()
        if m.group().endswith("会") and folded.startswith("議", end):
            end += 1  # 「…検討会議」: the ending found first is inside 会議
        if folded.startswith(_NOT_A_BODY_AFTER, end) or (
            m.group().isascii() and _LATIN_AFTER.match(folded, end)
        ):
            continue  # 会議録, 会議室, 会議体: a record, a room, a kind of body
        if m.group() == "会議" and folded.endswith(("本", "総"), 0, m.start()):
            continue  # 「衆議院及び参議院の本会議」: a House's sitting, no body of its own
        inside = _quoted_ending_at(folded, quoted, end)
        topic = (
            _TOPIC_RE.search(folded, max(0, m.start() - 16), m.start())
            if m.group() in _SUBDIVISION_ENDINGS
            else None
        )
        start = inside[0] if inside else _reach_back(folded, topic.start() if topic else m.start())
        name = folded[start : m.start()]
        if not inside and (place := _place_around(on_list, start)) is not None:
            start, name = place, folded[place : m.start()]  # 「埼玉県さいたま市選挙管理委員会」: the city's
        if not inside and (listed := _LISTED_NAME_RE.search(name)):
            start, name = start + listed.start("last"), listed["last"]  # 「…及び欧州委員会」: two names
        each = False
        while (lead := LEADING_ROLE.match(name)) and len(name) > len(lead.group()):
            start, name = start + len(lead.group()), name[len(lead.group()) :]
            each = each or lead.group() == "各"
        if (each or EACH_AFTER_NO.search(name)) and not inside:
            continue  # 「各教育委員会」, 「…の各種審議会」: each body of a kind, none named
        if not inside and (ministry := _ministry_inside(folded, start, m.start(), known_ends)):
            start, name = ministry, folded[ministry : m.start()]  # 「内閣官房…会議」: the ministry apart
            if name.startswith("の"):
                start, name = start + 1, name[1:]  # 「内閣府の…タスクフォース」: the particle is neither's
        parent = _parent_council(folded, found, start, m.start(), m.group() in _SUBDIVISION_ENDINGS)
        if parent is not None:
            # 「中央教育審議会初等中等教育分科会」: the council and its subdivision, two mentions, as a
            # unit after its ministry; the subdivision may be named by its role (「…会議幹事会」)
            start, name = parent[0], folded[parent[0] : m.start()]
        elif len(name) < 2 or ROLE_WORDS.match(name) or (not inside and EVERY_MUNICIPALITY_RE.match(name)):
            continue  # 「介護認定審査会」 alone: the kind of council every municipality sets up, unnamed
        elif not inside and m.group() == "会議" and MEETING_WORD_RE.fullmatch(name):
            continue  # 「都道府県の調達会議」: a meeting named by what it is about, no council's name
        if folded[start - 1 : start] == "\n" and RUN_RE.search(folded, max(0, start - 2), start - 1):
            continue  # the name began on the line before (a title broken over two lines): a fragment
        key = known_ends.get(end) or normalise_name(folded[start:end])
        if parent is not None:
            key = normalise_name(folded[found[parent[0]][0] : end])
        found[end] = (start, key)
        kind = f"council:{parent[1]}" if parent is not None else "council"
        yield Candidate(start, end, None, kind, priority=1 if inside else 0)


def _place_around(on_list: Sequence[tuple[int, int]], start: int) -> int | None:
    """Where the listed local government a council's name starts inside begins (「さいたま市」 of
    「さいたま市選挙管理委員会」, read back only to 「市」 over the kana), with its prefecture before it."""
    starts = [s for s, e in on_list if s < start < e]
    return min(starts) if starts else None


# A remark in brackets after a council's name is no part of it: 「…検討会（第3回）」, 「…部会（仮称）」,
# 「…ワーキンググループ（WG）」.
_REMARK_RE = re.compile(r"\((?:第[0-9一二三四五六七八九十百]+回|仮称|案|[A-Za-z]{2,8})\)")
# A name after 及び with no joining word of its own is the second of two listed bodies
# (「公正取引委員会及び消費者委員会」), not one name about two topics (「…及び…に関する検討会」).
_LISTED_NAME_RE = re.compile(rf"(?:及び|並びに)(?P<last>{NAME}+)$")
_LATIN_AFTER = re.compile(r"[A-Za-z0-9]")  # 「WG」 inside a longer Latin word


def _quoted_ending_at(folded: str, quoted: list[tuple[int, int]], end: int) -> tuple[int, int] | None:
    """The quoted name 「…」 a council's name ending at ``end`` fills, a remark after it allowed."""
    remark = _REMARK_RE.match(folded, end)
    stop = remark.end() if remark else end
    return next(((s, e) for s, e in quoted if e in (end, stop)), None)


def _parent_council(
    folded: str, found: dict[int, tuple[int, str]], start: int, stop: int, subdivision: bool
) -> tuple[int, str] | None:
    """The council a subdivision's name is glued after (「社会保障審議会」医療保険部会): where that
    council's name ends and its key, when the subdivision's own name (two characters or more, no
    joining word: 「…審議会の在り方に関する検討会」 is one name) follows right after it; an ending
    that names a subdivision by itself (幹事会, 小委員会, ワーキンググループ) needs no name before it."""
    shortest = 0 if subdivision else 2
    ends = [e for e, (s, _) in found.items() if start <= s and e <= stop - shortest]
    if not ends:
        return None
    end = max(ends)
    if end < stop and _GLUED_NAME_RE.fullmatch(folded, end, stop) is None:
        return None
    return end, found[end][1]


# The endings that name a council's subdivision by themselves (「…会議幹事会」).
_SUBDIVISION_ENDINGS = frozenset(
    {
        "幹事会",
        "小委員会",
        "分科会",
        "部会",
        "ワーキンググループ",
        "ワーキング・グループ",
        "WG",
        "SWG",
        "タスクフォース",
    }
)


# 「法制審議会民法（親子法制）部会」: a subdivision's name may hold its topic in brackets before its ending.
_TOPIC = rf"\([{KANJI}ァ-ヺー・]{{1,12}}\)"
_TOPIC_RE = re.compile(rf"(?<=[{KANJI}ァ-ヺーA-Za-z0-9])(?!\((?:仮称|案)\)){_TOPIC}$")
_GLUED_NAME_RE = re.compile(rf"(?:{NAME}|\([A-Za-z0-9]{{2,8}}\)|{_TOPIC})+")


def _ministry_inside(folded: str, start: int, stop: int, known_ends: dict[int, str]) -> int | None:
    """Where a ministry's or agency's name glued before a council's name ends (「内閣官房」…会議)."""
    ends = [
        e
        for e, key in known_ends.items()
        if start < e < stop - 1 and not key.startswith("lg-") and _MINISTRY_BEFORE_RE.search(folded, start, e)
    ]
    return max(ends) if ends else None


def _reach_back(folded: str, pos: int) -> int:
    """Where a council's name starts, reading back from its ending at ``pos``.

    The name is runs of name characters joined by the joining words of a name,
    by と between two nouns before の (「国と地方のデジタル基盤」), and by one space inside a
    printed title (「デジタル 基盤」); a name is never read across lines.
    """
    start, first = pos, True
    while pos - start < _MAX_REACH:
        low = max(0, start - _MAX_REACH)
        run = RUN_RE.search(folded, low, start)
        if run is not None:
            start = run.start()
        join = _JOIN_RE.search(folded, low, start)
        if join is None and folded[start - 1 : start] == " " and start - 1 > low:
            join = re.compile(r" $").search(folded, low, start)
        if join is None and re.match(rf"[{KANJI}]+の", folded[start:]):
            join = re.compile(r"と$").search(folded, low, start)
        if run is None and (not first or join is None or len(join.group()) < 3):
            break  # only 「…に関する」 and the like stand right before the ending
        one_word = first and run is not None
        first = False
        if join is None or RUN_RE.search(folded, low, join.start()) is None:
            break
        if one_word and _COUNCIL_BEFORE_RE.search(folded, low, join.start()):
            break  # 「情報通信審議会の技術分科会」: the name before the joining word is another council's
        if one_word and join.group() == "の" and _MINISTRY_BEFORE_RE.search(folded, low, join.start()):
            break  # 「文部科学省の中央教育審議会…」: the council of a ministry or agency
        if one_word and join.group() == "の" and _PLACE_BEFORE_RE.search(folded, low, join.start()):
            break  # 「○○市の外国人市民会議」: a council of a place, named by a word alone
        start = join.start()
    return start
