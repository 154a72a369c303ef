"""The corpus: a folder of documents and the manifest that describes them.

``manifest.toml`` lists each document with id, file, title, publisher, date,
source and licence, and where it is an edition of a report published again
(the yearly follow-ups), the ``series`` it belongs to and the document it
``follows``.  A document in the folder but not in the manifest is still
built: it gets an id from its file name and metadata guessed from its text,
and the build report carries a warning.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import CorpusError

MANIFEST = "manifest.toml"
DOCUMENT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"})
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")


@dataclass(frozen=True, slots=True)
class Entry:
    """One document of the corpus and its metadata."""

    id: str
    path: Path
    title: str | None = None
    publisher: str | None = None
    date: dt.date | None = None
    source: str | None = None
    license: str | None = None
    license_file: str | None = None
    in_manifest: bool = True
    series: str | None = None
    follows: str | None = None


@dataclass(slots=True)
class Corpus:
    """The documents to build and the warnings met while listing them."""

    root: Path
    entries: list[Entry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def slug(name: str) -> str:
    """A document id from a file name.

    >>> slug("GIF_DS-410 overview.md")
    'gif_ds-410-overview'
    """
    stem = unicodedata.normalize("NFKC", Path(name).stem).lower()
    stem = re.sub(r"[^a-z0-9._-]+", "-", stem).strip("-._")
    return stem[:100] or "document"


def _as_date(value: Any, where: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise CorpusError(f"{where}: date {value!r} is not a date like 2021-10-22") from None


def _optional_id(item: dict[str, Any], key: str, where: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not _ID_RE.match(value):
        raise CorpusError(f"{where}: {key} {value!r} must be lower-case letters, digits, '.', '_' or '-'")
    return value


def _read_manifest(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read the manifest ({exc.strerror})") from None
    except tomllib.TOMLDecodeError as exc:
        raise CorpusError(f"{path}: the manifest is not valid TOML ({exc})") from None


def load_corpus(root: Path) -> Corpus:
    """List the documents of the corpus folder ``root``.

    Raises :class:`CorpusError` when the folder is missing or the manifest is
    broken; a listed file that is missing is a warning (the build reports it as
    failed), so one bad entry never stops the rest.
    """
    if not root.exists():
        raise CorpusError(f"{root}: corpus folder does not exist")
    if not root.is_dir():
        raise CorpusError(f"{root}: corpus is not a folder")
    corpus = Corpus(root=root)
    manifest_path = root / MANIFEST
    raw: dict[str, Any] = _read_manifest(manifest_path) if manifest_path.is_file() else {}
    ignore = [MANIFEST, *raw.get("corpus", {}).get("ignore", [])]
    listed: dict[str, Entry] = {}
    seen_ids: set[str] = set()
    documents = raw.get("document", [])
    if not isinstance(documents, list):
        raise CorpusError(f"{manifest_path}: [[document]] entries must be an array of tables")
    for n, item in enumerate(documents, start=1):
        where = f"{manifest_path}: document {n}"
        if not isinstance(item, dict) or "file" not in item:
            raise CorpusError(f"{where}: needs at least a 'file'")
        doc_id = str(item.get("id") or slug(str(item["file"])))
        if not _ID_RE.match(doc_id):
            raise CorpusError(f"{where}: id {doc_id!r} must be lower-case letters, digits, '.', '_' or '-'")
        if doc_id in seen_ids:
            raise CorpusError(f"{where}: id {doc_id!r} is used twice")
        seen_ids.add(doc_id)
        entry = Entry(
            id=doc_id,
            path=root / str(item["file"]),
            title=item.get("title"),
            publisher=item.get("publisher"),
            date=_as_date(item.get("date"), where),
            source=item.get("source"),
            license=item.get("license"),
            license_file=item.get("license_file"),
            series=_optional_id(item, "series", where),
            follows=_optional_id(item, "follows", where),
        )
        listed[str(item["file"])] = entry
        corpus.entries.append(entry)
        if not entry.path.is_file():
            corpus.warnings.append(f"{entry.path}: listed in {MANIFEST} but not found")
        if entry.license_file:
            ignore.append(entry.license_file)
    for path in sorted(root.iterdir()):
        if path.name in listed or not path.is_file() or path.name.startswith("."):
            continue
        if any(fnmatch.fnmatch(path.name, pattern) for pattern in ignore):
            continue
        if path.suffix.lower() not in DOCUMENT_SUFFIXES:
            corpus.warnings.append(f"{path}: not a document format policykg reads; skipped")
            continue
        doc_id = slug(path.name)
        base, k = doc_id, 2
        while doc_id in seen_ids:
            doc_id, k = f"{base}-{k}", k + 1
        seen_ids.add(doc_id)
        corpus.entries.append(Entry(id=doc_id, path=path, in_manifest=False))
        corpus.warnings.append(f"{path}: not in {MANIFEST}; built as {doc_id!r} with guessed metadata")
    return corpus


_WESTERN_DATE = re.compile(r"(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?")


def guess_title(lines: list[str]) -> str | None:
    """The first non-empty line that is not a date or a markup line."""
    for line in lines[:40]:
        text = re.sub(r"<!--.*?-->", "", line).strip().lstrip("#").strip()
        if not text or set(text) <= set("-=*_ "):
            continue
        if _WESTERN_DATE.search(text) and len(text) < 30:
            continue
        return text[:200]
    return None


def guess_date(lines: list[str]) -> dt.date | None:
    """The first Western calendar date written near the top of a document."""
    for line in lines[:40]:
        # 「2022年（令和4年）5月9日」: drop the era note written in brackets.
        plain = re.sub(r"\([^()]*\)", "", unicodedata.normalize("NFKC", line))
        m = _WESTERN_DATE.search(plain)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
    return None
