"""Timelines: the dated items about an issue, theme, law, agency or document (export stage).

Takes a :class:`kg.export.picture_data.Timeline` (read from the store); gives an
SVG picture and a CSV of exactly the rows drawn.  Done items are blue filled
circles and solid bars, planned ones (予定) orange hollow diamonds and dashed
bars, so the two stay apart in greyscale; a period (「令和3年度中」, April to
March) is a bar, an open end (「3年10月～」) runs to the edge as an arrow, and
the date of the document the items come from is a dashed "as of" line.
Each row links to the item's page and names it in a tooltip (``<title>``).
"""

from __future__ import annotations

import datetime as dt

from kg.export import svg
from kg.export.picture_data import Timeline, TimelineItem
from kg.export.spreadsheets import BOM, csv_text
from kg.rdf.ontology import class_label

WIDTH = 980
LABEL_X = 12
DATE_W = 96
PLOT_X0 = 400
PLOT_X1 = WIDTH - 30
TOP = 96
ROW = 24
POINT_DAYS = 31  # a date no longer than a month is drawn as a point


def _span(tl: Timeline) -> tuple[dt.date, dt.date]:
    days = [d for i in tl.items for d in (i.begin, i.end) if d is not None] + list(tl.as_of.values())
    first, last = (min(days), max(days)) if days else (dt.date.today(), dt.date.today())
    first = dt.date(first.year, 1, 1)
    last = dt.date(last.year + 1, 1, 1)
    if any(i.open_ended for i in tl.items):  # room for open ends to run on past the last date
        last = dt.date(last.year + 1, 1, 1) if (last - max(days, default=last)).days < 120 else last
    return first, last


def ordered(items: list[TimelineItem]) -> list[TimelineItem]:
    return sorted(
        items, key=lambda i: (i.begin or i.end or dt.date.min, i.end or dt.date.max, i.label, i.text)
    )


def status_word(item: TimelineItem) -> str:
    return "予定" if item.planned else "実施済み・実施中"


def _marker(x: float, y: float, planned: bool) -> str:
    if planned:
        r = 7
        points = f"{x:.1f},{y - r} {x + r},{y:.1f} {x:.1f},{y + r} {x - r},{y:.1f}"
        return f'<polygon points="{points}" fill="#FFFFFF" stroke="{svg.PLANNED_COLOUR}" stroke-width="2.5"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="6" fill="{svg.DONE_COLOUR}" stroke="{svg.INK}"/>'


def _arrow(x: float, y: float, colour: str, right: bool) -> str:
    tip, back = (x + 9, x) if right else (x - 9, x)
    return f'<polygon points="{back:.1f},{y - 7} {tip:.1f},{y:.1f} {back:.1f},{y + 7}" fill="{colour}"/>'


def _bar(x0: float, x1: float, y: float, planned: bool) -> str:
    if planned:
        return (
            f'<rect x="{x0:.1f}" y="{y - 5}" width="{max(x1 - x0, 2):.1f}" height="10" fill="#FFFFFF" '
            f'stroke="{svg.PLANNED_COLOUR}" stroke-width="2" stroke-dasharray="5 3"/>'
        )
    return (
        f'<rect x="{x0:.1f}" y="{y - 5}" width="{max(x1 - x0, 2):.1f}" height="10" fill="{svg.DONE_COLOUR}"/>'
    )


def _legend(y: float) -> list[str]:
    parts = [svg.text(LABEL_X, y + 4, "凡例：", size=12)]
    x = LABEL_X + 48.0
    for kind, label in (
        ("done", "実施済み・実施中"),
        ("planned", "予定"),
        ("bar", "期間"),
        ("planned-bar", "予定の期間"),
        ("open", "終期なし（～）"),
        ("as-of", "文書の時点"),
    ):
        if kind in ("done", "planned"):
            shape, width = _marker(x + 7, y, kind == "planned"), 16.0
        elif kind in ("bar", "planned-bar"):
            shape, width = _bar(x, x + 34, y, kind == "planned-bar"), 36.0
        elif kind == "open":
            shape, width = _bar(x, x + 26, y, False) + _arrow(x + 26, y, svg.DONE_COLOUR, True), 36.0
        else:
            shape = (
                f'<line x1="{x + 6:.1f}" y1="{y - 9}" x2="{x + 6:.1f}" y2="{y + 9}" stroke="{svg.INK}" '
                'stroke-width="1.5" stroke-dasharray="3 2"/>'
            )
            width = 12.0
        parts += [shape, svg.text(x + width + 4, y + 4, label, size=12)]
        x += width + 18 + svg.text_width(label, 12)
    return parts


