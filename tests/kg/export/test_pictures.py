"""Timelines, the prefecture map and the charts, drawn from the built sample corpus's store.

Expected figures are read from the seed report's text at test time (its statistics
tables: 団体区分別, the two 上位10団体 lists, 都道府県別, and the オンライン資格確認
facility counts); the pictures must show exactly those numbers, reached through
SPARQL over the store.  Expected dates of issue 2.1 are written down from its row
of the status table (line 34 of the report).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from kg.cli import main
from kg.errors import ExportError, NotFoundError
from kg.export import charts
from kg.export.picture_data import _item, dataset, datasets_of, timeline
from kg.export.pictures import draw, focus_iri
from kg.rdf import areas
from kg.rdf.iris import document as document_iri
from kg.settings import Settings
from kg.store.reader import ReadStore
from tests.conftest import ROOT, SEED_ID, SEEDS, SHARED, shared_file

SVG = "{http://www.w3.org/2000/svg}"
DOC = str(document_iri(SEED_ID))


# --------------------------------------------------------------------------- the source tables


def _source_lines() -> list[str]:
    return shared_file(SEEDS / f"{SEED_ID}.txt").read_text(encoding="utf-8").splitlines()


def _figure(cell: str) -> float:
    return float(re.sub(r"[^0-9.]", "", cell))


def _card_rows(start: str, stop: str) -> list[tuple[str, float, float, float]]:
    """The (name, population, issued, rate) rows of the card tables between two headings."""
    lines = _source_lines()
    begin = next(n for n, line in enumerate(lines) if line.strip() == start)
    rows = []
    for line in lines[begin + 1 :]:
        if line.strip() == stop:
            break
        cells = line.split("\t")
        if len(cells) == 4 and cells[3].strip().endswith("%"):
            rows.append((cells[0].strip(), _figure(cells[1]), _figure(cells[2]), _figure(cells[3])))
    return rows


def _facility_blocks() -> list[list[tuple[str, float]]]:
    """The facility counts per stage: 申込 (four rows of 「病院	6,381 /	8,238施設	77.5%」), then
    準備完了 and 運用開始 (two rows each of 「病院	1,627 施設	医科診療所	6,072 施設」)."""
    kinds = ("病院", "医科診療所", "歯科診療所", "薬局")
    rows = [line.split("\t") for line in _source_lines() if line.split("\t")[0] in kinds]
    applied = [(r[0], _figure(r[1])) for r in rows[:4]]
    pairs = [(r[i], _figure(r[i + 1])) for r in rows[4:] for i in (0, 2)]
    return [applied, pairs[:4], pairs[4:8]]


# --------------------------------------------------------------------------- area codes


def test_the_code_list_regenerates_identically() -> None:
    source = shared_file(SHARED / "data" / "municipalities.csv")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from make_area_codes import generate
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    shipped = (ROOT / "kg" / "data" / "local_governments.csv").read_text(encoding="utf-8")
    assert generate(source) == shipped


def test_the_generator_runs_as_a_script(tmp_path: Path) -> None:
    source = shared_file(SHARED / "data" / "municipalities.csv")
    out = tmp_path / "codes.csv"
    script = ROOT / "scripts" / "make_area_codes.py"
    subprocess.run([sys.executable, str(script), str(source), str(out)], check=True)
    shipped = ROOT / "kg" / "data" / "local_governments.csv"
    assert out.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8")


def test_prefecture_check_digits_follow_the_rule_every_municipality_code_follows() -> None:
    # The rule is checked against all 1,747 published municipality codes, then applied to NN000.
    source = shared_file(SHARED / "data" / "municipalities.csv")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from make_area_codes import check_digit
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    with source.open(encoding="utf-8") as fh:
        codes = [row["lg_code"] for row in csv.DictReader(fh)]
    assert len(codes) == 1747
    assert all(check_digit(code[:5]) == code[5] for code in codes)
    prefectures = {p.name: p.code for p in areas.prefectures()}
    assert len(prefectures) == 47
    assert prefectures["北海道"] == "010006"  # the example of SOURCES.md


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("北海道", "010006"),
        ("石川県加賀市", "172065"),
        ("茨城県五霞町", "085421"),
        ("五霞町", "085421"),
        ("福島県桑折町", "073016"),
        ("伊達市", None),  # 北海道 and 福島県 both have one
        ("全国", None),
        ("指定都市", None),
    ],
)
def test_areas_resolve_by_name_to_one_code(written: str, code: str | None) -> None:
    body = areas.resolve(written)
    assert (body.code if body else None) == code


def test_the_tile_layout_places_each_prefecture_once() -> None:
    tiles = charts.tiles()
    assert len(tiles) == 47
    assert len({(t.row, t.col) for t in tiles}) == 47
    names = {p.prefecture_code: p.name for p in areas.prefectures()}
    assert {t.prefecture_code: t.name for t in tiles} == names


def test_observations_join_on_codes_in_the_store(built: Settings) -> None:
    rows = ReadStore(built.data_dir).select(
        "SELECT ?code ?prefecture WHERE { ?o pol:refArea ?area . ?area pol:localGovernmentCode ?code ; "
        'rdfs:label "茨城県五霞町"@ja ; pol:prefecture/pol:localGovernmentCode ?prefecture }'
    )
    assert rows == [{"code": "085421", "prefecture": "080004"}]


# --------------------------------------------------------------------------- the map


# The paragraph that follows the 都道府県別 table in the report.
PREFECTURE_TABLE_END = "".join(
    (
        "マイナンバーカードの保険証利用を可能とする「オンライン資格確認」",
        "については、以下のスケジュールで本格運用を開始。",
    )
)


def _prefecture_dataset(store: ReadStore) -> str:
    found = [ds for ds in datasets_of(store, DOC) if dataset(store, ds).is_per_prefecture]
    assert len(found) == 1
    return found[0]


def _csv(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_the_prefecture_map_shows_the_47_values_of_the_source_table(built: Settings) -> None:
    expected = _card_rows("3 都道府県別", PREFECTURE_TABLE_END)
    assert len(expected) == 47
    store = ReadStore(built.data_dir)
    iri = _prefecture_dataset(store)
    root = ET.fromstring(draw(store, "map", iri, "svg").data)
    assert root.get("role") == "img" and root.find(f"{SVG}title") is not None
    tiles = root.findall(f".//{SVG}a")
    names = {p.code: p.name for p in areas.prefectures()}
    shown = {names[a.get("data-code", "")]: float(a.get("data-value", "nan")) for a in tiles}
    assert shown == {name: rate for name, _, _, rate in expected}
    # each tile says its name and its value in words, for screen readers and tooltips
    titles = {a.findtext(f"{SVG}title") for a in tiles}
    assert "北海道：34.4%" in titles and "宮崎県：49.8%" in titles
    for measure, column in (("population", 1), ("issuedCards", 2), ("issuanceRate", 3)):
        rows = _csv(draw(store, "map", iri, "csv", measure=measure).data)
        assert {r["category"]: float(r["value"]) for r in rows} == {row[0]: row[column] for row in expected}


def test_the_map_legend_and_period(built: Settings) -> None:
    store = ReadStore(built.data_dir)
    text = draw(store, "map", _prefecture_dataset(store), "svg").data.decode()
    assert "30.3%～" in text and "～49.8%" in text  # the scale runs from 沖縄県 to 宮崎県
    assert "2021-10-01 現在" in text  # 「（令和3年10月1日現在）」
    assert "出典：" in text


@pytest.mark.parametrize(("start", "stop"), [("【特別区・市】", "【町村】"), ("【町村】", "3 都道府県別")])
def test_a_list_of_municipalities_maps_as_how_many_each_prefecture_has(
    built: Settings, start: str, stop: str
) -> None:
    # 「石川県加賀市」 → 石川県: the prefecture is the name up to its 都, 道, 府 or 県
    listed = Counter(re.match(r"(.+?[都道府県])", name)[1] for name, *_ in _card_rows(start, stop))  # type: ignore[index]
    assert sum(listed.values()) == 10
    store = ReadStore(built.data_dir)
    label = "区分別交付率上位10団体 " + start
    (iri,) = [ds for ds in datasets_of(store, DOC) if dataset(store, ds).label == label]
    rows = _csv(draw(store, "map", iri, "csv").data)
    assert len(rows) == 47 and {r["unit"] for r in rows} == {"団体"}
    assert {r["category"]: int(r["value"]) for r in rows if r["value"] != "0"} == dict(listed)
    root = ET.fromstring(draw(store, "map", iri, "svg").data)
    assert len([a for a in root.iter(f"{SVG}a") if a.get("class") == "map-tile"]) == 47


# --------------------------------------------------------------------------- the charts


def _bars(data: bytes) -> list[tuple[str, float]]:
    root = ET.fromstring(data)
    return [
        (a.findtext(f"{SVG}title", "").split("：")[0], float(a.get("data-value", "nan")))
        for a in root.iter(f"{SVG}a")
        if a.get("class") == "chart-bar"
    ]


def test_the_card_tables_render_as_charts_of_the_source_values(built: Settings) -> None:
    store = ReadStore(built.data_dir)
    charted = [ds for ds in datasets_of(store, DOC) if not dataset(store, ds).is_per_prefecture]
    by_label = {dataset(store, ds).label: ds for ds in charted}
    tables = {
        "団体区分別": _card_rows("1 団体区分別", "2 区分別交付率上位10団体"),
        "区分別交付率上位10団体 【特別区・市】": _card_rows("【特別区・市】", "【町村】"),
        "区分別交付率上位10団体 【町村】": _card_rows("【町村】", "3 都道府県別"),
    }
    for label, rows in tables.items():
        assert len(rows) in (5, 10)
        data = draw(store, "chart", by_label[label], "svg").data
        assert _bars(data) == [(name, rate) for name, _, _, rate in rows], label
        for measure, column in (("population", 1), ("issuedCards", 2)):
            csv_rows = _csv(draw(store, "chart", by_label[label], "csv", measure=measure).data)
            assert [(r["category"], float(r["value"])) for r in csv_rows] == [(r[0], r[column]) for r in rows]
            assert {r["unit"] for r in csv_rows} == {"人" if measure == "population" else "枚"}
            drawn = _bars(draw(store, "chart", by_label[label], "svg", measure=measure).data)
            assert drawn == [(r[0], r[column]) for r in rows]  # whole numbers in full (1,800,192)


def test_the_facility_tables_render_as_charts_of_the_source_counts(built: Settings) -> None:
    store = ReadStore(built.data_dir)
    facility = [ds for ds in datasets_of(store, DOC) if "facilityCount" in dataset(store, ds).measures]
    assert len(facility) == 3
    for iri, expected in zip(facility, _facility_blocks(), strict=True):
        rows = _csv(draw(store, "chart", iri, "csv", measure="facilityCount").data)
        assert [(r["category"].split()[0], float(r["value"])) for r in rows] == expected
        drawn = _bars(draw(store, "chart", iri, "svg", measure="facilityCount").data)
        assert [(name.split()[0], value) for name, value in drawn] == expected


def test_a_chart_names_its_unit_period_and_source(built: Settings) -> None:
    store = ReadStore(built.data_dir)
    iri = datasets_of(store, DOC)[0]
    text = draw(store, "chart", iri, "svg").data.decode()
    assert "単位：%" in text and "2021-10-01 現在" in text and "出典：デジタル庁" in text


def test_an_unknown_measure_is_one_clear_error(built: Settings) -> None:
    store = ReadStore(built.data_dir)
    with pytest.raises(ExportError, match="'rate' is not a measure"):
        draw(store, "chart", datasets_of(store, DOC)[0], "svg", measure="rate")


# --------------------------------------------------------------------------- timelines

# Issue 2.1's row of the status table (line 34): each date with whether the text says 予定.
ISSUE_2_1_DATES = sorted(
    [
        ("2年10月～", False),
        ("3年1月～", False),
        ("3年10月～", False),
        ("4年1月～", True),  # 地震保険料控除証明書 … (3年10月～、4年1月～予定)
        ("4年1月～", True),
        ("4年2月～", True),  # … 実現予定(4年2月～)
    ]
)
# 令和3年分 (令和3年分確定申告より …) and 3年9月 (医療費通知情報(3年9月診療分以降)) are the
# periods the records cover, not when a step is taken: not on the timeline.


def test_the_timeline_of_an_issue_shows_every_dated_progress_update(built: Settings) -> None:
    store = ReadStore(built.data_dir)
    iri = focus_iri(store, issue="2.1")
    tl = timeline(store, iri)
    assert sorted((i.text, i.planned) for i in tl.items) == ISSUE_2_1_DATES
    # every dated progress update of the issue in the graph is drawn
    in_graph = store.select(
        "SELECT DISTINCT ?p ?d WHERE { ?p a pol:ProgressUpdate ; "
        f"pol:addressesIssue <{iri}> ; pol:when ?d FILTER NOT EXISTS {{ ?d pol:coveredPeriod true }} }}"
    )
    progress = [i for i in tl.items if i.cls == "ProgressUpdate"]
    assert len(progress) == len(in_graph) == 6
    root = ET.fromstring(draw(store, "timeline", iri, "svg").data)
    rows = [a for a in root.iter(f"{SVG}a") if a.get("class") == "timeline-item"]
    assert len(rows) == 6
    planned = [a for a in rows if "・予定・" in (a.findtext(f"{SVG}title") or "")]
    assert len(planned) == 3  # 4年1月～ twice, 4年2月～
    # planned ones are hollow diamonds, done ones filled circles: apart by shape, not colour alone
    assert all(a.find(f"{SVG}polygon[@fill='#FFFFFF']") is not None for a in planned)
    assert all(a.find(f"{SVG}circle") is not None for a in rows if a not in planned)
    assert all(a.get("href", "").startswith("https://w3id.org/policykg/id/") for a in rows)
    assert "2021-10-22 時点" in ET.tostring(root, encoding="unicode")  # the report's own date


@pytest.mark.parametrize(
    ("row", "begin", "end", "open_ended"),
    [
        # 令和3年度中 as the extractor writes it, and as a fiscal year alone (data loaded from elsewhere)
        (
            {"start": "2021-04", "end": "2022-03", "fy": "2021"},
            dt.date(2021, 4, 1),
            dt.date(2022, 3, 31),
            False,
        ),
        ({"start": "2021-04", "fy": "2021"}, dt.date(2021, 4, 1), dt.date(2022, 3, 31), False),
        ({"fy": "2021"}, dt.date(2021, 4, 1), dt.date(2022, 3, 31), False),
        ({"start": "2021-10", "open": "true"}, dt.date(2021, 10, 1), None, True),  # 3年10月～
        (
            {"start": "2022-02", "end": "2022-03"},
            dt.date(2022, 2, 1),
            dt.date(2022, 3, 31),
            False,
        ),  # 4年2～3月
        ({"end": "2021-07"}, None, dt.date(2021, 7, 31), False),  # ～3年7月
        ({"start": "2021-09", "end": "2021-09"}, dt.date(2021, 9, 1), dt.date(2021, 9, 30), False),  # 3年9月
        ({"start": "2023-03-31", "end": "2023-03-31"}, dt.date(2023, 3, 31), dt.date(2023, 3, 31), False),
    ],
)
def test_dates_become_spans(
    row: dict[str, str], begin: dt.date | None, end: dt.date | None, open_ended: bool
) -> None:
    item = _item(
        {"item": "https://w3id.org/policykg/id/x", "cls": "pol#Measure", "label": "x", "text": "t", **row}
    )
    assert (item.begin, item.end, item.open_ended) == (begin, end, open_ended)


def test_a_document_timeline_has_periods_and_open_ends(built: Settings) -> None:
    store = ReadStore(built.data_dir)
    tl = timeline(store, DOC)
    assert any(i.open_ended and i.end is None for i in tl.items)
    assert any(i.begin and i.end and (i.end - i.begin).days > 40 for i in tl.items)  # 「4年2～3月」
    assert tl.as_of == {DOC: dt.date(2021, 10, 22)}


def test_a_missing_issue_is_not_found(built: Settings) -> None:
    with pytest.raises(NotFoundError, match=r"9\.9"):
        focus_iri(ReadStore(built.data_dir), issue="9.9")


# --------------------------------------------------------------------------- the CLI


@pytest.mark.parametrize("fmt", ["svg", "png", "csv"])
@pytest.mark.parametrize(
    ("kind", "focus"),
    [
        ("timeline", ["--issue", "2.1"]),
        ("map", ["--document", SEED_ID]),
        ("timeline", ["--document", SEED_ID]),
    ],
)
def test_cli_writes_each_picture(
    built: Settings, tmp_path: Path, kind: str, focus: list[str], fmt: str
) -> None:
    out = tmp_path / f"picture.{fmt}"
    with pytest.raises(SystemExit) as done:
        main(["export", kind, *focus, "--format", fmt, "-o", str(out), "--data", str(built.data_dir)])
        raise SystemExit(0)
    assert done.value.code == 0
    data = out.read_bytes()
    if fmt == "png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        width = int.from_bytes(data[16:20], "big")
        assert width >= 1000
    elif fmt == "svg":
        root = ET.fromstring(data)
        assert root.get("role") == "img"
        assert "IPAexGothic" in (root.get("font-family") or "")
    else:
        rows = _csv(data)
        assert len(rows) == (47 if kind == "map" else 6 if focus[0] == "--issue" else len(rows))
        assert rows


def test_cli_chart_of_a_dataset_to_stdout(
    built: Settings, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    iri = datasets_of(ReadStore(built.data_dir), DOC)[0]
    data = str(built.data_dir)
    with pytest.raises(SystemExit) as done:
        main(["export", "chart", "--dataset", iri, "--format", "csv", "-o", "-", "--data", data])
        raise SystemExit(0)
    assert done.value.code == 0
    rows = _csv(capsysbinary.readouterr().out)
    expected = _card_rows("1 団体区分別", "2 区分別交付率上位10団体")
    assert [r["category"] for r in rows] == [r[0] for r in expected]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline", "--issue", "9.9"], "no issue numbered 9.9"),
        (["chart", "--document", SEED_ID], "give one with --dataset"),
        (["map", "--dataset", "not an iri"], "is not an IRI"),
        (["timeline", "--issue", "2.1", "--document", SEED_ID], "exactly one of"),
    ],
)
def test_cli_errors_are_one_line(
    built: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as done:
        out = str(tmp_path / "x.svg")
        main(["export", *args, "--format", "svg", "-o", out, "--data", str(built.data_dir)])
    assert done.value.code == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1
    assert not (tmp_path / "x.svg").exists()


# --------------------------------------------------------------------------- data loaded from elsewhere

# A monthly series in the same vocabulary, as another publisher might load it: cards issued in
# 東京都 (by its code's resource) at the start of four months.
MONTHLY = """
@prefix pol: <https://w3id.org/policykg/ns#> . @prefix qb: <http://purl.org/linked-data/cube#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://example.org/ds/monthly> a qb:DataSet ; rdfs:label "東京都の月別交付枚数"@ja .
""" + "".join(
    f"<https://example.org/obs/{month}> a qb:Observation ; qb:dataSet <https://example.org/ds/monthly> ; "
    f'pol:refArea <https://w3id.org/policykg/id/lg/130001> ; pol:refPeriod "2021-{month:02d}-01"^^xsd:date ; '
    f"pol:issuedCards {cards} .\n"
    for month, cards in ((10, 5771844), (7, 5200000), (8, 5400000), (9, 5600000))
)


def test_a_loaded_series_over_time_draws_as_a_line_chart(built: Settings, tmp_path: Path) -> None:
    import shutil

    from kg.store.loading import load_file
    from tests.conftest import settings_for

    data = tmp_path / "data"
    shutil.copytree(built.data_dir, data, symlinks=True)
    source = tmp_path / "monthly.ttl"
    source.write_text(MONTHLY, encoding="utf-8")
    load_file(settings_for(data), source, graph_iri=None, fmt=None)
    store = ReadStore(data)
    picture = draw(store, "chart", "https://example.org/ds/monthly", "svg")
    root = ET.fromstring(picture.data)
    (line,) = root.iter(f"{SVG}polyline")
    assert len(line.get("points", "").split()) == 4
    points = [
        float(g.get("data-value", "nan")) for g in root.iter(f"{SVG}g") if g.get("class") == "chart-point"
    ]
    assert points == [5200000, 5400000, 5600000, 5771844]  # July to October, in time order
    text = picture.data.decode()
    assert "東京都の月別交付枚数" in text and "単位：枚" in text and "2021-07-01～2021-10-01" in text
    rows = _csv(draw(store, "chart", "https://example.org/ds/monthly", "csv").data)
    assert [(r["period"], r["value"], r["code"]) for r in rows] == [
        ("2021-07-01", "5200000", "130001"),
        ("2021-08-01", "5400000", "130001"),
        ("2021-09-01", "5600000", "130001"),
        ("2021-10-01", "5771844", "130001"),
    ]


def test_hostile_text_stays_text_in_the_svg_and_the_csv() -> None:
    from kg.export.picture_data import Dataset, Figure

    hostile = '</text></svg><script>alert(1)</script>"'
    figures = [
        Figure(
            "https://example.org/o1",
            '=HYPERLINK("http://x")',
            "javascript:alert(1)",
            "",
            "",
            "",
            "",
            {"m": 1.0},
        ),
        Figure("https://example.org/o2", hostile, "https://example.org/a", "", "", "", "", {"m": 2.0}),
    ]
    ds = Dataset("https://example.org/ds", hostile, figures, {"m": hostile}, hostile, "")
    picture = charts.render_chart(ds)
    root = ET.fromstring(picture)  # still one well-formed SVG
    assert not list(root.iter(f"{SVG}script"))
    assert {a.get("href") for a in root.iter(f"{SVG}a")} == {"#", "https://example.org/a"}
    assert hostile in "".join(root.itertext())
    rows = _csv(charts.render_csv(ds))
    assert rows[0]["category"] == '\'=HYPERLINK("http://x")'
