"""Headings of procedure and the plan's parts, issue headings, and measure labels of plain outlines.

Written for the tests (not taken from any published document); the items were read off each
excerpt before the rules ran on it:

- a label in round brackets naming qualified measures (「（基本的な施策）」) over 「○」 lines, and a
  「重点取組」 line over 「①」 lines of a plain outline, list the measures of the theme above;
- a 「重点課題1　…」 heading is an issue, no theme: the measures its 【具体的な施策】 label lists
  address it and stand in no theme;
- a heading that names the plan's parts (「振興の柱とアクション」 over 「柱1　…」 headings, each over
  its 【課題】 list) is no theme;
- in a 【現状と課題】 paragraph, a sentence stating the state of things beside one that names the
  problem as 課題 is no issue; a rise foreseen (「…の増加が見込まれる」) is one, and no line under
  such a label is a measure;
- the last of a run of 「◆ …」 lines is one of them, and a 「■推進体制」 line after them is a part
  about the plan, no measure;
- decimal headings a status table names by number and title (「| 1.1 …の長期化 | … |」) are its
  issues, the row no second one, and 「これまでの取組状況」 over the table no theme;
- a measure heading closing with the issue it answers (「…の多言語化（課題1-1）」) addresses it, as
  do the entries under it that name who carries them out (「… 【担当】…課」), and a 柱 stated again
  in a later chapter with a gloss after its title is the same theme.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.kg.extract.shapes_cases import Case, Expected
from tests.kg.extract.test_shapes import _markdown, assert_word_gives_the_markdown_items, tally


def _e(cls: str, label: str, theme: str | None = None, line: str | None = None) -> Expected:
    return Expected(cls, label, theme, line)


PARENTHESISED_MEASURES = Case(
    "（基本的な施策） over ○ lines under 方針 headings",
    """\
# 南川町子ども読書推進計画

## 第3章　施策の展開

### 方針1　家庭での読書の推進

（基本的な施策）
○ 乳幼児健診での絵本の配布
○ 家庭での読み聞かせの普及啓発

### 方針2　学校での読書の推進

（基本的な施策）
○ 朝の読書活動の支援
""",
    (
        _e("Theme", "家庭での読書の推進"),
        _e("Measure", "乳幼児健診での絵本の配布", "家庭での読書の推進"),
        _e("Measure", "家庭での読み聞かせの普及啓発", "家庭での読書の推進"),
        _e("Theme", "学校での読書の推進"),
        _e("Measure", "朝の読書活動の支援", "学校での読書の推進"),
    ),
    ("第3章　施策の展開", "（基本的な施策）"),
)

PLAIN_KEY_ACTIONS = Case(
    "plain outline: 基本方針 lines over 重点取組 and ① lines",
    """\
# 東山村観光振興計画

第1章　計画の趣旨

　本計画は、村の観光振興の方向を示すものです。

第2章　基本方針と重点取組

基本方針1　自然を生かした観光の振興
　重点取組
　①　登山道の再整備
　②　星空観察会の開催

基本方針2　交流人口の拡大
　重点取組
　①　移住体験住宅の運営
""",
    (
        _e("Theme", "自然を生かした観光の振興"),
        _e("Measure", "登山道の再整備", "自然を生かした観光の振興"),
        _e("Measure", "星空観察会の開催", "自然を生かした観光の振興"),
        _e("Theme", "交流人口の拡大"),
        _e("Measure", "移住体験住宅の運営", "交流人口の拡大"),
    ),
    ("第1章　計画の趣旨", "第2章　基本方針と重点取組", "重点取組"),
)

PRIORITY_ISSUES = Case(
    "重点課題 headings over 【具体的な施策】 bullets, no theme; 推進体制 after them",
    """\
# 北野市自殺対策計画

## 第3章　重点課題と具体的な施策

### 重点課題1　若年層の相談先の不足

【具体的な施策】
- SNSを活用した相談窓口の開設
- 大学と連携した相談会の実施

