"""Nothing built is lost: a wrong ``--corpus`` keeps the data folder as it was, ``--prune``
removes only within its share, ``load`` keeps off the build's graphs, and a file's name
cannot forge a line of the build's output.

Real processes on real data folders: the seed report alone, or documents of a few lines
written here, built into temporary folders.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from kg.build import build
from kg.rdf.iris import GRAPH_PREFIX
from kg.settings import Settings
from tests.conftest import SEED, SEED_ID, settings_for
from tests.kg.test_cli import run

# Three short documents; each paragraph names something only it holds.
SMALL = {
    "alpha.md": "# 第一の文書\n\n2022年4月1日\n\n住民票の写しの交付を検討する。\n",
    "beta.md": "# 第二の文書\n\n2022年5月1日\n\n戸籍の附票の写しを電子化する。\n",
    "gamma.md": "# 第三の文書\n\n2022年6月1日\n\n印鑑登録証明書の交付を見直す。\n",
}


def fingerprint(data: Path) -> dict[str, str]:
    """Every file under ``data`` with the hash of its bytes, and every link with its target."""
    found = {}
    for path in sorted(data.rglob("*")):
        key = str(path.relative_to(data))
        if path.is_symlink():
            found[key] = "-> " + str(path.readlink())
        elif path.is_file():
            found[key] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def small_corpus(folder: Path, *names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_text(SMALL[name], encoding="utf-8")
    return folder


def document_ids(data: Path) -> list[str]:
    result = run(
        "sparql",
        "SELECT ?id WHERE { ?d a pol:Document ; pol:documentId ?id }",
        "--format",
        "json",
        "--data",
        str(data),
    )
    assert result.returncode == 0, result.stderr
    return sorted(b["id"]["value"] for b in json.loads(result.stdout)["results"]["bindings"])


def search_documents(data: Path, query: str) -> list[str]:
    result = run("search", query, "--json", "--data", str(data))
    assert result.returncode == 0, result.stderr
    return sorted({hit["document"] for hit in json.loads(result.stdout)["hits"]})


@pytest.fixture(scope="module")
def seed_built(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """The seed report alone, built once (copy the data folder before changing it)."""
    corpus = tmp_path_factory.mktemp("seed") / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    settings = settings_for(tmp_path_factory.mktemp("seed-data") / "data", corpus)
    report = build(settings)
    assert [d.status for d in report.documents] == ["built"]
    return settings


@pytest.fixture
def seed_data(seed_built: Settings, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    shutil.copytree(seed_built.data_dir, data, symlinks=True)
    # The index names the store generation by its inode too, which a copy changes:
    # one build brings the index up to date with the copy.
    build(seed_built.replace(data_dir=data))
    return data


def wrong_corpus(kind: str, where: Path) -> Path:
    where.mkdir()
    if kind == "other files":
        (where / "notes.py").write_text("print('not a document')\n", encoding="utf-8")
        (where / "data.json").write_text("{}\n", encoding="utf-8")
    return where


@pytest.mark.parametrize("kind", ["empty", "other files"])
def test_a_wrong_corpus_leaves_the_data_folder_byte_identical(
    seed_data: Path, tmp_path: Path, kind: str
) -> None:
    before = fingerprint(seed_data)
    assert any(k.startswith("index/") for k in before) and any(k.startswith("store/") for k in before)
    corpus = wrong_corpus(kind, tmp_path / "wrong")
    result = run("build", "--corpus", str(corpus), "--data", str(seed_data))
    assert result.returncode == 0, result.stderr
    assert fingerprint(seed_data) == before, "store, index and report untouched"
    summary = result.stdout.splitlines()[-1]
    assert summary.startswith("0 built, 0 unchanged, 0 failed, 0 removed")
    assert "1 kept though not in the corpus (--prune removes them)" in summary
    assert f"not in the corpus {corpus}" in result.stderr, "said before the build"
    assert document_ids(seed_data) == [SEED_ID]


def test_prune_of_every_document_is_refused_and_changes_nothing(seed_data: Path, tmp_path: Path) -> None:
    before = fingerprint(seed_data)
    corpus = wrong_corpus("empty", tmp_path / "wrong")
    result = run("build", "--corpus", str(corpus), "--data", str(seed_data), "--prune")
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("policykg:")]
    assert len(errors) == 1
    assert str(corpus) in errors[0] and "remove 1 of the 1 documents" in errors[0]
    assert "POLICYKG_MAX_PRUNE_SHARE" in errors[0]
    assert fingerprint(seed_data) == before


def test_a_build_of_the_same_corpus_writes_nothing(seed_built: Settings, seed_data: Path) -> None:
    before = fingerprint(seed_data)
    result = run("build", "--corpus", str(seed_built.corpus_dir), "--data", str(seed_data))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].endswith("(nothing changed)")
    assert fingerprint(seed_data) == before, "no new store generation, no new index, no new report"


def test_without_prune_a_partial_corpus_adds_and_keeps(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = small_corpus(tmp_path / "first", "alpha.md", "beta.md")
    assert run("build", "--corpus", str(first), "--data", str(data)).returncode == 0
    assert search_documents(data, "住民票") == ["alpha"]
    # A corpus holding beta and a new document, but not alpha.
    second = small_corpus(tmp_path / "second", "beta.md", "gamma.md")
    result = run("build", "--corpus", str(second), "--data", str(data))
    assert result.returncode == 0, result.stderr
    summary = result.stdout.splitlines()[-1]
    assert summary.startswith("1 built, 1 unchanged, 0 failed, 0 removed")
    assert "1 kept though not in the corpus" in summary
    assert document_ids(data) == ["alpha", "beta", "gamma"]
    # The kept document's text stays searchable though its file is not in this corpus.
    assert search_documents(data, "住民票") == ["alpha"]
    assert search_documents(data, "印鑑登録証明書") == ["gamma"]


def test_prune_removes_within_the_share_and_lists_what_it_removed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    full = small_corpus(tmp_path / "full", "alpha.md", "beta.md")
    assert run("build", "--corpus", str(full), "--data", str(data)).returncode == 0
    (full / "alpha.md").unlink()
    result = run("build", "--corpus", str(full), "--data", str(data), "--prune")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "removed   alpha  (not in the corpus)" in lines
    assert lines[-1].startswith("0 built, 1 unchanged, 0 failed, 1 removed")
    assert document_ids(data) == ["beta"]
    assert search_documents(data, "住民票") == []
    saved = json.loads((data / "build-report.json").read_text(encoding="utf-8"))
    assert saved["removed"] == ["alpha"]


def test_prune_past_the_share_is_refused_unless_the_share_allows_it(tmp_path: Path) -> None:
    data = tmp_path / "data"
    corpus = small_corpus(tmp_path / "corpus", "alpha.md", "beta.md", "gamma.md")
    assert run("build", "--corpus", str(corpus), "--data", str(data)).returncode == 0
    (corpus / "alpha.md").unlink()
    (corpus / "beta.md").unlink()
    before = fingerprint(data)
    refused = run("build", "--corpus", str(corpus), "--data", str(data), "--prune")
    assert refused.returncode == 1
    assert "remove 2 of the 3 documents" in refused.stderr and "max_prune_share 0.5" in refused.stderr
    assert fingerprint(data) == before
    (tmp_path / "policykg.toml").write_text("max_prune_share = 1\n", encoding="utf-8")
    allowed = run("build", "--corpus", str(corpus), "--data", str(data), "--prune", cwd=tmp_path)
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stdout.splitlines()[-1].startswith("0 built, 1 unchanged, 0 failed, 2 removed")
    assert document_ids(data) == ["gamma"]


def test_max_prune_share_is_a_share() -> None:
    from kg.errors import UsageError
    from kg.settings import load_settings

    assert load_settings(env={}, config_path=None).max_prune_share == 0.5
    with pytest.raises(UsageError, match="max_prune_share"):
        load_settings(env={"POLICYKG_MAX_PRUNE_SHARE": "2"}, config_path=None)


def test_build_exits_1_when_a_document_fails(tmp_path: Path) -> None:
    data = tmp_path / "data"
    corpus = small_corpus(tmp_path / "corpus", "alpha.md")
    (corpus / "empty.txt").write_bytes(b"")
    result = run("build", "--corpus", str(corpus), "--data", str(data))
    assert result.returncode == 1
    assert result.stdout.splitlines()[-1].startswith("1 built, 0 unchanged, 1 failed"), (
        "the summary still shows"
    )
    assert "1 of 2 documents could not be built" in result.stderr
    saved = json.loads((data / "build-report.json").read_text(encoding="utf-8"))
    assert [d["status"] for d in saved["documents"]] == ["built", "failed"]


def test_a_newline_in_a_file_name_forges_no_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    corpus = small_corpus(tmp_path / "corpus", "alpha.md")
    name = "evil\nbuilt     forged\x1b[2K.txt"
    (corpus / name).write_bytes(b"")  # an empty file fails, with its name in the error
    result = run("build", "--corpus", str(corpus), "--data", str(data))
    assert result.returncode == 1
    for stream in (result.stdout, result.stderr):
        assert not any(line.startswith("built     forged") for line in stream.splitlines())
        assert "\x1b" not in stream
    assert "evil\\nbuilt     forged\\x1b[2K.txt" in result.stdout
    raw = (data / "build-report.json").read_text(encoding="utf-8")
    assert not any(line.lstrip().startswith("built     forged") for line in raw.splitlines())
    files = [d["file"] for d in json.loads(raw)["documents"]]
    assert str(corpus / name) in files, "the report keeps the name as it is"


def _nt(*objects: str) -> str:
    return "".join(f'<http://example.org/s> <http://example.org/p> "{o}" .\n' for o in objects)


@pytest.mark.parametrize("target", ["document", "under the graph namespace", "ontology"])
def test_load_refuses_the_graphs_the_build_owns(seed_data: Path, tmp_path: Path, target: str) -> None:
    rows = run(
        "sparql",
        "SELECT ?g WHERE { GRAPH ?g { ?d a pol:Document } }",
        "--format",
        "json",
        "--data",
        str(seed_data),
    )
    document_graph = json.loads(rows.stdout)["results"]["bindings"][0]["g"]["value"]
    assert document_graph.startswith(GRAPH_PREFIX + SEED_ID + "/")
    graph = {
        "document": document_graph,
        "under the graph namespace": GRAPH_PREFIX + "mine",
        "ontology": "https://w3id.org/policykg/ns",
    }[target]
    rdf = tmp_path / "extra.nt"
    rdf.write_text(_nt("a", "b"), encoding="utf-8")
    before = fingerprint(seed_data)
    result = run("load", str(rdf), "--graph", graph, "--data", str(seed_data))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and graph in result.stderr and "the build owns" in result.stderr
    assert fingerprint(seed_data) == before
    assert document_ids(seed_data) == [SEED_ID]


def test_load_refuses_a_dataset_naming_a_document_graph(seed_data: Path, tmp_path: Path) -> None:
    rdf = tmp_path / "extra.nq"
    rdf.write_text(f'<http://example.org/s> <http://example.org/p> "x" <{GRAPH_PREFIX}{SEED_ID}/0> .\n')
    before = fingerprint(seed_data)
    result = run("load", str(rdf), "--data", str(seed_data))
    assert result.returncode == 1 and "the build owns" in result.stderr
    assert fingerprint(seed_data) == before


def test_load_reports_what_it_added_and_replaced(seed_data: Path, tmp_path: Path) -> None:
    rdf = tmp_path / "extra.nt"
    rdf.write_text(_nt("a", "b", "c"), encoding="utf-8")
    graph = "http://example.org/graph/extra"
    first = run("load", str(rdf), "--graph", graph, "--data", str(seed_data))
    assert first.returncode == 0, first.stderr
    assert first.stderr.strip() == f"loaded 3 quads from {rdf} into {graph}"
    rdf.write_text(_nt("d"), encoding="utf-8")
    second = run("load", str(rdf), "--graph", graph, "--data", str(seed_data))
    assert second.returncode == 0, second.stderr
    assert second.stderr.strip() == f"loaded 1 quads from {rdf} into {graph}, replacing the 3 quads it held"
    assert document_ids(seed_data) == [SEED_ID]


def test_a_fault_of_the_extractor_on_one_document_leaves_the_others_built(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fault in the code (not in the input) on one document: that document is reported and left out, the
    # others are built, and the build says which document and what went wrong, in one line each.
    from kg import build_documents

    extract_triples = build_documents.extract_triples

    def faulty(meta, doc, *args, **kwargs):  # type: ignore[no-untyped-def]
        if "戸籍の附票" in doc.text:
            raise KeyError(37)
        return extract_triples(meta, doc, *args, **kwargs)

    monkeypatch.setattr(build_documents, "extract_triples", faulty)
    corpus = small_corpus(tmp_path / "corpus", "alpha.md", "beta.md", "gamma.md")
    report = build(settings_for(tmp_path / "data", corpus), workers=1)
    assert [d.status for d in report.documents] == ["built", "failed", "built"]
    error = report.documents[1].error or ""
    assert error.startswith(
        str(corpus / "beta.md") + ": could not be extracted (an internal error, KeyError: 37 at "
    )
    assert "\n" not in error
    assert search_documents(tmp_path / "data", "印鑑登録証明書") == ["gamma"]
