"""Public bodies by their form and by the national list of local governments.

Extraction stage.  Takes a folded text (:func:`kg.extract.folding.fold`); gives candidate
spans for the agency ruler (:mod:`kg.extract.agencies`).  What is found, by rule:

* **local governments** — the 47 prefectures and every municipality of
  ``kg/data/local_governments.csv`` (:mod:`kg.extract.local_governments`: the national list, with
  their 全国地方公共団体コード), matched with one automaton, with or without the
  prefecture before them (「石川県加賀市」, 「加賀市」); a name two municipalities
  share (府中市) is only resolved with its prefecture, and a prefecture that only begins its
  municipality's full name glued into a longer word (「静岡県浜松市役所」) is no body on its own.
  Key ``lg-<code>``.  Places the list does not hold, by their form where they act or are listed
  (「○○市、○○町並びに○○県は」: :mod:`kg.extract.body_places`).
* **councils and deliberative bodies** by their ending (…会議, …審議会, …部会,
  …分科会, …検討会, …研究会, …調査会, …協議会, …懇談会, …委員会, …小委員会, ワーキンググループ,
  …審査会, …評議会, …懇話会, WG, タスクフォース, …推進本部, …戦略本部, …対策本部, …政策本部): the name reaches
  back over name characters and the joining words of a name (の, に関する, における, に係る,
  のための, に向けた, 及び), or is the whole of a quoted 「…」, a remark in brackets after it
  aside (「…検討会（第3回）」, 「…部会（仮称）」), a subdivision's topic in brackets inside (「…審議会
  民法（親子法制）部会」); a name of role words only (専門部会,
  関係府省会議, 有識者会議, 災害対策本部, 担当課長会議: :mod:`kg.extract.body_council_words`) names no
  particular body, nor does 各 before a kind of body
  (「各教育委員会」) or the kind of council an Act makes every municipality set up, named alone
  (「介護認定審査会」, 「国民健康保険運営協議会」, 「教育委員会」, 「農業委員会」: 「○○市介護認定審査会」
  is the town's; the name of a listed municipality in kana is read whole, its prefecture before it
  too: 「埼玉県さいたま市選挙管理委員会」), as is its 監査委員 (「○○市監査委員」, a commission too); a name
  after 及び with no joining word of its own is the second of two bodies (「…及び欧州委員会」).
  A subdivision glued after its council (「中央教育審議会初等中等教育分科会」, 「…会議幹事会」) is a
  mention of its own, the council its parent, as a unit after its ministry.
* **units** (…局, …部, …課, …室, 大臣官房) right after the body they belong to
  (「静岡市総務局ＩＣＴ推進課」, 「環境省大臣官房総務課環境情報室」, 「総務省統計局」,
  「最高裁判所事務総局」) or after it and a 「・」 (「総務省・マイナンバー室」): two mentions, the body
  and the unit's chain after it (総務局ＩＣＴ推進課), whose parent is that body; the unit's name may
  start with a word in kana (「都城市ふるさと産業推進局」), and a council's secretariat is a unit
  (「内閣官房…会議事務局」), as is the secretariat glued after a commission or council
  (「個人情報保護委員会事務局」).  A ministry's name glued before a council's is a mention of its
  own (「内閣官房…会議」 → 内閣官房 + …会議).  After a prefecture and its municipality the unit
  follows the municipality (「静岡県浜松市市民部」 → 静岡県浜松市 + 市民部).
* **corporations** — by a public legal form (独立行政法人…, 国立研究開発法人…; an institute glued after
  its …機構 a unit of it, 「…整備機構森林総合研究所」: two mentions), and the
  bodies an Act of the statute book sets up (:mod:`kg.extract.body_statutory`:
  「日本年金機構」, 「国立国会図書館」, with its legal form before it: 「独立行政法人日本学術振興会」); a
  …機構 named by neither is not taken (「国際標準化機構」); a unit a corporation names after its own
  name and 「の」 (「…理化学研究所の計算科学研究センター」) is a unit of it.
* **hospitals a public body runs** by the form of their name (「静岡市立静岡病院」, 「豊橋市民病院」:
  :mod:`kg.extract.body_hospitals`), and **organisations set beside public bodies** in the field of
  those in charge or listed with one by 及び (:mod:`kg.extract.body_fellows`).
* **a bureau named alone** (「統計局の…」), not a word for a kind of office (事務局,
  郵便局), an office glued after it a unit of it (「関東地方整備局利根川上流河川事務所」: two
  mentions), and **a unit the text says became another body** (「マイナンバー室(現デジタル庁)」).
* **courts, 広域連合 and 一部事務組合, a ministry's facilities, wards, a prefecture's police**
  (:mod:`kg.extract.body_public`).
* **foreign governments and organisations of states** (:mod:`kg.extract.body_foreign`:
  英国政府, 欧州連合, 欧州委員会, "European Commission"; names from the CLDR).

A name after a private organisation's legal form (一般社団法人, 株式会社 …) is no
public body.  Generic references (国, 政府, 自治体, 地方公共団体, 市町村, 都道府県,
各府省, 関係省庁, 国際機関, 民間事業者 …) are never bodies:
:func:`kg.extract.body_references.find_references` gives them on their own, for pol:AgencyReference.

>>> [(c.start, c.end, c.kind) for c in body_candidates("石川県加賀市と「電力データ活用の在り方検討会」")]
[(0, 6, 'local_government'), (3, 6, 'local_government'), (8, 22, 'council')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence

from kg.extract.body_council_words import (
    EACH_AFTER_NO,
    EVERY_MUNICIPALITY_RE,
    LEADING_ROLE,
    NAME,
    ROLE_WORDS,
    RUN_RE,
)
from kg.extract.body_fellows import fellow_bodies
from kg.extract.body_foreign import foreign_bodies
from kg.extract.body_hospitals import public_hospitals
from kg.extract.body_places import unlisted_places
from kg.extract.body_public import corporation_unit, courts, prefectural_police, public_bodies, ward_after
from kg.extract.body_statutory import statutory_candidates
from kg.extract.folding import KANJI, fold
from kg.extract.gazetteers import Candidate, normalise_name
from kg.extract.law_forms import COUNCIL_ENDINGS
from kg.extract.local_governments import listed

__all__ = ["PRIVATE_FORMS", "body_candidates", "parent_of"]


# --- candidates --------------------------------------------------------------------

_COUNCIL_RE = re.compile("|".join(sorted(COUNCIL_ENDINGS, key=len, reverse=True)))
# Joining words inside a name; the name reaches back over them, not over a company (「Apple社及び…」).
_JOINERS = ("に関する", "における", "に係る", "のための", "に向けた", "及び", "並びに", "の", "な")
_JOIN_RE = re.compile(rf"(?<!社)(?:{'|'.join(_JOINERS)})$")
# A council's name ending right before a joining word: 「情報通信審議会の技術分科会」 is two bodies.
_COUNCIL_BEFORE_RE = re.compile(rf"(?:{_COUNCIL_RE.pattern})$")
_MINISTRY_BEFORE_RE = re.compile(r"(?:省|庁|内閣府|内閣官房)$")
_PLACE_BEFORE_RE = re.compile(r"[都道府県市区町村]$")
_MAX_REACH = 60
# 調査会社 is a company, 商工会議所 a chamber of commerce, 国会議員 a member of the Diet
_NOT_A_BODY_AFTER = ("録", "室", "場", "費", "体", "資料", "社", "所", "員")
# 「関東地方整備局利根川上流河川事務所」: a regional bureau's office is a unit of it
_OFFICE = rf"[{KANJI}]{{2,16}}?事務所(?![{KANJI}])"
_UNIT_SUFFIX = r"(?:大臣官房|局|部|課|室|官房|事務所)"
# 「…局…課及び…局…課」: units of one body listed after it, each a mention of its own
_UNIT_LIST = r"及び|並びに"
# 「内閣官房情報通信技術(IT)総合戦略室」: an abbreviation in brackets inside a unit's name
_UNIT_CHAIN_RE = re.compile(
    rf"(?:(?:{NAME}|\([A-Za-z0-9]{{2,8}}\)){{0,16}}?{_UNIT_SUFFIX})+(?:(?![{KANJI}])|(?={_UNIT_LIST}))"
)
# A unit whose name starts with a word in kana, right after its body (「都城市ふるさと産業推進局」):
# three kana or more glued to the kanji of the unit's name, not a particle or a verb's ending.
_KANA_LEAD_RE = re.compile(
    rf"(?![にのとをでへはもやかま])[ぁ-ゖ]{{3,5}}(?<!する)(?<!した)(?<!など)(?<!ほか)(?=[{KANJI}])"
)
# 「内閣官房デジタル田園都市国家構想実現会議事務局」: a council's secretariat after the body it sits in.
_SECRETARIAT_RE = re.compile(rf"(?:{NAME}){{2,40}}?(?:{_COUNCIL_RE.pattern})事務局(?![{KANJI}])")
_COUNCIL_END_RE = re.compile(r"(?:委員会|審議会|会議|調査会|協議会|本部)$")
_SECRETARIAT_AFTER_RE = re.compile(rf"事務(?:総)?局(?![{KANJI}])")
_UNIT_GENERIC = re.compile(
    r"^(?:事務|部|本|支|当|各|同|結|政|難|薬|郵便|放送|電話|会議|研究|教|個|和|病|分|対|終|開|戦|時|総)?(?:局|部|課|室)$|^(?:各|同|当|本)?事務所$"
)
# A corporation by its public legal form; one without it only where an Act sets it up
# (kg.extract.body_statutory): 「国際標準化機構」 is no public body.
# A word in kana inside the name (「国立がん研究センター」), not a particle or a verb's ending.
_KANA_IN_NAME = r"(?<![ぁ-ゖ])(?![にのとをでへはもや])[ぁ-ゖ]{2,4}(?<!する)(?<!した)(?![ぁ-ゖ])"
_CORPORATION_RE = re.compile(
    rf"(?:独立行政法人|国立研究開発法人|地方独立行政法人)[ 　]?"
    rf"(?:{NAME}|{_KANA_IN_NAME}){{2,30}}?(?:機構|研究所|センター|基金|病院|協会|振興会|事業団|館)(?![{KANJI}])"
)
_CORPORATION_KINDS = frozenset({"corporation", "incorporated_administrative_agency"})
# A corporation's name ending in 機構 with its institute glued after it (…機構森林総合研究所).
_INSTITUTE_AFTER_RE = re.compile(rf"(?<=機構)(?P<institute>[{KANJI}ァ-ヺー・]{{2,20}}(?:研究所|センター))$")
#: A private organisation's legal form: a name after it is no public body (一般社団法人…協議会).
PRIVATE_FORMS = re.compile(
    r"(?:一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人|NPO法人|株式会社|有限会社|"
    r"合同会社|学校法人|社会福祉法人|医療法人|[(（]株[)）]|[(（]一社[)）]|[(（]公財[)）])"
)
# A bureau named alone (「統計局の…」): …局 with a name before it, not a word for a kind of office.
# 「関東地方整備局利根川上流河川事務所」: a bureau with its office glued after it.
_BUREAU_RE = re.compile(rf"[{KANJI}]{{2,8}}局(?:(?![{KANJI}])|(?=管内|管轄|長)|(?={_OFFICE}))")
_OFFICE_RE = re.compile(_OFFICE)
_KIND_OF_BUREAU = re.compile(
    r"^(?:各|全|都道府県|市区町村|市町村|地方)"
    # a kind of the State's regional bureaus named alone (「財務局に照会」, 「全国の労働局」)
    r"|^(?:労働|財務|農政|運輸|国税|経済産業|総合通信|地方厚生|開発)局$"
)
# A unit the text says became another body: 「マイナンバー室(現デジタル庁)」, 「…推進室（旧…）」.
_RENAMED_UNIT_RE = re.compile(rf"[{KANJI}ァ-ヺーA-Za-z0-9]{{2,16}}?(?:室|局|課|部|本部)(?=[(（][現旧])")
# The auditors of a local government (地方自治法 第195条): a commission whose name ends in 委員, not 会.
_AUDITORS_RE = re.compile(r"監査委員(?![会長制])")
_QUOTED_RE = re.compile(r"「([^「」\n]{2,80})」|『([^『』\n]{2,80})』")


def body_candidates(
    folded: str, known_ends: dict[int, str] | None = None, known_starts: Iterable[int] = ()
) -> Iterator[Candidate]:
    """Bodies found by their form and by the list of local governments, as candidates.

    ``known_ends`` maps the end offset of each body the gazetteer found to its key,
    so that a unit right after it takes it as its parent; ``known_starts`` are where those bodies start.
    """
    found = [cand for cand in _candidates(folded, dict(known_ends or {})) if _public(folded, cand)]
    yield from found
    # 「総務省及び日本放送協会」, 「（担当：…課、…病院）」: organisations set beside public bodies
    spans = [(c.start, c.end) for c in found] + [(end, end) for end in known_ends or {}]
    spans += [(start, start) for start in known_starts]
    yield from (cand for cand in fellow_bodies(folded, spans) if _public(folded, cand))


def _candidates(folded: str, known_ends: dict[int, str]) -> Iterator[Candidate]:
    places: set[int] = set()  # where each local government found starts
    on_list: list[tuple[int, int]] = []
    found = list(listed().find(folded))
    longest = {start: max(e for s, e, _ in found if s == start) for start, _, _ in found}
    for start, end, body in found:
        on_list.append((start, end))
        if body.kind == "prefecture" and longest[start] > end:
            continue  # 「静岡県浜松市役所」: the prefecture only begins its municipality's full name
        if not _glued_before(folded, start) and (ward := ward_after(folded, start, end, body.code)):
            known_ends.setdefault(ward.end, normalise_name(folded[start : ward.end]))
            yield ward
        elif _stands_alone(folded, start, end) or _UNIT_CHAIN_RE.match(folded, end):
            known_ends.setdefault(end, body.key)
            places.add(start)
            yield Candidate(start, end, body.key, "local_government", priority=2)
        if (auditors := _AUDITORS_RE.match(folded, end)) is not None:
            # 「○○市監査委員」: the commission of auditors every local government has, one body
            known_ends.setdefault(auditors.end(), normalise_name(folded[start : auditors.end()]))
            yield Candidate(start, auditors.end(), None, "council", priority=1)
    # 「○○市、○○町並びに○○県は」: places the list does not hold, where they act or are listed
    names = listed().by_name  # 「府中市」: a name the list holds twice is the list's, unresolved

    def unit_at(end: int) -> bool:
        return _unit_match(folded, end) is not None

    for place in unlisted_places(
        folded, lambda s, e: folded[s:e] in names or any(a == s for a, _ in on_list), unit_at
    ):
        if unit_at(place.end):  # 「○○市こども未来局」: the place is the unit's parent
            known_ends.setdefault(place.end, normalise_name(folded[place.start : place.end]))
        yield place
    # 「静岡県警察本部交通部」, 「最高裁判所事務総局」: the police or court, and its unit after it
    for body in (*prefectural_police(folded), *(courts(folded) if "裁判所" in folded else ())):
        known_ends.setdefault(body.end, normalise_name(folded[body.start : body.end]))
        if body.kind == "police":
            yield body
    yield from _councils(folded, known_ends, on_list)
    yield from _units(folded, known_ends, places)
    corporations = [c for c in statutory_candidates(folded) if c.kind in _CORPORATION_KINDS]
    for m in _CORPORATION_RE.finditer(folded):
        if not _glued_before(folded, m.start()):
            institute = _INSTITUTE_AFTER_RE.search(m.group())
            if institute is None:
                corporations.append(Candidate(m.start(), m.end(), None, "corporation"))
                yield corporations[-1]
                continue
            # 「国立研究開発法人森林研究・整備機構森林総合研究所」: the corporation and its institute
            split = m.start() + institute.start("institute")
            yield Candidate(m.start(), split, None, "corporation")
            parent = normalise_name(folded[m.start() : split])
            yield Candidate(split, m.end(), None, f"unit:{parent}", priority=1)
    for corporation in corporations:  # 「…理化学研究所の計算科学研究センター」: a unit it names after it
        name = normalise_name(folded[corporation.start : corporation.end])
        if (unit := corporation_unit(folded, corporation.end, name)) is not None:
            yield unit
    ends = sorted(known_ends)
    for m in _RENAMED_UNIT_RE.finditer(folded):
        kind_word = _UNIT_GENERIC.match(m.group()) is not None
        if (
            not _glued_before(folded, m.start())
            and not kind_word
            and not _holds_end(ends, m.start(), m.end())
        ):
            yield Candidate(m.start(), m.end(), None, "unit")
    for m in _BUREAU_RE.finditer(folded):
        name = m.group()
        generic = any(_UNIT_GENERIC.match(name[i:]) for i in range(len(name) - 1))  # 中央郵便局
        # 「都道府県労働局」, 「地方整備局」: the kind of bureau every prefecture or region has
        generic = generic or _KIND_OF_BUREAU.match(name) is not None
        if not _glued_before(folded, m.start()) and not generic and not _holds_end(ends, m.start(), m.end()):
            yield Candidate(m.start(), m.end(), None, "unit")
            if office := _OFFICE_RE.match(folded, m.end()):  # the bureau's office: a unit of its own
                yield Candidate(m.end(), office.end(), None, f"unit:{normalise_name(name)}", priority=1)
    yield from foreign_bodies(folded)
    yield from statutory_candidates(folded)
    yield from public_bodies(folded, known_ends)
    yield from public_hospitals(folded)


def _holds_end(ends: list[int], start: int, end: int) -> bool:
    """A body found before ends inside ``start:end`` (「総務省統計局」: the unit starts after it)."""
    i = bisect.bisect_right(ends, start)
    return i < len(ends) and ends[i] < end


def _public(folded: str, cand: Candidate) -> bool:
    """False where a private organisation's legal form stands before or at the start of the name."""
    head = folded[max(0, cand.start - 12) : cand.start]
    before = re.search(rf"(?:{PRIVATE_FORMS.pattern})[ 　]?$", head)
    return not (before or PRIVATE_FORMS.match(folded, cand.start, cand.end))


