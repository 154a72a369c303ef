"""What the pictures show, read from the store by SPARQL (export stage).

Takes a store (anything with ``select``) and an IRI; gives the dated items of a
timeline and the observations of a statistics dataset, each with the query that
read them, so a page can show it on request.  Nothing here reads source text:
a dataset loaded from elsewhere in the same vocabulary (qb:Observation with
pol:refArea, pol:refPeriod and measures declared qb:MeasureProperty) draws too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Protocol

from kg.errors import ExportError, NotFoundError
from kg.rdf.namespaces import ID, sparql_prologue

MAX_TIMELINE_ITEMS = 400
# The measures in the order their tables print them (a table's columns); others follow by name.
MEASURE_ORDER = (
    "population",
    "issuedCards",
    "issuanceRate",
    "facilityCount",
    "facilityTotal",
    "facilityShare",
)
# Items whose dates a timeline draws (sections and documents carry dates of their prose only).
_ITEM_CLASSES = ("Goal", "Theme", "Issue", "Measure", "ProgressUpdate", "Target", "LegislativeAction")


class SelectStore(Protocol):
    def select(self, sparql: str) -> list[dict[str, str]]: ...


def check_iri(value: str) -> str:
    """``value`` when it is an IRI that can be put in a query, else an ExportError naming it."""
    if not value.startswith(("http://", "https://", "urn:")) or any(c in value for c in '<>"{}|^`\\ \n\t'):
        raise ExportError(f"{value!r} is not an IRI (give the full IRI, e.g. {ID}doc/…)")
    return value


# --------------------------------------------------------------------------- timelines


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One dated item: ``begin``/``end`` are the days its date covers (None on an open side)."""

    iri: str
    label: str
    cls: str
    text: str  # the date as written: 「3年10月～」
    begin: dt.date | None
    end: dt.date | None
    open_ended: bool
    planned: bool
    document: str


@dataclass(slots=True)
class Timeline:
    focus: str
    title: str
    items: list[TimelineItem]
    as_of: dict[str, dt.date] = field(default_factory=dict)  # document IRI → its date
    query: str = ""
    truncated: bool = False  # more dated items than MAX_TIMELINE_ITEMS


def _day(value: str, *, last: bool) -> dt.date | None:
    """The first (or last) day of an xsd:date, gYearMonth or gYear lexical form."""
    parts = value.strip().split("-")
    try:
        if len(parts) == 1:
            year = int(parts[0])
            return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
        year, month = int(parts[0]), int(parts[1])
        if len(parts) >= 3:
            return dt.date(year, month, int(parts[2][:2]))
        if not last:
            return dt.date(year, month, 1)
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    except ValueError:
        return None


def timeline_query(iri: str) -> str:
    """The SPARQL that reads the dated items about ``iri`` (itself, and what addresses, reports
    on, depends on, involves or comes from it).  A period an item's object covers
    (「3年9月診療分以降」: the records, not the step) is not when anything happens,
    so it is not drawn."""
    classes = " ".join(f"pol:{c}" for c in _ITEM_CLASSES)
    return (
        sparql_prologue()
        + f"""SELECT ?item ?cls ?label ?text ?start ?end ?fy ?open ?planned ?doc WHERE {{
  {{ BIND(<{iri}> AS ?item) }}
  UNION {{ ?item pol:addressesIssue|pol:partOfTheme|pol:dependsOnLaw <{iri}> }}
  UNION {{ ?item pol:involvesAgency|pol:reportsOn <{iri}> }}
  UNION {{ ?item prov:wasDerivedFrom <{iri}> }}
  UNION {{ ?item pol:addressesIssue/pol:partOfTheme <{iri}> }}
  UNION {{ ?item pol:dependsOnLaw/dcterms:isPartOf <{iri}> }}
  ?item a ?cls . VALUES ?cls {{ {classes} }}
  ?item pol:when ?d ; rdfs:label ?label .
  ?d pol:dateText ?text .
  OPTIONAL {{ ?d pol:start ?start }} OPTIONAL {{ ?d pol:end ?end }} OPTIONAL {{ ?d pol:fiscalYear ?fy }}
  OPTIONAL {{ ?d pol:openEnded ?open }} OPTIONAL {{ ?d pol:planned ?planned }}
  FILTER NOT EXISTS {{ ?d pol:coveredPeriod true }}
  OPTIONAL {{ ?item prov:wasDerivedFrom ?doc }}
}} ORDER BY ?start ?item ?d LIMIT {MAX_TIMELINE_ITEMS}"""
    )


