"""SHACL validation of the built sample corpus, and of the same graph broken on purpose."""

from __future__ import annotations

import subprocess
import sys

from rdflib import Literal, URIRef

from kg.rdf.namespaces import POL
from kg.rdf.validate import validate
from kg.settings import Settings
from kg.store.reader import ReadStore
from tests.conftest import ROOT, SEED_ID


def test_built_corpus_has_no_violations(built: Settings) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kg", "validate", "--data", str(built.data_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("0 violations")


def test_a_broken_copy_is_caught(built: Settings) -> None:
    store = ReadStore(built.data_dir)
    merged = store.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
    issue = URIRef(f"https://w3id.org/policykg/id/doc/{SEED_ID}/issue/1.3")
    law = URIRef("https://w3id.org/policykg/id/law/digital-reform-acts")
    merged.remove((issue, POL.number, None))
    merged.add((issue, POL.number, Literal("課題1.3")))  # the counting word is no part of the number
    merged.add((issue, POL.dependsOnLaw, issue))  # an issue is not a law
    merged.add((law, POL.lawNumber, Literal(3)))  # a number where text belongs
    report = validate(merged)
    assert not report.conforms
    focus = {(str(v.focus), v.path) for v in report.violations}
    assert (str(issue), "pol:number") in focus
    assert (str(issue), "pol:dependsOnLaw") in focus
    assert (str(law), "pol:lawNumber") in focus
    text = report.to_text()
    assert "課題1.3" in text and "violation" in text