### 重点課題2　生活困窮者への支援の遅れ

【具体的な施策】
- 相談窓口の一本化

## 第4章　計画の推進体制

　北野市自殺対策推進会議において、毎年度取組の状況を点検します。
""",
    (
        _e("Issue", "若年層の相談先の不足"),
        _e("Measure", "SNSを活用した相談窓口の開設"),
        _e("Measure", "大学と連携した相談会の実施"),
        _e("Issue", "生活困窮者への支援の遅れ"),
        _e("Measure", "相談窓口の一本化"),
    ),
    (
        "第3章　重点課題と具体的な施策",
        "【具体的な施策】",
        "第4章　計画の推進体制",
        "毎年度取組の状況を点検します。",
    ),
)

PARTS_OF_THE_PLAN = Case(
    "a heading naming the plan's parts over 方針 headings with 【課題】 lists",
    """\
# 南浜町農業振興プラン

## 3．振興の柱とアクション

### 柱1　担い手の育成

【課題】
- 新規就農者が定着していない
- 農業法人が少ない

取組1-1　就農研修の実施

### 柱2　農地の保全

【課題】
- 耕作放棄地が増えている
- 農業用水路が老朽化している

取組2-1　農地バンクの運営

## 4．推進体制

　南浜町農業振興協議会において、取組の進捗を毎年度確認します。
""",
    (
        _e("Theme", "担い手の育成"),
        _e("Issue", "新規就農者が定着していない", "担い手の育成"),
        _e("Issue", "農業法人が少ない", "担い手の育成"),
        _e("Measure", "就農研修の実施", "担い手の育成"),
        _e("Theme", "農地の保全"),
        _e("Issue", "耕作放棄地が増えている", "農地の保全"),
        _e("Issue", "農業用水路が老朽化している", "農地の保全"),
        _e("Measure", "農地バンクの運営", "農地の保全"),
    ),
    ("3．振興の柱とアクション", "4．推進体制", "取組の進捗を毎年度確認します。"),
)

STATUS_BESIDE_ISSUE = Case(
    "【現状と課題】 paragraphs: a fact beside a sentence naming the 課題",
    """\
# 西町男女共同参画計画

## 2　分野別の施策

### 分野1　働く場の男女共同参画

【現状と課題】
　市内の共働き世帯は増加を続けています。保育の受け皿の確保が喫緊の課題となっています。

【施策の方向】
- 育児休業の取得促進に向けた事業所への啓発

### 分野2　地域活動の男女共同参画

【現状と課題】
　自治会長に占める女性の割合が低い状況にあります。

【施策の方向】
- 女性リーダー養成講座の開催

### 分野3　高齢期の男女共同参画

【現状と課題】
・単身の高齢女性の増加が見込まれる
・地域活動の担い手が男性に偏っている

【施策の方向】
- 高齢者サロンの運営支援
""",
    (
        _e("Theme", "働く場の男女共同参画"),
        _e("Issue", "保育の受け皿の確保が喫緊の課題となっています。", "働く場の男女共同参画"),
        _e("Measure", "育児休業の取得促進に向けた事業所への啓発", "働く場の男女共同参画"),
        _e("Theme", "地域活動の男女共同参画"),
        _e("Issue", "自治会長に占める女性の割合が低い状況にあります。", "地域活動の男女共同参画"),
        _e("Measure", "女性リーダー養成講座の開催", "地域活動の男女共同参画"),
        _e("Theme", "高齢期の男女共同参画"),
        _e("Issue", "単身の高齢女性の増加が見込まれる", "高齢期の男女共同参画"),
        _e("Issue", "地域活動の担い手が男性に偏っている", "高齢期の男女共同参画"),
        _e("Measure", "高齢者サロンの運営支援", "高齢期の男女共同参画"),
    ),
    ("【現状と課題】", "【施策の方向】"),
)

MARKED_RUNS = Case(
    "【柱】 lines over ◆ lines, a ■推進体制 line after them",
    """\
