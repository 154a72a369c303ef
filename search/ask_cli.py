"""The `policykg ask` command (registered through the policykg.commands entry point).

Takes a question in Japanese; prints how it was read and one page of the answer
as a table, with how many rows there are in all (``--limit`` rows a page, from
``--offset``; ``--show-query`` adds the SPARQL), or one line saying why the graph
has no answer followed by the full-text hits; ``--json`` prints the ``ask`` JSON.
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.ask.answer import Answer
from kg.ask.pages import DEFAULT_PAGE_ROWS, MAX_PAGE_ROWS
from kg.cli import DATA_HELP, echo_json, settings_from
from search.ask import AskResult, answer_question
from search.cli import _pad, _plain, _width
from search.engine import TYPE_LABELS


def shown_columns(answer: Answer) -> list[str]:
    """The columns a person reads: an IRI column with a label column beside it gives way to it."""
    return [c for c in answer.columns if f"{c}Label" not in answer.columns]


def answer_table(answer: Answer) -> list[str]:
    columns = shown_columns(answer)
    rows = [[row[c].value if c in row else "" for c in columns] for row in answer.rows]
    widths = [max([_width(c), *(_width(r[i]) for r in rows)]) for i, c in enumerate(columns)]
    lines = ["  ".join(_pad(c, w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines += ["  ".join(_pad(v, w) for v, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    lines.append(f"({count_line(answer)})")
    return lines


def count_line(answer: Answer) -> str:
    """How many rows there are and which of them are shown: 「7 rows」, 「rows 101-200 of 4254; …」."""
    cut = f", cut at {answer.total}" if answer.truncated else ""
    if answer.offset == 0 and len(answer.rows) == answer.total:
        return f"{answer.total} rows{cut}"
    shown = f"rows {answer.offset + 1}-{answer.offset + len(answer.rows)} of {answer.total}{cut}"
    more = f"; --offset {answer.next_offset} for the next {answer.limit}" if answer.next_offset else ""
    return shown + more


def render(result: AskResult, show_query: bool) -> str:
    """The answer for a terminal."""
    answer = result.answer
    lines: list[str] = []
    if answer.understood:
        lines.append(f"読み取り: {answer.reading}")
        if show_query and answer.sparql:
            lines += ["", answer.sparql, ""]
        lines += answer_table(answer)
        return "\n".join(lines)
    lines.append(
        f"{answer.message}。全文検索の結果を示します。" if not answer.candidates else f"{answer.message}:"
    )
    for entity in answer.candidates:
        lines.append(f"  {entity.label}  <{entity.iri}>")
    if answer.candidates:
        return "\n".join(lines)
    for hit in result.hits:
        kind = TYPE_LABELS.get(hit.type, hit.type)
        lines.append(f"{kind}  {hit.document}:{hit.line}  {_plain(hit.snippet).replace(chr(10), ' ')}")
    lines.append(f"({len(result.hits)} of {result.total_hits} hits)")
    return "\n".join(lines)


@click.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@click.option("--show-query", is_flag=True, help="Print the SPARQL the question became.")
@click.option(
    "--limit",
    type=click.IntRange(1, MAX_PAGE_ROWS),
    default=DEFAULT_PAGE_ROWS,
    show_default=True,
    help="Rows of the answer to show (a page).",
)
@click.option(
    "--offset",
    type=click.IntRange(0),
    default=0,
    help="Skip this many rows of the answer first (the JSON's next and prev give the neighbouring pages).",
)
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help=DATA_HELP)
def ask(
    question: str, as_json: bool, show_query: bool, limit: int, offset: int, data_dir: Path | None
) -> None:
    """Answer a question in Japanese from the graph, with the SPARQL it ran.

    Understood: which measures depend on a law (「デジタル改革関連法に基づく施策」), what
    an agency is involved in (「J-LISが関わる取組」), an issue's progress
    (「課題3.2の進捗」), what is planned or was done in a period
    (「令和4年度に予定されている施策」), issues without progress, measures without a
    law, where something is mentioned, and a few counts.  Anything else is
    searched as text.  A long answer is shown a page at a time, with its total.
    """
    if not question.strip():
        raise click.UsageError("QUESTION is empty: ask something, e.g. 「J-LISが関わる取組」")
    settings = settings_from(data_dir=data_dir)
    result = answer_question(settings, question, offset=offset, limit=limit)
    if as_json:
        echo_json(result.to_json())
    else:
        click.echo(render(result, show_query))
