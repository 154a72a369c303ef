"""`policykg search`: a table, or the JSON of interface.md."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.settings import Settings
from search.cli import search


def test_json_shape(indexed: Settings) -> None:
    result = CliRunner().invoke(search, ["個人番号カード", "--json", "--data", str(indexed.data_dir)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"query", "expanded", "total", "hits", "facets"} <= set(data)
    assert "マイナンバーカード" in data["expanded"]
    assert any("マイナンバーカード" in h["snippet"] for h in data["hits"])


def test_table_and_filters(indexed: Settings) -> None:
    result = CliRunner().invoke(
        search, ["電子証明書", "--type", "Measure", "--limit", "3", "--data", str(indexed.data_dir)]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("(3 of ")
    assert all(line.startswith("施策") for line in lines[:-1])
    assert "<mark>" not in result.output


def test_law_filter_by_another_name(indexed: Settings) -> None:
    result = CliRunner().invoke(
        search, ["", "--law", "公金受取口座登録法", "--json", "--data", str(indexed.data_dir)]
    )
    data = json.loads(result.output)
    # the progress line naming it, and the measure it serves and the issue above (lifted links)
    assert sorted(h["line"] for h in data["hits"]) == [36, 359, 361]
