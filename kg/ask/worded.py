"""Issues and measures asked for by words their labels hold: 「住所に関する課題」「文字コードについての
課題」「汎用システムに関する施策」「顔認証の取組」, and the issue of a measure so named (「APIカタログの
整備はどの課題？」).

Takes the folded question (no law, agency, issue or theme named in it) and the lexicon; gives a
:class:`~kg.ask.outcomes.Reading` of the issues (or measures) whose label holds the words, an
:class:`~kg.ask.outcomes.UnknownName` where no issue's label holds a word said to be in it (an empty
list would answer as if the graph had been asked and had none), or None for a question of another
form or words nothing holds.  施策 so asked are the measures; 取組 the measures and the progress
updates.
"""

from __future__ import annotations

import re

from kg.ask.labelled import TooManyError, sparql_literal
from kg.ask.names import Lexicon
from kg.ask.outcomes import NotUnderstood, Outcome, Reading, UnknownName
from kg.ask.text import word_lists

_WORDED_RE = re.compile(
    r"(?P<word>[^\ue001-\ue005\s()、,。?？]{2,16}?)"
    r"(?P<tie>に関する|に関係する|に関連する|についての|に関わる|関連の|関係の|という言葉を含む|を含む|を含んだ|"
    r"について(?:書かれた|書かれている|述べた|述べている|記載された|記載されている|記載のある)|"
    r"が(?:出てくる|出て来る|含まれる|含まれている|入っている|書かれている)|を扱う|を扱った|に触れた|に触れている|"
    r"に向けた|に向けての|のための|に対する|に係る|をめぐる|における|での|の)"
    r"(?:課題|問題)(?:は|の一覧|一覧|のリスト)?"
)
# ties too loose to say that nothing else was meant where no issue holds the words (「…の課題」)
_LOOSE = {"に向けた", "に向けての", "のための", "に対する", "に係る", "をめぐる", "における", "での", "の"}
# words too general to stand for what an issue is about
_GENERAL = {"これ", "それ", "データ", "もの", "こと", "全体", "すべて", "全て"}


# a class's word with a letter or number after it names one item by its label (「目標B」「施策2」「柱3」):
# words of no label, not the class's word for words (「目標」 is in many labels)
_LABELLED_RE = re.compile(
    r"(?:目標|ゴール|課題|施策|取組|テーマ|柱|基本方針|方針|重点分野|分野)(?:[a-zA-Z]|\d+(?:[.\-]\d+)*)", re.I
)
_LABEL_ONLY = NotUnderstood("番号や記号で名指された項目（「目標B」など）は、その言葉として読めません")

_ISSUES = "?issue a pol:Issue ; rdfs:label ?issueLabel ."


def read_worded_issues(text: str, lexicon: Lexicon) -> Outcome | None:
    m = _WORDED_RE.fullmatch(text)
    if m is None or m["word"] in _GENERAL:
        return None
    word = m["word"]
    if _LABELLED_RE.fullmatch(word):
        return _LABEL_ONLY
    words = [word]
    if not lexicon.issues_holding(word):
        # 「海外でのカード利用」: each of its words (海外, カード, 利用), where one issue's label holds them
        words = next((w for w in word_lists(word) if _one_issue(w, lexicon)), [])
        if not words:
            # 「「APIカタログ」の課題」「顔認証に関係する課題」: the issues of the measures or progress
            # updates that say the words
            of_items = _issues_of(word, lexicon)
            if of_items is None and m["tie"] not in _LOOSE:
                return UnknownName(word, "この言葉を含む課題")
            return of_items
    try:
        # the labels holding the words picked first (:class:`~kg.ask.labelled.Labels`)
        literals = lexicon.labels.holding(("Issue",), words, plain=True) if lexicon.labels else None
    except TooManyError:
        literals = None
    if literals is not None:
        held = (
            f"VALUES ?issueLabel {{ {' '.join(literals)} }}\n  ?issue rdfs:label ?issueLabel ; a pol:Issue ."
        )
    else:
        plain = 'LCASE(REPLACE(STR(?issueLabel), "\\\\s", ""))'
        tests = " && ".join(f"CONTAINS({plain}, {sparql_literal(w)})" for w in words)
        held = f"{_ISSUES}\n  FILTER({tests})"
    sparql = f"""SELECT DISTINCT ?issue ?issueLabel ?document WHERE {{
  {held}
  ?ann_issue oa:hasBody ?issue ; oa:hasTarget ?target_issue .
  ?target_issue oa:hasSource ?doc . ?doc pol:documentId ?document .
}} ORDER BY ?issue"""
    return Reading(
        "issues_worded",
        sparql,
        f"言葉: 「{'」「'.join(words)}」 → その言葉を含む課題の一覧",
        ("issue", "issueLabel", "document"),
        keys=("issue",),
        key_sparql=f"SELECT DISTINCT ?issue WHERE {{\n  {held}\n}}",
    )


