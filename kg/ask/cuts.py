"""A ranking cut short: the top N (「上位3」「ワースト3」「トップ5」), the first (「最も多い」「最高」),
or a threshold (「40%以上」「5割未満」「3件以上」).

Takes a folded question; :func:`cut_variants` gives the question with the cut's words taken
out or put as a plain ranking's words (「交付率40%以上の都道府県」 → 「交付率が高い都道府県」), each with
the :class:`Cut` it stood for.  :func:`apply_cut` wraps the query of the ranking read from the rest:
the rows whose figure passes the threshold, or whose figure is at least the N-th one's (rows tied
with the N-th are kept: a cut that drops one of two equal figures would answer by chance).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.ask.order import split_order

if TYPE_CHECKING:
    from kg.ask.outcomes import Reading

# Counters after 「上位3」 (「上位3位」「上位3件」「上位3つ」); a row's kind after it (「上位3団体」) stays.
_COUNTER = r"(?:位|件|つ|個|か所|箇所)?"
_RANK_RE = re.compile(
    r"(?:が|の|で)?(?:(?P<top>上位|トップ|top|ベスト|best|首位|第?1位|一位)|(?P<bottom>下位|ワースト|worst|ボトム|最下位))"
    rf"(?:(?P<n>\d{{1,3}})|(?P<words>[一二三四五六七八九十]))?{_COUNTER}(?:まで)?(?:の|に入る|に入っている)?"
)
_KANJI_DIGITS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}
# 「最も高い」「一番多い」: the first, also with what is counted between (「最も施策が多い」
# 「一番課題の多い」); 「最多の」「最高の」: the same said in one word.
_FIRST_RE = re.compile(
    r"(?:最も|一番|いちばん|もっとも)"
    r"(?=(?:[^\s、。をはでに]{1,12}?[がの])?(?:多い|高い|低い|少ない|多く|依拠|参照))"
)
_FIRST_WORD_RE = re.compile(r"最(?P<side>多|高|低|少)(?:の|で|な)?")
_THRESHOLD_RE = re.compile(
    r"(?:が|の|で|は)?(?P<value>\d{1,6}(?:\.\d+)?)(?P<unit>%|パーセント|割|件|つ|個)"
    r"(?P<op>以上|以下|未満|超え|超|を超える|を超えた|を超えている|を上回る|を上回った|を上回っている|"
    r"を下回る|を下回った|を下回っている|より高い|より低い|より多い|より少ない|に満たない|に達している|に達した)"
    r"(?:ある|あります|の)?"
)
# 「35%～40%」「3割から4割」: a range, both ends in it.
_RANGE_RE = re.compile(
    r"(?:が|の|で|は)?(?P<low>\d{1,6}(?:\.\d+)?)(?P<unit1>%|パーセント|割)?(?:～|〜|~|から|-)"
    r"(?P<high>\d{1,6}(?:\.\d+)?)(?P<unit>%|パーセント|割|件)(?:まで)?(?:の|にある)?"
)
# 「全国平均を上回る」「全国より低い」: compared with the rate of the row 全国 (団体区分別).
_NATIONAL_RE = re.compile(
    r"(?:が|の|で|は)?全国(?:平均|の平均|平均値|の交付率|の値)?(?:(?:を|より|と比べて)"
    r"(?P<op>上回る|上回っている|上回った|超える|超えている|高い|上|下回る|下回っている|下回った|低い|下|以上|以下|未満)"
    r"|(?P<bound>以上|以下|未満))(?:の)?"
)
_NATIONAL_OPS = {"以上": ">=", "以下": "<=", "未満": "<"}
_OPS = {
    "以上": ">=",
    "以下": "<=",
    "未満": "<",
    "超え": ">",
    "超": ">",
    "を超える": ">",
    "を超えた": ">",
    "を超えている": ">",
    "を上回る": ">",
    "を上回った": ">",
    "を上回っている": ">",
    "を下回る": "<",
    "を下回った": "<",
    "を下回っている": "<",
    "より高い": ">",
    "より低い": "<",
    "より多い": ">",
    "より少ない": "<",
    "に満たない": "<",
    "に達している": ">=",
    "に達した": ">=",
}
# What a ranking's figure is called, in the order looked for among a reading's columns.
_FIGURES = ("rate", "share", "count", "cards")


@dataclass(frozen=True, slots=True)
class Cut:
    """How a ranking is cut: its first ``n`` rows (ties kept), or the rows past a threshold."""

    words: str
    n: int | None = None
    low: bool | None = None  # lowest first (ワースト); None: the ranking's own order
    op: str | None = None
    value: float | None = None
    percent: bool = False  # the threshold is a rate (%, 割), not a number of items
    upper: float | None = None  # 「35%～40%」: the threshold's upper end (both ends kept)
    national: bool = False  # 「全国平均を上回る」: compared with the rate of the row 全国


def _spliced(text: str, start: int, end: int, words: tuple[str, ...]) -> list[str]:
    """``text`` with [start, end) taken out, or put as each of ``words`` where words follow it."""
    if end == len(text):
        rest = text[:start]
        return [rest[:-1] if rest.endswith("の") else rest]
    if start == 0:
        return [text[end:]]
    if text[:start].endswith(("高い", "多い", "低い", "少ない")):  # 「交付率が高い上位3団体」
        return [text[:start] + text[end:]]
    return [text[:start] + w + text[end:] for w in words]


def cut_variants(text: str) -> list[tuple[str, Cut]]:
    """The readings of ``text`` as a ranking and a cut of it, most likely first."""
    out: list[tuple[str, Cut]] = []
    for m in _THRESHOLD_RE.finditer(text):
        op = _OPS[m["op"]]
        value = float(m["value"]) * (10 if m["unit"] == "割" else 1)
        percent = m["unit"] in {"%", "パーセント", "割"}
        low = op.startswith("<")
        words = ("が低い", "が少ない") if low else ("が高い", "が多い")
        cut = Cut(m.group(0).lstrip("がのでは"), op=op, value=value, percent=percent)
        out += [(v, cut) for v in _spliced(text, m.start(), m.end(), (*words, "が高い", "が多い"))]
    for m in _RANGE_RE.finditer(text):
        scale = 10 if m["unit"] == "割" else 1
        low_end, high_end = float(m["low"]) * scale, float(m["high"]) * scale
        if low_end > high_end:
            continue
        cut = Cut(
            m.group(0).lstrip("がのでは"), op=">=", value=low_end, upper=high_end, percent=m["unit"] != "件"
        )
        out += [(v, cut) for v in _spliced(text, m.start(), m.end(), ("が高い", "が多い"))]
    for m in _NATIONAL_RE.finditer(text):
        word = m["op"] or m["bound"]
        op = _NATIONAL_OPS.get(word) or ("<" if word.startswith(("下", "低")) else ">")
        cut = Cut(m.group(0).lstrip("がのでは"), op=op, percent=True, national=True)
        side = "が低い" if op.startswith("<") else "が高い"
        out += [(v, cut) for v in _spliced(text, m.start(), m.end(), (side,))]
    for m in _RANK_RE.finditer(text):
        digits = m["n"] or (str(_KANJI_DIGITS[m["words"]]) if m["words"] else None)
        bottom = m["bottom"] is not None
        # 「トップの」「ワースト」 alone: the first; 「上位の」「下位」 alone: the ranking in that order
        alone = (m["top"] or m["bottom"]) not in {"上位", "下位"}
        n = int(digits) if digits else (1 if alone else None)
        if n == 0:
            continue
        cut = Cut(m.group(0).lstrip("がので"), n=n, low=True if bottom else None)
        words = ("が低い", "が少ない") if bottom else ("が高い", "が多い")
        for v in _spliced(text, m.start(), m.end(), words):
            out.append((v, cut))
            # 「最も多い…トップ5」: the top N said twice over; the N asked is the cut's
            if (first := _FIRST_RE.search(v)) is not None and not bottom:
                out.append((v[: first.start()] + v[first.end() :], cut))
    if (first := _FIRST_RE.search(text)) is not None:
        out.append((text[: first.start()] + text[first.end() :], Cut(first.group(0), n=1)))
    if (word := _FIRST_WORD_RE.search(text)) is not None:
        side = {"多": "多い", "高": "高い", "低": "低い", "少": "少ない"}[word["side"]]
        out.append((text[: word.start()] + side + text[word.end() :], Cut(word.group(0), n=1)))
    return [(v, c) for v, c in out if v]


def _describe(cut: Cut, figure: str) -> str:
    if cut.national:
        return f"（全国の値と比べて {cut.op} のもの）"
    if cut.upper is not None:
        unit = "%" if cut.percent else "件"
        return f"（{cut.value:g}{unit}～{cut.upper:g}{unit} のもの）"
    if cut.value is not None:
        unit = "%" if cut.percent else "件"
        return f"（{cut.op} {cut.value:g}{unit} のもの）"
    if cut.n is None:
        return ""
    return f"（{cut.n}位まで、同じ値は含む）" if cut.n > 1 else "（1位のみ、同じ値は含む）"


def apply_cut(reading: Reading, cut: Cut) -> Reading | None:
    """``reading``'s ranking cut by ``cut``; None where ``reading`` is no ranking such a cut fits."""
    if reading.key_sparql is not None or len(reading.columns) < 2:
        return None
    figure = next((f for f in _FIGURES if f in reading.columns), None)
    if figure is None or (cut.value is not None and cut.percent != (figure != "count")):
        return None
    if cut.national and figure != "rate":
        return None
    low = cut.low if cut.low is not None else reading.kind.endswith(("_low", "_lowest"))
    if cut.low is True and figure == "count":
        return None  # the fewest is no ranking the kinds give
    # The ranking's own order is put after the cut's, not kept inside: sorting every row of the
    # ranking (twice: here and for the N-th figure) cost more than the cut (11,001 issues ranked by
    # their progress updates at 1,000 documents), and the rows come out in the same order.
    inner, ranked = split_order(reading.sparql)
    columns = " ".join(f"?{c}" for c in reading.columns)
    order = " ".join(
        [f"?{figure}" if low else f"DESC(?{figure})", *(t for t in ranked if f"?{figure}" not in t)]
    )
    parts = [f"{{ {inner} }}"]
    if cut.national and cut.op is not None:
        parts.append(
            "{ SELECT (MAX(?nationalRate) AS ?national) WHERE {\n"
            '    ?nationalArea rdfs:label "全国"@ja . ?nationalObs pol:refArea ?nationalArea ;\n'
            "      pol:issuanceRate ?nationalRate } }"
        )
        parts.append(f"FILTER(?{figure} {cut.op} ?national)")
    elif cut.value is not None and cut.op is not None:
        parts.append(f"FILTER(?{figure} {cut.op} {cut.value:g})")
        if cut.upper is not None:
            parts.append(f"FILTER(?{figure} <= {cut.upper:g})")
    elif cut.n is not None:
        pick, compare = ("MAX", "<=") if low else ("MIN", ">=")
        parts.append(
            f"{{ SELECT ({pick}(?v) AS ?cut) WHERE {{\n"
            f"    {{ SELECT ?v WHERE {{ {{ {inner} }} BIND(?{figure} AS ?v) }}\n"
            f"      ORDER BY {'?v' if low else 'DESC(?v)'} LIMIT {cut.n} }} }} }}"
        )
        parts.append(f"FILTER(?{figure} {compare} ?cut)")
    body = "\n  ".join(parts)
    return replace(
        reading,
        kind=f"{reading.kind}_cut",
        sparql=f"SELECT {columns} WHERE {{\n  {body}\n}} ORDER BY {order}",
        reading=reading.reading + _describe(cut, figure),
    )
