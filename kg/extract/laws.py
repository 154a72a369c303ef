"""Find the laws a Japanese policy text names, each resolved to one entity.

:func:`find_laws` returns one :class:`LawMention` per name, sorted and without
overlaps (the longest match wins), with ``text[m.start:m.end] == m.text``.

What is found:

* Names in the gazetteer (``kg/data/laws.csv``): the official title, every
  略称, and the law number (「平成14年法律第151号」), in full- or half-width
  forms.  A name inside 「」 or （） is the name without the brackets.
* Statutes not in the gazetteer: a run of nouns ending in 法
  (「持続可能性確保法」; one word if an acronym, 「PFI法」, or listed right after a law,
  「特定商取引法及び預託法」, 「宅建業法及び景表法」), a title ending in 「…に関する法律」, and a law number;
  ``known`` is False and ``key`` is the NFKC name; but a short form of one title of the statute book
  (「食品ロス削減推進法」, 「種の保存法」) is that act's (:mod:`kg.extract.law_short_forms`).  An
  ordinance titled 「…に関する内閣府令」; a local ordinance (…条例, 「…法施行条例」) and the rules
  enforcing it (「…条例施行規則」), but not the number of one (「（令和4年浜松市条例第10号）」).
* …関連法 is a bundle; …法制 a body of law, and the entity of the law it is built around when
  that law is known (「個人情報保護法制」 is 個人情報保護法 with kind "body_of_law"), but not
  法制化 (「読み仮名の法制化」 plans a law, it names none), 法制審議会 (an agency) or 内閣法制局.
* An ordinance of the document's own body named without the body's name
  (「本市情報公開条例」, 「自治基本条例を制定」) is ``document_scoped``; a bill
  (「…の一部を改正する法律案」) is no law, the law it amends is (:mod:`kg.extract.law_titles`);
  an amending act whose title amends several acts or states its purpose
  (「…健康保険法等の一部を改正する法律」) is a law of its own, ``amended`` the acts its title names.
* A law number in brackets right after a title is that act's (:mod:`kg.extract.law_mentions`); an
  abbreviation defined there (「（以下「温対法」という。）」) and each later use name it too.
* A bare 府令, 省令 or 政令 (「省令整備」, 「3年9月府令改正」) names an ordinance
  without saying which: its key is the word and ``document_scoped`` is True,
  so it stands for one ordinance of its document, never one for the corpus.
* 「同法施行令」, 「同法施行規則」 after a law of the same sentence are that law's ordinances
  (「特定商取引法施行令及び同法施行規則」: key 特定商取引法施行規則).
* 法改正, 法律改正 and 法制上の措置 (法令上の措置) say that something is done by law.  When a
  law is named next to them (「マイナンバー法等の法律改正」, 「法改正を実施（デジタル改革関連法）」)
  they only set that mention's ``relation``; otherwise they are a legislative action
  (:mod:`kg.extract.legislation`), no law.

``relation`` tells how the text relates to the law where its words say so:
「…法の成立」 「…法律の制定」 enacts, 「…法改正」 「改正…法」 amends,
「…法による」 「…法に基づく」 based_on, 「…法の施行」 enforces (:mod:`kg.extract.law_relations`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.language import Language

from kg.extract.folding import fold, is_masked, masked_spans
from kg.extract.gazetteers import (
    Candidate,
    Gazetteer,
    GazetteerRuler,
    composed,
    normalise_name,
    noun_runs,
    read_gazetteer_csv,
    select_longest,
    split_names,
    store,
)
from kg.extract.law_defined import as_defined, with_defined
from kg.extract.law_forms import ENFORCEMENT_ORDER_RE, glued_after, inside_other_name
from kg.extract.law_local import local_ordinances
from kg.extract.law_mentions import (
    LawMention,
    MentionIndex,
    Relation,
    numbers_beside_titles,
    same_act_ordinances,
)
from kg.extract.law_numbers import LAW_NUMBER_RE, LawNumber, parse_law_number
from kg.extract.law_relations import legal_measures, relation
from kg.extract.law_rules import (
    LISTED,
    LISTED_AFTER_LAW_RE,
    listed_after_laws,
    one_word_name,
    rule_names,
    short_names,
    title_forms,
)
from kg.extract.law_short_forms import short_form_key, short_form_start
from kg.extract.law_titles import (
    AMENDING_ACT,
    MIN_NAME_CHARS,
    MODIFIERS,
    amended_candidates,
    name_start,
    names_local_body_or_listed,
    own_ordinance,
    own_title,
    titles,
)
from kg.extract.nlp import LAW_RULER, LAWS_KEY, Ruler, extract, register_ruler
from kg.extract.statutes import statute_book

__all__ = ["LawEntry", "LawGazetteer", "LawMention", "Relation", "find_laws", "law_gazetteer"]


@dataclass(frozen=True, slots=True)
class LawEntry:
    """One law of the gazetteer."""

    key: str
    name: str
    short_names: tuple[str, ...]
    number: str | None
    egov_id: str | None
    bundle: str | None
    kind: str
    english: str

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.short_names)


class LawGazetteer(Gazetteer[LawEntry]):
    """The laws of ``kg/data/laws.csv``, by key, by name and by law number."""

    def __init__(self, entries: list[LawEntry]) -> None:
        super().__init__(entries)
        self._by_number: dict[LawNumber, LawEntry] = {}
        for e in entries:
            parsed = parse_law_number(e.number) if e.number else None
            if parsed is not None:
                self._by_number[parsed] = e

    def by_number(self, number: LawNumber) -> LawEntry | None:
        return self._by_number.get(number)

    def resolve(self, surface: str) -> LawEntry | None:
        """The law ``surface`` names, or None.

        >>> law_gazetteer().resolve("「マイナンバー法」").key
        'my-number-act'
        """
        norm = normalise_name(surface)
        for candidate in (norm, _strip_amendment(norm)):
            entry = self._by_name.get(candidate)
            if entry is not None:
                return entry
            number = parse_law_number(candidate)
            if number is not None and number in self._by_number:
                return self._by_number[number]
        return None


_AMENDMENT_AFFIXES = re.compile(
    r"^(?:(?:令和|平成|昭和)?[0-9元]+年)?(?:改正|現行|新|旧)|(?:等)?(?:の)?(?:法律)?(?:改正|の一部改正)$"
)


def _strip_amendment(norm: str) -> str:
    return _AMENDMENT_AFFIXES.sub("", norm)


@lru_cache(maxsize=1)
def law_gazetteer() -> LawGazetteer:
    """The shipped law gazetteer (read once)."""
    entries = [
        LawEntry(
            key=row["key"],
            name=row["name"],
            short_names=split_names(row["short_names"]),
            number=row["number"] or None,
            egov_id=row["egov_id"] or None,
            bundle=row["bundle"] or None,
            kind=row["kind"],
            english=row["english"],
        )
        for row in read_gazetteer_csv("laws.csv")
    ]
    return LawGazetteer(entries)


def find_laws(text: str) -> list[LawMention]:
    """The laws named in ``text``, in order, without overlaps.

    >>> [(m.text, m.key, m.relation) for m in find_laws("公的個人認証法改正（3年5月）")]
    [('公的個人認証法', 'jpki-act', 'amends')]
    """
    return extract(text)[0]


# --- the component -------------------------------------------------------------

# The last noun of 「データ活用法」 says "a method", not a law ...
_METHOD_NOUNS = frozenset(
    {"活用", "利用", "使用", "解決", "学習", "計算", "解析", "分析"}
    | {"測定", "評価", "表記", "表現", "作成", "処理", "指導"}
)
# ... unless what follows is said of a law alone: an amending act or bill (「…利用法の一部を改正する」), its
# amendment, an article (「…使用法第16条」), its orders, or what rests on it (「…使用法に基づく認可」).
_LAW_SAID_AFTER = re.compile(
    r"(?:等)?(?:の(?:一部|全部)を改正する|の改正|改正(?:法|案)|施行令|施行規則|"
    r"第[0-9一二三四五六七八九十百千]+条|に基づ)"
)
# A word in katakana the tagger calls an adjective (スマート) stands in a name too: the run starts after
# any other adjective (kg.extract.law_titles.name_start).
_NOUNISH: dict[str, Any] = {
    "POS": {"IN": ["NOUN", "PROPN", "NUM", "ADJ"]},
    "TEXT": {"NOT_IN": ["法", "法等", "法制", "・"]},
}
_ORDINANCE_NUMBER_RE = re.compile(r"第[0-9０-９一二三四五六七八九十百千]+号")
_LABEL_WORDS = (("STATUTE", "法"), ("BODY", "法制"), ("LOCAL", "条例"))


class LawRuler(GazetteerRuler[LawGazetteer]):
    """Puts the laws of a doc in ``doc.user_data["policykg.laws"]`` and ``doc.spans``."""

    def __init__(self, nlp: Language, name: str = LAW_RULER) -> None:
        super().__init__(nlp, name, law_gazetteer())
        self._by_egov_id = {e.egov_id: e.key for e in self.gazetteer if e.egov_id}
        # 「鳥獣被害防止特措法」: 特措法 (特別措置法 shortened) is one word of the tagger, and so may be
        # 法等 (「感染症法等の一部を改正する」, read as a given name)
        ends = ("法", "特措法", "法等")
        self._matcher.add("STATUTE", [[{**_NOUNISH, "OP": "+"}, {"TEXT": end}] for end in ends])
        self._matcher.add("BODY", [[{**_NOUNISH, "OP": "+"}, {"TEXT": "法制"}]])
        self._matcher.add(
            "LOCAL",
            [
                [{**_NOUNISH, "OP": "+"}, {"TEXT": "条例"}],
                # 「さいたま市個人情報保護法施行条例」: an ordinance enforcing a law
                [{**_NOUNISH, "OP": "+"}, {"TEXT": "法"}, {"TEXT": "施行"}, {"TEXT": "条例"}],
            ],
        )

    def __call__(self, doc: Any) -> Any:
        text = doc.text  # spaCy joins the tokens again on every access
        folded = fold(text)
        masks = masked_spans(folded)
        cands = [
            c
            for c in self._candidates(doc, folded)
            if not is_masked(c.start, c.end, masks) and not inside_other_name(folded, c.start, c.end)
        ]
        cands = [c for c in cands if c.kind != AMENDING_ACT or own_title(folded, c, cands)]
        cands = _listed_titles_whole(cands)
        chosen = listed_after_laws(folded, select_longest(cands))
        chosen, defined = with_defined(folded, chosen, _after_modifier_or_boundary)
        mentions = [self._mention(text, folded, c, self._amended(text, folded, c, cands)) for c in chosen]
        mentions = as_defined(mentions, defined)
        mentions = legal_measures(folded, mentions, masks)
        mentions = same_act_ordinances(text, folded, mentions, masks)
        index = MentionIndex(mentions)
        mentions = [replace(m, relation=m.relation or relation(folded, m, index)) for m in mentions]
        mentions = numbers_beside_titles(folded, mentions)
        store(doc, LAWS_KEY, mentions, lambda m: m.key)
        return doc

    def _candidates(self, doc: Any, folded: str) -> Iterator[Candidate]:
        for m in self._names_re.finditer(folded):
            if _after_modifier_or_boundary(folded, m.start()) and not glued_after(folded, m.end()):
                entry = self._names[composed(m.group())]
                basis = "gazetteer" if composed(m.group()) == fold(entry.name) else "abbreviation"
                yield Candidate(m.start(), m.end(), entry.key, basis, priority=2)
                suffix = ENFORCEMENT_ORDER_RE.match(folded, m.end())
                if suffix:  # 「番号法施行令」 is an ordinance of its own
                    yield Candidate(m.start(), suffix.end(), None, "ordinance", priority=1)
        book = statute_book()
        for found in book.find(folded):
            if _after_modifier_or_boundary(folded, found.start) and not glued_after(folded, found.end):
                key = self._by_egov_id.get(found.egov_id, found.egov_id)
                yield Candidate(found.start, found.end, key, found.basis, priority=2)
                suffix = ENFORCEMENT_ORDER_RE.match(folded, found.end)
                if suffix:
                    yield Candidate(found.start, suffix.end(), None, "ordinance", priority=1)
        for m in LAW_NUMBER_RE.finditer(folded):
            number = parse_law_number(m.group())
            numbered = self.gazetteer.by_number(number) if number else None
            egov_id = number.egov_id() if number else None
            if numbered is not None:
                yield Candidate(m.start(), m.end(), numbered.key, "law_number", priority=2)
            elif egov_id is not None and book.get(egov_id) is not None:
                yield Candidate(m.start(), m.end(), egov_id, "law_number", priority=2)
            else:
                kind = "statute" if m["type"] == "法律" else "ordinance"
                yield Candidate(m.start(), m.end(), None, f"{kind}:number", priority=1)
        yield from self._noun_runs(doc)
        yield from title_forms(folded, titles(doc, folded))
        yield from rule_names(folded)  # 「労働安全衛生規則」, 「○○市文書管理規則」
        # 「○○の台市…条例」: a municipality's name in kana, which no run of nouns holds whole
        yield from (Candidate(s, e, None, kind) for s, e, kind in local_ordinances(folded))
        yield from short_names(doc) if "法" in folded else ()  # 「温対法」: an abbreviation
        for token in doc:  # 「宅建業法及び景表法」: a word the tagger ends in 法, listed after a law
            if (
                len(token.text) > 2
                and token.text.endswith("法")
                and token.pos_ in ("NOUN", "PROPN")
                and token.text[:-1] not in _METHOD_NOUNS
                and LISTED_AFTER_LAW_RE.search(doc.text, 0, token.idx)
            ):
                yield Candidate(token.idx, token.idx + len(token.text), None, LISTED)

    def _noun_runs(self, doc: Any) -> Iterator[Candidate]:
        text = doc.text
        # Each label is one pass of the matcher over the doc: only those whose last word is there.
        for label in (x for x, word in _LABEL_WORDS if word in text):
            for start, end in noun_runs(doc, self._matcher, label):
                first = name_start(doc, start, end - 1)
                last = doc[end - 1]
                nouns = doc[first : end - 1]
                if len(nouns) == 0:
                    continue
                if label == "BODY":
                    after = doc[end] if end < len(doc) else None
                    if after is not None and after.pos_ in ("NOUN", "PROPN"):
                        continue  # 法制化, 法制審議会, 内閣法制局
                    kind = "body_of_law"
                elif label == "LOCAL":
                    if _ORDINANCE_NUMBER_RE.match(text, last.idx + len(last.text)):
                        continue  # 「（令和4年浜松市条例第10号）」: an ordinance's number, not its name
                    own = own_ordinance(doc, first, end)
                    if (
                        own is not None
                    ):  # 「本市情報公開条例」, 「自治基本条例を制定」: one of this document's body
                        yield own
                        if text.startswith("施行規則", own.end):  # 「本市情報公開条例施行規則」
                            yield Candidate(own.start, own.end + len("施行規則"), None, own.kind)
                        continue
                    if not names_local_body_or_listed(nouns.text):
                        continue
                    kind = "local_ordinance"  # 「横浜市個人情報保護条例」
                elif nouns[-1].text in _METHOD_NOUNS and not (
                    len(nouns) > 1 and _LAW_SAID_AFTER.match(text, last.idx + len(last.text))
                ):
                    continue
                elif (over := short_form_start(doc, start, first, last.idx + len(last.text))) is not None:
                    yield Candidate(over, last.idx + len(last.text), None, "statute")  # 「種の保存法」
                    continue
                elif len(nouns.text) < MIN_NAME_CHARS or len(nouns) < 2:
                    short = one_word_name(text, nouns)
                    if short is None:
                        continue
                    kind = short
                else:
                    kind = "bundle" if nouns[-1].text == "関連" else "statute"
                end_char = last.idx + len(last.text) - (last.text == "法等")  # 等 is no part of the name
                yield Candidate(nouns.start_char, end_char, None, kind)
                suffix = ENFORCEMENT_ORDER_RE.match(text, end_char) if label == "STATUTE" else None
                if suffix:  # 「…法施行令」, 「…法施行規則」: an ordinance named after its act
                    yield Candidate(nouns.start_char, suffix.end(), None, "ordinance")
                elif label == "LOCAL" and text.startswith("施行規則", end_char):
                    # 「千葉市情報公開条例施行規則」: the rules enforcing an ordinance
                    yield Candidate(nouns.start_char, end_char + len("施行規則"), None, kind)

    def _amended(
        self, text: str, folded: str, act: Candidate, cands: list[Candidate]
    ) -> tuple[LawMention, ...]:
        """The laws an amending act's title names before 「（等）の一部を改正する」."""
        if act.kind != AMENDING_ACT:
            return ()
        return tuple(self._mention(text, folded, c) for c in amended_candidates(folded, act, cands))

    def _mention(
        self, text: str, folded: str, cand: Candidate, amended: tuple[LawMention, ...] = ()
    ) -> LawMention:
        surface = text[cand.start : cand.end]
        if cand.kind == AMENDING_ACT:
            # 「…健康保険法等の一部を改正する法律」: an act of its own title, amending those it names
            key = normalise_name(surface)
            return LawMention(surface, cand.start, cand.end, key, False, "statute", amended=amended)
        if cand.key is not None:
            entry = self.gazetteer.get(cand.key)
            if entry is not None:
                return LawMention(
                    surface,
                    cand.start,
                    cand.end,
                    entry.key,
                    True,
                    entry.kind,
                    bundle=entry.bundle,
                    basis=cand.kind,
                )
            if statute_book().get(cand.key) is not None:
                return LawMention(surface, cand.start, cand.end, cand.key, True, "statute", basis=cand.kind)
        if cand.kind == "body_of_law":
            # 「個人情報保護法制」 is the body of law around 個人情報保護法: that law's entity.
            entry = self.gazetteer.resolve(surface[:-1])
            if entry is not None:
                return LawMention(
                    surface, cand.start, cand.end, entry.key, True, cand.kind, bundle=entry.bundle
                )
        short = short_form_key(surface) if cand.kind in ("statute", LISTED) else None
        if short is not None:  # 「食品ロス削減推進法」: a short form of the one title it is made from
            key = self._by_egov_id.get(short, short)
            return self._mention(text, folded, replace(cand, key=key, kind="short_form"), amended)
        kind, _, how = cand.kind.partition(":")
        key = normalise_name(surface)
        if how == "own":
            return LawMention(surface, cand.start, cand.end, key, False, kind, document_scoped=True)
        if how == "number":
            number = parse_law_number(surface)
            key = (number.egov_id() if number else None) or str(number or key)
        basis = "law_number" if how == "number" else "form"
        return LawMention(surface, cand.start, cand.end, key, False, kind, basis=basis)


