"""Pictures of statistics datasets: a prefecture tile map, bar charts and line charts (export stage).

Takes a :class:`kg.export.picture_data.Dataset` (read from the store) and the
measure to show; gives an SVG picture and a CSV of exactly what is drawn.  The
map places one square per prefecture on the project's own tile grid
(``kg/data/prefecture_tiles.csv``), joined on 全国地方公共団体コード, coloured on
a five-step sequential scale (light to dark, so it reads in greyscale) with the
value printed in each tile; a bar chart takes categories (団体区分, 施設種別), a
line chart dates.  Every picture carries the unit, the period and the source line.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from kg.errors import ExportError
from kg.export import svg
from kg.export.picture_data import Dataset, Figure
from kg.export.spreadsheets import BOM, csv_text
from kg.rdf import areas

# Units of the project's measures (the ontology's definitions say them in words).
UNITS = {
    "population": "人",
    "issuedCards": "枚",
    "issuanceRate": "%",
    "facilityCount": "施設",
    "facilityTotal": "施設",
    "facilityShare": "%",
    "municipalities": "団体",
}
# The measure of a map that summarises municipalities per prefecture: how many the dataset lists.
LISTED = "municipalities"
_LISTED_LABEL = "掲載市区町村数"
# Which measure a picture shows first: the comparable share before the counts it is taken of.
_PREFERRED = ("issuanceRate", "facilityShare", "facilityCount", "issuedCards", "population", "facilityTotal")
TILE = 58
GAP = 4


@dataclass(frozen=True, slots=True)
class Tile:
    prefecture_code: str
    name: str
    row: int
    col: int

    @property
    def short(self) -> str:
        """The name on the tile: 「北海道」, 「東京」, 「神奈川」."""
        return self.name if self.name == "北海道" else self.name[:-1]


@cache
def tiles() -> tuple[Tile, ...]:
    """The project's tile grid of the 47 prefectures."""
    text = resources.files("kg.data").joinpath("prefecture_tiles.csv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    return tuple(
        Tile(r["prefecture_code"], r["name"], int(r["row"]), int(r["col"])) for r in csv.DictReader(lines)
    )


def unit_of(measure: str) -> str:
    return UNITS.get(measure, "")


def principal_measure(ds: Dataset, figures: list[Figure] | None = None) -> str:
    """The measure a picture of ``ds`` shows unless asked for another: one every figure has."""
    figures = ds.figures if figures is None else figures
    common = [m for m in ds.measures if all(m in f.values for f in figures)]
    if not common:
        raise ExportError(f"{ds.iri}: no measure is given for every observation")
    return sorted(common, key=lambda m: (_PREFERRED.index(m) if m in _PREFERRED else len(_PREFERRED), m))[0]


def pick_measure(ds: Dataset, measure: str | None, figures: list[Figure] | None = None) -> str:
    if figures and all(LISTED in f.values for f in figures):
        return LISTED  # a summary map has the one measure it counted
    if measure is None:
        return principal_measure(ds, figures)
    if measure not in ds.measures:
        known = ", ".join(ds.measures) or "none"
        raise ExportError(f"{measure!r} is not a measure of {ds.iri} (it has: {known})")
    return measure


def period_text(ds: Dataset) -> str:
    periods = ds.periods
    if not periods:
        return ""
    return f"{periods[0]} 現在" if len(periods) == 1 else f"{periods[0]}～{periods[-1]}"


def measure_label(ds: Dataset, measure: str) -> str:
    return _LISTED_LABEL if measure == LISTED else ds.measures.get(measure, measure)


def measure_title(ds: Dataset, measure: str) -> str:
    unit = unit_of(measure)
    return measure_label(ds, measure) + (f"（{unit}）" if unit else "")


def _footer(ds: Dataset, y: float, width: float) -> list[str]:
    parts = []
    if period := period_text(ds):
        parts.append(svg.text(12, y, f"時点：{period}", size=11))
        y += 16
    if ds.source:
        parts.append(svg.text(12, y, svg.clip(ds.source, 11, width - 24), size=11, fill="#444444"))
    return parts


# --------------------------------------------------------------------------- the map


