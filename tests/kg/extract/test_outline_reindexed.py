"""Items renumbered after some are merged into others or left out (kg.extract.outline_forms.reindexed)."""

from __future__ import annotations

from kg.extract.outline_forms import Found, reindexed


def _item(cls: str, label: str, n: int, theme: int | None = None) -> Found:
    return Found(
        cls=cls, label=label, start=n * 10, end=n * 10 + 5, line=n + 1, rule="table_row", theme=theme
    )


def test_a_link_to_a_row_merged_into_a_merged_row_follows_the_chain() -> None:
    # 0 a theme; 1 the measure under its heading; 2 a list table's row restating it;
    # 3 a 工程表 row restating that row; 4 an item linked to row 3
    found = [
        _item("Theme", "t", 0),
        _item("Measure", "m", 1, 0),
        _item("Measure", "m", 2),
        _item("Measure", "m", 3),
    ]
    found.append(_item("Issue", "i", 4, theme=3))
    result = reindexed(found, [0, 1, 4], {2: 1, 3: 2})
    assert [f.label for f in result] == ["t", "m", "i"]
    assert result[2].theme == 1  # row 3 → row 2 → the measure, now at 1


def test_a_link_to_a_row_merged_into_a_row_left_out_is_dropped() -> None:
    # row 2 is merged into row 1, and row 1 is left out (a schedule table's row): no link, no error
    found = [
        _item("Theme", "t", 0),
        _item("Measure", "m", 1),
        _item("Measure", "m", 2),
        _item("Issue", "i", 3, theme=2),
    ]
    result = reindexed(found, [0, 3], {2: 1})
    assert [f.label for f in result] == ["t", "i"]
    assert result[1].theme is None
