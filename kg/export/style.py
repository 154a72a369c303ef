"""How a node looks in every export: its class's colour and its label on one line."""

from __future__ import annotations

import re

# Okabe–Ito colours first (told apart with colour-blindness), greys for context nodes.
CLASS_COLOURS: dict[str, str] = {
    "LawBundle": "#D55E00",
    "Law": "#E69F00",
    "ProgressUpdate": "#009E73",
    "Measure": "#56B4E9",
    "Issue": "#F0E442",
    "Theme": "#CC79A7",
    "Goal": "#999933",
    "Target": "#882255",
    "Agency": "#0072B2",
    "DateExpression": "#BBBBBB",
    "Section": "#DDDDDD",
    "Document": "#AAAAAA",
    "Observation": "#44AA99",
}


OTHER_COLOUR = "#FFFFFF"


_XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def colour_of(cls: str) -> str:
    return CLASS_COLOURS.get(cls, OTHER_COLOUR)


def clean(value: object) -> str:
    """Text safe in every format: no characters that XML 1.0 forbids."""
    return _XML_ILLEGAL.sub("", str(value))


def one_line(value: object) -> str:
    return " ".join(clean(value).split())
