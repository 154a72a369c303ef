"""Questions over a city's plan beside the seed report: an issue or a theme numbered in both asked by
the number as one of them writes it, a count per document, a municipality named as its plan and the
national list name it, what a unit of the city does.

The city's plan is a page written in the shape of municipal DX plans (目標 list, 基本方針, 課題1-1,
施策1-1-1 with its 担当課, a progress table and a 成果指標 table), naming real bodies and laws; the
expected answers are read from it (``PLAN``) and from the seed report (line numbers are its lines).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.settings import Settings
from search.ask import AskResult, answer_question
from tests.conftest import SEED, SEED_ID, settings_for
from tests.search.test_ask import ISSUES_PER_THEME

CITY_ID = "maebashi-dx-plan"
PLAN = """<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>前橋市デジタル推進計画</title></head>
<body>
<h1>前橋市デジタル推進計画（令和4年度～令和7年度）</h1>
<p>令和5年5月15日改訂　前橋市</p>
<h2>1 計画の目標</h2>
<ul>
<li>目標1 市民の手続の負担をなくす</li>
<li>目標2 地域のデジタル格差をなくす</li>
<li>目標3 行政事務を効率化する</li>
</ul>
<h2>2 基本方針と施策</h2>
<h3>基本方針1 行かない窓口の実現</h3>
<h4>課題1-1 書面による申請手続が多い</h4>
<p>市の手続のうち、オンラインで申請できるものは約3割にとどまる。</p>
<table>
<tr><th>施策</th><th>内容</th><th>担当課</th></tr>
<tr><td>施策1-1-1 オンライン申請の拡大</td>
<td>令和5年度までに、デジタル手続法に基づき主要な200手続をオンライン化する。</td>
<td>デジタル推進課</td></tr>
<tr><td>施策1-1-2 キャッシュレス決済の導入</td>
<td>令和4年度に市民課の窓口でキャッシュレス決済を導入する。</td>
<td>市民課</td></tr>
</table>
<h3>基本方針2 誰一人取り残さないデジタル化</h3>
<h4>課題2-1 高齢者のスマートフォン利用が進んでいない</h4>
<p>65歳以上の市民のスマートフォン保有率は約6割にとどまる。</p>
<table>
<tr><th>施策</th><th>内容</th><th>担当課</th></tr>
<tr><td>施策2-1-1 スマホ教室の開催</td>
<td>令和4年度から公民館でスマホ教室を年100回開催する。</td>
<td>長寿包括ケア課</td></tr>
<tr><td>施策2-1-2 マイナンバーカードの交付促進</td>
<td>番号法に基づき、令和5年3月までに交付率70%をめざして出張申請受付を行う。</td>
<td>市民課</td></tr>
</table>
<h4>課題2-2 地域により通信環境に差がある</h4>
<p>中山間地域では公共施設の通信環境が整っていない。</p>
<table>
<tr><th>施策</th><th>内容</th><th>担当課</th></tr>
<tr><td>施策2-2-1 公共施設への公衆無線LAN整備</td>
<td>令和6年度までに全ての公民館に公衆無線LANを整備する。</td>
<td>情報政策課</td></tr>
</table>
<h3>基本方針3 データを活かした行政運営</h3>
<h4>課題3-1 庁内のデータが部署ごとに分かれている</h4>
<p>データが部署ごとに管理され、横断的な活用ができていない。</p>
<table>
<tr><th>施策</th><th>内容</th><th>担当課</th></tr>
<tr><td>施策3-1-1 オープンデータの公開</td>
<td>官民データ活用推進基本法に基づき、
令和4年度から毎年50件のデータセットを公開する。</td>
<td>情報政策課</td></tr>
<tr><td>施策3-1-2 個人情報の適正な管理</td>
<td>個人情報保護法の改正に対応し、令和5年4月までに個人情報保護条例を改める。</td>
<td>総務課</td></tr>
</table>
<h2>3 進捗状況</h2>
<table>
<tr><th>施策</th><th>時期</th><th>担当課</th><th>取組状況</th></tr>
<tr><td>施策1-1-1</td>
<td>2022年6月</td>
<td>デジタル推進課</td>
<td>子育て関係の30手続のオンライン申請を開始した。</td></tr>
<tr><td>施策1-1-1</td>
<td>2022年12月</td>
<td>デジタル推進課</td>
<td>オンライン申請できる手続が120手続に増えた。</td></tr>
<tr><td>施策2-1-1</td>
<td>2022年9月</td>
<td>長寿包括ケア課</td>
<td>公民館でスマホ教室を45回開催した。</td></tr>
<tr><td>施策2-1-2</td>
<td>2023年3月</td>
<td>市民課</td>
<td>マイナンバーカードの交付率が68.5%となった。</td></tr>
</table>
<h2>4 成果指標</h2>
<table>
<tr><th>指標</th><th>基準値（令和3年度）</th><th>目標値（令和7年度）</th></tr>
<tr><td>オンライン申請できる手続の割合</td><td>30%</td><td>80%</td></tr>
<tr><td>マイナンバーカード交付率</td><td>45%</td><td>90%</td></tr>
<tr><td>スマホ教室の参加者数</td><td>0人</td><td>4,000人</td></tr>
</table>
</body></html>
"""
_MANIFEST = f"""[corpus]
ignore = ["manifest.toml"]

