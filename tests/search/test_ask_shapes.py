"""The kinds whose queries read whole indexes and join them by hash give the plain reading's answers.

The questions over every date, issue or figure of the store (kg/ask/kinds.py) are
written as sub-selects of one pattern each, so that Oxigraph reads each index once
instead of looking every row up.  Here each such answer is checked against the
graph read plainly (one group of patterns, or the rows filtered in Python), written
without the templates: the months of a date run from its start (or its end) to its
end, an open end counts in the month it starts (or, for what is planned or done, the fiscal year of
「令和3年度～」), a date written to the
year or fiscal year alone counts only for a period of a year or more, and 予定 or a start after the
document's month makes it planned.  The seed report
has each shape of date:
「（～3年7月）」 (an end alone, line 28), 「（3年5月～）」 (open, line 45), 「(4年1月～予定)」
(planned, line 34), 「（令和2年度）」 (a fiscal year, line 38).  A date that names the period
some records cover (「3年9月診療分以降」, line 34) is not when anything is done and counts nowhere.
"""

from __future__ import annotations

import pytest

from kg.settings import Settings
from kg.store.reader import ReadStore
from search.ask import answer_question

# Every row of an answer: the sample corpus's answers are far shorter.
ALL = 1000


def _dated(settings: Settings, measures: bool = False) -> list[dict[str, str]]:
    """The dated measures and progress updates (the measures alone where ``measures``: 施策 asked)."""
    classes = "{ ?item a pol:Measure }" + ("" if measures else " UNION { ?item a pol:ProgressUpdate }")
    return ReadStore(settings.data_dir).select(
        f"""SELECT ?item ?dateText ?start ?end ?planned ?open ?issued WHERE {{
             {classes}
             ?item pol:when ?d . ?d pol:dateText ?dateText ; pol:planned ?planned ; pol:openEnded ?open .
             FILTER NOT EXISTS {{ ?d pol:coveredPeriod true }}
             OPTIONAL {{ ?d pol:start ?start }} OPTIONAL {{ ?d pol:end ?end }}
             ?a oa:hasBody ?item ; oa:hasTarget/oa:hasSource ?doc . ?doc dcterms:issued ?issued }}"""
    )


def _month(value: str, last: bool) -> str:
    return value + ("-12" if last else "-01") if len(value) == 4 else value[:7]


def _in_period(row: dict[str, str], start: str, end: str, fiscal: bool) -> tuple[bool, str]:
    first = row.get("start") or row.get("end")
    if first is None:
        return False, ""
    last = row.get("end") or first
    if fiscal and not row.get("end") and row["open"] == "true" and "年度" in row["dateText"]:
        last = f"{int(first[:4]) + 1}-03"  # 「令和3年度～」 counts in the fiscal year it starts
    first, last = _month(first, False), _month(last, True)
    return first <= end and last >= start, first


def _span(start: str, end: str) -> int:
    return int(end[:4]) * 12 + int(end[5:]) - int(start[:4]) * 12 - int(start[5:]) + 1


def _expected(
    settings: Settings, kind: str, start: str, end: str, measures: bool = False
) -> set[tuple[str, str]]:
    out = set()
    for row in _dated(settings, measures):
        inside, first = _in_period(row, start, end, fiscal=kind != "period_items")
        year_only = "年度" in row["dateText"] or len(row.get("start") or row.get("end") or "") == 4
        if year_only and _span(start, end) < 12:
            continue
        planned = row["planned"] == "true"
        doc_month = row["issued"][:7]
        if not inside:
            continue
        # a date that starts after the document's month is planned; 「～3年12月」 (no start: done until
        # then, as line 63's マイナポイント事業) is not
        later = row.get("start") is not None and first > doc_month
        if kind == "period_planned" and not (planned or later):
            continue
        if kind == "period_done" and (planned or later):
            continue
        out.add((row["item"], row["dateText"]))
    return out


