"""A page wanted by several requests at once is rendered once."""

from __future__ import annotations

import threading

from web.entities import PageCache
from web.memory import give_back_freed_memory, limit_malloc_arenas


def test_requests_at_once_for_one_page_render_it_once() -> None:
    cache = PageCache(budget=1_000_000)
    renders = 0
    count = threading.Lock()
    start = threading.Barrier(6)
    pages: list[str] = []

    def render() -> str:
        nonlocal renders
        with count:
            renders += 1
        threading.Event().wait(0.1)  # long enough for every request to arrive while it runs
        return "<html>デジタル庁</html>"

    def request() -> None:
        start.wait()
        pages.append(cache.get_or_render(("g1", "i1", "https://w3id.org/policykg/id/agency/x"), render))

    threads = [threading.Thread(target=request) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert renders == 1
    assert pages == ["<html>デジタル庁</html>"] * 6


def test_other_pages_render_side_by_side() -> None:
    cache = PageCache(budget=1_000_000)
    both_running = threading.Barrier(2, timeout=10)

    def render(name: str) -> str:
        both_running.wait()  # would time out if the second page waited for the first
        return name

    out: dict[str, str] = {}

    def request(name: str) -> None:
        out[name] = cache.get_or_render(("g1", "i1", name), lambda: render(name))

    threads = [threading.Thread(target=request, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert out == {"a": "a", "b": "b"}


def test_a_page_too_large_to_keep_is_still_served() -> None:
    cache = PageCache(budget=10)
    assert cache.get_or_render(("g", "i", "x"), lambda: "x" * 100) == "x" * 100
    assert cache.get(("g", "i", "x")) is None


def test_the_heap_calls_work_on_this_machine() -> None:
    assert limit_malloc_arenas(8) is True  # glibc here; the default cap, so nothing changes for others
    give_back_freed_memory()
