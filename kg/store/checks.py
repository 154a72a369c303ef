"""The checks a SPARQL query passes before it runs: read-only, offline, its graphs named.

It reads the query twice: rdflib's SPARQL grammar gives the structure, and a lexer
that knows strings, IRIs, comments, variables and prefixed names looks at every
bare keyword.  Either one finding SERVICE refuses the query, so a disagreement
between rdflib's grammar and Oxigraph's fails closed; where rdflib cannot parse a
query the lexer alone decides, and Oxigraph reports any syntax error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urljoin

from kg.errors import QueryError, QueryTooLargeError
from kg.rdf.namespaces import PREFIXES

QueryForm = Literal["SELECT", "ASK", "CONSTRUCT", "DESCRIBE"]


def one_line(message: str, limit: int = 300) -> str:
    """Parser messages span lines and list every expected token; users need the first part."""
    flat = " ".join(message.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True, slots=True)
class CheckedQuery:
    """What the checks learned: the query form and the graphs its dataset clause names."""

    text: str
    form: QueryForm
    from_graphs: tuple[str, ...]
    parsed_by_rdflib: bool


# Token shapes follow the SPARQL 1.1 grammar (section 19.8), so that a keyword
# inside a string, an IRI, a comment, a variable or a prefixed name is never
# taken for the operator.  PN_LOCAL_ESC matters: in ``ex:a\'`` the quote does
# not open a string.
_PN_CHARS_BASE = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"  # noqa: E501


_PN_CHARS = _PN_CHARS_BASE + r"_0-9\-\u00b7\u0300-\u036f\u203f-\u2040"


_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"


_TOKEN = re.compile(
    rf"""
      (?P<ws>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<iri><[^<>"{{}}|^`\\\x00-\x20]*>)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                 |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
    | (?P<var>[?$][{_PN_CHARS}]+)
    | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
    | (?P<bnode>_:[{_PN_CHARS}.]*)
    | (?P<pname>(?:[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?)?:
                (?:(?:[{_PN_CHARS}:]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?)?)
    | (?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)
    | (?P<word>[A-Za-z_][A-Za-z0-9_]*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


_UPDATE_WORDS = {"INSERT", "DELETE", "CLEAR", "DROP", "CREATE", "COPY", "MOVE", "ADD", "WITH", "USING"}


_FORMS: tuple[QueryForm, ...] = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")


_PROLOGUE_WORDS = {"BASE", "PREFIX", "VERSION"}


def _tokens(query: str) -> list[tuple[str, str]]:
    return [(m.lastgroup or "other", m.group()) for m in _TOKEN.finditer(query) if m.lastgroup != "ws"]


_OPENERS = frozenset("{([")


_CLOSERS = frozenset("})]")


def check_nesting(query: str, limit: int) -> None:
    """Refuse brackets nested deeper than ``limit`` (the parsers recurse per level, and
    ten thousand levels overflow a worker's stack).  Only brackets of the query itself count:
    those inside strings, IRIs and comments neither nest nor close anything.

    >>> check_nesting('ASK { FILTER("((((((") }', 2)
    """
    if sum(query.count(c) for c in "{([") <= limit:
        return
    depth = deepest = 0
    for match in _TOKEN.finditer(query):
        if match.lastgroup != "other":
            continue
        char = match.group()
        if char in _OPENERS:
            depth += 1
            deepest = max(deepest, depth)
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
    if deepest > limit:
        raise QueryError(f"the query nests brackets {deepest} deep; the limit is {limit}")


def _resolve(term: str, prefixes: dict[str, str], base: str | None) -> str:
    if term.startswith("<"):
        iri = term[1:-1]
        return urljoin(base, iri) if base else iri
    prefix, _, local = term.partition(":")
    if prefix not in prefixes:
        raise QueryError(f"unknown prefix {prefix!r} in {term}")
    return prefixes[prefix] + re.sub(r"\\(.)", r"\1", local)


def _lexical_check(query: str, base_iri: str | None) -> tuple[str | None, list[str]]:
    """The query form (None when there is none) and the FROM graphs, from the tokens."""
    tokens = _tokens(query)
    words = [value.upper() for kind, value in tokens if kind == "word"]
    for word in words:
        if word in {"SERVICE", "LOAD"}:
            raise QueryError(f"{word} is not allowed: queries may only read this store")
    first = next((w for w in words if w not in _PROLOGUE_WORDS), None)
    if first in _UPDATE_WORDS:
        raise QueryError(f"{first}: this endpoint is read-only; updates are refused")
    prefixes = dict(PREFIXES)
    base = base_iri
    graphs: list[str] = []
    for i, (kind, value) in enumerate(tokens):
        upper = value.upper() if kind == "word" else ""
        if upper == "PREFIX" and i + 2 < len(tokens) and tokens[i + 2][0] == "iri":
            prefixes[tokens[i + 1][1].rstrip(":")] = _resolve(tokens[i + 2][1], prefixes, base)
        elif upper == "BASE" and i + 1 < len(tokens) and tokens[i + 1][0] == "iri":
            base = _resolve(tokens[i + 1][1], prefixes, base)
        elif upper == "FROM":
            j = i + 2 if i + 1 < len(tokens) and tokens[i + 1][1].upper() == "NAMED" else i + 1
            if j < len(tokens) and tokens[j][0] in {"iri", "pname"}:
                graphs.append(_resolve(tokens[j][1], prefixes, base))
            else:
                raise QueryError("FROM must name a graph of this store by its IRI")
    form = first if first in _FORMS else None
    return form, graphs


def _walk(node: Any) -> Iterable[Any]:
    """Every node of an rdflib parse tree (CompValues are dicts, ParseResults lists)."""
    stack = [node]
    while stack:
        item = stack.pop()
        yield item
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple):
            stack.extend(item)
        elif type(item).__name__ == "ParseResults":
            stack.extend(item)
            stack.extend(item.values())


def _rdflib_check(query: str, base_iri: str | None) -> tuple[str, list[str]] | None:
    """The form and FROM graphs from rdflib's parse tree, or None where rdflib cannot parse."""
    from pyparsing import ParseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(query)
    except (ParseException, RecursionError):
        return None
    except Exception:  # rdflib raises bare exceptions in places; Oxigraph will judge the query
        return None
    prefixes = dict(PREFIXES)
    base = base_iri
    for decl in tree[0]:
        if decl.name == "PrefixDecl":
            prefixes[decl.get("prefix") or ""] = str(decl["iri"])
        elif decl.name == "Base":
            base = urljoin(base, str(decl["iri"])) if base else str(decl["iri"])
    graphs: list[str] = []
    for node in _walk(tree):
        name = getattr(node, "name", None)
        if name == "ServiceGraphPattern":
            raise QueryError("SERVICE is not allowed: queries may only read this store")
        if name == "DatasetClause":
            term = node.get("default", node.get("named"))
            if getattr(term, "name", None) == "pname":
                prefix = term.get("prefix") or ""
                if prefix not in prefixes:
                    raise QueryError(f"unknown prefix {prefix!r} in FROM")
                graphs.append(prefixes[prefix] + (term.get("localname") or ""))
            else:
                graphs.append(urljoin(base, str(term)) if base else str(term))
    form = str(tree[1].name).removesuffix("Query").upper()
    return form, graphs


def check_query(
    query: str, max_bytes: int, base_iri: str | None = None, *, deep: bool = True
) -> CheckedQuery:
    """Refuse what a read-only, offline endpoint must not run; tell the form and FROM graphs.

    The tokens decide; with ``deep``, rdflib's parse tree is a second opinion
    (4–5 ms a query, several times what Oxigraph takes to answer one).  A
    worker that could leave the network does without it: there, a SERVICE the
    tokens missed would reach nothing.

    >>> check_query("SELECT * WHERE { ?s rdfs:label 'SERVICE' }", 1000).form
    'SELECT'
    """
    size = len(query.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise QueryTooLargeError(f"the query is {size} bytes; the limit is {max_bytes}")
    form, graphs = _lexical_check(query, base_iri)
    parsed = _rdflib_check(query, base_iri) if deep else None
    if parsed is not None:
        form = form or parsed[0]
        graphs = [*graphs, *(g for g in parsed[1] if g not in graphs)]
    if form is None or form not in _FORMS:
        raise QueryError("not a valid SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return CheckedQuery(query, form, tuple(graphs), parsed is not None)