_JOINED_AFTER = re.compile(rf"(?:及び|並びに|又は|等(?![{KANJI}])|全域|全体)")


def _stands_alone(folded: str, start: int, end: int) -> bool:
    """A place name is a body's name unless it is glued into a longer word (東京都市大学)."""
    before = folded[start - 1] if start > 0 else ""
    if before and re.match(rf"[{KANJI}]", before) and not before.endswith(("県", "都", "府", "道")):
        return False
    after = folded[end : end + 1]
    if folded[end - 1 : end] in ("県", "府") and folded[start:end] not in ("府",):
        return True  # 「茨城県医科」: a prefecture's name with its suffix is one even when a word follows
    if _JOINED_AFTER.match(folded, end):
        return True  # 「福岡市及び北九州市」, 「横浜市等」
    return not (after and re.match(rf"[{KANJI}]", after) and after not in "長議職民内外立域")


def _glued_before(folded: str, start: int) -> bool:
    return start > 0 and re.match(rf"[{KANJI}ァ-ヺー]", folded[start - 1]) is not None


def _councils(
    folded: str, known_ends: dict[int, str], on_list: Sequence[tuple[int, int]] = ()
) -> Iterator[Candidate]:
    quoted = [(m.span(1) if m.group(1) is not None else m.span(2)) for m in _QUOTED_RE.finditer(folded)]
    found: dict[int, tuple[int, str]] = {}  # end → (start, key) of each council found so far
    for m in _COUNCIL_RE.finditer(folded):
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


