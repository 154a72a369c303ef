"""Settings: each declared once, with a name, a default and help text.

Precedence, lowest first: the defaults below < ``policykg.toml`` (in the
working directory, or the file named by ``POLICYKG_CONFIG``) < ``POLICYKG_*``
environment variables < command-line options.  The result is one frozen
:class:`Settings` object that the CLI, the build and the web app share.

>>> s = load_settings(env={}, config_path=None, overrides={"port": 8080})
>>> s.port, s.host
(8080, '127.0.0.1')
"""

from __future__ import annotations

import dataclasses
import ipaddress
import math
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, get_type_hints

from kg.errors import UsageError

T = TypeVar("T")
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def _declare(default: T, help: str, parse: Callable[[Any], T] | None = None) -> T:
    # A dataclass field carrying its help text: the one declaration of a setting.
    # ``parse`` turns a raw value into the setting's value, raising ValueError with
    # the reason where the plain type conversion is not enough.
    return field(default=default, metadata={"help": help, "parse": parse})


def networks(text: str) -> tuple[Network, ...]:
    """The addresses and networks of a comma-separated list (``""``: none).

    >>> networks("127.0.0.1, 10.0.0.0/8")
    (IPv4Network('127.0.0.1/32'), IPv4Network('10.0.0.0/8'))
    """
    found = []
    for entry in text.split(","):
        entry = entry.strip()
        if not entry:
            continue
        try:
            found.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            raise ValueError(f"has {entry!r}, which is not an IP address or network (CIDR)") from None
    return tuple(found)


def _proxy_list(value: Any) -> str:
    # A list from TOML, or a comma-separated string from anywhere; kept normalised.
    if isinstance(value, list | tuple):
        value = ",".join(str(v) for v in value)
    if not isinstance(value, str):
        raise ValueError("is not a comma-separated list of IP addresses or networks")
    return ",".join(str(n) for n in networks(value))


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def _log_level(value: Any) -> str:
    # A level name in any case, kept upper-case for the logging module.
    level = str(value).strip().upper()
    if level not in LOG_LEVELS:
        raise ValueError(f"is not a logging level (one of {', '.join(LOG_LEVELS)})")
    return level


def _base_url(value: Any) -> str:
    # An absolute http(s) URL, kept with one trailing slash; "" = not set.
    if not isinstance(value, str):
        raise ValueError("is not a URL")
    text = value.strip()
    if not text:
        return ""
    scheme, sep, rest = text.partition("://")
    if scheme.lower() not in {"http", "https"} or not sep or not rest.split("/", 1)[0]:
        raise ValueError("is not an absolute http:// or https:// URL")
    return text.rstrip("/") + "/"


# Below this a worker cannot even open the store (its threads and the store's
# reserve address space), and every query would fail.
MIN_WORKER_MEMORY_MB = 1024


def _share(value: Any) -> float:
    share: float = _convert(float, value)
    if share > 1:
        raise ValueError("is a share: give a number from 0 to 1")
    return share


def _worker_memory(value: Any) -> int:
    megabytes: int = _convert(int, value)
    if 0 < megabytes < MIN_WORKER_MEMORY_MB:
        raise ValueError(
            f"is too small for a query worker to open the store; give 0 (no cap) or at least "
            f"{MIN_WORKER_MEMORY_MB}"
        )
    return megabytes


