"""Questions that name a law with one of its articles (「…法第9条に基づく施策」), an issue by words of its
title with its number in brackets after them (「…の改善（3.2）の進捗」), a body with initials in brackets
the graph does not know (「…機構（JLIS）」), or the items asked for as 事項 or 項目
(「令和4年度に予定されている事項」); a body's 役割 (what it is involved in), issues 「まだ何も進んでいない」
(no progress), a name's 「文書と行」 (where it is said), and a list said with how many it holds
(「6つのテーマ」).

Each expectation was written from the seed report before the question was asked (the constants of
:mod:`tests.search.test_ask` name their lines).  The graph ties items to a law, not to its articles: a
law's article is read as the law, and the reading says so.
"""

from __future__ import annotations

from kg.settings import Settings
from search.ask import answer_question
from tests.search.test_ask import (
    DIGITAL_AGENCY_MEASURES,
    ISSUE_3_2,
    J_LIS,
    J_LIS_MEASURES,
    JPKI_MEASURES,
    MEASURES_3_2,
    MOJ,
    MY_NUMBER_ACT,
    MY_NUMBER_MEASURES,
    NO_PROGRESS,
    PLANNED_FY2022,
    STANDARDIZATION_MEASURES,
    seed_rows,
)
from tests.search.test_ask_named_forms import J_LIS_LINES
from tests.search.test_ask_staff import Check, _issues, _items, _lines, _progress, _themes, assert_tally

ASKED: list[tuple[str, Check | None]] = [
    # a law with an article, paragraph or item, with or without 第, in full-width digits
    ("マイナンバー法第9条に基づく施策", _items(MY_NUMBER_MEASURES)),
    ("番号法１９条８号に依拠する取組", _items(MY_NUMBER_ACT | MY_NUMBER_MEASURES)),
    ("公的個人認証法の第3条第1項に関係する施策", _items(JPKI_MEASURES)),
    ("地方公共団体情報システムの標準化に関する法律第6条に基づく施策", _items(STANDARDIZATION_MEASURES)),
    # a law the graph does not hold, said with an article: no answer
    ("住民基本台帳法第30条の15に基づく施策", None),
    # an issue by words of its title, its number in brackets after them
    ("カード機能の改善（3.2）の進捗", _progress(ISSUE_3_2)),
    ("カード機能の抜本的改善(課題3.2)の取組状況を時系列で", _progress(ISSUE_3_2)),
    ("業務システムの標準化（4.6）に対する施策", _items(STANDARDIZATION_MEASURES)),
    # a bare number in brackets after words of another issue's title: not read as that issue
    ("公金受取口座（3.2）の進捗", None),
    # 事項 and 項目: the items of both classes
    ("令和4年度に予定されている事項", _items(PLANNED_FY2022)),
    ("2022年度に予定の項目", _items(PLANNED_FY2022)),
    # a body's role: what it is involved in, both classes
    ("J-LISの役割は？", _items(J_LIS)),
    ("法務省が担う役割を教えて", _items(MOJ)),
    # initials in brackets that name nothing else: the body before them
    ("地方公共団体情報システム機構（JLIS）が関わる施策", _items(J_LIS_MEASURES)),
    ("デジタル庁（DA）が担当する施策", _items(DIGITAL_AGENCY_MEASURES)),
    # no progress said with a verb of progressing
    ("まだ何も進んでいない課題", _issues(NO_PROGRESS)),
    ("進展していない課題は？", _issues(NO_PROGRESS)),
    # where a name is said, asked with its document
    ("J-LISが出てくる文書と行", _lines(J_LIS_LINES)),
    # how many a list holds, said before it
    ("6つのテーマの一覧", _themes),
    ("課題3.2の４つの施策", _items(MEASURES_3_2)),
]


def test_said_whole_tally(indexed: Settings) -> None:
    assert_tally(indexed, ASKED, total=20, right_at_least=20)


def test_an_article_is_read_as_its_law(indexed: Settings) -> None:
    result = answer_question(indexed, "マイナンバー法第9条に基づく施策", limit=1000)
    assert "第9条は法令全体として" in result.answer.reading


def _labels(settings: Settings, question: str) -> list[str]:
    result = answer_question(settings, question, limit=1000)
    assert result.answer.kind == "period_started", result.answer.message
    return [row["itemLabel"] for row in seed_rows(result)]


def test_begun_from_a_month_on(indexed: Settings) -> None:
    # 以降 runs on from the month, whatever verb follows: begun in 3年9月 (line 89, デジタル庁の設置) and in
    # 3年10月 (line 26, 480万枚に増強; line 46, システムの設計・開発等（3年10月～）), not in 3年5月 (line 46,
    # 公的個人認証法改正); 「から」 before 始まった keeps to the month itself
    on = _labels(indexed, "令和３年９月以降に始まった取組")
    assert any(label.startswith("デジタル庁の設置") for label in on)
    assert any("480万枚に増強" in label for label in on)
    assert any("システムの設計・開発等（3年10月～）" in label for label in on)
    assert not any(label.startswith("公的個人認証法改正") for label in on)
    in_month = _labels(indexed, "令和３年９月から始まった取組")
    assert any(label.startswith("デジタル庁の設置") for label in in_month)
    assert not any("480万枚に増強" in label for label in in_month)
