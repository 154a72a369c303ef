"""The `policykg serve` command (registered through the policykg.commands entry point)."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli import DATA_HELP, settings_from


@click.command()
@click.option("--data", "data_dir", type=click.Path(path_type=Path), help=DATA_HELP)
@click.option("--host", help="Address to listen on (default: 127.0.0.1).")
@click.option("--port", type=int, help="Port to listen on (default: 5000).")
@click.option("--sparql-endpoint", help="Answer queries from this external SPARQL 1.1 endpoint.")
def serve(data_dir: Path | None, host: str | None, port: int | None, sparql_endpoint: str | None) -> None:
    """Serve the web app (search, entity pages, SPARQL, graphs) on a production WSGI server."""
    from web.server import serve as run_server

    run_server(settings_from(data_dir=data_dir, host=host, port=port, sparql_endpoint=sparql_endpoint))