def classes(values: list[float]) -> list[float]:
    """Upper bounds of five equal-width steps from the smallest value to the largest; for a few
    whole numbers (counts), one step each.

    >>> classes([30.0, 50.0]), classes([0.0, 2.0, 1.0])
    ([34.0, 38.0, 42.0, 46.0, 50.0], [0.0, 1.0, 2.0])
    """
    low, high = min(values), max(values)
    if all(float(v).is_integer() for v in values) and high - low < len(svg.SEQUENTIAL):
        return [low + n for n in range(int(high - low) + 1)]
    step = (high - low) / len(svg.SEQUENTIAL) or 1.0
    return [round(low + step * (n + 1), 6) for n in range(len(svg.SEQUENTIAL))]


def _step(value: float, bounds: list[float]) -> int:
    return next((n for n, b in enumerate(bounds) if value <= b), len(bounds) - 1)


def _colour(step: int, steps: int) -> str:
    """The colour of a step, spread over the whole scale when there are fewer than five."""
    last = len(svg.SEQUENTIAL) - 1
    return svg.SEQUENTIAL[round(step * last / (steps - 1)) if steps > 1 else last]


def map_figures(ds: Dataset) -> list[Figure]:
    """The figures the map draws: one per prefecture, by code; for a dataset per municipality, each
    prefecture with the number of its municipalities the dataset lists (0 for none)."""
    if ds.is_per_municipality:
        return _listed_per_prefecture(ds)
    found: dict[str, Figure] = {}
    for f in ds.prefecture_figures:
        found.setdefault(f.prefecture_code, f)
    return [found[t.prefecture_code] for t in tiles() if t.prefecture_code in found]


def _listed_per_prefecture(ds: Dataset) -> list[Figure]:
    counts: dict[str, int] = {}
    for f in ds.figures:
        if f.area_kind == "municipality":
            counts[f.prefecture_code] = counts.get(f.prefecture_code, 0) + 1
    period = ds.periods[0] if ds.periods else ""
    return [
        Figure(
            "",
            p.name,
            str(p.iri),
            p.code,
            p.prefecture_code,
            "prefecture",
            period,
            {LISTED: float(counts.get(p.prefecture_code, 0))},
        )
        for p in areas.prefectures()
    ]


def render_map(
    ds: Dataset, measure: str | None = None, *, href: svg.Href = svg.iri_href, ident: str = "map"
) -> str:
    """The prefecture tile map of ``ds`` as an SVG picture."""
    figures = map_figures(ds)
    if not figures:
        raise ExportError(f"{ds.iri}: no observation is for a prefecture, so there is no map to draw")
    measure = pick_measure(ds, measure, figures)
    unit = unit_of(measure)
    by_code = {f.prefecture_code: f for f in figures}
    values = [f.values[measure] for f in figures]
    bounds = classes(values)
    cols = max(t.col for t in tiles()) + 1
    rows = max(t.row for t in tiles()) + 1
    x0, y0 = 12, 92
    width = x0 * 2 + cols * (TILE + GAP)
    height = y0 + rows * (TILE + GAP) + 64
    title = f"{ds.label}：{measure_title(ds, measure)}（都道府県別）"
    desc = (
        f"47都道府県のタイル地図。{measure_label(ds, measure)}が大きいほど濃い青。"
        f"最小 {svg.number(min(values), unit)}、最大 {svg.number(max(values), unit)}。{period_text(ds)}"
    )
    body = [svg.text(12, 26, svg.clip(title, 17, width - 24), size=17, weight="bold")]
    # legend: five steps, light to dark, with their ranges
    lx = 12.0
    lower = min(values)
    body.append(svg.text(lx, 56, f"凡例（{measure_title(ds, measure)}）：", size=12))
    lx += svg.text_width(f"凡例（{measure_title(ds, measure)}）：", 12) + 6
    counted = len(bounds) < len(svg.SEQUENTIAL) or bounds == [lower + n for n in range(len(bounds))]
    for n, upper in enumerate(bounds):
        label = (
            svg.number(upper, unit) if counted else f"{svg.number(lower, unit)}～{svg.number(upper, unit)}"
        )
        colour = _colour(n, len(bounds))
        body.append(f'<rect x="{lx:.1f}" y="45" width="16" height="14" fill="{colour}" stroke="{svg.INK}"/>')
        body.append(svg.text(lx + 20, 56, label, size=11))
        lx += 28 + svg.text_width(label, 11)
        lower = upper
    body.append(
        svg.text(12, 76, "各マスの数値は値そのもの。灰色のマスはデータなし。", size=11, fill="#444444")
    )
    for tile in tiles():
        x = x0 + tile.col * (TILE + GAP)
        y = y0 + tile.row * (TILE + GAP)
        figure = by_code.get(tile.prefecture_code)
        if figure is None:
            body.append(
                f'<g><title>{svg.esc(tile.name)}：データなし</title><rect x="{x}" y="{y}" width="{TILE}" '
                f'height="{TILE}" fill="#DDDDDD" stroke="#FFFFFF"/>'
                + svg.text(x + TILE / 2, y + 24, tile.short, size=12, anchor="middle")
                + "</g>"
            )
            continue
        value = figure.values[measure]
        colour = _colour(_step(value, bounds), len(bounds))
        ink = "#FFFFFF" if svg.SEQUENTIAL.index(colour) >= 3 else svg.INK
        shown = svg.number(value, unit)
        body.append(
            f'<a href={svg.attr(href(figure.area))} class="map-tile" data-code="{figure.code}" '
            f'data-value="{svg.plain(value)}"><title>{svg.esc(tile.name)}：{svg.esc(shown)}'
            f"{'' if unit == '%' else svg.esc(unit)}</title>"
            f'<rect x="{x}" y="{y}" width="{TILE}" height="{TILE}" fill="{colour}" '
            f'stroke="{svg.INK}" stroke-width="0.8"/>'
            + svg.text(x + TILE / 2, y + 24, tile.short, size=13, anchor="middle", fill=ink)
            + svg.text(
                x + TILE / 2, y + 44, shown, size=10 if len(shown) > 7 else 12, anchor="middle", fill=ink
            )
            + "</a>"
        )
    body += _footer(ds, height - 36, width)
    return svg.document(width, height, title=title, desc=desc, body=body, ident=ident)


