"""Questions that count or rank: laws by their dependants, prefectures by card issuance rate, issues
and measures by theme, issue or agency, and the totals.

Takes the shared parts of :mod:`kg.ask.kinds` (its fragments and :class:`QuestionKind`); gives
:data:`COUNT_KINDS`, tried after the kinds there.  An answer here is read whole (one row a law,
prefecture, theme, issue or agency, or one number).
"""

from __future__ import annotations

from kg.ask.kinds import QuestionKind

# A prefecture's name among the areas' labels (the rest are cities, towns and wards).
_PREFECTURE_NAME = '"^(北海道|東京都|京都府|大阪府|[^都道府県市区町村郡]{2,3}県)$"'
# The 47 prefectures among the areas of the figures, with each one's card issuance rate.
_PREFECTURE_RATES = """
  { SELECT ?area ?areaLabel WHERE {
    { SELECT DISTINCT ?area WHERE { ?figure pol:refArea ?area } }
    ?area rdfs:label ?areaLabel .
    FILTER(REGEX(STR(?areaLabel), %NAME%))
  } }
  { SELECT ?obs ?area WHERE { ?obs pol:refArea ?area } }
  { SELECT ?obs WHERE { ?obs a qb:Observation } }
  { SELECT ?obs ?rate WHERE { ?obs pol:issuanceRate ?rate } }
  OPTIONAL { SELECT ?obs ?cards WHERE { ?obs pol:issuedCards ?cards } }
  OPTIONAL { SELECT ?obs ?population WHERE { ?obs pol:population ?population } }
  OPTIONAL { SELECT ?obs ?asOf WHERE { ?obs pol:refPeriod ?asOf } }
""".replace("%NAME%", _PREFECTURE_NAME)
# The same prefectures' rates alone, for the highest or the lowest of them.
_PREFECTURE_RATE_ONLY = """{ SELECT ?prefecture WHERE {
    { SELECT DISTINCT ?prefecture WHERE { ?f pol:refArea ?prefecture } }
    ?prefecture rdfs:label ?prefectureLabel .
    FILTER(REGEX(STR(?prefectureLabel), %NAME%))
  } }
  ?o pol:refArea ?prefecture ; a qb:Observation ; pol:issuanceRate ?r .""".replace("%NAME%", _PREFECTURE_NAME)
_RATE_COLUMNS = ("area", "areaLabel", "rate", "cards", "population", "asOf")
_RATES_SELECT = "SELECT ?area ?areaLabel ?rate ?cards ?population ?asOf WHERE {"
_PREFECTURE = r"(?:都道府県|県)"


def _rates(name: str, patterns: tuple[str, ...], order: str, reading: str) -> QuestionKind:
    return QuestionKind(
        name,
        patterns,
        f"{_RATES_SELECT}{_PREFECTURE_RATES}}} ORDER BY {order} ?areaLabel",
        reading,
        _RATE_COLUMNS,
    )


def _extreme(name: str, patterns: tuple[str, ...], aggregate: str, reading: str) -> QuestionKind:
    """The prefecture (or the prefectures, when they tie) with the highest or lowest rate."""
    pick = f"  {{ SELECT ({aggregate}(?r) AS ?rate) WHERE {{\n  {_PREFECTURE_RATE_ONLY}\n  }} }}\n"
    return QuestionKind(
        name,
        patterns,
        f"{_RATES_SELECT}{_PREFECTURE_RATES}{pick}}} ORDER BY ?areaLabel",
        reading,
        _RATE_COLUMNS,
    )


def _whole(*patterns: str) -> str:
    """Each pattern read whole as a sub-select of its variables, the sub-selects joined by hash
    (a lookup per row costs more at scale: 3.0 s against 1.0 s for the measures per issue of 1,000
    documents)."""
    out = []
    for pattern in patterns:
        names = " ".join(dict.fromkeys(w for w in pattern.replace(".", " ").split() if w.startswith("?")))
        out.append(f"{{ SELECT {names} WHERE {{ {pattern} }} }}")
    return "\n  ".join(out)


def _per(what: str, group: str, count: str, columns: tuple[str, ...], order: str) -> str:
    """A count of ``count`` per ``group`` (the first of ``columns``), labelled once per group."""
    head = " ".join(f"?{c}" for c in columns)
    return f"""SELECT {head} (COUNT(DISTINCT ?{count}) AS ?count) WHERE {{
  {what}
}} GROUP BY {head} ORDER BY {order}"""


def _per_issue(item_class: str) -> str:
    """The items of ``item_class`` per issue, the issues with most first."""
    return _per(
        _whole(
            "?item pol:addressesIssue ?issue",
            f"?item a {item_class}",
            "?issue a pol:Issue",
            "?issue pol:number ?number",
        ),
        "issue",
        "item",
        ("issue", "number"),
        "DESC(?count) ?number ?issue",
    )