def _item(row: dict[str, str]) -> TimelineItem:
    start, end, fy = row.get("start"), row.get("end"), row.get("fy")
    open_ended = row.get("open") == "true"
    begin = _day(start, last=False) if start else None
    finish = _day(end, last=True) if end else None
    if fy and not end and not open_ended:  # 令和3年度中: April to March
        begin = begin or dt.date(int(fy), 4, 1)
        finish = dt.date(int(fy) + 1, 3, 31)
    elif not open_ended and start and not end:  # a single date written once: its own span
        finish = _day(start, last=True)
    return TimelineItem(
        iri=row["item"],
        label=row["label"],
        cls=row["cls"].rsplit("#", 1)[-1],
        text=row["text"],
        begin=begin,
        end=finish,
        open_ended=open_ended,
        planned=row.get("planned") == "true",
        document=row.get("doc", ""),
    )


def timeline(store: SelectStore, iri: str) -> Timeline:
    """The dated items about ``iri``, with the dates of the documents they come from."""
    check_iri(iri)
    query = timeline_query(iri)
    rows = store.select(query)
    items = [_item(r) for r in rows]
    items = [i for i in items if i.begin is not None or i.end is not None]
    title_rows = store.select(
        sparql_prologue() + f"SELECT ?label ?number WHERE {{ <{iri}> rdfs:label ?label . "
        f"OPTIONAL {{ <{iri}> pol:number ?alone }} OPTIONAL {{ <{iri}> skos:notation ?written }} "
        "BIND(COALESCE(?written, ?alone) AS ?number) } LIMIT 1"
    )
    if not title_rows and not items:
        raise NotFoundError(f"no entity {iri} in the graph")
    title = ""
    if title_rows:
        number = title_rows[0].get("number")
        title = f"{number} {title_rows[0]['label']}" if number else title_rows[0]["label"]
    documents = sorted({i.document for i in items if i.document} | {iri})
    as_of: dict[str, dt.date] = {}
    values = " ".join(f"<{d}>" for d in documents)
    for row in store.select(
        sparql_prologue()
        + f"SELECT ?doc ?issued WHERE {{ VALUES ?doc {{ {values} }} ?doc dcterms:issued ?issued }}"
    ):
        if day := _day(row["issued"], last=False):
            as_of[row["doc"]] = day
    return Timeline(iri, title or iri, items, as_of, query, truncated=len(rows) >= MAX_TIMELINE_ITEMS)


# --------------------------------------------------------------------------- statistics


@dataclass(frozen=True, slots=True)
class Figure:
    """One observation's value of one measure, with what it is for."""

    observation: str
    category: str  # the label of its area or other dimension values: 「北海道」, 「病院」
    area: str  # the area's IRI, or ""
    code: str  # the area's 全国地方公共団体コード, or ""
    prefecture_code: str  # two digits, for a prefecture or a municipality; else ""
    area_kind: str  # "prefecture" | "municipality" | ""
    period: str
    values: dict[str, float]  # measure local name → value


@dataclass(slots=True)
class Dataset:
    iri: str
    label: str
    figures: list[Figure]
    measures: dict[str, str]  # local name → Japanese label, in the order the structure lists them
    source: str  # the document's title and date
    document: str
    query: str = ""

    @property
    def periods(self) -> list[str]:
        return sorted({f.period for f in self.figures if f.period})

    @property
    def prefecture_figures(self) -> list[Figure]:
        return [f for f in self.figures if f.area_kind == "prefecture"]

    @property
    def is_per_prefecture(self) -> bool:
        """Observations per prefecture: a map draws it."""
        return len({f.code for f in self.prefecture_figures}) >= 10

    @property
    def is_per_municipality(self) -> bool:
        """Observations per municipality (and not per prefecture): a map summarises them per prefecture."""
        listed = sum(1 for f in self.figures if f.area_kind == "municipality")
        return not self.is_per_prefecture and listed >= 3

    @property
    def is_over_time(self) -> bool:
        """The same categories at several dates: a line chart draws it."""
        return len(self.periods) > 1


def local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def dataset_query(iri: str) -> str:
    """The SPARQL that reads every observation of the dataset ``iri`` with its dimensions."""
    return (
        sparql_prologue()
        + f"""SELECT ?obs ?dim ?value ?valueLabel ?code ?prefecture ?measure ?figure ?line WHERE {{
  ?obs qb:dataSet <{iri}> .
  {{ ?obs ?dim ?value . ?dim a qb:DimensionProperty . FILTER(isIRI(?value))
     OPTIONAL {{ ?value rdfs:label ?valueLabel }} OPTIONAL {{ ?value pol:localGovernmentCode ?code }}
     OPTIONAL {{ ?value pol:prefecture ?prefecture }} }}
  UNION {{ ?obs ?dim ?value . ?dim a qb:DimensionProperty . FILTER(isLiteral(?value)) }}
  UNION {{ ?obs ?measure ?figure . ?measure a qb:MeasureProperty }}
  UNION {{ ?ann oa:hasBody ?obs ; oa:hasTarget/oa:hasSelector/oa:start ?line }}
}}"""
    )