# --------------------------------------------------------------------------- bar and line charts


def render_chart(ds: Dataset, measure: str | None = None, *, href: svg.Href = svg.iri_href,
                 ident: str = "chart") -> str:  # fmt: skip
    """A line chart when ``ds`` is a series over time, else a bar chart, as an SVG picture."""
    if not ds.figures:
        raise ExportError(f"{ds.iri}: the dataset has no observations to draw")
    measure = pick_measure(ds, measure)
    return _line(ds, measure, ident) if ds.is_over_time else _bars(ds, measure, href, ident)


def _bars(ds: Dataset, measure: str, href: svg.Href, ident: str) -> str:
    unit = unit_of(measure)
    figures = [f for f in ds.figures if measure in f.values]
    label_w = min(max(svg.text_width(f.category, 12) for f in figures) + 16, 300)
    width = 820
    x0, x1 = 12 + label_w, width - 110
    top, bar_h = 82, 26
    height = top + bar_h * len(figures) + 70
    high = max(max(f.values[measure] for f in figures), 0.0) or 1.0
    title = f"{ds.label}：{measure_title(ds, measure)}"
    desc = f"{len(figures)} 区分の{ds.measures.get(measure, measure)}の横棒グラフ。" + "、".join(
        f"{f.category} {svg.number(f.values[measure], unit)}" for f in figures
    )
    body = [svg.text(12, 26, svg.clip(title, 17, width - 24), size=17, weight="bold")]
    body.append(svg.text(12, 50, f"単位：{unit or '—'}　棒の長さが値（0 から）", size=12))
    body.append(
        f'<line x1="{x0}" y1="{top - 6}" x2="{x0}" y2="{top + bar_h * len(figures)}" stroke="{svg.INK}"/>'
    )
    for n, f in enumerate(figures):
        y = top + bar_h * n
        value = f.values[measure]
        length = (x1 - x0) * max(value, 0.0) / high
        shown = svg.number(value, unit)
        inner = (
            f"<title>{svg.esc(f.category)}：{svg.esc(shown)}{'' if unit == '%' else svg.esc(unit)}</title>"
            + svg.text(x0 - 6, y + 17, svg.clip(f.category, 12, label_w - 8), size=12, anchor="end")
            + f'<rect x="{x0}" y="{y + 4}" width="{length:.1f}" height="{bar_h - 8}" '
            f'fill="{svg.DONE_COLOUR}" '
            f'stroke="{svg.INK}" stroke-width="0.6"/>' + svg.text(x0 + length + 6, y + 17, shown, size=12)
        )
        target = f.area or f.observation
        body.append(
            f'<a href={svg.attr(href(target))} class="chart-bar" data-value="{svg.plain(value)}">{inner}</a>'
        )
    body += _footer(ds, height - 36, width)
    return svg.document(width, height, title=title, desc=desc, body=body, ident=ident)


