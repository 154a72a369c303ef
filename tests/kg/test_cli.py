"""The command line as a user meets it: a real process, its exit code and its stderr."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT, SEED_ID, needs_gif

COMMANDS = [
    ["build"],
    ["serve"],
    ["inspect"],
    ["sparql"],
    ["search"],
    ["export"],
    ["export", "graph"],
    ["dump"],
    ["load"],
    ["validate"],
    ["push"],
]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    return subprocess.run(
        [sys.executable, "-m", "kg", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=300,
        check=False,
    )


def test_top_level_help_lists_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in [
        "build",
        "serve",
        "inspect",
        "sparql",
        "search",
        "export",
        "dump",
        "load",
        "validate",
        "push",
        "ask",
    ]:
        assert f"  {command}" in result.stdout
    assert "POLICYKG_DATA_DIR" in result.stdout


# What a command of kg's own leaves imported in its process.
IMPORTED_BY_BUILD = (
    "import sys\n"
    "from kg.cli import main\n"
    "try:\n    main(sys.argv[1:])\n"
    "except SystemExit as exc:\n    assert not exc.code, exc.code\n"
    "print('imported:', *(m for m in ('search.cli', 'search.ask_cli', 'web.cli', 'kg.ask', 'spacy', 'flask') "
    "if m in sys.modules))"
)


def test_a_build_imports_no_command_of_search_or_web(tmp_path: Path) -> None:
    # The commands of search and web are loaded when named: a build, whose own process
    # extracts nothing here when workers do and reads no question, imports none of them,
    # nor the question reader (and with it spaCy), nor Flask.
    env = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    args = ["build", "--corpus", str(CORPUS), "--data", str(tmp_path / "data"), "--workers", "2"]
    done = subprocess.run(
        [sys.executable, "-c", IMPORTED_BY_BUILD, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines()[-1] == "imported:", done.stdout[-500:]


def test_no_arguments_prints_usage_and_exits_2() -> None:
    # click's convention for a group called without a command: usage on stderr, exit 2.
    result = run()
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Usage:" in result.stderr and "  build" in result.stderr


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_useful_help(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert "Usage: policykg " + " ".join(command) in result.stdout
    # a summary sentence, not just the option list
    summary = result.stdout.split("\n\n")[1].strip()
    assert len(summary) > 20


@pytest.mark.parametrize("args", [["--bogus"], ["build", "--bogus"], ["dump", "--format", "xyz", "-o", "x"]])
def test_usage_errors_print_one_line_and_exit_2(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("policykg: ")
    assert "Traceback" not in result.stderr


def test_unknown_command_is_a_usage_error() -> None:
    result = run("frobnicate")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1


def test_build_with_missing_corpus_leaves_data_untouched(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = run("build", "--corpus", str(CORPUS), "--data", str(data))
    assert first.returncode == 0, first.stderr
    before = sorted((p.relative_to(data), p.stat().st_mtime_ns) for p in data.rglob("*"))
    result = run("build", "--corpus", "/nonexistent", "--data", str(data))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == ["policykg: /nonexistent: corpus folder does not exist"]
    after = sorted((p.relative_to(data), p.stat().st_mtime_ns) for p in data.rglob("*"))
    assert after == before


def test_build_dump_nq_holds_the_contract_triples(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("build", "--data", str(data)).returncode == 0
    out = tmp_path / "all.nq"
    result = run("dump", "--format", "nq", "-o", str(out), "--data", str(data))
    assert result.returncode == 0, result.stderr
    text = out.read_text(encoding="utf-8")
    doc = f"<https://w3id.org/policykg/id/doc/{SEED_ID}>"
    issue = f"<https://w3id.org/policykg/id/doc/{SEED_ID}/issue/1.3>"
    pol = "https://w3id.org/policykg/ns#"
    assert f"{doc} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{pol}Document>" in text
    assert (
        f'{doc} <http://purl.org/dc/terms/issued> "2021-10-22"^^<http://www.w3.org/2001/XMLSchema#date>'
        in text
    )
    assert f"{issue} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{pol}Issue>" in text
    assert f'{issue} <{pol}number> "1.3"' in text
    assert (
        f"{issue} <http://www.w3.org/2000/01/rdf-schema#label> "
        '"マイナンバーカードの発行・運営体制の抜本的強化"@ja' in text
    )
    # quads: every line names its graph
    graph_prefix = "<https://w3id.org/policykg/id/graph/"
    assert all(line.rstrip(" .").split(" ")[-1].startswith("<") for line in text.splitlines() if line)
    assert graph_prefix in text


def test_build_json_report(tmp_path: Path) -> None:
    import json

    data = tmp_path / "data"
    result = run("build", "--json", "--data", str(data))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    # The default corpus is corpus/, the seed report alone.
    assert [(d["id"], d["status"]) for d in report["documents"]] == [(SEED_ID, "built")]
    assert report["entities"]["Issue"] == 34
    assert report["entities"]["Theme"] == 6
    assert report["triples"] > 0
    assert json.loads((data / "build-report.json").read_text(encoding="utf-8")) == report
    again = json.loads(run("build", "--json", "--data", str(data)).stdout)
    assert [d["status"] for d in again["documents"]] == ["unchanged"]


def test_commands_on_missing_data_fail_clearly(tmp_path: Path) -> None:
    result = run("dump", "--format", "nq", "-o", str(tmp_path / "x.nq"), "--data", str(tmp_path / "none"))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"policykg: {tmp_path / 'none'}: no built store here; "
        f"run `policykg build --data {tmp_path / 'none'}` first"
    ]
    assert not (tmp_path / "x.nq").exists()


def test_sparql_select_table_and_json(built_cli_data: Path) -> None:
    query = 'SELECT ?n WHERE { ?i a pol:Issue ; pol:number ?n ; pol:partOfTheme/pol:number "5" } ORDER BY ?n'
    result = run("sparql", query, "--data", str(built_cli_data))
    assert result.returncode == 0, result.stderr
    numbers = [line.strip() for line in result.stdout.splitlines()[1:-1]]
    assert numbers == ["5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7"]
    as_json = run("sparql", query, "--format", "json", "--data", str(built_cli_data))
    import json

    bindings = json.loads(as_json.stdout)["results"]["bindings"]
    assert [b["n"]["value"] for b in bindings] == numbers


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("INSERT DATA { <a:b> <a:c> <a:d> }", "read-only"),
        ("SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }", "SERVICE is not allowed"),
        ("SELECT ?x WHERE { ?x", "not a valid SPARQL query"),
    ],
)
def test_sparql_refusals(built_cli_data: Path, query: str, message: str) -> None:
    result = run("sparql", query, "--data", str(built_cli_data))
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1
    assert message in result.stderr


def test_sparql_stops_at_the_query_time_limit(built_cli_data: Path, tmp_path: Path) -> None:
    # The endpoint's limit (query_timeout_s) holds on the command line too.
    (tmp_path / "policykg.toml").write_text("query_timeout_s = 2\n", encoding="utf-8")
    cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    started = time.monotonic()
    result = run("sparql", cartesian, "--data", str(built_cli_data), cwd=tmp_path)
    took = time.monotonic() - started
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert "time limit of 2 s" in line and "query_timeout_s" in line
    assert took < 2 + 8  # the limit, plus starting Python and a worker
    assert result.stdout == ""


def test_sparql_takes_graphs_it_does_not_hold_as_empty(built_cli_data: Path) -> None:
    result = run("sparql", "ASK FROM <urn:x-absent:graph> { ?s ?p ?o }", "--data", str(built_cli_data))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "false"


@pytest.fixture(scope="module")
def built_cli_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("cli") / "data"
    result = run("build", "--data", str(data))
    assert result.returncode == 0, result.stderr
    return data


def test_inspect_entities_json() -> None:
    import json

    result = run("inspect", "--entities", "--json", str(CORPUS / "digital-wg-followup-2021-10-22.txt"))
    assert result.returncode == 0, result.stderr
    entities = json.loads(result.stdout)["entities"]
    by_type: dict[str, list[dict[str, object]]] = {}
    for entity in entities:
        by_type.setdefault(str(entity["type"]), []).append(entity)
    assert len(by_type["ProgressUpdate"]) == 57
    assert len(by_type["Issue"]) == 34
    law = next(e for e in by_type["Law"] if e["line"] == 25)
    assert (law["text"], law["key"]) == ("デジタル社会形成整備法", "digital-society-improvement-act")
    # 「3年9月」 in a 2021 report is 2021-09
    assert any(d["line"] == 25 and d["start_value"] == "2021-09" for d in by_type["DateExpression"])


def test_inspect_entities_text() -> None:
    result = run("inspect", "--entities", str(CORPUS / "digital-wg-followup-2021-10-22.txt"))
    assert result.returncode == 0, result.stderr
    assert "report date 2021-10-22" in result.stdout
    assert any(line.startswith("L319") and "J-LIS" in line for line in result.stdout.splitlines())


def test_eval_prints_scores_per_type() -> None:
    result = run("eval")
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0]: line.split() for line in result.stdout.splitlines() if line.startswith("  ")}
    for name in ["goals", "issues", "measures", "progress", "laws", "agencies", "dates", "dependsOnLaw"]:
        assert name in rows, name
        precision, recall, f1 = (float(x) for x in rows[name][-3:])
        assert 0.0 <= precision <= 1.0 and 0.0 <= recall <= 1.0 and 0.0 <= f1 <= 1.0


# A build in a child that reports, after the build, the peak memory of the processes
# it started and waited for: 0 when the documents were extracted in the build's own
# process, the size of a loaded NLP pipeline when extraction workers ran.
BUILD_REPORTING_CHILDREN = (
    "import resource, sys\n"
    "from kg.cli import main\n"
    "try:\n    main(sys.argv[1:])\n"
    "except SystemExit as exc:\n    assert not exc.code, exc.code\n"
    "print('children', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


def _build_children(cwd: Path, data: Path, *options: str, env: dict[str, str] | None = None) -> int:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    args = ["build", "--corpus", str(CORPUS), "--data", str(data), "--json", *options]
    done = subprocess.run(
        [sys.executable, "-c", BUILD_REPORTING_CHILDREN, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={**clean, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return int(done.stdout.strip().splitlines()[-1].split()[1])


@needs_gif  # workers start only for a corpus of more than one document
def test_build_workers_setting_reaches_the_build(tmp_path: Path) -> None:
    # The sample corpus has two documents: by default (0) one process extracts both.
    assert _build_children(tmp_path, tmp_path / "default") == 0
    (tmp_path / "policykg.toml").write_text("build_workers = 2\n", encoding="utf-8")
    assert _build_children(tmp_path, tmp_path / "from-file") > 0
    env_1, env_2 = {"POLICYKG_BUILD_WORKERS": "1"}, {"POLICYKG_BUILD_WORKERS": "2"}
    assert _build_children(tmp_path, tmp_path / "env-over-file", env=env_1) == 0
    assert _build_children(tmp_path, tmp_path / "option-over-env", "--workers", "1", env=env_2) == 0


@pytest.mark.parametrize(
    ("args", "env", "fragment"),
    [
        (["build", "--workers", "-1"], {}, "--workers"),
        (["build"], {"POLICYKG_BUILD_WORKERS": "two"}, "setting build_workers from POLICYKG_BUILD_WORKERS"),
        (["build"], {"POLICYKG_BUILD_WORKERS": "-3"}, "must not be negative"),
        (["serve"], {"POLICYKG_SPARQL_WORKER_MEMORY_MB": "lots"}, "setting sparql_worker_memory_mb"),
        (
            ["serve"],
            {"POLICYKG_TRUSTED_PROXIES": "proxy.example"},
            "'proxy.example', which is not an IP address",
        ),
    ],
)
def test_bad_worker_settings_stop_with_one_line(
    tmp_path: Path, args: list[str], env: dict[str, str], fragment: str
) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("POLICYKG_")}
    result = subprocess.run(
        [sys.executable, "-m", "kg", *args, "--data", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**clean, **env},
        timeout=120,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("policykg: "), result.stderr
    assert fragment in lines[0]
    assert not (tmp_path / "data").exists()