def _source(store: SelectStore, iri: str) -> tuple[str, str]:
    rows = store.select(
        sparql_prologue()
        + f"""SELECT ?doc ?title ?issued ?publisherLabel WHERE {{
  <{iri}> prov:wasDerivedFrom ?doc . OPTIONAL {{ ?doc dcterms:title|rdfs:label ?title }}
  OPTIONAL {{ ?doc dcterms:issued ?issued }} OPTIONAL {{ ?doc dcterms:publisher/rdfs:label ?publisherLabel }}
}} LIMIT 1"""
    )
    if not rows:
        return "", ""
    row = rows[0]
    parts = [p for p in (row.get("publisherLabel"), f"「{row['title']}」" if row.get("title") else "") if p]
    line = "".join(parts) + (f"（{row['issued']}）" if row.get("issued") else "")
    return (f"出典：{line}" if line else ""), row["doc"]


def dataset(store: SelectStore, iri: str) -> Dataset:
    """The observations of the qb:DataSet ``iri`` (NotFoundError when it is not one)."""
    check_iri(iri)
    heads = store.select(
        sparql_prologue()
        + f"SELECT ?label WHERE {{ <{iri}> a qb:DataSet . OPTIONAL {{ <{iri}> rdfs:label ?label }} }}"
    )
    if not heads:
        raise NotFoundError(f"{iri} is not a statistics dataset (qb:DataSet) in the graph")
    query = dataset_query(iri)
    dims: dict[str, dict[str, str]] = {}
    extra: dict[str, dict[str, str]] = {}
    values: dict[str, dict[str, float]] = {}
    measure_order: list[str] = []
    lines: dict[str, int] = {}
    for row in store.select(query):
        obs = row["obs"]
        values.setdefault(obs, {})
        if "line" in row:
            lines[obs] = min(int(row["line"]), lines.get(obs, 10**9))
        elif "measure" in row:
            name = local(row["measure"])
            try:
                values[obs][name] = float(row["figure"])
            except ValueError:
                continue
            if name not in measure_order:
                measure_order.append(name)
        elif "dim" in row:
            dim = local(row["dim"])
            dims.setdefault(obs, {})[dim] = row.get("valueLabel") or row["value"]
            if dim == "refArea":
                info = extra.setdefault(obs, {})
                info["area"] = row["value"]
                if row.get("code"):
                    info["code"] = row["code"]
                    info["kind"] = "municipality" if row.get("prefecture") else "prefecture"
    labels = {
        local(r["m"]): r["label"]
        for r in store.select(
            sparql_prologue() + "SELECT ?m ?label WHERE { ?m a qb:MeasureProperty ; rdfs:label ?label . "
            'FILTER(langMatches(lang(?label), "ja")) }'
        )
    }
    figures = []
    # table order where the observations were read from a text, else by area code and IRI
    for obs in sorted(values, key=lambda o: (lines.get(o, 10**9), extra.get(o, {}).get("code", ""), o)):
        d, info = dims.get(obs, {}), extra.get(obs, {})
        period = d.pop("refPeriod", "")
        category = " ".join(v for k, v in sorted(d.items()) if k != "refArea")
        category = d.get("refArea", "") + (f" {category}" if category and "refArea" in d else category)
        code = info.get("code", "")
        figures.append(
            Figure(
                obs,
                category.strip(),
                info.get("area", ""),
                code,
                code[:2],
                info.get("kind", ""),
                period,
                values[obs],
            )
        )
    source, document = _source(store, iri)
    measure_order.sort(
        key=lambda m: (MEASURE_ORDER.index(m) if m in MEASURE_ORDER else len(MEASURE_ORDER), m)
    )
    measures = {m: labels.get(m, m) for m in measure_order}
    label = heads[0].get("label", local(iri))
    return Dataset(iri, label, figures, measures, source, document, query)


def datasets_of(store: SelectStore, document: str) -> list[str]:
    """The IRIs of the statistics datasets read from ``document``, in the order of the text."""
    check_iri(document)
    rows = store.select(
        sparql_prologue()
        + f"SELECT ?ds (MIN(?at) AS ?line) WHERE {{ ?ds a qb:DataSet ; prov:wasDerivedFrom <{document}> . "
        "OPTIONAL { ?obs qb:dataSet ?ds . ?ann oa:hasBody ?obs ; pol:line ?at } } GROUP BY ?ds"
    )
    lines: dict[str, int] = {}
    for row in rows:
        line = int(row["line"]) if row.get("line", "").isdigit() else 10**9
        lines[row["ds"]] = min(line, lines.get(row["ds"], line))
    return sorted(lines, key=lambda ds: (lines[ds], ds))
