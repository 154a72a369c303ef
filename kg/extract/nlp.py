"""The rule-based Japanese pipeline that finds laws and agencies.

:func:`rule_pipeline` is ``spacy.blank("ja")`` (SudachiPy tokens, no statistical
model) with the components registered with it by :func:`register_ruler`:

* ``policykg_law_ruler_v1`` (:mod:`kg.extract.laws`) and
* ``policykg_agency_ruler_v1`` (:mod:`kg.extract.agencies`), which runs second and
  skips names inside a law's title (デジタル庁 in デジタル庁設置法).

The rulers' modules register themselves when they are imported, so this module
imports neither; a pipeline holds the rulers registered when it was built.

Each component matches its gazetteer on the text (character by character, so a
name is found even where SudachiPy cuts across it, as in 「マイナンバー法等」),
and a token :class:`spacy.matcher.Matcher` finds the productive forms (a run of
nouns ending in 法, 省 or 庁).  The mentions go to ``doc.user_data`` with exact
character offsets, and to ``doc.spans`` for spaCy's own tools.

A SudachiPy tokenizer must not be shared between threads, so there is one
pipeline per thread; :func:`extract` cuts long texts with :func:`kg.read.chunking.chunks`
and maps offsets back.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language

from kg.extract.body_foreign import may_name_foreign_body
from kg.extract.body_statutory import names_statutory_body
from kg.extract.folding import fold
from kg.extract.gazetteers import GazetteerEntry, surface_regex
from kg.extract.local_governments import names_local_government
from kg.read.chunking import chunks

__all__ = [
    "AGENCIES_KEY",
    "AGENCY_RULER",
    "LAWS_KEY",
    "LAW_RULER",
    "Ruler",
    "extract",
    "extract_many",
    "register_ruler",
    "rule_pipeline",
]

# Versioned like spaCy's own registered names; spaCy refuses dots in factory names.
LAW_RULER = "policykg_law_ruler_v1"
AGENCY_RULER = "policykg_agency_ruler_v1"
LAWS_KEY = "policykg.laws"
AGENCIES_KEY = "policykg.agencies"

_local = threading.local()


@dataclass(frozen=True, slots=True)
class Ruler:
    """A component of the rule pipeline: its spaCy factory name, where it puts its mentions,
    and its gazetteer (whose names tell the texts it may find something in)."""

    factory: str
    key: str
    gazetteer: Callable[[], Iterable[GazetteerEntry]]
    #: Rulers run in this order (the agency ruler reads the law ruler's mentions).
    order: int


_rulers: dict[str, Ruler] = {}
# What finds the bodies of a text that names only places (kg.extract.agencies registers it).
_place_finders: list[Callable[[str], list[Any]]] = []


def register_place_finder(finder: Callable[[str], list[Any]]) -> None:
    """Use ``finder`` for the texts the rulers need not read but that name a place (「北海道」)."""
    _place_finders[:] = [finder]


def register_ruler(ruler: Ruler, component: Callable[[Language, str], Any]) -> None:
    """Add ``ruler`` to every pipeline built from now on (its module calls this on import);
    ``component(nlp, name)`` makes the spaCy component."""
    Language.factory(ruler.factory, func=component)
    _rulers[ruler.factory] = ruler
    gazetteer_patterns.cache_clear()


def _registered() -> tuple[Ruler, ...]:
    return tuple(sorted(_rulers.values(), key=lambda r: r.order))


def rule_pipeline() -> Language:
    """This thread's rule pipeline (built on first use, and again when a ruler registers)."""
    rulers = _registered()
    cached: tuple[tuple[Ruler, ...], Language] | None = getattr(_local, "nlp", None)
    if cached is None or cached[0] != rulers:
        cached = (rulers, new_rule_pipeline())
        _local.nlp = cached
    return cached[1]


def new_rule_pipeline() -> Language:
    """A fresh ``spacy.blank("ja")`` pipeline with the registered rulers."""
    nlp = spacy.blank("ja")
    for ruler in _registered():
        nlp.add_pipe(ruler.factory)
    return nlp


