"""The seed follow-up report read as text: tables, ✓ items, themes, issues, goals.

Expected values were taken by reading corpus/digital-wg-followup-2021-10-22.txt.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from kg.read import read_document
from kg.read.document import Block, BlockKind, Document

SEED = Path(__file__).resolve().parents[3] / "corpus" / "digital-wg-followup-2021-10-22.txt"
PAGES = "①②③④⑤⑥⑦⑧"


@cache
def seed() -> Document:
    return read_document(SEED)


def status_tables(doc: Document) -> list[Block]:
    tables = []
    for table in doc.blocks_of(BlockKind.TABLE):
        header = [c.text for c in doc.children_of(doc.children_of(table.index)[0].index)]
        if header == ["項目", "取組状況"]:
            tables.append(table)
    return tables


def heading_of(doc: Document, block: Block) -> Block:
    assert block.section is not None
    return doc.blocks[doc.sections[block.section].heading]


def test_reads_as_utf8_plain_text() -> None:
    doc = seed()
    assert doc.encoding == "utf-8"
    assert doc.media_type == "text/plain"
    assert doc.text == SEED.read_text(encoding="utf-8")


def test_eight_status_tables_one_per_progress_page() -> None:
    doc = seed()
    tables = status_tables(doc)
    assert [heading_of(doc, t).number for t in tables] == list(PAGES)
    assert [t.line for t in tables] == [23, 32, 42, 50, 58, 67, 87, 95]


def test_sixteen_tables_in_all() -> None:
    # 8 status tables + 団体区分別, 特別区・市, 町村, two halves of 都道府県別,
    # 申込状況内訳, 準備完了施設数, 運用開始施設数.
    assert len(list(seed().blocks_of(BlockKind.TABLE))) == 16


# (page, theme row number, theme row text, item titles, ✓ items per item row)
STATUS_ROWS = [
    ("①", "1", "1 マイナンバー関連システム整備", 4, [2, 1, 1, 2]),
    ("②", "2", "2 マイナンバーの利活用の促進", 5, [3, 3, 2, 2, 2]),
    ("③", "3", "3 マイナンバーカードの機能強化", 3, [2, 3, 2]),
    ("④", "3", "3 マイナンバーカードの機能強化（続き）", 3, [2, 1, 2]),
    ("⑤", "4", "4 カードの発行促進と地方公共団体における業務システム整備", 4, [1, 2, 4, 2]),
    ("⑥", "4", "4 カードの発行促進と地方公共団体における業務システム整備（続き）", 2, [4, 2]),
    ("⑦", "5", "5 デジタル化に関する制度", 3, [3, 2, 2]),
    ("⑧", "6", "6 データの利活用とコスト管理", 2, [1, 4]),
]


@pytest.mark.parametrize(("page", "number", "theme", "n_items", "checks"), STATUS_ROWS)
def test_status_table_rows(page: str, number: str, theme: str, n_items: int, checks: list[int]) -> None:
    doc = seed()
    table = status_tables(doc)[PAGES.index(page)]
    header, theme_row, *item_rows = doc.children_of(table.index)
    assert all(r.kind == BlockKind.ROW for r in [header, theme_row, *item_rows])
    assert theme_row.number == number
    theme_cells = doc.children_of(theme_row.index)
    assert [c.text for c in theme_cells] == [theme, ""]
    assert len(item_rows) == n_items
    for row, expected in zip(item_rows, checks, strict=True):
        title, status = doc.children_of(row.index)
        assert title.kind == status.kind == BlockKind.CELL
        items = doc.children_of(status.index)
        assert [i.kind for i in items] == [BlockKind.CHECK_ITEM] * expected


def test_57_check_items_all_inside_status_cells() -> None:
    doc = seed()
    items = list(doc.blocks_of(BlockKind.CHECK_ITEM))
    assert len(items) == 57 == doc.text.count("✓")
    for item in items:
        assert item.parent is not None
        assert doc.blocks[item.parent].kind == BlockKind.CELL
        assert "✓" not in item.text and "<" not in item.text and not item.text.startswith(("-", " "))


# (✓ item text, line, the item title of its row)
CHECK_ITEMS = [
    (
        "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化（3年9月施行）",
        25,
        "マイナンバーカードの発行・運営体制の抜本的強化（J-LISの体制強化）",
    ),
    (
        "代表者会議委員に国の委員の選出、中期目標の策定・中期計画の認可（3年9月）",
        25,
        "マイナンバーカードの発行・運営体制の抜本的強化（J-LISの体制強化）",
    ),
    (
        "カード発行能力を330万枚から420万枚に増強（3年4月）、480万枚に増強（3年10月）",
        26,
        "マイナンバーカード取得者の増加に伴うマイナポータル認証機能やカード生産・管理体制の強化",
    ),
    ("関連するシステムの検討・整備の実施", 36, "公金受取口座、預貯金付番の在り方"),
    (
        "GIGAスクール：実証研究事業の実施(2年9月～)",
        37,
        "学校健診データの活用、 GIGAスクールにおける認証手段等の検討",
    ),
    ("全国共通の運転者管理システムの設計・開発 等", 52, "運転免許証のデジタル化"),
    (
        "コンビニにおけるカードの暗証番号初期化等の対応についてシステム設計・開発の実施",
        62,
        "カードの発行・更新等が可能な場所の充実",
    ),
    (
        "地方公共団体情報システムの標準化に関する法律の制定（デジタル改革関連法）",
        75,
        "自治体の業務システムの統一・標準化の加速策",
    ),
    (
        "関係府省会議（議長：デジタル審議官、構成員：関係府省の局長級）の開催（3年9月）",
        76,
        "自治体の業務システムの統一・標準化の加速策",
    ),
    (
        "ガバメントクラウド先行事業の公募終了",
        83,
        "デジタル・ガバメントに係る新規施策の先進自治体等を通じた実証と段階的な展開",
    ),
    (
        "③各府省システムの経費について令和4年度概算要求から一括計上",
        90,
        "国の情報システム関係予算・調達等の一元化の加速化、地方を含めた検討",
    ),
    (
        "「民間PHR事業者による健診等情報の取扱いに関する基本的指針」を公開（3年4月）、"
        "マイナポータルAPI仕様公開及び事業者の申請受付開始（3年7月）",
        98,
        "マイナンバーカードを活用した地方公共団体と住民による情報の相互活用（健康等情報、電力使用量等）",
    ),
]


@pytest.mark.parametrize(("text", "line", "row_title"), CHECK_ITEMS)
def test_check_item(text: str, line: int, row_title: str) -> None:
    doc = seed()
    [item] = [b for b in doc.blocks_of(BlockKind.CHECK_ITEM) if b.text == text]
    assert item.line == line
    assert item.parent is not None
    cell = doc.blocks[item.parent]
    assert cell.parent is not None
    row = doc.blocks[cell.parent]
    assert row.kind == BlockKind.ROW
    assert doc.children_of(row.index)[0].text == row_title


def test_item_entries_run_together_in_html_cells_are_split() -> None:
    # Line 25: '<ul …>✓ A（3年9月施行）✓ B' — the second ✓ follows the first entry directly.
    doc = seed()
    items = [b for b in doc.blocks_of(BlockKind.CHECK_ITEM) if b.line == 25]
    assert [i.text[-8:] for i in items] == ["ンスの強化（3年9月施行）"[-8:], "中期計画の認可（3年9月）"[-8:]]


THEMES = [
    ("1", "マイナンバー関連システム整備"),
    ("2", "マイナンバーの利活用の促進"),
    ("3", "マイナンバーカードの機能強化"),
    ("4", "カードの発行促進と地方自治体における業務システム整備"),
    ("5", "デジタル化に関する制度"),
    ("6", "データの利活用とコスト管理"),
]


def test_six_themes_are_the_sections_under_part_two() -> None:
    doc = seed()
    [two] = [s for s in doc.sections if s.number == "II"]
    assert two.title == "33の課題を解決するための取組方針"
    assert doc.blocks[two.heading].line == 292
    themes = [doc.sections[c] for c in two.children]
    assert [(t.number, t.title) for t in themes] == THEMES
    assert all(t.level == 2 for t in themes)


def test_continued_theme_headings_resume_their_theme() -> None:
    doc = seed()
    cont = [b for b in doc.blocks_of(BlockKind.HEADING) if b.text.endswith("（続き）")]
    assert [(b.line, b.number) for b in cont] == [(315, "1"), (365, "2")]
    for block in cont:
        assert block.continues is not None
        original = doc.blocks[block.continues]
        assert original.title is not None and block.title == original.title + "（続き）"
        assert block.section == original.section


ISSUE_NUMBERS = (
    ["1.1", "1.2", "1.3", "1.4", "1.5", "1.7", "1.6"]
    + [f"2.{n}" for n in range(1, 6)]
    + [f"3.{n}" for n in range(1, 6)]
    + [f"4.{n}" for n in range(1, 8)]
    + [f"5.{n}" for n in range(1, 8)]
    + [f"6.{n}" for n in range(1, 4)]
)


def test_34_issues_under_their_themes() -> None:
    doc = seed()
    issues = [b for b in doc.blocks_of(BlockKind.HEADING) if b.number and re.fullmatch(r"\d\.\d", b.number)]
    assert [b.number for b in issues] == ISSUE_NUMBERS
    assert len(issues) == 34
    for issue in issues:
        assert issue.level == 3
        section = doc.sections[issue.section]
        assert section.heading == issue.index
        theme = doc.sections[section.parent]
        assert theme.number == issue.number.split(".")[0]
        assert issue.text == f"{issue.number} {issue.title}"


@pytest.mark.parametrize(
    ("number", "line", "title"),
    [
        ("1.5", 326, "24時間365日安定稼働できる仕組み"),
        ("1.7", 330, "海外でも利用可能となるようにマイナンバーカードへの日本国政府、西暦、ローマ字の表記"),
        ("3.4", 397, "本人同意に基づく基本4情報等の提供の検討"),
        ("5.4", 458, "読み仮名の法制化の検討"),
        (
            "6.3",
            485,
            "病床管理、感染症情報、災害情報等の全国のリアルタイムの情報基盤の整備と公的な数量データのFAX等の利用の見直し",
        ),
    ],
)
def test_issue_heading(number: str, line: int, title: str) -> None:
    [issue] = [b for b in seed().blocks_of(BlockKind.HEADING) if b.number == number]
    assert (issue.line, issue.title) == (line, title)


GOALS = [
    "あらゆる行政手続きがスマホから簡単にできる（デジタル・ファースト）",
    "緊急時の事務を速やかに処理できる",
    "行政事務が抜本的に効率化され、正確性・サービスの質も向上する（BPR）",
    "システムコストを大幅に削減する",
    "安全でユーザーフレンドリーなデジタル行政・取引が展開される",
    "政府のAPI活用等により民間企業の生産性が向上する",
    "行政機関等から同じ情報を聞かれない（ワンス・オンリー）",
    "あらゆる行政サービスを迅速・確実に受けられる",
    "公正な負担と給付が実現されている社会が創出される",
    "セキュリティが大きく向上する",
    "政府のデータ活用等により官民の魅力あるサービスが創出される",
]


def test_overall_goal_and_eleven_goals() -> None:
    doc = seed()
    [one] = [s for s in doc.sections if s.number == "I"]
    under = [doc.blocks[i] for i in one.blocks]
    [overall] = [b for b in under if b.line == 273]
    assert overall.kind == BlockKind.PARAGRAPH
    assert overall.text == "「国民の満足度を最大化するデジタル政府・デジタル社会」"
    [label] = [b for b in under if b.text == "(11の個別目標)"]
    goals = [b for b in under if b.kind == BlockKind.LIST_ITEM and b.line > label.line]
    assert [g.text for g in goals] == GOALS
    assert [g.line for g in goals] == list(range(280, 291))


def test_numbered_headings_of_other_parts_and_table_headings() -> None:
    doc = seed()
    by_line = {b.line: b for b in doc.blocks_of(BlockKind.HEADING)}
    for line, number, title in [
        (216, "1", "現在の申込状況"),
        (246, "2", "準備完了施設数"),
        (255, "3", "運用開始施設数"),
        (104, "1", "団体区分別"),
        (113, "2", "区分別交付率上位10団体"),
        (145, "3", "都道府県別"),
    ]:
        heading = by_line[line]
        assert (heading.number, heading.title, heading.level) == (number, title, 2)
        parent = doc.sections[doc.sections[heading.section].parent]
        assert parent.title.endswith("について") or parent.title.endswith("（令和3年10月1日現在）")
        assert parent.number not in ("I", "II")


def test_repeated_page_title_resumes_its_section() -> None:
    doc = seed()
    title = "マイナンバーカードの市区町村別交付枚数等について（令和3年10月1日現在）"
    first, again = [b for b in doc.blocks_of(BlockKind.HEADING) if b.text == title]
    assert (first.line, again.line) == (100, 143)
    assert again.continues == first.index and again.section == first.section
    assert len([s for s in doc.sections if s.title == title]) == 1


def test_page_headings_carry_circled_numbers() -> None:
    doc = seed()
    pages = [b for b in doc.blocks_of(BlockKind.HEADING) if b.title == "これまでの主な取組状況について"]
    assert [p.number for p in pages] == list(PAGES)
    assert all(p.level == 1 for p in pages)


def test_statistics_tables() -> None:
    doc = seed()
    by_line = {t.line: t for t in doc.blocks_of(BlockKind.TABLE)}
    rows = doc.children_of(by_line[106].index)
    assert [doc.children_of(r.index)[0].text for r in rows] == [
        "区分",
        "全国",
        "特別区",
        "指定都市",
        "市（指定都市を除く）",
        "町村",
    ]
    assert [c.text for c in doc.children_of(rows[1].index)] == ["全国", "126,654,244", "48,672,550", "38.4%"]
    prefectures = [r for t in (by_line[147], by_line[173]) for r in doc.children_of(t.index)[1:]]
    assert len(prefectures) == 47
    assert doc.children_of(prefectures[0].index)[0].text == "北海道"
    assert doc.children_of(prefectures[-1].index)[0].text == "沖縄県"
    hospital = doc.children_of(by_line[228].index)[0]
    assert [c.text for c in doc.children_of(hospital.index)] == ["病院", "6,381 /", "8,238施設", "77.5%"]


def test_several_bullets_on_one_line_are_separate_items_with_emphasis() -> None:
    doc = seed()
    items = [b for b in doc.blocks_of(BlockKind.LIST_ITEM) if b.line == 448]
    assert [i.text for i in items] == ["**強力な司令塔機能を有するデジタル庁の設置**", "**IT人材採用の増強**"]
    assert [[doc.text[s.start : s.end] for s in i.emphasis] for i in items] == [
        ["強力な司令塔機能を有するデジタル庁の設置"],
        ["IT人材採用の増強"],
    ]
    assert [i.text for i in doc.blocks_of(BlockKind.LIST_ITEM) if i.line == 464] == [
        "「デジタル・ガバメント推進標準ガイドライン」の拡充等",
        "システムリリース前のユーザーテストの実施",
        "IT人材の拡充等",
    ]


def test_box_items_hold_the_bullets_under_them() -> None:
    doc = seed()
    by_line = {b.line: b for b in doc.blocks_of(BlockKind.LIST_ITEM)}
    assert by_line[298].text == "2022年までに速やかに着手すべき施策："
    assert by_line[300].parent == by_line[298].index
    assert by_line[308].parent == by_line[303].index
    assert by_line[312].parent is None


def test_notes_and_their_emphasis() -> None:
    doc = seed()
    notes = {b.line: b for b in doc.blocks_of(BlockKind.NOTE)}
    assert sorted(notes) == [204, 205, 206, 207, 209, 233, 241, 250, 262]
    assert notes[204].text.startswith("国民向けに「受診する際")
    assert [doc.text[s.start : s.end] for s in notes[233].emphasis] == [
        "全都道府県で60%超",
        "1県で90%以上、21府県で80%以上、21都道県で70%以上",
    ]
    # The definition runs on to the next line (＝…) without a blank line.
    assert notes[209].end_line == 210


def test_circled_number_paragraphs_are_numbered_items() -> None:
    doc = seed()
    items = [b for b in doc.blocks_of(BlockKind.LIST_ITEM) if b.line in (17, 19)]
    assert [i.number for i in items] == ["①", "②"]
    assert items[0].text.startswith("本計画の具体的施策について")
