"""Building the search index from the current store (the ``index`` build step).

The index records which store generation it was built from; a build whose store
did not change leaves the index as it is.
"""

from __future__ import annotations

import errno
import json
import re
import shutil
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from kg import store as kg_store
from kg.errors import SearchError, StoreMissingError
from kg.settings import Settings
from search.analysis import ANALYZER_VERSION
from search.index import (
    META_FILE,
    SCHEMA_VERSION,
    IndexLock,
    current_generation,
    index_root,
    new_generation,
    read_meta,
    schema,
    swap_in,
)
from search.passages import Passage, Vocabulary, collect
from search.synonyms import SynonymTable, curated_groups

_GEN_RE = re.compile(r"^gen-(\d{6})$")


@dataclass(slots=True)
class IndexReport:
    """What an index build did."""

    built: bool
    passages: int = 0
    seconds: float = 0.0
    generation: str = ""
    warnings: list[str] = field(default_factory=list)


def store_signature(data_dir: Path) -> str:
    """Names the store generation; a rebuilt store never shares it with an older one."""
    generation = kg_store.current_generation(data_dir)
    if generation is None:
        raise StoreMissingError(
            f"{data_dir}: no built store here; run `policykg build --data {data_dir}` first"
        )
    return f"{generation.name}:{generation.stat().st_ino}"


def _is_current(data_dir: Path, signature: str) -> bool:
    generation = current_generation(data_dir)
    if generation is None:
        return False
    try:
        meta = read_meta(generation)
    except SearchError:
        return False
    return (
        meta.get("store") == signature
        and meta.get("analyzer") == ANALYZER_VERSION
        and meta.get("schema") == SCHEMA_VERSION
    )


def _fields(p: Passage) -> dict[str, Any]:
    return {
        "key": p.key,
        "iri": p.iri,
        "type": p.type,
        "label": p.label,
        "text": p.text,
        "document": p.document,
        "doc_iri": p.doc_iri,
        "line": p.line,
        "section": p.section,
        "theme": ",".join(p.themes),
        "issue": ",".join(p.issues),
        "law": ",".join(p.laws),
        "law_iris": list(p.law_iris),
        "agency": ",".join(p.agencies),
        "year": ",".join(p.years),
    }


def remove_leftovers(data_dir: Path) -> None:
    """Drop generations a killed index build left half-written (hold an :class:`IndexLock`).

    They are numbered after the current one and were never swapped in, so no
    reader has them open.  Left in place, they would count as one of the
    generations kept, and the previous one, which a server may still read,
    would be pruned in their stead.
    """
    root = index_root(data_dir)
    if not root.is_dir():
        return
    current = current_generation(data_dir)
    number = int(m[1]) if current is not None and (m := _GEN_RE.match(current.name)) else 0
    for path in root.iterdir():
        if (m := _GEN_RE.match(path.name)) and int(m[1]) > number:
            shutil.rmtree(path, ignore_errors=True)
        elif path.name.startswith(".current-"):
            path.unlink(missing_ok=True)


def _write_error(generation: Path, exc: OSError) -> SearchError:
    if exc.errno == errno.ENOSPC:
        return SearchError(
            f"{generation.parent}: no space left on the device; the search index was not rebuilt "
            "and the previous one is kept: free some space and build again"
        )
    return SearchError(f"{generation}: cannot write the search index ({exc})")


def write_index(data_dir: Path, passages: Iterable[Passage], vocab: Vocabulary, signature: str) -> Path:
    """Write a new generation from ``passages`` and swap it in (hold an :class:`IndexLock`)."""
    remove_leftovers(data_dir)
    try:
        generation = new_generation(data_dir)
    except OSError as exc:
        raise _write_error(index_root(data_dir) / "gen-new", exc) from None
    try:
        index = whoosh_index.create_in(str(generation), schema())
        writer = index.writer(limitmb=256)
        count = 0
        try:
            for passage in passages:
                writer.add_document(**_fields(passage))
                count += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        synonyms = SynonymTable([*curated_groups(), *vocab.groups])
        meta = {
            "store": signature,
            "analyzer": ANALYZER_VERSION,
            "schema": SCHEMA_VERSION,
            "passages": count,
            "synonyms": synonyms.to_json(),
            "laws": vocab.laws,
            "agencies": vocab.agencies,
            "themes": vocab.themes,
            "issues": vocab.issues,
            "documents": vocab.documents,
        }
        tmp = generation / (META_FILE + ".part")
        tmp.write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        tmp.replace(generation / META_FILE)
    except OSError as exc:
        shutil.rmtree(generation, ignore_errors=True)
        raise _write_error(generation, exc) from None
    except BaseException:
        shutil.rmtree(generation, ignore_errors=True)
        raise
    try:
        swap_in(data_dir, generation)
    except OSError as exc:
        if current_generation(data_dir) != generation:
            shutil.rmtree(generation, ignore_errors=True)
        raise _write_error(generation, exc) from None
    return generation


def build_index(settings: Settings, *, force: bool = False) -> IndexReport:
    """Rebuild the index of ``settings.data_dir`` from its current store, unless it is up to date."""
    started = time.monotonic()
    data_dir = settings.data_dir
    with IndexLock(data_dir):
        signature = store_signature(data_dir)
        if not force and _is_current(data_dir, signature):
            return IndexReport(built=False)
        store = kg_store.ReadStore(data_dir)
        passages, vocab, warnings = collect(store, settings.corpus_dir)
        generation = write_index(data_dir, passages, vocab, signature)
    return IndexReport(
        built=True,
        passages=len(passages),
        seconds=round(time.monotonic() - started, 3),
        generation=generation.name,
        warnings=warnings,
    )


def index_step(settings: Settings, report: Any) -> None:
    """The ``index`` step of ``policykg build`` (entry point group ``policykg.build_steps``)."""
    result = build_index(settings)
    warnings = getattr(report, "warnings", None)
    if isinstance(warnings, list):
        warnings.extend(f"index: {w}" for w in result.warnings)