# 南浦市文化振興プラン

【柱1】文化にふれる機会の拡大
　◆市民美術展の開催
　◆出前コンサートの実施

【柱2】文化の担い手の育成
　◆子ども伝統芸能教室の運営
　◆文化ボランティアの養成

■推進体制
　南浦市文化振興審議会において、毎年度、事業の実施状況を評価します。
""",
    (
        _e("Theme", "文化にふれる機会の拡大"),
        _e("Measure", "市民美術展の開催", "文化にふれる機会の拡大"),
        _e("Measure", "出前コンサートの実施", "文化にふれる機会の拡大"),
        _e("Theme", "文化の担い手の育成"),
        _e("Measure", "子ども伝統芸能教室の運営", "文化の担い手の育成"),
        _e("Measure", "文化ボランティアの養成", "文化の担い手の育成"),
    ),
    ("■推進体制", "事業の実施状況を評価します。"),
)

CASES = [
    PARENTHESISED_MEASURES,
    PLAIN_KEY_ACTIONS,
    PRIORITY_ISSUES,
    PARTS_OF_THE_PLAN,
    STATUS_BESIDE_ISSUE,
    MARKED_RUNS,
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_the_items_of_each_shape_are_found_and_no_procedure_heading_is_one(case: Case) -> None:
    assert tally(case, _markdown(case)).wrong == []


def test_the_measures_under_a_priority_issue_address_it() -> None:
    ex = _markdown(PRIORITY_ISSUES)
    issues = {i.key: i.label for i in ex.of("Issue")}
    assert [(m.label, issues.get(m.issue or "")) for m in ex.of("Measure")] == [
        ("SNSを活用した相談窓口の開設", "若年層の相談先の不足"),
        ("大学と連携した相談会の実施", "若年層の相談先の不足"),
        ("相談窓口の一本化", "生活困窮者への支援の遅れ"),
    ]
    # 「### 重点課題1　…」: the number alone, the counting word with it in the notation
    assert [(i.number, i.notation) for i in ex.of("Issue")] == [("1", "重点課題1"), ("2", "重点課題2")]


@pytest.mark.parametrize(
    "case", [PARENTHESISED_MEASURES, PRIORITY_ISSUES, PARTS_OF_THE_PLAN], ids=lambda c: c.name
)
def test_the_word_version_gives_the_same_items(case: Case, tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(case, tmp_path)


# A status table naming each issue heading by its number and title (「| 1.1 荷待ち時間の長期化 | … |」).
TITLED_STATUS_ROWS = Case(
    "decimal headings under 重点分野 headings that a status table names by number and title",
    """\
# 港町物流効率化計画

## 第2章　重点分野・課題・施策

### 重点分野1　輸送の効率化

#### 1.1 荷待ち時間の長期化

- 予約受付システムの導入支援（所管：港町産業振興課）
- 荷主への協力要請（所管：港町産業振興課）

#### 1.2 共同配送の遅れ

- 共同配送の実証（所管：港町産業振興課）

## 第3章　これまでの取組状況

