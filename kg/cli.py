"""The ``policykg`` command line: the command group, its logging and its one way of failing.

Takes the arguments; runs the command they name and exits with its code: 0 success; 1 a
failure the user can act on (one clear line on stderr, no traceback); 2 a usage error.
The commands are in :mod:`kg.cli_documents` (build, inspect, eval) and :mod:`kg.cli_graph`
(those on the built store); those of search and web come through entry points.
"""

from __future__ import annotations

import logging
import sys
from importlib.metadata import entry_points
from typing import NoReturn

import click

from kg.cli_documents import build, evaluate, inspect
from kg.cli_graph import diff, dump, export, load, push, sparql, validate
from kg.cli_options import DATA_HELP, OUTPUT_HELP, echo_json, output_name, settings_from, status
from kg.display import one_line
from kg.errors import PolicyKGError, UsageError
from kg.settings import SETTINGS, load_settings

# What the commands of search and web import from here.
__all__ = ["DATA_HELP", "OUTPUT_HELP", "cli", "echo_json", "main", "output_name", "settings_from", "status"]


def _settings_epilog() -> str:
    lines = ["\b", "Settings (policykg.toml < POLICYKG_* environment < options):"]
    lines += [f"  {s.env_var:28} {s.help} [default: {s.default}]" for s in SETTINGS]
    return "\n".join(lines)


class _Commands(click.Group):
    """The command group.  Commands of the other packages (web's `serve`, search's `search` and
    `ask`) register through the ``policykg.commands`` entry-point group, so that kg never imports
    them; each is loaded when named (all of them when listed), so a command of kg's own, a build
    above all, does not import them (the question reader's names and parser: 1.1 processor
    seconds)."""

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands:
            self._load_plugins(cmd_name)
        return super().get_command(ctx, cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        self._load_plugins(None)
        return super().list_commands(ctx)

    def _load_plugins(self, name: str | None) -> None:
        """Load the entry point ``name`` (None: every one) unless a command holds its name."""
        for ep in entry_points(group="policykg.commands"):
            if (name is None or ep.name == name) and ep.name not in self.commands:
                command = ep.load()
                if isinstance(command, click.Command):
                    self.add_command(command, ep.name)


@click.group(
    cls=_Commands,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 110},
    epilog=_settings_epilog(),
)
@click.version_option(package_name="policykg", prog_name="policykg")
def cli() -> None:
    """policykg: a knowledge graph and search system for Japanese government policy documents.

    Build a corpus of reports into an RDF graph and a search index, then search
    it, query it with SPARQL, browse it in the web app and export dependency graphs.
    """
    configure_logging(load_settings().log_level)


def configure_logging(level: str) -> None:
    """Send log records at ``level`` and above to stderr, once per process.

    Where a handler is already in place (an embedding program, a test runner)
    it is kept and only the level is set.
    """
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(format="%(levelname)s %(name)s: %(message)s")
    root.setLevel(level)
    logging.getLogger(__name__).debug("logging at %s", level)


for _command in (build, inspect, evaluate, sparql, export, dump, load, diff, validate, push):
    cli.add_command(_command)


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"policykg: {one_line(message)}", err=True)
    sys.exit(code)


def main(argv: list[str] | None = None) -> None:
    """Entry point: one line on stderr for every error, never a traceback."""
    try:
        rv = cli.main(args=argv, prog_name="policykg", standalone_mode=False)
        if isinstance(rv, int) and rv:
            sys.exit(rv)
    except click.exceptions.NoArgsIsHelpError as exc:
        # No command: the usage on stderr and exit 2, as click's own scripts do.
        click.echo(exc.ctx.get_help() if exc.ctx else "policykg --help", err=True)
        sys.exit(2)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        _fail("aborted", 1)
    except click.UsageError as exc:
        where = exc.ctx.command_path if exc.ctx else "policykg"
        _fail(f"{exc.format_message()} (see `{where} --help`)", 2)
    except click.ClickException as exc:
        _fail(exc.format_message(), 1)
    except UsageError as exc:
        _fail(exc.message, 2)
    except PolicyKGError as exc:
        _fail(exc.message, 1)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # the last line of defence: still one line, no traceback
        _fail(f"unexpected error: {type(exc).__name__}: {exc}", 1)


if __name__ == "__main__":
    main()
