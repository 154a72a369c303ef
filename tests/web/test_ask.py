"""``/ask`` and the search box: the same answers as ``policykg ask``, shown with their query.

Expected answers are those of tests/search/test_ask.py (read from the seed report);
here the point is that every way in gives the same answer, in a usable page.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from click.testing import CliRunner
from flask import Flask
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.settings import Settings
from search.ask_cli import ask
from search.build import build_index
from web import create_app

QUESTIONS = [
    "デジタル改革関連法に基づく施策は？",
    "J-LISが関わる取組",
    "課題3.2の進捗",
    "令和4年度に予定されている施策",
    "デジタル庁が言及されている箇所",
    "都道府県別の交付率",
    "道路交通法に基づく施策",
    "マイナンバーカードの予算はいくら？",
]


@pytest.fixture(scope="module")
def indexed(built: Settings) -> Settings:
    build_index(built)  # kept when the build already made it
    return built


@pytest.fixture(scope="module")
def app(indexed: Settings) -> Flask:
    return create_app(indexed)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def cli_json(settings: Settings, question: str) -> dict[str, object]:
    result = CliRunner().invoke(ask, [question, "--json", "--data", str(settings.data_dir)])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.output)
    return data


@pytest.mark.parametrize("question", QUESTIONS)
def test_cli_and_json_endpoint_agree(indexed: Settings, client: FlaskClient, question: str) -> None:
    from_cli = cli_json(indexed, question)
    for response in (
        client.get("/ask.json", query_string={"q": question}),
        client.get("/ask", query_string={"q": question}, headers={"Accept": "application/json"}),
    ):
        assert response.status_code == 200
        assert response.get_json() == from_cli
    assert from_cli["question"] == question


def test_json_shape(client: FlaskClient) -> None:
    data = client.get("/ask.json", query_string={"q": "J-LISが関わる取組"}).get_json()
    assert data["understood"] is True and data["fallback"] is None and data["hits"] == []
    assert data["reading"] == "機関: 地方公共団体情報システム機構（下部組織を含む） → 関わる施策・取組状況"
    assert data["columns"] == ["item", "itemLabel", "type", "document", "line"]
    assert data["sparql"].startswith("SELECT")
    lines = sorted(int(r["line"]["value"]) for r in data["rows"])
    assert lines == [25, 319, 399]
    assert all(r["item"]["type"] == "iri" and r["itemLabel"]["type"] == "literal" for r in data["rows"])
    unknown = client.get("/ask.json", query_string={"q": "道路交通法に基づく施策"}).get_json()
    assert unknown["understood"] is False and unknown["sparql"] is None and unknown["rows"] == []
    assert unknown["message"] == "法令「道路交通法」はグラフにありません"
    assert unknown["fallback"] == "search" and isinstance(unknown["hits"], list)


def test_cli_prints_the_reading_the_table_and_the_query(indexed: Settings) -> None:
    args = ["デジタル改革関連法に基づく施策", "--show-query", "--data", str(indexed.data_dir)]
    result = CliRunner().invoke(ask, args)
    assert result.exit_code == 0
    out = result.output
    reading = "読み取り: 法令: デジタル改革関連法（構成法を含む） → 依拠する施策（取組状況を除く）"
    assert out.startswith(reading)
    assert "pol:dependsOnLaw/dcterms:isPartOf? <https://w3id.org/policykg/id/law/digital-reform-acts>" in out
    assert "公的個人認証法改正" not in out  # line 46 names an act outside the bundle
    rows = re.search(r"\((\d+) rows\)$", out.rstrip())
    # 施策: the nine measures the bundle's seven status rows report on (lines 319 … 437), not the rows
    assert rows is not None and int(rows.group(1)) == 9


def test_cli_falls_back_in_one_line(indexed: Settings) -> None:
    result = CliRunner().invoke(ask, ["マイナンバーカードの予算はいくら？", "--data", str(indexed.data_dir)])
    assert result.exit_code == 0
    first, *rest = result.output.splitlines()
    assert first == "質問の形を読み取れませんでした。全文検索の結果を示します。"
    assert rest and re.fullmatch(r"\(\d+ of \d+ hits\)", rest[-1])


def test_answer_page_links_entities_and_the_editor(client: FlaskClient) -> None:
    html = client.get("/ask", query_string={"q": "J-LISが関わる取組"}).get_data(as_text=True)
    assert "機関: 地方公共団体情報システム機構（下部組織を含む） → 関わる施策・取組状況" in html
    assert 'href="/id/doc/digital-wg-followup-2021-10-22/' in html  # the items' own pages
    assert 'href="/documents/digital-wg-followup-2021-10-22#L399"' in html
    editor = re.search(r'class="open-in-editor" href="([^"]+)"', html)
    assert editor is not None
    link = editor.group(1).replace("&amp;", "&")
    query = parse_qs(urlsplit(link).query)["query"][0]
    assert "org:subOrganizationOf* <https://w3id.org/policykg/id/agency/j-lis>" in query
    opened = client.get(link, headers={"Accept": "text/html"})
    assert opened.status_code == 200 and "pol:involvesAgency" in opened.get_data(as_text=True)


def test_answer_page_falls_back_with_hits(client: FlaskClient) -> None:
    html = client.get("/ask", query_string={"q": "マイナンバーカードの予算はいくら？"}).get_data(as_text=True)
    assert "質問の形を読み取れませんでした。全文検索の結果を示します。" in html
    assert 'class="hit"' in html and 'id="answer"' not in html


def test_search_page_shows_the_answer_above_the_hits(client: FlaskClient) -> None:
    html = client.get("/search", query_string={"q": "デジタル改革関連法に基づく施策は？"}).get_data(
        as_text=True
    )
    assert 'id="answer"' in html
    assert "法令: デジタル改革関連法（構成法を含む） → 依拠する施策（取組状況を除く）" in html
    assert html.index('id="answer"') < html.index('class="hits"')


def test_search_page_without_a_question_has_no_answer(client: FlaskClient) -> None:
    html = client.get("/search", query_string={"q": "マイナンバーカード"}).get_data(as_text=True)
    assert 'id="answer"' not in html and 'class="hit"' in html


@pytest.mark.parametrize("query", [{}, {"q": ""}, {"q": "あ" * 1001}])
def test_bad_questions_are_400(client: FlaskClient, query: dict[str, str]) -> None:
    response = client.get("/ask.json", query_string=query)
    assert response.status_code == 400
    body = response.get_json()
    assert body["ok"] is False and body["code"] == "E510" and body["error"]
    page = client.get("/ask", query_string=query)
    assert page.status_code == 400 and "Traceback" not in page.get_data(as_text=True)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.text(max_size=80))
def test_fuzzed_questions_never_give_500(client: FlaskClient, question: str) -> None:
    response = client.get("/ask.json", query_string={"q": question})
    assert response.status_code in (200, 400)
    assert (
        response.get_json()["ok"] is False
        if response.status_code == 400
        else "understood" in response.get_json()
    )


def test_a_hostile_question_is_inert(client: FlaskClient) -> None:
    script = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
    for path in ("/ask", "/search"):
        html = client.get(path, query_string={"q": script + "に基づく施策"}).get_data(as_text=True)
        assert "<script>alert(1)" not in html and "<img src=x" not in html


def test_cli_refuses_an_empty_question(indexed: Settings) -> None:
    result = CliRunner().invoke(ask, ["  ", "--data", str(indexed.data_dir)])
    assert result.exit_code == 2
    assert "QUESTION is empty" in result.output
