"""A question that is only a name: what the graph relates to the thing named.

Takes the question (folded, its polite ends cut), its marked form from :func:`kg.ask.slots.mark_names`
and the reader; gives the question said in full for the one law, agency or issue it names alone
(「…法」 → 「…法に関係する取組」, 「…省」 → 「…省が関わる取組」, 「課題3.2」 → 「課題3.2の進捗」), read, its
reading line saying it was asked by the name alone; None where the question is more than one name.
A name with the name of a document's publisher beside it (「…法　○○市」, 「○○市　…省」) asks the same
within that publisher's plan.  A name with a bare class noun after it (「…法　施策」) is read by the
kinds themselves.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace

from kg.ask.outcomes import NotUnderstood, Outcome, Reading

# the one mark a question that is only a name is, and the question each kind of name stands for
_SAID_IN_FULL = {
    "\ue001": "{name}に関係する取組",
    "\ue002": "{name}が関わる取組",
    "\ue003": "{name}の進捗",
}
# what may stand around the name without saying anything of its own: brackets and quotes (a polite
# end or 「について」 is cut off before)
_AROUND_RE = re.compile(r"[「『\"'(\[【]?(?P<mark>[\ue001-\ue003])[」』\"')\]】]?")


_BRACKETS = "「」『』\"'()[]【】"
# a name and one other word, either side of it
_BESIDE_RE = re.compile(r"(?P<before>[^\ue001-\ue005]*)(?P<mark>[\ue001-\ue003])(?P<after>[^\ue001-\ue005]*)")


def name_alone(
    question: str, text: str, marked: str, read: Callable[[str], Outcome], publisher: Callable[[str], bool]
) -> Outcome | None:
    """``text`` (``question`` folded) read as what the graph relates to the one name it is, or None
    where it is more; ``publisher`` says whether a word names one document's publisher."""
    if (m := _AROUND_RE.fullmatch(marked)) is not None:
        if len(question.split()) > 1:
            return None  # 「○○市　…省」 read as one name: two words typed apart are two
        name, within = text.strip(_BRACKETS), ""
    elif (m := _BESIDE_RE.fullmatch(marked)) is not None and bool(m["before"]) != bool(m["after"]):
        within = m["before"] or m["after"]
        if not publisher(within):
            return None
        name = text[len(m["before"]) : len(text) - len(m["after"])]
    else:
        return None
    said = _SAID_IN_FULL[m["mark"]].format(name=name)
    outcome = read(f"{within}の計画で{said}" if within else said)
    if isinstance(outcome, Reading):
        shown = " ".join(unicodedata.normalize("NFKC", question).split()).strip(_BRACKETS)
        return replace(outcome, reading=f"名前だけの質問（{shown}）として: {outcome.reading}")
    return None if isinstance(outcome, NotUnderstood) else outcome  # two laws so called: which one
