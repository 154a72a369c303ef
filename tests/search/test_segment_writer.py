"""The index's segment writer analyses the text straight into postings and answers the lengths of
the passages it added itself: the segment it writes holds what Whoosh's own writer would, term by
term, posting by posting (positions and characters included), stored field by stored field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.reading import SegmentReader
from whoosh.writing import SegmentWriter

from search.index import schema
from search.segments import _SegmentWriter

# Compounds split again in mode A (マイナンバーカード), a word repeated (カード twice, once in
# half-width kana), full-width letters folded (ＧＩＧＡ), a passage with no text, and facet words
# repeated, spaced or left empty between commas.
DOCUMENTS: list[dict[str, Any]] = [
    {
        "key": "a#1",
        "iri": "https://example.org/a/1",
        "type": "Measure",
        "label": "マイナンバーカードの普及",
        "text": "マイナンバーカードの普及を進める。ｶｰﾄﾞの交付はカードの申請の後とする。",
        "document": "a",
        "doc_iri": "https://example.org/a",
        "line": 12,
        "section": "1.",
        "theme": "デジタル,行政",
        "issue": "",
        "law": "番号利用法",
        "law_iris": ["https://example.org/law/1"],
        "agency": "デジタル庁",
        "year": "2021",
    },
    {
        "key": "a#2",
        "iri": "https://example.org/a/2",
        "type": "Issue",
        "label": "ＧＩＧＡスクール構想",
        "text": "ＧＩＧＡスクール構想の実現に向け、GIGAスクールの端末を整備する。",
        "document": "a",
        "doc_iri": "https://example.org/a",
        "line": 30,
        "section": "2.",
        "theme": "教育",
        "issue": "端末",
        "law": "",
        "law_iris": [],
        "agency": "文部科学省,デジタル庁",
        "year": "2021,2022",
    },
    {
        "key": "b#1",
        "iri": "https://example.org/b/1",
        "type": "Measure",
        "label": "",
        "text": "",
        "document": "b",
        "doc_iri": "https://example.org/b",
        "line": 1,
        "section": "",
        "theme": "",
        "issue": "",
        "law": "",
        "law_iris": [],
        "agency": "",
        "year": "",
    },
    {
        "key": "b#2",
        "iri": "https://example.org/b/2",
        "type": "Issue",
        "label": "端末の整備",
        "text": "端末を整備する。",
        "document": "b",
        "doc_iri": "https://example.org/b",
        "line": 4,
        "section": "",
        "theme": "教育, 教育,,行政 ",
        "issue": " ,端末",
        "law": "番号利用法,番号利用法",
        "law_iris": [],
        "agency": ",デジタル庁,",
        "year": "2021, 2021",
    },
]


def _written(folder: Path, writer_class: type) -> list[Any]:
    index = whoosh_index.create_in(str(folder), schema())
    writer = writer_class(index)
    for fields in DOCUMENTS:
        writer.add_document(**fields)
    writer.commit(merge=False)
    (segment,) = index._segments()
    reader = SegmentReader(index.storage, index.schema, segment)
    try:
        seen: list[Any] = [sorted(segment._fieldlengths.items())]
        for fieldname, text in reader.all_terms():
            info = reader.term_info(fieldname, text)
            seen.append((fieldname, text, info.weight(), info.doc_frequency()))
            seen.append((info.min_length(), info.max_length(), info.max_weight()))
            matcher = reader.postings(fieldname, text)
            while matcher.is_active():
                seen.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
        for docnum in range(reader.doc_count_all()):
            seen.append(sorted(reader.stored_fields(docnum).items()))
            seen.append([reader.doc_field_length(docnum, name) for name in reader.schema.names()])
        return seen
    finally:
        reader.close()


def test_the_segment_is_the_one_whoosh_writes(tmp_path: Path) -> None:
    (tmp_path / "ours").mkdir()
    (tmp_path / "whoosh").mkdir()
    ours = _written(tmp_path / "ours", _SegmentWriter)
    theirs = _written(tmp_path / "whoosh", SegmentWriter)
    assert ours == theirs
    # The repeated word's posting holds both places: カード and ｶｰﾄﾞ fold to one term.
    card = [i for i, entry in enumerate(ours) if entry[:2] == ("text", "かーど".encode())]
    assert card and ours[card[0] + 2][0] == 0 and ours[card[0] + 2][1] == 3.0
