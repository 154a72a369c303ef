"""An answer read a page at a time: every row once, in the order of the query shown, with the total.

A long list is read as its keys and then one page's rows (kg/ask/pages.py); the
query the answer shows is the whole query.  So for a question of every kind, the
pages walked one after another must give exactly the rows of the shown query run
whole on the store, in its order, and the total must be its number of rows.  The
seven entries of the seed report that name デジタル改革関連法 or one of its acts
(lines 25 … 75, as tests/search/test_ask.py lists them) are the hand-read case; the
measures they serve come with them (lifted links), each one of those a reader gives the
bundle (tests/gold/…/depends_on_law_items.tsv).
"""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner
from flask.testing import FlaskClient

from kg.ask.answer import Answer
from kg.ask.pages import MAX_PAGE_ROWS
from kg.errors import UsageError
from kg.settings import Settings
from kg.store.reader import ReadStore
from search.ask import answer_question
from search.ask_cli import ask as ask_command
from web import create_app

# One question of each kind (the kinds whose lists grow with the corpus are read by keys).
EVERY_KIND = [
    "デジタル改革関連法に基づく施策",
    "デジタル改革関連法に関係する課題",
    "デジタル庁が関わる取組",
    "総務省が関わる課題",
    "課題3.2の進捗",
    "課題3.2の施策",
    "令和4年度に予定されている施策",
    "2021年に実施された取組",
    "令和3年度の取組",
    "取組状況のない課題",
    "法令のない施策",
    "デジタル庁が言及されている箇所",
    "依拠する施策が多い法令",
    "都道府県別の交付率",
    "課題の数（テーマ別）",
    # counts and rankings read unordered and sorted as their query's ORDER BY sorts them
    "課題別の施策数",
    "進捗が多い課題",
    "テーマごとの施策数",
    "関与している施策が多い機関",
    "成立した法律は？",
]
BUNDLE = "デジタル改革関連法に基づく取組"  # 取組: the status rows and the measures
# The seed report's entries on the bundle デジタル改革関連法 and its acts: their lines.
REFORM_LINES = [25, 35, 36, 45, 54, 62, 75]
# The measures those entries serve, by reading (lifted links to the bundle or one of its acts).
REFORM_MEASURE_LINES = {319, 357, 361, 362, 387, 405, 419, 436, 437}


@pytest.fixture(scope="module")
def bundle_total(indexed: Settings) -> int:
    """Rows of the bundle's answer: the shown query run whole on the store."""
    first = answer_question(indexed, BUNDLE, limit=1).answer
    return len(ReadStore(indexed.data_dir).select(first.sparql or ""))


def split_lines(rows: list[dict[str, str]]) -> tuple[list[int], set[int]]:
    """Lines of the progress entries (sorted) and of the measures among ``rows``."""
    progress = sorted(int(r["line"]) for r in rows if r["type"] != "施策")
    return progress, {int(r["line"]) for r in rows if r["type"] == "施策"}


def plain(answer: Answer) -> list[dict[str, str]]:
    return [{c: cell.value for c, cell in row.items()} for row in answer.rows]


def walk(settings: Settings, question: str, limit: int) -> tuple[list[dict[str, str]], list[Answer]]:
    """Every page of the answer to ``question``, ``limit`` rows each, first to last."""
    rows: list[dict[str, str]] = []
    pages: list[Answer] = []
    offset: int | None = 0
    while offset is not None:
        answer = answer_question(settings, question, offset=offset, limit=limit).answer
        assert answer.understood, answer.message
        pages.append(answer)
        rows += plain(answer)
        offset = answer.next_offset
        assert len(pages) < 1000
    return rows, pages


@pytest.mark.parametrize("question", EVERY_KIND)
def test_pages_hold_the_shown_querys_rows_once_each_in_order(indexed: Settings, question: str) -> None:
    first = answer_question(indexed, question, limit=4).answer
    assert first.understood and first.sparql, first.message
    whole = ReadStore(indexed.data_dir).select(first.sparql)
    expected = [{c: row[c] for c in first.columns if c in row} for row in whole]
    assert len(expected) > 0, "every question here has an answer in the seed report"
    rows, pages = walk(indexed, question, limit=4)
    assert rows == expected
    assert {page.total for page in pages} == {len(expected)}
    assert [page.offset for page in pages] == list(range(0, len(expected), 4))
    assert all(len(page.rows) == 4 for page in pages[:-1]) and 1 <= len(pages[-1].rows) <= 4


def test_the_bundles_seven_entries_in_pages_of_three(indexed: Settings, bundle_total: int) -> None:
    rows, pages = walk(indexed, BUNDLE, limit=3)
    assert [len(p.rows) for p in pages] == [3] * (bundle_total // 3) + (
        [bundle_total % 3] if bundle_total % 3 else []
    )
    assert {p.total for p in pages} == {bundle_total}
    progress, measures = split_lines(rows)
    assert progress == REFORM_LINES
    assert measures <= REFORM_MEASURE_LINES and len(progress) + len(measures) == bundle_total
    assert len({r["item"] for r in rows}) == bundle_total
    assert pages[0].prev_offset is None and pages[1].prev_offset == 0 and pages[-1].next_offset is None


