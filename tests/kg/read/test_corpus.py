from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.errors import CorpusError
from kg.read.corpus import guess_date, guess_title, load_corpus, slug
from tests.conftest import CORPUS, GIF, GIF_ID, PROJECT_CORPUS, ROOT, SEED, SEED_ID, needs_gif, shared_file


def test_sample_corpus_is_the_seed_report() -> None:
    corpus = load_corpus(PROJECT_CORPUS)
    [seed] = corpus.entries
    assert seed.id == SEED_ID
    assert seed.publisher == "デジタル庁"
    assert seed.date == dt.date(2021, 10, 22)
    assert seed.title and "報告書フォローアップ" in seed.title
    assert seed.source and seed.license and seed.in_manifest
    assert corpus.warnings == []


def test_the_repository_holds_only_the_seed_report_and_its_manifest() -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    listed = subprocess.run(
        ["git", "ls-files", "corpus"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert sorted(listed) == ["corpus/digital-wg-followup-2021-10-22.txt", "corpus/manifest.toml"]


@needs_gif
def test_test_corpus_manifest() -> None:
    corpus = load_corpus(CORPUS)
    assert [e.id for e in corpus.entries] == [SEED_ID, GIF_ID]
    seed, gif = corpus.entries
    assert seed.publisher == gif.publisher == "デジタル庁"
    assert gif.date == dt.date(2022, 5, 9)
    assert gif.license == "CC0 1.0 Universal"
    assert gif.license_file == "LICENSE-GIF-CC0.txt"
    assert (CORPUS / gif.license_file).is_file()
    for entry in corpus.entries:
        assert entry.source and entry.license and entry.in_manifest
    # The licence note is kept with the document and is not itself a document.
    assert corpus.warnings == []


def test_unlisted_document_is_built_with_a_warning(corpus_copy: Path) -> None:
    (corpus_copy / "extra report.txt").write_text(
        "追加の報告書\n\n2023年4月1日\n\n総務省\n", encoding="utf-8"
    )
    corpus = load_corpus(corpus_copy)
    extra = corpus.entries[-1]
    assert extra.id == "extra-report"
    assert not extra.in_manifest
    assert any("extra report.txt" in w and "not in manifest.toml" in w for w in corpus.warnings)


def test_missing_listed_file_is_a_warning_not_a_stop(corpus_copy: Path) -> None:
    (corpus_copy / SEED.name).unlink()
    corpus = load_corpus(corpus_copy)
    assert SEED_ID in [e.id for e in corpus.entries]  # still listed; the build reports it failed
    assert any("listed in manifest.toml but not found" in w for w in corpus.warnings)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("[[document]\n", "not valid TOML"),
        ('[[document]]\nid = "x"\n', "needs at least a 'file'"),
        ('[[document]]\nfile = "a.txt"\nid = "Bad Id"\n', "must be lower-case"),
        ('[[document]]\nfile = "a.txt"\nid = "a"\n[[document]]\nfile = "b.txt"\nid = "a"\n', "used twice"),
        ('[[document]]\nfile = "a.txt"\ndate = "22 Oct"\n', "is not a date"),
    ],
)
def test_broken_manifest(tmp_path: Path, content: str, message: str) -> None:
    (tmp_path / "manifest.toml").write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=message) as info:
        load_corpus(tmp_path)
    assert "manifest.toml" in info.value.message


def test_missing_corpus_folder(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="corpus folder does not exist"):
        load_corpus(tmp_path / "nope")


@pytest.mark.parametrize(
    ("name", "expected"),
    [("GIF_DS-410_overview.md", "gif_ds-410_overview"), ("報告書 2021.txt", "2021"), ("ＡＢＣ.pdf", "abc")],
)
def test_slug(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_guesses_from_the_seed_top_lines() -> None:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    assert (
        guess_title(lines)
        == "マイナンバー制度及び国と地方のデジタル 基盤抜本改善ワーキンググループ 報告書フォローアップ"
    )
    assert guess_date(lines) == dt.date(2021, 10, 22)


def test_guesses_from_the_gif_top_lines() -> None:
    lines = shared_file(GIF).read_text(encoding="utf-8").splitlines()
    assert guess_title(lines) == "政府相互運用性フレームワーク（GIF） 全体編"
    assert guess_date(lines) == dt.date(2022, 5, 9)
