"""A list of the things of one class the documents hold, asked by the class's name: 「法律の一覧」
「出てくる省庁を列挙して」「テーマは何がありますか」「目標は？」「文書に登場する機関をすべて」.

Takes the folded question (:func:`kg.ask.text.core`, its list words often cut off as a polite
ending) and the question as typed; gives the list question said as the kinds read it (「課題の一覧」
「テーマの一覧」「目標の一覧」「会議体の一覧」), or the :class:`~kg.ask.outcomes.Reading` of the laws or
the agencies the documents mention (an annotation has them for its body), or None.

A class's name alone is a list only where the question asks for one: a word of listing
(一覧, すべて, 列挙), a verb of appearing (出てくる, 登場する), 「何がある」「どんな」, or the name put
as a question (「目標は？」).  Typed alone (「テーマ」) it is a word to search for.
"""

from __future__ import annotations

import re

from kg.ask.outcomes import Reading

# what names a target (pol:Target) alone, read by :mod:`kg.ask.aims`
TARGET_WORDS = (
    "kpi",
    "重要業績評価指標",
    "成果指標",
    "評価指標",
    "数値目標",
    "目標値",
    "目標数値",
    "達成目標",
    "成果目標",
)
_LAW = "law"
_AGENCY = "agency"
_MINISTRY = "ministry"
# what each name of a class asks for: the list question the kinds read, or the entities of a class
_CLASSES = {
    "課題": "課題の一覧",
    "テーマ": "テーマの一覧",
    "分野": "テーマの一覧",
    "目標": "目標の一覧",
    "基本目標": "目標の一覧",
    "全体目標": "目標の一覧",
    "目的": "目標の一覧",
    "ゴール": "目標の一覧",
    "狙い": "目標の一覧",
    "ねらい": "目標の一覧",
    "目指すところ": "目標の一覧",
    "目指す姿": "目標の一覧",
    "目指す社会": "目標の一覧",
    **dict.fromkeys(TARGET_WORDS, "目標値の一覧"),
    "会議体": "会議体の一覧",
    # (a council's kind: the councils of that kind, :mod:`kg.ask.bodies`)
    "審議会": "審議会の一覧",
    "研究会": "研究会の一覧",
    "検討会": "検討会の一覧",
    "委員会": "委員会の一覧",
    "協議会": "協議会の一覧",
    "懇談会": "懇談会の一覧",
    "法律": _LAW,
    "法令": _LAW,
    "法": _LAW,
    "行政機関": _AGENCY,
    "機関": _AGENCY,
    "組織": _AGENCY,
    "省庁": _MINISTRY,
    "府省": _MINISTRY,
    "府省庁": _MINISTRY,
    "官庁": _MINISTRY,
}
# 「目標（KPI）」: 目標 glossed as the figures to reach
_TARGET_WORD = "|".join(sorted(TARGET_WORDS, key=len, reverse=True))
# (any of the targets' names glossed by another: 「成果目標（KPI）」「KPI（成果指標）」)
GLOSS_RE = re.compile(rf"(?:目標|{_TARGET_WORD})\((?:{_TARGET_WORD})\)")
_WORD = "|".join(sorted(_CLASSES, key=len, reverse=True))
# 「文書に出てくる」「グラフにある」: where the things are, the documents in general
_PLACE = r"(?:この|その|各)?(?:文書|報告書|資料|グラフ|データ|全体)(?:に|で|の中で|の中に|から)?"
_SHOWN = (
    rf"(?:{_PLACE})?"
    r"(?:出てくる|出て来る|出てきた|登場する|登場している|言及されている|言及された|書かれている|記載されている|"
    r"挙がっている|挙げられている|載っている|含まれる|含まれている|出ている|現れる|名前が出てくる)"
    rf"|{_PLACE}ある"
)
_FORM_RE = re.compile(
    rf"(?P<shown>{_SHOWN})?(?P<every>すべての|全ての|全部の)?(?:関係|関連|関係する|関連する|主な)?(?P<word>{_WORD})"
    r"(?:等|など)?"
    r"(?:の)?(?P<listed>一覧|リスト|一覧表|名前|名称|すべて|全て|全部|名)?(?:を|は)?(?P<all>一覧|列挙|すべて|全て|全部)?"
    # 「どんな法律が出てくる」: the verb of appearing after the class
    rf"|(?:どんな|どのような|どういう|どういった)?(?P<word2>{_WORD})(?:が|は)?(?P<shown2>{_SHOWN})"
)
# the question asks for the list: said in the words a polite ending took, or asked as a question
_ASKED_RE = re.compile(
    r"一覧|リスト|すべて|全て|全部|列挙|洗い出|何が(?:ある|あり)|なにが(?:ある|あり)|どんな|どのような|どういう|"
    r"教えて|知りたい|見せて|挙げて|まとめて|(?:って|は|が)(?:ある|あります)(?:か|の)?[?？]?$|"
    r"(?:って|は)?(?:どれ|どちら)(?:ですか|でしょうか|か)?[?？]?$|"
    r"(?<!と)は(?:何|なに|どれ)(?:ですか|でしょうか|か)?[?？]?$|(?<!と)は[?？]?$"
)


