"""A question kept within a theme, an issue or an owner named with it, and the question said again
without its noise.

Takes the marked question (:mod:`kg.ask.slots`) and what each mark stands for; gives the variants of
the question to read (without commas and quotes, a restated name said once, a scope in brackets after
it put before it), the reading of a question kept within one theme or issue named ahead of it
(:func:`scoped`), or of a period's question kept to the law or agency named with it (:func:`owned`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.ask.asides import dropped, restated
from kg.ask.combined import kept_to, split_owner
from kg.ask.entities import Entity, Mention
from kg.ask.joint import read_joint
from kg.ask.kinds import SCOPED_ITEMS
from kg.ask.narrow import measures_only
from kg.ask.outcomes import Ambiguous, NotUnderstood, Outcome, Period, Reading, UnknownName
from kg.ask.outline import measures_asked
from kg.ask.slots import MARKS, iri, match, match_kind
from kg.ask.text import fold

# A question kept within one theme or issue named ahead of it: 「テーマ5で進捗がない課題」
# 「テーマ4の課題数」「課題3.2の施策で法令がないもの」.  The rest is read as a question of its own and
# its query gets the scope as one more pattern.
_SCOPE_RE = re.compile(
    # 「マイナンバー関連システム整備分野で…」: a theme's title with 分野 or テーマ after it
    f"([{MARKS['theme']}{MARKS['issue']}])(?:の?(?:分野|テーマ))?"
    r"(?:の中で|の中の|のうち|における|に属する|に属している|に関する|に含まれる|に含まれている|に入っている|"
    # 「住まいを整えるための施策」: a theme said as what its measures are for
    r"に入る|にある|の下の|の下にある|配下の|の配下の|のための|ための|に向けた|に向けての|には|で|の)?"
)
# 「根拠法のない施策（課題4.3）」「進捗のない課題（テーマ1のみ）」: the scope put after, in brackets.
_SCOPE_AFTER_RE = re.compile(
    f"^(?P<rest>.+?)[(（](?P<scope>[{MARKS['theme']}{MARKS['issue']}])"
    r"(?:のみ|だけ|内|に限る|に限定|について|の中で|のもの)?[)）]$"
)


# Commas within or after a name (「…制度の課題のうち、進捗が無いもの」), quotes around one, and 「改正」
# before a law's name (「改正マイナンバー法に基づく施策」: the law as amended is the law).
# An agency's scope in brackets after its name (「法務省（法制審議会を含む）が関わる」
# 「経産省（外局含む）の」):
# its answer takes in the bodies under it already.
_NOISE_RE = re.compile(
    f'[、,，「」『』“”"]|改正(?={MARKS["law"]})'
    # 「分野「…」の課題」: the word for a theme said before its title
    f'|^(?:分野|テーマ)(?=[「『“"]?{MARKS["theme"]})'
    f"|(?<={MARKS['agency']})\\((?:{MARKS['agency']}|審議会|検討会|委員会|研究会|下部組織|関係機関|外局|所管法人)"
    r"(?:等|など)?(?:も|を)?含(?:む|めて|めた|め)\)"
)

# 「法務省の取組（法制審議会を含む）」: the same, said at the end of a question that names an agency
_BODIES_LAST_RE = re.compile(
    f"\\((?:{MARKS['agency']}|審議会|検討会|委員会|研究会|下部組織|関係機関|外局|所管法人)"
    r"(?:等|など)?(?:も|を)?含(?:む|めて|めた|め)\)$"
)


def variants(
    marked: str, meaning: dict[int, Mention | Period]
) -> list[tuple[str, dict[int, Mention | Period]]]:
    """The marked question, then without its commas and the like, then with a scope in brackets
    after it put before it."""
    out = [(marked, meaning)]
    if _NOISE_RE.search(marked):
        out.append(dropped(marked, meaning, _NOISE_RE))
    if MARKS["agency"] in out[-1][0][:-1] and _BODIES_LAST_RE.search(out[-1][0]):
        out.append(dropped(*out[-1], _BODIES_LAST_RE))
    if (said_once := restated(*out[-1])) is not None:
        out.append(said_once)
    text, where = out[-1]
    if (m := _SCOPE_AFTER_RE.match(text)) is not None:
        rest = m["rest"]
        after = {at + 2: thing for at, thing in where.items() if at < len(rest)}
        out.append((m["scope"] + "の" + rest, {0: where[m.start("scope")], **after}))
    return out


def _named(text: str, label: str) -> str:
    """「5 デジタル化に関する制度」 for a theme named by number, its title alone when named by it."""
    said = fold(text).removeprefix("テーマ").removeprefix("分野").removesuffix("テーマ").removesuffix("分野")
    return label if fold(label).startswith(said) or said.startswith(fold(label)) else f"{text} {label}"


_ASIDE_RE = re.compile(r"\([^()]*\)")


def said_twice(candidates: tuple[Entity, ...]) -> bool:
    """Whether ``candidates`` are one theme a document writes twice: all themes under one document's IRI
    whose titles, without their asides in brackets, are the same (「○○」 and 「○○（…）」)."""
    documents = {e.iri.rsplit("/theme/", 1)[0] for e in candidates}
    titles = {_ASIDE_RE.sub("", fold(e.label)) for e in candidates}
    return all(e.kind == "theme" and "/theme/" in e.iri for e in candidates) and len(documents) == 1 == len(
        titles
    )


def _within_theme(var: str, path: str, theme: str, values: str = "") -> str:
    """What belongs to a theme or to a theme whose section lies within the theme's own
    (「サービス品質の評価の課題」: 2.4's issues are in 2.4.1–2.4.8), each once."""
    return (
        f"{{ SELECT DISTINCT {var} WHERE {{ {values}{{ {var} {path} {theme} }} UNION "
        f"{{ {theme} pol:section ?scopeSection . "
        f"{var} {path}/pol:section/pol:subsectionOf+ ?scopeSection }} }} }}"
    )


def every_item(rest: str, meaning: dict[int, Mention | Period]) -> Outcome | None:
    """``rest`` read as a kind, or else as every issue (「課題」) or every item (「施策」「取組の一覧」: the
    measures where they are called 施策), for a question that keeps them to a scope or a condition."""
    found = match(rest, meaning) or (match(rest + "一覧", meaning) if rest == "課題" else None)
    if found is not None:
        return found
    items = match_kind(SCOPED_ITEMS, rest, meaning)
    if isinstance(items, Reading) and measures_asked(rest):
        return measures_only(items)  # 「テーマ3の施策」: the measures of the outline (kg.ask.outline)
    return items


def scoped(marked: str, meaning: dict[int, Mention | Period]) -> Outcome | None:
    m = _SCOPE_RE.match(marked)
    scope = meaning.get(0)
    if m is None or not isinstance(scope, Mention):
        return None
    shifted = {at - m.end(): thing for at, thing in meaning.items() if at >= m.end()}
    rest = marked[m.end() :]
    # 「テーマ3の課題」: the theme's issues (a list of issues, 「課題一覧」, within it)
    # 「テーマ3で法律に基づく施策」: the rest two conditions at once (:mod:`kg.ask.joint`)
    outcome = every_item(rest, shifted) or read_joint(rest, shifted, every_item)
    if not isinstance(outcome, Reading):
        return outcome
    what = "テーマ" if scope.kind == "theme" else "課題"
    if not scope.candidates:
        return UnknownName(scope.text, what)
    if (len(scope.candidates) > 1 and not said_twice(scope.candidates)) or scope.unsure:
        return Ambiguous(scope.text, tuple(sorted(scope.candidates, key=lambda e: e.iri)))
    entity = scope.candidates[0]
    # one theme a plan writes twice (its outline, then its chapter): both, under one variable
    theme = iri(entity) if len(scope.candidates) == 1 else "?scopeTheme"
    values = (
        "VALUES ?scopeTheme { " + " ".join(iri(e) for e in scope.candidates) + " } "
        if len(scope.candidates) > 1
        else ""
    )
    query = outcome.key_sparql or outcome.sparql
    if scope.kind == "theme" and "?issue" in query:
        pattern = _within_theme("?issue", "pol:partOfTheme", theme, values)
    elif "?item" in query and "?issue" not in query and all(e.kind != "issue" for e in outcome.entities):
        if scope.kind == "theme":
            pattern = _within_theme(
                "?item", "(pol:addressesIssue/pol:partOfTheme|pol:partOfTheme)", theme, values
            )
        else:
            pattern = f"?item pol:addressesIssue {iri(entity)} ."
    else:
        return NotUnderstood()

    def within(sparql: str | None) -> str | None:
        return None if sparql is None else sparql.replace("WHERE {", f"WHERE {{\n  {pattern}", 1)

    return replace(
        outcome,
        sparql=within(outcome.sparql) or "",
        key_sparql=within(outcome.key_sparql),
        reading=f"{what}: {_named(scope.text, entity.label)} の中で {outcome.reading}",
        entities=(entity, *outcome.entities),
    )


def owned(marked: str, meaning: dict[int, Mention | Period]) -> Outcome | None:
    """A period's question kept to the law or agency named with it (:mod:`kg.ask.combined`)."""
    if (split := split_owner(marked)) is None:
        return None
    rest, at, cut = split
    owner = meaning.get(at)
    if not isinstance(owner, Mention):
        return None
    shifted = {p - cut if p > at else p: thing for p, thing in meaning.items() if p != at}
    outcome = match(rest, shifted)
    if not isinstance(outcome, Reading):
        return outcome
    if len(owner.candidates) != 1:
        return (
            Ambiguous(owner.text, owner.candidates) if owner.candidates else UnknownName(owner.text, "名前")
        )
    return kept_to(outcome, owner.candidates[0]) or NotUnderstood()
