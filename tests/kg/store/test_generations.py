"""Generation folders of the store and the search index: numbering, swapping, pruning."""

from __future__ import annotations

from pathlib import Path

from kg.store.generations import Generations


def make(root: Path, *names: str) -> None:
    for name in names:
        (root / name).mkdir(parents=True)


def test_a_new_generation_is_numbered_past_every_folder(tmp_path: Path) -> None:
    make(tmp_path, "gen-000001", "gen-000004", "other")
    assert Generations(tmp_path).new_path() == tmp_path / "gen-000005"
    assert Generations(tmp_path / "missing").new_path().name == "gen-000001"


def test_swap_in_moves_current_and_prune_keeps_what_it_is_told(tmp_path: Path) -> None:
    folder = Generations(tmp_path)
    make(tmp_path, "gen-000001", "gen-000002", "gen-000003")
    assert folder.current() is None
    folder.swap_in(tmp_path / "gen-000002")
    assert folder.current() == tmp_path / "gen-000002"
    folder.swap_in(tmp_path / "gen-000003")
    folder.prune({"gen-000003", "gen-000002"})
    assert [p.name for p in folder.folders()] == ["gen-000002", "gen-000003"]
    assert folder.current() == tmp_path / "gen-000003"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".current-")]


def test_leftovers_after_current_go_and_earlier_ones_stay(tmp_path: Path) -> None:
    folder = Generations(tmp_path)
    make(tmp_path, "gen-000001", "gen-000002", "gen-000003")
    folder.swap_in(tmp_path / "gen-000002")
    (tmp_path / ".current-99-1").symlink_to("gen-000003")
    folder.remove_leftovers()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["current", "gen-000001", "gen-000002"]


def test_a_generation_not_ready_is_not_current(tmp_path: Path) -> None:
    folder = Generations(tmp_path, ready=lambda p: (p / "meta.json").is_file())
    make(tmp_path, "gen-000001")
    folder.swap_in(tmp_path / "gen-000001")
    assert folder.current() is None
    (tmp_path / "gen-000001" / "meta.json").write_text("{}", encoding="utf-8")
    assert folder.current() == tmp_path / "gen-000001"