@pytest.mark.parametrize(("past", "limit"), [(0, 3), (1, 1), (693, 100)])
def test_a_page_past_the_end_is_refused(indexed: Settings, bundle_total: int, past: int, limit: int) -> None:
    offset = bundle_total + past
    with pytest.raises(
        UsageError, match=f"offset {offset} is past the end of the answer \\({bundle_total} rows\\)"
    ):
        answer_question(indexed, BUNDLE, offset=offset, limit=limit)


def test_an_empty_answer_has_one_empty_first_page(indexed: Settings) -> None:
    answer = answer_question(indexed, "厚労省が関わる施策").answer  # named only outside the items
    assert answer.understood and answer.rows == [] and answer.total == 0
    assert answer.next_offset is None and answer.prev_offset is None


@pytest.mark.parametrize(("offset", "limit"), [(-1, 10), (0, 0), (0, MAX_PAGE_ROWS + 1)])
def test_an_impossible_window_is_refused(indexed: Settings, offset: int, limit: int) -> None:
    with pytest.raises(UsageError):
        answer_question(indexed, BUNDLE, offset=offset, limit=limit)


@pytest.fixture(scope="module")
def client(indexed: Settings) -> FlaskClient:
    return create_app(indexed).test_client()


def test_json_next_links_lead_through_every_row(client: FlaskClient, bundle_total: int) -> None:
    url: str | None = "/ask.json?" + "q=" + BUNDLE + "&limit=3"
    rows: list[dict[str, str]] = []
    while url:
        body = client.get(url).get_json()
        assert body["total"] == bundle_total and body["limit"] == 3
        rows += [{"line": r["line"]["value"], "type": r["type"]["value"]} for r in body["rows"]]
        url = body["next"]
        if url:
            assert parse_qs(urlsplit(url).query)["offset"] == [str(body["offset"] + 3)]
    progress, measures = split_lines(rows)
    assert progress == REFORM_LINES and measures <= REFORM_MEASURE_LINES
    assert body["prev"] is not None and body["next"] is None


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("offset=700&limit=3", "offset 700 is past the end of the answer ("),
        ("offset=-1", "offset must be a whole number"),
        ("limit=0", "limit must be a whole number from 1"),
        (f"limit={MAX_PAGE_ROWS + 1}", "limit must be a whole number from 1"),
        ("offset=abc", "offset must be a whole number"),
    ],
)
def test_a_bad_page_is_400_with_its_reason(client: FlaskClient, query: str, words: str) -> None:
    path = "q=" + BUNDLE + "&" + query
    response = client.get("/ask.json?" + path)
    assert response.status_code == 400
    body = response.get_json()
    assert body["ok"] is False and words in body["error"]
    page = client.get("/ask?" + path)
    assert page.status_code == 400 and "Traceback" not in page.get_data(as_text=True)


def test_the_answer_page_links_to_the_next_page(client: FlaskClient, bundle_total: int) -> None:
    html = client.get("/ask", query_string={"q": BUNDLE, "limit": "3"}).get_data(as_text=True)
    assert f"{bundle_total} 件（1–3 件目を表示）" in html
    assert 'class="answer-next" rel="next" href="/ask?q=' in html and "offset=3&amp;limit=3" in html
    assert 'class="answer-prev"' not in html
    last_offset = (bundle_total - 1) // 3 * 3
    last = client.get("/ask", query_string={"q": BUNDLE, "limit": "3", "offset": str(last_offset)})
    text = last.get_data(as_text=True)
    assert (
        f"{bundle_total} 件（{last_offset + 1}–{bundle_total} 件目を表示）" in text
        and 'class="answer-prev"' in text
        and 'class="answer-next"' not in text
    )


def test_cli_pages_the_answer(indexed: Settings, bundle_total: int) -> None:
    data = str(indexed.data_dir)
    first = CliRunner().invoke(ask_command, [BUNDLE, "--limit", "3", "--data", data])
    assert first.exit_code == 0
    assert first.output.rstrip().endswith(f"(rows 1-3 of {bundle_total}; --offset 3 for the next 3)")
    last_offset = (bundle_total - 1) // 3 * 3
    last = CliRunner().invoke(
        ask_command,
        [BUNDLE, "--limit", "3", "--offset", str(last_offset), "--json", "--data", data],
    )
    body = json.loads(last.output)
    assert body["total"] == bundle_total and len(body["rows"]) == bundle_total - last_offset
    assert body["next"] is None


def test_cli_page_past_the_end_is_one_line(
    indexed: Settings, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.cli import cli, main

    # As the entry point registers it (an environment installed before the command had it not).
    monkeypatch.setitem(cli.commands, "ask", ask_command)
    with pytest.raises(SystemExit) as stopped:
        main(["ask", BUNDLE, "--offset", "700", "--data", str(indexed.data_dir)])
    assert stopped.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "offset 700 is past the end of the answer (" in err[0]
