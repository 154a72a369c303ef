"""Courts, local unions and corporations, national institutes, facilities and secretariats, by form.

Extraction stage.  Takes a folded text (:func:`kg.extract.folding.fold`) and, for facilities,
where the bodies found so far end; gives candidate spans for the body finder
(:mod:`kg.extract.bodies`):

* **courts** — a kind of court (最高裁判所, 高等裁判所, 地方裁判所, 家庭裁判所, 簡易裁判所; 地裁, 高裁, 家裁,
  簡裁, 最高裁) after the name of its place, a prefecture's or city's name without its suffix from
  the national list (東京地方裁判所, さいたま地方裁判所, 札幌地裁), or a kind in full on its own
  (最高裁判所, 家庭裁判所); a kind after 各, 全, 当該, 同, 管轄 or 所轄 names no particular court
  (「各地方裁判所」) — kind ``court``;
* **special local public bodies** — a 広域連合, 一部事務組合 or 広域行政事務組合 with a name before its
  kind (東京都後期高齢者医療広域連合 is one body, though it starts with the prefecture's name;
  関西広域連合), and a …組合 whose name says the service municipalities share (…消防組合,
  …衛生組合, …広域行政組合, …港湾管理組合) or the enterprise they run together (…広域水道企業団,
  …病院企業団: a 一部事務組合 of 地方公営企業法); the kind alone (後期高齢者医療広域連合, 一部事務組合)
  and a cooperative or union of members (農業協同組合, 労働組合, 健康保険組合) are none — kind
  ``special_local_body``;
* **a ministry's facility** right after 「<ministry or agency>の」: a name ending in
  研究所, 研修所, 大学校, 研究院, 研修院, 科学院 or センター (「国土交通省の国土交通政策研究所」,
  「厚生労働省の国立保健医療科学院」), a mention of its own whose parent is that ministry; a
  センター only if its name starts with 国立 or shares a word with the ministry's; not an unnamed one
  (「…省の各研修センター」, 「…省の所管する研究所」, 「…省の地域包括支援センター」) — kind
  ``facility:<parent key>``.

* **a national institute by its name** — 国立 and a name ending in 研究所, 研修所, 研究院, 科学院,
  研究センター, 博物館, 美術館 or 機構 on its own (「国立感染症研究所」, 「国立科学博物館」,
  「国立健康危機管理研究機構」) — kind ``facility``;
* **a prefecture's police** — 「…県警察」, 「…県警察本部」, 「北海道警察」, 「…府警」: one body whose name
  starts with the prefecture's, its units after it (「…県警察本部交通部」) — kind ``police``;
* **a local office by its place** — 労働基準監督署, 税務署, 警察署, 公共職業安定所, 年金事務所,
  運輸支局, 森林管理署 after the name of their place (「大阪中央税務署」), and the regional offices of the
  State after their region's (…開発局, …総合事務局, …地方気象台, …地方環境事務所, …管区海上保安本部,
  …河川国道事務所, …税関, …地方検察庁: one body, though the region is a prefecture's name,
  「北海道開発局」), and a board of education by its short name after its place's (「○○市教委」), not
  after a word that leaves it unnamed (各, 所轄, 管轄, 最寄り, 地方, 管区) nor glued after a ministry
  (「国土交通省近畿地方整備局」: the ministry's unit) — kind ``local_office``;
* **a local public corporation** — a name ending in 住宅供給公社, 土地開発公社 or 道路公社, the
  corporations local governments set up by statute (「○○市土地開発公社」) — kind ``corporation``;
* **a secretariat by its form** — a name ending in 推進事務局, 対策事務局 or 準備事務局 on its own
  (「宇宙開発戦略推進事務局」), not one glued after the body it sits in (that is a unit of that body)
  nor one after 各, 同, 当, 全, 関係 or 本 — kind ``unit``;

* **a mission of Japan abroad** — 「在」, its place and 大使館, 総領事館, 領事事務所 or 政府代表部
  (「在タイ日本国大使館」); not 「在日…」 (a foreign State's) — kind ``mission``;

* **a ward after its designated city** (「横浜市都筑区」, 「大阪市北区」): one to three kanji and 区 right
  after a city whose code's city part is 1xx (政令指定都市: 横浜市 141003), not a word for a district
  (地区, 学区, 選挙区, 特区, 各区) nor 区画, 区分, 区域 — one mention with its city, kind
  ``ward:<city's key>``.

>>> [(c.start, c.end, c.kind) for c in public_bodies("東京地方裁判所と関西広域連合")]
[(0, 7, 'court'), (8, 14, 'special_local_body')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.extract.folding import KANJI, fold
from kg.extract.gazetteers import Candidate, read_gazetteer_csv

__all__ = [
    "corporation_unit",
    "courts",
    "facilities",
    "local_offices",
    "prefectural_police",
    "public_bodies",
    "ward_after",
]

_COURT_RE = re.compile(
    rf"(?P<place>[{KANJI}ァ-ヺーぁ-ゖ]{{0,8}}?)"
    r"(?P<kind>最高裁判所|高等裁判所|地方裁判所|家庭裁判所|簡易裁判所|最高裁(?!判所)|地裁|高裁|家裁|簡裁)"
)
# Words before a kind of court that leave it unnamed.
# 「各地の家庭裁判所」, 「最寄りの簡易裁判所」: whichever court of the kind is near, no particular one.
_UNNAMED_BEFORE = re.compile(r"(?:各|全|当該|同|管轄|所轄|他|(?:各地|全国|最寄り|管轄|所轄|近く)の)$")
_JOINT_RE = re.compile(
    rf"(?<![{KANJI}ァ-ヺー])[{KANJI}ァ-ヺー・]{{1,24}}?(?:広域連合|事務組合|行政組合|組合|企業団)(?![{KANJI}])"
)
# The kind of a special local public body alone, or after a word that leaves it unnamed.
_JOINT_KIND = re.compile(
    r"^(?:各|全|当該|同|関係|構成|当)?(?:後期高齢者医療)?(?:広域連合|一部事務組合|広域行政事務組合|事務組合|行政組合)$"
    # 「企業団」, 「水道企業団」: the kind of union that runs a public enterprise (地方公営企業法), unnamed
    r"|^(?:各|全|当該|同|関係|構成|当)?(?:広域)?(?:水道|用水|下水道|病院|工業用水道)?企業団$"
)
# A …組合 of municipalities says the service they share; cooperatives and unions of members do not.
_SHARED_SERVICE = re.compile(
    r"広域|衛生|清掃|環境|消防|水道|施設|病院|行政|事務|斎場|火葬|葬祭|し尿|用水|下水|"
    # 「名古屋港管理組合」, 「○○港湾管理組合」: a port run by the municipalities together (港湾法 第4条)
    r"港(?:湾)?管理"
)
_MEMBERS_UNION = re.compile(r"(?:協同|労働|保険|共済|同業|振興|森林)組合$")
_FACILITY_RE = re.compile(
    rf"(?![各同当全関所附付])[{KANJI}ァ-ヺー・]{{2,24}}?"
    rf"(?:研究所|研修所|大学校|研究院|研修院|科学院|センター)(?![{KANJI}ァ-ヺー])"
)
_MINISTRY_BEFORE = re.compile(r"(?:省|庁|内閣府)$")
# 「国立感染症研究所」: a national institute by its name (国立大学 are universities, no public body here).
_NATIONAL_INSTITUTE_RE = re.compile(
    rf"(?<![{KANJI}ァ-ヺー])国立(?!研究開発法人)(?:[{KANJI}ァ-ヺー・]|がん|(?![のとやにはがをでへもか])[ぁ-ゖ]){{1,20}}?"
    rf"(?:研究所|研修所|研究院|科学院|研究センター|博物館|美術館|機構)(?![{KANJI}])"
)
# 「大阪府警察」, 「静岡県警察本部」: the police every prefecture has (警察法 第36条), named by it, or by
# its short name (「大阪府警」).
_POLICE_RE = re.compile(
    rf"(?<![{KANJI}ァ-ヺー])(?:[{KANJI}ヶケノ]{{1,4}}(?:県|府)|北海道)(?:警察(?:本部)?|警(?![{KANJI}]))"
    # its staff and school are no body of their own here (…県警察官, …警察学校); its stations are named
    # by their place (below)
    r"(?!官|署|学校|職員|庁)"
)
# A local office of the State or of a prefecture's police named by its place and its kind
# (「○○労働基準監督署」, 「○○税務署」, 「○○中央警察署」, 「公共職業安定所」, 「○○年金事務所」): not the kind
# after a word that leaves it unnamed (「所轄の警察署」, 「各税務署」, 「管轄労働基準監督署」).
_LOCAL_OFFICES = (
    "労働基準監督署", "税務署", "警察署", "公共職業安定所", "年金事務所", "運輸支局", "森林管理署",
    # the regional offices of the State named by their region (「北海道開発局」, 「沖縄総合事務局」,
    # 「○○管区気象台」, 「○○地方気象台」, 「第三管区海上保安本部」, 「○○河川国道事務所」)
    "開発局", "総合事務局", "森林管理局", "管区気象台", "地方気象台", "地方環境事務所", "管区海上保安本部",
    "海上保安部", "検疫所", "地方法務局", "河川国道事務所", "国道事務所", "河川事務所",
    "税関", "出入国在留管理局", "地方検察庁", "農政局", "経済産業局", "運輸局", "財務局", "国税局", "労働局",
    "地方整備局", "総合通信局", "地方厚生局",
    # the offices a prefecture or city keeps by statute, named by their place (「○○市保健所」,
    # 「○○県中央児童相談所」, 「○○市消防局」, 「○○消防署」; 「市保健所」, 「各消防署」 alone are none)
    "保健所", "児童相談所", "子ども家庭センター", "消防本部", "消防局", "消防署",
    # a local government's board of education by its short name (「○○市教委」; 「市教委」 alone is none)
    # and its assembly (「○○県議会」; 「県議会」 alone is none)
    "都教委", "道教委", "府教委", "県教委", "市教委", "区教委", "町教委", "村教委",
    "都議会", "道議会", "府議会", "県議会", "市議会", "区議会", "町議会", "村議会",
)  # fmt: skip
_LOCAL_OFFICE_RE = re.compile(
    # glued after its ministry or agency too (「気象庁大阪管区気象台」: the agency and its office),
    # or after its prefecture (「○○県○○保健所」: the prefecture and its office)
    rf"(?:(?<![{KANJI}ァ-ヺー])|(?<=[省庁])|(?<=[県府])(?<!都道府県)(?![都道府県市区町村]))(?!各|全|同|当|本|他|両|所轄|管轄|最寄|関係|地元|地方|管区|都道府県|市町村)"
    # a place's suffix alone or a kind of city is no place's name (「県保健所」, 「中核市保健所」)
    r"(?![都道府県市区町村](?:保健所|児童相談所|子ども家庭|消防)|(?:中核|政令|指定都)市)"
    rf"(?:(?![省庁府])[{KANJI}ヶケノ]){{1,8}}?"
    rf"(?:{'|'.join(sorted(_LOCAL_OFFICES, key=len, reverse=True))})(?![{KANJI}])"
)
# The offices a municipality keeps by statute, named after it (「…市保健所」, 「…町消防本部」).
_MUNICIPAL_OFFICE_RE = re.compile(
    r"(?<=[市町村])(?:保健所|児童相談所|子ども家庭センター|消防本部|消防局|消防署)$"
)
# 「○○市土地開発公社」: the public corporations local governments set up by statute (地方住宅供給公社法,
# 公有地の拡大の推進に関する法律, 地方道路公社法), by their kind after the name.
_LOCAL_CORPORATION_RE = re.compile(
    rf"(?<![{KANJI}ァ-ヺー])(?![各同当全本]|地方|市町村|都道府県)[{KANJI}ァ-ヺー・]{{1,16}}?"
    rf"(?:住宅供給公社|土地開発公社|道路公社)(?![{KANJI}])"
)
# 「宇宙開発戦略推進事務局」: a secretariat named by what it promotes, prepares or deals with.
_SECRETARIAT_RE = re.compile(
    rf"(?<![{KANJI}ァ-ヺー])(?![各同当全関本])[{KANJI}ァ-ヺー・]{{2,20}}?(?:推進|対策|準備)事務局(?![{KANJI}])"
)
# 「在タイ日本国大使館」, 「在ニューヨーク日本国総領事館」: Japan's missions abroad named by where they
# are (在外公館の名称及び位置並びに在外公館に勤務する外務公務員の給与に関する法律); 「在日…大使館」
# is a foreign State's in Japan, 「在外公館」 the kind.
_MISSION_RE = re.compile(
    rf"(?<![{KANJI}ァ-ヺー])在(?!日|外)[{KANJI}ァ-ヺー・]{{1,12}}?(?:日本国)?"
    rf"(?:大使館|総領事館|領事事務所|日本政府代表部|政府代表部)(?![{KANJI}])"
)
_WARD_RE = re.compile(rf"(?!区)[{KANJI}]{{1,3}}?(?<![地学校挙特管各全同当市街部])区(?![画分域間切])")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """The names of prefectures and cities without their suffix (東京, 大阪, さいたま, 津)."""
    rows = read_gazetteer_csv("local_governments.csv")
    return frozenset(
        fold(r["name"][:-1]) for r in rows if r["kind"] == "prefecture" or r["name"].endswith("市")
    )


@lru_cache(maxsize=1)
def _prefectures() -> tuple[str, ...]:
    """The names of the 47 prefectures with their suffix (東京都, 北海道, 京都府, 静岡県)."""
    return tuple(
        fold(r["name"]) for r in read_gazetteer_csv("local_governments.csv") if r["kind"] == "prefecture"
    )


def _prefectures_at(name: str) -> bool:
    """``name`` starts with a prefecture's name and goes on (「静岡県浜松市保健所」)."""
    return any(name.startswith(p) and len(name) > len(p) for p in _prefectures())


