"""The names a question may use for a law, an agency or an issue, read from the store.

Takes the store's labels (``rdfs:label`` and every ``skos:altLabel``), its issues
by number (looked up when a question names one) and, optionally, groups of
synonyms from elsewhere (the search package's curated list: a group that holds
one known name lends that name's entity to its other forms); gives the mentions in a folded question, leftmost
and longest first, each with every entity it may name.

A name that belongs to two entities of one kind (two laws both called 省令)
keeps both: the question is then ambiguous and the candidates are listed.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from kg.ask.abbreviations import Abbreviations
from kg.ask.compound import Ties
from kg.ask.entities import Entity, Kind, Mention, distinct
from kg.ask.glossed import disagreeing, glossed, glossed_before, narrowed_inside, numbers_after_words
from kg.ask.labelled import Labels, TooManyError
from kg.ask.numbered import ISSUE_QUERY, THEME_QUERY, as_typed, issue_number_forms, one_body
from kg.ask.publishers import Publishers
from kg.ask.text import fold
from kg.ask.theme_names import THEME_QUERY_BY_TITLE, THEME_TITLES_QUERY, ThemeNames
from kg.extract.agencies import agency_gazetteer
from kg.extract.statutes import statute_book

# One character (法, 省) would match inside nearly every question.
MIN_NAME_CHARS = 2

NAMES_QUERY = """
SELECT ?entity ?kind ?label ?name ?bundle WHERE {
  VALUES (?class ?kind) { (pol:Law "law") (pol:LawBundle "law") (pol:Agency "agency") }
  ?entity a ?class ; rdfs:label ?label ; rdfs:label|skos:altLabel ?name .
  FILTER(LANG(?label) = "ja" || LANG(?label) = "")
  OPTIONAL { ?entity a pol:LawBundle . BIND(true AS ?bundle) }
}"""

# Issues are many (every edition numbers its own): looked up by number when a question has one.
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)*")
# An issue asked about by (part of) its name (「読み仮名の法制化の検討の進捗」): the issues whose
# label, without spaces and in lower case, holds the words, with or without its bracketed asides
# (「カード機能（公的個人認証サービス）の抜本的改善」 is asked as 「カード機能の抜本的改善」).  Failing
# that, the issues whose label holds each of the name's words (「運転免許証のデジタル化」 for
# 「…運転免許証その他の国家資格証のデジタル化…」); a measure so too, or by its whole name
# (「運転免許証のデジタル化の進捗」), with or without its asides (:class:`~kg.ask.labelled.Labels`).
# A thing asked about by words its issue's progress updates hold (「デジタル活用支援の進み具合」): the issues
# whose progress updates' labels, without spaces and in lower case, hold the words.
ISSUE_REPORTED_QUERY = """
SELECT DISTINCT ?entity ?label WHERE {
  ?item a pol:ProgressUpdate ; rdfs:label ?itemLabel ; pol:addressesIssue ?entity .
  FILTER(CONTAINS(LCASE(REPLACE(STR(?itemLabel), "\\\\s", "")), "$words"))
  ?entity a pol:Issue ; rdfs:label ?label .
}"""  # ... the labels that hold them picked first (:class:`~kg.ask.labelled.Labels`)
ISSUE_REPORTED_BY_LABELS = """
SELECT DISTINCT ?entity ?label WHERE {
  VALUES ?itemLabel { $labels }
  ?item rdfs:label ?itemLabel ; a pol:ProgressUpdate ; pol:addressesIssue ?entity .
  ?entity a pol:Issue ; rdfs:label ?label .
}"""
# words shorter than this say too little to pick the progress updates they are in
MIN_REPORTED_CHARS = 4
# The name's words: split at の, ・, 、 and spaces; a word of one character says too little.
# An aside in brackets within a label: examples or a gloss, not the name
_ASIDE_RE = re.compile(r"\([^()]*\)")
_WORD_SPLIT_RE = re.compile(r"[の・、\s]+")
# ... and where Latin letters meet Japanese (「UI・UX最適化」: ui, ux, 最適化).
_SCRIPT_RE = re.compile(r"[a-z0-9][a-z0-9\-/]*|[^a-z0-9\-/]+")
# A measure asked about by the words of its name (「在留カードとマイナンバーカードの一体化」 for
# 「…とマイナンバーカードとの一体化」): split at と and や too, and at the particles that tie words
# (「郵便局での…」 for 「郵便局における…」).
_MEASURE_SPLIT_RE = re.compile(r"(?:における|による|に関する|に係る|[の・、とやでにをがへ\s])+")


# an agency's unit in brackets after its name (「（○○担当）」「（○○局）」)
UNIT_RE = re.compile(r"\([^()]{1,12}(?:担当|局|部|室|課)\)")

_AGENCY_IRI = "https://w3id.org/policykg/id/agency/"


def _gazetteer_names(entities: Sequence[tuple[Entity, str]]) -> list[tuple[Entity, str]]:
    """The gazetteer's other names (経産省) of the store's agencies, where the store has only the name."""
    gazetteer = agency_gazetteer()
    out: list[tuple[Entity, str]] = []
    for entity in dict.fromkeys(e for e, _ in entities if e.kind == "agency"):
        entry = gazetteer.get(entity.iri.removeprefix(_AGENCY_IRI))
        if entity.iri.startswith(_AGENCY_IRI) and entry is not None:
            out.extend((entity, alt) for alt in entry.alt_names)
    return out


def _words(name: str, split: re.Pattern[str]) -> list[str]:
    """The words of ``name`` worth looking up: two characters or more."""
    out = [w for part in split.split(name) for w in _SCRIPT_RE.findall(part)]
    return [w for w in dict.fromkeys(out) if len(w) >= 2]


def _statute_names(entities: Sequence[tuple[Entity, str]]) -> list[tuple[Entity, str]]:
    """The common abbreviations of the store's laws (the statute book's list: 「道交法」 for 道路交通法),
    where the documents do not write them."""
    book = statute_book()
    out: list[tuple[Entity, str]] = []
    for entity in dict.fromkeys(e for e, _ in entities if e.kind == "law" and not e.bundle):
        statute = book.by_title(entity.label)
        if statute is not None:
            out.extend((entity, short) for short in statute.abbreviations)
    return out


# Words a name may be looked up by: no quote, backslash or line break, and not a bare number.
_NAME_RE = re.compile(r"[^\"\\\n\r]{3,60}")
_ROW_NAME_RE = re.compile(r"[^\"\\\n\r]{2,40}")

# 「課題3.2」「課題No.3.2」, or a number with a dot or a hyphen before a particle (「3.2の課題」「1-2の進捗」)
# that is not part of a date written with an era's initial (「R3.7に」 is July 2021).
_ISSUE_RE = re.compile(
    r"課題(?:番号)?(?:no\.?|№|第)?(\d+(?:[.\-]\d+)*)(?:番)?"
    r"|(?<![a-z0-9.\-])(\d+[.\-]\d+)(?:の?課題)?(?=の|は|に|を|で|が|進捗|取組|取り組み|施策|$)"
)


# a bare number with a dot, not part of a date written with an era's initial (「R3.7」)
_BARE_NUMBER_RE = re.compile(r"(?<![a-z0-9.])(\d+\.\d+)(?![\d.])")


# The rows of the statistics tables by their labels (「宮崎県」「加賀市」「薬局」), looked up when asked.
ROW_QUERY = """
SELECT DISTINCT ?entity ?kind ?label WHERE {
  VALUES ?label { $labels }
  ?entity rdfs:label ?label .
  { ?o pol:refArea ?entity BIND("area" AS ?kind) }
  UNION { ?o pol:facilityType ?entity BIND("facility" AS ?kind) }
}"""
# Themes by their titles: the few titles read once, the themes of a title looked up when asked.
DOCUMENTS_QUERY = """
SELECT ?doc ?title ?id ?publisher WHERE {
  ?doc a pol:Document ; dcterms:title ?title ; pol:documentId ?id .
  OPTIONAL { ?doc dcterms:publisher/rdfs:label ?publisher }
}"""


class Selecting(Protocol):
    """What the lexicon reads the store through (a :class:`kg.store.reader.ReadStore` fits)."""

    def select(self, sparql: str) -> list[dict[str, str]]: ...


class Lexicon:
    """Folded names to the entities they name, per kind."""

    def __init__(
        self,
        entities: Iterable[tuple[Entity, str]],
        issues: Iterable[tuple[Entity, str]] = (),
        issue_lookup: Callable[[str], list[Entity]] | None = None,
        issue_name_lookup: Callable[[Sequence[str]], list[Entity]] | None = None,
        theme_lookup: Callable[[str], list[Entity]] | None = None,
        measure_lookup: Callable[[str], list[Entity]] | None = None,
        measure_words_lookup: Callable[[Sequence[str]], list[Entity]] | None = None,
        theme_titles: Iterable[str] = (),
        theme_lookup_by_title: Callable[[str], list[Entity]] | None = None,
        row_lookup: Callable[[str], list[Entity]] | None = None,
        documents: Iterable[tuple[str, str, str] | tuple[str, str, str, str]] = (),
        reported_lookup: Callable[[str], list[Entity]] | None = None,
        select: Callable[[str], list[dict[str, str]]] | None = None,
        labels: Labels | None = None,
    ) -> None:
        # each document (its IRI, title, identifier and, where known, publisher) with its title and
        # identifier folded; the names its publisher is asked by (「国交省」「長野」), each whole
        self.documents: tuple[tuple[Entity, str], ...] = ()
        published: list[tuple[str, str]] = []
        for iri, title, id_, *publisher in documents:
            self.documents += ((Entity(iri, "document", title), f"{fold(title)}|{fold(id_)}"),)
            published.extend((iri, p) for p in publisher[:1])
        self.publishers = Publishers(published)
        self.documents = tuple({e.iri: (e, said) for e, said in self.documents}.values())
        self._names: dict[str, dict[str, Entity]] = {}
        for entity, name in entities:
            key = fold(name)
            if len(key) >= MIN_NAME_CHARS:
                self._names.setdefault(key, {})[entity.iri] = entity
        self._issues: dict[str, dict[str, Entity]] = {}
        for entity, number in issues:
            self._issues.setdefault(fold(number), {})[entity.iri] = entity
        self._issue_lookup = issue_lookup
        self._issue_name_lookup = issue_name_lookup
        self._measure_lookup = measure_lookup
        self._measure_words_lookup = measure_words_lookup
        self._longest = max((len(k) for k in self._names), default=0)
        # short forms of agencies' names no document writes (「日弁連」), read where nothing else is
        # (:meth:`shortened`)
        self.abbreviating = False
        self._abbreviations = Abbreviations(())
        self._shortened: Lexicon | None = None
        self._within: tuple[str, ...] = ()
        self._row_lookup = row_lookup
        self._reported_lookup = reported_lookup
        # the store's rows of a query, for a reader that asks whether anything holds the words asked
        self.select = select
        # which bodies the store holds under which (「法務省の法制審議会」)
        self.ties = Ties(select)
        # the labels of a class's entities, read once (:mod:`kg.ask.labelled`)
        self.labels = labels if labels is not None else Labels(select) if select is not None else None
        self.themes = ThemeNames(theme_titles, theme_lookup, theme_lookup_by_title)

    @classmethod
    def from_store(cls, store: Selecting, synonyms: Iterable[Iterable[str]] = ()) -> Lexicon:
        """The names of the store's laws, bundles and agencies, and its issue numbers."""
        entities: list[tuple[Entity, str]] = []
        for row in store.select(NAMES_QUERY):
            kind: Kind = "law" if row["kind"] == "law" else "agency"
            entity = Entity(row["entity"], kind, row["label"], bundle="bundle" in row)
            entities.append((entity, row["name"]))
        entities.extend(_gazetteer_names(entities))
        entities.extend(_statute_names(entities))

        def issues(number: str) -> list[Entity]:
            if not (forms := issue_number_forms(number)):
                return []
            rows = store.select(ISSUE_QUERY.replace("$numbers", " ".join(f'"{f}"' for f in forms)))
            return [Entity(r["entity"], "issue", r["label"]) for r in as_typed(rows, number, "課題")]

        # the labels of issues and measures, read once and looked through for each question's words
        # (a scan of every label by the store takes seconds each at 1,000 documents)
        labels = Labels(store.select)

        def issues_named(words: Sequence[str]) -> list[Entity]:
            return [Entity(e.iri, "issue", e.label) for e in labels.named("Issue", words)]

        def themes(number: str) -> list[Entity]:
            said = re.fullmatch(r"(\D*)(\d+)", number)
            if said is None:
                return []
            rows = store.select(THEME_QUERY.replace("$numbers", f'"{said[2]}"'))
            return [Entity(r["entity"], "theme", r["label"]) for r in as_typed(rows, number)]

        def measures_worded(words: Sequence[str]) -> list[Entity]:
            return [Entity(e.iri, "measure", e.label) for e in labels.named("Measure", words)]

        def reported(words: str) -> list[Entity]:
            try:
                held = labels.holding(("ProgressUpdate",), [words], plain=True)
            except TooManyError:
                held = []
                rows = store.select(ISSUE_REPORTED_QUERY.replace("$words", words))
            else:
                rows = (
                    store.select(ISSUE_REPORTED_BY_LABELS.replace("$labels", " ".join(held))) if held else []
                )
            return [Entity(r["entity"], "issue", r["label"]) for r in rows]

        def measures(name: str) -> list[Entity]:
            return [Entity(e.iri, "measure", e.label) for e in labels.called("Measure", name)]

        def literals(label: str) -> str:
            quoted = '"' + label.replace("\\", "").replace('"', "") + '"'
            return f"{quoted} {quoted}@ja"

        def themes_titled(title: str) -> list[Entity]:
            rows = store.select(THEME_QUERY_BY_TITLE.replace("$labels", literals(title)))
            return [Entity(r["entity"], "theme", r["label"]) for r in rows]

        def table_rows(label: str) -> list[Entity]:
            rows = store.select(ROW_QUERY.replace("$labels", literals(label)))
            return [
                Entity(r["entity"], "area" if r["kind"] == "area" else "facility", r["label"]) for r in rows
            ]

        lexicon = cls(
            entities,
            theme_titles=[r["label"] for r in store.select(THEME_TITLES_QUERY)],
            theme_lookup_by_title=themes_titled,
            row_lookup=table_rows,
            issue_lookup=issues,
            issue_name_lookup=issues_named,
            theme_lookup=themes,
            measure_lookup=measures,
            measure_words_lookup=measures_worded,
            documents=[
                (r["doc"], r["title"], r["id"], r.get("publisher", "")) for r in store.select(DOCUMENTS_QUERY)
            ],
            reported_lookup=reported,
            select=store.select,
            labels=labels,
        )
        lexicon.add_synonyms(synonyms)
        return lexicon

    def add_synonyms(self, groups: Iterable[Iterable[str]]) -> None:
        """Let every form of a group name what a known form of it names."""
        for group in groups:
            forms = [fold(f) for f in group]
            known: dict[str, Entity] = {}
            for form in forms:
                known.update(self._names.get(form, {}))
            if not known:
                continue
            for form in forms:
                if len(form) >= MIN_NAME_CHARS:
                    self._names.setdefault(form, {}).update(known)
        self._longest = max((len(k) for k in self._names), default=0)

    def issues(self, number: str) -> tuple[Entity, ...]:
        """The issues numbered ``number`` (one per document), as typed first (:mod:`kg.ask.numbered`)."""
        found = dict(self._issues.get(fold(number).replace("-", "."), {}))
        if self._issue_lookup is not None:
            found.update((e.iri, e) for e in self._issue_lookup(fold(number)))
        # a question kept to documents: their issues of that number, where they have one (an issue's
        # IRI is under its document's, :mod:`kg.rdf.iris`)
        kept = [e for e in found.values() if any(e.iri.startswith(f"{d}/") for d in self._within)]
        return tuple(kept or found.values())

    def within(self, documents: Iterable[str]) -> Lexicon:
        """This lexicon, an issue's number read as the issue of those documents (IRIs) where they have one."""
        other = copy.copy(self)
        other._within = tuple(documents)
        return other

    def issues_named(self, words: str) -> tuple[Entity, ...]:
        """The issues whose label holds ``words`` (folded), or else each of its words; none for words
        too short or odd to look up."""
        words = fold(words).replace("など", "等")  # 「児童手当などの…」 for 「児童手当等の…」
        if self._issue_name_lookup is None or not _NAME_RE.fullmatch(words) or _NUMBER_RE.fullmatch(words):
            return ()
        found = self._issue_name_lookup([words])
        parts = _words(words, _WORD_SPLIT_RE)
        if not found and len(parts) >= 2:
            found = self._issue_name_lookup(parts)
        unique = distinct(found)
        # 「マイナポイント」 heads 4.4's label and is an example in 5.7's aside
        # (「民間利用の拡大（マイナポイントの官民連携、…）」): the issue named outside its asides is the one
        # meant, where it is one
        named = tuple(e for e in unique if words in _ASIDE_RE.sub("", fold(e.label)))
        return named if len(unique) > 1 and len(named) == 1 else unique

    def issues_holding(self, word: str) -> tuple[Entity, ...]:
        """The issues whose label (folded, without spaces) holds ``word`` whole."""
        word = fold(word)
        if self._issue_name_lookup is None or not _ROW_NAME_RE.fullmatch(word):
            return ()
        return distinct(self._issue_name_lookup([word]))

    def measures_named(self, name: str) -> tuple[Entity, ...]:
        """The measures whose whole label (folded, asides in brackets or not) is ``name``."""
        name = fold(name)
        if self._measure_lookup is None or not _NAME_RE.fullmatch(name) or _NUMBER_RE.fullmatch(name):
            return ()
        return distinct(self._measure_lookup(name))

    def issues_reported(self, words: str) -> tuple[Entity, ...]:
        """The issues whose progress updates' labels hold ``words`` (folded) whole."""
        words = fold(words)
        if self._reported_lookup is None or len(words) < MIN_REPORTED_CHARS or not _NAME_RE.fullmatch(words):
            return ()
        return distinct(self._reported_lookup(words))

    def measures_held(self, name: str) -> tuple[Entity, ...]:
        """The measures whose label holds ``name`` whole, where no issue's label does (「免許証のデジタル化」
        is within 「運転免許証のデジタル化」, a measure, and only word by word in its issue's label)."""
        name = fold(name)
        if (
            self._measure_words_lookup is None
            or self._issue_name_lookup is None
            or not _NAME_RE.fullmatch(name)
            or _NUMBER_RE.fullmatch(name)
            or len(_words(name, _WORD_SPLIT_RE)) < 2
            or self._issue_name_lookup([name])
        ):
            return ()
        return distinct(self._measure_words_lookup([name]))

    def measures_worded(self, name: str) -> tuple[Entity, ...]:
        """The measures whose label holds each word of ``name`` (three words at least, so that a
        name says enough to pick one)."""
        name = fold(name)
        parts = _words(name, _MEASURE_SPLIT_RE)
        if self._measure_words_lookup is None or not _NAME_RE.fullmatch(name) or len(parts) < 3:
            return ()
        return distinct(self._measure_words_lookup(parts))

    def find_issues(self, text: str) -> list[Mention]:
        """Issue numbers in ``text`` (「課題3.2」「3.2の課題」), known or not; a number said with words of
        its label (「課題4.1（二次利用）」「1.3 ○○」), or after them in brackets (「○○（4.6）」), is the issue
        of that number those words agree with (:mod:`kg.ask.glossed`)."""
        found = []
        for m in _ISSUE_RE.finditer(text):
            number = (typed := m.group(1) or m.group(2)).replace("-", ".")  # 「課題6-2」: 6.2 too
            end, issues = m.end(), self.issues(typed)
            if (said := glossed(text, end, issues)) is not None:
                end, issues = said
            elif (unsure := disagreeing(text, end, issues)) is not None:
                # 「課題1.3「○○」」 where 1.3 is another issue: asked back
                found.append(
                    Mention(m.start(), unsure, text[m.start() : unsure], "issue", issues, unsure=True)
                )
                continue
            found.append(Mention(m.start(), end, number, "issue", issues))
        for m in numbers_after_words(text):
            # 「…標準化（4.6）の取組状況」: the number in brackets after words of its issue's label
            # (the words themselves are the user's, dropped as an aside: :mod:`kg.ask.asides`)
            if narrowed_inside(found, m, text):
                continue  # 「…（課題4.6）」: read as any number after 課題 (narrowed by the words)
            if before := glossed_before(text, m.start(), self.issues(m["number"])):
                number = m["number"]
                found.append(
                    Mention(m.start("number"), m.end("number"), number.replace("-", "."), "issue", before)
                )
        taken = [(f.start, f.end) for f in found]
        for m in _BARE_NUMBER_RE.finditer(text):
            # 「1.3 ○○　施策」: a bare number is an issue's only where words of its label follow it
            if any(s <= m.start() < e for s, e in taken):
                continue
            if (said := glossed(text, m.end(), self.issues(m[1]))) is not None:
                found.append(Mention(m.start(), said[0], m[1], "issue", said[1]))
        return sorted(found, key=lambda f: f.start)

    def shortened(self) -> Lexicon:
        """This lexicon, finding agencies by short forms of their names too (:mod:`kg.ask.abbreviations`)."""
        if self._shortened is None:
            other = copy.copy(self)
            other.abbreviating = True
            other._abbreviations = Abbreviations(
                (e, key) for key, entities in self._names.items() for e in entities.values()
            )
            self._shortened = other
        return self._shortened

    def shortens(self, text: str) -> bool:
        """Whether ``text`` (folded) holds a short form of an agency's name that no name found covers."""
        plain = {(m.start, m.end) for m in self.find_names(text)}
        return any((m.start, m.end) not in plain for m in self.shortened().find_names(text))

    def called(self, name: str) -> tuple[Entity, ...]:
        """The laws and agencies called ``name`` (folded as the names are)."""
        return tuple(self._names.get(fold(name), {}).values())

    def find_themes(self, text: str) -> list[Mention]:
        """Theme numbers in ``text`` (「テーマ5」「第3テーマ」), known or not, and themes' titles."""
        return self.themes.find(text)

    def table_rows(self, name: str) -> tuple[Entity, ...]:
        """The areas or facility types of the statistics tables labelled ``name``."""
        if self._row_lookup is None or not _ROW_NAME_RE.fullmatch(name):
            return ()
        found = self._row_lookup(name)
        # 「東京」「大阪」「宮崎」: a prefecture named without 都, 府 or 県
        for suffix in ("都", "府", "県") if not found and len(name) <= 4 else ():
            found = self._row_lookup(name + suffix)
            if found:
                break
        return distinct(found)

    def find_names(self, text: str, taken: Iterable[tuple[int, int]] = ()) -> list[Mention]:
        """Law and agency names in ``text`` outside the ``taken`` spans, leftmost-longest."""
        blocked = [False] * len(text)
        for start, end in taken:
            for i in range(start, end):
                blocked[i] = True
        found: list[Mention] = []
        i = 0
        while i < len(text):
            for length in range(min(self._longest, len(text) - i), MIN_NAME_CHARS - 1, -1):
                if any(blocked[i : i + length]):
                    continue
                entities = self._names.get(text[i : i + length])
                if entities:
                    kinds = {e.kind for e in entities.values()}
                    # A name of both a law and an agency is taken as the law: laws are named
                    # 「…法」 and an agency is not, so the two meet only in odd data.
                    kind: Kind = "law" if "law" in kinds else "agency"
                    candidates = one_body(tuple(e for e in entities.values() if e.kind == kind))
                    # 「○○省（○○担当）」: the agency's unit said in brackets, read as the agency
                    unit = UNIT_RE.match(text, i + length) if kind == "agency" else None
                    end = unit.end() if unit is not None and not any(blocked[i : unit.end()]) else i + length
                    found.append(Mention(i, end, text[i:end], kind, candidates))
                    i = end
                    break
            else:
                end, shortened = self._abbreviations.at(text, i) if self.abbreviating else (i, ())
                if shortened and not any(blocked[i:end]):
                    found.append(Mention(i, end, text[i:end], "agency", one_body(shortened)))
                    i = end
                else:
                    i += 1
        return found
