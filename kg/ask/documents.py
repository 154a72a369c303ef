"""A question kept to one document named by the words of its title or by its short name:
「DS-410で触れられている法律」「フォローアップ報告書で取組状況が書かれていない課題」「GIFガイドブックが目指していること」.

Takes the folded question, the documents' titles and identifiers (from the lexicon), and the reader of
one question; gives the reading of the rest of the question with its rows kept to that document (rows
of issues, items or goals, by the annotation that places them in it), the laws, agencies or councils
the document mentions (「…で触れられている法律」), or None for a question of another form.  Tried only
when nothing else read the question: a name is a document's only where a word of the documents'
kind (報告書, ガイドブック, フレームワーク, …) or a short name in Latin letters says it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from kg.ask.entities import Entity
from kg.ask.kinds import SCOPED_ITEMS
from kg.ask.lists import ACT_WORDS, list_question
from kg.ask.names import Lexicon
from kg.ask.narrow import measures_only
from kg.ask.outcomes import Ambiguous, Outcome, Reading
from kg.ask.outline import measures_asked
from kg.ask.publishers import Publishers
from kg.ask.slots import match_kind
from kg.extract.local_governments import listed

# what ties a document to the rest: mentioned in it, or kept to it
_MENTIONED = (
    "で触れられている",
    "で言及されている",
    "に出てくる",
    "に出て来る",
    "に登場する",
    "に書かれている",
    "に記載されている",
    "に載っている",
    "で出てくる",
    "に出ている",
    "出てくる",
    "に言及されている",
)
_WITHIN = (
    "の中で", "の中の", "にある", "に載る", "では", "で", "が", "の", "に", "における", "での", "中の",
    "内の", "に記載の", "に記載された", "に書かれた", "に掲載されている", "に掲載の", "で挙げられている",
    "で示されている", "に含まれる", "に含まれている", "のうち", "にて", "に掲げられている",
    "で取り上げられている", "に記載されている", "で掲げられている", "において",
)  # fmt: skip
# ties that say the class after them is the document's own
_OF = ("の", "", "で", "にある", "の中の")
_TIES = tuple(sorted((*_MENTIONED, *_WITHIN), key=len, reverse=True))
# a name says it is a document's by a word of the kind or a short name in Latin letters
_CUE_RE = re.compile(
    r"報告書|報告|ガイドブック|ガイドライン|ガイド|手引き|指針|計画|戦略|文書|資料|フレームワーク|フォローアップ|白書|全体編|"
    r"ロードマップ|工程表|プラン|レポート|方針|構想|ビジョン|大綱|"
    r"[a-z]{2,}"
)
# a name that ends with a word of the documents' kind, the rest said straight after it
_CUE_END_RE = re.compile(
    r"(?:報告書|ガイドブック|ガイドライン|手引き|計画|戦略|ロードマップ|工程表|プラン|白書|方針)$"
)
# ... and what it asks for after it
_CLASS_START_RE = re.compile(r"課題|施策|取組|取り組み|目標|テーマ|分野|進捗|法令|法律|機関|会議体|kpi")
# the title's words: split at の, ・ and spaces, the words of the kind kept apart (「物流工程表」 is
# 物流 and 工程表, as 「…推進工程表」 holds them)
_SPLIT_RE = re.compile(
    r"(報告書|ガイドブック|ガイドライン|ガイド|全体編|行動計画|計画|工程表|ロードマップ|戦略|白書|大綱|手引き)|[の・\s]+"
)
_GENERIC = {"文書", "資料"}
# 「…で触れられている法律」: the kinds of thing a document mentions
_CLASSES = {
    "法律": "pol:Law pol:LawBundle",
    "法令": "pol:Law pol:LawBundle",
    "行政機関": "pol:Agency",
    "機関": "pol:Agency",
    "省庁": "pol:Agency",
    "府省": "pol:Agency",
    "会議体": "pol:Council",
}
# 「機関」「省庁」: the bodies of the state and those abroad; a prefecture or a municipality is asked
# for as 自治体 or 都道府県 (「東京都と入力する代わりに」 names no body at work)
_NOT_LOCAL = "\n  FILTER NOT EXISTS { ?entity a pol:LocalGovernment }"
_CLASS_RE = re.compile(rf"(?P<word>{'|'.join(_CLASSES)})(?:は|の一覧|一覧|のリスト)?")


# 「マスターデータ導入」: a word in katakana and one in kanji said together, each a word of the title
_SCRIPTS_RE = re.compile(r"[ァ-ヺー]+|[一-龥々]+|[^ァ-ヺー一-龥々]+")


# the kinds of body a document is by, said by their Latin initials (「WG報告書」 for
# 「…ワーキンググループ報告書」)
_BODY_INITIALS = {"wg": "ワーキンググループ", "tf": "タスクフォース", "pt": "プロジェクトチーム"}
_INITIALS_RE = re.compile(rf"(?<![a-z])(?:{'|'.join(_BODY_INITIALS)})(?![a-z])")


def _length(word: str) -> int:
    """How much ``word`` says: a body's initials as much as the words they stand for."""
    return len(_BODY_INITIALS.get(word, word))


