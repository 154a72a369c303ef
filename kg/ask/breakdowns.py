"""A list broken down by theme or by issue: 「テーマ別の課題一覧」「課題ごとの施策」「取組状況を課題別に」.

Takes the folded question (a breakdown said last, 「…を課題別に」, is already written
「…(課題別)」 by :func:`kg.ask.text.core`); gives a :class:`~kg.ask.outcomes.Reading` of each issue,
measure or progress update with the theme or issue it falls under, read a page at a time, or
None for a question of another form.  The counts by theme or issue are kinds of
:mod:`kg.ask.counts`; a list is asked without 数 or 件数.

施策, 取組 and their like are the measures (pol:Measure), as the counts by theme count them;
取組状況 and 進捗 are the progress updates.
"""

from __future__ import annotations

import re

from kg.ask.kinds import Paged, detail_query, key_query, paged
from kg.ask.outcomes import Reading

_EACH = r"(?:別|ごと|毎|単位)"
_BY = rf"(?P<by>テーマ|分野|課題){_EACH}"
# 取組 is both classes (:mod:`kg.ask.outline`)
BOTH = "pol:Measure, pol:ProgressUpdate"
# what is listed → (its class, how the reading names it)
_WHAT = {
    "課題": ("pol:Issue", "課題"),
    "施策": ("pol:Measure", "施策"),
    "取組": (BOTH, "施策・取組状況"),
    "取り組み": (BOTH, "施策・取組状況"),
    "措置": ("pol:Measure", "施策"),
    "対策": ("pol:Measure", "施策"),
    "事業": ("pol:Measure", "施策"),
    "取組状況": ("pol:ProgressUpdate", "取組状況"),
    "取り組み状況": ("pol:ProgressUpdate", "取組状況"),
    "進捗": ("pol:ProgressUpdate", "取組状況"),
    "進捗状況": ("pol:ProgressUpdate", "取組状況"),
    "進捗報告": ("pol:ProgressUpdate", "取組状況"),
}
_WHAT_RE = "|".join(sorted(_WHAT, key=len, reverse=True))
_LIST = r"(?:等|など)?(?:の)?(?:一覧|リスト|一覧表)?"
_FORMS = (
    # 「テーマ別の課題一覧」「課題ごとに施策を」
    re.compile(rf"{_BY}(?:の|に|で)?(?P<what>{_WHAT_RE}){_LIST}"),
    # 「施策の一覧（課題別）」「取組状況を課題ごとに」 (written 「取組状況(課題ごと)」)
    re.compile(rf"(?P<what>{_WHAT_RE}){_LIST}\(?{_BY}(?:に|で)?\)?"),
    # 「各テーマの課題」「それぞれの課題の施策」
    re.compile(
        rf"(?:各|それぞれの)(?P<by>テーマ|分野|課題)(?:の|に属する|における)(?P<what>{_WHAT_RE}){_LIST}"
    ),
)


def _reading(name: str, spec: Paged, reading: str, columns: tuple[str, ...]) -> Reading:
    """A long list read a page at a time, its rows in the order of their keys."""
    return Reading(
        name,
        paged(columns, spec),
        reading,
        columns,
        keys=spec.keys,
        key_sparql=key_query(spec),
        detail_sparql=detail_query(columns, spec),
    )


def _is_a(item_class: str) -> str:
    """The pattern that keeps the items of ``item_class`` (or of both classes, ``?class`` bound)."""
    if item_class == BOTH:
        return f"?item a ?class . FILTER(?class IN ({BOTH}))"
    return f"?item a {item_class} ."


def _every(item_class: str) -> str:
    """Every item of ``item_class`` (both classes: ``?class`` bound), read whole from the class index."""
    if item_class == BOTH:
        return "%ITEM_CLASSES%"
    return f"{{ SELECT ?item WHERE {{ ?item a {item_class} }} }}"


# The keys of a list are its items (or issues) and what they fall under, each read whole and
# joined by hash: a lookup of the issue or theme per item cost 0.7 s for the 43,014 measures of
# 1,000 documents, this 0.3 s (most of it the items' IRIs read out).
_OF_ISSUE = "{ SELECT ?item ?issue WHERE { ?item pol:addressesIssue ?issue } }"
_OF_THEME = "{ SELECT ?issue ?theme WHERE { ?issue pol:partOfTheme ?theme } }"


_THEME = "?issue pol:partOfTheme ?theme . ?theme pol:number ?themeNumber ; rdfs:label ?themeLabel ."
_ISSUE = "?issue rdfs:label ?issueLabel . OPTIONAL { ?issue pol:number ?number }"