| 課題 | 取組 | 取組状況 | 時期 |
|---|---|---|---|
| 1.1 荷待ち時間の長期化 | 荷待ち対策の補助 | 補助事業の公募を始めた | 令和6年4月 |
""",
    (
        _e("Theme", "輸送の効率化"),
        _e("Issue", "荷待ち時間の長期化", "輸送の効率化", "#### 1.1"),
        _e("Measure", "予約受付システムの導入支援", "輸送の効率化"),
        _e("Measure", "荷主への協力要請", "輸送の効率化"),
        _e("Issue", "共同配送の遅れ", "輸送の効率化"),
        _e("Measure", "共同配送の実証", "輸送の効率化"),
        _e("Measure", "荷待ち対策の補助", "輸送の効率化"),
    ),
    ("第2章　重点分野・課題・施策", "第3章　これまでの取組状況"),
)


def test_a_status_table_naming_headings_by_number_and_title_makes_them_its_issues() -> None:
    ex = _markdown(TITLED_STATUS_ROWS)
    assert tally(TITLED_STATUS_ROWS, ex).wrong == []
    issues = {i.key: i.number for i in ex.of("Issue")}
    assert sorted(issues.values()) == ["1.1", "1.2"]
    assert [(m.label, issues.get(m.issue or "")) for m in ex.of("Measure")] == [
        ("予約受付システムの導入支援", "1.1"),
        ("荷主への協力要請", "1.1"),
        ("共同配送の実証", "1.2"),
        ("荷待ち対策の補助", "1.1"),
    ]


def test_the_word_version_of_the_status_rows_gives_the_same_items(tmp_path: Path) -> None:
    assert_word_gives_the_markdown_items(TITLED_STATUS_ROWS, tmp_path)


# 柱 headings in a chapter of issues and again (with a gloss) in one of measures; measure headings
# closing with the issue they answer, over entries that each name who carries them out.
NOTED_ISSUES = Case(
    "施策 headings noting their 課題 over entries with 【担当】 labels; each 柱 in two chapters",
    """\
# 西浜市観光振興計画

## 第2章　課題

### 柱1　来訪者の満足度向上

- 課題1-1　外国人向けの案内が不足している。
- 課題1-2　市内の周遊手段が少ない。

## 第3章　施策

### 柱1　来訪者の満足度向上（受入環境）

#### 施策1-1　案内の多言語化（課題1-1）

- 観光案内板の多言語表記 【担当】観光課
- 翻訳アプリの貸出 【担当】観光課【関係機関】西浜市観光協会

#### 施策1-2　周遊バスの運行（課題1-2）

- 周遊バスの試験運行 【担当】交通政策課
""",
    (
        _e("Theme", "来訪者の満足度向上"),
        _e("Issue", "外国人向けの案内が不足している。", "来訪者の満足度向上"),
        _e("Issue", "市内の周遊手段が少ない。", "来訪者の満足度向上"),
        _e("Measure", "案内の多言語化", "来訪者の満足度向上"),
        _e("Measure", "観光案内板の多言語表記", "来訪者の満足度向上"),
        _e("Measure", "翻訳アプリの貸出", "来訪者の満足度向上"),
        _e("Measure", "周遊バスの運行", "来訪者の満足度向上"),
        _e("Measure", "周遊バスの試験運行", "来訪者の満足度向上"),
    ),
    ("第2章　課題", "第3章　施策"),
)


def test_a_measure_heading_noting_its_issue_addresses_it_with_the_entries_under_it() -> None:
    ex = _markdown(NOTED_ISSUES)
    assert tally(NOTED_ISSUES, ex).wrong == []
    issues = {i.key: i.number for i in ex.of("Issue")}
    assert [(m.label, issues.get(m.issue or "")) for m in ex.of("Measure")] == [
        ("案内の多言語化", "1-1"),
        ("観光案内板の多言語表記", "1-1"),
        ("翻訳アプリの貸出", "1-1"),
        ("周遊バスの運行", "1-2"),
        ("周遊バスの試験運行", "1-2"),
    ]
    assert [(t.number, t.notation) for t in ex.of("Theme")] == [("1", "柱1")]


# The plan's overall goal after its label and a colon, as 「目標：…」 is.
BASIC_GOAL_LABEL = Case(
    "基本目標：「…」 line",
    """\
# 南町環境基本計画

## 第2章　望ましい環境像

基本目標：「海と森を未来へつなぐまち」

## 第3章　施策

- 海岸清掃活動の支援
""",
    (
        _e("Goal", "「海と森を未来へつなぐまち」"),
        _e("Measure", "海岸清掃活動の支援"),
    ),
    ("第2章　望ましい環境像", "第3章　施策"),
)


def test_a_basic_goal_after_its_label_is_a_goal() -> None:
    assert tally(BASIC_GOAL_LABEL, _markdown(BASIC_GOAL_LABEL)).wrong == []