@pytest.mark.parametrize(
    ("question", "kind", "start", "end"),
    [
        ("令和4年度に予定されている施策", "period_planned", "2022-04", "2023-03"),
        ("令和3年度に予定されている取組", "period_planned", "2021-04", "2022-03"),
        ("2021年に予定されている取組", "period_planned", "2021-01", "2021-12"),
        ("2021年に実施された取組", "period_done", "2021-01", "2021-12"),
        ("令和2年度に実施された取組", "period_done", "2020-04", "2021-03"),
        ("令和3年度の取組", "period_items", "2021-04", "2022-03"),
        ("令和2年度の取組", "period_items", "2020-04", "2021-03"),
        ("2021年7月の取組", "period_items", "2021-07", "2021-07"),
    ],
)
def test_a_period_gives_the_plainly_filtered_dates(
    indexed: Settings, question: str, kind: str, start: str, end: str
) -> None:
    answer = answer_question(indexed, question, limit=ALL).answer
    assert answer.kind == kind, answer.message
    found = {(row["item"].value, row["dateText"].value) for row in answer.rows}
    # 施策: the measures alone (line 383's 「2022年末を目指し」 is one in 令和4年度)
    expected = _expected(indexed, kind, start, end, measures="施策" in question)
    assert expected, "each period has dated entries in the seed report"
    assert found == expected


def test_an_end_alone_counts_in_its_month(indexed: Settings) -> None:
    # line 28: 「…読み仮名の法制化を検討（～3年7月）」 ends in July 2021 and has no start
    answer = answer_question(indexed, "2021年7月の取組", limit=ALL).answer
    assert "～3年7月" in {row["dateText"].value for row in answer.rows}


def _labels(settings: Settings, question: str, kind: str) -> set[str]:
    answer = answer_question(settings, question, limit=ALL).answer
    assert answer.kind == kind, answer.message
    return {row["itemLabel"].value for row in answer.rows}


def test_the_period_records_cover_is_not_when_anything_is_done(indexed: Settings) -> None:
    # line 34: 「医療費通知情報(3年9月診療分以降)について…自動入力を実現予定(4年2月～)」 and
    # 「寄附金控除証明書(ふるさと納税)について令和3年分確定申告より…実現予定(4年1月～)」: September
    # 2021 and the year 2021 are the records' period; the work is planned from 2022
    medical, donation = "医療費通知情報", "寄附金控除証明書"
    for question, kind in (
        ("令和3年9月に実施された取組", "period_done"),
        ("2021年9月の取組", "period_items"),
        ("2021年の取組", "period_items"),
        ("令和3年に予定されている施策", "period_planned"),
    ):
        labels = _labels(settings=indexed, question=question, kind=kind)
        assert not any(label.startswith((medical, donation)) for label in labels), question
    planned = _labels(indexed, "2022年に予定されている取組", "period_planned")
    assert any(label.startswith(medical) for label in planned)
    assert any(label.startswith(donation) for label in planned)


def test_law_issues_give_the_plain_path(indexed: Settings) -> None:
    answer = answer_question(indexed, "デジタル改革関連法に関係する課題", limit=ALL).answer
    assert answer.kind == "law_issues" and answer.entities, answer.message
    law = answer.entities[0].iri
    plain = ReadStore(indexed.data_dir).select(
        f"""SELECT DISTINCT ?issue WHERE {{
              ?x pol:dependsOnLaw/dcterms:isPartOf? <{law}> ; pol:addressesIssue? ?issue .
              ?issue a pol:Issue }}"""
    )
    assert {row["issue"].value for row in answer.rows} == {row["issue"] for row in plain}


def test_issues_without_progress_give_the_plain_anti_join(indexed: Settings) -> None:
    answer = answer_question(indexed, "取組状況のない課題", limit=ALL).answer
    plain = ReadStore(indexed.data_dir).select(
        """SELECT ?issue WHERE { ?issue a pol:Issue
             FILTER NOT EXISTS { ?p a pol:ProgressUpdate ; pol:addressesIssue ?issue } }"""
    )
    assert {row["issue"].value for row in answer.rows} == {row["issue"] for row in plain}