def _one_issue(words: list[str], lexicon: Lexicon) -> bool:
    """Whether two words or more are held, each, by one issue's label."""
    return len(words) >= 2 and len(lexicon.issues_named("・".join(words))) == 1


# 「汎用システムに関する施策」「顔認証技術の取組」: the measures (and progress updates) by their words
_ITEMS_RE = re.compile(
    r"(?P<word>[^\ue001-\ue005\s()、,。?？]{2,24}?)"
    r"(?:に関する|に関係する|に関連する|についての|に関わる|関連の|関係の|を含む|を含んだ|"
    r"が(?:出てくる|出て来る|含まれる|含まれている|書かれている)|を扱う|を扱った|に触れた|に触れている|"
    r"に向けた|に向けての|のための|に係る|をめぐる|における|での|"
    r"を(?:活用|利用|使用|導入|推進)(?:する|した|している)|を使う|を使った|の)"
    r"(?P<what>施策|取組|取り組み|取組み)(?:等|など)?(?:は|の一覧|一覧|のリスト)?"
)
# 「APIカタログの整備はどの課題？」「…はどの課題の施策」: the issue a measure so named addresses
_ISSUE_OF_RE = re.compile(
    r"(?P<word>[^\ue001-\ue005\s()、,。?？]{2,40}?)(?:という施策|の?施策|の?取組)?(?:は|って|が)"
    r"(?:どの|どこの|どんな|何の|なんの|いずれの)課題"
    r"(?:の施策|に対する施策|の取組|のもの|への(?:対応|対策|取組|施策)|を解決する(?:もの|施策)|に(?:属する|含まれる|対応する|対応|該当する|該当|対する|入る|入っている)"
    r"(?:もの|施策)?)?(?:なの)?"
)
# a label folded as the words asked are: no spaces or middle dots (「ワンスオンリー」, 「ワンス・オンリー」)
_LABEL = 'LCASE(REPLACE(STR(?{var}), "[\\\\s・]", ""))'


def _held(words: list[str], var: str) -> str:
    label = _LABEL.format(var=var)
    return " && ".join(f"CONTAINS({label}, {sparql_literal(w)})" for w in words)


# each class's items, and the kind of item each is
_CLASSES = {"施策": ("Measure",), "取組": ("Measure", "ProgressUpdate")}
_ITEM_CLASS = {
    "施策": "?item a pol:Measure BIND(pol:Measure AS ?class)",
    "取組": "{ ?item a pol:Measure BIND(pol:Measure AS ?class) }\n"
    "  UNION { ?item a pol:ProgressUpdate BIND(pol:ProgressUpdate AS ?class) }",
}
# the rows of one page's items (a long list is read a page at a time: the items picked first, then
# the rows of a page's items; at 1,000 documents the whole query joins every annotation first)
_ITEM_DETAIL = """SELECT DISTINCT ?item ?itemLabel ?type ?document ?line WHERE {
  VALUES ?item { %KEYS% }
  ?item a ?class ; rdfs:label ?itemLabel .
  FILTER(?class = pol:Measure || ?class = pol:ProgressUpdate)
  BIND(IF(?class = pol:Measure, "施策", "取組状況") AS ?type)
  ?ann_item oa:hasBody ?item ; pol:line ?line ; oa:hasTarget ?target_item .
  ?target_item oa:hasSource ?doc . ?doc pol:documentId ?document .
}"""


def _labelled(what: str, words: list[str], lexicon: Lexicon) -> str | None:
    """The items of ``what`` whose label holds each word, as patterns (their labels listed: the
    labels are looked through once per generation, not scanned by the store each question); None
    where no label holds them."""
    assert lexicon.labels is not None
    clean = [w.replace(chr(92), "").replace(chr(34), "") for w in words]
    literals = lexicon.labels.holding(_CLASSES[what], clean)
    if not literals:
        return None
    listed = " ".join(literals)
    return f"VALUES ?itemLabel {{ {listed} }}\n  ?item rdfs:label ?itemLabel .\n  {_ITEM_CLASS[what]}"


def _too_many(words: list[str], what: str) -> NotUnderstood:
    return NotUnderstood(
        f"「{'」「'.join(words)}」を含む{what}は多すぎて一度に読めません。言葉を足して絞るか、全文検索の結果をご覧ください"
    )