def public_bodies(folded: str, known_ends: dict[int, str] | None = None) -> Iterator[Candidate]:
    """The courts, special local public bodies and facilities named in ``folded``; ``known_ends`` maps
    where each body found so far ends to its key."""
    yield from facilities(folded, known_ends or {})
    if "国立" in folded:
        for m in _NATIONAL_INSTITUTE_RE.finditer(folded):
            yield Candidate(m.start(), m.end(), None, "facility")
    if "公社" in folded:
        for m in _LOCAL_CORPORATION_RE.finditer(folded):
            yield Candidate(m.start(), m.end(), None, "corporation")
    if "事務局" in folded:
        ends = known_ends or {}
        for m in _SECRETARIAT_RE.finditer(folded):
            if not any(m.start() < e < m.end() for e in ends):  # 「内閣府…推進事務局」: a unit after its body
                yield Candidate(m.start(), m.end(), None, "unit")
    if "裁" in folded:
        yield from courts(folded)
    yield from local_offices(folded)
    if "在" in folded:
        yield from (Candidate(m.start(), m.end(), None, "mission") for m in _MISSION_RE.finditer(folded))
    if "組合" in folded or "広域連合" in folded or "企業団" in folded:
        for m in _JOINT_RE.finditer(folded):
            name = m.group()
            if _JOINT_KIND.match(name) or len(name) < 4:
                continue
            plain = name.endswith("組合") and not name.endswith(("事務組合", "行政組合"))
            if name.endswith("企業団") and not _SHARED_SERVICE.search(name[:-3]):
                continue  # a 企業団 of municipalities says the enterprise they run (湖南広域水道企業団)
            if plain and (_MEMBERS_UNION.search(name) or not _SHARED_SERVICE.search(name[:-2])):
                continue
            yield Candidate(m.start(), m.end(), None, "special_local_body")


