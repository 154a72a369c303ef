"""Questions about the statistics tables: card issuance rates by area, the share of facilities applying.

Takes the shared parts of :mod:`kg.ask.kinds`; gives :data:`RATE_KINDS`, tried after the
other kinds.  The areas of the rate tables are told apart by their labels: a prefecture is
「北海道」「東京都」「京都府」「大阪府」 or 「…県」; a city or ward is a prefecture's name
followed by 「…市」「…区」, a town or village by 「…町」「…村」; the categories of local
government (「団体区分別」) are 全国, 特別区, 指定都市, 市 and 町村.  Each answer is read whole,
highest first (or lowest, for 「低い」); :mod:`kg.ask.cuts` cuts it to the top N or a threshold.
"""

from __future__ import annotations

from kg.ask.kinds import QuestionKind

_PREFECTURE = "(北海道|東京都|京都府|大阪府|[^都道府県市区町村郡]{2,3}県)"
PREFECTURE = _PREFECTURE  # a prefecture's name (as the rate tables' labels hold it)
# area: (the words a question names it by, the regex of its labels, how the reading names it)
_AREAS = {
    "prefecture": (r"(?:都道府県|県)", f"^{_PREFECTURE}$", "都道府県"),
    "city": (
        r"(?:市|市区|区市|特別区・市|市・特別区|特別区と市|特別区及び市|都市)",
        f"^{_PREFECTURE}.+[市区]$",
        "市・特別区",
    ),
    "town": (r"(?:町村|町・村|町と村|町や村|町及び村)", f"^{_PREFECTURE}.+[町村]$", "町村"),
    "municipality": (
        r"(?:市区町村|市町村|区市町村|自治体|地方公共団体|地方自治体)",
        f"^{_PREFECTURE}.+[市区町村]$",
        "市区町村",
    ),
    "category": (
        r"(?:団体区分|団体の区分|区分|団体種別|自治体の種別|自治体の区分)",
        "^(全国|特別区|指定都市|市|市（指定都市を除く）|町村)$",
        "団体区分",
    ),
}
_RATES_SELECT = "SELECT ?area ?areaLabel ?rate ?cards ?population ?asOf WHERE {"
_RATE_COLUMNS = ("area", "areaLabel", "rate", "cards", "population", "asOf")


def _area_rates(label_regex: str) -> str:
    """The areas whose label fits ``label_regex`` among the areas of the figures, with their rates."""
    return f"""
  {{ SELECT ?area ?areaLabel WHERE {{
    {{ SELECT DISTINCT ?area WHERE {{ ?figure pol:refArea ?area }} }}
    ?area rdfs:label ?areaLabel .
    FILTER(REGEX(STR(?areaLabel), "{label_regex}"))
  }} }}
  {{ SELECT ?obs ?area WHERE {{ ?obs pol:refArea ?area }} }}
  {{ SELECT ?obs WHERE {{ ?obs a qb:Observation }} }}
  {{ SELECT ?obs ?rate WHERE {{ ?obs pol:issuanceRate ?rate }} }}
  OPTIONAL {{ SELECT ?obs ?cards WHERE {{ ?obs pol:issuedCards ?cards }} }}
  OPTIONAL {{ SELECT ?obs ?population WHERE {{ ?obs pol:population ?population }} }}
  OPTIONAL {{ SELECT ?obs ?asOf WHERE {{ ?obs pol:refPeriod ?asOf }} }}
"""


def _rates(name: str, patterns: tuple[str, ...], area: str, low: bool) -> QuestionKind:
    _, regex, words = _AREAS[area]
    order = "?rate" if low else "DESC(?rate)"
    return QuestionKind(
        name,
        patterns,
        f"{_RATES_SELECT}{_area_rates(regex)}}} ORDER BY {order} ?areaLabel",
        f"統計: {words}別のマイナンバーカード交付率（{'低い' if low else '高い'}順）",
        _RATE_COLUMNS,
    )


