"""The `policykg search` command (registered through the policykg.commands entry point)."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import click

from kg.cli import DATA_HELP, echo_json, settings_from
from search.engine import MAX_DEPTH, MAX_PAGE_SIZE, TYPE_LABELS, Filters, SearchResult
from search.engine import search as run_search

_MARK = re.compile(r"</?mark>")
_ENTITIES = {"&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&amp;": "&"}


def _plain(snippet: str) -> str:
    text = _MARK.sub("", snippet)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return text


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def render_table(result: SearchResult) -> str:
    """Hits as a table for a terminal: type, where, and the snippet without markup."""
    lines = []
    if result.expanded:
        lines.append("同義語でも検索 (also searched): " + "、".join(result.expanded))
    rows = [
        (TYPE_LABELS.get(h.type, h.type), f"{h.document}:{h.line}", _plain(h.snippet).replace("\n", " "))
        for h in result.hits
    ]
    if rows:
        w0 = max(_width(r[0]) for r in rows)
        w1 = max(len(r[1]) for r in rows)
        lines.extend(f"{_pad(a, w0)}  {_pad(b, w1)}  {c}" for a, b, c in rows)
    if result.offset and result.hits:
        shown = f"hits {result.offset + 1}-{result.offset + len(result.hits)}"
    else:
        shown = str(len(result.hits))
    lines.append(f"({shown} of {result.total} hits)")
    return "\n".join(lines)


@click.command()
@click.argument("query")
@click.option("--type", "types", multiple=True, help="Only hits of this type (Measure, Issue, 施策, …).")
@click.option("--law", multiple=True, help="Only items that depend on this law (any of its names).")
@click.option("--agency", multiple=True, help="Only items that involve this agency (any of its names).")
@click.option(
    "--limit",
    type=click.IntRange(1, MAX_PAGE_SIZE),
    default=20,
    show_default=True,
    help="Most hits to show.",
)
@click.option(
    "--offset",
    type=click.IntRange(0, MAX_DEPTH),
    help="Skip this many hits first (the JSON's next and prev give the neighbouring pages).",
)
@click.option("--page", type=click.IntRange(1, MAX_DEPTH), help="Show page N of --limit hits each.")
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help=DATA_HELP)
def search(
    query: str,
    types: tuple[str, ...],
    law: tuple[str, ...],
    agency: tuple[str, ...],
    limit: int,
    offset: int | None,
    page: int | None,
    as_json: bool,
    data_dir: Path | None,
) -> None:
    """Full-text search over measures, progress updates, issues, goals and paragraphs.

    Words must all match; "quoted words" match as a phrase; OR between words
    matches either; -word excludes.  Synonyms and the names the graph knows for
    laws and agencies are searched too.
    """
    if offset is not None and page is not None:
        raise click.UsageError("--offset and --page choose the same thing; give one of them")
    settings = settings_from(data_dir=data_dir)
    filters = Filters.of(types=types, laws=law, agencies=agency)
    result = run_search(settings, query, filters, page=page or 1, page_size=limit, offset=offset)
    if as_json:
        echo_json(result.to_json())
    else:
        click.echo(render_table(result))