@dataclass(frozen=True, slots=True)
class Settings:
    """The effective settings; build with :func:`load_settings`."""

    data_dir: Path = _declare(  # noqa: RUF009 (a Path is immutable)
        Path("data"), "Folder holding the built store, the search index and build reports."
    )
    corpus_dir: Path = _declare(  # noqa: RUF009 (a Path is immutable)
        Path("corpus"), "Folder of documents (with manifest.toml) that `build` reads."
    )
    host: str = _declare("127.0.0.1", "Address the web server listens on.")
    port: int = _declare(5000, "Port the web server listens on.")
    threads: int = _declare(
        6,
        "Worker threads of the web server; each running page holds its own working memory, so "
        "more threads mean more resident memory (at 1,000 documents about 190 MB a thread).",
    )
    base_url: str = _declare(
        "",
        "Public URL of the site (https://kg.example.org/), used in links made for sharing; "
        "empty = http://HOST:PORT/.",
        _base_url,
    )
    sparql_endpoint: str = _declare(
        "", "URL of an external SPARQL 1.1 query endpoint to answer from instead of the embedded store."
    )
    query_timeout_s: float = _declare(10.0, "Wall-clock limit of one SPARQL query, in seconds.")
    max_result_rows: int = _declare(10_000, "Most rows a SPARQL SELECT returns; more are cut and flagged.")
    sparql_workers: int = _declare(
        0, "Processes that run SPARQL queries (each killable at its time limit); 0 = one per core, 3 to 4."
    )
    sparql_worker_memory_mb: int = _declare(
        2048,
        "Memory each SPARQL worker process may add to what it holds at start, in MB (at least "
        f"{MIN_WORKER_MEMORY_MB}); a query needing more fails alone; 0 = no cap.",
        _worker_memory,
    )
    max_queries_per_client: int = _declare(
        2, "SPARQL queries one client may have running at once; more are answered 429."
    )
    trusted_proxies: str = _declare(
        "",
        "Comma-separated addresses or networks of reverse proxies whose X-Forwarded-For header names "
        "the client; empty = the header is ignored.",
        _proxy_list,
    )
    max_query_nesting: int = _declare(500, "Deepest bracket nesting accepted in a SPARQL query.")
    max_graph_nodes: int = _declare(500, "Most nodes in an exported or explored dependency graph.")
    max_query_bytes: int = _declare(100_000, "Largest SPARQL query accepted, in bytes.")
    max_request_bytes: int = _declare(2_000_000, "Largest HTTP request body the web app accepts, in bytes.")
    max_document_bytes: int = _declare(20_000_000, "Largest document file a build reads, in bytes.")
    max_unpacked_bytes: int = _declare(
        200_000_000,
        "Most bytes a Word file may unzip to, or a PDF's streams decode to (decompression bombs).",
    )
    max_entity_expansion: int = _declare(
        10_000_000, "Most characters the entities of an RDF/XML file may expand to in `policykg load`."
    )
    profile_dir: str = _declare(
        "",
        "Folder of extra document profiles (*.toml: cues and patterns of a family of documents); "
        "empty = the built-in profiles only.",
    )
    max_block_mentions: int = _declare(
        200, "Most law and agency mentions a build reads from one block (paragraph, line, cell)."
    )
    max_block_dates: int = _declare(200, "Most date expressions a build reads from one block.")
    max_document_mentions: int = _declare(
        10_000, "Most law and agency mentions a build reads from one document; the rest are cut."
    )
    max_document_dates: int = _declare(5_000, "Most date expressions a build reads from one document.")
    max_document_items: int = _declare(
        10_000, "Most policy items (measures, issues, progress updates, …) read from one document."
    )
    max_document_triples: int = _declare(
        300_000, "Most triples one document adds to the store; the rest are cut with a warning."
    )
    build_workers: int = _declare(
        0,
        "Processes that read and extract changed documents in a build; "
        "0 = one, and one more per 50 documents up to one per core.",
    )
    page_budget_s: float = _declare(
        10.0,
        "Wall-clock budget of one web page (entity, document, search, graph, export), in seconds; "
        "past it, or when its client has left, the work stops and the page answers 503.",
    )
    max_description_triples: int = _declare(
        50_000, "Most statements an entity's Turtle, JSON-LD or N-Triples may hold; more are answered 413."
    )
    max_prune_share: float = _declare(
        0.5,
        "Largest share of the built documents `build --prune` may remove at once (more is refused "
        "as a probable wrong --corpus); 1 = any number, every document included.",
        _share,
    )
    search_page_size: int = _declare(20, "Hits per page of search results.")
    search_results_kept: int = _declare(
        1024,
        "Searches whose results (page of hits and facet counts) are kept per search index "
        "generation and answered again without searching; 0 = every search is worked out afresh.",
    )
    log_level: str = _declare(
        "WARNING", "Least severe log messages shown on stderr: DEBUG, INFO, WARNING or ERROR.", _log_level
    )

    @property
    def trusted_proxy_networks(self) -> tuple[Network, ...]:
        """``trusted_proxies`` as networks (checked when the settings were loaded)."""
        return networks(self.trusted_proxies)

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes`` applied (each checked like any other source)."""
        return dataclasses.replace(
            self, **{k: _coerce(_setting(k), v, "argument") for k, v in changes.items()}
        )


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting as users see it: name, default, type, help."""

    name: str
    default: Any
    help: str
    type: type
    parse: Callable[[Any], Any] | None = None

    @property
    def env_var(self) -> str:
        return "POLICYKG_" + self.name.upper()