def _extreme(name: str, patterns: tuple[str, ...], aggregate: str, reading: str) -> QuestionKind:
    """The prefecture (or the prefectures, when they tie) with the highest or lowest rate.

    The observations' areas, classes and rates are each read whole and joined by hash, as in
    ``_area_rates`` (looked up per observation, the highest rate took 2.2 s at 1,000 documents;
    so 0.2-0.35 s).
    """
    regex = _AREAS["prefecture"][1]
    only = f"""{{ SELECT ?prefecture WHERE {{
    {{ SELECT DISTINCT ?prefecture WHERE {{ ?f pol:refArea ?prefecture }} }}
    ?prefecture rdfs:label ?prefectureLabel .
    FILTER(REGEX(STR(?prefectureLabel), "{regex}"))
  }} }}
  {{ SELECT ?o ?prefecture WHERE {{ ?o pol:refArea ?prefecture }} }}
  {{ SELECT ?o WHERE {{ ?o a qb:Observation }} }}
  {{ SELECT ?o ?r WHERE {{ ?o pol:issuanceRate ?r }} }}"""
    pick = f"  {{ SELECT ({aggregate}(?r) AS ?rate) WHERE {{\n  {only}\n  }} }}\n"
    return QuestionKind(
        name,
        patterns,
        f"{_RATES_SELECT}{_area_rates(regex)}{pick}}} ORDER BY ?areaLabel",
        reading,
        _RATE_COLUMNS,
    )


_EACH = r"(?:別|ごと|毎|単位)"
# The rows of a table: 「団体」「自治体」「ところ」 after the area, or nothing.
_ROWS = r"(?:団体|自治体|ところ|もの|順|の順)?(?:の)?@RANKING"


def _area_patterns(words: str, low: bool) -> tuple[str, ...]:
    """How a question asks for the areas ``words`` by rate, highest first (or lowest)."""
    side = "低い" if low else "高い"
    both = (
        rf"@RATE(?:が|の)?{side}{words}{_ROWS}",
        rf"@RATE(?:が|の)?{side}順(?:に|で)?{words}",
        rf"{words}(?:で|の中で|のうち|の中の|の|における)?@RATE(?:が|の)?{side}{_ROWS}",
    )
    if low:
        return both
    return (
        rf"{words}{_EACH}?(?:の|に|で)?@RATE(?:の)?@RANKING",
        rf"@RATE(?:の)?(?:\()?{words}{_EACH}?(?:\))?(?:の)?(?:ランキング|順位|一覧)",
        rf"@RATE(?:の)?(?:\()?{words}{_EACH}(?:\))?(?:の)?@RANKING",
        *both,
    )


def _area_kinds() -> tuple[QuestionKind, ...]:
    kinds = []
    for area, (words, _, _) in _AREAS.items():
        high = _area_patterns(words, low=False)
        low = _area_patterns(words, low=True)
        if (
            area == "prefecture"
        ):  # the table of the prefectures when no area is named (「交付率　ランキング」)
            high = (*high, r"@RATE(?:の|が)?高い(?:順|の|ところ)", r"@RATE(?:の)?(?:ランキング|順位)")
            low = (*low, r"@RATE(?:の|が)?低い(?:順|の|ところ)")
        kinds.append(_rates(f"{area}_rates", high, area, low=False))
        kinds.append(_rates(f"{area}_rates_low", low, area, low=True))
    return tuple(kinds)


_TOP = r"(?:最も|一番|いちばん|もっとも)"
# the kinds of facility named one by one: 「病院・診療所・薬局別」「病院や薬局など施設別」
_FACILITY_KIND = r"(?:病院|医科診療所|歯科診療所|診療所|医科|歯科|薬局|医療機関)"
# (a breakdown only where 別 or a word for the kinds follows: 「病院と薬局の申込割合」 asks for
# those two rows)
_FACILITY_KINDS = (
    rf"{_FACILITY_KIND}(?:(?:・|、|や|と|及び|および){_FACILITY_KIND})+"
    r"(?:(?:など|等)?(?:の)?(?:施設|施設種別|種別|種類)(?=別|ごと|毎|単位|\))|(?:など|等)?(?=別|ごと|毎|単位))"
)
_FACILITIES = (
    r"(?:施設種別|施設の種別|施設の種類|施設種類|施設区分|医療機関の種別|医療機関の種類|医療機関等の種別|"
    rf"{_FACILITY_KINDS}|施設|種別|種類)"
)
SHARE_WORDS = (
    r"(?:申込割合|申込率|申込み割合|申し込み割合|申込の割合|申込みの割合|申し込みの割合|"
    r"導入割合|導入率|申込状況)"
)
_SHARE = rf"(?:オンライン資格確認(?:の|における|への)?)?(?:カードリーダー(?:の)?)?{SHARE_WORDS}"


