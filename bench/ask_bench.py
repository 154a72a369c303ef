"""Question-answering benchmark: the time ``policykg ask`` takes to answer, per kind of question.

Builds the sample corpus (or, with ``--documents N``, N variants of it written
by ``bench/corpus_gen.py``; or reads ``--data DIR`` already built), then times
one question of each kind in process through :func:`search.ask.answer_question`
— reading, name resolution, the SPARQL on the embedded store — with the store's
answer cache emptied before every run, so each is a real query.  The names
asked about are taken from the graph (the law with the most dependants, the
agency with the most items, the issue with the most progress updates), so the
questions are answered on a generated corpus too.  An answer is its first page
(the default page size, as ``policykg ask`` and ``/ask`` show it) with the total.
Prints, per kind, the rows in all, the median and p90, and over all, against the
target (median ≤ 300 ms).

Run with `.venv/bin/python bench/ask_bench.py [--documents N] [--data DIR] [--rounds R]`.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.build import build  # noqa: E402
from kg.settings import Settings, load_settings  # noqa: E402
from kg.store.reader import ReadStore  # noqa: E402
from search.ask import answer_question, lexicon_for  # noqa: E402

TARGET_MEDIAN_MS = 300.0


def _one(store: ReadStore, sparql: str, name: str) -> str:
    rows = store.select(sparql)
    return rows[0][name] if rows else ""


def questions(store: ReadStore) -> list[tuple[str, str]]:
    """(kind, question) with names the graph holds."""
    law = _one(
        store,
        "SELECT ?l (COUNT(?i) AS ?n) WHERE { ?i pol:dependsOnLaw ?law . ?law rdfs:label ?l } "
        "GROUP BY ?l ORDER BY DESC(?n) LIMIT 1",
        "l",
    )
    agency = _one(
        store,
        "SELECT ?l (COUNT(?i) AS ?n) WHERE { ?i pol:involvesAgency ?a . ?a rdfs:label ?l } "
        "GROUP BY ?l ORDER BY DESC(?n) LIMIT 1",
        "l",
    )
    issue = _one(
        store,
        "SELECT ?num (COUNT(?p) AS ?n) WHERE { ?p a pol:ProgressUpdate ; pol:addressesIssue ?i . "
        "?i pol:number ?num } GROUP BY ?num ORDER BY DESC(?n) LIMIT 1",
        "num",
    )
    return [
        ("law_items", f"{law}に基づく施策は？"),
        ("law_issues", f"{law}に関係する課題"),
        ("agency_items", f"{agency}が関わる取組"),
        ("agency_issues", f"{agency}が関わる課題"),
        ("issue_progress", f"課題{issue}の進捗"),
        ("issue_measures", f"課題{issue}の施策"),
        ("period_planned", "令和4年度に予定されている施策"),
        ("period_done", "2021年に実施された取組"),
        ("period_items", "令和3年度の取組"),
        ("issues_without_progress", "取組状況のない課題"),
        ("measures_without_law", "法令のない施策"),
        ("mentions", f"{agency}が言及されている箇所"),
        ("law_ranking", "依拠する施策が多い法令"),
        ("prefecture_rates", "都道府県別の交付率"),
        ("issue_count_by_theme", "課題の数（テーマ別）"),
        ("law_amends", f"{law}を改正した取組"),
        ("prefecture_rate_highest", "交付率が一番高い都道府県"),
        ("measures_by_issue", "課題別の施策数"),
        ("progress_by_issue", "進捗が多い課題"),
        ("agency_ranking", "関与している施策が多い機関"),
        ("measures_by_theme", "テーマごとの施策数"),
        ("issue_total", "課題は全部でいくつ"),
        ("measures_with_law_total", "法律に基づく施策は何件"),
        ("progress_per_issue", "課題ごとの進捗件数"),
        ("progress_by_issue_cut", "進捗が多い課題トップ3"),
        ("law_ranking_cut", "依拠する施策が多い法令上位5"),
        ("prefecture_rates_cut", "交付率40%以上の都道府県"),
        ("town_rates_cut", "町村で交付率が高い上位3団体"),
        ("facility_shares_cut", "申込割合が最も高い施設種別"),
        ("agency_items_progress", f"{agency}の進捗"),
        ("law_amends_progress", f"{law}の改正に関する進捗"),
        ("act_kind_items", "法改正を実施した取組"),
        ("council_list", "審議会・研究会・検討会の一覧"),
        ("prefecture_rates_in", "関東の都県の交付率"),
        ("agency_items_and", f"{agency}と総務省の両方が関わる施策"),
        ("issues_without_progress_and", "進捗のない課題で、法律が関係しているもの"),
        ("period_done_month", "2021年5月に実施された取組"),
        ("agency_themes", f"{agency}が関係するテーマ"),
        ("laws_acted", "成立した法律は？"),
        ("issues_by_theme", "テーマ別の課題一覧"),
        ("items_by_issue", "課題ごとの施策"),
        ("items_by_theme", "テーマごとの施策"),
        ("agency_items_topics", f"{agency}で何を検討している？"),
        ("period_done_range", "令和3年7月から8月にかけて実施された取組"),
        ("period_planned_by", "2022年までに着手すべき施策"),
        # kinds read since the 46 above: lists of what the documents name, a count per thing, a class kept
        # or left out, issues named by their words, themes with none, a scope with a condition
        ("law_list", "法律の一覧"),
        ("agency_list", "出てくる省庁を列挙して"),
        ("theme_list", "テーマは何がありますか"),
        ("goal_list", "目標の一覧"),
        ("measures_per_issue", "課題ひとつひとつに施策が何件あるか"),
        ("issues_without_measures", "施策のない課題"),
        ("issues_with_progress", "進捗のある課題"),
        ("law_progress_only", f"{law}に基づく取組状況だけ"),
        ("worded_progress", "デジタル活用支援の進み具合"),
        ("worded_issues", "認証に関する課題"),
        ("themes_without_issues", "課題が書かれていないテーマ"),
        ("theme_law_items", "テーマ3で法律に基づく施策"),
        ("above_national_rate", "全国平均より交付率が高い都道府県"),
        # things named by words their labels hold
        ("measures_worded", "マイナポータルに関する施策"),
        ("items_worded", "デジタル活用支援の取組"),
        ("issue_of_items", "二次元コード付き申請書の送付はどの課題？"),
        ("goals_worded", "ワンス・オンリーに関する目標"),
        ("fallback", "マイナンバーカードの予算はいくら？"),
    ]


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run(settings: Settings, rounds: int, kinds: frozenset[str] = frozenset()) -> None:
    store = ReadStore(settings.data_dir)
    started = time.perf_counter()
    lexicon_for(store)
    print(f"names read from the store once per generation: {(time.perf_counter() - started) * 1000:.0f} ms")
    every: list[float] = []
    print(f"{'kind':34} {'rows':>7} {'median ms':>10} {'p90 ms':>8}")
    for kind, question in questions(store):
        if kinds and kind not in kinds:
            continue
        times = []
        rows = 0
        for _ in range(rounds):
            store._select_cache.clear()  # every run a real query, not the generation's cached answer
            t0 = time.perf_counter()
            result = answer_question(settings, question, store=store)
            times.append((time.perf_counter() - t0) * 1000)
            answer = result.answer
            rows = answer.total if answer.understood else len(answer.candidates) or result.total_hits
            # An issue number repeats in every edition of a generated corpus: the candidates are the answer.
            assert answer.understood == (kind != "fallback") or answer.candidates, (question, answer.message)
        if result.answer.candidates:
            kind += " (ambiguous)"
        every += times
        print(f"{kind:34} {rows:>7} {statistics.median(times):>10.1f} {_percentile(times, 0.9):>8.1f}")
    median = statistics.median(every)
    verdict = "met" if median <= TARGET_MEDIAN_MS else "NOT met"
    print(
        f"{'all':34} {'':>7} {median:>10.1f} {_percentile(every, 0.9):>8.1f}"
        f"  (target median ≤ {TARGET_MEDIAN_MS:.0f} ms: {verdict})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=None, help="generate and build N documents")
    parser.add_argument("--data", type=Path, default=None, help="an already built data folder")
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--kinds", default="", help="only these kinds (comma-separated)")
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory(prefix="ask-bench-") as tmp:
        if args.data is not None:
            data = args.data
            corpus = ROOT / "corpus"
        else:
            data = Path(tmp) / "data"
            corpus = ROOT / "corpus"
            if args.documents:
                corpus = Path(tmp) / "corpus"
                gen = [sys.executable, str(ROOT / "bench" / "corpus_gen.py"), str(corpus)]
                subprocess.run([*gen, "--documents", str(args.documents)], check=True)
        settings = load_settings(env={}, config_path=None, overrides={"data_dir": data, "corpus_dir": corpus})
        if args.data is None:
            t0 = time.perf_counter()
            report = build(settings)
            print(f"built {len(report.documents)} documents in {time.perf_counter() - t0:.0f} s")
        run(settings, args.rounds, frozenset(k for k in args.kinds.split(",") if k))


if __name__ == "__main__":
    main()