def local_offices(folded: str) -> Iterator[Candidate]:
    """The local offices of the State and the police stations named by their place (see above)."""
    if any(
        word in folded
        for word in ("署", "所", "局", "台", "本部", "保安部", "税関", "庁", "教委", "議会", "センター")
    ):
        for m in _LOCAL_OFFICE_RE.finditer(folded):
            kind = _MUNICIPAL_OFFICE_RE.search(m.group())
            if kind is not None and (
                folded.endswith(("県", "府"), 0, m.start()) or _prefectures_at(m.group())
            ):
                # 「○○県○○市消防本部」: the municipality after its prefecture is one mention, the office
                # it keeps another after it (as 「静岡県浜松市市民部」)
                yield Candidate(m.start() + kind.start(), m.end(), None, "local_office")
                continue
            yield Candidate(m.start(), m.end(), None, "local_office")


def prefectural_police(folded: str) -> Iterator[Candidate]:
    """The police of a prefecture named by it (「静岡県警察本部」): one body, whose name starts with the
    prefecture's; not every prefecture's (「都道府県警察」, 「各県警察」)."""
    if "警" not in folded:
        return
    for m in _POLICE_RE.finditer(folded):
        if not re.match(r"(?:都道府|各|全|同|当|本|他|両|隣)", m.group()):
            yield Candidate(m.start(), m.end(), None, "police", priority=3)


