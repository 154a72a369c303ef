"""Checking a built graph against the policykg SHACL shapes, with the findings in plain words.

The data is validated together with the ontology but without RDFS inference.  SHACL already
counts ``rdfs:subClassOf`` when it picks the nodes a shape targets and when it checks
``sh:class``, so a ``pol:LawBundle`` is checked as a ``pol:Law`` once the ontology's class
hierarchy sits next to the data.  RDFS inference would in addition apply the ontology's
``rdfs:range`` axioms, typing every value of ``pol:dependsOnLaw`` as a ``pol:Law``: an issue
wrongly linked as a law would then pass the range check it ought to fail.  The subproperties
of ``pol:dependsOnLaw`` have range shapes of their own for the same reason.

>>> from rdflib import Graph
>>> validate(Graph()).to_text()
'0 violations'
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

import pyshacl
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

from kg.errors import StoreError
from kg.rdf.namespaces import POL, RDF, RDFS, SH, XSD
from kg.rdf.ontology import ontology_graph, shapes_graph, term_labels

__all__ = ["Severity", "ValidationReport", "Violation", "validate"]

# Labels longer than this are cut in the text report; the full label stays on the Violation.
_LABEL_CHARS = 20
# A selector sits two blank nodes below its annotation; this leaves room for a little more.
_ANCHOR_DEPTH = 4


class Severity(StrEnum):
    """How serious a finding is; only violations make a graph fail."""

    VIOLATION = "Violation"
    WARNING = "Warning"
    INFO = "Info"


# Not slotted: the CLI's --json output reads the fields with vars().
@dataclass(frozen=True)
class Violation:
    """One finding: which item, which property, and what is wrong in plain words.

    ``focus`` is the item at fault; where the shape failed on a blank node inside an item
    (the selector of an annotation), it is the nearest node with an IRI that holds it.
    """

    focus: URIRef | BNode
    focus_label: str | None
    path: str | None
    message: str
    severity: Severity
    value: Node | None = None
    focus_kind: str | None = None
    focus_number: str | None = None

    def to_text(self) -> str:
        """One line: ``Issue 1.3 「…」 (https://…): an issue (課題) needs a number like 1.3 [pol:number]``."""
        parts = [self.focus_kind or "Item"]
        if self.focus_number:
            parts.append(self.focus_number)
        if self.focus_label:
            parts.append(f"「{_shorten(self.focus_label)}」")
        where = str(self.focus) if isinstance(self.focus, URIRef) else "a blank node"
        line = f"{' '.join(parts)} ({where}): {_lower_first(self.message)}"
        if self.path:
            line += f" [{self.path}]"
        if isinstance(self.value, Literal):
            line += f" (value: {_literal_text(self.value)})"
        if self.severity is not Severity.VIOLATION:
            line = f"{self.severity.value.lower()}: {line}"
        return line


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of :func:`validate`: whether the graph conforms, and each finding."""

    conforms: bool
    violations: list[Violation]
    results_graph: Graph = field(default_factory=Graph, repr=False, compare=False)

    @property
    def errors(self) -> list[Violation]:
        """The findings of severity Violation, the ones that make the graph fail."""
        return [v for v in self.violations if v.severity is Severity.VIOLATION]

    @property
    def warnings(self) -> list[Violation]:
        """The findings of lesser severity: worth a look, but the graph still conforms."""
        return [v for v in self.violations if v.severity is not Severity.VIOLATION]

    def to_text(self) -> str:
        """The findings one per line, violations first, then a summary line."""
        lines = [v.to_text() for v in self.errors] + [v.to_text() for v in self.warnings]
        lines.append(self.summary())
        return "\n".join(lines)

    def summary(self) -> str:
        """``N violations in M items`` (with warnings counted after), or ``0 violations``."""
        errors = self.errors
        text = (
            f"{_plural(len(errors), 'violation')} in {_plural(len({v.focus for v in errors}), 'item')}"
            if errors
            else "0 violations"
        )
        if warnings := self.warnings:
            text += f", {_plural(len(warnings), 'warning')}"
        return text


def validate(data: Graph | Dataset) -> ValidationReport:
    """Check ``data`` (for a Dataset, the union of its graphs) against the policykg shapes."""
    try:
        working = _union(data)
        working += ontology_graph()
        conforms, results, _ = pyshacl.validate(
            working,
            shacl_graph=shapes_graph(),
            inference="none",
            allow_warnings=True,
            abort_on_first=False,
        )
    # pyshacl and rdflib raise RuntimeError, ValueError and bare Exception in places.
    except Exception as exc:
        raise StoreError("the graph could not be validated", detail=f"{type(exc).__name__}: {exc}") from exc
    # pyshacl returns, rather than raises, some failures (a shape it cannot run, for one).
    if not isinstance(results, Graph):
        raise StoreError("the graph could not be validated", detail=str(results))
    violations = _violations(working, results)
    return ValidationReport(conforms=bool(conforms), violations=violations, results_graph=results)


def _union(data: Graph | Dataset) -> Graph:
    graph = Graph()
    for prefix, namespace in data.namespace_manager.namespaces():
        graph.bind(prefix, namespace, override=False)
    if isinstance(data, Dataset):
        # A Dataset's triples() sees the default graph only; the contract asks for the union.
        for s, p, o, _ in data.quads((None, None, None, None)):
            graph.add((s, p, o))
    else:
        graph += data
    return graph


def _violations(data: Graph, results: Graph) -> list[Violation]:
    found: dict[tuple[Node, str | None, str, Node | None], Violation] = {}
    for result in results.subjects(RDF.type, SH.ValidationResult):
        raw_focus = results.value(result, SH.focusNode)
        if not isinstance(raw_focus, URIRef | BNode):
            continue
        focus = _anchor(data, raw_focus)
        path = _path_text(results, results.value(result, SH.resultPath))
        message = _message(results, result)
        value = results.value(result, SH.value)
        severity = _severity(results.value(result, SH.resultSeverity))
        key = (focus, path, message, value)
        if key in found:
            continue
        found[key] = Violation(
            focus=focus,
            focus_label=_label(data, focus),
            path=path,
            message=message,
            severity=severity,
            value=value,
            focus_kind=_kind(data, focus),
            focus_number=_number(data, focus),
        )
    return sorted(found.values(), key=lambda v: (str(v.focus), v.path or "", v.message))


def _anchor(data: Graph, node: URIRef | BNode) -> URIRef | BNode:
    """The nearest node with an IRI that holds ``node`` (``node`` itself if it has one)."""
    if isinstance(node, URIRef):
        return node
    seen: set[Node] = {node}
    queue: deque[tuple[Node, int]] = deque([(node, 0)])
    while queue:
        current, depth = queue.popleft()
        if depth >= _ANCHOR_DEPTH:
            continue
        for holder in data.subjects(None, current):
            if isinstance(holder, URIRef):
                return holder
            if holder not in seen:
                seen.add(holder)
                queue.append((holder, depth + 1))
    return node


def _message(results: Graph, result: Node) -> str:
    messages = [m for m in results.objects(result, SH.resultMessage) if isinstance(m, Literal)]
    # A shape may carry its message in several languages; English reads best next to IRIs.
    messages.sort(key=lambda m: (m.language not in (None, "en"), str(m)))
    return str(messages[0]) if messages else "does not match its shape"


def _severity(node: Node | None) -> Severity:
    if node == SH.Warning:
        return Severity.WARNING
    if node == SH.Info:
        return Severity.INFO
    return Severity.VIOLATION


def _path_text(results: Graph, path: Node | None) -> str | None:
    if path is None:
        return None
    if isinstance(path, URIRef):
        return _curie(results, path)
    inverse = results.value(path, SH.inversePath)
    if inverse is not None:
        inner = _path_text(results, inverse)
        return f"^{inner}" if inner else None
    alternatives = results.value(path, SH.alternativePath)
    if alternatives is not None:
        return "|".join(_parts(results, Collection(results, alternatives)))
    if results.value(path, RDF.first) is not None:
        return "/".join(_parts(results, Collection(results, path)))
    return None


def _parts(results: Graph, items: Iterable[Node]) -> list[str]:
    return [text for item in items if (text := _path_text(results, item))]


def _curie(graph: Graph, iri: URIRef) -> str:
    try:
        return graph.namespace_manager.curie(iri, generate=False)
    except (KeyError, ValueError):
        return f"<{iri}>"


def _label(data: Graph, node: Node) -> str | None:
    labels = [label for label in data.objects(node, RDFS.label) if isinstance(label, Literal)]
    if not labels:
        return None
    labels.sort(key=lambda label: (label.language != "ja", str(label)))
    return str(labels[0])


def _number(data: Graph, node: Node) -> str | None:
    number = data.value(node, POL.number)
    return str(number) if isinstance(number, Literal) else None


def _kind(data: Graph, node: Node) -> str | None:
    types = sorted(t for t in data.objects(node, RDF.type) if isinstance(t, URIRef))
    if not types:
        return None
    # Prefer our own class, and of ours the most specific: a law bundle is also typed a law.
    ours = [t for t in types if t in _pol_classes()]
    chosen = ours or types
    specific = [t for t in chosen if not any((o, RDFS.subClassOf, t) in data for o in chosen if o != t)]
    best = (specific or chosen)[0]
    label = term_labels("en").get(best)
    if label:
        return label[0].upper() + label[1:]
    return best.split("#")[-1].split("/")[-1] or None


def _pol_classes() -> frozenset[URIRef]:
    return frozenset(POL[name] for name in POL.__annotations__ if name[:1].isupper())


def _literal_text(value: Literal) -> str:
    text = f'"{value}"'
    if value.language:
        return f"{text}@{value.language}"
    if value.datatype and value.datatype.startswith(str(XSD)) and value.datatype != XSD.string:
        return f"{text}^^xsd:{value.datatype[len(str(XSD)) :]}"
    if value.datatype and value.datatype != XSD.string:
        return f"{text}^^<{value.datatype}>"
    return text


def _shorten(text: str) -> str:
    return text if len(text) <= _LABEL_CHARS else text[:_LABEL_CHARS] + "…"


def _lower_first(text: str) -> str:
    # "A document …" reads as "a document …" after a colon; "IRI …" and "pol:…" stay as they are.
    if len(text) > 1 and text[0].isupper() and (text[1] == " " or text[1].islower()):
        return text[0].lower() + text[1:]
    return text


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
