"""A facility's damage found or going on (「…に漏水が発生している」, 「…の腐食が進行している」,
「…にひび割れが見られる」), stated in a 現状と課題 part, is an issue; a plain fact beside it is none.

Excerpts written for these tests, in the forms plans use; the expected items were read from them
before the extractor was run on them.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected
from tests.kg.extract.test_shapes import _markdown, tally

DAMAGE_BULLETS = Case(
    "a maintenance plan's 現状と課題 bullets, damage found beside a plain fact",
    """\
# 西山町下水道ストックマネジメント計画

## 3. 施設の現状と課題

- 管渠の総延長は約120kmである
- 古い管渠の継手部で漏水が多く発生している
- ポンプ場の鋼製扉の腐食が進行している
- 処理場の水槽の壁面にひび割れが見られる
""",
    (
        Expected("Issue", "古い管渠の継手部で漏水が多く発生している"),
        Expected("Issue", "ポンプ場の鋼製扉の腐食が進行している"),
        Expected("Issue", "処理場の水槽の壁面にひび割れが見られる"),
    ),
    ("管渠の総延長は約120kmである", "施設の現状と課題"),
)


def test_damage_found_in_a_facility_is_an_issue() -> None:
    assert tally(DAMAGE_BULLETS, _markdown(DAMAGE_BULLETS)).wrong == []