def courts(folded: str) -> Iterator[Candidate]:
    """The courts named in ``folded`` (see the module's docstring)."""
    places = _places()
    for m in _COURT_RE.finditer(folded):
        run, kind = m.group("place"), m.group("kind")
        place = next((run[i:] for i in range(len(run)) if run[i:] in places), "")
        if not place and ((kind.endswith("裁") and kind != "最高裁") or _UNNAMED_BEFORE.search(run)):
            continue  # 「地裁」 with no place, 「各地方裁判所」: no particular court
        if folded.startswith("規則", m.end()):
            continue  # 最高裁判所規則: a kind of act
        yield Candidate(m.end() - len(kind) - len(place), m.end(), None, "court")


def facilities(folded: str, known_ends: dict[int, str]) -> Iterator[Candidate]:
    """A ministry's facilities named right after 「<ministry>の」."""
    for end, parent in list(known_ends.items()):
        if parent.startswith("lg-") or not folded.startswith("の", end):
            continue
        if not _MINISTRY_BEFORE.search(folded, max(0, end - 3), end):
            continue
        m = _FACILITY_RE.match(folded, end + 1)
        if m is not None and (not m.group().endswith("センター") or _named_centre(folded, end, m.group())):
            yield Candidate(m.start(), m.end(), None, f"facility:{parent}", priority=1)