def _collect() -> tuple[Setting, ...]:
    hints = get_type_hints(Settings)
    return tuple(
        Setting(f.name, f.default, str(f.metadata.get("help", "")), hints[f.name], f.metadata.get("parse"))
        for f in dataclasses.fields(Settings)
    )


SETTINGS: tuple[Setting, ...] = _collect()
_BY_NAME = {s.name: s for s in SETTINGS}


def _setting(name: str) -> Setting:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise UsageError(f"unknown setting {name!r}; known settings: {', '.join(sorted(_BY_NAME))}") from None


def _convert(kind: type, value: Any) -> Any:
    """``value`` as a ``kind``; raises ValueError saying what is wrong with it."""
    invalid = f"is not a valid {kind.__name__}"
    if kind in (int, float) and isinstance(value, bool):
        raise ValueError(invalid)  # TOML's true would otherwise be 1
    if kind is int and isinstance(value, float) and not value.is_integer():
        raise ValueError(invalid)
    try:
        if kind is bool:
            return (
                value.strip().lower() in {"1", "true", "yes", "on"} if isinstance(value, str) else bool(value)
            )
        result = kind(value)
    except (TypeError, ValueError, OverflowError):
        raise ValueError(invalid) from None
    if kind is float and not math.isfinite(result):
        raise ValueError("is not a finite number")
    if kind in (int, float) and result < 0:
        raise ValueError("must not be negative")
    return result


def _coerce(setting: Setting, value: Any, source: str) -> Any:
    try:
        if setting.parse is not None:
            return setting.parse(value)
        return _convert(setting.type, value)
    except ValueError as exc:
        raise UsageError(f"setting {setting.name} from {source}: {value!r} {exc}") from None


def _read_config(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
    except OSError as exc:
        raise UsageError(f"{path}: cannot read the settings file ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{path}: not valid TOML ({exc})") from None
    # Accept both a flat file and a [policykg] table.
    table = raw.get("policykg", raw)
    if not isinstance(table, dict):
        raise UsageError(f"{path}: [policykg] must be a table")
    return table


def load_settings(
    *,
    env: Mapping[str, str] | None = None,
    config_path: Path | None = Path("policykg.toml"),
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Merge defaults < config file < environment < ``overrides`` (None values ignored)."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    explicit = env.get("POLICYKG_CONFIG")
    path = Path(explicit) if explicit else config_path
    if path is not None and (explicit or path.is_file()):
        for key, value in _read_config(path).items():
            values[key] = _coerce(_setting(key), value, str(path))
    for setting in SETTINGS:
        if setting.env_var in env:
            values[setting.name] = _coerce(setting, env[setting.env_var], setting.env_var)
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = _coerce(_setting(key), value, "the command line")
    return Settings(**values)


def describe() -> list[dict[str, str]]:
    """Every setting with its environment variable, default and help (for docs and `--help`)."""
    return [
        {"name": s.name, "env": s.env_var, "default": str(s.default), "help": s.help, "type": s.type.__name__}
        for s in SETTINGS
    ]