def test_counts_by_theme_give_the_plain_group(indexed: Settings) -> None:
    answer = answer_question(indexed, "課題の数（テーマ別）", limit=ALL).answer
    plain = ReadStore(indexed.data_dir).select(
        """SELECT ?theme (COUNT(DISTINCT ?issue) AS ?count) WHERE {
             ?issue a pol:Issue ; pol:partOfTheme ?theme } GROUP BY ?theme"""
    )
    assert {(r["theme"].value, r["count"].value) for r in answer.rows} == {
        (r["theme"], r["count"]) for r in plain
    }


def test_prefecture_rates_give_every_prefectures_figure(indexed: Settings) -> None:
    answer = answer_question(indexed, "都道府県別の交付率", limit=ALL).answer
    plain = ReadStore(indexed.data_dir).select(
        """SELECT ?area ?label ?rate WHERE {
             ?obs a qb:Observation ; pol:refArea ?area ; pol:issuanceRate ?rate . ?area rdfs:label ?label }"""
    )
    prefectures = {"北海道", "東京都", "京都府", "大阪府"}
    expected = {
        (r["area"], r["rate"])
        for r in plain
        if r["label"] in prefectures or (r["label"].endswith("県") and 3 <= len(r["label"]) <= 4)
    }
    assert {(r["area"].value, r["rate"].value) for r in answer.rows} == expected
    rates = [float(r["rate"].value) for r in answer.rows]
    assert rates == sorted(rates, reverse=True)


@pytest.mark.parametrize("question", ["依拠する施策が多い法令", "依拠する取組が多い法令"])
def test_law_ranking_gives_the_plain_counts(indexed: Settings, question: str) -> None:
    answer = answer_question(indexed, question, limit=ALL).answer
    # 施策: the measures alone; 取組: the measures and the progress updates
    classes = "{ ?item a pol:Measure }" + (
        "" if "施策" in question else " UNION { ?item a pol:ProgressUpdate }"
    )
    plain = ReadStore(indexed.data_dir).select(
        f"""SELECT ?law (COUNT(DISTINCT ?item) AS ?count) WHERE {{
             {{ ?law a pol:Law }} UNION {{ ?law a pol:LawBundle }}
             ?item pol:dependsOnLaw/dcterms:isPartOf? ?law .
             {classes} }} GROUP BY ?law"""
    )
    assert {(r["law"].value, r["count"].value) for r in answer.rows} == {
        (r["law"], r["count"]) for r in plain
    }
    counts = [int(r["count"].value) for r in answer.rows]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.parametrize("question", ["デジタル改革関連法に基づく施策", "公的個人認証法に基づく取組"])
def test_law_items_give_the_plain_path(indexed: Settings, question: str) -> None:
    answer = answer_question(indexed, question, limit=ALL).answer
    assert answer.kind == "law_items" and answer.entities, answer.message
    # 施策: the measures alone; 取組: the measures and the progress updates
    classes = "{ ?item a pol:Measure }" + (
        "" if "施策" in question else " UNION { ?item a pol:ProgressUpdate }"
    )
    plain = ReadStore(indexed.data_dir).select(
        f"""SELECT DISTINCT ?item WHERE {{
              ?item pol:dependsOnLaw/dcterms:isPartOf? <{answer.entities[0].iri}> .
              {classes} }}"""
    )
    assert plain, "the seed report has entries on both (lines 25 … 75, 46)"
    assert {row["item"].value for row in answer.rows} == {row["item"] for row in plain}


@pytest.mark.parametrize("question", ["今後予定されている取組", "これから予定されている施策や取組"])
def test_what_is_planned_ahead_is_planned_in_any_period(indexed: Settings, question: str) -> None:
    answer = answer_question(indexed, question, limit=ALL).answer
    assert answer.kind == "planned_ahead", answer.message
    found = {(row["item"].value, row["dateText"].value) for row in answer.rows}
    assert found == _expected(indexed, "period_planned", "0001-01", "9999-12")
    # line 34: 「…地震保険料控除証明書についても同様に実現(3年10月～、4年1月～予定)」 is planned;
    # line 46: 「公的個人認証法改正（3年5月）」 was done
    dated = {row["dateText"].value for row in answer.rows}
    assert "4年1月～" in dated and "3年5月" not in dated
