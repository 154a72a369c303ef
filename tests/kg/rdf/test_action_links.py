"""A legislative action on an ordinance of the document's own body links to that document's law node."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rdflib import URIRef

from kg.build import extract_graph
from kg.rdf import iris
from kg.rdf.namespaces import POL, RDF
from kg.rdf.triples import DocumentMeta
from kg.read import read_document

PLAN = """# デジタル推進計画

## 3. 施策

- 本市は、令和6年度に自治基本条例を制定する。
- 本市情報公開条例の一部を改正し、開示請求をオンラインで受け付ける。
"""


def test_an_action_on_the_citys_own_ordinance_links_to_its_document_scoped_law(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(PLAN, encoding="utf-8")
    meta = DocumentMeta("plan", "plan", None, dt.date(2024, 4, 1), None, None, path.name, "sha256:0")
    g = extract_graph(meta, read_document(path))
    amended = {o for _, _, o in g.triples((None, POL.amendsLaw, None)) if isinstance(o, URIRef)}
    # 「自治基本条例」 and 「本市情報公開条例」 are this city's: one node each in this document, typed as
    # laws, not a law of that name for the whole corpus
    own = {
        iris.in_document("plan", "law", "自治基本条例"),
        iris.in_document("plan", "law", "本市情報公開条例"),
    }
    assert amended == own
    assert all((node, RDF.type, POL.Law) in g for node in own)
    assert not any((iris.law(key), None, None) in g for key in ("自治基本条例", "本市情報公開条例"))
