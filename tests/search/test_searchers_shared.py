"""Searches from many threads share a few Whoosh searchers and answer as one thread does."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from kg.settings import Settings
from search.engine import Filters, search
from search.index import SEARCHERS, holder

QUERIES = ["マイナンバーカード", "公金受取口座", "電子証明書", "デジタル庁", "住民基本台帳", "戸籍"]


def _answer(settings: Settings, query: str) -> tuple[int, list[str]]:
    result = search(settings, query, Filters(), page_size=21)
    return result.total, [h.iri for h in result.hits]


def test_eight_threads_at_once_get_the_answers_of_one(indexed: Settings) -> None:
    alone = {q: _answer(indexed, q) for q in QUERIES}
    # A search result is kept per generation: fresh pages make each thread search.
    work = [(q, page) for q in QUERIES for page in (1, 2, 3)]

    def run(job: tuple[str, int]) -> tuple[str, int, tuple[int, list[str]]]:
        q, page = job
        result = search(indexed, q, Filters(), page=page, page_size=7)
        return q, page, (result.total, [h.iri for h in result.hits])

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(run, work * 4))
    for q, page, (total, iris) in answers:
        assert total == alone[q][0]
        assert iris == alone[q][1][(page - 1) * 7 : page * 7]


def test_no_more_searchers_are_open_than_the_pool_allows(indexed: Settings) -> None:
    index_holder = holder(indexed.data_dir)
    lent: list[object] = []
    at_once = 0
    most = 0
    gate = threading.Lock()
    start = threading.Barrier(6)

    def borrow() -> None:
        nonlocal at_once, most
        start.wait()
        with index_holder.searcher() as (_, searcher):
            with gate:
                at_once += 1
                most = max(most, at_once)
                lent.append(searcher)
            threading.Event().wait(0.05)
            with gate:
                at_once -= 1

    threads = [threading.Thread(target=borrow) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert len(lent) == 6
    assert most <= SEARCHERS
    assert len({id(s) for s in lent}) <= SEARCHERS