def _share_kind(low: bool) -> QuestionKind:
    side = "低い" if low else "高い"
    patterns: tuple[str, ...] = (
        rf"{_SHARE}(?:が|の)?{side}{_FACILITIES}(?:の)?@RANKING",
        rf"{_FACILITIES}(?:で|の中で|のうち)?{_SHARE}(?:が|の)?{side}(?:もの|順)?",
    )
    if not low:
        patterns = (
            *patterns,
            rf"(?:オンライン資格確認(?:の|における|での))?{_FACILITIES}{_EACH}?(?:の)?{_SHARE}(?:の)?@RANKING",
            rf"{_SHARE}(?:の)?\({_FACILITIES}{_EACH}?\)",
            rf"{_SHARE}(?:の)?(?:\()?{_FACILITIES}{_EACH}(?:\))?(?:の)?@RANKING",
            rf"{_SHARE}(?:の)?内訳",
        )
    return QuestionKind(
        "facility_shares_low" if low else "facility_shares",
        patterns,
        # each figure read whole and joined by hash (one group of patterns took 1.2 s at 1,000 documents)
        f"""SELECT ?type ?typeLabel ?share ?facilities ?total ?asOf WHERE {{
  {{ SELECT ?obs ?share WHERE {{ ?obs pol:facilityShare ?share }} }}
  {{ SELECT ?obs ?type ?typeLabel WHERE {{ ?obs pol:facilityType ?type . ?type rdfs:label ?typeLabel }} }}
  OPTIONAL {{ SELECT ?obs ?facilities WHERE {{ ?obs pol:facilityCount ?facilities }} }}
  OPTIONAL {{ SELECT ?obs ?total WHERE {{ ?obs pol:facilityTotal ?total }} }}
  OPTIONAL {{ SELECT ?obs ?asOf WHERE {{ ?obs pol:refPeriod ?asOf }} }}
}} ORDER BY {"?share" if low else "DESC(?share)"} ?typeLabel""",
        f"統計: オンライン資格確認の施設種別の申込割合（{side}順）",
        ("type", "typeLabel", "share", "facilities", "total", "asOf"),
    )


# 「交付枚数の多い都道府県」: the areas by the number of cards issued (the figure a cut takes is ``cards``)
_CARDS = r"(?:マイナンバー)?(?:カード(?:の)?)?(?:交付枚数|交付数|交付件数|発行枚数)"


def _cards_kind(area: str, low: bool) -> QuestionKind:
    words, regex, said = _AREAS[area]
    side = "少ない" if low else "多い"
    patterns: tuple[str, ...] = (
        rf"{_CARDS}(?:が|の)?{side}{words}{_ROWS}",
        rf"{words}(?:で|の中で|のうち|の)?{_CARDS}(?:が|の)?{side}{_ROWS}",
    )
    if not low:
        patterns = (
            *patterns,
            rf"{words}{_EACH}?(?:の|に|で)?{_CARDS}(?:の)?(?:ランキング|順位|多い順)",
            rf"{_CARDS}(?:の)?(?:\()?{words}{_EACH}(?:\))?(?:の)?(?:ランキング|順位|多い順)",
        )
    columns = ("area", "areaLabel", "cards", "population", "asOf")
    return QuestionKind(
        f"{area}_cards{'_low' if low else ''}",
        patterns,
        f"SELECT {' '.join('?' + c for c in columns)} WHERE {{{_area_rates(regex)}  FILTER(BOUND(?cards))\n}}"
        f" ORDER BY {'?cards' if low else 'DESC(?cards)'} ?areaLabel",
        f"統計: {said}別のマイナンバーカード交付枚数（{side}順）",
        columns,
    )


_PREFECTURE_WORDS = _AREAS["prefecture"][0]
RATE_KINDS: tuple[QuestionKind, ...] = (
    _extreme(
        "prefecture_rate_highest",
        (rf"@RATE(?:が|の){_TOP}高い{_PREFECTURE_WORDS}", rf"{_TOP}@RATE(?:が|の)高い{_PREFECTURE_WORDS}"),
        "MAX",
        "統計: マイナンバーカード交付率の最も高い都道府県",
    ),
    _extreme(
        "prefecture_rate_lowest",
        (rf"@RATE(?:が|の){_TOP}低い{_PREFECTURE_WORDS}", rf"{_TOP}@RATE(?:が|の)低い{_PREFECTURE_WORDS}"),
        "MIN",
        "統計: マイナンバーカード交付率の最も低い都道府県",
    ),
    *_area_kinds(),
    _share_kind(low=False),
    _share_kind(low=True),
    # every prefecture is in the table; of the municipalities only the ten highest rates of each kind are
    _cards_kind("prefecture", low=False),
    _cards_kind("prefecture", low=True),
)
