"""A theme's or an issue's number said with words of its label, in brackets, in quotes or bare
(「課題2.1（○○）」「テーマ4「○○」」「柱1　○○の施策」「1.3 ○○　施策」); words that do not agree leave the
number alone.  No store needed: the labels are written here in the forms plans use."""

from __future__ import annotations

from datetime import date

from kg.ask.entities import Entity
from kg.ask.names import Lexicon
from kg.ask.outcomes import Ambiguous, Reading
from kg.ask.reading import read_question

TODAY = date(2024, 5, 9)
DOC = "https://w3id.org/policykg/id/doc/a"
WINDOW = Entity(f"{DOC}/issue/1.3", "issue", "交付窓口の運営体制の抜本的強化")
FARES = Entity(f"{DOC}/issue/2.1", "issue", "公共交通の運賃の見直し")
PILLAR = Entity(f"{DOC}/theme/%E6%9F%B11", "theme", "来訪者の利便性向上")
PILLAR_AGAIN = Entity(f"{DOC}/theme/%E6%9F%B11-2", "theme", "来訪者の利便性向上（予約・決済）")
CARDS = Entity(f"{DOC}/theme/4", "theme", "カードの交付促進と窓口の整備")
OTHER = Entity("https://w3id.org/policykg/id/doc/b/theme/4", "theme", "行政データの二次利用")
THEMES = {"柱1": [PILLAR, PILLAR_AGAIN], "4": [CARDS, OTHER]}


def lexicon() -> Lexicon:
    return Lexicon(
        [],
        [(WINDOW, "1.3"), (FARES, "2.1")],
        theme_lookup=lambda number: THEMES.get(number, []),
        theme_titles=[e.label for themes in THEMES.values() for e in themes],
        theme_lookup_by_title=lambda title: [e for es in THEMES.values() for e in es if e.label == title],
    )


def test_a_bare_number_with_words_of_its_issue() -> None:
    (found,) = lexicon().find_issues("1.3窓口体制強化施策")
    # 窓口 is in the label, and 体制 and 強化 each are
    assert found.candidates == (WINDOW,) and found.end == len("1.3窓口体制強化")
    outcome = read_question("1.3 窓口体制強化　施策", lexicon(), TODAY)
    assert isinstance(outcome, Reading) and f"<{WINDOW.iri}>" in outcome.sparql, outcome
    # a bare number with no words of a label after it is no issue
    assert lexicon().find_issues("1.3億円の予算") == []


def test_an_issue_number_with_its_words_after_a_space_or_in_brackets() -> None:
    for question in ("課題1.3　交付窓口　の施策", "課題1.3（運営体制）の施策"):
        outcome = read_question(question, lexicon(), TODAY)
        assert isinstance(outcome, Reading) and f"<{WINDOW.iri}>" in outcome.sparql, question
    # nothing said after the number: as before
    (found,) = lexicon().find_issues("課題1.3の施策")
    assert found.end == len("課題1.3")


def test_a_theme_number_with_words_of_its_title() -> None:
    outcome = read_question("テーマ４「カードの交付」の課題", lexicon(), TODAY)
    assert isinstance(outcome, Reading), outcome
    assert f"<{CARDS.iri}>" in outcome.sparql and f"<{OTHER.iri}>" not in outcome.sparql
    # the title, its number after it in brackets
    outcome = read_question("カードの交付促進と窓口の整備（テーマ4）の課題", lexicon(), TODAY)
    assert isinstance(outcome, Reading) and f"<{CARDS.iri}>" in outcome.sparql, outcome
    # the number alone names two themes: asked back
    assert isinstance(read_question("テーマ4の課題", lexicon(), TODAY), Ambiguous)


def test_one_theme_a_plan_writes_twice_is_both() -> None:
    # 柱1 in the outline and again in its chapter, the second with an aside: one theme
    outcome = read_question("柱１　来訪者の利便性向上の施策", lexicon(), TODAY)
    assert isinstance(outcome, Reading), outcome
    assert f"<{PILLAR.iri}>" in outcome.sparql and f"<{PILLAR_AGAIN.iri}>" in outcome.sparql


def test_words_that_do_not_agree_with_the_number_are_asked_back() -> None:
    # the fares are issue 2.1, not 1.3: the issue so numbered is offered to choose, nothing answered
    outcome = read_question("課題1.3　運賃の見直し　の施策", lexicon(), TODAY)
    assert isinstance(outcome, Ambiguous) and outcome.candidates == (WINDOW,), outcome
    outcome = read_question("柱1「公共交通の運賃」の施策", lexicon(), TODAY)
    assert isinstance(outcome, Ambiguous), outcome
    # words in round brackets may qualify the question: the number is left as it was
    (found,) = lexicon().find_issues("課題1.3(予定含む)の施策")
    assert found.end == len("課題1.3") and not found.unsure


def test_kana_after_a_number_is_how_it_is_asked_not_its_words() -> None:
    (found,) = lexicon().find_issues("課題1.3ってどうなってる")
    assert found.end == len("課題1.3") and not found.unsure