# 「…研究所の計算科学研究センター」: a unit a corporation names after its own name and 「の」; a centre,
# institute or headquarters named by three characters or more, not a kind (「…機構の相談センター」).
_CORPORATION_UNIT_RE = re.compile(
    rf"の(?P<unit>(?![各同当全関所附付本])(?:[{KANJI}ァ-ヺー・]|がん){{3,24}}?"
    rf"(?:研究所|研修所|研究院|研究部門|センター|本部|病院))(?![{KANJI}ァ-ヺー])"
)


def corporation_unit(folded: str, end: int, parent: str) -> Candidate | None:
    """The unit a public corporation named up to ``end`` names after 「の」 (「国立研究開発法人
    理化学研究所の計算科学研究センター」): a mention of its own whose parent is the corporation, or None."""
    m = _CORPORATION_UNIT_RE.match(folded, end)
    return None if m is None else Candidate(m.start("unit"), m.end(), None, f"unit:{parent}", priority=1)


def ward_after(folded: str, start: int, end: int, code: str) -> Candidate | None:
    """A ward right after the designated city of ``code`` named at ``start:end`` (「横浜市都筑区」), or None.

    >>> ward_after("横浜市都筑区では", 0, 3, "141003")
    Candidate(start=0, end=6, key=None, kind='ward:lg-141003', priority=2)
    """
    if code[2:3] != "1" or not folded.endswith("市", 0, end) or (ward := _WARD_RE.match(folded, end)) is None:
        return None
    return Candidate(start, ward.end(), None, f"ward:lg-{code}", priority=2)


def _named_centre(folded: str, end: int, name: str) -> bool:
    """A centre named as one: 国立… or sharing a word with its ministry's name (気象庁の気象…センター);
    a kind of centre (地域包括支援センター, データセンター, 研修センター) is not."""
    ministry = re.search(rf"[{KANJI}]{{1,8}}$", folded[max(0, end - 8) : end - 1])
    words = {ministry.group()[i : i + 2] for i in range(len(ministry.group()) - 1)} if ministry else set()
    return name.startswith("国立") or any(w in name for w in words)