# what names a legislative action (pol:LegislativeAction) as a class: 「法制上の措置」「法改正」
ACT_WORDS = (
    "法制上の措置",
    "法制上の対応",
    "立法措置",
    "法的措置",
    "法改正",
    "法令改正",
    "法律改正",
    "法整備",
    "法令整備",
)
_ACT_WORD = "|".join(sorted(ACT_WORDS, key=len, reverse=True))
# 「法改正や法制上の措置として書かれているもの」「法制上の措置の一覧」: the actions, one class or two said
_ACTS_RE = re.compile(
    rf"(?:{_ACT_WORD})(?:(?:や|・|と|、|及び|および|又は|または)(?:{_ACT_WORD}))*(?:等|など)?"
    r"(?:として|と)?(?:書かれている|記載されている|挙げられている|示されている|書かれた|記載された)?"
    r"(?P<listed>もの|こと|の一覧|一覧|のリスト|リスト|すべて|全て)?(?:は)?"
)


def list_question(word: str) -> str | None:
    """The list question a class's name alone stands for (「目的」 → 「目標の一覧」), read by the kinds,
    or None where the name is no such class (or names laws or agencies, read by :func:`read_list`)."""
    said = _CLASSES.get(word)
    return said if said not in (None, _LAW, _AGENCY, _MINISTRY) else None


def read_list(text: str, question: str) -> str | Reading | None:
    """``text`` (folded, ``question`` as typed) read as a list of one class: the list question the
    kinds read, the reading of the laws or agencies mentioned, or None."""
    if (acts := _ACTS_RE.fullmatch(text)) is not None and (
        acts["listed"] or _ASKED_RE.search(question.strip())
    ):
        return _entities("act_list", "?entity a pol:LegislativeAction .", "法制上の措置（法改正等）")
    m = _FORM_RE.fullmatch(GLOSS_RE.sub("kpi", text))
    if m is None:
        return None
    word = m["word"] or m["word2"]
    said_so = m["shown"] or m["every"] or m["listed"] or m["all"] or m["shown2"]
    if not (said_so or _ASKED_RE.search(question.strip())):
        return None
    said = _CLASSES[word]
    if said == _LAW:
        return _entities(
            "law_list",
            "VALUES ?class { pol:Law pol:LawBundle }\n  ?entity a ?class .",
            "法令（法律・法律群）",
        )
    if said == _AGENCY:
        return _entities(
            "agency_list",
            "?entity a pol:Agency .\n  FILTER NOT EXISTS { ?entity a pol:LocalGovernment }",
            "機関（審議会等を含み、地方公共団体を除く）",
        )
    if said == _MINISTRY:
        return _entities(
            "agency_list",
            "?entity a pol:Agency .\n  FILTER NOT EXISTS { ?entity a pol:LocalGovernment }\n"
            "  FILTER NOT EXISTS { ?entity a pol:Council }\n"
            "  FILTER NOT EXISTS { ?entity a org:OrganizationalUnit }",
            "省庁等の機関（審議会等の会議体、省庁の内部の組織と地方公共団体を除く）",
        )
    return said


def _entities(name: str, condition: str, what: str) -> Reading:
    """The entities ``condition`` picks that a document mentions, by their labels.

    Each entity is tested for a mention (``FILTER EXISTS``, one index lookup an entity) rather than
    joined with every annotation: at 1,000 documents the join read every mention of every law and
    took minutes, the test takes tens of milliseconds for the same rows."""
    sparql = f"""SELECT DISTINCT ?entity ?entityLabel WHERE {{
  {condition}
  FILTER EXISTS {{ ?ann oa:hasBody ?entity }}
  ?entity rdfs:label ?entityLabel .
  FILTER(LANG(?entityLabel) = "ja" || LANG(?entityLabel) = "")
}} ORDER BY ?entityLabel"""
    return Reading(name, sparql, f"→ 文書に出てくる{what}の一覧", ("entity", "entityLabel"))
