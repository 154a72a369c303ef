"""The kinds of question asked of a period: what was planned, started, done or dated in it
(「令和4年度に予定されている施策」「2021年に実施された取組」「2021年5月に何があった」), and what is
planned at all (「今後予定されている取組」).

Takes the shared parts of :mod:`kg.ask.kinds` (:func:`~kg.ask.kinds.dated`: the items dated in the
period, read a page at a time); gives :data:`PERIOD_KINDS`, tried after the kinds of
:mod:`kg.ask.kinds`.  ``<P>`` is the period's slot; ``$start``, ``$end`` and ``$until`` its months.
"""

from __future__ import annotations

from dataclasses import replace

from kg.ask.kinds import Paged, QuestionKind, dated, paged


def _kind(
    name: str, patterns: tuple[str, ...], spec: Paged, reading: str, columns: tuple[str, ...]
) -> QuestionKind:
    return QuestionKind(name, patterns, paged(columns, spec), reading, columns, spec)


def _ahead() -> Paged:
    """What is planned, in any period: period_planned's condition over every month."""
    spec = dated(False, "%DOC_MONTH%\n  FILTER(?planned || ?begins > ?docMonth)")
    every = spec.condition.replace("$start", '"0001-01"').replace("$end", '"9999-12"')
    return replace(spec, condition=every)


