"""The words of a question's parts, as data: the verbs and nouns of each relation, the nouns of each
class asked for, and the words that only join them.

Takes nothing; gives :data:`WORDS`, each surface form of a word with its part (a relation, a class,
a joining word), the verbs given once in their dictionary form and conjugated here (基づく →
基づいた, 基づいている, 基づいてる, 基づき …).  Only affirmative forms are made: a negation
(基づかない) or a word of no part stays unknown, and a question holding one is not read by parts
(:mod:`kg.ask.parts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache


@dataclass(frozen=True, slots=True)
class Word:
    """A word of a question: its part (relation, class, join, carried, do, when, count, being, named,
    many, most, ordered, or name) and what it says of that part."""

    part: str
    what: str
    text: str


# What a relation word says of the name it follows: ``law`` rests on a law, ``agency`` done by or
# involving an agency, ``either`` said of both (関係する, 関わる), ``amend`` amends a law.
LAW_VERBS = (
    "基づく", "もとづく", "依拠する", "準拠する", "立脚する", "即する", "則する", "沿う", "のっとる",
    "踏まえる", "伴う", "受ける", "根ざす", "由来する", "紐づく", "紐付く", "ひもづく", "結びつく", "定める",
)  # fmt: skip
# 「…の規定に基づく」「…の規定による」: the provisions of a law are the law
LAW_PROVISIONS = (
    "の下で",
    "のもとで",
    "の下での",
    "のもとでの",
    "の規定に",
    "の規定により",
    "の規定による",
    "の規定で",
    "の条文に",
    "の定めに",
    "の定めによる",
)
AGENCY_VERBS = (
    "担当する", "所管する", "管轄する", "主管する", "所掌する", "関与する", "携わる", "担う", "主導する",
    "受け持つ", "司る", "つかさどる",
)  # fmt: skip
# Verbs of doing: who does it, said of an agency (「総務省がやっている」); the means, said of a law after
# で or after a relation (「…法で進めている」「…法に基づいてやっている」); when, said of a period.
DO_VERBS = ("実施する", "行う", "進める", "取り組む", "手がける", "手掛ける", "推進する", "やる")
EITHER_VERBS = (
    "関係する", "関連する", "関わる", "かかわる", "係る", "係わる", "かかる", "絡む", "からむ", "よる",
    "関する",
)  # fmt: skip
AMEND_VERBS = ("改正する",)
# What a thing is about, said of any name: 「課題3.2についての進捗」「…に対する措置」.
ABOUT = (
    "について", "についての", "に関しての", "に対する", "に対しての", "向けの", "のための", "に向けた",
    "を解決する", "を解決するための", "の解決に向けた", "の解決のための", "を解消する", "を解消するための",
)  # fmt: skip
# Nouns that say the relation with 「とする」「となる」「の」 after them: 「…を法的根拠とする」
# 「…がベースの」.
LAW_BASES = ("根拠", "法的根拠", "根拠法", "根拠法令", "ベース", "前提", "土台", "よりどころ", "拠り所")
_BASE_TAILS = (
    "とする", "とした", "としている", "にする", "にした", "にしている", "となる", "となっている",
    "になっている", "の", "として", "に", "に持つ", "として持つ", "を持つ", "を置く", "をおく", "を置いた",
    "を置いている", "がある", "のある",
)  # fmt: skip
# Nouns that say who carries an item out: 「総務省が主体となって進める」「総務省が実施主体の」.
AGENCY_BASES = ("主体", "実施主体", "中心", "担い手", "主導")
_AGENCY_TAILS = ("となる", "となって", "となった", "となっている", "の", "として", "で", "になって", "になる")
# Verbs of an issue's text listing its measures: 「課題3.2で挙げられている施策」.
LISTING_VERBS = ("挙げる", "掲げる", "示す", "記載する", "書く", "載せる", "盛り込む")
# Verbs of a text naming something: 「デジタル庁が言及されている箇所」「…の名前が載っている行」.
MENTION_VERBS = ("言及する", "記載する", "登場する", "記述する", "出現する")
MENTION_FORMS = (
    "出てくる", "出て来る", "出てきた", "出ている", "出る", "触れる", "触れた", "触れている",
    "触れられている", "書かれている", "書かれた", "書いてある", "載っている", "載る", "載った", "現れる",
    "見える", "使われている", "の記載がある", "の記載のある", "の言及がある", "の言及のある",
    "について書かれている", "に触れた",
)  # fmt: skip
# 「…という語が出てくる」「…の名前が載っている」: the name said to be a name
NAMED = (
    "という語",
    "という言葉",
    "という単語",
    "という用語",
    "という名前",
    "の名前",
    "の名称",
    "という文言",
    "の文字",
)
# Words of when an item is planned: 「令和4年度に予定されている」「…に計画されている」「…の実施予定の」.
PLANNED_VERBS = ("予定する", "計画する")
PLANNED_FORMS = (
    "予定", "実施予定", "実施予定の", "予定の", "見込み", "見込みの", "見込まれる", "見込まれている",
    "が予定されている", "が計画されている", "行う予定の", "実施する予定の", "実施される予定の",
    "行われる予定の", "予定がある", "予定のある", "の予定がある", "の予定のある", "計画がある",
    "の計画がある",
)  # fmt: skip
# Words of an item done: 「2021年に実施済みの」「…の実績」.
DONE_FORMS = ("実施済み", "実施済みの", "実績", "の実績", "実施済", "済み", "済みの")
# 「テーマ3に含まれる課題」: what a theme holds
WITHIN_FORMS = (
    "にある",
    "にあります",
    "含まれる",
    "含まれている",
    "属する",
    "属している",
    "入る",
    "入っている",
    "分類される",
    "分類されている",
)
# What a ranking ranks (「…が多い法令」「…が最も多い課題」), and how it says "most".
RANKED = {
    "laws": ("法令", "法律", "法"),
    "agencies": ("機関", "省庁", "府省", "府省庁", "組織", "官庁"),
    "themes": ("テーマ", "分野"),
    # a body's units (a ministry's 局, a city's 課), ranked apart from the bodies they belong to
    "units": ("課", "担当課", "所管課", "部署", "担当部署", "部局", "局"),
}
MANY = ("多い", "多く", "多くの", "の多い", "が多い", "が多く", "多い順", "多い順に", "多い順で")
MOST = ("最も", "もっとも", "一番", "いちばん", "最多の", "最多")
ORDERED = ("ランキング", "順位", "の順位", "のランキング", "順")
# Nouns of where a name is said.
PLACES = (
    "どこ",
    "どこに",
    "どこで",
    "箇所",
    "個所",
    "行",
    "部分",
    "場所",
    "ところ",
    "位置",
    "記載箇所",
    "該当箇所",
    "ページ",
)
# Nouns of a relation said with 「がある」「のある」: 「…と関わりのある」.
EITHER_BARE = ("絡み", "がらみ", "絡みの", "がらみの", "関係の", "関連の", "関係", "関連")
EITHER_NOUNS = ("関わり", "かかわり", "関係", "関連", "つながり", "繋がり")

# The nouns that name progress updates and nothing else (「進捗」「実施状況」; not 状況 or 経過 alone,
# which are said of other things too).
PROGRESS_NOUNS = (
    "進捗", "進捗状況", "取組状況", "取り組み状況", "取組の状況", "実施状況", "対応状況",
    "フォローアップ状況", "フォローアップの状況", "進捗報告", "進展状況", "進行状況",
)  # fmt: skip
# The classes asked for.  ``items``: measures and progress updates together; ``progress``: progress
# updates; ``measures``: an issue's measures; ``issues``.
CLASSES = {
    "items": (
        "施策", "取組", "取り組み", "取組み", "対応", "措置", "事業", "アクション", "対策", "政策",
        "施策・取組", "施策や取組", "施策と取組", "取組・施策", "施策等", "取組等", "事項", "項目",
    ),
    "progress": (
        *PROGRESS_NOUNS, "フォローアップ", "進み具合", "経過", "経緯", "進展", "最新状況", "状況",
    ),
    "measures": ("具体策", "解決策", "対応策", "方策", "打ち手", "取組方針"),
    "issues": ("課題", "問題", "論点", "課題点"),
}  # fmt: skip

# Words that only join the parts: particles, 「のうち」「もの」「どの」, and the verbs that only say an
# item is carried out (「…に基づき実施される施策」「…に基づいて進められる」), after a relation.
JOINING = (
    "の", "が", "を", "に", "は", "で", "と", "も", "って", "にて", "のうち", "の中で", "の中の", "うち",
    "もの", "どの", "どんな", "どういう", "どのような", "どういった", "、", ",", "番", "には", "では",
)  # fmt: skip
CARRIED_OUT = (
    "実施される", "実施された", "実施されている", "実施されています", "行われる", "行われた", "行われている",
    "行われています", "進められる", "進められた", "進められている", "進められています", "なされる",
    "なされた", "なされている", "取り組まれる", "取り組まれている", "実施する", "実施した", "行う", "行った",
    "進める", "進めた", "展開される", "講じられる", "講じられた", "講じられている",
)  # fmt: skip
# 「…はいくつ」「…は何件ありますか」: the list counted.
COUNTING = ("いくつ", "幾つ", "何件", "何個", "件数", "数", "の数", "の件数")
# 「…のある」「…がある」 after a relation noun, 「…ある」 after a question
BEING = ("ある", "あります", "のある", "がある", "がありますか")

_GODAN = {
    "く": ("く", "いた", "いている", "いてる", "いています", "いていた", "き", "きます", "きました", "いて"),
    "ぐ": ("ぐ", "いだ", "いでいる", "いでる", "いでいます", "ぎ", "いで"),
    "う": ("う", "った", "っている", "ってる", "っています", "っていた", "い", "います", "って"),
    "る": ("る", "った", "っている", "ってる", "っています", "っていた", "り", "ります", "って"),
    "つ": ("つ", "った", "っている", "ってる", "っています", "っていた", "ち", "ちます", "って"),
    "む": ("む", "んだ", "んでいる", "んでる", "んでいます", "んでいた", "み", "みます", "んで"),
    "す": ("す", "した", "している", "してる", "しています", "し", "します", "して"),
}
_ICHIDAN = (
    "る", "た", "ている", "てる", "ています", "ていた", "", "ます", "て", "られる", "られた", "られている",
)  # fmt: skip
_SURU = (
    "する", "した", "している", "してる", "しています", "していた", "し", "します", "して", "の", "",
    "される", "された", "されている", "されています",
)  # fmt: skip
# verbs ending in る that conjugate as 一段 (進める, 受ける, 手がける, 踏まえる …)
_ICHIDAN_ENDS = ("める", "ける", "まえる", "つける", "える")


def conjugated(verb: str) -> tuple[str, ...]:
    """The affirmative forms of ``verb`` (dictionary form) staff use before a noun or at the end."""
    if verb.endswith("する"):
        # a noun said bare (「総務省担当の施策」) only where it is a word of its own (not 関 of 関する)
        tails = _SURU if len(verb) > 3 else tuple(t for t in _SURU if t not in {"", "の"})
        return tuple(verb[:-2] + t for t in tails)
    if verb.endswith(_ICHIDAN_ENDS):
        return tuple(verb[:-1] + t for t in _ICHIDAN)
    return tuple(verb[:-1] + t for t in _GODAN[verb[-1]])


def _passive(verb: str) -> tuple[str, ...]:
    """The passive forms of ``verb`` (挙げる → 挙げられている, 書く → 書かれた)."""
    if verb.endswith("する"):
        stem = verb[:-2] + "さ"
    elif verb.endswith(_ICHIDAN_ENDS) or verb.endswith(("げる", "せる")):
        stem = verb[:-1] + "ら"
    else:
        stem = (
            verb[:-1]
            + {"く": "か", "す": "さ", "む": "ま", "う": "わ", "る": "ら", "つ": "た", "ぐ": "が"}[verb[-1]]
        )
    return tuple(stem + t for t in ("れる", "れた", "れている", "れています", "れてる"))


@cache
def words() -> dict[str, tuple[str, str]]:
    """Each surface form: (part, what) — part one of relation, base, class, join, carried, count, being."""
    out: dict[str, tuple[str, str]] = {}
    for what, verbs in (("law", LAW_VERBS), ("agency", AGENCY_VERBS), ("either", EITHER_VERBS)):
        for verb in verbs:
            for form in conjugated(verb):
                out.setdefault(form, ("relation", what))
    for verb in MENTION_VERBS:
        for form in conjugated(verb):
            out.setdefault(form, ("relation", "mention"))
    for word in MENTION_FORMS:
        out.setdefault(word, ("relation", "mention"))
    for word in NAMED:
        out.setdefault(word, ("named", ""))
    for verb in PLANNED_VERBS:
        for form in conjugated(verb):
            out[form] = ("when", "planned")
    for word in PLANNED_FORMS:
        out[word] = ("when", "planned")
    for word in DONE_FORMS:
        out[word] = ("when", "done")
    for word in WITHIN_FORMS:
        out.setdefault(word, ("relation", "within"))
    for what, nouns in RANKED.items():
        for noun in nouns:
            out.setdefault(noun, ("class", what))
    for word in MANY:
        out.setdefault(word, ("many", ""))
    for word in MOST:
        out.setdefault(word, ("most", ""))
    for word in ORDERED:
        out.setdefault(word, ("ordered", ""))
    for word in PLACES:
        out.setdefault(word, ("class", "places"))
    for verb in DO_VERBS:
        for form in conjugated(verb):
            out.setdefault(form, ("do", ""))
        out.setdefault(verb + "予定の", ("when", "planned"))
        out.setdefault(verb + "予定", ("when", "planned"))
    for word in ABOUT:
        out.setdefault(word, ("relation", "either"))
    for word in LAW_PROVISIONS:
        out.setdefault(word, ("relation", "law"))
    for noun in AGENCY_BASES:
        for tail in _AGENCY_TAILS:
            out.setdefault(noun + tail, ("relation", "agency"))
    for verb in LISTING_VERBS:
        for form in _passive(verb):
            out.setdefault(form, ("relation", "listed"))
    for verb in AMEND_VERBS:
        for form in conjugated(verb):
            out[form] = ("relation", "amend")
    for noun in LAW_BASES:
        for tail in _BASE_TAILS:
            out[noun + tail] = ("relation", "law")
    for word in EITHER_BARE:
        out.setdefault(word, ("relation", "either"))
    for noun in EITHER_NOUNS:
        for tail in ("のある", "がある", "の深い", "が深い"):
            out[noun + tail] = ("relation", "either")
    # a noun is a class before it is the stem of a verb (取り組み), and a passive says what is carried
    # out (実施される) before who does it
    for what, nouns in CLASSES.items():
        for noun in nouns:
            out[noun] = ("class", what)
    for word in CARRIED_OUT:
        out[word] = ("carried", "")
    for word in JOINING:
        out.setdefault(word, ("join", ""))
    for word in COUNTING:
        out.setdefault(word, ("count", ""))
    for word in BEING:
        out.setdefault(word, ("being", ""))
    return out