def _words(name: str) -> list[str]:
    name = _INITIALS_RE.sub(lambda m: f" {m[0]} ", name)
    words = [w for w in _SPLIT_RE.split(name) if w and w not in _GENERIC]
    return [part for w in words for part in _SCRIPTS_RE.findall(w)]


def documents_named(
    name: str,
    documents: Sequence[tuple[Entity, str]],
    publishers: Publishers | None = None,
) -> tuple[Entity, ...]:
    """The documents whose title or identifier (``documents``: each with the two folded) holds every
    word of ``name``; a name that starts with a publisher's (``publishers``) is the documents of that
    publisher whose title holds the rest or, for a word of the documents' kind, one of its synonyms
    (「国交省の行動計画」 for 「…アクションプラン」)."""
    if not _CUE_RE.search(name):
        return ()
    publisher, rest = publishers.first(name) if publishers else (None, name)
    if publisher is not None and rest:
        words = _words(rest)
        published = tuple(
            entity
            for entity, said in documents
            if publishers is not None
            and publishers.published(entity.iri, publisher)
            and all(_held(w, said) for w in words)
        )
        if published:
            return published
        # 「内閣府の計画」: 計画 said of every plan of the kind its publisher issued (a 工程表, a
        # ロードマップ, a 戦略), where none of them is titled 計画
        if "計画" in words:
            published = tuple(
                entity
                for entity, said in documents
                if publishers is not None
                and publishers.published(entity.iri, publisher)
                and _PLAN_KIND_RE.search(said.split("|")[0])
                and all(_held(w, said) for w in words if w != "計画")
            )
            if published:
                return published
    words = _words(name)
    if not words or sum(map(_length, words)) < 3:
        return ()
    found = tuple(entity for entity, said in documents if all(_in_title(w, said) for w in words))
    # 「GIFの目的」: the documents whose title says it, over those whose identifier alone holds it
    titled = tuple(e for e, said in documents if e in found and all(w in said.split("|")[0] for w in words))
    return titled if len(found) > 1 and titled else found


# the words of a kind of document and those said for it (「行動計画」 for 「アクションプラン」)
_KIND_SYNONYMS = (
    ("行動計画", "アクションプラン"),
    ("工程表", "ロードマップ"),
    ("報告書", "レポート"),
    ("手引き", "手引", "ガイドブック"),
    ("計画", "プラン"),
    ("戦略", "ストラテジー"),
)
_SAID_FOR = {word: group for group in _KIND_SYNONYMS for word in group}
# the kinds of document that are plans: what they will do, by when
_PLAN_KIND_RE = re.compile(r"計画|工程表|ロードマップ|プラン|戦略|アクション")


def _in_title(word: str, said: str) -> bool:
    """Whether ``said`` holds ``word`` (a body's initials, or the words they stand for); a place's name
    (「京都」「長野」) only where no kanji runs on before it into another's (「東京都」)."""
    if word in _BODY_INITIALS and _BODY_INITIALS[word] in said:
        return True
    if word not in said:
        return False
    if not _names_place(word):
        return True
    return re.search(rf"(?<![一-龥々]){re.escape(word)}", said) is not None


def _names_place(word: str) -> bool:
    """Whether ``word`` is a prefecture's or municipality's name, or a prefecture's without its suffix."""
    names = listed().by_name
    return word in names or any(word + suffix in names for suffix in "都府県")