PERIOD_KINDS: tuple[QuestionKind, ...] = (
    _kind(
        "period_planned",
        (
            r"<P>(?:に|の|中に|中の|内に|までに|から)?(?:実施|開始|完了|実現|施行)?(?:が|を|の)?"
            r"(?:予定|計画|見込み|見込)(?:されている|されています|されてる|している|した|された|の|する|中の|"
            r"(?:に|と)なっている)?@ITEMS",
            # 「令和4年度に行う予定の施策」「令和4年度に実施が見込まれる施策」
            r"<P>(?:に|の|中に|内に|までに|から)?(?:行う|実施する|開始する|始める|実現する|完了する|施行する|始まる|"
            r"行われる|実施される|開始される|始められる|実現される|施行される)"
            r"(?:予定|計画|見込み)(?:の|である|となっている)?@ITEMS",
            r"<P>(?:に|の|中に|内に|までに|から)?(?:実施|開始|完了|実現|施行)?(?:が|を)?"
            r"(?:見込まれる|見込まれている|予定される|計画される|予定されていた|計画されていた)@ITEMS",
            r"<P>(?:に|は|の)?(?:何が|なにが|どんな@ITEMSが)(?:実施)?(?:予定|計画)(?:されている|されています|されてる)",
            r"<P>(?:に|の|中に|中の|内に|までに)?(?:実施|開始|完了)?(?:予定|計画|見込み|見通し)(?:されているもの|のもの|のこと)?",
            # 「2022年までに着手すべき施策」「令和4年度に実施すべき取組」: what is to be done by then
            r"<P>(?:に|の|中に|内に|までに|まで)?(?:速やかに|早急に|確実に|優先的に)?"
            r"(?:着手|実施|実現|対応|完了|開始|達成|整備|構築|検討)?(?:す|する|を行う)べき@ITEMS",
            r"<P>(?:に|の|中に|内に|までに|まで)?(?:速やかに|早急に|確実に|優先的に)?(?:取り組む|取組む|行う|進める)べき@ITEMS",
            # 「2025年に向けた施策」「令和4年度を目指す取組」: planned toward that period
            r"<P>(?:に|へ)向け(?:た|て|ての|られた)@ITEMS",
            r"<P>(?:を|に)?(?:目指す|目指した|目指している|目標とする|目標とした|目標にした|目標の)@ITEMS",
            r"<P>(?:まで)?(?:に|の)?(?:実施|実現|完了|開始|施行)(?:を)?(?:見込む|見込まれる|目指す|予定する)@ITEMS",
        ),
        # 予定 in the text, or a start after the document's month (「4年度から開始」 written in 3年10月);
        # 「～3年12月」 (done until then) has no start and is not a plan
        dated(False, "%DOC_MONTH%\n  FILTER(?planned || ?begins > ?docMonth)"),
        "期間: {period} → 予定されている施策・取組状況"
        "（予定と書かれた日付か、文書の日付より後に始まる日付を持つもの。「～」で続く日付は始まりの月で）",
        ("item", "itemLabel", "type", "dateText", "document", "line"),
    ),
    _kind(
        "planned_ahead",
        (
            r"(?:今後|これから|将来|この先)(?:の)?(?:予定|計画|見通し)(?:が|の)?(?:書かれている|書かれた|記載されている|記載された|"
            r"ある|のある|入っている|示されている|示された)@ITEMS",
            r"(?:今後|これから|この先)(?:実施|開始|実現)?(?:が)?(?:予定|計画)(?:されている|されています|されてる|の)@ITEMS",
            # 「予定されている施策」: what is planned, in any period (「今後の予定」 alone names no items)
            r"(?:実施|開始|実現)?(?:が|を)?(?:予定されている|予定されています|予定されてる|計画されている|予定中の|予定の|"
            r"(?:予定|計画)(?:に|と)なっている)@ITEMS",
        ),
        _ahead(),
        "→ 予定されている施策・取組状況"
        "（予定と書かれた日付か、文書の日付より後に始まる日付を持つもの。期間を問わず）",
        ("item", "itemLabel", "type", "dateText", "document", "line"),
    ),
    _kind(
        "period_started",
        (
            r"<P>(?:から|に|より|以降に)?(?:始まった|始めた|始められた|開始された|開始した|スタートした|"
            r"始まっている|開始されている)@ITEMS",
            r"<P>(?:から|に)?(?:開始|スタート)(?:した|された|の)@ITEMS",
        ),
        # the start written in the period, not planned and not after the document's month
        dated(
            False,
            "%DOC_MONTH%\n  FILTER(!?planned && ?begins >= $start && ?begins <= $until"
            " && ?begins <= ?docMonth)",
        ),
        "期間: {period} → この期間に始まった施策・取組状況（始まりの日付がこの期間にあり、予定でないもの）",
        ("item", "itemLabel", "type", "dateText", "document", "line"),
    ),
    _kind(
        "period_done",
        (
            r"<P>(?:に|の|中に|中の|内に|までに)?(?:(?:実施|実現|完了|達成|施行|開始|策定|整備|決定)(?:・|、|や)?){0,3}"
            r"(?:された|した|済みの|済み|できた|されました|しました)@ITEMS",
            r"<P>(?:に|の|中に|中の|内に|までに)?(?:行われた|行った|行われました|終わった|済んだ|進んだ)@ITEMS",
            r"<P>(?:に|は|の)?(?:何が|なにが|どんな@ITEMSが)(?:実施された|行われた|実施されました|行われました|完了した)",
            # 「2021年5月に何があった」「3年9月には何が起きた」: what happened then
            r"<P>(?:に|には|は|の間に)?(?:何が|なにが|どんなことが|どのようなことが|何か)(?:あった|ありました|起きた|起こった|"
            r"起きました|起こりました|動いた)",
            r"<P>(?:に|の|中に|中の|内に|までに)?(?:実施済み|実施済|完了済み|完了済|実施されたもの|実施したもの|行われたもの)",
            # 「3年5月にやったこと」: what was done then, said as a thing done
            r"<P>(?:に|の|中に|には)?(?:やった|行った|実施した|実現した|進めた|取り組んだ|行われた|実施された)(?:こと|もの)",
            # 「2021年度の実績」: what was done in it
            r"<P>(?:に|の|中の)?(?:実績|成果|取組実績|実施実績)",
            # 「3年9月の出来事」: what happened then
            r"<P>(?:の|に起きた|にあった|に起こった)(?:出来事|できごと|動き|トピック)",
            # keywords: 「2021年 実施 取組」「2021年の実施済み取組」
            r"<P>(?:に|の)?(?:実施|完了|実施済み|実施済|完了済み|完了済)(?:の)?@ITEMS",
        ),
        dated(False, "%DOC_MONTH%\n  FILTER(!?planned && !(?begins > ?docMonth))"),
        "期間: {period} → 実施された施策・取組状況（予定でなく、文書の日付より後に始まらない日付のもの）",
        ("item", "itemLabel", "type", "dateText", "document", "line"),
    ),
    _kind(
        "period_items",
        (r"<P>(?:に|の|中の|中に|ごろの|頃の|に関する|に関係する|関連の|にかかる|の間の)?@ITEMS",),
        # what is dated in a period: an open date counts in the month it starts
        dated(False, fiscal=False),
        "期間: {period} → 日付がこの期間にかかる施策・取組状況",
        ("item", "itemLabel", "type", "dateText", "document", "line"),
    ),
)
