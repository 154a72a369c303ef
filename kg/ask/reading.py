"""Reading a question: its names and period put in slots, then matched against the kinds.

Takes a question, a :class:`~kg.ask.names.Lexicon` and the date of the latest
document (bare era years and 年度 are read as :mod:`kg.extract.dates` reads them in a
document of that date); gives a :class:`Reading` — the kind understood, the
SPARQL with its slots filled, and the words that say how it was read — or
one of :class:`NotUnderstood`, :class:`UnknownName` and :class:`Ambiguous`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from kg.ask.acts import read_act_kind, read_acted_laws
from kg.ask.aims import read_targets, read_worded_goals
from kg.ask.amending import amending_act
from kg.ask.articles import without_articles
from kg.ask.asides import qualified
from kg.ask.bare import name_alone
from kg.ask.bodies import read_bodies
from kg.ask.breakdowns import BREAKDOWN_KINDS, count_breakdown, read_breakdown
from kg.ask.cuts import apply_cut, cut_variants
from kg.ask.dated import asked_when, with_dates_as_written
from kg.ask.documents import (
    document_first,
    document_within,
    publisher_first,
    publishes,
    read_document_scope,
)
from kg.ask.joint import read_joint
from kg.ask.lists import GLOSS_RE, read_list
from kg.ask.lookups import read_table_row
from kg.ask.named import by_issue_name, by_measure_name, by_reported_words
from kg.ask.names import Lexicon
from kg.ask.narrow import (
    HOW_MANY_RE,
    MEASURES_ONLY_RE,
    PROGRESS_WORD_RE,
    counted,
    measures_only,
    measures_said,
    one_class,
    progress_only,
    says_done,
    says_measures,
)
from kg.ask.order import split_order
from kg.ask.outcomes import Ambiguous, NotUnderstood, Outcome, Reading
from kg.ask.parts import recomposed
from kg.ask.per import per_count
from kg.ask.periods import parts_of_years, ranged
from kg.ask.regions import read_region
from kg.ask.scopes import every_item, owned, scoped, variants
from kg.ask.slots import mark_names, match
from kg.ask.tallies import read_tally
from kg.ask.terse import terse_word
from kg.ask.text import core, fold, plain
from kg.ask.worded import read_issue_of_items, read_worded_issues, read_worded_items

_COMMA_RE = re.compile(r"[、,]")
_COUNTED_AS_LISTED = {"law_items", "law_amends", "agency_items"}
_LISTING_RE = re.compile(r"一覧|リスト|すべて|全て|全部|列挙|洗い出")


# counts asked for the most first (「…の施策数を多い順に」)
_MOST_FIRST_RE = re.compile(r"(?P<rest>.+?(?:数|件数))を?(?:多い|大きい)順(?:に|で)?(?:並べて)?")


# 「…を文書ごとに」「…をすべての文書から」: a list asked over every document, or document by document,
# which every list is (its rows name their document)
_EVERY_DOCUMENT_RE = re.compile(
    r"(?P<rest>.+?)(?:を|、|,)?(?:\(?(?:文書|資料)(?:ごと|別|毎)\)?(?:に|で)?(?:分けて|まとめて|整理して)?"
    r"|(?:全部|すべて|全て|全)の(?:文書|資料)(?:から|で|について|を対象に))"
)


def read_question(question: str, lexicon: Lexicon, today: date) -> Outcome:
    """How ``question`` is read against ``lexicon``, with periods read as of ``today``.

    ``today`` is the date of the latest document: 「4年度」 then means the 4th year of
    that date's era, April to March.  A question no pattern reads is read by its parts
    (:mod:`kg.ask.parts`) where every word of it is known.  A question asking for 施策 and no
    other class (「…法に基づく施策」) is answered with the measures alone, as the words are said
    (whatever words its parts were read as).
    """
    outcome = _read_any(question, lexicon, today)
    if not isinstance(outcome, Reading):
        return outcome
    marked = mark_names(core(question), lexicon, today)[0]
    if says_measures(marked):
        return measures_said(outcome)
    if says_done(marked) and (done := progress_only(outcome)) is not None:
        return done
    return outcome


def _read_any(question: str, lexicon: Lexicon, today: date) -> Outcome:
    outcome = _read_question(question, lexicon, today)
    if not isinstance(outcome, NotUnderstood):
        return outcome
    text = core(question)
    if (every := _EVERY_DOCUMENT_RE.fullmatch(text)) is not None:
        listed = read_question(every["rest"], lexicon, today)
        if isinstance(listed, Reading) and "document" in listed.columns and "count" not in listed.columns:
            return replace(listed, reading=f"{listed.reading}（すべての文書。行ごとにその文書）")
    if (act := amending_act(text, lexicon)) is not None:
        # 「令和4年の○○法改正に基づく施策」: the act that amended it, by its title
        act_said, acts = act
        if len(acts) > 1:
            return Ambiguous(act_said, tuple(sorted(acts, key=lambda e: e.iri)))
        if isinstance(by_act := read_question(act_said, lexicon, today), Reading):
            return by_act
    if (whole := without_articles(text)) is not None:
        # 「…法第35条に基づく施策」: the graph ties items to the law, not to its articles
        by_law = read_question(whole[0], lexicon, today)
        if isinstance(by_law, Reading):
            return replace(by_law, reading=f"{by_law.reading}（{'・'.join(whole[1])}は法令全体として）")
        if not isinstance(by_law, NotUnderstood):
            return by_law
    # 「令和5年度に実施した○○DXの取組」: a document named before what is asked of it
    within = document_within(text, lexicon)
    if within is not None and isinstance(in_document := read_question(within, lexicon, today), Reading):
        return in_document
    if (progress := asked_when(text)) is not None:
        # 「…の開始はいつ？」: its progress, each update with its dates as written
        listed = read_question(progress, lexicon, today)
        if isinstance(listed, Reading) and (dated := with_dates_as_written(listed)) is not None:
            return dated
    if (most := _MOST_FIRST_RE.fullmatch(text)) is not None:
        # 「法律別の施策数を多い順に」: the counts, kept where they are given the most first
        counted = read_question(most["rest"], lexicon, today)
        if isinstance(counted, Reading) and split_order(counted.sparql)[1][:1] == ("DESC(?count)",):
            return counted
    said = recomposed(text, *mark_names(text, lexicon, today)) if text else None
    if said is not None and said != text:
        by_parts = _read_question(said, lexicon, today)
        if isinstance(by_parts, Reading):
            return by_parts
    marked_text = mark_names(text, lexicon, today)[0] if text else ""
    if (
        alone := name_alone(question, text, marked_text, _reader(lexicon, today), _publisher(lexicon))
    ) is not None:
        # 「遺失物法」「J-LIS」「課題3.2」: a name alone asks what the graph relates to it
        return alone
    if (word := terse_word(question, text, _reader(lexicon, today), _publisher(lexicon))) is not None:
        # 「○○市　予定」「○○計画の目標」: the question a terse word stands for, kept to the name
        return word
    spaced = _read_spaced(question, lexicon, today)
    if spaced is not None:
        return spaced
    if not lexicon.abbreviating and lexicon.shortens(fold(question)):
        # 「日弁連が決めたこと」: an agency asked by a short form of its name, where nothing else reads
        shortened = read_question(question, lexicon.shortened(), today)
        if isinstance(shortened, (Reading, Ambiguous)):
            return shortened
    return outcome


def _reader(lexicon: Lexicon, today: date) -> Callable[[str], Outcome]:
    return lambda said: read_question(said, lexicon, today)


def _publisher(lexicon: Lexicon) -> Callable[[str], bool]:
    return lambda word: publishes(word, lexicon)


_GAP_RE = re.compile(r"\s+")


def _read_spaced(question: str, lexicon: Lexicon, today: date) -> Outcome | None:
    """「課題3.2　法律」「交付率　長野県」: fragments typed apart by a space, read as said with の between
    them (what is asked last, or, of two, first); None where neither way is read."""
    parts = [p for p in _GAP_RE.split(question.strip()) if p]
    if not 2 <= len(parts) <= 3:
        return None
    tries = ["の".join(parts), *([f"{parts[1]}の{parts[0]}"] if len(parts) == 2 else [])]
    for said in tries:
        found = read_question(said, lexicon, today)
        if not isinstance(found, NotUnderstood):
            return found
    return None


def _read_question(question: str, lexicon: Lexicon, today: date) -> Outcome:
    # 「数値目標（KPI）」「目標（KPI）」: the targets' class glossed by its other name is that class
    text = GLOSS_RE.sub("kpi", core(question))
    if (gloss := qualified(text)) is not None:
        # 「…の取組（予定含む）」: the rest read, kept where the gloss agrees with how it was read
        rest, kinds, words = gloss
        glossed = read_question(rest, lexicon, today)
        if isinstance(glossed, Reading) and glossed.kind.removesuffix("_progress") in kinds:
            return replace(glossed, reading=glossed.reading + words)
        return glossed if not isinstance(glossed, Reading) else NotUnderstood()
    of_class = read_list(text, question)
    if isinstance(of_class, Reading):
        # 「法律の一覧」「出てくる省庁を列挙して」: the laws or agencies the documents name, read before
        # the words are looked up in the store as an issue's or a measure's name (seconds at 1,000 documents)
        return of_class
    each = per_count(text)
    if each is None and (listed := core(HOW_MANY_RE.sub("", text))) != text and listed:
        # 「…法に基づく施策はいくつ」: the list a law or an agency has, counted as it is listed (施策 said
        # of a law is its measures and progress updates, as in the list), not 「施策はいくつ」 kept to
        # the law; a count per thing (「課題ひとつひとつに施策が何件あるか」) is no list, and its words
        # are not looked up as an issue's name (a scan of every issue's label at 1,000 documents)
        listing = _read_items(listed, lexicon, today)
        if isinstance(listing, Reading) and listing.kind.removesuffix("_progress") in _COUNTED_AS_LISTED:
            return counted(listing)
    outcome = _read_items(text, lexicon, today)
    if isinstance(outcome, NotUnderstood) and each is not None:
        # 「課題ひとつひとつに施策が何件あるか」: a count per thing, said as the counts read it
        return read_question(each, lexicon, today)
    if isinstance(outcome, NotUnderstood) and (listed := core(HOW_MANY_RE.sub("", text))) != text and listed:
        # 「進捗のない課題はいくつ」「交付率40%以上の都道府県はいくつ」: the list, or a ranking's cut, counted
        listing = _read_items(listed, lexicon, today)
        if isinstance(listing, NotUnderstood):
            listing = _read_cut(listed, lexicon, today) or listing
        if isinstance(listing, NotUnderstood) and (class_listed := read_list(listed, "一覧")) is not None:
            # 「目標はいくつある」: the things of one class, counted
            listing = (
                class_listed
                if isinstance(class_listed, Reading)
                else _read_items(class_listed, lexicon, today)
            )
        if isinstance(listing, Reading) and listing.kind.removesuffix("_progress") in BREAKDOWN_KINDS:
            # 「テーマ別の取組状況の件数」: counted per theme or issue, not in all
            return count_breakdown(core(listed)) or outcome
        return counted(listing) if isinstance(listing, Reading) else outcome
    if isinstance(outcome, NotUnderstood) and _LISTING_RE.search(fold(question)):
        # 「課題の一覧」: the list words were cut off as a polite ending; put back, they are the question
        listing = _read_items(text + "一覧", lexicon, today)
        if isinstance(listing, Reading):
            return listing
    if isinstance(outcome, NotUnderstood) and of_class is not None:
        # 「テーマは何がありますか」「目標は？」: the list question a class's name stands for
        return _read_items(of_class, lexicon, today)
    if isinstance(outcome, NotUnderstood) and (cut_short := _read_cut(text, lexicon, today)) is not None:
        return cut_short
    if isinstance(outcome, NotUnderstood) and (plain_text := plain(text)) != text:
        return read_question(plain_text, lexicon, today)
    return outcome


def _read_cut(text: str, lexicon: Lexicon, today: date) -> Reading | None:
    """``text`` read as a ranking cut short (「交付率40%以上の都道府県」), or None."""
    for rest, cut in cut_variants(text):
        ranking = _read_items(rest, lexicon, today)
        if isinstance(ranking, Reading) and (cut_short := apply_cut(ranking, cut)) is not None:
            return cut_short
    return None


# 「…施策・進捗」「取組と進捗状況」: both asked for.
_BOTH_ASKED_RE = re.compile(
    r"(?:施策|取組|取り組み|措置|対策|事業|アクション)(?:等|など)?(?:・|と|や|及び|および|、|,|/)$"
)


def _read_items(text: str, lexicon: Lexicon, today: date) -> Outcome:
    """``text`` read, its items narrowed to progress updates where it asks for progress (「…の進捗」)."""
    text = one_class(text)
    m = PROGRESS_WORD_RE.search(text)
    if m is not None and (breakdown := read_breakdown(text)) is not None:
        return breakdown  # 「課題ごとの取組状況」: a list of the progress updates of its own
    if m is not None and m.start() > 0 and not _BOTH_ASKED_RE.search(text[: m.start()]):
        listing = _read_narrowed(text[: m.start()] + "取組", lexicon, today)
        if isinstance(listing, Reading) and (progress := progress_only(listing)) is not None:
            return progress
    return _read_narrowed(text, lexicon, today)


def _read_narrowed(text: str, lexicon: Lexicon, today: date) -> Outcome:
    narrowed = MEASURES_ONLY_RE.sub("", text)
    if narrowed != text and (narrowed := core(narrowed)):
        outcome = _read(narrowed, lexicon, today)
        return measures_only(outcome) if isinstance(outcome, Reading) else outcome
    return _read(text, lexicon, today)


def _read(text: str, lexicon: Lexicon, today: date) -> Outcome:
    if not text:
        return NotUnderstood("質問が空です")
    text = parts_of_years(ranged(text))
    text = document_first(text, lexicon) or text
    # 「国交省の行動計画の施策」: the plan's measures, not those the ministry is named in
    first = publisher_first(text, lexicon)
    if first and (published := read_document_scope(text, lexicon, today, read_question)) is not None:
        return published
    if (acted := read_act_kind(text) or read_acted_laws(text)) is not None:
        return acted
    if (bodies := read_bodies(text, listing=text.endswith(("一覧", "リスト")))) is not None:
        return bodies
    if (targets := read_targets(text, lexicon)) is not None:
        return targets  # 「KPIの一覧」「オンライン資格確認のKPI」: named by their class alone
    if (breakdown := read_breakdown(text) or read_tally(text)) is not None:
        return breakdown
    if (within := read_region(text, lambda rest: _read(rest, lexicon, today))) is not None:
        return within
    said = variants(*mark_names(text, lexicon, today))
    for marked, meaning in said:
        found = match(marked, meaning) or scoped(marked, meaning)
        if isinstance(found, Reading):
            return found
        # not a kind of its own (or a name not found where 「…課題で、法律」 was read as one)
        if (joint := read_joint(marked, meaning, every_item)) is not None:
            return joint
        if found is not None:
            return found
    for marked, meaning in said:
        if (kept := owned(marked, meaning)) is not None:
            return kept
    # 「運転免許証のデジタル化、進捗は」: a comma after a name said in words is no part of it
    worded = _COMMA_RE.sub("", text)
    by_measure = by_measure_name(worded, lexicon) or by_measure_name(worded, lexicon, held=True)
    if by_measure is not None:
        return by_measure
    if not said[0][1] and (held := read_worded_items(worded, lexicon, first=True)) is not None:
        # 「在留カードの一体化の施策」: the measures that say so, though an issue's label holds the words too
        return held
    named = by_issue_name(worded, lexicon)
    if named is not None:
        return match(*named) or NotUnderstood()
    found = by_measure_name(worded, lexicon, worded=True) or read_table_row(text, lexicon)
    found = found or by_reported_words(worded, lexicon)
    found = found or read_document_scope(text, lexicon, today, read_question)
    if found is None and not said[0][1]:
        # no name in it: 「住所に関する課題」「ワンス・オンリーに関する目標」
        found = read_worded_issues(text, lexicon) or read_worded_goals(text, lexicon)
        found = found or read_worded_items(text, lexicon) or read_issue_of_items(text, lexicon)
    if found is None and said[0][1]:
        # 「…法制の見直しはどの課題？」: the form says the words are an item's, a law named in them or not
        found = read_issue_of_items(worded, lexicon)
    return found or NotUnderstood()
