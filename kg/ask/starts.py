"""What starts in a period: 「令和4年1月から始まる予定の施策」「2021年6月開始の取組」.

Takes the dated items of :mod:`kg.ask.kinds`; gives :data:`BEGIN_KINDS`, tried before the kinds
there (「…から始まる予定の」 is not 「…から予定されている」).  「から」 before a verb of beginning is read
as the month, year or fiscal year a thing starts in (:func:`kg.ask.periods.period_of`), so the
start of each item's date must fall in the period.
"""

from __future__ import annotations

from kg.ask.kinds import Paged, QuestionKind, dated, paged


def _kind(
    name: str, patterns: tuple[str, ...], spec: Paged, reading: str, columns: tuple[str, ...]
) -> QuestionKind:
    return QuestionKind(name, patterns, paged(columns, spec), reading, columns, spec)


BEGIN_KINDS: tuple[QuestionKind, ...] = (
    # 「令和4年1月から始まる予定の施策」「4年度開始予定の取組」: planned to start in the period (「から」
    # before a verb of beginning is read as the month it starts in, :mod:`kg.ask.slots`)
    _kind(
        "period_begins_planned",
        (
            r"<P>(?:に|から|より|中に|内に)?(?:始まる|始める|開始する|開始される|スタートする|着手する|運用開始する|実施開始する)"
            r"(?:予定|計画|見込み)(?:の|である|となっている|とされている)?@ITEMS",
            r"<P>(?:に|から|より|中に|内に)?(?:開始|スタート|着手|運用開始|実施開始)(?:が|を)?(?:予定|計画|見込み|見込)"
            r"(?:されている|されています|されてる|している|された|の)?@ITEMS",
        ),
        dated(
            False,
            "%DOC_MONTH%\n  FILTER((?planned || ?begins > ?docMonth)\n"
            "    && ?begins >= $start && ?begins <= $until)",
        ),
        "期間: {period} → この期間に始まる予定の施策・取組状況"
        "（始まりの日付がこの期間にあり、予定と書かれたか文書の日付より後のもの）",
        ("item", "itemLabel", "type", "dateText", "document", "line"),
    ),
    # 「令和4年1月から始まる取組」「2021年6月開始の施策」: what starts in the period, done or planned
    _kind(
        "period_begins",
        (
            r"<P>(?:に|から|より)?(?:始まる|開始する|開始される|スタートする|始まっている|開始されている)@ITEMS",
            r"<P>(?:に|から|より)?(?:開始|スタート)(?:の)@ITEMS",
        ),
        dated(False, "FILTER(?begins >= $start && ?begins <= $until)"),
        "期間: {period} → この期間に始まる施策・取組状況（始まりの日付がこの期間にあるもの。予定を含む）",
        ("item", "itemLabel", "type", "dateText", "document", "line"),
    ),
)
