"""The words of a plan's outline said for the classes the kinds of question know.

A plan calls its themes 重点分野, 重点取組事項, 施策の柱, 基本方針 or 政策, its measures アクション,
and what was done 実績; staff ask in the words of the plan they read (「重点分野1の課題」
「柱ごとの課題数」「課題3.2の実績」「J-LISのアクション一覧」).  Takes a folded question
(:func:`kg.ask.text.fold`); gives it with each such word said as the kinds say it (テーマ, 施策, 進捗),
where the word stands for the class: at the start of the question or after の, 各, a bracket or a
ranking's adjective (多い), and before a number, ごと, 別, の, は or the end.  Inside a name
(「…の重点分野に関する検討」 is left whole only where no such boundary stands) the word is another's.

>>> outline_words("重点分野ごとの課題")
'テーマごとの課題'
>>> outline_words("施策の柱ごとの課題の件数")
'テーマごとの課題の件数'
>>> outline_words("課題の件数を重点分野ごとに")
'課題の件数をテーマごとに'
>>> outline_words("課題3.2の実績")
'課題3.2の進捗'
"""

from __future__ import annotations

import re

# what may stand before the class's word: the start, の, 各, a bracket or a comma, or a ranking's
# adjective (「施策が多い重点分野」「課題の少ない基本方針」)
_BEFORE = r"(?:^|(?<=[の各(、,])|(?<=多い)|(?<=少ない))"
# what may follow it: a word of each, a particle, a list word or the end; before a number the word is
# kept, the theme asked by its number as its plan writes it (「基本方針2」, :mod:`kg.ask.names`)
_AFTER = r"(?=第|ごと|毎|別|の|は|が|一覧|リスト|数|\)|$)"
# the themes of a plan said by its outline (分野 and テーマ are the kinds' own words)
THEME_WORDS = (
    "重点取組事項",
    "重点取組分野",
    "重点事項",
    "取組分野",
    "政策領域",
    "重点分野",
    "重点領域",
    "重点テーマ",
    "重点項目",
    "施策の柱",
    "政策の柱",
    "取組の柱",
    "取り組みの柱",
    "施策分野",
    "政策分野",
    "基本方針",
    "柱",
)  # longest first
_THEME_RE = re.compile(_BEFORE + "(?:" + "|".join(THEME_WORDS) + ")" + _AFTER)
# 「課題の件数を重点分野ごとに」: a breakdown said last, after を
_THEME_EACH_RE = re.compile(r"(?<=を)(?:" + "|".join(THEME_WORDS) + r")(?=ごと|毎|別)")
# 政策 is also said of measures (「テーマ3の政策」): a theme only at the start or in a bracket, before a
# number, a word of each or a list word (「政策1の課題」「政策別の課題数」「政策の一覧」)
_POLICY_RE = re.compile(r"(?:^|(?<=[(各]))政策(?=\d|ごと|毎|別|の?一覧|の?リスト|は$|$)")
# a plan's actions are its measures (アクションプラン is a kind of document, not a measure)
_ACTION_RE = re.compile(r"(?<![ァ-ヺー])アクション(?!プラン|[ァ-ヺー])(?:項目)?")
# what was done for an issue: its progress (「課題3.2の実績」「課題3.2の実績を時系列で」「実績のない課題」);
# 「2021年の実績」 is a period done, read by the periods' own words
_RESULTS_AFTER_NUMBER_RE = re.compile(r"(?<=\d)の?(?:取組実績|取り組み実績|実績)(?=は|の一覧|一覧|を|$)")
_RESULTS_NONE_RE = re.compile(r"(?:取組実績|取り組み実績|実績)(?=の(?:ない|無い)|が(?:ない|無い))")
# 「J-LISの実績」「総務省　取組実績」: what a body has done, its progress; after a period
# (「2021年の実績」) what was done then, read by the periods' own words
_RESULTS_LAST_RE = re.compile(r"(?<![年度月期\dの])(?<![年度月期\d]の)の?(?:取組実績|取り組み実績|実績)$")


def outline_words(text: str) -> str:
    """``text`` with the outline's words for themes, measures and progress said as the kinds say them."""
    text = _THEME_RE.sub("テーマ", text)
    text = _THEME_EACH_RE.sub("テーマ", text)
    text = _POLICY_RE.sub("テーマ", text)
    text = _ACTION_RE.sub("施策", text)
    text = _RESULTS_AFTER_NUMBER_RE.sub("の進捗", text)
    text = _RESULTS_NONE_RE.sub("進捗", text)
    return _RESULTS_LAST_RE.sub("の進捗", text) if len(text) > 3 else text