def extract(text: str) -> tuple[list[Any], list[Any]]:
    """Laws and agencies found in ``text``, offsets into ``text``.

    The last text's result is kept per thread, so that asking for its laws and
    then its agencies tokenizes it once.
    """
    key = (text, _registered())
    cached: tuple[object, tuple[list[Any], list[Any]]] | None = getattr(_local, "last", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    result = extract_many([text])[0]
    _local.last = (key, result)
    return result


def extract_many(
    texts: Sequence[str], *, per_text: int | None = None, total: int | None = None
) -> list[tuple[list[Any], list[Any]]]:
    """:func:`extract` for many texts at once, in order: what a document's blocks need.

    Texts in which no ruler could find anything are not tokenized at all (most
    blocks of a report name no law or agency), and the rest go through
    ``nlp.pipe`` in one stream.  Once a text has given ``per_text`` mentions its
    remaining chunks are skipped, and once all have given ``total`` the rest is:
    the caller cuts to the exact caps, this only spares the work past them.
    """
    results: list[tuple[list[Any], list[Any]]] = [([], []) for _ in texts]
    found = [0]  # mentions so far, over all texts

    def full(n: int) -> bool:
        laws, agencies = results[n]
        return (per_text is not None and len(laws) + len(agencies) >= per_text) or (
            total is not None and found[0] >= total
        )

    def pieces() -> Iterator[tuple[str, tuple[int, int]]]:
        for n, text in enumerate(texts):
            folded = fold(text)
            if not _needs_rulers(folded):
                # A table's cell 「北海道」: a place name is found without tokenizing the text.
                finder = _place_finders[0] if _place_finders else None
                bodies = finder(text) if finder is not None and names_local_government(folded) else []
                results[n][1].extend(bodies)
                found[0] += len(bodies)
                continue
            for c in chunks(text):
                if full(n):
                    break
                yield c.text, (n, c.start)

    nlp = rule_pipeline()
    # Small batches, so that the skipping above sees the counts of what was read.
    for doc, (n, offset) in nlp.pipe(pieces(), as_tuples=True, batch_size=_BATCH):
        laws, agencies = results[n]
        new_laws = doc.user_data.get(LAWS_KEY, ())
        new_agencies = doc.user_data.get(AGENCIES_KEY, ())
        laws.extend(m.shifted(offset) for m in new_laws)
        agencies.extend(m.shifted(offset) for m in new_agencies)
        found[0] += len(new_laws) + len(new_agencies)
    return results


_BATCH = 4


# Every candidate of the rulers needs one of these in the folded text: a noun run
# ending in 法 or 法制, …法律, a law number (…号), an ordinance (…令, 条例, 規則), 法改正, a
# ministry or agency (…省, …庁), a council or study group by its ending, a unit
# (…室, …局, …課, 官房; …部 only after its parent body), a corporation (…機構), a national
# institute (国立…研究所), a foreign
# government (…国政府, エストニア政府); or a gazetteer name, an organisation of states or a
# union's body (欧州連合, European Commission), a body an Act sets up (国立国会図書館), or the
# name of a prefecture or municipality, a prefecture's police (…県警察, …県警) or a local office of
# the State (…税務署, …公共職業安定所), an office a prefecture or city keeps by statute (…保健所,
# …児童相談所) or a mission of Japan abroad (在…大使館).
_TRIGGER_RE = re.compile(
    r"[法令号省庁室]|(?<![薬便])局|審議|条例|規則|機構|官房|課(?![題税])|会議|委員会|部会|分科会|検討会|研究会|調査会|協議会|本部"
    r"|懇談会|懇話会|審査会|評議会|ワーキング・?グループ|タスクフォース|WG|国政府|[ァ-ヺー]政府|裁判所|[地高家簡]裁|広域連合|組合|企業団|警察|[県府道]警|署(?!名)|職業安定所|年金事務所|運輸支局|気象台|検疫所|事務所|保安本部|保安部|税関|教委"
    r"|国立[^。\n]{2,20}?(?:研究所|研修所|研究院|科学院|研究センター|博物館|美術館)|公社|プロジェクトチーム"
    r"|病院|医療センター|診療所|協会|保健所|児童相談所|家庭センター|大使館|領事|代表部"
)


def may_name_law_or_agency(text: str) -> bool:
    """False only where neither ruler can find anything, so the text need not be tokenized.

    >>> may_name_law_or_agency("マイナポイントの付与を実施"), may_name_law_or_agency("J-LISの体制")
    (False, True)
    """
    folded = fold(text)
    if _needs_rulers(folded):
        return True
    return names_local_government(folded)


def _needs_rulers(folded: str) -> bool:
    """Whether the rulers must read a text (tokenized): a trigger or a gazetteer name is in it."""
    return (
        _TRIGGER_RE.search(folded) is not None
        or any(p.search(folded) for p in gazetteer_patterns())
        or may_name_foreign_body(folded)
        or names_statutory_body(folded)
    )


@lru_cache(maxsize=1)
def gazetteer_patterns() -> tuple[re.Pattern[str], ...]:
    """The gazetteer name patterns of the registered rulers (compiled once per process)."""
    return tuple(surface_regex(n for e in ruler.gazetteer() for n in e.names) for ruler in _registered())
