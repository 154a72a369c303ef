"""A table column naming the method of what is done (「対策工法」, 「対応方法」, 「整備手法」) lists the rows'
measures, one a part where a cell holds several.

Excerpts written for these tests, in the forms plans use; the expected items were read from them
before the extractor was run on them.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected
from tests.kg.extract.test_shapes import _markdown, tally

REPAIR_METHODS = Case(
    "a facility table with a 対策工法 column, one cell holding two methods",
    """\
# 東原町橋梁長寿命化修繕計画

## 4. 主な対策

| 橋梁名 | 判定区分 | 対策工法 | 実施年度 |
|---|---|---|---|
| 川口橋 | Ⅲ | 床版防水工<br>伸縮装置の取替え | 令和8年度 |
| 宮前橋 | Ⅱ | 鋼部材の塗替え塗装 | 令和10年度 |
""",
    (
        Expected("Measure", "床版防水工"),
        Expected("Measure", "伸縮装置の取替え"),
        Expected("Measure", "鋼部材の塗替え塗装"),
    ),
    ("主な対策",),
)

HANDLING_METHODS = Case(
    "a 課題 column beside a 対応方法 column",
    """\
# 西浜市窓口サービス改善計画

## 3. 課題と対応

| 課題 | 対応方法 | 担当 |
|---|---|---|
| 窓口の待ち時間が長い | 予約制の導入 | 市民課 |
| 書類の記入が難しい | 記入補助の端末の設置 | 情報政策課 |
""",
    (
        Expected("Issue", "窓口の待ち時間が長い"),
        Expected("Measure", "予約制の導入"),
        Expected("Issue", "書類の記入が難しい"),
        Expected("Measure", "記入補助の端末の設置"),
    ),
    ("課題と対応",),
)


def test_a_column_of_repair_methods_lists_measures() -> None:
    assert tally(REPAIR_METHODS, _markdown(REPAIR_METHODS)).wrong == []


def test_a_column_of_handling_methods_lists_measures() -> None:
    assert tally(HANDLING_METHODS, _markdown(HANDLING_METHODS)).wrong == []
