"""「…はいつ？」「…の時期」: when a thing was or will be done, asked of it by name or number.

Takes the folded question; gives what its progress is asked as (「…の進捗」), to be read as such, and
that reading with each progress update's dates as the text writes them (「3年9月」), or None for a
question of another form.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ask.outcomes import Reading

_WHEN_RE = re.compile(
    r"(?P<x>.+?)(?:は|って|が|の)?(?:いつ|いつ頃|いつごろ|何月|何年|何年度|(?:実施)?時期|日付|日程)"
    r"(?:から|まで|頃|ごろ)?(?:の予定)?(?:ですか|でしょうか|だった|でした|なの|になる|になります|予定)?"
)
_MIN_DATE = "(MIN(STR(?when)) AS ?date)"
_WHEN = "OPTIONAL { ?item pol:when ?w . ?w pol:start|pol:end ?when }"
_WHEN_WRITTEN = (
    "OPTIONAL { ?item pol:when ?w . ?w pol:start|pol:end ?when . OPTIONAL { ?w pol:dateText ?dateWords } }"
)


def asked_when(text: str) -> str | None:
    """The question of progress ``text`` asks when it asks when (「…の開始はいつ」: 「…の開始の進捗」)."""
    m = _WHEN_RE.fullmatch(text)
    return f"{m['x']}の進捗" if m is not None and len(m["x"]) >= 2 else None


def with_dates_as_written(reading: Reading) -> Reading | None:
    """``reading`` (a list of progress updates by date) with the dates as written, or None where it is
    no such list."""
    if _MIN_DATE not in reading.sparql or _WHEN not in reading.sparql:
        return None
    sparql = reading.sparql.replace(
        _MIN_DATE, f'{_MIN_DATE} (GROUP_CONCAT(DISTINCT ?dateWords; separator="、") AS ?dateText)'
    ).replace(_WHEN, _WHEN.replace("?when }", "?when . OPTIONAL { ?w pol:dateText ?dateWords } }"))
    columns = tuple(c for col in reading.columns for c in ((col, "dateText") if col == "date" else (col,)))
    return replace(
        reading,
        kind=f"{reading.kind}_when",
        sparql=sparql,
        columns=columns,
        reading=f"{reading.reading}（いつ: 書かれた日付）",
        key_sparql=None,
        detail_sparql=None,
        keys=(),
    )
