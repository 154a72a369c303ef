"""Questions over the plans of :mod:`tests.search.test_ask_plan_shapes` phrased as the other ask tests
do not: long polite sentences, two clauses (「…のうち…はどれ」), negations (「…に基づかない施策」),
two plans compared, a period given as a range (「令和7年度から令和8年度まで」), a body named by its
unit after its local government, and terse fragments.

Every expected answer was written by reading the plans' text (headings, bullets, 担当 and 時期
columns, status tables) before the question was asked of the graph.  A question whose answer the
graph does not hold is expected to be refused, not answered.
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from tests.search.test_ask_plan_shapes import (
    CHILDCARE_ISSUES,
    DISASTER_ISSUES,
    EDUCATION_MEASURES,
    ask,
    plans,
)

__all__ = ["plans"]

EDUCATION_PROGRESS = {
    "都道府県の調達会議を設置（2024年6月）",
    "共同調達の手引を公表（2024年10月）",
    "標準仕様の素案を公表（2024年12月）",
}
CHILDCARE_PROGRESS = {
    "電子申請の様式を作成（2025年4月）",
    "電子申請の受付を開始（2025年10月）",
    "チャット相談の試行を開始（2025年6月）",
}
SETTLEMENT_GOALS = {
    "本計画は、町への移住と定住を促し、人口減少の速度を緩やかにすることを目的とします。",
    "令和11年度までに移住者を年間100人にする。",
    "若い世代の転出を抑える。",
}
MUNICIPAL_THEMES = {"情報システムの標準化・共通化", "行政手続のオンライン化", "セキュリティ対策の徹底"}
NO_PROGRESS_DISASTER = {"河川の水位情報の提供が遅い", "備蓄物資の在庫が把握できない"}


def _answer(settings: Settings, question: str, expected: object = None) -> object:
    """The answer as a set of labels (``expected`` a set), a count per label or document, or one number."""
    result = ask(settings, question)
    answer = result.answer
    assert answer.understood, answer.message
    columns = answer.columns
    label = next((c for c in columns if c.endswith("Label")), "document" if "document" in columns else "")
    if columns == ["count"] or list(columns) == ["count"]:
        return int(answer.rows[0]["count"].value)
    if "count" in columns and not isinstance(expected, set):
        return {row[label].value: int(row["count"].value) for row in answer.rows if label in row}
    return {row[label].value for row in answer.rows if label in row}


def _not_yet(reason: str) -> pytest.MarkDecorator:
    """A question read wrongly or not at all today, for the reason given (strict: a fix shows as a pass)."""
    return pytest.mark.xfail(strict=True, reason=reason)


QUESTIONS: list[tuple[str, object] | object] = [
    # long, polite
    (
        "恐れ入りますが、防災情報の高度化に関する工程表に掲げられている課題をすべて教えていただけますでしょうか。",
        DISASTER_ISSUES,
    ),
    (
        "子育て手続のデジタル化計画において、夜間に相談できる窓口がないという課題に対してどのような施策が講じられているのか教えてください。",
        {"チャットによる子育て相談の開始"},
    ),
    ("教育DX推進工程表の取組状況を日付順に一覧で見せていただけますか。", EDUCATION_PROGRESS),
    ("移住・定住促進計画で目標として掲げられているものを知りたいのですが。", SETTLEMENT_GOALS),
    ("お手数ですが、自治体DX推進計画に記載されている施策の数を教えてください。", 7),
    pytest.param(
        "地域包括ケア推進計画の認知症施策の分野にはどのような課題があるのでしょうか。",
        {"認知症の早期発見が遅れている", "認知症の人を支える家族の負担が大きい"},
        marks=_not_yet("a theme titled with 施策 at its end (「認知症施策」) is not found by its title"),
    ),
    (
        "端末の更新費用が大きいという課題に対してどんな施策がありますか",
        {"端末の共同調達の推進", "端末の更新費用の補助"},
    ),
    ("松本市の計画で2025年度に予定されている施策は何でしょうか", {"外部人材の任用", "会議のペーパーレス化"}),
    (
        "防災情報の高度化に関する工程表で、情報伝達の強化に関する施策を教えてください",
        {"戸別受信機の配備の支援", "防災アプリの多言語化", "水位計の増設"},
    ),
    ("仕事をつくるための施策は何がありますか", {"サテライトオフィスの誘致", "空き店舗を活用した起業の支援"}),
    # two clauses
    ("防災情報の高度化に関する工程表の課題のうち、進捗がないものはどれ", NO_PROGRESS_DISASTER),
    (
        "教育DX推進工程表の施策のうち、文化庁が担当するものはどれですか",
        {"授業目的公衆送信の手引の改訂", "相談窓口の設置"},
    ),
    (
        "子育て手続のデジタル化計画の課題のうち進捗が報告されているのはどれ",
        {"保育所の入所申込が紙の様式に限られている", "夜間に相談できる窓口がない"},
    ),
    ("自治体DX推進計画のテーマのうち課題が最も多いのはどれ", {"情報システムの標準化・共通化"}),
    ("移住・定住促進計画の施策のうち、企画課が担当するものは", {"交流会の開催", "地域おこし協力隊の受入れ"}),
    (
        "地域包括ケア推進計画の分野のうち施策が最も多いのは",
        {"介護予防の推進", "在宅医療と介護の連携", "認知症施策"},
    ),
    # negations
    ("法令に基づかない施策（教育DX推進工程表）", EDUCATION_MEASURES),
    ("防災情報の高度化に関する工程表で進捗が報告されていない課題", NO_PROGRESS_DISASTER),
    ("子育て手続のデジタル化計画で取組状況のない課題", {"児童手当の届出に何度も来庁が必要である"}),
    ("教育DX推進工程表で施策のない課題", set()),
    ("下川町が策定した計画で進捗のある施策", {"サテライトオフィスの誘致", "空き家バンクの登録物件の拡充"}),
    # two plans compared
    (
        "教育DX推進工程表と自治体DX推進計画の施策の数を比べて",
        {"education-dx": 9, "municipal-dx": 7},
    ),
    (
        "防災情報の高度化に関する工程表と子育て手続のデジタル化計画の課題の数",
        {"disaster-info": 4, "childcare": 3},
    ),
    (
        "移住・定住促進計画と地域包括ケア推進計画の目標の数",
        {"settlement": 3, "care-plan": 3},
    ),
    (
        "内閣府と文部科学省の工程表の施策の数",
        {"disaster-info": 6, "education-dx": 9},
    ),
    pytest.param(
        "防災情報の高度化に関する工程表の重点分野1と重点分野2の課題数の比較",
        {"情報伝達の強化": 2, "避難所運営のデジタル化": 2},
        marks=_not_yet("two themes named together are not read as a count per theme"),
    ),
    # a period given as a range
    pytest.param(
        "令和7年度から令和8年度までに予定されている施策（移住・定住促進計画）",
        {"交流会の開催", "地域おこし協力隊の受入れ"},
        marks=_not_yet("a measure dated in the fiscal year its plan was issued in is not read as planned"),
    ),
    ("2025年度から2026年度までの施策（自治体DX推進計画）", {"外部人材の任用", "会議のペーパーレス化"}),
    ("2026年度から2027年度に予定されている教育DX推進工程表の施策", {"学習者用デジタル教科書の配布"}),
    (
        "2024年7月から12月までに実施された取組",
        {
            "共同調達の手引を公表（2024年10月）",
            "標準仕様の素案を公表（2024年12月）",
            "子育て関係の15手続の受付を開始（2024年7月）",
            "戸別受信機の配備を開始（2024年7月）",
            "アプリを公開（2024年11月）",
            "受付の実証実験を実施（2024年9月）",
        },
    ),
    (
        "2025年4月から9月までの取組状況",
        {
            "電子申請の様式を作成（2025年4月）",
            "チャット相談の試行を開始（2025年6月）",
            "誘致説明会を開催（2025年5月）",
            "1社が進出（2025年9月）",
            "所有者向けの説明会を開催（2025年7月）",
        },
    ),
    (
        "令和6年度に実施された取組（自治体DX推進計画）",
        {"子育て関係の15手続の受付を開始（2024年7月）", "住民記録システムを移行（2025年1月）"},
    ),
    (
        "令和5年度から令和6年度までに実施された取組（自治体DX推進計画）",
        {
            "移行計画を策定（2024年3月）",
            "子育て関係の15手続の受付を開始（2024年7月）",
            "住民記録システムを移行（2025年1月）",
        },
    ),
    # a body named by its unit after its local government
    (
        "東川町こども課が担当する施策",
        {"入所申込の電子申請の導入", "必要書類の写真による提出の受付", "届出の添付書類の省略"},
    ),
    ("下川町企画課の施策", {"交流会の開催", "地域おこし協力隊の受入れ"}),
    ("松本市人事課が担当する取組", {"外部人材の任用"}),
    ("松本市総務課　施策", {"会議のペーパーレス化"}),
    # terse fragments
    ("防災工程表　課題", DISASTER_ISSUES),
    ("子育て計画 進捗", CHILDCARE_PROGRESS),
    ("教育DX 施策数", 9),
    ("移住計画　目標", SETTLEMENT_GOALS),
    ("DX計画 重点取組事項", MUNICIPAL_THEMES),
    ("介護予防の推進　施策", {"通いの場の立ち上げ支援", "介護予防教室の開催"}),
    ("文化庁の施策（教育DX推進工程表）", {"授業目的公衆送信の手引の改訂", "相談窓口の設置"}),
    ("サテライトオフィスの誘致の進捗は", {"誘致説明会を開催（2025年5月）", "1社が進出（2025年9月）"}),
    (
        "標準準拠システムへの移行はどこまで進んでいますか",
        {"移行計画を策定（2024年3月）", "住民記録システムを移行（2025年1月）"},
    ),
    ("上田市の計画の施策はいくつ", 7),
    (
        "自治体DX推進計画の施策を重点取組事項別に数えてください",
        {"情報システムの標準化・共通化": 2, "行政手続のオンライン化": 2, "セキュリティ対策の徹底": 1},
    ),
    ("教育DX推進工程表に出てくる省庁", {"文部科学省", "文化庁"}),
    ("子育て手続のデジタル化計画の取組状況を古い順に", CHILDCARE_PROGRESS),
    pytest.param(
        "移住希望者が入居できる住宅が不足している課題の施策",
        {"空き家バンクの登録物件の拡充", "移住者向け住宅の改修費の補助"},
        marks=_not_yet(
            "the graph does not hold it: the measures under a 基本方針 are not linked to its one issue"
        ),
    ),
    ("認知症の人を支える家族の負担が大きいことへの施策", {"認知症カフェの設置"}),
    pytest.param(
        "相談の充実のための取組",
        {"チャットによる子育て相談の開始", "チャット相談の試行を開始（2025年6月）"},
        marks=_not_yet("the 取組 (measures and progress) of a theme named alone are not read"),
    ),
    ("子育ての計画で課題のいちばん多い基本方針", {"申請のオンライン化"}),
    pytest.param(
        "移住・定住促進計画の基本方針別の施策数を多い順に",
        {"仕事をつくる": 2, "住まいを整える": 2, "つながりを育む": 2},
        marks=_not_yet(
            "a count per theme is given in the themes' order, not the most first, and is refused so asked"
        ),
    ),
    ("東川町の計画の課題", CHILDCARE_ISSUES),
    (
        "内閣府が作った工程表の進捗",
        {
            "戸別受信機の配備を開始（2024年7月）",
            "アプリを公開（2024年11月）",
            "受付の実証実験を実施（2024年9月）",
        },
    ),
    (
        "教育DX推進工程表の施策で進捗が報告されているもの",
        {"端末の共同調達の推進", "校務支援システムの標準仕様の策定"},
    ),
    (
        "防災情報の高度化に関する工程表のうち、避難所運営のデジタル化の課題はどれ",
        {"避難者の受付に時間がかかる", "備蓄物資の在庫が把握できない"},
    ),
    (
        "上田市が出している計画の分野ごとの課題の件数",
        {"介護予防の推進": 2, "在宅医療と介護の連携": 1, "認知症施策": 2, "住まい": 1},
    ),
]


@pytest.mark.parametrize(("question", "expected"), QUESTIONS)
def test_phrased_apart(plans: Settings, question: str, expected: object) -> None:
    assert _answer(plans, question, expected) == expected