def _line(ds: Dataset, measure: str, ident: str) -> str:
    unit = unit_of(measure)
    series: dict[str, list[Figure]] = {}
    for f in ds.figures:
        if measure in f.values and f.period:
            series.setdefault(f.category or ds.label, []).append(f)
    periods = ds.periods
    width, height = 820, 420
    x0, x1, y0, y1 = 90, width - 160, 80, height - 80
    values = [f.values[measure] for s in series.values() for f in s]
    low, high = min(0.0, min(values)), max(values) or 1.0

    def px(period: str) -> float:
        return x0 + (x1 - x0) * (periods.index(period) / max(len(periods) - 1, 1))

    def py(value: float) -> float:
        return y1 - (y1 - y0) * (value - low) / ((high - low) or 1.0)

    title = f"{ds.label}：{measure_title(ds, measure)}の推移"
    name = ds.measures.get(measure, measure)
    desc = f"{periods[0]}から{periods[-1]}までの{name}の折れ線グラフ（{len(series)} 系列）。"
    body = [svg.text(12, 26, svg.clip(title, 17, width - 24), size=17, weight="bold")]
    body.append(svg.text(12, 50, f"単位：{unit or '—'}", size=12))
    body.append(f'<line x1="{x0}" y1="{y1}" x2="{x1}" y2="{y1}" stroke="{svg.INK}"/>')
    body.append(f'<line x1="{x0}" y1="{y0}" x2="{x0}" y2="{y1}" stroke="{svg.INK}"/>')
    for tick in (low, (low + high) / 2, high):
        body.append(svg.text(x0 - 6, py(tick) + 4, svg.number(tick, unit), size=10, anchor="end"))
    for period in periods:
        body.append(svg.text(px(period), y1 + 16, period, size=10, anchor="middle"))
    # one shape and dash per series, so lines stay apart in greyscale
    dashes = ("", "6 3", "2 3", "8 3 2 3")
    for n, (name, figs) in enumerate(sorted(series.items())):
        figs = sorted(figs, key=lambda f: f.period)
        points = " ".join(f"{px(f.period):.1f},{py(f.values[measure]):.1f}" for f in figs)
        dash = dashes[n % len(dashes)]
        body.append(
            f'<polyline points="{points}" fill="none" stroke="{svg.INK if n else svg.DONE_COLOUR}" '
            'stroke-width="2"' + (f' stroke-dasharray="{dash}"' if dash else "") + "/>"
        )
        for f in figs:
            shown = svg.number(f.values[measure], unit)
            body.append(
                f'<g class="chart-point" data-value="{svg.plain(f.values[measure])}">'
                f"<title>{svg.esc(name)} {f.period}：{svg.esc(shown)}</title>"
                f'<circle cx="{px(f.period):.1f}" cy="{py(f.values[measure]):.1f}" r="4" '
                f'fill="{svg.DONE_COLOUR}"/></g>'
            )
        last = figs[-1]
        body.append(svg.text(x1 + 8, py(last.values[measure]) + 4, svg.clip(name, 11, 140), size=11))
    body += _footer(ds, height - 36, width)
    return svg.document(width, height, title=title, desc=desc, body=body, ident=ident)


# --------------------------------------------------------------------------- CSV


def render_csv(ds: Dataset, measure: str | None = None, *, as_map: bool = False) -> bytes:
    """Exactly what the map or chart draws: one row per tile, bar or point, the measure's value and unit."""
    figures = map_figures(ds) if as_map else list(ds.figures)
    if ds.is_over_time and not as_map:  # a line chart draws each series in time order
        figures.sort(key=lambda f: (f.category, f.period))
    measure = pick_measure(ds, measure, figures)
    rows = [["category", "code", "period", "measure", "value", "unit", "observation"]]
    for f in figures:
        if measure in f.values:
            value = f.values[measure]
            shown = svg.plain(value)
            rows.append([f.category, f.code, f.period, measure, shown,
                         unit_of(measure), f.observation])  # fmt: skip
    return (BOM + csv_text(rows)).encode("utf-8")