def render_svg(tl: Timeline, *, href: svg.Href = svg.iri_href, ident: str = "timeline") -> str:
    """The timeline as an SVG picture."""
    first, last = _span(tl)
    total = max((last - first).days, 1)

    def x_of(day: dt.date) -> float:
        return PLOT_X0 + (PLOT_X1 - PLOT_X0) * (day - first).days / total

    items = ordered(tl.items)
    planned = sum(1 for i in items if i.planned)
    title = f"{tl.title} の日程"
    desc = (
        f"日付のある項目 {len(items)} 件（実施済み・実施中 {len(items) - planned} 件、予定 {planned} 件）を"
        f"{first.year}年から{last.year - 1}年までの時間軸に並べた図。"
    )
    if tl.truncated:
        desc += f"項目が多いため先頭 {len(items)} 件のみ。"
    if tl.as_of:
        desc += "文書の時点：" + "、".join(sorted(d.isoformat() for d in set(tl.as_of.values()))) + "。"
    body = [svg.text(LABEL_X, 26, svg.clip(title, 17, WIDTH - 24), size=17, weight="bold")]
    body += _legend(52)
    height = TOP + ROW * max(len(items), 1) + 36
    axis_y = TOP - 14
    # years (and quarters when the span is short) along the top, with light grid lines
    year = first.year
    while dt.date(year, 1, 1) <= last:
        x = x_of(dt.date(year, 1, 1))
        body.append(f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{height - 30}" stroke="{svg.GRID}"/>')
        if dt.date(year, 1, 1) < last:
            body.append(svg.text(x + 3, axis_y - 4, f"{year}年", size=11))
        if last.year - first.year <= 4:
            for month in (4, 7, 10):
                mx = x_of(dt.date(year, month, 1))
                if dt.date(year, month, 1) < last:
                    body.append(
                        f'<line x1="{mx:.1f}" y1="{axis_y}" x2="{mx:.1f}" y2="{axis_y + 5}" '
                        f'stroke="{svg.INK}"/>'
                    )
        year += 1
    body.append(f'<line x1="{PLOT_X0}" y1="{axis_y}" x2="{PLOT_X1}" y2="{axis_y}" stroke="{svg.INK}"/>')
    if not items:
        body.append(svg.text(LABEL_X, TOP + 16, "日付のある項目はありません。", size=13))
    for n, item in enumerate(items):
        y = TOP + ROW * n + ROW / 2
        colour = svg.PLANNED_COLOUR if item.planned else svg.DONE_COLOUR
        tip = f"{item.label}（{item.text}・{status_word(item)}・{class_label(item.cls)}）"
        row = [f"<title>{svg.esc(tip)}</title>"]
        if n % 2 == 0:
            row.append(
                f'<rect x="4" y="{y - ROW / 2:.1f}" width="{WIDTH - 8}" height="{ROW}" fill="#F6F6F6"/>'
            )
        row.append(svg.text(LABEL_X, y + 4, svg.clip(item.text, 11, DATE_W - 6), size=11, fill="#444444"))
        row.append(
            svg.text(
                LABEL_X + DATE_W, y + 4, svg.clip(item.label, 12, PLOT_X0 - LABEL_X - DATE_W - 10), size=12
            )
        )
        begin = item.begin
        end = item.end
        if item.open_ended and end is None and begin is not None:
            x0 = x_of(begin)
            row.append(_bar(x0, PLOT_X1 - 9, y, item.planned) + _arrow(PLOT_X1 - 9, y, colour, True))
            row.append(_marker(x0, y, item.planned))
        elif begin is None and end is not None:  # 「～3年7月」: since some time until then
            x1 = x_of(end)
            row.append(_arrow(PLOT_X0 + 9, y, colour, False) + _bar(PLOT_X0 + 9, x1, y, item.planned))
            row.append(_marker(x1, y, item.planned))
        elif begin is not None and end is not None and (end - begin).days > POINT_DAYS:
            x0, x1 = x_of(begin), x_of(end)
            row.append(_bar(x0, x1, y, item.planned))
            row.append(_marker(x0, y, item.planned))
        elif begin is not None:
            middle = begin + (((end or begin) - begin) / 2)
            row.append(_marker(x_of(middle), y, item.planned))
        body.append(f'<a href={svg.attr(href(item.iri))} class="timeline-item">{"".join(row)}</a>')
    for day in sorted(set(tl.as_of.values())):
        x = x_of(day)
        body.append(
            f'<line x1="{x:.1f}" y1="{axis_y}" x2="{x:.1f}" y2="{height - 24}" stroke="{svg.INK}" '
            'stroke-width="1.5" stroke-dasharray="3 2"/>'
        )
        body.append(svg.text(x, height - 10, f"{day.isoformat()} 時点", size=11, anchor="middle"))
    return svg.document(WIDTH, height, title=title, desc=desc, body=body, ident=ident)


CSV_FIELDS = ("iri", "label", "class", "date_text", "begin", "end", "open_ended", "planned")


def render_csv(tl: Timeline) -> bytes:
    """Exactly the rows the picture draws, in its order."""
    rows = [
        [
            i.iri,
            i.label,
            i.cls,
            i.text,
            i.begin.isoformat() if i.begin else "",
            i.end.isoformat() if i.end else "",
            "true" if i.open_ended else "false",
            "true" if i.planned else "false",
        ]
        for i in ordered(tl.items)
    ]
    return (BOM + csv_text([list(CSV_FIELDS), *rows])).encode("utf-8")
