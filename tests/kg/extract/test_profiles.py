"""Document profiles: chosen by matching the document, a user's added without Python, bad ones refused."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract.extraction import extract
from kg.extract.profiles import ProfileError, choose, load_file, profiles
from kg.read import read_document, read_string
from tests.conftest import ROOT, SEED

FAMILY = """\
name = "kaizen-plan"
description = "改善計画: 【改善項目】 labels list measures."
priority = 5

[match]
patterns = ["改善計画"]

[labels]
measure = ["^【改善項目】$"]
"""

PLAN = """\
# 業務改善計画

【改善項目】

* 申請様式の統一
* 押印の廃止
"""


def test_the_seed_report_gets_its_own_profile_and_says_why() -> None:
    choice = choose(read_document(SEED))
    assert choice.profile.name == "followup-report"
    assert choice.profile.rule("status_tables")
    assert "これまでの主な取組状況について" in choice.reason


def test_a_document_no_profile_matches_gets_the_generic_one() -> None:
    choice = choose(read_string("## 1. はじめに\n\n本文。", suffix=".md"))
    assert choice.profile.name == "generic"
    assert "generic" in choice.reason


def test_the_status_table_logic_is_the_seed_profiles_not_the_generic_ones() -> None:
    by_name = {p.name: p for p in profiles()}
    assert not by_name["generic"].rule("status_tables")
    assert by_name["followup-report"].status_header == ("項目", "取組状況")


def test_a_users_profile_is_chosen_by_its_pattern_and_adds_its_cue(tmp_path: Path) -> None:
    (tmp_path / "kaizen.toml").write_text(FAMILY, encoding="utf-8")
    doc = read_string(PLAN, suffix=".md")
    assert not [i for i in extract(doc, dt.date(2024, 1, 1), use_parser=False).items if i.cls == "Measure"]
    found = extract(doc, dt.date(2024, 1, 1), use_parser=False, profile_dir=tmp_path)
    assert found.profile is not None and found.profile.profile.name == "kaizen-plan"
    assert [i.label for i in found.of("Measure")] == ["申請様式の統一", "押印の廃止"]
    # Keys the family's file leaves out come from the generic profile.
    assert "目次" in found.profile.profile.headings["skip"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("name = ", "is not valid TOML"),
        ('name = "x"\n[labels]\nissue = ["(unclosed"]\n', "labels.issue holds a bad pattern"),
        ('name = "x"\n[labels]\nissue = "課題"\n', "labels.issue must be a list of strings"),
        ('name = "x"\n[rules]\ncues = "yes"\n', "every [rules] value must be true or false"),
        ('description = "no name"\nname = ""\n', "a profile needs a name"),
    ],
)
def test_a_bad_profile_is_refused_naming_the_file_and_the_reason(
    tmp_path: Path, content: str, reason: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProfileError) as raised:
        load_file(path)
    assert str(path) in str(raised.value) and reason in str(raised.value)


def test_inspect_entities_names_the_profile_and_why() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "policykg", "inspect", "--entities", str(SEED)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    line = run.stdout.splitlines()[1]
    assert line.startswith("profile followup-report (kg/data/profiles/followup-report.toml): ")
    assert "これまでの主な取組状況について" in line
