"""The kinds of question understood: cue patterns → a SPARQL template over the contract's terms.

One row per kind.  ``patterns`` are regular expressions matched against the
whole folded question (:func:`kg.ask.text.core`) after the names in it were
replaced by a slot mark: ``<L>`` a law (or a bundle), ``<A>`` an agency, ``<E>``
either, ``<I>`` an issue number, ``<P>`` a period.  ``@WORD`` stands for a
shared fragment of :data:`~kg.ask.cues.FRAGMENTS`.  A question is understood only when a
pattern matches all of it, so a question with words no pattern accounts for
(「…の予算」) is not mistaken for a near one.

``template`` is the query, with ``$law``, ``$agency``, ``$entity``, ``$issue``
(IRIs) and ``$start``, ``$end``, ``$until`` (``"YYYY-MM"`` literals) filled in; ``reading``
says in words how the question was read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kg.rdf.ontology import class_label

# Parts shared by the templates, put in by name (%NAME%); $law, $agency, $entity,
# $issue, $start and $end are the slots filled when a question is read.
#
# Oxigraph joins one group of triple patterns in the best order it finds, looking each
# row up in the indexes in turn, but evaluates an OPTIONAL, UNION or VALUES group apart
# and joins it afterwards.  So a condition that starts from one entity (a law, an
# agency) is one group of patterns (a bundle's members by the path
# ``dcterms:isPartOf?``, the classes by ``FILTER(?class IN …)`` on the item's own
# types, not by VALUES), the BINDs and FILTERs after it; "without" is a MINUS (one
# anti-join), not a FILTER NOT EXISTS (a search per row).  A condition over every date,
# issue or figure of the store is written the other way round: each pattern a
# ``{ SELECT … }`` of its own, read whole in one pass of an index and joined to the
# others by hash, since a lookup per row (some 10 µs each on a large store) costs more
# than reading the whole index once.
_PARTS = {
    # where an item was read from: its document and line (every item has that annotation)
    "%ITEM_WHERE%": "?ann_item oa:hasBody ?item ; pol:line ?line ; oa:hasTarget ?target_item .\n"
    "  ?target_item oa:hasSource ?doc . ?doc pol:documentId ?document .",
    "%ISSUE_WHERE%": "?ann_issue oa:hasBody ?issue ; oa:hasTarget ?target_issue .\n"
    "  ?target_issue oa:hasSource ?doc . ?doc pol:documentId ?document .",
    "%ITEM_CLASS%": "?item a ?class . FILTER(?class IN (pol:Measure, pol:ProgressUpdate))",
    "%ITEM_TYPE%": 'BIND(IF(?class = pol:Measure, "%MEASURE%", "%PROGRESS%") AS ?type)',
    "%ITEM_ROW%": "?item rdfs:label ?itemLabel .\n  %ITEM_TYPE%\n  %ITEM_WHERE%",
    # an issue stated in prose (「…は重要な課題です」) has no number
    "%ISSUE_ROW%": "?issue rdfs:label ?issueLabel .\n"
    "  OPTIONAL { ?issue pol:number ?number }\n  %ISSUE_WHERE%",
    # the Measure and ProgressUpdate items, each read whole (see above)
    "%ITEM_CLASSES%": "{ { SELECT ?item ?class WHERE { ?item a pol:Measure BIND(pol:Measure AS ?class) } }\n"
    "    UNION { SELECT ?item ?class WHERE {\n"
    "      ?item a pol:ProgressUpdate BIND(pol:ProgressUpdate AS ?class) } } }",
    # A date expression's months, from its start (or its end, for 「～3年7月」) to its end;
    # an open end (「3年10月～」) runs on where %OPEN% is true, and else counts in the unit it
    # starts in: its month, its year (「2021年～」) or its fiscal year (「令和3年度～」, April to
    # March, as 「令和3年度」 alone would).  A date that names the period an object's records
    # cover (「3年9月診療分以降」「令和3年分」, pol:coveredPeriod) is not when anything is done
    # or planned, and is left out.  The dates in the period are picked from the start, end and
    # open-end indexes before anything is joined.  A date written to the year or the fiscal year
    # alone (「令和3年度」「2024年」) does not say in which month anything happens: for a period
    # shorter than a year ``$narrow`` leaves it out (see :data:`NARROW`).
    "%MONTHS%": """{ SELECT ?w ?from ?begins ?yearOnly WHERE {
    { SELECT ?w ?open WHERE { ?w pol:openEnded ?open } }
    OPTIONAL { SELECT ?w ?s0 WHERE { ?w pol:start ?s0 } }
    OPTIONAL { SELECT ?w ?e0 WHERE { ?w pol:end ?e0 } }
    BIND(COALESCE(STR(?s0), STR(?e0)) AS ?s1)%UNIT%
    BIND(IF(BOUND(?e0), STR(?e0), IF(%OPEN% && ?open, "9999", ?unit)) AS ?e1)
    BIND(IF(STRLEN(?s1) = 4, CONCAT(?s1, "-01"), SUBSTR(?s1, 1, 7)) AS ?from)
    BIND(IF(STRLEN(?e1) = 4, CONCAT(?e1, "-12"), SUBSTR(?e1, 1, 7)) AS ?to)
    BIND(IF(BOUND(?s0), ?from, "") AS ?begins)
    BIND(STRLEN(?s1) = 4 AS ?yearOnly)
    FILTER(?from <= $end && ?to >= $start)
    MINUS { SELECT ?w WHERE { ?w pol:coveredPeriod true } }
  } }
  { SELECT ?w ?dateText WHERE { ?w pol:dateText ?dateText } }$narrow
  { SELECT ?w ?planned WHERE { ?w pol:planned ?planned } }
  { SELECT ?item ?w WHERE { ?item pol:when ?w } }%DOCUMENT%""",
    # the month of the document an item was read from (to tell planned from done):
    # its annotation looked up for the items dated in the period alone, the dates of
    # the documents read whole
    "%ITEM_ISSUED%": """
  ?ann_item oa:hasBody ?item ; oa:hasTarget ?target_item .
  ?target_item oa:hasSource ?doc .
  { SELECT ?doc ?issued WHERE { ?doc dcterms:issued ?issued } }""",
    # the items an agency is involved in, itself or through one of its offices or councils
    "%AGENCY_ITEMS%": "?body org:subOrganizationOf* $agency .\n  ?item pol:involvesAgency ?body .",
    # the issues of those items: each depth of office one group of patterns starting from the
    # agency (a path of any length in the group, or a sub-select of the items joined to the issues,
    # let Oxigraph start from every issue: 20 to 30 times slower at 1,000 documents); offices of
    # offices of offices are not looked for
    "%AGENCY_ISSUES%": "{ { ?item pol:involvesAgency $agency ;\n"
    "      pol:addressesIssue ?issue . ?issue a pol:Issue }\n"
    "    UNION { ?body org:subOrganizationOf $agency . ?item pol:involvesAgency ?body ;\n"
    "      pol:addressesIssue ?issue . ?issue a pol:Issue }\n"
    "    UNION { ?body org:subOrganizationOf ?office . ?office org:subOrganizationOf $agency .\n"
    "      ?item pol:involvesAgency ?body ; pol:addressesIssue ?issue . ?issue a pol:Issue } }",
    # the unit an open date starts in (see %MONTHS%), where an open end does not run on
    "%FISCAL_UNIT%": """
    OPTIONAL { SELECT ?w ?words WHERE { ?w pol:dateText ?words } }
    BIND(IF(?open && STRLEN(?s1) >= 7 && CONTAINS(COALESCE(?words, ""), "年度"),
            CONCAT(STR(xsd:integer(SUBSTR(?s1, 1, 4)) + 1), "-03"), ?s1) AS ?unit)""",
    "%DOC_MONTH%": "BIND(SUBSTR(STR(?issued), 1, 7) AS ?docMonth)",
    "%MEASURE%": class_label("Measure"),
    "%PROGRESS%": class_label("ProgressUpdate"),
}


# What a question means by "a law" (「法令のない施策」「法律が関係する課題」): a law or a bundle of laws
# the text names, depended on itself or through a legislative action that amends it or is part of it.
# An act of legislation that names no law (「戸籍における法制化」) is no law one could point to.  (Said as
# the actions to leave out, not the classes to keep: a class looked up per item is 20 times slower at
# 1,000 documents.)
NAMED_LAW = (
    "pol:dependsOnLaw ?namedLaw .\n"
    "    MINUS { ?namedLaw a pol:LegislativeAction .\n"
    "      MINUS { ?namedLaw pol:amendsLaw|dcterms:isPartOf ?actLaw } }"
)


# Put for ``$narrow`` when the period asked is shorter than a year (「2021年5月」「1月から3月」).
NARROW = '\n  FILTER(!?yearOnly && !CONTAINS(?dateText, "年度"))'


def _compose(text: str, **extra: str) -> str:
    parts = {**{f"%{k.upper()}%": v for k, v in extra.items()}, **_PARTS}
    while any(name in text for name in parts):
        for name, part in parts.items():
            text = text.replace(name, part)
    return text


def compose(text: str) -> str:
    """``text`` with the shared parts (``%NAME%``) put in."""
    return _compose(text)


@dataclass(frozen=True, slots=True)
class Paged:
    """A kind whose answer is a long list, read a page at a time.

    ``condition`` picks the rows by ``keys`` (the first an IRI, the entity each row
    is about); ``details`` adds the rest of each row for that entity (its label,
    document, line), with ``restate`` the patterns of the condition it needs too.
    The answer is the query :func:`paged` composes (its rows ordered by the keys);
    it is run as the keys alone, sorted here, and the details of one page's
    entities in one query.
    """

    keys: tuple[str, ...]
    condition: str
    details: str
    restate: str = ""
    distinct: bool = True


def paged(columns: tuple[str, ...], spec: Paged) -> str:
    """The whole query of a paged kind: its condition and details, ordered by its keys."""
    select = "SELECT DISTINCT" if spec.distinct else "SELECT"
    order = " ".join(f"?{k}" for k in spec.keys)
    return _compose(
        f"{select} {' '.join('?' + c for c in columns)} WHERE {{\n  {spec.condition}\n  {spec.details}\n}}"
        f" ORDER BY {order}"
    )


@cache
def key_query(spec: Paged) -> str:
    """The keys of every row of a paged kind, in no order."""
    return _compose(
        f"SELECT DISTINCT {' '.join('?' + k for k in spec.keys)} WHERE {{\n  {spec.condition}\n}}"
    )


@cache
def detail_query(columns: tuple[str, ...], spec: Paged) -> str:
    """The rows of a paged kind for the entities put in for ``%KEYS%`` (IRIs, space-separated)."""
    key = spec.keys[0]
    wanted = [key, *(c for c in columns if c not in spec.keys)]
    select = "SELECT DISTINCT" if spec.distinct else "SELECT"
    restate = f"\n  {spec.restate}" if spec.restate else ""
    return _compose(
        f"{select} {' '.join('?' + c for c in wanted)} WHERE {{\n  VALUES ?{key} {{ %KEYS% }}"
        f"{restate}\n  {spec.details}\n}}"
    )


def dated(open_end: bool, condition: str = "", fiscal: bool = True) -> Paged:
    """The items dated in the period; ``fiscal``: an open date from a fiscal year (「令和3年度～」) counts
    in that whole year (else in the month it starts: the dates' words are not read, which is faster)."""
    return Paged(
        ("item", "dateText"),
        _compose(
            "%ITEM_CLASSES%\n  %MONTHS%" + (f"\n  {condition}" if condition else ""),
            open="true" if open_end else "false",
            unit="%FISCAL_UNIT%" if fiscal and not open_end else "\n    BIND(?s1 AS ?unit)",
            document="%ITEM_ISSUED%" if "?docMonth" in condition else "",
        ),
        "%ITEM_ROW%",
        restate="%ITEM_CLASS%",
    )


@dataclass(frozen=True, slots=True)
class QuestionKind:
    """One kind of question: how it is said, the query it becomes, how its reading is worded."""

    name: str
    patterns: tuple[str, ...]
    template: str
    reading: str
    columns: tuple[str, ...]
    paged: Paged | None = None  # a long list: read a page at a time (else the whole answer is read)


def _paged(
    name: str, patterns: tuple[str, ...], spec: Paged, reading: str, columns: tuple[str, ...]
) -> QuestionKind:
    return QuestionKind(name, patterns, paged(columns, spec), reading, columns, spec)


KINDS: tuple[QuestionKind, ...] = (
    _paged(
        "law_amends",
        (
            r"<L>@AMENDING@ITEMS",
            r"(?:どの|どんな|どういう)?@ITEMS(?:が|で)<L>(?:を|が|で|により|によって)?(?:法|法律)?改正(?:した|された|している)",
            # 「マイナンバー法の改正」「番号法　改正」 (typed apart, read with の): what amends it (what an
            # amendment says, 「…の改正内容」, is not in the graph)
            r"<L>(?:の)?(?:法改正|改正)(?:の)?(?:一覧)?",
        ),
        Paged(
            ("item",),
            # the amending items read whole before their classes (with the classes in one group,
            # Oxigraph started from every typed node: minutes at 1,000 documents, now 80 ms)
            "{ SELECT DISTINCT ?item WHERE {\n"
            "    { ?item pol:amendsLaw/dcterms:isPartOf? $law }\n"
            "    UNION { ?item pol:dependsOnLaw ?action . ?action a pol:LegislativeAction ;\n"
            "            pol:amendsLaw/dcterms:isPartOf? $law }\n"
            "    UNION { ?item pol:dependsOnLaw ?action . ?action a pol:LegislativeAction ;\n"
            "            pol:actionKind ?actionKind ; dcterms:isPartOf $law .\n"
            '            FILTER(?actionKind IN ("amendment", "revision")) } } }\n'
            "  %ITEM_CLASSES%",
            "%ITEM_ROW%",
            "%ITEM_CLASS%",
        ),
        "法令: {law}{members} → 改正する施策・取組状況（改正と書かれたもの）",
        ("item", "itemLabel", "type", "document", "line"),
    ),
    _paged(
        "law_items",
        (
            r"<L>@ON_LAW@ITEMS",
            r"(?:どの|どんな|どういう)?@ITEMS(?:が|は)<L>@ON_LAW",
            # 「根拠法がデジタル改革関連法の施策」: the law named as the items' basis
            r"(?:根拠法|根拠法令|根拠となる法律|根拠となる法令|根拠の法律|法的根拠|根拠)(?:が|は)<L>"
            r"(?:の|である|となる|となっている|になっている|となった)@ITEMS",
            r"<L>(?:に基づいて|に基づき|によって|により|で|を根拠に)(?:何が|なにが|どんなことが|どのようなことが|どんな@ITEMSが)"
            r"(?:行われ|実施され|進められ|実現し|実現され|措置され)(?:ている|ています|た|ました)",
            # 「…法関係」「…法関連」 said alone: what bears on a law the graph knows (its name alone
            # is looked up in the text; words merely ending in 法律 are some other question)
            r"(?=\ue001)<L>(?:関係|関連)",
        ),
        Paged(
            ("item",),
            # a bundle has thousands of dependants: their classes are read whole (see above)
            "{ SELECT DISTINCT ?item WHERE { ?item pol:dependsOnLaw/dcterms:isPartOf? $law } }\n"
            "  %ITEM_CLASSES%",
            "%ITEM_ROW%",
            "%ITEM_CLASS%",
        ),
        "法令: {law}{members} → 依拠する施策・取組状況",
        ("item", "itemLabel", "type", "document", "line"),
    ),
    _paged(
        "law_issues",
        (r"<L>@ON_LAW課題", r"<L>@WHICH_ISSUE"),
        Paged(
            ("issue",),
            # what rests on the law: the issue itself, or what serves the issue
            "{ SELECT DISTINCT ?x WHERE { ?x pol:dependsOnLaw/dcterms:isPartOf? $law } }\n"
            "  { { SELECT ?x ?issue WHERE { ?x pol:addressesIssue ?issue } }\n"
            "    UNION { SELECT ?x ?issue WHERE { ?x a pol:Issue BIND(?x AS ?issue) } } }\n"
            "  { SELECT ?issue WHERE { ?issue a pol:Issue } }",
            "%ISSUE_ROW%",
        ),
        "法令: {law}{members} → 依拠する施策・取組状況が取り組む課題",
        ("issue", "issueLabel", "number", "document"),
    ),
    _paged(
        "agency_items",
        (
            r"<A>@BY_AGENCY@ITEMS",
            r"<A>(?:は|が|って)(?:何を|なにを|何に|何|なに)(?:している|しています|していますか|する|した|やっている|行っている|"
            r"行っています|担当している|取り組んでいる|取り組んでいます|進めている|担っている|手がけている|所管している)",
            # a council's topics: 「…検討会で何を検討している」「…研究会の検討内容」「…小委員会の議題」
            r"<A>(?:で|では|において|にて|は|が)?(?:何を|なにを|どんなことを|どのようなことを|何が|なにが|どんなことが)"
            r"(?:検討|議論|審議|協議|調査審議|話し合)(?:して(?:いる|いた)|された|されている|した|する|っている|われている|われた)",
            r"<A>(?:で|では|において|の|が)?(?:検討内容|検討事項|検討テーマ|検討項目|議論の内容|審議内容|審議事項|議題|議事|論点)",
            r"<A>(?:で|では|において|が)?(?:(?:検討|議論|審議|協議|調査審議)(?:している|していた|した|された|されている|する|中の)"
            r"|話し合(?:われている|われた|っている|った|う))(?:内容|事項|テーマ|こと|もの)",
            r"<A>(?:の)?(?:関与|担当|所管|関わり)(?:する|している)?(?:施策|取組)?",
            # 「…の役割」「…の担当業務は」: what the body is given to do
            r"<A>(?:の|が)?(?:果たす|担う)?(?:役割|役目|担当業務|担当分野|受け持ち)",
            r"<A>(?:は|が)(?:どんな|どのような|どういう)@ITEMS(?:を)?(?:している|しています|行っている|行っています|"
            r"進めている|進めています|実施している|実施しています|担当している|担当しています)",
        ),
        # an agency's own offices and councils (org:subOrganizationOf) act for it: 法務省's answer
        # holds what its 法制審議会 does
        Paged(("item",), "%AGENCY_ITEMS%\n  %ITEM_CLASS%", "%ITEM_ROW%", "%ITEM_CLASS%"),
        "機関: {agency}（下部組織を含む） → 関わる施策・取組状況",
        ("item", "itemLabel", "type", "document", "line"),
    ),
    _paged(
        "agency_issues",
        (r"<A>@BY_AGENCY課題(?:番号)?", r"<A>@WHICH_ISSUE"),
        Paged(
            ("issue",),
            "%AGENCY_ISSUES%",
            "%ISSUE_ROW%",
        ),
        "機関: {agency}（下部組織を含む） → 関わる施策・取組状況が取り組む課題",
        ("issue", "issueLabel", "number", "document"),
    ),
    QuestionKind(
        "issue_progress",
        (
            r"<I>(?:の|に関する|についての|に対する|について|に関して|に係る)?(?:最新の?|これまでの|現在の|今の|直近の)?@PROGRESS",
            r"<I>(?:は|が|って|の取組は)?(?:今|いま|現在)?どこまで"
            r"(?:進ん(?:でいる|でいます|でる|だ)|(?:来|き|行|い)て(?:いる|います|る)|来た|きた|行った|いった)",
            # 「…について、これまでにやったこと」: what has been done on it so far
            r"<I>(?:について|に関して|に関し|で|の)?、?(?:これまでに|これまで|今までに|今まで|いままでに|いままで)"
            r"(?:やった|行った|行われた|実施した|実施された|した|された|進めた|取り組んだ)(?:こと|取組|取り組み)",
            r"<I>(?:は|が|って|の状況は|の取組は|の進捗は|の進捗状況は|の取組状況は|の進み具合は)?(?:今|いま|現在|現状)?"
            r"(?:どうなって(?:いる|います|る)|どうなった|どうなりました)",
            r"<I>の(?:現状|最新状況|最新の状況|動き)",
        ),
        _compose("""SELECT ?item ?itemLabel (MIN(STR(?when)) AS ?date) ?document ?line WHERE {
  ?item a pol:ProgressUpdate ; pol:addressesIssue $issue ; rdfs:label ?itemLabel .
  %ITEM_WHERE%
  OPTIONAL { ?item pol:when ?w . ?w pol:start|pol:end ?when }
} GROUP BY ?item ?itemLabel ?document ?line
ORDER BY (!BOUND(?date)) ?date ?line ?itemLabel"""),
        "課題: {issue} → 取組状況（日付順）",
        ("item", "itemLabel", "date", "document", "line"),
    ),
    QuestionKind(
        "issue_measures",
        (
            r"<I>(?:の|に関する|に対する|についての|を解決する|のための|向けの|に関係する|に関連する|に対応する|"
            r"に係る|への|について(?:の)?|(?:に|と)(?:紐づ|紐付|ひもづ|ひも付|結びつ|結び付)(?:く|いた|いている))?(?:具体的)?(?:な)?"
            r"(?:施策|措置|取組方針|対策|対応策|解決策|事業)(?:等|など)?",
        ),
        _compose("""SELECT DISTINCT ?item ?itemLabel ?document ?line WHERE {
  ?item a pol:Measure ; pol:addressesIssue $issue ; rdfs:label ?itemLabel .
  %ITEM_WHERE%
} ORDER BY ?document ?line"""),
        "課題: {issue} → 施策",
        ("item", "itemLabel", "document", "line"),
    ),
    QuestionKind(
        "issue_agencies",
        (
            r"<I>(?:に|を|の|で)?(?:関わる|関わっている|関与する|関与している|担当する|担当している|担当の|"
            r"所管する|所管の|関係する|関係している|取り組む|取り組んでいる)?"
            r"(?:機関|省庁|府省|府省庁|組織|官庁|担当省庁|担当機関|所管省庁|所管官庁|担当府省|担当部局|担当|所管)(?:名)?",
        ),
        """SELECT DISTINCT ?agency ?agencyLabel WHERE {
  ?item pol:addressesIssue $issue ; pol:involvesAgency ?agency .
  ?agency rdfs:label ?agencyLabel .
  FILTER(LANG(?agencyLabel) = "ja" || LANG(?agencyLabel) = "")
} ORDER BY ?agencyLabel""",
        "課題: {issue} → 関わる機関（施策・取組状況を通して）",
        ("agency", "agencyLabel"),
    ),
    QuestionKind(
        "issue_laws",
        (
            # 「課題3.2の法律」「課題3.2　根拠法」「課題1-1に関係する法令」: the laws it, or what
            # serves it, rests on
            r"<I>(?:に|の|で)?(?:関係する|関連する|関わる|依拠する|基づく|根拠となる|の根拠となる)?"
            r"(?:法令|法律|根拠法|根拠法令|関係法令|関連法令|関係法|関連法)(?:名|の一覧|一覧)?",
        ),
        """SELECT DISTINCT ?law ?lawLabel WHERE {
  { $issue pol:dependsOnLaw|pol:amendsLaw ?law }
  UNION { ?item pol:addressesIssue $issue ; pol:dependsOnLaw|pol:amendsLaw ?law }
  VALUES ?class { pol:Law pol:LawBundle }
  ?law a ?class ; rdfs:label ?lawLabel .
  FILTER(LANG(?lawLabel) = "ja" || LANG(?lawLabel) = "")
} ORDER BY ?lawLabel""",
        "課題: {issue} → 依拠する法令（課題と、その施策・取組状況が）",
        ("law", "lawLabel"),
    ),
    _paged(
        "issue_list",
        (r"課題(?:の)?(?:一覧|リスト)", r"すべての課題", r"全ての課題"),
        Paged(("issue",), "?issue a pol:Issue .", "%ISSUE_ROW%"),
        "→ 課題の一覧",
        ("issue", "issueLabel", "number", "document"),
    ),
    _paged(
        "mentions",
        (
            r"<E>(?:が|は|の|に)?(?:言及|記載|登場|出現|記述)(?:されている|されています|された|している|する|した|の)?@WHERE?",
            r"<E>(?:への|に対する|についての|に関する)(?:言及|記載|記述)@WHERE?",
            r"<E>(?:に|について)(?:触れている|触れた|言及している|言及した|言及がある)@WHERE",
            r"<E>(?:について|に関して|に関する|への|の)(?:記述|記載|言及)(?:が|の)(?:ある|あります)@WHERE",
            r"<E>(?:が|は|の|について|に関して|に関する|に触れた|に触れている)?(?:出てくる|出てきた|書かれている|書かれた|書いてある|現れる|載っている|出ている)@WHERE",
            r"<E>(?:は|が|って)?どこで(?:言及されている|言及されています|触れられている|出てくる|登場する|記載されている|"
            r"書かれている|出ている)",
            r"<E>(?:は|が|って)?どこに(?:出てくる|出てきますか|出てきます|書かれている|書かれています|書いてある|ある|あります|載っている|載っています"
            r"|記載されている|言及されている|登場する)",
        ),
        Paged(
            ("ann",),
            "?ann oa:hasBody $entity .",
            "?ann pol:line ?line ; oa:hasTarget ?target .\n"
            "  ?target oa:hasSource ?doc ; oa:hasSelector ?selector .\n"
            "  ?doc pol:documentId ?document . ?selector oa:exact ?exact .",
            distinct=False,
        ),
        "{what}: {entity} → 言及されている箇所",
        ("document", "line", "exact"),
    ),
)

# 「テーマ2の施策」「課題3.2の取組」: every item, asked only within a theme or an issue (the whole list of a
# large store is no question anyone asks).
SCOPED_ITEMS = _paged(
    "items_within",
    (r"(?:課題の|課題に対する|各課題の)?@ITEMS(?:の)?(?:一覧|リスト)?",),
    Paged(("item",), "%ITEM_CLASSES%", "%ITEM_ROW%", "%ITEM_CLASS%"),
    "→ 施策・取組状況",
    ("item", "itemLabel", "type", "document", "line"),
)
