"""Questions asked in Japanese: ``/ask?q=…`` (``.json`` or ``Accept: application/json`` for the JSON).

Takes the question from ``q`` and the page of its answer from ``offset`` and
``limit`` (as the search JSON pages its hits; a page past the end is a 400); gives
the answer page (how the question was read, one page of the answer table with
links to the entity pages, how many rows there are in all with links to the
neighbouring pages, the SPARQL with a link that opens it in the editor) or, when
the graph has no answer, the one line saying why and the full-text hits.  The
search page shows the same answer above its hits (:func:`answer_for_search`).
Answers come from :func:`search.ask.answer_question`, as the CLI's do.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from flask import Blueprint, g, jsonify, render_template, request

from kg.ask.answer import Answer
from kg.ask.pages import DEFAULT_PAGE_ROWS, MAX_PAGE_ROWS
from kg.errors import SearchRequestError
from search.ask import MAX_QUESTION_CHARS, AskResult, answer_question
from search.engine import TYPE_LABELS
from web.links import entity_href
from web.negotiation import wants_json, whole_number
from web.stores import store

bp = Blueprint("ask", __name__)


def source_path(document: str, line: int) -> str:
    """The source text of ``document`` at ``line`` (as the search page links it)."""
    return f"/documents/{quote(document, safe='')}" + (f"#L{line}" if line else "")


# Column headings of the answer table (the JSON keeps the query's variable names).
HEADINGS = {
    "itemLabel": "項目",
    "issueLabel": "課題",
    "lawLabel": "法令",
    "areaLabel": "都道府県",
    "themeLabel": "テーマ",
    "type": "種類",
    "number": "番号",
    "document": "文書",
    "line": "行",
    "date": "日付",
    "dateText": "日付の表記",
    "exact": "表記",
    "count": "件数",
    "rate": "交付率（%）",
    "cards": "交付枚数",
    "population": "人口",
    "asOf": "時点",
}


class AnswerView:
    """What the answer template needs: the columns shown, cell links, the editor link."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.rows = answer.rows
        columns = answer.columns
        # An entity column gives way to its label column, which links to the entity.
        self.columns = [c for c in columns if f"{c}Label" not in columns]
        self.links = {f"{c}Label": c for c in columns if f"{c}Label" in columns}
        self.headings = [HEADINGS.get(c, c) for c in self.columns]

    def cells(self, row: dict[str, Any]) -> list[tuple[str, str | None]]:
        """(text, link or None) of each shown column of ``row``."""
        out: list[tuple[str, str | None]] = []
        document = row["document"].value if "document" in row else None
        for column in self.columns:
            cell = row.get(column)
            text = cell.value if cell is not None else ""
            link: str | None = None
            if column in self.links and self.links[column] in row:
                link = entity_href(row[self.links[column]].value)
            elif column == "line" and document and text:
                link = source_path(document, int(text))
            elif column == "document" and text:
                link = source_path(text, 0)
            out.append((text, link))
        return out

    def shown(self) -> str | None:
        """Which rows the page shows (「101–200」) when it does not show them all."""
        answer = self.answer
        if answer.offset == 0 and len(answer.rows) == answer.total:
            return None
        return f"{answer.offset + 1}–{answer.offset + len(answer.rows)}"

    def page_link(self, offset: int | None) -> str | None:
        """The answer page from row ``offset`` on (None for None)."""
        if offset is None:
            return None
        pairs = {"q": self.answer.question, "offset": offset, "limit": self.answer.limit}
        return "/ask?" + urlencode(pairs)

    def editor_link(self) -> str:
        return "/sparql?" + urlencode({"query": self.answer.sparql or "", "format": "html"})


def _question() -> str:
    question = request.args.get("q", "")
    if len(question) > MAX_QUESTION_CHARS:
        raise SearchRequestError(
            f"the question is too long ({len(question)} characters; at most {MAX_QUESTION_CHARS})"
        )
    return question


def _window() -> tuple[int, int]:
    """The offset and page size asked for (``offset`` and ``limit``)."""
    offset = whole_number("offset", least=0) or 0
    limit = whole_number("limit", least=1, most=MAX_PAGE_ROWS) or DEFAULT_PAGE_ROWS
    return offset, limit


def answer_for_search(query: str) -> AnswerView | None:
    """The graph's answer to a search box query that reads as a question, else None."""
    if not query.strip():
        return None
    result = answer_question(g.settings, query, store=store(), search_hits=False)
    return AnswerView(result.answer) if result.answer.understood else None


@bp.get("/ask.json")
@bp.get("/ask")
def ask_page() -> Any:
    question = _question()
    if not question.strip():
        raise SearchRequestError("ask needs a question: /ask?q=…")
    offset, limit = _window()
    result: AskResult = answer_question(g.settings, question, store=store(), offset=offset, limit=limit)
    if wants_json():
        return jsonify(result.to_json())
    return render_template(
        "ask/page.html",
        query=question,
        result=result,
        view=AnswerView(result.answer),
        type_labels=TYPE_LABELS,
        entity_path=entity_href,
        source_path=source_path,
    )
