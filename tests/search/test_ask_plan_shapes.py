"""Questions over plans of other shapes beside the seed report: counts and rankings per theme, unit
and document, a named plan's goals and themes, the measures under a theme or for an issue, and plans
named by a word of their title or by their publisher.

The plans are the six of :mod:`tests.kg.extract.plans_word_html` and
:mod:`tests.kg.extract.plans_numbered_issues` (three Word files, three HTML pages), each with a
publisher of its own in the manifest.  Every expected answer was written by reading the plan's text
(its headings, its bullets, its 担当 and its status table) before any question was asked of the graph.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.conftest import SEED, SEED_ID, settings_for
from tests.kg.extract.plans_numbered_issues import CHILDCARE, DISASTER
from tests.kg.extract.plans_word_html import CARE, EDUCATION, MUNICIPAL_DX, SETTLEMENT, word_file

# id, plan, title, publisher, date (after the last progress entry each plan reports)
_DOCUMENTS = (
    ("education-dx", EDUCATION, "教育DX推進工程表", "文部科学省", "2025-03-01"),
    ("municipal-dx", MUNICIPAL_DX, "自治体DX推進計画", "松本市", "2025-02-01"),
    ("care-plan", CARE, "第9期 高齢者保健福祉計画・地域包括ケア推進計画", "上田市", "2024-04-01"),
    ("settlement", SETTLEMENT, "移住・定住促進計画（令和7年度～令和11年度）", "下川町", "2025-10-01"),
    ("disaster-info", DISASTER, "防災情報の高度化に関する工程表", "内閣府", "2025-02-01"),
    ("childcare", CHILDCARE, "子育て手続のデジタル化計画", "東川町", "2025-11-01"),
)


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from kg.build import build

    corpus = tmp_path_factory.mktemp("shapes") / "corpus"
    corpus.mkdir()
    shutil.copy2(SEED, corpus / SEED.name)
    manifest = [
        '[corpus]\nignore = ["manifest.toml"]\n',
        f'[[document]]\nid = "{SEED_ID}"\nfile = "{SEED.name}"\n'
        'title = "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ報告書フォローアップ"\n'
        'publisher = "デジタル庁"\ndate = 2021-10-22\n',
    ]
    for doc_id, plan, title, publisher, issued in _DOCUMENTS:
        path = corpus / f"{doc_id}{plan.suffix}"
        if plan.suffix == ".docx":
            word_file(plan, path)
        else:
            path.write_text(plan.text, encoding="utf-8")
        manifest.append(
            f'[[document]]\nid = "{doc_id}"\nfile = "{path.name}"\ntitle = "{title}"\n'
            f'publisher = "{publisher}"\ndate = {issued}\n'
        )
    (corpus / "manifest.toml").write_text("\n".join(manifest), encoding="utf-8")
    settings = settings_for(Path(corpus.parent / "data"), corpus)
    report = build(settings)
    assert not report.failed, report.to_text()
    return settings


def _not_yet(reason: str) -> pytest.MarkDecorator:
    """A question read wrongly today, for the reason given (strict: a fix shows as a pass)."""
    return pytest.mark.xfail(strict=True, reason=reason)


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, search_hits=False, limit=1000)


def _label_column(result: AskResult) -> str:
    columns = result.answer.columns
    return next((c for c in columns if c.endswith("Label")), "document" if "document" in columns else "")


def _labels(result: AskResult) -> set[str]:
    assert result.answer.understood, result.answer.message
    column = _label_column(result)
    return {row[column].value for row in result.answer.rows if column in row}


def _counts(result: AskResult) -> dict[str, int]:
    assert result.answer.understood, result.answer.message
    column = _label_column(result)
    return {row[column].value: int(row["count"].value) for row in result.answer.rows if column in row}


DISASTER_MEASURES_2 = {
    "受付でのマイナンバーカード読取の導入",
    "避難者名簿の電子化",
    "備蓄物資の管理システムの整備",
}
EDUCATION_MEASURES = {
    "端末の共同調達の推進",
    "端末の更新費用の補助",
    "学校の回線速度の調査",
    "回線増強の補助",
    "校務支援システムの標準仕様の策定",
    "クラウド型校務支援システムへの移行の支援",
    "授業目的公衆送信の手引の改訂",
    "相談窓口の設置",
    "学習者用デジタル教科書の配布",
}
DISASTER_ISSUES = {
    "避難情報が高齢者に届きにくい",
    "河川の水位情報の提供が遅い",
    "避難者の受付に時間がかかる",
    "備蓄物資の在庫が把握できない",
}
CHILDCARE_ISSUES = {
    "保育所の入所申込が紙の様式に限られている",
    "児童手当の届出に何度も来庁が必要である",
    "夜間に相談できる窓口がない",
}
MUNICIPAL_ISSUES = {
    "各団体が個別にシステムを改修しており、費用が大きい。",
    "移行の作業を担う事業者が不足している。",
    "子育てや介護の手続の多くが紙で行われている。",
    "職員の情報セキュリティに関する知識に差がある。",
    "デジタル人材が不足している",
    "庁内の会議資料が紙で配られている",
}
CARE_GOALS = {
    "住み慣れた地域で自分らしく暮らし続けられるまちを目指します。",
    "元気に暮らせる高齢者を増やす",
    "支え合いの地域をつくる",
}
DISASTER_GOALS = {
    "災害時に全ての住民が避難に必要な情報を受け取れる。",
    "避難所の運営に当たる職員の負担を減らす。",
}


# counts per theme, unit or issue within a named plan (label → count)
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "防災情報の高度化に関する工程表のテーマ別の課題数",
            {"情報伝達の強化": 2, "避難所運営のデジタル化": 2},
        ),
        ("子育て手続のデジタル化計画　基本方針ごとの課題の数", {"申請のオンライン化": 2, "相談の充実": 1}),
        (
            "地域包括ケア推進計画の分野別の課題数",
            {"介護予防の推進": 2, "在宅医療と介護の連携": 1, "認知症施策": 2, "住まい": 1},
        ),
        (
            "移住・定住促進計画の基本方針ごとの施策数",
            {"仕事をつくる": 2, "住まいを整える": 2, "つながりを育む": 2},
        ),
        (
            "自治体DX推進計画の重点取組事項ごとの施策の数",
            {"情報システムの標準化・共通化": 2, "行政手続のオンライン化": 2, "セキュリティ対策の徹底": 1},
        ),
        ("教育DX推進工程表　テーマ別の施策の件数", {"学習環境の整備": 4, "校務のデジタル化": 2}),
        ("教育DXの工程表の重点分野ごとの施策数", {"学習環境の整備": 4, "校務のデジタル化": 2}),
        (
            "防災情報の高度化に関する工程表の重点分野ごとの施策の数",
            {"情報伝達の強化": 3, "避難所運営のデジタル化": 3},
        ),
        pytest.param(
            "子育て手続のデジタル化計画の担当課別の施策の件数",
            {"こども課": 3, "子育て支援センター": 1},
            marks=_not_yet("the graph does not hold it: 子育て支援センター is read as no body"),
        ),
        ("移住・定住促進計画の担当課別の施策数", {"企画課": 2}),
        ("自治体DX推進計画　担当課ごとの施策数", {"人事課": 1, "総務課": 1}),
        ("教育DX推進工程表の省庁別の施策数", {"文化庁": 2, "文部科学省": 1}),
        (
            "防災情報の高度化に関する工程表の課題ごとの施策数",
            {
                "避難情報が高齢者に届きにくい": 2,
                "河川の水位情報の提供が遅い": 1,
                "避難者の受付に時間がかかる": 2,
                "備蓄物資の在庫が把握できない": 1,
            },
        ),
        (
            "子育て手続のデジタル化計画で進捗の多い課題",
            {"保育所の入所申込が紙の様式に限られている": 2, "夜間に相談できる窓口がない": 1},
        ),
        (
            "施策ごとの進捗の件数（教育DX推進工程表）",
            {"端末の共同調達の推進": 2, "校務支援システムの標準仕様の策定": 1},
        ),
    ],
)
def test_counts_within_a_named_plan(plans: Settings, question: str, expected: dict[str, int]) -> None:
    assert _counts(ask(plans, question)) == expected


def test_units_of_a_plan_whose_owner_names_its_office(plans: Settings) -> None:
    # 防災アプリの多言語化 is 防災課's and 情報政策課（デジタル推進室）'s: the division or its office
    counts = _counts(ask(plans, "担当課別の施策の件数（防災情報の高度化に関する工程表）"))
    assert counts.get("防災課") == 5 and counts.get("河川課") == 1
    assert {k: v for k, v in counts.items() if k not in {"防災課", "河川課"}} in (
        {"情報政策課": 1},
        {"デジタル推進室": 1},
        {"情報政策課デジタル推進室": 1},
    )


# the most of a plan's themes, and a total
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("教育DX推進工程表で最も施策が多い重点分野", {"学習環境の整備"}),
        ("自治体DX推進計画で最も課題が多いテーマ", {"情報システムの標準化・共通化"}),
        ("子育て手続のデジタル化計画で課題が最も多い基本方針", {"申請のオンライン化"}),
        ("教育DX推進工程表で一番進捗の多い施策", {"端末の共同調達の推進"}),
    ],
)
def test_the_most_of_a_plans_themes(plans: Settings, question: str, expected: set[str]) -> None:
    assert _labels(ask(plans, question)) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("地域包括ケア推進計画の課題はいくつ", 6),
        ("自治体DX推進計画の施策の数", 7),
        ("移住・定住促進計画の取組状況の件数", 3),
        ("子育て手続のデジタル化計画の進捗のない課題はいくつ", 1),
        ("防災の工程表の目標はいくつ", 2),
    ],
)
def test_a_total_within_a_named_plan(plans: Settings, question: str, expected: int) -> None:
    result = ask(plans, question)
    assert result.answer.understood, result.answer.message
    assert [int(row["count"].value) for row in result.answer.rows] == [expected]


# per document: the six plans' rows (the seed report's row is there too)
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "文書ごとの課題の数",
            {
                "education-dx": 5,
                "municipal-dx": 6,
                "care-plan": 6,
                "settlement": 2,
                "disaster-info": 4,
                "childcare": 3,
            },
        ),
        (
            "各文書の施策数",
            {
                "education-dx": 9,
                "municipal-dx": 7,
                "care-plan": 7,
                "settlement": 6,
                "disaster-info": 6,
                "childcare": 4,
            },
        ),
        (
            "計画ごとの目標の数",
            {
                "education-dx": 3,
                "municipal-dx": 1,
                "care-plan": 3,
                "settlement": 3,
                "disaster-info": 2,
                "childcare": 1,
            },
        ),
    ],
)
def test_counts_per_document(plans: Settings, question: str, expected: dict[str, int]) -> None:
    result = ask(plans, question)
    assert result.answer.understood, result.answer.message
    counts = {row["document"].value: int(row["count"].value) for row in result.answer.rows}
    assert {k: v for k, v in counts.items() if k != SEED_ID} == expected
    assert SEED_ID in counts


# a named plan's goals and themes
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("地域包括ケア推進計画の目標", CARE_GOALS),
        pytest.param(
            "介護の計画の目標",
            CARE_GOALS,
            marks=_not_yet("the graph does not hold it: 介護 is no word of the plan's title"),
        ),
        ("防災情報の高度化に関する工程表の目標は？", DISASTER_GOALS),
        ("防災の工程表の目標", DISASTER_GOALS),
        ("子育て手続のデジタル化計画の目指す姿", {"子育て世帯が手続のために窓口へ来なくてもよい町にする。"}),
        ("移住・定住促進計画の基本方針の一覧", {"仕事をつくる", "住まいを整える", "つながりを育む"}),
        ("教育DX推進工程表の重点分野", {"学習環境の整備", "校務のデジタル化"}),
        ("子育て手続のデジタル化計画のテーマ", {"申請のオンライン化", "相談の充実"}),
        (
            "自治体DX推進計画の重点取組事項は",
            {"情報システムの標準化・共通化", "行政手続のオンライン化", "セキュリティ対策の徹底"},
        ),
        (
            "地域包括ケア推進計画の分野の一覧",
            {"介護予防の推進", "在宅医療と介護の連携", "認知症施策", "住まい"},
        ),
    ],
)
def test_a_named_plans_goals_and_themes(plans: Settings, question: str, expected: set[str]) -> None:
    assert _labels(ask(plans, question)) == expected


# measures under a theme or for an issue; progress of an issue or a measure
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("防災情報の高度化に関する工程表の重点分野2の施策", DISASTER_MEASURES_2),
        pytest.param(
            "子育て手続のデジタル化計画　課題1-1の取組",
            {"入所申込の電子申請の導入", "必要書類の写真による提出の受付"},
            marks=_not_yet("取組 of an issue are read as its measures and progress"),
        ),
        ("介護予防の推進の施策", {"通いの場の立ち上げ支援", "介護予防教室の開催"}),
        ("住まいを整えるための施策", {"空き家バンクの登録物件の拡充", "移住者向け住宅の改修費の補助"}),
        ("在宅医療と介護の連携に関する取組", {"入退院時の情報共有ルールの策定", "多職種による研修会の開催"}),
        (
            "避難者の受付に時間がかかるという課題への施策",
            {"受付でのマイナンバーカード読取の導入", "避難者名簿の電子化"},
        ),
        (
            "校務システムが学校ごとに異なる課題の施策",
            {"校務支援システムの標準仕様の策定", "クラウド型校務支援システムへの移行の支援"},
        ),
        ("教材の著作権処理に時間がかかる　施策", {"授業目的公衆送信の手引の改訂", "相談窓口の設置"}),
        pytest.param(
            "移住・定住促進計画の基本方針3の施策",
            {"交流会の開催", "地域おこし協力隊の受入れ"},
            marks=_not_yet("the graph does not hold it: the table's 「基本方針3」 gives its theme no number"),
        ),
        (
            "自治体DX推進計画の「行政手続のオンライン化」の課題",
            {"子育てや介護の手続の多くが紙で行われている。"},
        ),
        (
            "防災情報の高度化に関する工程表　課題1.1の進捗",
            {"戸別受信機の配備を開始（2024年7月）", "アプリを公開（2024年11月）"},
        ),
        ("夜間に相談できる窓口がない課題の進捗", {"チャット相談の試行を開始（2025年6月）"}),
        (
            "端末の共同調達の推進の取組状況",
            {"都道府県の調達会議を設置（2024年6月）", "共同調達の手引を公表（2024年10月）"},
        ),
        (
            "防災情報の高度化に関する工程表で進捗のない課題",
            {"河川の水位情報の提供が遅い", "備蓄物資の在庫が把握できない"},
        ),
    ],
)
def test_measures_and_progress_under_a_theme_or_issue(
    plans: Settings, question: str, expected: set[str]
) -> None:
    assert _labels(ask(plans, question)) == expected


# plans named by a word of their title or by their publisher; a unit's measures; a period
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("文部科学省の工程表の施策", EDUCATION_MEASURES),
        ("内閣府が出した計画の課題", DISASTER_ISSUES),
        ("内閣府の策定した計画の課題", DISASTER_ISSUES),
        ("子育ての計画の課題", CHILDCARE_ISSUES),
        ("松本市の計画の課題", MUNICIPAL_ISSUES),
        (
            "文部科学省が公表した工程表の進捗",
            {
                "都道府県の調達会議を設置（2024年6月）",
                "共同調達の手引を公表（2024年10月）",
                "標準仕様の素案を公表（2024年12月）",
            },
        ),
        ("企画課が担当する施策", {"交流会の開催", "地域おこし協力隊の受入れ"}),
        (
            "防災課が担当する施策",
            {
                "戸別受信機の配備の支援",
                "防災アプリの多言語化",
                "受付でのマイナンバーカード読取の導入",
                "避難者名簿の電子化",
                "備蓄物資の管理システムの整備",
            },
        ),
        (
            "2024年に実施された取組（防災情報の高度化に関する工程表）",
            {
                "戸別受信機の配備を開始（2024年7月）",
                "アプリを公開（2024年11月）",
                "受付の実証実験を実施（2024年9月）",
            },
        ),
        (
            "教育DX推進工程表で2025年度に予定されている施策",
            {"授業目的公衆送信の手引の改訂", "相談窓口の設置", "学習者用デジタル教科書の配布"},
        ),
    ],
)
def test_plans_named_by_title_word_or_publisher(plans: Settings, question: str, expected: set[str]) -> None:
    assert _labels(ask(plans, question)) == expected


def test_a_count_of_a_plan_named_by_a_word_of_its_title(plans: Settings) -> None:
    result = ask(plans, "移住の計画の施策の数")
    assert result.answer.understood, result.answer.message
    assert [int(row["count"].value) for row in result.answer.rows] == [6]
