"""Questions of what a name holds or reaches: the laws a bundle of laws is made of
(「デジタル改革関連法に含まれる法律」) and the themes an agency's work falls under
(「デジタル庁が関係するテーマ」).

Takes :class:`~kg.ask.kinds.QuestionKind`; gives :data:`LINK_KINDS`, tried after the kinds of
:mod:`kg.ask.kinds`.  Each answer is short and read whole.
"""

from __future__ import annotations

from kg.ask.kinds import QuestionKind, compose

_LAWS_WORD = r"(?:法律|法令|法)(?:名)?"

LINK_KINDS: tuple[QuestionKind, ...] = (
    QuestionKind(
        "law_members",
        (
            rf"<L>(?:に|には|で|の中に)?(?:含まれる|含まれている|含まれています|入っている|入っています|"
            rf"まとめられた|束ねられた|を構成する)(?:個別の|個々の)?{_LAWS_WORD}",
            rf"<L>(?:の)?(?:構成法|構成法令|内訳|中身)(?:の{_LAWS_WORD})?",
            rf"<L>(?:に|には)(?:何|なに|どんな|どの|何という|なんという)(?:という)?{_LAWS_WORD}(?:が|は)?"
            r"(?:含まれて(?:いる|います)|入って(?:いる|います)|含まれる)",
            rf"<L>(?:は|って)(?:どの|どんな|何という|なんという){_LAWS_WORD}(?:から|で)"
            r"(?:なる|成る|なっている|成っている|構成されている|構成されています|できている)",
            # 「○○関連法って、どの法律が入ってるの」「○○2法ってどの法律？」: asked as which laws it is
            rf"<L>(?:は|って)(?:どの|どんな|どういう|何という|なんという){_LAWS_WORD}(?:(?:が|を)"
            r"(?:入ってる|入っている|入っています|含んでいる|含んでる|含む|含まれている|含まれてる|含まれる))?(?:の|ですか|か)?",
        ),
        """SELECT DISTINCT ?law ?lawLabel WHERE {
  ?law dcterms:isPartOf $law ; a pol:Law ; rdfs:label ?lawLabel .
  FILTER(LANG(?lawLabel) = "ja" || LANG(?lawLabel) = "")
} ORDER BY ?lawLabel""",
        "法令: {law} → 含まれる法律（dcterms:isPartOf）",
        ("law", "lawLabel"),
    ),
    QuestionKind(
        "agency_themes",
        (
            r"<A>@BY_AGENCY(?:テーマ|分野)",
            r"<A>(?:は|が)(?:どの|どんな|どういう|いずれの|何の)(?:テーマ|分野)に(?:関係|関連|関与|関わって|かかわって|"
            r"関わり|対応)(?:します|している|しています|してる|する|いる|います|がある|があります)?",
        ),
        # the agency itself or one of its offices or councils, through the issues its items address:
        # the issues found first as agency_issues finds them (one path from the agency through every
        # item to every theme took 2.8 s at 1,000 documents, this 0.5 s)
        compose("""SELECT DISTINCT ?theme ?themeLabel ?number WHERE {
  { SELECT DISTINCT ?issue WHERE { %AGENCY_ISSUES% } }
  ?issue pol:partOfTheme ?theme .
  ?theme pol:number ?number ; rdfs:label ?themeLabel .
} ORDER BY ?number ?theme"""),
        "機関: {agency}（下部組織を含む） → 関わる施策・取組状況の課題が属するテーマ",
        ("theme", "themeLabel", "number"),
    ),
)
