"""The `policykg ask` command (registered through the policykg.commands entry point).

Takes a question in Japanese; prints how it was read and the answer as a table
(``--show-query`` adds the SPARQL), or one line saying why the graph has no
answer followed by the full-text hits; ``--json`` prints the ``ask`` JSON.
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.ask.answer import Answer
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
    more = f"; cut at {len(rows)}" if answer.truncated else ""
    lines.append(f"({len(rows)} rows{more})")
    return lines


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
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help=DATA_HELP)
def ask(question: str, as_json: bool, show_query: bool, data_dir: Path | None) -> None:
    """Answer a question in Japanese from the graph, with the SPARQL it ran.

    Understood: which measures depend on a law (「デジタル改革関連法に基づく施策」), what
    an agency is involved in (「J-LISが関わる取組」), an issue's progress
    (「課題3.2の進捗」), what is planned or was done in a period
    (「令和4年度に予定されている施策」), issues without progress, measures without a
    law, where something is mentioned, and a few counts.  Anything else is
    searched as text.
    """
    if not question.strip():
        raise click.UsageError("QUESTION is empty: ask something, e.g. 「J-LISが関わる取組」")
    settings = settings_from(data_dir=data_dir)
    result = answer_question(settings, question)
    if as_json:
        echo_json(result.to_json())
    else:
        click.echo(render(result, show_query))