_MEASURES = r"(?:施策|取組|取り組み|措置)(?:等|など)?"
_HOW_MANY = (
    r"(?:は|が|の数は|の件数は)?(?:全部で|全体で|合計で|合計|総数)?"
    r"(?:いくつ|何件|何個|幾つ|なんけん)(?:ある|あります)?"
)

COUNT_KINDS: tuple[QuestionKind, ...] = (
    QuestionKind(
        "law_ranking",
        (
            r"(?:依拠する|依拠している|基づく|基づいている|関係する|関係している|関連する|依存する)?"
            r"(?:施策|取組|取り組み)(?:数)?(?:が|の)?(?:多い|数が多い)"
            r"(?:法令|法律|法)(?:の)?(?:ランキング|順|順位|トップ)?",
            r"(?:法令|法律)(?:別|ごと|毎)(?:の|に)?(?:依拠する|関連する|関連|関係する|基づく)?(?:施策|取組)(?:の)?(?:数|件数)@MOST_FIRST",
            r"(?:施策|取組)(?:の)?(?:数|件数)(?:\()?(?:法令|法律)(?:別|ごと|毎)(?:\))?@MOST_FIRST",
            r"(?:法令|法律)(?:の)?ランキング",
            r"(?:最も|一番|もっとも)?(?:多く)?(?:依拠|参照)されている(?:法令|法律)",
            r"(?:最も|一番|もっとも)?多くの(?:施策|取組)が(?:依拠して|基づいて)(?:いる)?(?:法令|法律)",
        ),
        """SELECT ?law ?lawLabel (COUNT(DISTINCT ?item) AS ?count) WHERE {
  { SELECT ?law ?lawLabel WHERE {
    VALUES ?lawClass { pol:Law pol:LawBundle } ?law a ?lawClass ; rdfs:label ?lawLabel } }
  { { SELECT ?item ?law WHERE { ?item pol:dependsOnLaw ?law } }
    UNION { SELECT ?item ?law WHERE { ?item pol:dependsOnLaw ?member . ?member dcterms:isPartOf ?law } } }
  { { SELECT ?item WHERE { ?item a pol:Measure } }
    UNION { SELECT ?item WHERE { ?item a pol:ProgressUpdate } } }
} GROUP BY ?law ?lawLabel ORDER BY DESC(?count) ?lawLabel""",
        "→ 依拠する施策・取組状況の多い法令（構成法に依拠するものは法令群にも数える）",
        ("law", "lawLabel", "count"),
    ),
    _rates(
        "prefecture_rates",
        (
            r"@PREFS@RATE(?:の)?@RANKING",
            rf"@RATE(?:の)?(?:\()?{_PREFECTURE}(?:別|ごと|毎)(?:\))?(?:の)?@RANKING",
            rf"@RATE(?:が|の)?高い{_PREFECTURE}(?:の)?@RANKING",
            r"@RATE(?:の|が)?高い順",
        ),
        "DESC(?rate)",
        "統計: 都道府県別のマイナンバーカード交付率（高い順）",
    ),
    _rates(
        "prefecture_rates_low",
        (rf"@RATE(?:が|の)?低い{_PREFECTURE}(?:の)?@RANKING", r"@RATE(?:の|が)?低い順"),
        "?rate",
        "統計: 都道府県別のマイナンバーカード交付率（低い順）",
    ),
    _extreme(
        "prefecture_rate_highest",
        (rf"@RATE(?:が|の)@TOP高い{_PREFECTURE}", rf"@TOP@RATE(?:が|の)高い{_PREFECTURE}"),
        "MAX",
        "統計: マイナンバーカード交付率の最も高い都道府県",
    ),
    _extreme(
        "prefecture_rate_lowest",
        (rf"@RATE(?:が|の)@TOP低い{_PREFECTURE}", rf"@TOP@RATE(?:が|の)低い{_PREFECTURE}"),
        "MIN",
        "統計: マイナンバーカード交付率の最も低い都道府県",
    ),
    QuestionKind(
        "issue_count_by_theme",
        (
            r"課題(?:の)?(?:数|件数)@BY_THEME",
            r"@BY_THEME課題(?:の)?(?:数|件数)",
            r"各(?:テーマ|分野)の課題(?:の)?(?:数|件数)",
            r"@BY_THEME課題(?:は|が)?(?:いくつ|何件|何個|幾つ)(?:ある|あります)?",
            r"課題(?:は|が|の数は|の件数は)?@BY_THEME(?:いくつ|何件|何個|幾つ)(?:ある|あります)?",
        ),
        """SELECT ?theme ?themeLabel ?number (COUNT(DISTINCT ?issue) AS ?count) WHERE {
  { SELECT ?issue WHERE { ?issue a pol:Issue } }
  { SELECT ?issue ?theme WHERE { ?issue pol:partOfTheme ?theme } }
  { SELECT ?theme ?number ?themeLabel WHERE {
    { SELECT DISTINCT ?theme WHERE { ?part pol:partOfTheme ?theme } }
    ?theme pol:number ?number ; rdfs:label ?themeLabel .
  } }
} GROUP BY ?theme ?themeLabel ?number ORDER BY ?number ?themeLabel""",
        "→ テーマ別の課題の数",
        ("theme", "themeLabel", "number", "count"),
    ),
    QuestionKind(
        "issue_total",
        (rf"課題{_HOW_MANY}", r"課題(?:の)?(?:総数|総件数|合計数|数|件数)(?:は)?(?:全部で)?"),
        "SELECT (COUNT(DISTINCT ?issue) AS ?count) WHERE { ?issue a pol:Issue }",
        "→ 課題の数（すべての文書）",
        ("count",),
    ),
    QuestionKind(
        "measures_with_law_total",
        (
            rf"(?:法令|法律|法)に(?:基づく|依拠する|依拠している|基づいている){_MEASURES}{_HOW_MANY}",
            rf"(?:法令|法律|法)に(?:基づく|依拠する|依拠している|基づいている){_MEASURES}(?:の)?(?:数|件数)",
            rf"(?:法令|法律|根拠法|法的根拠)(?:の|が)ある{_MEASURES}(?:の)?(?:数|件数)",
        ),
        "SELECT (COUNT(DISTINCT ?item) AS ?count) WHERE { ?item a pol:Measure ; pol:dependsOnLaw ?law }",
        "→ 法令に依拠する施策の数",
        ("count",),
    ),
    QuestionKind(
        "measures_by_theme",
        (
            rf"@BY_THEME{_MEASURES}(?:の)?(?:数|件数)@MOST_FIRST",
            rf"{_MEASURES}(?:の)?(?:数|件数)@BY_THEME",
            rf"@BY_THEME{_MEASURES}(?:は|が)?(?:いくつ|何件|何個|幾つ)(?:ある|あります)?",
        ),
        _per(
            _whole(
                "?item pol:addressesIssue ?issue",
                "?item a pol:Measure",
                "?issue pol:partOfTheme ?theme",
                "?theme pol:number ?number ; rdfs:label ?themeLabel",
            ),
            "theme",
            "item",
            ("theme", "themeLabel", "number"),
            "?number ?themeLabel",
        ),
        "→ テーマ別の施策の数（課題を通して）",
        ("theme", "themeLabel", "number", "count"),
    ),
    QuestionKind(
        "measures_by_issue",
        (
            rf"課題(?:別|ごと|毎)(?:の|に)?{_MEASURES}(?:の)?(?:数|件数)@MOST_FIRST",
            rf"{_MEASURES}(?:の)?(?:数|件数)(?:\()?課題(?:別|ごと|毎)(?:\))?",
            rf"{_MEASURES}(?:の)?(?:数)?(?:が|の)多い課題(?:の)?@RANKING",
        ),
        _per_issue("pol:Measure"),
        "→ 課題別の施策の数（多い順）",
        ("issue", "number", "count"),
    ),
    QuestionKind(
        "progress_by_issue",
        (
            r"(?:進捗|取組状況|進捗報告|取り組み状況)(?:の)?(?:数)?(?:が|の)多い課題(?:の)?@RANKING",
            r"課題(?:別|ごと|毎)(?:の|に)?(?:進捗|取組状況|進捗報告|取り組み状況)(?:の)?(?:数|件数)@MOST_FIRST",
        ),
        _per_issue("pol:ProgressUpdate"),
        "→ 取組状況の多い課題（取組状況のある課題のみ）",
        ("issue", "number", "count"),
    ),
    QuestionKind(
        "agency_ranking",
        (
            rf"(?:関与|関わって|担当|関係)?(?:している|する)?{_MEASURES}(?:の)?(?:数)?(?:が|の)多い(?:機関|府省|省庁|組織)(?:の)?@RANKING",
            rf"(?:機関|府省|省庁)(?:別|ごと|毎)(?:の|に)?{_MEASURES}(?:の)?(?:数|件数)@MOST_FIRST",
        ),
        _per(
            "{ SELECT ?item ?agency WHERE { ?item pol:involvesAgency ?agency } }\n"
            "  { { SELECT ?item WHERE { ?item a pol:Measure } }\n"
            "    UNION { SELECT ?item WHERE { ?item a pol:ProgressUpdate } } }\n"
            "  ?agency a pol:Agency ; rdfs:label ?agencyLabel .\n"
            '  FILTER(LANG(?agencyLabel) = "ja" || LANG(?agencyLabel) = "")',
            "agency",
            "item",
            ("agency", "agencyLabel"),
            "DESC(?count) ?agencyLabel",
        ),
        "→ 関わる施策・取組状況の多い機関（下部組織は別に数える）",
        ("agency", "agencyLabel", "count"),
    ),
)
