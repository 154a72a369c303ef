"""A count per thing said in any of the ways staff say "each": 「課題ひとつひとつに施策が何件あるか」
「それぞれのテーマに課題がいくつあるか」「機関ごとに何件の施策に関わっているか」「課題1つ1つの施策数」.

Takes the folded question; gives it said as the counts per issue, theme, law or agency read it
(「課題ごとの施策の数」), or None.  The thing counted per (課題, テーマ, 機関, …), the things counted
(施策, 取組状況, 課題, …) and a word of counting are its slots; a verb that only ties the two
(関わっている, 依拠している, 含まれる) says nothing more than 「ごとの」 does and is left out.
"""

from __future__ import annotations

import re

_BY = r"(?P<by>課題|テーマ|分野|機関|省庁|府省|法令|法律|都道府県)"
# 「各課題」「それぞれの課題」「課題ひとつひとつ」「課題ごと」「課題単位」
_AFTER = r"(?:ごと|別|毎|単位|それぞれ|ひとつひとつ|一つ一つ|1つ1つ|ひとつずつ|1つずつ|各々)"
_BEFORE = r"(?:各|それぞれの|一つ一つの|ひとつひとつの|1つ1つの|個々の)"
_EACH = rf"(?:{_BEFORE}{_BY}|{_BY.replace('?P<by>', '?P<by2>')}{_AFTER})"
_WHAT = r"(?P<what>施策|取組状況|取り組み状況|取組|取り組み|進捗報告|進捗|課題|措置|事業)"
_TIE = (
    r"(?:に|が|を|で)?(?:関わっている|関わる|関与している|関与する|依拠している|依拠する|基づく|基づいている|"
    r"関係する|関係している|関連する|関連している|"
    r"含まれる|含まれている|属する|属している|紐づく|紐づいている|ある|あるか|あるのか|出ている)"
)
_COUNT = (
    r"(?:(?:の)?(?:数|件数|個数)(?:を数えて|を数える|を集計して)?"
    r"|(?:が|は|って)?(?:何件|いくつ|幾つ|何個)(?:ずつ)?(?:ある|あるか|あるのか|あります)?(?:か|のか)?)"
)
_PER_RE = re.compile(
    rf"{_EACH}(?:に|で|の|について|に対して|に対する|には|では|、)?(?P<ahead>何件の|いくつの|幾つの)?(?:{_TIE})?"
    rf"{_WHAT}(?:が|は|の|って)?(?:{_TIE})?(?P<count>{_COUNT})?(?:{_TIE})?"
    # 「各テーマの施策数はいくつ」: the count said twice
    r"(?:(?:は|が)?(?:何件|いくつ|幾つ|何個)(?:ある|あるか|あるのか|あります)?(?:か|のか)?)?"
)


def per_count(text: str) -> str | None:
    """``text`` said as a count per thing (「課題ごとの施策の数」), or None for a question of another form."""
    m = _PER_RE.fullmatch(text)
    if m is None or not (m["ahead"] or m["count"]):
        return None
    by = m["by"] or m["by2"]
    if by == m["what"]:
        return None  # 「課題ごとの課題の数」 asks nothing
    said = f"{by}ごとの{m['what']}の数"
    return said if said != text else None
