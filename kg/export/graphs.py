"""Dependency graphs: a bounded slice of the knowledge graph around one focus.

A slice starts at a focus (a law, an agency, an issue or theme number, or any
entity IRI) and follows the contract's relations in both directions for a
number of hops.  The result is an ``nx.MultiDiGraph`` keyed by IRI whose edges
keep the RDF direction (item → what it depends on), so "what rests on this
law" reads as the edges pointing into the law.

>>> sorted(RELATIONS)[:3]
['addressesIssue', 'amendsLaw', 'basedOnLaw']
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

import networkx as nx
from rdflib import URIRef

from kg.errors import ExportError, NotFoundError, StoreError
from kg.rdf.namespaces import DCTERMS, ID, POL, QB, sparql_prologue

FocusKind = Literal["law", "agency", "issue", "theme", "entity", "any"]

DEFAULT_DEPTH = 2
MAX_DEPTH = 6
DEFAULT_MAX_NODES = 500
_CHUNK = 200  # IRIs per VALUES block: keeps each query small for remote endpoints too

LAW_LINKS: dict[str, URIRef] = {
    "enactsLaw": POL.enactsLaw,
    "amendsLaw": POL.amendsLaw,
    "enforcesLaw": POL.enforcesLaw,
    "basedOnLaw": POL.basedOnLaw,
}

# The relations a slice follows by default: the contract's links between items.
RELATIONS: dict[str, URIRef] = {
    "partOfTheme": POL.partOfTheme,
    "addressesIssue": POL.addressesIssue,
    "reportsOn": POL.reportsOn,
    "dependsOnLaw": POL.dependsOnLaw,
    **LAW_LINKS,
    "involvesAgency": POL.involvesAgency,
    "contributesToGoal": POL.contributesToGoal,
    "isPartOf": DCTERMS.isPartOf,
    "when": POL.when,
}
# Followed only when asked for: every item has a section, so by default they would swamp a slice.
OPTIONAL_RELATIONS: dict[str, URIRef] = {"section": POL.section, "subsectionOf": POL.subsectionOf}
ALL_RELATIONS: dict[str, URIRef] = {**RELATIONS, **OPTIONAL_RELATIONS}
_RELATION_NAMES = {str(iri): name for name, iri in ALL_RELATIONS.items()}

# Most specific first: a node typed both Law and LawBundle is shown as a LawBundle.
CLASSES: dict[str, URIRef] = {
    "LawBundle": POL.LawBundle,
    "Law": POL.Law,
    "ProgressUpdate": POL.ProgressUpdate,
    "Measure": POL.Measure,
    "Issue": POL.Issue,
    "Theme": POL.Theme,
    "Goal": POL.Goal,
    "Target": POL.Target,
    "Agency": POL.Agency,
    "DateExpression": POL.DateExpression,
    "Section": POL.Section,
    "Document": POL.Document,
    "Observation": QB.Observation,
}
_CLASS_NAMES = {str(iri): name for name, iri in CLASSES.items()}
_CLASS_RANK = {name: rank for rank, name in enumerate(CLASSES)}

_NUMBER_RE = re.compile(r"^\d+(?:[.\-]\d+)*$")  # 「1.3」, 「3」, 「1-2」: a number alone (pol:number)
# Characters SPARQL forbids inside <...>; checked before a user's IRI reaches a query.
_BAD_IRI_CHARS = re.compile(r'[\x00-\x20<>"{}|^`\\]')


class SelectStore(Protocol):
    """What a slice needs from a store: SELECT rows as plain strings."""

    def select(self, sparql: str) -> list[dict[str, str]]: ...


@dataclass(frozen=True, slots=True)
class Focus:
    """What a slice starts from: ``kind`` tells how ``value`` is looked up."""

    kind: FocusKind
    value: str


def short_name(iri: str) -> str:
    """The local name of an IRI (``…/ns#Measure`` → ``Measure``)."""
    return re.split(r"[#/]", iri.rstrip("/#"))[-1]


def normalise(text: str) -> str:
    """A form of a name that ignores width, case, spaces and punctuation (Ｊ－ＬＩＳ ~ jlis)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] not in "ZPC")


def _iri(value: str) -> str:
    return f"<{value}>"


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ {' '.join(_iri(i) for i in iris)} }}"


def _chunks(items: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _select(store: SelectStore, body: str) -> list[dict[str, str]]:
    return store.select(sparql_prologue() + body)


# --------------------------------------------------------------------------- focus


def resolve_focus(store: SelectStore, focus: Focus | str) -> str:
    """The IRI a focus names; NotFoundError (with near candidates) when none matches."""
    if isinstance(focus, str):
        focus = _guess_kind(focus)
    value = focus.value.strip()
    if not value:
        raise ExportError("the focus is empty; name a law, an agency, an issue number or an IRI")
    if focus.kind == "entity":
        return _resolve_iri(store, value)
    if focus.kind in ("issue", "theme"):
        return _resolve_number(store, value, focus.kind)
    classes = {"law": ["Law", "LawBundle"], "agency": ["Agency"], "any": []}[focus.kind]
    return _resolve_label(store, value, classes, focus.kind)


def _guess_kind(value: str) -> Focus:
    text = value.strip()
    if text.startswith(("http://", "https://", "id:")):
        return Focus("entity", text)
    if _NUMBER_RE.match(unicodedata.normalize("NFKC", text)):
        return Focus("issue", text)
    return Focus("any", text)


def _resolve_iri(store: SelectStore, value: str) -> str:
    iri = str(ID) + value[3:] if value.startswith("id:") else value
    if not iri.startswith(("http://", "https://")) or _BAD_IRI_CHARS.search(iri):
        raise ExportError(f"{value!r} is not an IRI; give one such as {ID}agency/digital-agency")
    rows = _select(store, f"SELECT ?p WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }} LIMIT 1")
    if not rows:
        raise NotFoundError(f"no entity {iri} in the graph")
    return iri


def _resolve_number(store: SelectStore, value: str, kind: Literal["issue", "theme"]) -> str:
    number = unicodedata.normalize("NFKC", value).strip()
    if not _NUMBER_RE.match(number):
        raise ExportError(f"{value!r} is not an issue or theme number such as 1.3 or 3")
    # An issue number without a dot may be meant as a theme ("--issue 1" = theme 1).
    kinds = ["Issue", "Theme"] if kind == "issue" and "." not in number else [kind.capitalize()]
    for cls in kinds:
        rows = _select(store, f"SELECT ?n ?number WHERE {{ ?n a pol:{cls} ; pol:number ?number }}")
        matches = sorted({r["n"] for r in rows if r["number"] == number})
        if len(matches) == 1:
            return matches[0]
        if matches:
            raise ExportError(
                f"{cls.lower()} {number} is in more than one document; pick one with --entity: "
                + ", ".join(matches)
            )
    numbers = sorted({r["number"] for r in rows}, key=_number_key)
    hint = f"; numbers in the graph: {', '.join(numbers[:40])}" if numbers else "; the graph has none"
    raise NotFoundError(f"no {kind} numbered {number}{hint}")


def _number_key(number: str) -> tuple[int, ...]:
    return tuple(int(p) for p in number.split(".") if p.isdigit())


def _resolve_label(store: SelectStore, value: str, classes: list[str], kind: str) -> str:
    type_filter = f"VALUES ?t {{ {' '.join(f'pol:{c}' for c in classes)} }} ?n a ?t ." if classes else ""
    rows = _select(
        store,
        f"SELECT DISTINCT ?n ?l WHERE {{ {type_filter} "
        "{ ?n rdfs:label ?l } UNION { ?n skos:altLabel ?l } FILTER(isIRI(?n)) }",
    )
    what = {"law": "law", "agency": "agency"}.get(kind, "entity")
    for match in (lambda label: label == value, lambda label: normalise(label) == normalise(value)):
        found = sorted({r["n"] for r in rows if match(r["l"])})
        if len(found) == 1:
            return found[0]
        if found:
            raise ExportError(
                f"{value!r} names more than one {what}; pick one with --entity: {', '.join(found)}"
            )
    raise NotFoundError(f"no {what} named {value!r}" + _suggest(value, [r["l"] for r in rows]))


def _suggest(value: str, labels: list[str]) -> str:
    if not labels:
        return "; the graph has none yet"
    by_norm: dict[str, str] = {}
    for label in sorted(labels):
        by_norm.setdefault(normalise(label), label)
    key = normalise(value)
    near = [by_norm[n] for n in by_norm if key and (key in n or n in key)]
    near += [by_norm[n] for n in difflib.get_close_matches(key, list(by_norm), n=5, cutoff=0.5)]
    unique = list(dict.fromkeys(near))[:5]
    return f"; did you mean: {', '.join(unique)}?" if unique else ""


# --------------------------------------------------------------------------- slice


def relation_names(relations: Iterable[str] | None) -> dict[str, URIRef]:
    """The relations to follow, by short name; ``dependsOnLaw`` brings its subproperties."""
    if relations is None:
        return dict(RELATIONS)
    chosen: dict[str, URIRef] = {}
    for raw in relations:
        name = raw.strip().split(":")[-1]
        if name not in ALL_RELATIONS:
            raise ExportError(f"unknown relation {raw!r}; use any of {', '.join(sorted(ALL_RELATIONS))}")
        chosen[name] = ALL_RELATIONS[name]
        if name == "dependsOnLaw":
            chosen.update(LAW_LINKS)
    return chosen


def class_names(classes: Iterable[str] | None) -> set[str] | None:
    if classes is None:
        return None
    chosen = {raw.strip().split(":")[-1] for raw in classes}
    unknown = sorted(chosen - set(CLASSES))
    if unknown:
        raise ExportError(f"unknown class {unknown[0]!r}; use any of {', '.join(CLASSES)}")
    return chosen


def build_slice(
    store: SelectStore,
    focus: Focus | str,
    *,
    depth: int = DEFAULT_DEPTH,
    relations: Iterable[str] | None = None,
    classes: Iterable[str] | None = None,
    max_nodes: int = DEFAULT_MAX_NODES,
) -> nx.MultiDiGraph:
    """The slice of the graph within ``depth`` hops of ``focus``.

    Nodes are IRIs with ``iri``, ``label``, ``class``, ``number``, ``dates``,
    ``document`` and ``distance``; edges are keyed by relation and carry
    ``relation``, ``basis`` ("stated"/"inferred") and ``basis_detail``.  The
    graph attributes ``focus``, ``depth`` and ``truncated`` say how it was cut:
    at most ``max_nodes`` nodes, nearest first.
    """
    if not 0 <= depth <= MAX_DEPTH:
        raise ExportError(f"depth must be between 0 and {MAX_DEPTH}, not {depth}")
    if max_nodes < 1:
        raise ExportError("the node limit must be at least 1")
    follow = relation_names(relations)
    keep = class_names(classes)
    root = resolve_focus(store, focus)

    walk = _Walk(store, follow, max_nodes)
    walk.run(root, depth)

    graph = nx.MultiDiGraph(focus=root, depth=depth, truncated=walk.truncated)
    nodes = list(walk.distance)
    details = _node_details(store, nodes, walk.types)
    for iri in nodes:
        graph.add_node(iri, **details[iri], distance=walk.distance[iri])
    bases = _link_bases(store, nodes, follow)
    for s, p, o in sorted(walk.edges):
        name = _RELATION_NAMES[p]
        if name == "dependsOnLaw" and any((s, str(sub), o) in walk.edges for sub in LAW_LINKS.values()):
            continue  # the specific link says more than the general one stated beside it
        detail = bases.get((s, p, o), "")
        inferred = bool(detail) and detail != "Stated"
        graph.add_edge(
            s, o, key=name, relation=name, basis="inferred" if inferred else "stated", basis_detail=detail
        )
    if keep is not None:
        graph.remove_nodes_from([n for n, c in graph.nodes(data="class") if c not in keep and n != root])
    return graph


class _Walk:
    """A breadth-first walk over the chosen relations, nearest nodes first, up to a node limit."""

    def __init__(self, store: SelectStore, follow: dict[str, URIRef], max_nodes: int) -> None:
        self.store = store
        self.predicates = " ".join(_iri(str(p)) for p in follow.values())
        self.max_nodes = max_nodes
        self.distance: dict[str, int] = {}
        self.types: dict[str, set[str]] = {}
        self.edges: set[tuple[str, str, str]] = set()
        self.truncated = False

    def run(self, root: str, depth: int) -> None:
        self._add([root], 0)
        frontier = [root]
        if self._class(root) == "LawBundle":
            # A bundle stands for its members: they sit at the bundle's own distance.
            frontier += self._add(self._members(root), 0)
        # Every node is a frontier once, so each edge between two kept nodes is seen at least once.
        for hop in range(depth + 1):
            if not frontier:
                break
            on_frontier = set(frontier)
            found: list[str] = []
            pending: list[tuple[str, str, str]] = []
            for s, p, o in self._incident(frontier):
                near, other = (s, o) if s in on_frontier else (o, s)
                if other in self.distance:
                    self.edges.add((s, p, o))
                # Dates are leaves: one date node is shared by every item of that date.
                elif hop < depth and self._class(near) != "DateExpression":
                    found.append(other)
                    pending.append((s, p, o))
            frontier = self._add(found, hop + 1)
            self.edges.update(e for e in pending if e[0] in self.distance and e[2] in self.distance)

    def _add(self, nodes: list[str], distance: int) -> list[str]:
        fresh = [n for n in dict.fromkeys(nodes) if n not in self.distance]
        room = self.max_nodes - len(self.distance)
        if len(fresh) > room:
            fresh, self.truncated = fresh[: max(room, 0)], True
        for node in fresh:
            self.distance[node] = distance
        self._load_types(fresh)
        return fresh

    def _class(self, node: str) -> str:
        return node_class(self.types.get(node, set()))

    def _load_types(self, nodes: Sequence[str]) -> None:
        for chunk in _chunks(nodes):
            for row in _select(self.store, f"SELECT ?n ?t WHERE {{ {_values('n', chunk)} ?n a ?t }}"):
                self.types.setdefault(row["n"], set()).add(row["t"])

    def _members(self, bundle: str) -> list[str]:
        rows = _select(self.store, f"SELECT ?m WHERE {{ ?m dcterms:isPartOf <{bundle}> FILTER(isIRI(?m)) }}")
        return sorted(r["m"] for r in rows)

    def _incident(self, nodes: Sequence[str]) -> list[tuple[str, str, str]]:
        triples: set[tuple[str, str, str]] = set()
        for chunk in _chunks(sorted(nodes)):
            rows = _select(
                self.store,
                f"SELECT ?s ?p ?o WHERE {{ {_values('n', chunk)} VALUES ?p {{ {self.predicates} }} "
                "{ ?n ?p ?o BIND(?n AS ?s) } UNION { ?s ?p ?n BIND(?n AS ?o) } "
                "FILTER(isIRI(?s) && isIRI(?o)) }",
            )
            triples.update((r["s"], r["p"], r["o"]) for r in rows)
        return sorted(triples)


def node_class(types: Iterable[str]) -> str:
    """The most specific contract class among ``types`` (short name), else any type's local name."""
    names = [_CLASS_NAMES[t] for t in types if t in _CLASS_NAMES]
    if names:
        return min(names, key=_CLASS_RANK.__getitem__)
    others = sorted(short_name(t) for t in types)
    return others[0] if others else "Entity"


def _node_details(
    store: SelectStore, nodes: list[str], types: dict[str, set[str]]
) -> dict[str, dict[str, str]]:
    labels: dict[str, dict[int, str]] = {n: {} for n in nodes}
    alts: dict[str, list[str]] = {n: [] for n in nodes}
    numbers: dict[str, str] = {}
    documents: dict[str, str] = {}
    dates: dict[str, dict[str, str]] = {n: {} for n in nodes}
    for chunk in _chunks(nodes):
        values = _values("n", chunk)
        for row in _select(store, f"SELECT ?n ?l WHERE {{ {values} ?n rdfs:label ?l }}"):
            labels[row["n"]].setdefault(_lang_rank(row["l"]), row["l"])
        for row in _select(store, f"SELECT ?n ?l WHERE {{ {values} ?n skos:altLabel ?l }}"):
            alts[row["n"]].append(row["l"])
        # the number as written (「重点分野3」, skos:notation), else alone
        written = "OPTIONAL { ?n skos:notation ?w } BIND(COALESCE(?w, ?a) AS ?v)"
        for row in _select(store, f"SELECT ?n ?v WHERE {{ {values} ?n pol:number ?a {written} }}"):
            numbers.setdefault(row["n"], row["v"])
        for row in _select(
            store,
            f"SELECT ?n ?doc ?id WHERE {{ {values} ?n prov:wasDerivedFrom ?doc "
            "OPTIONAL { ?doc pol:documentId ?id } }",
        ):
            documents.setdefault(row["n"], row.get("id", row["doc"]))
        for row in _select(
            store,
            f"SELECT ?n ?text ?start WHERE {{ {values} "
            "{ ?n pol:when ?d } UNION { ?n a pol:DateExpression BIND(?n AS ?d) } "
            "?d pol:dateText ?text OPTIONAL { ?d pol:start ?start } }",
        ):
            text = row["text"] + (f" ({row['start']})" if row.get("start") else "")
            dates[row["n"]][row["text"]] = text
    details: dict[str, dict[str, str]] = {}
    for node in nodes:
        by_rank = labels[node]
        label = by_rank[min(by_rank)] if by_rank else ""
        date_texts = [dates[node][k] for k in sorted(dates[node])]
        if not label:
            label = (sorted(alts[node]) or [""])[0] or numbers.get(node, "") or short_name(node)
            if node_class(types.get(node, set())) == "DateExpression" and date_texts:
                label = sorted(dates[node])[0]
        details[node] = {
            "iri": node,
            "label": label,
            "class": node_class(types.get(node, set())),
            "number": numbers.get(node, ""),
            "dates": "; ".join(date_texts),
            "document": documents.get(node, ""),
        }
    return details


def _lang_rank(label: str) -> int:
    # select() drops language tags, so prefer a label with Japanese script over others.
    return (
        0 if any(unicodedata.name(ch, "").startswith(("CJK", "HIRAGANA", "KATAKANA")) for ch in label) else 1
    )


def _link_bases(
    store: SelectStore, nodes: list[str], follow: dict[str, URIRef]
) -> dict[tuple[str, str, str], str]:
    """How each inferred link was made, read from reified statements or RDF 1.2 reifiers."""
    predicates = " ".join(_iri(str(p)) for p in follow.values())
    patterns = [
        "?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; pol:linkBasis ?b .",
        "?st rdf:reifies <<( ?s ?p ?o )>> ; pol:linkBasis ?b .",
    ]
    bases: dict[tuple[str, str, str], str] = {}
    for pattern in patterns:
        for chunk in _chunks(nodes):
            query = (
                f"SELECT ?s ?p ?o ?b WHERE {{ {_values('s', chunk)} VALUES ?p {{ {predicates} }} {pattern} }}"
            )
            try:
                rows = _select(store, query)
            except StoreError:
                break  # a store without RDF 1.2 cannot hold reifiers either
            for row in rows:
                bases.setdefault((row["s"], row["p"], row["o"]), short_name(row["b"]))
    return bases
