"""A ranking read by its parts: what is ranked (laws, agencies, issues, themes), by the number of which
class (measures, progress updates), the relation between them, and whether the first alone is asked.

Takes the words of a question naming nothing (:func:`kg.ask.parts.recomposed` cuts them); gives the
ranking said in the form the kinds read (「依拠する施策が多い法令」「進捗が最も多い課題」), or None.
「施策が最も多く基づいている法令」「いちばん多くの取組の根拠になっている法律」「最も多くの施策に関与している
機関」 are the same questions with the parts in another order.  Only "many" is read: a ranking by the
fewest (少ない) is not one the kinds answer, and its words stay unknown.  Of laws and agencies only the
first is read: whether a bundle counts its acts' items (an agency its offices') changes the rest of the
list, and the phrasings the patterns read say which.
"""

from __future__ import annotations

from kg.ask.vocab import Word

# The relations each ranked class takes, and the words that say the ranking in the kinds' form.
_FITS = {
    "laws": ({"law", "either"}, "依拠する{counted}が{most}多い法令"),
    "agencies": ({"agency", "either"}, "関与する{counted}が{most}多い機関"),
    "units": ({"agency", "either"}, "関与する{counted}が{most}多い課"),
    "issues": ({"either", "listed", "within"}, "{counted}が{most}多い課題"),
    "themes": ({"either", "listed", "within"}, "{counted}が{most}多いテーマ"),
}


def ranked(parts: list[Word]) -> str | None:
    """The ranking ``parts`` say, in the kinds' words, or None."""
    classes = [w for w in parts if w.part == "class"]
    if len(classes) != 2 or classes[-1].what not in _FITS or not any(w.part == "many" for w in parts):
        return None
    counted, target = classes
    fits, said = _FITS[target.what]
    relations = {w.what for w in parts if w.part == "relation"}
    if target.what in ("agencies", "units") and any(w.part == "do" for w in parts):
        relations.add("agency")
    elif any(w.part in ("do", "carried", "when", "being", "named") for w in parts):
        return None
    if not relations <= fits or (parts[-1] is not target and parts[-1].part != "ordered"):
        return None  # the ranked class is what is asked, said last
    if counted.what == "progress":
        noun = "進捗"
    elif counted.what == "items" and counted.text in ("対策", "措置", "事業"):
        noun = "施策"  # the measures, as 施策 (kg.ask.narrow)
    elif counted.what == "items" and counted.text in ("施策", "取組", "取り組み", "施策・取組"):
        noun = "施策" if target.what in ("laws", "agencies", "units") or counted.text == "施策" else ""
    else:
        noun = ""
    if not noun:
        return None  # 「取組が多い課題」: its measures or its progress, not said
    most = "最も" if any(w.part == "most" for w in parts) else ""
    if not most and target.what in ("laws", "agencies"):
        return None  # a whole ranking of laws: a bundle with or without its acts' items? (see above)
    return said.format(counted=noun, most=most)