def publishes(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` alone is the name a document's publisher is asked by (「○○市」), or a place's
    name that one document's title holds (「○○」 of 「○○市…計画」)."""
    if lexicon.publishers and lexicon.publishers.first(word) == (word, ""):
        return True
    place = _names_place(word) or any(word + suffix in listed().by_name for suffix in "市町村")
    return place and len(documents_named(f"{word}の計画", lexicon.documents, lexicon.publishers)) == 1


def _held(word: str, said: str) -> bool:
    """Whether the title and identifier ``said`` hold ``word``, or a word of its kind said another way."""
    if word in _BODY_INITIALS and _BODY_INITIALS[word] in said:
        return True
    return word in said or any(other in said for other in _SAID_FOR.get(word, ()))


# 「実践ガイドブックの目標」: a kind of document said with words that two titles or more hold, each
# of them meant (not one of them to be chosen)
_KIND_RE = re.compile(r"[^の]{2,}の?(?:報告書|ガイドブック|ガイドライン|ガイド|手引き|白書)")


# 「目指す姿の一覧（データ品質管理ガイドブック）」: the document said last, in brackets, or after the
# question mark (「進捗のない課題は？○○計画」)
_DOCUMENT_AFTER_RE = re.compile(r"(?P<rest>.+?)(?:[(（](?P<name>[^()（）]+)[)）]|\?(?P<after>[^?()（）]+))")


def document_said(name: str, documents: Sequence[tuple[Entity, str]], publishers: Publishers) -> bool:
    """Whether ``name``, said in brackets after a question, names a document: by the words of its
    title with a word of the documents' kind (:func:`documents_named`), or, with none, as the one
    document its publisher's name (「（国交省）」), that name and words of its title, or words of the
    title that no other title holds (「（○○DX）」) name."""
    if documents_named(name, documents, publishers):
        return True
    return len(_said_short(name, documents, publishers)) == 1


def _said_short(
    name: str, documents: Sequence[tuple[Entity, str]], publishers: Publishers
) -> tuple[Entity, ...]:
    publisher, rest = publishers.first(name) if publishers else (None, name)
    words = _words(rest)
    if publisher is None and (not words or sum(map(_length, words)) < 3 or min(map(len, words)) < 2):
        return ()
    return tuple(
        entity
        for entity, said in documents
        if (publisher is None or publishers.published(entity.iri, publisher))
        and all(_in_title(w, said.split("|")[0]) for w in words)
    )


# 「令和5年度に実施した○○DXの取組」: a document named by words of its title alone, just before the class
# asked, after what is said of it (a period, a verb); its publisher's name may head them
# (「…に関係する○○県の施策」「…に予定されている○○県の○○DXの取組」)
_NAMED_BEFORE_CLASS_RE = re.compile(
    r"(?P<name>(?:[^のにでがをはた、\s]{2,8}の)?[^のにでがをはた、\s]{2,20})"
    r"の(?P<cls>取組|取り組み|施策|課題|目標|取組状況|進捗)"
)


def document_within(text: str, lexicon: Lexicon) -> str | None:
    """``text`` with a document named just before the class asked put first, as its identifier
    (「…で令和5年度に実施した取組」), or None where those words name no one document.  The document's
    publisher said as the one who did it (「○○市が行った」) says nothing more: the words are left out."""
    for at in range(1, len(text)):
        if text[at - 1] not in "たるにで" or (m := _NAMED_BEFORE_CLASS_RE.fullmatch(text, at)) is None:
            continue
        if len(short := _said_short(m["name"], lexicon.documents, lexicon.publishers)) != 1:
            continue
        said = next(said for entity, said in lexicon.documents if entity == short[0])
        head = text[:at]
        for name in sorted(lexicon.publishers.names_of(short[0].iri), key=len, reverse=True):
            head = head.replace(f"{name}が", "")
        return f"{said.split('|')[-1]}で{head}{m['cls']}"
    return None


def document_first(text: str, lexicon: Lexicon) -> str | None:
    """``text`` with a document named in brackets after it put first (「…ガイドブックで目指す姿の一覧」),
    or None where the brackets name no document."""
    m = _DOCUMENT_AFTER_RE.fullmatch(text)
    if m is None:
        return None
    name = m["name"] or m["after"]
    documents = lexicon.documents
    if documents_named(name, documents, lexicon.publishers):
        return f"{name}で{m['rest']}"
    if len(short := _said_short(name, documents, lexicon.publishers)) == 1:
        # named by fewer words than its kind asks: said by its identifier, as the scope reads it
        said = next(said for entity, said in documents if entity == short[0])
        return f"{said.split('|')[-1]}で{m['rest']}"
    return None


# a total: one number counting one variable of the query
_COUNTED_RE = re.compile(r"SELECT \(COUNT\((?:DISTINCT )?\?(?P<var>\w+)\) AS \?count\) WHERE \{")


# the things whose annotation places them in a document
_KEPT_KEYS = ("issue", "item", "goal", "target", "entity", "theme", "ann")
# counts per thing: the items or issues counted, one number per row
_RANKED_RE = re.compile(r"SELECT [^{]*\(COUNT\(DISTINCT \?(?P<var>item|issue)\) AS \?count\) WHERE \{")
_RANKED_ANYWHERE_RE = re.compile(r"SELECT [^{]*\(COUNT\(DISTINCT \?(?:item|issue)\) AS \?count\) WHERE \{")


# 「（すべての文書）」「（取組状況は数えない。すべての文書）」: what a reading kept to a document
# no longer says
_ALL_DOCUMENTS_RE = re.compile(r"（すべての文書）|。すべての文書(?=）)")


def _ranked(sparql: str) -> re.Match[str] | None:
    """The counts per thing a query gives, or that it cuts short (the first, the top N)."""
    return _RANKED_RE.search(sparql) if "AS ?cut)" in sparql else _RANKED_RE.match(sparql)


def _kept(reading: Reading, documents: Sequence[Entity]) -> Reading | None:
    """``reading`` with its rows (issues, items, goals, themes or entities) kept to ``documents``, or None."""
    key = reading.keys[0] if reading.keys else reading.columns[0]
    if key == "count" and (counted := _COUNTED_RE.match(reading.sparql)) is not None:
        key = counted["var"]  # 「…ガイドブックのテーマ数」: the things counted kept to the document
    elif key not in _KEPT_KEYS and (ranked := _ranked(reading.sparql)) is not None:
        key = ranked["var"]  # 「法律ごとの取組件数（…報告書）」: the items counted, those of the document
    if key not in _KEPT_KEYS:
        return None
    listed = ", ".join(f"<{d.iri}>" for d in documents)
    sources = (
        f"oa:hasSource {listed} ."
        if len(documents) == 1
        else f"oa:hasSource ?scope_doc .\n  FILTER(?scope_doc IN ({listed}))"
    )
    pattern = f"?scope_ann oa:hasBody ?{key} ; oa:hasTarget ?scope_target .\n  ?scope_target {sources}"
    if key == "ann":  # 「…報告書で○○が出てくる箇所」: the mentions in the document
        pattern = f"?ann oa:hasTarget ?scope_target .\n  ?scope_target {sources}"

    named = "、".join(d.label for d in documents)

    def within(sparql: str | None) -> str | None:
        if sparql is None or "AS ?cut)" not in sparql:
            return None if sparql is None else sparql.replace("WHERE {", f"WHERE {{\n  {pattern}", 1)
        # 「…で最も多くの施策に関わっている省庁」: the ranking is kept to the document both where its rows
        # are counted and where the cut is taken from, so the first is the document's own
        headers = _RANKED_ANYWHERE_RE.findall(sparql)
        if len(headers) < 2 or len(set(headers)) != 1:
            return ""
        return sparql.replace(headers[0], f"{headers[0]}\n  {pattern}")

    if within(reading.sparql) == "":
        return None  # a cut of another shape: the first of the whole graph, not the document's
    return replace(
        reading,
        kind=f"{reading.kind}_in_document",
        sparql=within(reading.sparql) or "",
        key_sparql=within(reading.key_sparql),
        reading=f"文書: {named} の中で {_ALL_DOCUMENTS_RE.sub('', reading.reading)}",
    )


def _mentioned(word: str, document: Entity) -> Reading:
    classes = " ".join(_CLASSES[word].split())
    sparql = f"""SELECT DISTINCT ?entity ?entityLabel WHERE {{
  ?scope_target oa:hasSource <{document.iri}> .
  ?ann oa:hasTarget ?scope_target ; oa:hasBody ?entity .
  VALUES ?class {{ {classes} }} ?entity a ?class ; rdfs:label ?entityLabel .
  FILTER(LANG(?entityLabel) = "ja" || LANG(?entityLabel) = ""){_NOT_LOCAL if classes == "pol:Agency" else ""}
}} ORDER BY ?entityLabel"""
    return Reading(
        "document_mentions",
        sparql,
        f"文書: {document.label} → 言及されている{word}",
        ("entity", "entityLabel"),
        entities=(document,),
    )


# the close of a count per document (kg.ask.tallies), before which the documents compared are kept
_GROUPED_BY_DOC = "\n} GROUP BY ?document ?title"


def _two_named(
    name: str, documents: Sequence[tuple[Entity, str]], publishers: Publishers
) -> tuple[Entity, ...]:
    """The documents of 「AとB」, each half naming one (the first may leave its kind to the second's:
    「内閣府と文部科学省の工程表」), or none."""
    for m in re.finditer("と", name):
        first, second = name[: m.start()], name[m.end() :]
        if len(first) < 2 or len(second) < 2:
            continue
        if len(seconds := documents_named(second, documents, publishers)) != 1:
            continue
        kind = _CUE_END_RE.search(second)
        firsts = documents_named(first, documents, publishers)
        if not firsts and kind is not None:
            firsts = documents_named(f"{first}の{kind[0]}", documents, publishers)
        if len(firsts) == 1 and firsts != seconds:
            return (*firsts, *seconds)
    return ()


def publisher_first(text: str, lexicon: Lexicon) -> bool:
    """Whether ``text`` starts with the name of a document's publisher and a word of the documents'
    kind follows it (「国交省の行動計画で…」), so that its scope is read before the name as an agency's."""
    if not lexicon.publishers:
        return False
    publisher, rest = lexicon.publishers.first(text)
    return publisher is not None and _CUE_RE.search(rest[:12]) is not None


def read_document_scope(
    text: str, lexicon: Lexicon, today: date, read_question: Callable[[str, Lexicon, date], Outcome]
) -> Outcome | None:
    """``text`` read within a document it names first (the rest read by ``read_question``), or None."""
    documents = lexicon.documents
    if not documents:
        return None
    for at in range(2, min(len(text) - 1, 80)):
        tie = next((t for t in _TIES if text.startswith(t, at)), None)
        if tie is None and _CUE_END_RE.search(text[:at]) and _CLASS_START_RE.match(text, at):
            tie = ""  # 「国交省の行動計画　課題」: the class asked after a space, with no particle
        if tie is None:
            continue
        found = documents_named(text[:at], documents, lexicon.publishers)
        rest = text[at + len(tie) :]
        if not found and tie in _OF and (found := _two_named(text[:at], documents, lexicon.publishers)):
            # 「AとBの施策の数」: two documents compared, a count of each
            kept_to = lexicon.within(d.iri for d in found)
            outcome = read_question("文書ごとの" + rest, kept_to, today)
            if (
                isinstance(outcome, Reading)
                and "document" in outcome.columns
                and _GROUPED_BY_DOC in outcome.sparql
            ):
                compared = ", ".join(f"<{d.iri}>" for d in found)
                head, _, tail = outcome.sparql.rpartition(_GROUPED_BY_DOC)
                return replace(
                    outcome,
                    sparql=f"{head}\n  FILTER(?doc IN ({compared})){_GROUPED_BY_DOC}{tail}",
                    reading=f"文書: {'、'.join(d.label for d in found)} を比べて {outcome.reading}",
                )
            continue
        if not found:
            continue
        if len(found) > 1 and not _KIND_RE.fullmatch(text[:at]):
            return Ambiguous(text[:at], tuple(sorted(found, key=lambda e: e.iri)))
        if tie in _MENTIONED and len(found) == 1 and (m := _CLASS_RE.fullmatch(rest)) is not None:
            return _mentioned(m["word"], found[0])
        if tie in _OF and (rest in _CLASSES or rest in ACT_WORDS):
            rest += "一覧"  # 「GIFの法令」「…報告書　法律」: the list of the laws or bodies it has
        # 「…報告書の課題3.2」: the issue 3.2 of that document, though others number one 3.2 too
        kept_to = lexicon.within(d.iri for d in found)
        outcome = read_question(rest, kept_to, today)
        if not isinstance(outcome, Reading) and (listed := list_question(rest)) is not None:
            outcome = read_question(listed, kept_to, today)  # 「…で課題とされていること」「GIFの目的」
        every = match_kind(SCOPED_ITEMS, rest, {}) if not isinstance(outcome, Reading) else None
        if isinstance(every, Reading):
            # 「…ガイドブックの施策」: every item, asked within one document (as within a theme)
            outcome = measures_only(every) if measures_asked(rest) else every
        if isinstance(outcome, Reading) and (kept := _kept(outcome, found)) is not None:
            return kept
    return None
