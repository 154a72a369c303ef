"""Small pieces shared by the hand-written SVG pictures, and their PNG (export stage).

Takes text, numbers and shapes; gives SVG markup that needs no stylesheet (only
presentation attributes, so a page's Content-Security-Policy does not block it),
is labelled for screen readers (``role="img"``, ``<title>``, ``<desc>``) and
links with ``<a href>`` (reachable by keyboard).  PNG is drawn from the same SVG
by resvg with IPAexGothic, the font the graph exports use
(:func:`kg.export.render.japanese_font_path`), so nothing has to be installed on the system.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from xml.sax.saxutils import escape, quoteattr

from kg.errors import ExportError
from kg.rdf.namespaces import ID

FONT_FAMILY = "IPAexGothic, 'Noto Sans CJK JP', 'Noto Sans JP', 'Hiragino Sans', 'Yu Gothic', sans-serif"
# Okabe–Ito colours: told apart with colour-blindness, and by lightness in greyscale.
DONE_COLOUR = "#0072B2"
PLANNED_COLOUR = "#D55E00"
INK = "#222222"
GRID = "#CCCCCC"
# A sequential single-hue scale (light to dark blue, ColorBrewer Blues): order survives greyscale.
SEQUENTIAL = ("#EFF3FF", "#BDD7E7", "#6BAED6", "#3182BD", "#08519C")

Href = Callable[[str], str]


def iri_href(iri: str) -> str:
    """The link of an item in an exported file: its IRI, which dereferences to its page
    (a ``javascript:`` or ``file:`` IRI loaded from elsewhere is never a link)."""
    return iri if iri.startswith(("http://", "https://")) else "#"


def page_href(iri: str) -> str:
    """The link of an item inside the web app: ``/id/…`` for IRIs under the id base."""
    return "/id/" + iri[len(str(ID)) :] if iri.startswith(str(ID)) else iri_href(iri)


def text_width(text: str, size: float) -> float:
    """About how wide ``text`` is at ``size`` px: full-width characters one em, others about half."""
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in "WFA")
    return (wide + 0.55 * (len(text) - wide)) * size


def clip(text: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` px."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


def attr(value: object) -> str:
    return quoteattr(str(value))


def esc(value: object) -> str:
    return escape(str(value))


def text(x: float, y: float, body: str, *, size: float = 12, anchor: str = "start", fill: str = INK,
         weight: str = "normal") -> str:  # fmt: skip
    return (
        f"<text x={attr(round(x, 1))} y={attr(round(y, 1))} font-size={attr(size)} "
        f"text-anchor={attr(anchor)} "
        f"fill={attr(fill)} font-weight={attr(weight)}>{esc(body)}</text>"
    )


def document(width: float, height: float, *, title: str, desc: str, body: list[str], ident: str) -> str:
    """A whole SVG picture, labelled by its title and description."""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="{round(width)}" '
        f'height="{round(height)}" viewBox="0 0 {round(width)} {round(height)}" role="img" '
        f'aria-labelledby="{ident}-title {ident}-desc" '
        f'font-family={attr(FONT_FAMILY)} class="picture">'
        f'<title id="{ident}-title">{esc(title)}</title><desc id="{ident}-desc">{esc(desc)}</desc>'
        f'<rect width="100%" height="100%" fill="#FFFFFF"/>' + "".join(body) + "</svg>"
    )


def number(value: float, unit: str = "") -> str:
    """A figure as the tables write it: 「1,800,192」, 「34.4%」.

    >>> number(1800192.0), number(34.4, "%")
    ('1,800,192', '34.4%')
    """
    if unit == "%":
        return f"{value:.1f}%"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def plain(value: float) -> str:
    """A figure in full for data attributes and CSV: 「5228732」, 「34.4」 (never 5.22873e+06).

    >>> plain(5228732.0), plain(34.4)
    ('5228732', '34.4')
    """
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def to_png(svg: str) -> bytes:
    """The picture as PNG, drawn by resvg with the bundled Japanese font."""
    from kg.export.render import japanese_font_path

    try:
        import resvg_py
    except ImportError:  # pragma: no cover - a dependency of the package
        raise ExportError("PNG needs the resvg-py package; install it or export SVG") from None
    font = str(japanese_font_path())
    try:
        data = resvg_py.svg_to_bytes(
            svg_string=svg, font_files=[font], font_family="IPAexGothic", sans_serif_family="IPAexGothic",
            skip_system_fonts=True, zoom=2,
        )  # fmt: skip
    except ValueError as exc:
        raise ExportError(f"cannot draw the PNG: {exc}") from None
    return bytes(data)
