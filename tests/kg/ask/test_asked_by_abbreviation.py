"""A law asked by its customary abbreviation (「児福法に基づく施策」) over a small corpus of one plan that
names it by abbreviation on one line and by title on another: both lines are the law's items, and
the abbreviation a document writes is one label of the one law.

The plan is written for this test in the form of a municipal plan (numbered sections, 「(1) …」
measures); the expected items were read off it before it was built.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

MANIFEST = """\
[corpus]
ignore = ["manifest.toml"]

[[document]]
id = "welfare-plan"
file = "welfare-plan.md"
title = "子ども・福祉推進計画"
publisher = "厚生労働省"
date = 2024-03-29
"""

PLAN = """\
# 子ども・福祉推進計画

## 第1章 子どもの安全の確保

### 1 児童相談体制の強化

(1) 児福法に基づき、一時保護所の定員を拡充する。

(2) 児童福祉法に基づく里親支援センターを各圏域に設置する。

## 第2章 高齢者の暮らしの支え

### 2 介護予防の推進

(1) 介保法に基づく地域支援事業として、通いの場の立ち上げを支援する。

(2) 災対法に基づく個別避難計画の作成を進める。
"""


def _kg(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True, text=True, timeout=600, check=True
    )
    return done.stdout


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("abbreviated")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    (corpus / "welfare-plan.md").write_text(PLAN, encoding="utf-8")
    _kg("build", "--corpus", str(corpus), "--data", str(root / "data"))
    return root / "data"


def _items(data: Path, question: str) -> list[str]:
    answer = json.loads(_kg("ask", "--json", "--data", str(data), question))
    return sorted(row["itemLabel"]["value"] for row in answer["rows"])


def test_a_law_asked_by_its_abbreviation_gives_the_items_naming_it_either_way(data: Path) -> None:
    expected = [
        "児福法に基づき、一時保護所の定員を拡充する。",
        "児童福祉法に基づく里親支援センターを各圏域に設置する。",
    ]
    assert _items(data, "児福法に基づく施策") == expected
    assert _items(data, "児童福祉法に基づく施策") == expected


@pytest.mark.parametrize(
    ("question", "item"),
    [
        ("介保法に基づく施策", "介保法に基づく地域支援事業として、通いの場の立ち上げを支援する。"),
        ("介護保険法に基づく施策", "介保法に基づく地域支援事業として、通いの場の立ち上げを支援する。"),
        ("災対法に基づく施策", "災対法に基づく個別避難計画の作成を進める。"),
    ],
)
def test_each_abbreviated_law_gives_its_own_items(data: Path, question: str, item: str) -> None:
    assert _items(data, question) == [item]


def test_the_abbreviation_is_a_label_of_the_one_law(data: Path) -> None:
    query = 'SELECT ?law WHERE { ?law a pol:Law ; rdfs:label "児童福祉法"@ja ; skos:altLabel "児福法"@ja }'
    rows = json.loads(_kg("sparql", "--data", str(data), "--format", "json", query))
    assert len(rows["results"]["bindings"]) == 1