def _listed_titles_whole(cands: list[Candidate]) -> list[Candidate]:
    """A title of the statute book (or the gazetteer) is the whole name: a title read by its ending
    (「国の空家等対策の推進に関する特別措置法」, 「計画に基づく空家等…」) that reaches back past the start
    of a listed title ending where it does holds words before the name, and is left out."""
    listed = {c.end: c.start for c in cands if c.key is not None}
    return [
        c
        for c in cands
        if not (c.key is None and c.kind in ("statute", "ordinance") and listed.get(c.end, c.start) > c.start)
    ]


def _after_modifier_or_boundary(folded: str, start: int) -> bool:
    """A name glued to the end of another word is part of a longer name we do not know."""
    if start == 0 or not _is_word_char(folded[start - 1]):
        return True
    return any(folded.endswith(mod, 0, start) for mod in MODIFIERS) or folded[start - 1] in "0123456789"


def _is_word_char(ch: str) -> bool:
    # Kana particles and punctuation end a word; kanji, katakana and Latin letters do not.
    return ("一" <= ch <= "鿿") or ("ァ" <= ch <= "ヺ") or (ch.isascii() and ch.isalnum())


register_ruler(Ruler(LAW_RULER, LAWS_KEY, law_gazetteer, order=1), LawRuler)
