"""Questions that count or rank: laws by their dependants, issues and measures by theme, issue or
agency, and the totals (the statistics tables are :mod:`kg.ask.rates`).

Takes the shared parts of :mod:`kg.ask.kinds` (its fragments and :class:`QuestionKind`); gives
:data:`COUNT_KINDS`, tried after the kinds there.  An answer here is read whole (one row a law,
theme, issue or agency, or one number).
"""

from __future__ import annotations

from kg.ask.kinds import NAMED_LAW, QuestionKind


def _whole(*patterns: str) -> str:
    """Each pattern read whole as a sub-select of its variables, the sub-selects joined by hash
    (a lookup per row costs more at scale: 3.0 s against 1.0 s for the measures per issue of 1,000
    documents; a number and its label as one pattern looked up the label of each of the 80,496
    numbered things, 3 s, as two scans 0.35 s)."""
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
            "?issue rdfs:label ?issueLabel",
        ),
        "issue",
        "item",
        ("issue", "number", "issueLabel"),
        "DESC(?count) ?number ?issue",
    )


def _per_theme(item_pattern: str) -> str:
    """The items ``item_pattern`` selects per theme, reached through the issues they address or
    placed in the theme itself (a plan's measures listed under a theme that states no issue); a
    theme its plan does not number is counted too."""
    return _per(
        "{ SELECT DISTINCT ?item ?theme WHERE { { ?item pol:addressesIssue/pol:partOfTheme ?theme }\n"
        "    UNION { ?item pol:partOfTheme ?theme } } }\n  "
        + _whole(item_pattern, "?theme rdfs:label ?themeLabel")
        + "\n  OPTIONAL { SELECT ?theme ?number WHERE { ?theme pol:number ?number } }",
        "theme",
        "item",
        ("theme", "themeLabel", "number"),
        "?number ?themeLabel",
    )


def _every_issue(item_class: str) -> str:
    """The items of ``item_class`` per issue, every issue listed (0 where it has none)."""
    return f"""SELECT ?issue ?number ?issueLabel (COUNT(DISTINCT ?item) AS ?count) WHERE {{
  {{ SELECT ?issue WHERE {{ ?issue a pol:Issue }} }}
  OPTIONAL {{ SELECT ?issue ?number WHERE {{ ?issue pol:number ?number }} }}
  OPTIONAL {{ SELECT ?issue ?issueLabel WHERE {{ ?issue rdfs:label ?issueLabel }} }}
  OPTIONAL {{ {{ SELECT ?item ?issue WHERE {{ ?item pol:addressesIssue ?issue }} }}
    {{ SELECT ?item WHERE {{ ?item a {item_class} }} }} }}
}} GROUP BY ?issue ?number ?issueLabel ORDER BY DESC(?count) ?number ?issue"""


# 「課題別」「課題ごと」「各課題」「課題ひとつひとつ」: one row an issue
_EACH_ISSUE = r"(?:課題(?:別|ごと|毎|ひとつひとつ|一つ一つ|1つ1つ|それぞれ)|各課題|それぞれの課題)"
_MEASURES = r"(?:施策|取組|取り組み|措置)(?:等|など)?"
# 「施策・取組」「施策や取組」: the measures and the progress updates, both counted already
_AND_ITEMS = r"(?:(?:・|や|と|及び|および)(?:施策|取組|取り組み|対策|措置|事業)(?:等|など)?)?"
# 施策 (対策, 措置, 事業) of the outline are the measures; 取組 are measures and progress updates
# (kg.ask.outline); a ranking said with 対策 is narrowed to the measures as 施策 is (kg.ask.narrow)
_MEASURE_WORDS = r"(?:施策|措置|対策|事業)(?:等|など)?"
_ITEM_WORDS = r"(?:取組|取り組み|取組み)(?:等|など)?"
_BOTH = "?item a ?class . FILTER(?class IN (pol:Measure, pol:ProgressUpdate))"
# what a count is broken down by when it is by body: a body or a ministry; or a unit of one (a
# ministry's bureau, a city's 課) that owns measures (「担当課別の施策数」「部署ごとの施策の数」)
_BODIES = r"(?:機関|府省|省庁|担当省庁|所管省庁|担当)"
_UNITS = r"(?:担当課|所管課|課|担当部署|部署|担当部局|部局)"
_PROGRESS = r"(?:進捗|進捗状況|取組状況|進捗報告|取り組み状況|フォローアップ)"
_HOW_MANY = (
    r"(?:は|が|って|の数は|の件数は|の数って)?(?:全部で|全体で|合計で|合計|総数)?"
    r"(?:いくつ|何件|何個|幾つ|なんけん)(?:ある|あります)?"
)

