"""Paging through every hit: `policykg search --offset/--page`, and next/prev in the JSON and the page."""

from __future__ import annotations

import json
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from click.testing import CliRunner
from flask import Flask

from kg.settings import Settings
from search.cli import search
from web import create_app

BROAD = "マイナンバー"  # named on most pages of the seed report
LIMIT = 7


def _cli_json(indexed: Settings, *args: str) -> dict[str, object]:
    result = CliRunner().invoke(search, [BROAD, "--json", "--data", str(indexed.data_dir), *args])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.output)
    return data


def _key(hit: dict[str, object]) -> tuple[object, ...]:
    return (hit["iri"], hit["document"], hit["line"], hit["type"])


def test_cli_offset_pages_through_every_hit_once(indexed: Settings) -> None:
    everything = _cli_json(indexed, "--limit", "200")
    total = everything["total"]
    assert isinstance(total, int) and LIMIT * 3 < total <= 200
    expected = [_key(h) for h in everything["hits"]]  # type: ignore[attr-defined]
    assert len(expected) == total

    paged: list[tuple[object, ...]] = []
    offset = 0
    while offset < total:
        page = _cli_json(indexed, "--limit", str(LIMIT), "--offset", str(offset))
        assert (page["total"], page["offset"], page["limit"]) == (total, offset, LIMIT)
        paged.extend(_key(h) for h in page["hits"])  # type: ignore[attr-defined]
        offset += LIMIT
    assert len(paged) == len(set(paged)), "a hit came twice"
    assert set(paged) == set(expected), "a hit is missing"
    assert paged == expected  # and in the same order as one big page


def test_cli_page_is_offset_in_pages(indexed: Settings) -> None:
    by_page = _cli_json(indexed, "--limit", str(LIMIT), "--page", "3")
    by_offset = _cli_json(indexed, "--limit", str(LIMIT), "--offset", str(2 * LIMIT))
    assert by_page["hits"] == by_offset["hits"] and by_page["offset"] == 2 * LIMIT


def test_cli_json_next_and_prev(indexed: Settings) -> None:
    first = _cli_json(indexed, "--limit", str(LIMIT))
    assert first["prev"] is None
    assert isinstance(first["next"], str)
    args = parse_qs(urlsplit(first["next"]).query)
    assert args["q"] == [BROAD] and args["offset"] == [str(LIMIT)] and args["limit"] == [str(LIMIT)]
    total = first["total"]
    assert isinstance(total, int)
    last = _cli_json(indexed, "--limit", str(LIMIT), "--offset", str((total - 1) // LIMIT * LIMIT))
    assert last["next"] is None and isinstance(last["prev"], str)


def test_cli_offset_and_page_together_is_one_usage_error(
    indexed: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    from kg.cli import main

    with pytest.raises(SystemExit) as caught:
        main(["search", BROAD, "--offset", "7", "--page", "2", "--data", str(indexed.data_dir)])
    assert caught.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--offset" in err[0] and "--page" in err[0]


@pytest.fixture
def app(indexed: Settings) -> Flask:
    return create_app(indexed)


def test_web_json_next_links_walk_every_hit(app: Flask) -> None:
    client = app.test_client()
    everything = client.get(f"/search.json?q={quote(BROAD)}&limit=200").get_json()
    expected = [_key(h) for h in everything["hits"]]
    seen: list[tuple[object, ...]] = []
    offsets: list[int] = []
    url: str | None = f"/search.json?q={quote(BROAD)}&limit={LIMIT}"
    while url:
        response = client.get(url)
        assert response.status_code == 200
        body = response.get_json()
        assert {"total", "offset", "limit", "next", "prev"} <= set(body)
        if offsets:
            assert parse_qs(urlsplit(body["prev"]).query)["offset"] == [str(offsets[-1])]
        else:
            assert body["prev"] is None
        offsets.append(body["offset"])
        seen.extend(_key(h) for h in body["hits"])
        url = body["next"]
    assert len(offsets) == -(-everything["total"] // LIMIT)
    assert seen == expected


def test_web_prev_leads_back(app: Flask) -> None:
    client = app.test_client()
    second = client.get(f"/search.json?q={quote(BROAD)}&offset={LIMIT}&limit={LIMIT}").get_json()
    back = client.get(second["prev"]).get_json()
    assert back["offset"] == 0 and back["prev"] is None
    first = client.get(f"/search.json?q={quote(BROAD)}&limit={LIMIT}").get_json()
    assert back["hits"] == first["hits"]


def test_the_page_links_walk_with_offsets_too(app: Flask) -> None:
    client = app.test_client()
    html = client.get(f"/search?q={quote(BROAD)}").get_data(as_text=True)
    assert 'rel="next" href="/search?q=' in html and "page=2" in html and 'rel="prev"' not in html
    html = client.get(f"/search?q={quote(BROAD)}&offset=3&limit=5").get_data(as_text=True)
    assert "offset=8&amp;limit=5" in html and "offset=0&amp;limit=5" in html
    assert '<ol class="hit-list" start="4">' in html