def read_breakdown(text: str) -> Reading | None:
    """``text`` read as a list of issues or items by theme or issue, or None."""
    m = next((m for form in _FORMS if (m := form.fullmatch(text)) is not None), None)
    if m is None:
        return None
    item_class, what = _WHAT[m["what"]]
    by = "課題" if m["by"] == "課題" else "テーマ"
    if item_class == "pol:Issue":
        if by == "課題":
            return None  # 「課題ごとの課題」 asks nothing
        return _reading(
            "issues_by_theme",
            Paged(
                ("issue",),
                f"{{ SELECT ?issue WHERE {{ ?issue a pol:Issue }} }}\n  {_OF_THEME}",
                f"{_THEME}\n  %ISSUE_ROW%",
            ),
            "→ テーマ別の課題の一覧",
            ("theme", "themeNumber", "themeLabel", "issue", "number", "issueLabel", "document"),
        )
    of_issue = f"?item pol:addressesIssue ?issue . ?issue a pol:Issue .\n  {_ISSUE}"
    if by == "テーマ":
        details = f"{of_issue}\n  {_THEME}"
        head: tuple[str, ...] = ("theme", "themeNumber", "themeLabel")
    else:
        details, head = of_issue, ("issue", "number", "issueLabel")
    typed = item_class == BOTH
    type_row = "\n  %ITEM_TYPE%" if typed else ""
    spec = Paged(
        ("item",),
        f"{_every(item_class)}\n  {_OF_ISSUE}",
        f"{details}\n  ?item rdfs:label ?itemLabel .{type_row}\n  %ITEM_WHERE%",
        _is_a(item_class),
    )
    return _reading(
        f"items_by_{'theme' if by == 'テーマ' else 'issue'}",
        spec,
        f"→ {by}別の{what}の一覧（{'課題を通して' if by == 'テーマ' else '課題の番号とともに'}）",
        (*head, "item", "itemLabel", *(("type",) if typed else ()), "document", "line"),
    )


BREAKDOWN_KINDS = ("issues_by_theme", "items_by_theme", "items_by_issue")


def count_breakdown(text: str) -> Reading | None:
    """``text``, a list by theme or issue (「テーマ別の取組状況」), counted per theme or issue (「…の件数」):
    one row a theme or issue with its number of issues or items, or None for a question of another form."""
    m = next((m for form in _FORMS if (m := form.fullmatch(text)) is not None), None)
    if m is None:
        return None
    item_class, what = _WHAT[m["what"]]
    by = "課題" if m["by"] == "課題" else "テーマ"
    classes = item_class.split(", ")
    var = "issue" if item_class == "pol:Issue" else "item"
    of_class = " UNION ".join(f"{{ SELECT ?{var} WHERE {{ ?{var} a {c} }} }}" for c in classes)
    # each pattern read whole and joined by hash, as the counts of kg.ask.counts are
    # (a theme's number and label read as two scans: as one pattern, the label of every numbered
    # thing was looked up)
    theme = (
        "{ SELECT ?issue ?theme WHERE { ?issue pol:partOfTheme ?theme } }\n"
        "  { SELECT ?theme ?themeNumber WHERE { ?theme pol:number ?themeNumber } }\n"
        "  { SELECT ?theme ?themeLabel WHERE { ?theme rdfs:label ?themeLabel } }"
    )
    issue = (
        "{ SELECT ?issue ?issueLabel WHERE { ?issue a pol:Issue ; rdfs:label ?issueLabel } }\n"
        "  OPTIONAL { SELECT ?issue ?number WHERE { ?issue pol:number ?number } }"
    )
    if item_class == "pol:Issue":
        if by == "課題":
            return None
        counted, head, order = "issue", ("theme", "themeNumber", "themeLabel"), "?themeNumber ?themeLabel"
        where = f"{of_class}\n  {theme}"
    else:
        counted = "item"
        rows = f"{{ {of_class} }}\n  {{ SELECT ?item ?issue WHERE {{ ?item pol:addressesIssue ?issue }} }}"
        if by == "テーマ":
            head, order = ("theme", "themeNumber", "themeLabel"), "?themeNumber ?themeLabel"
            where = f"{rows}\n  {{ SELECT ?issue WHERE {{ ?issue a pol:Issue }} }}\n  {theme}"
        else:
            head, order = ("issue", "number", "issueLabel"), "DESC(?count) ?number ?issue"
            where = f"{rows}\n  {issue}"
    names = " ".join(f"?{c}" for c in head)
    sparql = (
        f"SELECT {names} (COUNT(DISTINCT ?{counted}) AS ?count) WHERE {{\n  {where}\n}}"
        f" GROUP BY {names} ORDER BY {order}"
    )
    through = "（課題を通して）" if by == "テーマ" and item_class != "pol:Issue" else ""
    name = f"{'issues' if item_class == 'pol:Issue' else 'items'}_by_{'theme' if by == 'テーマ' else 'issue'}"
    return Reading(
        f"{name}_count",
        sparql,
        f"→ {by}別の{what}の数{through}",
        (*head, "count"),
    )
