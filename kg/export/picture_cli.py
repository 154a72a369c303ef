"""``policykg export timeline|map|chart``: the pictures of the web pages as files (export stage, CLI glue).

Takes the command-line options; writes the picture with :func:`kg.export.pictures.export_picture`
and says on stderr what it wrote.
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.settings import load_settings

_HELP = {
    "timeline": "The dated items of an issue, theme, law, agency or document on a time axis "
    "(done and planned told apart, periods as bars, open ends as arrows, the document's date marked).",
    "map": "A dataset's figures per prefecture on a tile map of Japan (coloured by value, with a legend).",
    "chart": "A dataset's figures as a bar chart (categories) or a line chart (a series over time).",
}
_NOUN = {"timeline": "dated items", "map": "prefectures", "chart": "figures"}


def _command(kind: str) -> click.Command:
    @click.option("--issue", help="An issue number, e.g. 3.1 (timeline).")
    @click.option("--entity", help="An entity IRI: an issue, theme, law, agency or document (timeline).")
    @click.option("--dataset", help="A statistics dataset IRI (map, chart).")
    @click.option(
        "--document", help="A document id: its timeline, or its one dataset that draws as a map or chart."
    )
    @click.option(
        "--measure", help="The measure to draw (e.g. issuedCards); default: the share where there is one."
    )
    @click.option("--format", "fmt", required=True, type=click.Choice(["svg", "png", "csv"]),
                  help="svg or png for the picture, csv for exactly what it draws.")  # fmt: skip
    @click.option("-o", "--output", required=True, type=click.Path(),
                  help="Output file ('-' for standard output); a file already there is replaced "
                  "once the new one is complete.")  # fmt: skip
    @click.option(
        "--data", "data_dir", type=click.Path(path_type=Path), help="Data folder (default: ./data)."
    )
    def command(
        issue: str | None,
        entity: str | None,
        dataset: str | None,
        document: str | None,
        measure: str | None,
        fmt: str,
        output: str,
        data_dir: Path | None,
    ) -> None:
        from kg.export.pictures import export_picture

        settings = load_settings(overrides={"data_dir": data_dir})
        picture = export_picture(
            settings, kind, fmt=fmt, output=output, issue=issue, entity=entity, dataset=dataset,
            document=document, measure=measure,
        )  # fmt: skip
        where = "standard output" if output == "-" else output
        click.echo(f"wrote {where}: {kind} of {picture.subject}, {picture.count} {_NOUN[kind]}", err=True)

    command.__doc__ = _HELP[kind]
    return click.command(kind, help=_HELP[kind])(command)


def add_picture_commands(group: click.Group) -> None:
    """Register ``timeline``, ``map`` and ``chart`` under the ``export`` group."""
    for kind in ("timeline", "map", "chart"):
        group.add_command(_command(kind))
