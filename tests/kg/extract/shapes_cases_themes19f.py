"""Excerpts of Japanese plans whose headings are themes by a label with a letter (「分野Ａ　…」), laid out
as such plans are, with the items a reader takes from them (test_shapes_excerpts.py holds the figures).

Every excerpt is invented (place names fictitious).  The kind: a 男女共同参画計画 whose 施策の展開 holds
「分野Ａ」「分野Ｂ」 headings (a full-width letter, then a space or a colon) over 事業名 | 内容 | 担当課
tables; the letter and its cue are no part of the theme's name.  Written before any rule was run on it.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

_LETTERED_FIELDS = Case(
    name="danjo_kyodo_sankaku_lettered_field_headings_over_project_tables",
    text="""\
# みずほ町男女共同参画計画（抜粋）

## 3　施策の展開

### 分野Ａ　仕事と家庭生活の両立

| 事業名 | 内容 | 担当課 |
|---|---|---|
| 男性の育児休業取得の啓発 | 町内事業所への出前講座 | 産業振興課 |
| 病児保育の実施 | 町内1か所で実施 | 子育て支援課 |

### 分野Ｂ：政策・方針決定過程への女性の参画

| 事業名 | 内容 | 担当課 |
|---|---|---|
| 審議会等委員への女性の登用促進 | 登用状況を毎年公表 | 総務課 |
""",
    items=(
        Expected("Theme", "仕事と家庭生活の両立"),
        Expected("Measure", "男性の育児休業取得の啓発", theme="仕事と家庭生活の両立"),
        Expected("Measure", "病児保育の実施", theme="仕事と家庭生活の両立"),
        Expected("Theme", "政策・方針決定過程への女性の参画"),
        Expected("Measure", "審議会等委員への女性の登用促進", theme="政策・方針決定過程への女性の参画"),
    ),
    not_items=("3　施策の展開",),
)

CASES = [_LETTERED_FIELDS]
