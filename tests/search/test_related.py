"""Related measures, each with the reason it is related."""

from __future__ import annotations

from kg.settings import Settings
from search.engine import Filters, search
from search.related import related


def _iri(settings: Settings, query: str, line: int) -> str:
    result = search(settings, query, Filters.of(types=["ProgressUpdate"]), page_size=50)
    return next(h.iri for h in result.hits if h.line == line)


def test_a_progress_update_naming_the_bundle_relates_to_the_others_naming_it(indexed: Settings) -> None:
    # line 36: 公金受取口座登録法及び預貯金口座個人番号利用申出法の成立(デジタル改革関連法)
    iri = _iri(indexed, "公金受取口座登録法", 36)
    found = related(indexed, iri, limit=20)
    assert iri not in {r.iri for r in found}
    by_line = {r.line: r for r in found}
    # lines 45 and 62 say （デジタル改革関連法） too
    for line in (45, 62):
        assert "同じ法律: デジタル改革関連法" in by_line[line].reasons
    # line 361 (公金受取口座の登録・利用の仕組みの創設) addresses the same issue 2.3
    assert "同じ課題: 2.3" in by_line[361].reasons
    assert all(r.type in ("Measure", "ProgressUpdate") for r in found)
    assert all(r.reasons for r in found)


def test_shared_agency_and_similar_text_are_reasons(indexed: Settings) -> None:
    # line 319: J-LIS … デジタル庁と総務省で共管
    result = search(indexed, "共管", Filters.of(types=["Measure"]))
    iri = result.hits[0].iri
    reasons = {reason for r in related(indexed, iri, limit=30) for reason in r.reasons}
    assert any(r.startswith("同じ機関: ") for r in reasons)
    assert "似た内容" in reasons


def test_unknown_iri_has_no_related_items(indexed: Settings) -> None:
    assert related(indexed, "https://w3id.org/policykg/id/nothing") == []
    assert related(indexed, "https://w3id.org/policykg/id/nothing", limit=0) == []