[[document]]
id = "{SEED_ID}"
file = "{SEED.name}"
title = "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ報告書フォローアップ"
publisher = "デジタル庁"
date = 2021-10-22

[[document]]
id = "{CITY_ID}"
file = "{CITY_ID}.html"
title = "前橋市デジタル推進計画"
publisher = "前橋市"
date = 2023-05-15
"""


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    from kg.build import build

    corpus = tmp_path_factory.mktemp("plans") / "corpus"
    corpus.mkdir()
    shutil.copy2(SEED, corpus / SEED.name)
    (corpus / f"{CITY_ID}.html").write_text(PLAN, encoding="utf-8")
    (corpus / "manifest.toml").write_text(_MANIFEST, encoding="utf-8")
    settings = settings_for(Path(corpus.parent / "data"), corpus)
    report = build(settings)
    assert not report.failed, report.to_text()
    return settings


def ask(settings: Settings, question: str) -> AskResult:
    return answer_question(settings, question, limit=1000)


def _values(result: AskResult, column: str) -> set[str]:
    assert result.answer.understood, result.answer.message
    return {row[column].value for row in result.answer.rows}


@pytest.mark.parametrize(
    ("question", "measures"),
    [
        ("課題2-1の施策", {"スマホ教室の開催", "マイナンバーカードの交付促進"}),
        ("課題２－１　施策", {"スマホ教室の開催", "マイナンバーカードの交付促進"}),
        ("課題2-2の施策", {"公共施設への公衆無線LAN整備"}),
    ],
)
def test_an_issue_number_as_the_city_writes_it_is_the_citys(
    plans: Settings, question: str, measures: set[str]
) -> None:
    # the report's 2.1 and 2.2 (lines 341, 350) are numbered with a dot, the city's with a hyphen
    result = ask(plans, question)
    assert result.answer.kind == "issue_measures", result.answer.message
    assert _values(result, "itemLabel") == measures
    assert _values(result, "document") == {CITY_ID}


@pytest.mark.parametrize("question", ["2-1の施策", "２－１の施策", "課題2-1の施策"])
def test_an_issue_number_typed_alone_or_with_its_word_is_the_one_written_so(
    plans: Settings, question: str
) -> None:
    # the city's 課題2-1 holds pol:number 2-1 (its word left out); the report writes 2.1, not 2-1
    result = ask(plans, question)
    assert result.answer.kind == "issue_measures", result.answer.message
    assert _values(result, "itemLabel") == {"スマホ教室の開催", "マイナンバーカードの交付促進"}


@pytest.mark.parametrize("question", ["２．１の施策", "2.1の施策"])
def test_an_issue_number_with_a_dot_is_the_report_s(plans: Settings, question: str) -> None:
    # 2.1 (line 341) and its six measures (lines 343-348); the city writes 課題2-1
    result = ask(plans, question)
    assert _values(result, "document") == {SEED_ID} and len(result.answer.rows) == 6


def test_an_issue_number_as_the_report_writes_it_is_the_reports(plans: Settings) -> None:
    # 2.1 (line 341): its six measures (lines 343-348), none of the city's
    result = ask(plans, "課題2.1の施策")
    assert _values(result, "document") == {SEED_ID} and len(result.answer.rows) == 6


def test_an_issue_number_no_document_writes_as_typed_is_read_either_way(plans: Settings) -> None:
    # 「課題3-2」: no plan writes 3-2; the report's 3.2 (line 385)
    result = ask(plans, "課題3-2の進捗")
    assert result.answer.kind == "issue_progress", result.answer.message
    assert "カード機能" in result.answer.reading


@pytest.mark.parametrize(
    ("question", "measures"),
    [
        (
            "基本方針2の施策",
            {"スマホ教室の開催", "マイナンバーカードの交付促進", "公共施設への公衆無線LAN整備"},
        ),
        ("前橋市の計画　基本方針1　施策", {"オンライン申請の拡大", "キャッシュレス決済の導入"}),
        ("基本方針３の施策", {"オープンデータの公開", "個人情報の適正な管理"}),
    ],
)
def test_a_theme_asked_by_the_word_its_plan_numbers_it_with(
    plans: Settings, question: str, measures: set[str]
) -> None:
    # the report's themes 1 and 2 (lines 294, 339) are numbered bare, the city's 基本方針1 and 2
    result = ask(plans, question)
    assert _values(result, "itemLabel") == measures


@pytest.mark.parametrize(
    ("question", "counts"),
    [
        ("基本方針ごとの施策数", {"1": 2, "2": 3, "3": 2}),
        ("基本方針別の課題の数", {"1": 1, "2": 2, "3": 1}),
    ],
)
def test_a_count_per_theme_by_the_word_one_plan_numbers_them_with(
    plans: Settings, question: str, counts: dict[str, int]
) -> None:
    # only the city numbers its themes 基本方針1-3 (施策1-1-1 and 1-1-2; 2-1-1, 2-1-2 and 2-2-1;
    # 3-1-1 and 3-1-2 under 課題1-1; 2-1 and 2-2; 3-1); the report's themes 1-6 are numbered bare, and
    # its themes 1-3 are not counted: the rows are the city's, by their numbers alone (pol:number)
    result = ask(plans, question)
    assert result.answer.understood, result.answer.message
    found = {row["number"].value: int(row["count"].value) for row in result.answer.rows}
    assert found == counts


def test_a_count_per_document(plans: Settings) -> None:
    # the city's 課題1-1, 2-1, 2-2 and 3-1; the report's 1.1-6.3
    result = ask(plans, "文書ごとの課題数")
    assert result.answer.kind == "issues_by_document", result.answer.message
    counts = {row["document"].value: int(row["count"].value) for row in result.answer.rows}
    assert counts == {CITY_ID: 4, SEED_ID: sum(ISSUES_PER_THEME.values())}


def test_a_count_kept_to_a_document_says_so(plans: Settings) -> None:
    result = ask(plans, "前橋市の計画の課題の数")
    assert [row["count"].value for row in result.answer.rows] == ["4"]
    assert "すべての文書" not in result.answer.reading


def test_the_measures_per_unit_of_the_city(plans: Settings) -> None:
    # 担当課 of the plan's measure tables; the ministries of the report are no unit
    result = ask(plans, "担当課別の施策数")
    assert result.answer.kind == "unit_ranking", result.answer.message
    units = _values(result, "agencyLabel")
    assert {"市民課", "情報政策課", "デジタル推進課", "長寿包括ケア課", "総務課"} <= units
    assert not units & {"デジタル庁", "総務省"}


def test_a_city_named_by_its_plan_and_by_the_national_list_is_one_body(plans: Settings) -> None:
    # 前橋市 publishes the plan; 群馬県前橋市 is its name in the national list, its 課 under it
    result = ask(plans, "前橋市の施策一覧")
    assert result.answer.kind == "agency_items", result.answer.message
    assert {"キャッシュレス決済の導入", "オープンデータの公開", "個人情報の適正な管理"} <= _values(
        result, "itemLabel"
    )


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("課題3.2　法律", "issue_laws"),  # line 45: its progress names デジタル改革関連法
        ("マイナンバー法　改正", "law_amends"),  # line 54
        ("交付率　ランキング", "prefecture_rates"),
        ("2021/9", "period_items"),
    ],
)
def test_short_forms_staff_type(plans: Settings, question: str, kind: str) -> None:
    result = ask(plans, question)
    assert result.answer.kind == kind, result.answer.message


def test_the_laws_of_an_issue(plans: Settings) -> None:
    assert _values(ask(plans, "課題3.2の根拠法"), "lawLabel") == {"デジタル改革関連法"}


def test_a_month_with_a_slash(plans: Settings) -> None:
    # lines 25 and 35: 3年9月 (September 2021)
    result = ask(plans, "2021/9")
    assert "2021-09～2021-09" in result.answer.reading
    assert {"25", "35"} <= _values(result, "line")


@pytest.mark.parametrize("question", ["令和4年度に前橋市で実施した取組", "令和4年度に前橋市が実施した取組"])
def test_a_body_said_after_the_period(plans: Settings, question: str) -> None:
    # the progress table: June, September and December 2022, March 2023 (fiscal 2022)
    result = ask(plans, question)
    assert result.answer.kind == "period_done_agency", result.answer.message
    assert _values(result, "dateText") == {"2022年6月", "2022年9月", "2022年12月", "2023年3月"}
    assert _values(result, "document") == {CITY_ID}


def test_progress_named_by_words_of_one_entry_holds_the_other_entries_on_its_measure(
    plans: Settings,
) -> None:
    # 「子育て関係の30手続」 is in the first progress row of 施策1-1-1 (2022年6月) alone; the row of
    # 2022年12月 reports on the same measure
    result = ask(plans, "子育て関係の30手続の進捗")
    assert result.answer.kind == "worded_progress", result.answer.message
    labels = [row["itemLabel"].value for row in result.answer.rows]
    assert len(labels) == 2
    assert labels[0].startswith("子育て関係の30手続のオンライン申請を開始")
    assert labels[1].startswith("オンライン申請できる手続が120手続に増えた")


@pytest.mark.parametrize(
    ("question", "items"),
    [
        # 施策1-1-1 says デジタル手続法に基づき (its 内容 cell), 施策3-1-1 官民データ活用推進基本法に基づき
        ("デジタル手続法", {"オンライン申請の拡大"}),
        ("「官民データ活用推進基本法」", {"オープンデータの公開"}),
        # 番号法 in the city's 施策2-1-2 (番号法に基づき) and in the report (line 54): the city's alone
        ("番号法　前橋", {"マイナンバーカードの交付促進"}),
        ("前橋　番号法", {"マイナンバーカードの交付促進"}),
        # 市民課 is in charge of 施策1-1-2 and 施策2-1-2 and of the progress row of 2023年3月
        (
            "市民課　前橋",
            {
                "キャッシュレス決済の導入",
                "マイナンバーカードの交付促進",
                "マイナンバーカードの交付率が68.5%となった。",
            },
        ),
    ],
)
def test_a_name_alone_is_what_the_graph_relates_to_it(
    plans: Settings, question: str, items: set[str]
) -> None:
    result = ask(plans, question)
    assert result.answer.reading.startswith("名前だけの質問"), result.answer.message
    assert _values(result, "itemLabel") == items
    assert _values(result, "document") == {CITY_ID}


def test_an_issue_named_alone_is_its_progress(plans: Settings) -> None:
    # the progress table's rows on 施策2-1-1 and 施策2-1-2, the measures of 課題2-1
    result = ask(plans, "課題2-1")
    assert result.answer.reading.startswith("名前だけの質問"), result.answer.message
    assert _values(result, "itemLabel") == {
        "公民館でスマホ教室を45回開催した。",
        "マイナンバーカードの交付率が68.5%となった。",
    }


@pytest.mark.parametrize("question", ["番号法　交付", "番号法　前橋　施策一覧　令和", "前橋市　総務省"])
def test_a_name_with_a_word_that_names_no_publisher_is_not_read_alone(plans: Settings, question: str) -> None:
    assert not (ask(plans, question).answer.reading or "").startswith("名前だけの質問")


def test_progress_asked_as_how_it_went(plans: Settings) -> None:
    # 「スマホ教室」 is in the progress row of 2022年9月 alone (施策2-1-1)
    result = ask(plans, "スマホ教室の経緯")
    assert _values(result, "itemLabel") == {"公民館でスマホ教室を45回開催した。"}


@pytest.mark.parametrize(
    "question", ["前橋市の計画の数値目標（KPI）", "前橋市の計画に書かれている成果目標（KPI）は？"]
)
def test_the_targets_glossed_by_their_other_name(plans: Settings, question: str) -> None:
    # the plan's 成果指標 table: three rows, each with its 目標値（令和7年度）
    result = ask(plans, question)
    assert result.answer.kind == "target_list_in_document", result.answer.message
    assert len(result.answer.rows) == 3
    assert _values(result, "document") == {CITY_ID}


def test_the_targets_class_named_by_a_word_for_figures_is_no_word_asked(plans: Settings) -> None:
    # 数値目標 names the targets' class: every target, not those whose words hold 「数値」
    result = ask(plans, "数値目標の一覧")
    assert result.answer.kind == "target_list", result.answer.message
    assert CITY_ID in _values(result, "document")