def read_worded_items(text: str, lexicon: Lexicon, first: bool = False) -> Outcome | None:
    """「汎用システムに関する施策」: the measures (施策) or the measures and progress updates (取組) whose
    label holds the words, the closest to what was typed that any label holds; None where none does
    (:class:`~kg.ask.outcomes.NotUnderstood`, said so, where too many labels hold them to list).

    ``first``: tried before the words are read as an issue's name (「在留カードの一体化の施策」 are the
    measures that say so, not every measure of the issue whose label holds the words), with the words
    as typed alone, and not where the issue is said to be meant (「…の課題の施策」)."""
    m = _ITEMS_RE.fullmatch(text)
    if m is None or m["word"] in _GENERAL or lexicon.labels is None:
        return None
    if first and m["word"].endswith("課題"):
        return None
    what = "施策" if m["what"] == "施策" else "取組"
    for words in word_lists(m["word"])[: 1 if first else None]:
        try:
            where = _labelled(what, words, lexicon)
        except TooManyError:
            return _too_many(words, what)
        if where is None:
            continue
        sparql = f"""SELECT DISTINCT ?item ?itemLabel ?type ?document ?line WHERE {{
  {where}
  BIND(IF(?class = pol:Measure, "施策", "取組状況") AS ?type)
  ?ann_item oa:hasBody ?item ; pol:line ?line ; oa:hasTarget ?target_item .
  ?target_item oa:hasSource ?doc . ?doc pol:documentId ?document .
}} ORDER BY ?document ?line ?item"""
        return Reading(
            "items_worded" if what == "取組" else "measures_worded",
            sparql,
            f"言葉: 「{'」「'.join(words)}」 → その言葉を含む{what}",
            ("item", "itemLabel", "type", "document", "line"),
            keys=("item",),
            key_sparql=f"SELECT DISTINCT ?item WHERE {{\n  {where}\n}}",
            detail_sparql=_ITEM_DETAIL,
        )
    return None


def read_issue_of_items(text: str, lexicon: Lexicon) -> Outcome | None:
    """「APIカタログの整備はどの課題？」: the issues of the measures or progress updates whose label holds
    the words; None where none does."""
    m = _ISSUE_OF_RE.fullmatch(text)
    return None if m is None else _issues_of(m["word"], lexicon)


def _issues_of(said: str, lexicon: Lexicon) -> Outcome | None:
    if lexicon.select is None or lexicon.labels is None:
        return None
    if _LABELLED_RE.fullmatch(said):
        return _LABEL_ONLY
    for words in word_lists(said):
        try:
            labelled = _labelled("取組", words, lexicon)
        except TooManyError:
            return _too_many(words, "施策・取組状況")
        if labelled is None:
            continue
        where = f"{labelled}\n  ?item pol:addressesIssue ?issue ."
        if not lexicon.select(f"SELECT ?issue WHERE {{\n  {where}\n}} LIMIT 1"):
            continue
        sparql = f"""SELECT DISTINCT ?issue ?issueLabel ?number ?itemLabel ?document WHERE {{
  {where}
  ?issue rdfs:label ?issueLabel .
  OPTIONAL {{ ?issue pol:number ?number }}
  ?ann_issue oa:hasBody ?issue ; oa:hasTarget ?target_issue .
  ?target_issue oa:hasSource ?doc . ?doc pol:documentId ?document .
}} ORDER BY ?document ?issue"""
        return Reading(
            "issue_of_items",
            sparql,
            f"言葉: 「{'」「'.join(words)}」 → それを含む施策・取組状況の課題",
            ("issue", "issueLabel", "number", "itemLabel", "document"),
            keys=("issue",),
            key_sparql=f"SELECT DISTINCT ?issue WHERE {{\n  {where}\n}}",
            # (the items of a page's issues picked in a subquery first: joined with the labels listed
            # and the issues' rows in one pattern, the store tries every pair)
            detail_sparql=f"""SELECT DISTINCT ?issue ?issueLabel ?number ?itemLabel ?document WHERE {{
  VALUES ?issue {{ %KEYS% }}
  {{ SELECT ?issue ?itemLabel WHERE {{
    VALUES ?issue {{ %KEYS% }}
    ?item pol:addressesIssue ?issue ; rdfs:label ?itemLabel .
    FILTER({_held(words, "itemLabel")})
  }} }}
  ?issue rdfs:label ?issueLabel .
  OPTIONAL {{ ?issue pol:number ?number }}
  ?ann_issue oa:hasBody ?issue ; oa:hasTarget ?target_issue .
  ?target_issue oa:hasSource ?doc . ?doc pol:documentId ?document .
}}""",
        )
    return None
