"""`policykg inspect --entities`: what extraction found, in place and by type, and by which profile."""

from __future__ import annotations

from typing import Any

from kg.extract.extraction import Extraction

TEXT_WIDTH = 70
_FIELDS = (
    "number",
    "issue",
    "issue_basis",
    "theme",
    "theme_basis",
    "goal",
    "reports_on",
    "row",
    "value",
    "unit",
)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= TEXT_WIDTH else flat[: TEXT_WIDTH - 1] + "…"


def profile_json(ex: Extraction) -> dict[str, Any]:
    """The document profile extraction used, where it is defined, and why it was chosen."""
    if ex.profile is None:
        return {}
    chosen = ex.profile.profile
    return {"name": chosen.name, "source": chosen.source, "reason": ex.profile.reason}


def entities_json(ex: Extraction) -> list[dict[str, Any]]:
    """Every item and mention with its type, line, span and what it resolved to, in text order.

    The line is the source file's, as ``pol:line`` records it: for a page of markup (HTML) the line
    of the markup, elsewhere the line of the text as read.
    """
    doc = ex.doc

    def line(start: int, text_line: int | None = None) -> int:
        return doc.recorded_line(start, doc.line_of(start) if text_line is None else text_line)

    rows: list[dict[str, Any]] = []
    for item in ex.items:
        row: dict[str, Any] = {
            "type": item.cls,
            "line": line(item.start, item.line),
            "start": item.start,
            "end": item.end,
            "text": item.label,
            "key": item.key,
        }
        for name in _FIELDS:
            value = getattr(item, name)
            if value not in (None, ""):
                row[name] = value
        if item.emphasized:
            row["emphasized"] = True
        if item.laws:
            row["laws"] = sorted({m.key for m in item.laws})
        if item.agencies:
            row["agencies"] = sorted({m.key for m in item.agencies})
        rows.append(row)
    for law in ex.laws:
        rows.append(
            {
                "type": "Law",
                "line": line(law.start),
                "start": law.start,
                "end": law.end,
                "text": law.text,
                "key": law.key,
                "kind": law.kind,
                "relation": law.relation,
                "known": law.known,
            }
        )
    for agency in ex.agencies:
        rows.append(
            {
                "type": "Agency",
                "line": line(agency.start),
                "start": agency.start,
                "end": agency.end,
                "text": agency.text,
                "key": agency.key,
                "known": agency.known,
            }
        )
    for date in ex.dates:
        row = {
            "type": "DateExpression",
            "line": line(date.start),
            "start": date.start,
            "end": date.end,
            "text": date.text,
        }
        if date.start_value is not None:
            row["start_value"] = date.start_value.xsd()[0]
        if date.end_value is not None:
            row["end_value"] = date.end_value.xsd()[0]
        if date.fiscal_year is not None:
            row["fiscal_year"] = date.fiscal_year
        row.update({k: True for k in ("open_ended", "planned", "as_of") if getattr(date, k)})
        rows.append(row)
    for dataset in ex.datasets:
        for obs in dataset.observations:
            rows.append(
                {
                    "type": "qb:Observation",
                    "line": line(obs.block.start, obs.block.line),
                    "start": obs.block.start,
                    "end": obs.block.end,
                    "text": obs.key,
                    "dataset": dataset.label,
                    "dimensions": obs.dimensions,
                    "measures": obs.measures,
                    "period": obs.period,
                }
            )
    rows.sort(key=lambda r: (r["start"], -r["end"]))
    return rows


def render_entities(ex: Extraction) -> str:
    """One line per item or mention: line, type, text and what it links to."""
    counts = ", ".join(f"{k} {v}" for k, v in sorted(ex.counts().items()) if v)
    lines = [f"{ex.doc.path}  report date {ex.report_date.isoformat()}"]
    if profile := profile_json(ex):
        lines.append(f"profile {profile['name']} ({profile['source']}): {profile['reason']}")
    lines += [counts, ""]
    for row in entities_json(ex):
        extra = []
        for name in ("number", "issue", "theme", "key", "start_value", "end_value", "fiscal_year"):
            if name in row and not (
                name == "key" and row["type"] in ("Measure", "ProgressUpdate", "Goal", "Target")
            ):
                extra.append(f"{name}={row[name]}")
        for flag in ("planned", "open_ended", "emphasized"):
            if row.get(flag):
                extra.append(flag)
        if row.get("laws"):
            extra.append("laws=" + ",".join(row["laws"]))
        if row.get("agencies"):
            extra.append("agencies=" + ",".join(row["agencies"]))
        if row["type"] == "qb:Observation":
            extra.append(" ".join(f"{k}={v:g}" for k, v in row["measures"].items()))
        lines.append(
            f"L{row['line']:<5} {row['type']:15} {_short(str(row['text']))}  {' '.join(extra)}".rstrip()
        )
    return "\n".join(lines) + "\n"
