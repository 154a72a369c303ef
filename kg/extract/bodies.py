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
* **councils and deliberative bodies** by their ending (…会議, …審議会, …委員会, …部会 …), a
  subdivision glued after its council a mention of its own (:mod:`kg.extract.body_councils`).
* **units** (…局, …部, …課, …室, 大臣官房) right after the body they belong to, two mentions, the
  unit's parent that body (「総務省統計局」: :mod:`kg.extract.body_units`), and a unit named alone
  where the text says who is in charge (「（担当：…課）」: :mod:`kg.extract.body_in_charge`).
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

import re
from collections.abc import Iterable, Iterator

from kg.extract.body_council_words import NAME
from kg.extract.body_councils import councils
from kg.extract.body_fellows import fellow_bodies
from kg.extract.body_foreign import foreign_bodies
from kg.extract.body_hospitals import public_hospitals
from kg.extract.body_in_charge import in_charge_units
from kg.extract.body_places import unlisted_places
from kg.extract.body_public import corporation_unit, courts, prefectural_police, public_bodies, ward_after
from kg.extract.body_statutory import statutory_candidates
from kg.extract.body_units import OFFICE, UNIT_CHAIN_RE, UNIT_GENERIC, holds_end, unit_match, units
from kg.extract.folding import KANJI, fold
from kg.extract.gazetteers import Candidate, normalise_name
from kg.extract.local_governments import listed

__all__ = ["PRIVATE_FORMS", "body_candidates", "parent_of"]


# --- candidates --------------------------------------------------------------------

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
_BUREAU_RE = re.compile(rf"[{KANJI}]{{2,8}}局(?:(?![{KANJI}])|(?=管内|管轄|長)|(?={OFFICE}))")
_OFFICE_RE = re.compile(OFFICE)
_KIND_OF_BUREAU = re.compile(
    r"^(?:各|全|都道府県|市区町村|市町村|地方)"
    # a kind of the State's regional bureaus named alone (「財務局に照会」, 「全国の労働局」)
    r"|^(?:労働|財務|農政|運輸|国税|経済産業|総合通信|地方厚生|開発)局$"
)
# A unit the text says became another body: 「マイナンバー室(現デジタル庁)」, 「…推進室（旧…）」.
_RENAMED_UNIT_RE = re.compile(rf"[{KANJI}ァ-ヺーA-Za-z0-9]{{2,16}}?(?:室|局|課|部|本部)(?=[(（][現旧])")
# The auditors of a local government (地方自治法 第195条): a commission whose name ends in 委員, not 会.
_AUDITORS_RE = re.compile(r"監査委員(?![会長制])")


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
        elif (
            _stands_alone(folded, start, end)
            or UNIT_CHAIN_RE.match(folded, end)
            or _office_after(folded, end)
        ):
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
        return unit_match(folded, end) is not None

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
    yield from councils(folded, known_ends, on_list)
    yield from units(folded, known_ends, places)
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
        kind_word = UNIT_GENERIC.match(m.group()) is not None
        if not _glued_before(folded, m.start()) and not kind_word and not holds_end(ends, m.start(), m.end()):
            yield Candidate(m.start(), m.end(), None, "unit")
    for m in _BUREAU_RE.finditer(folded):
        name = m.group()
        generic = any(UNIT_GENERIC.match(name[i:]) for i in range(len(name) - 1))  # 中央郵便局
        # 「都道府県労働局」, 「地方整備局」: the kind of bureau every prefecture or region has
        generic = generic or _KIND_OF_BUREAU.match(name) is not None
        if not _glued_before(folded, m.start()) and not generic and not holds_end(ends, m.start(), m.end()):
            yield Candidate(m.start(), m.end(), None, "unit")
            if office := _OFFICE_RE.match(folded, m.end()):  # the bureau's office: a unit of its own
                yield Candidate(m.end(), office.end(), None, f"unit:{normalise_name(name)}", priority=1)
    yield from foreign_bodies(folded)
    yield from statutory_candidates(folded)
    yield from public_bodies(folded, known_ends)
    yield from public_hospitals(folded)
    # 「（担当：…課）」: a unit named alone where it is in charge (「担当：文化庁著作権課」: the body's)
    ends = sorted(known_ends)
    yield from (c for c in in_charge_units(folded) if not holds_end(ends, c.start, c.end))


# 「静岡県浜松市保健所」: an office a municipality keeps, after its name (kg.extract.body_public)
_OFFICE_AFTER_RE = re.compile(r"(?:保健所|児童相談所|子ども家庭センター|消防本部|消防局|消防署)")


def _office_after(folded: str, end: int) -> bool:
    """A municipality's office glued after the place named up to ``end`` (「…市保健所」)."""
    return folded.endswith(("市", "町", "村"), 0, end) and _OFFICE_AFTER_RE.match(folded, end) is not None


def _public(folded: str, cand: Candidate) -> bool:
    """False where a private organisation's legal form stands before or at the start of the name."""
    head = folded[max(0, cand.start - 12) : cand.start]
    before = re.search(rf"(?:{PRIVATE_FORMS.pattern})[ 　]?$", head)
    return not (before or PRIVATE_FORMS.match(folded, cand.start, cand.end))


_JOINED_AFTER = re.compile(rf"(?:及び|並びに|又は|等(?![{KANJI}])|全域|全体)")


# The roles of the parties to a case, written before a party's name (「被告国」, 「原告○○市」).
_PARTIES = ("被告", "原告", "控訴人", "上告人", "申立人", "相手方", "参加人")


def _stands_alone(folded: str, start: int, end: int) -> bool:
    """A place name is a body's name unless it is glued into a longer word (東京都市大学), but not to
    a party's role before it (「被告大阪府」)."""
    before = folded[start - 1] if start > 0 else ""
    party = folded.endswith(_PARTIES, 0, start)  # 「被告大阪府」: a party to a case named by its role
    glued = before and re.match(rf"[{KANJI}]", before) and not before.endswith(("県", "都", "府", "道"))
    if glued and not party:
        return False
    after = folded[end : end + 1]
    if folded[end - 1 : end] in ("県", "府") and folded[start:end] not in ("府",):
        return True  # 「茨城県医科」: a prefecture's name with its suffix is one even when a word follows
    if _JOINED_AFTER.match(folded, end):
        return True  # 「福岡市及び北九州市」, 「横浜市等」
    return not (after and re.match(rf"[{KANJI}]", after) and after not in "長議職民内外立域")


def _glued_before(folded: str, start: int) -> bool:
    return start > 0 and re.match(rf"[{KANJI}ァ-ヺー]", folded[start - 1]) is not None


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