def _unit_match(folded: str, at: int) -> re.Match[str] | None:
    """A unit's name at ``at``, its first word in kana or not (「こども未来局」, 「総務局ＩＣＴ推進課」)."""
    kana = _KANA_LEAD_RE.match(folded, at)
    m = _UNIT_CHAIN_RE.match(folded, kana.end() if kana else at) or _SECRETARIAT_RE.match(folded, at)
    return None if m is None or _UNIT_GENERIC.match(m.group()) or folded.startswith("令", m.end()) else m


def _secretariat_after(folded: str, at: int) -> re.Match[str] | None:
    """The secretariat of the commission or council named right before ``at``
    (「個人情報保護委員会事務局」, 「…会議事務局」): a unit of it, though 事務局 alone names none."""
    return _SECRETARIAT_AFTER_RE.match(folded, at) if _COUNCIL_END_RE.search(folded, 0, at) else None


def _units(folded: str, known_ends: dict[int, str], places: set[int]) -> Iterator[Candidate]:
    ends = sorted(known_ends)
    for end, parent in known_ends.items():
        at = end + 1 if folded.startswith("・", end) else end
        if at in places:
            continue  # 「静岡県浜松市市民部」: a municipality after its prefecture, the unit after both
        if folded.startswith("警察", at) and folded.endswith(("県", "府", "道"), 0, at):
            continue  # 「…県警察本部…課」: the prefecture's police (one body) and its unit
        if (m := _unit_match(folded, at) or _secretariat_after(folded, at)) is None:
            continue
        # 「総務省・マイナンバー室」, 「総務省統計局」: the unit is a mention of its own after its
        # parent's (two mentions), the parent from the text
        yield Candidate(at, m.end(), None, f"unit:{parent}", priority=1)
        while (listed := re.compile(_UNIT_LIST).match(folded, m.end())) and (
            m := _UNIT_CHAIN_RE.match(folded, listed.end())
        ):
            if _holds_end(ends, listed.end(), m.end()):
                break  # 「財務省…局及び金融庁…課」: another body and its unit, not one more of the first's
            if not _UNIT_GENERIC.match(m.group()):
                yield Candidate(listed.end(), m.end(), None, f"unit:{parent}", priority=1)


def parent_of(name: str, known: dict[str, str]) -> str | None:
    """The key of the body a unit's name starts with: 静岡市総務局ＩＣＴ推進課 → 静岡市's.

    ``known`` maps folded names of the gazetteer's bodies to their keys.
    """
    folded = fold(normalise_name(name))
    best: tuple[int, str] | None = None
    for found_name, key in known.items():
        longer = best is None or len(found_name) > best[0]
        if folded.startswith(found_name) and len(found_name) < len(folded) and longer:
            best = (len(found_name), key)
    for start, end, body in listed().find(folded):
        if start == 0 and end < len(folded) and (best is None or end > best[0]):
            best = (end, body.key)
    return best[1] if best else None
