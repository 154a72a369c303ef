"""The build report: what a build did to each document, the entities and triples of the store
after it, its warnings; as JSON and as text for a terminal, and written to the data folder.

Takes what :mod:`kg.build` records as it goes; gives :class:`BuildReport`, and
:func:`write_report` puts it in ``DATA/build-report.json`` whole or not at all.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from kg.display import one_line
from kg.errors import StoreError
from kg.settings import Settings

REPORT_FILE = "build-report.json"


@dataclass(slots=True)
class DocumentReport:
    id: str
    file: str
    status: str  # "built" | "unchanged" | "failed"
    error: str | None = None
    triples: int = 0
    graph: str | None = None


@dataclass(slots=True)
class BuildReport:
    corpus: str
    data: str
    started: str
    seconds: float = 0.0
    documents: list[DocumentReport] = field(default_factory=list)
    entities: dict[str, int] = field(default_factory=dict)
    triples: int = 0
    warnings: list[str] = field(default_factory=list)
    step_failures: list[str] = field(default_factory=list)
    # Ids of the documents no longer in the corpus: removed from the store (``--prune``),
    # or kept there.
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)

    @property
    def failed(self) -> list[DocumentReport]:
        return [d for d in self.documents if d.status == "failed"]

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def to_text(self) -> str:
        """The report for a terminal: one line per document, the summary last; names escaped."""
        lines = [f"{d.status:9} {d.id}" + (f"  ({d.error})" if d.error else "") for d in self.documents]
        lines += [f"{'removed':9} {doc_id}  (not in the corpus)" for doc_id in self.removed]
        counts = ", ".join(f"{k} {v}" for k, v in sorted(self.entities.items())) or "none"
        lines.append(f"entities: {counts}")
        lines.append(f"triples: {self.triples}")
        lines.extend(f"warning: {w}" for w in self.warnings)
        built = sum(1 for d in self.documents if d.status == "built")
        unchanged = sum(1 for d in self.documents if d.status == "unchanged")
        summary = (
            f"{built} built, {unchanged} unchanged, {len(self.failed)} failed, "
            f"{len(self.removed)} removed in {self.seconds:.1f}s"
        )
        if built == 0 and not self.failed and not self.removed:
            summary += " (nothing changed)"
        if self.kept:
            summary += f"; {len(self.kept)} kept though not in the corpus (--prune removes them)"
        lines.append(summary)
        return "\n".join(one_line(line) for line in lines)


def write_report(settings: Settings, report: BuildReport) -> None:
    """Write the report whole or not at all: a full disk must not leave half a file."""
    path = settings.data_dir / REPORT_FILE
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"{settings.data_dir}: cannot write {REPORT_FILE} ({exc.strerror})") from None
