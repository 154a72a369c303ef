"""What the commands of ``policykg`` share: help texts of common options, the settings from the
options given, JSON and status lines on their streams.

Takes the options a command was given; gives its effective :class:`~kg.settings.Settings` and
writes its output (stdout) and what it did (stderr).  Imported by the command modules of
:mod:`kg.cli`, and through it by the commands of search and web.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from kg.settings import Settings, load_settings

DATA_HELP = "Data folder (default: ./data, or POLICYKG_DATA_DIR)."
OUTPUT_HELP = (
    "Output file ('-' for standard output); a file already there is replaced once the new one is complete."
)


def status(message: str) -> None:
    """A line about what a command did ("wrote …"): on stderr, so stdout carries only the output."""
    click.echo(message, err=True)


def output_name(path: Path | str) -> str:
    return "standard output" if str(path) == "-" else str(path)


def settings_from(**overrides: Any) -> Settings:
    """The effective settings with the options the user gave (None = not given)."""
    return load_settings(overrides=overrides)


def echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, indent=2))
