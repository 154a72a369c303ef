"""Series and editions from the manifest's `series` / `follows` keys and from matching titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import CorpusError
from kg.read.corpus import load_corpus
from kg.track.series import Edition, plan_series, title_key

TITLE = "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ報告書フォローアップ"


def test_follows_orders_the_editions_and_names_the_series_after_the_first() -> None:
    plan = plan_series(
        [
            Edition("fu-2022", TITLE, "デジタル庁", "2022-10-21", follows="fu-2021"),
            Edition("fu-2021", TITLE, "デジタル庁", "2021-10-22", series="wg"),
            Edition("fu-2023", TITLE, "デジタル庁", "2023-10-20", follows="fu-2022"),
        ]
    )
    assert plan.series == {"wg": ["fu-2021", "fu-2022", "fu-2023"]}
    assert plan.previous == {"fu-2022": "fu-2021", "fu-2023": "fu-2022"}
    assert plan.proposed == [] and plan.warnings == []


def test_a_series_without_follows_is_ordered_by_date() -> None:
    plan = plan_series(
        [
            Edition("b", "年次報告", "総務省", "2023-03-31", series="annual"),
            Edition("a", "年次報告", "総務省", "2022-03-31", series="annual"),
        ]
    )
    assert plan.series == {"annual": ["a", "b"]}
    assert plan.previous == {"b": "a"}


def test_a_silent_document_with_the_same_title_and_publisher_is_proposed_with_a_warning() -> None:
    plan = plan_series(
        [
            Edition("fu-2021", TITLE, "デジタル庁", "2021-10-22", series="wg"),
            # Guessed from the text: spaced as the first line of the report prints it.
            Edition(
                "fu-2022",
                "マイナンバー制度及び国と地方のデジタル 基盤抜本改善ワーキンググループ 報告書フォローアップ",
                "デジタル庁",
                "2022-10-21",
            ),
        ]
    )
    assert plan.previous == {"fu-2022": "fu-2021"}
    assert plan.proposed == ["fu-2022"]
    assert len(plan.warnings) == 1
    assert "fu-2022" in plan.warnings[0] and 'follows = "fu-2021"' in plan.warnings[0]


def test_another_publisher_or_title_is_no_edition() -> None:
    plan = plan_series(
        [
            Edition("fu-2021", TITLE, "デジタル庁", "2021-10-22", series="wg"),
            Edition("other", TITLE, "総務省", "2022-10-21"),
            Edition("note", "連絡事項", "デジタル庁", "2022-01-01"),
        ]
    )
    assert plan.series == {"wg": ["fu-2021"]}
    assert "other" not in plan.series_of and "note" not in plan.series_of


def test_two_silent_documents_of_one_title_make_a_proposed_series() -> None:
    plan = plan_series(
        [
            Edition("x1", "白書（2021年）", "内閣府", "2021-06-01"),
            Edition("x2", "白書（2022年）", "内閣府", "2022-06-01"),
        ]
    )
    (series_id,) = plan.series
    assert series_id.startswith("auto-")
    assert plan.previous == {"x2": "x1"} and plan.proposed == ["x2"]


def test_follows_an_unknown_document_is_a_warning() -> None:
    plan = plan_series([Edition("a", "報告", "庁", "2022-01-01", follows="missing")])
    assert plan.previous == {}
    assert any("missing" in w for w in plan.warnings)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("報告書フォローアップ（2021年）", "報告書フォローアップ"),
        ("令和3年度 年次報告", "年次報告"),
        ("第2回 検討会 資料", "検討会資料"),
    ],
)
def test_title_key_drops_years_and_spaces(title: str, expected: str) -> None:
    assert title_key(title, "庁") == (expected, "庁")


def test_manifest_keys_are_read_and_checked(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("a", encoding="utf-8")
    (tmp_path / "b.txt").write_text("b", encoding="utf-8")
    (tmp_path / "manifest.toml").write_text(
        '[[document]]\nid = "a"\nfile = "a.txt"\nseries = "wg"\n\n'
        '[[document]]\nid = "b"\nfile = "b.txt"\nfollows = "a"\n',
        encoding="utf-8",
    )
    entries = {e.id: e for e in load_corpus(tmp_path).entries}
    assert (entries["a"].series, entries["a"].follows) == ("wg", None)
    assert (entries["b"].series, entries["b"].follows) == (None, "a")
    (tmp_path / "manifest.toml").write_text(
        '[[document]]\nfile = "a.txt"\nseries = "Not An Id"\n', encoding="utf-8"
    )
    with pytest.raises(CorpusError, match="series 'Not An Id'"):
        load_corpus(tmp_path)