COUNT_KINDS: tuple[QuestionKind, ...] = (
    QuestionKind(
        "law_ranking",
        (
            r"(?:依拠する|依拠している|基づく|基づいている|関係する|関係している|関連する|依存する|依拠|関連|関係)?"
            rf"(?:施策|取組|取り組み|対策|措置|事業){_AND_ITEMS}(?:数)?(?:が|の)?(?:多い|数が多い)"
            r"(?:法令|法律|法)(?:の)?(?:ランキング|順|順位|トップ)?",
            r"(?:法令|法律)(?:別|ごと|毎)(?:の|に)?(?:依拠する|関連する|関連|関係する|基づく|依拠|関係|依存する|依存している|"
            r"依拠している|基づいている|関係している)?(?:施策|取組|対策|措置|事業)"
            rf"{_AND_ITEMS}(?:の)?(?:数|件数)@MOST_FIRST",
            r"(?:施策|取組|対策|措置|事業)(?:の)?(?:数|件数)(?:\()?(?:法令|法律)(?:別|ごと|毎)(?:\))?@MOST_FIRST",
            r"(?:法令|法律)(?:の)?ランキング",
            r"(?:法令|法律)に(?:基づく|依拠する|関係する|関連する)(?:施策|取組|対策|措置|事業)(?:の)?(?:数)?(?:が|の)?多い(?:もの|法令|法律)?",
            r"(?:多く)?(?:依拠|参照)されている(?:法令|法律)",
            r"多くの(?:施策|取組|対策|措置|事業)が(?:依拠して|基づいて|関係して)(?:いる)?(?:法令|法律)",
            r"多くの(?:施策|取組|対策|措置|事業)が(?:依拠する|基づく|関係する)(?:法令|法律)",
            # 「施策が依存している法律のランキング」: the laws the items rest on, ranked
            rf"(?:施策|取組|取り組み|対策|措置|事業){_AND_ITEMS}(?:が|の)"
            r"(?:(?:依拠|依存|準拠|関係|関連)(?:する|している|してる)|基づく|基づいている|根拠とする|根拠としている)"
            r"(?:法令|法律)(?:の)?(?:ランキング|順位|トップ)",
        ),
        # a bundle's members and their items each read whole and joined by hash (a lookup of the
        # bundle per item resting on a law took 0.45 s at 1,000 documents, this 0.03 s)
        """SELECT ?law ?lawLabel (COUNT(DISTINCT ?item) AS ?count) WHERE {
  { SELECT ?law ?lawLabel WHERE {
    VALUES ?lawClass { pol:Law pol:LawBundle } ?law a ?lawClass ; rdfs:label ?lawLabel } }
  { { SELECT ?item ?law WHERE { ?item pol:dependsOnLaw ?law } }
    UNION { SELECT ?item ?law WHERE { { SELECT ?item ?member WHERE { ?item pol:dependsOnLaw ?member } }
      { SELECT ?member ?law WHERE { ?member dcterms:isPartOf ?law } } } } }
  { { SELECT ?item WHERE { ?item a pol:Measure } }
    UNION { SELECT ?item WHERE { ?item a pol:ProgressUpdate } } }
} GROUP BY ?law ?lawLabel ORDER BY DESC(?count) ?lawLabel""",
        "→ 依拠する施策・取組状況の多い法令（構成法に依拠するものは法令群にも数える）",
        ("law", "lawLabel", "count"),
    ),
    QuestionKind(
        "issue_count_by_theme",
        (
            r"課題(?:の)?(?:数|件数)@BY_THEME",
            r"@BY_THEME課題(?:の)?(?:数|件数)",
            r"各(?:テーマ|分野)の課題(?:の)?(?:数|件数)",
            r"課題(?:の)?(?:数)?(?:が|の)多い(?:テーマ|分野)(?:の)?@RANKING",
            r"@BY_THEME課題(?:は|が)?(?:いくつ|何件|何個|幾つ)(?:ある|あります)?",
            r"課題(?:は|が|の数は|の件数は)?@BY_THEME(?:いくつ|何件|何個|幾つ)(?:ある|あります)?",
        ),
        # every theme, 0 where no issue is its own (a heading over themes, as 2.4 over 2.4.1–2.4.8)
        """SELECT ?theme ?themeLabel ?number (COUNT(DISTINCT ?issue) AS ?count) WHERE {
  { SELECT ?theme ?number ?themeLabel WHERE {
    { SELECT ?theme WHERE { ?theme a pol:Theme } }
    ?theme rdfs:label ?themeLabel . OPTIONAL { ?theme pol:number ?number }
  } }
  OPTIONAL { { SELECT ?issue ?theme WHERE { ?issue pol:partOfTheme ?theme } }
    { SELECT ?issue WHERE { ?issue a pol:Issue } } }
} GROUP BY ?theme ?themeLabel ?number ORDER BY ?number ?themeLabel""",
        "→ テーマ別の課題の数",
        ("theme", "themeLabel", "number", "count"),
    ),
    QuestionKind(
        "issues_without_progress_by_theme",
        (
            r"@BY_THEME(?:の)?@NO_PROGRESS課題(?:の)?(?:数|件数)",
            r"@BY_THEME(?:の)?@NO_PROGRESS課題(?:は|が)?(?:いくつ|何件|何個|幾つ)(?:ある|あります)?",
            r"@NO_PROGRESS課題(?:の)?(?:数|件数)@BY_THEME",
        ),
        # a breakdown by theme: every theme, those whose issues all have progress with 0
        """SELECT ?theme ?themeLabel ?number (COUNT(DISTINCT ?issue) AS ?count) WHERE {
  { SELECT ?theme ?number ?themeLabel WHERE {
    { SELECT DISTINCT ?theme WHERE { ?part pol:partOfTheme ?theme } }
    ?theme pol:number ?number ; rdfs:label ?themeLabel } }
  OPTIONAL { { SELECT ?issue ?theme WHERE { ?issue pol:partOfTheme ?theme ; a pol:Issue
      MINUS { { SELECT ?progress ?issue WHERE { ?progress pol:addressesIssue ?issue } }
        { SELECT ?progress WHERE { ?progress a pol:ProgressUpdate } } } } } }
} GROUP BY ?theme ?themeLabel ?number ORDER BY ?number ?themeLabel""",
        "→ テーマ別の、取組状況のない課題の数",
        ("theme", "themeLabel", "number", "count"),
    ),
    QuestionKind(
        "theme_list",
        (r"(?:テーマ|分野)(?:の)?(?:一覧|リスト)", r"(?:すべて|全て)の(?:テーマ|分野)"),
        """SELECT ?theme ?themeLabel ?number WHERE {
  ?theme a pol:Theme ; rdfs:label ?themeLabel . OPTIONAL { ?theme pol:number ?number }
} ORDER BY ?number ?theme""",
        "→ テーマの一覧",
        ("theme", "themeLabel", "number"),
    ),
    QuestionKind(
        "themes_without_issues",
        (
            r"課題(?:が|の)?(?:ない|無い|書かれていない|載っていない|記載されていない|挙げられていない|示されていない|"
            r"ひとつもない|一つもない|1つもない)(?:テーマ|分野|項目)(?:は|の一覧|一覧)?",
        ),
        # a heading over themes holds the issues of the themes under its section (2.4 over 2.4.1-2.4.9)
        # (the themes holding issues taken away as two sets: a test of each theme took 5 s at 1,000
        # documents)
        """SELECT ?theme ?themeLabel ?number WHERE {
  { SELECT ?theme ?themeLabel ?number WHERE {
    ?theme a pol:Theme ; rdfs:label ?themeLabel ; pol:number ?number } }
  MINUS { { SELECT DISTINCT ?theme WHERE { { SELECT ?issue ?theme WHERE { ?issue pol:partOfTheme ?theme } }
    { SELECT ?issue WHERE { ?issue a pol:Issue } } } } }
  MINUS { { SELECT DISTINCT ?theme WHERE {
    { SELECT DISTINCT ?held WHERE { { SELECT ?issue ?held WHERE { ?issue pol:partOfTheme ?held } }
      { SELECT ?issue WHERE { ?issue a pol:Issue } } } }
    ?held pol:section ?heldSection . ?heldSection pol:subsectionOf+ ?themeSection .
    ?theme pol:section ?themeSection } } }
} ORDER BY ?number ?theme""",
        "→ 課題のないテーマ（下のテーマの課題も数える）",
        ("theme", "themeLabel", "number"),
    ),
    QuestionKind(
        "theme_total",
        (rf"(?:テーマ|分野){_HOW_MANY}", r"(?:テーマ|分野)(?:の)?(?:総数|数|件数)"),
        "SELECT (COUNT(DISTINCT ?theme) AS ?count) WHERE { ?theme a pol:Theme }",
        "→ テーマの数（すべての文書）",
        ("count",),
    ),
    QuestionKind(
        "issue_total",
        (rf"課題{_HOW_MANY}", r"課題(?:の)?(?:総数|総件数|合計数|数|件数)(?:は)?(?:全部で)?"),
        "SELECT (COUNT(DISTINCT ?issue) AS ?count) WHERE { ?issue a pol:Issue }",
        "→ 課題の数（すべての文書）",
        ("count",),
    ),
    # 「施策は全部で何件」: the measures (the report's 施策); 「取組状況は何件」: the progress updates
    QuestionKind(
        "measures_total",
        (
            rf"(?:施策|措置)(?:等|など)?{_HOW_MANY}",
            r"(?:施策|措置)(?:の)?(?:総数|総件数|合計数|数|件数)(?:は)?(?:全部で)?",
        ),
        "SELECT (COUNT(DISTINCT ?item) AS ?count) WHERE { ?item a pol:Measure }",
        "→ 施策の数（取組状況は数えない。すべての文書）",
        ("count",),
    ),
    QuestionKind(
        "progress_total",
        (rf"{_PROGRESS}{_HOW_MANY}", rf"{_PROGRESS}(?:の)?(?:総数|総件数|合計数|数|件数)(?:は)?(?:全部で)?"),
        "SELECT (COUNT(DISTINCT ?item) AS ?count) WHERE { ?item a pol:ProgressUpdate }",
        "→ 取組状況の数（すべての文書）",
        ("count",),
    ),
    QuestionKind(
        "measures_with_law_total",
        (
            rf"(?:法令|法律|法)に(?:基づく|依拠する|依拠している|基づいている){_MEASURES}{_HOW_MANY}",
            rf"(?:法令|法律|法)に(?:基づく|依拠する|依拠している|基づいている){_MEASURES}(?:の)?(?:数|件数)",
            rf"(?:法令|法律|根拠法|法的根拠)(?:の|が)ある{_MEASURES}(?:の)?(?:数|件数)",
        ),
        # the items resting on a law found first, their class looked up for those alone (every
        # measure looked up for its laws took 0.5 s at 1,000 documents, this 0.05 s)
        "SELECT (COUNT(DISTINCT ?item) AS ?count) WHERE {\n"
        f"  {{ SELECT DISTINCT ?item WHERE {{ ?item {NAMED_LAW} }} }}\n"
        "  ?item a pol:Measure\n}",
        "→ 法令（名前のある法律・法律群）に依拠する施策の数",
        ("count",),
    ),
    QuestionKind(
        "measures_by_theme",
        (
            rf"@BY_THEME{_MEASURE_WORDS}(?:の)?(?:数|件数)@MOST_FIRST",
            rf"{_MEASURE_WORDS}(?:の)?(?:数|件数)@BY_THEME",
            rf"@BY_THEME{_MEASURE_WORDS}(?:は|が)?(?:いくつ|何件|何個|幾つ)(?:ある|あります)?",
            rf"{_MEASURE_WORDS}(?:の)?(?:数)?(?:が|の)多い(?:テーマ|分野)(?:の)?@RANKING",
        ),
        _per_theme("?item a pol:Measure"),
        "→ テーマ別の施策の数（課題を通して、またはテーマの下に）",
        ("theme", "themeLabel", "number", "count"),
    ),
    QuestionKind(
        "measures_by_issue",
        (
            rf"{_EACH_ISSUE}(?:の|に)?{_MEASURE_WORDS}(?:の)?(?:数|件数)@MOST_FIRST",
            rf"{_MEASURE_WORDS}(?:の)?(?:数|件数)(?:\()?課題(?:別|ごと|毎)(?:\))?",
            # 「課題ひとつひとつに施策が何件あるか」
            rf"{_EACH_ISSUE}(?:に|で|の)?{_MEASURE_WORDS}(?:が|は)?(?:何件|いくつ|幾つ|何個)(?:ある|あります)?(?:か)?",
        ),
        # a breakdown by issue: every issue, those without measures with 0
        _every_issue("pol:Measure"),
        "→ 課題別の施策の数（施策のない課題は 0）",
        ("issue", "number", "issueLabel", "count"),
    ),
    QuestionKind(
        "measures_ranked_by_issue",
        (rf"{_MEASURE_WORDS}(?:の)?(?:数)?(?:が|の)多い課題(?:の)?@RANKING",),
        _per_issue("pol:Measure"),
        "→ 施策の多い課題（施策のある課題のみ）",
        ("issue", "number", "issueLabel", "count"),
    ),
    QuestionKind(
        "items_per_theme",
        (
            rf"@BY_THEME{_ITEM_WORDS}(?:の)?(?:数|件数)@MOST_FIRST",
            rf"{_ITEM_WORDS}(?:の)?(?:数|件数)@BY_THEME",
            rf"{_ITEM_WORDS}(?:の)?(?:数)?(?:が|の)多い(?:テーマ|分野)(?:の)?@RANKING",
        ),
        _per_theme(_BOTH),
        "→ テーマ別の施策・取組状況の数（課題を通して）",
        ("theme", "themeLabel", "number", "count"),
    ),
    QuestionKind(
        "items_per_issue",
        (
            rf"課題(?:別|ごと|毎)(?:の|に)?{_ITEM_WORDS}(?:の)?(?:数|件数)@MOST_FIRST",
            rf"{_ITEM_WORDS}(?:の)?(?:数|件数)(?:\()?課題(?:別|ごと|毎)(?:\))?",
            rf"{_ITEM_WORDS}(?:の)?(?:数)?(?:が|の)多い課題(?:の)?@RANKING",
        ),
        _per_issue(_BOTH.removeprefix("?item a ")),
        "→ 課題別の施策・取組状況の数（多い順）",
        ("issue", "number", "issueLabel", "count"),
    ),
    QuestionKind(
        "progress_per_issue",
        (
            rf"課題(?:別|ごと|毎)(?:の|に)?{_PROGRESS}(?:の)?(?:数|件数)@MOST_FIRST",
            rf"{_PROGRESS}(?:の)?(?:数|件数)(?:\()?課題(?:別|ごと|毎)(?:\))?",
            rf"(?:各|それぞれの)課題の{_PROGRESS}(?:の)?(?:数|件数)",
        ),
        # a breakdown by issue: every issue, those without progress with 0 (which issues have none is
        # part of the answer); the ranking below (「進捗が多い課題」) keeps those with some
        _every_issue("pol:ProgressUpdate"),
        "→ 課題別の取組状況の数（取組状況のない課題は 0）",
        ("issue", "number", "issueLabel", "count"),
    ),
    QuestionKind(
        "progress_per_measure",
        (
            rf"(?:施策|取組|取り組み)(?:別|ごと|毎)(?:の|に)?{_PROGRESS}(?:の)?(?:数|件数)@MOST_FIRST",
            rf"{_PROGRESS}(?:の)?(?:数|件数)(?:\()?(?:施策|取組|取り組み)(?:別|ごと|毎)(?:\))?",
            rf"(?:各|それぞれの)(?:施策|取組|取り組み)の{_PROGRESS}(?:の)?(?:数|件数)",
            rf"{_PROGRESS}(?:の)?(?:数|件数)?(?:が|の)多い(?:施策|取組|取り組み)(?:の)?@RANKING",
        ),
        # the updates a plan's status rows report on each measure (where the row tells which)
        _per(
            _whole(
                "?item pol:reportsOn ?measure",
                "?item a pol:ProgressUpdate",
                "?measure rdfs:label ?measureLabel",
            ),
            "measure",
            "item",
            ("measure", "measureLabel"),
            "DESC(?count) ?measureLabel",
        ),
        "→ 施策別の取組状況の数（取組状況が施策を名指すもの。取組状況のない施策は除く）",
        ("measure", "measureLabel", "count"),
    ),
    QuestionKind(
        "progress_by_issue",
        (rf"{_PROGRESS}(?:の)?(?:数|件数)?(?:が|の)多い課題(?:の)?@RANKING",),
        _per_issue("pol:ProgressUpdate"),
        "→ 取組状況の多い課題（取組状況のある課題のみ）",
        ("issue", "number", "issueLabel", "count"),
    ),
    QuestionKind(
        "agency_ranking",
        (
            rf"(?:関与|関わって|担当|関係)?(?:している|する|いる)?{_MEASURES}{_AND_ITEMS}(?:の)?(?:数)?(?:が|の)多い(?:機関|府省|省庁|組織)(?:の)?@RANKING",
            rf"{_BODIES}(?:別|ごと|毎)(?:の|に)?{_MEASURES}(?:の)?(?:数|件数)@MOST_FIRST",
            rf"{_MEASURES}(?:の)?(?:数|件数)\(?{_BODIES}(?:別|ごと|毎)\)?",
            # 「関与の多い省庁ランキング」: how often a body takes part, in the items it is named in
            r"(?:関与|関わり)(?:の|が)(?:多い|大きい)(?:機関|府省|省庁|組織|関係機関)(?:の)?@RANKING",
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
    QuestionKind(
        "unit_ranking",
        (
            rf"{_UNITS}(?:別|ごと|毎)(?:の|に)?{_MEASURES}(?:の)?(?:数|件数)@MOST_FIRST",
            rf"{_MEASURES}(?:の)?(?:数|件数)\(?{_UNITS}(?:別|ごと|毎)\)?",
            # 「担当している施策が多い課」「担当取組が多い部署ランキング」: units ranked as bodies are
            rf"(?:関与|関わって|担当|関係|所管)?(?:している|する|いる)?{_MEASURES}{_AND_ITEMS}(?:の)?(?:数)?"
            rf"(?:が|の)多い(?:{_UNITS}|局|部|室)(?:の)?@RANKING",
            rf"(?:関与|関わり)(?:の|が)(?:多い|大きい)(?:{_UNITS}|局|部|室)(?:の)?@RANKING",
        ),
        _per(
            "{ SELECT ?item ?agency WHERE { ?item pol:involvesAgency ?agency } }\n"
            "  { { SELECT ?item WHERE { ?item a pol:Measure } }\n"
            "    UNION { SELECT ?item WHERE { ?item a pol:ProgressUpdate } } }\n"
            "  ?agency a org:OrganizationalUnit ; rdfs:label ?agencyLabel .\n"
            '  FILTER(LANG(?agencyLabel) = "ja" || LANG(?agencyLabel) = "")',
            "agency",
            "item",
            ("agency", "agencyLabel"),
            "DESC(?count) ?agencyLabel",
        ),
        "→ 関わる施策・取組状況の多い部署（省庁の局、地方公共団体の課など）",
        ("agency", "agencyLabel", "count"),
    ),
    *(
        QuestionKind(
            f"{name}_by_document",
            (
                rf"{words}(?:の)?(?:数|件数)\(?(?:文書|計画)(?:別|ごと|毎)\)?",
                rf"(?:文書|計画)(?:別|ごと|毎)(?:の|に)?{words}(?:の)?(?:数|件数)",
                rf"(?:各文書|各計画|それぞれの文書|それぞれの計画)(?:の)?{words}(?:の)?(?:数|件数)",
            ),
            f"""SELECT ?document ?title (COUNT(DISTINCT ?x) AS ?count) WHERE {{
  {{ SELECT ?x WHERE {{ ?x a {cls} }} }}
  ?ann oa:hasBody ?x ; oa:hasTarget ?target . ?target oa:hasSource ?doc .
  ?doc pol:documentId ?document ; dcterms:title ?title .
}} GROUP BY ?document ?title ORDER BY DESC(?count) ?document""",
            f"→ 文書別の{said}の数",
            ("document", "title", "count"),
        )
        # 「文書ごとの課題数」「施策の数（計画別）」: one row a document
        for name, words, cls, said in (
            ("issues", "課題", "pol:Issue", "課題"),
            ("measures", r"(?:施策|措置)", "pol:Measure", "施策"),
            ("progress", _PROGRESS, "pol:ProgressUpdate", "取組状況"),
            ("goals", r"(?:目標|基本目標)", "pol:Goal", "目標"),
        )
    ),
)
