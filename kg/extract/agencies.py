"""Find the named public bodies a Japanese policy text mentions, each resolved to one entity.

:func:`find_agencies` returns one :class:`AgencyMention` per name, sorted and
without overlaps, with ``text[m.start:m.end] == m.text``.

What is an agency here: a named, standing public body — the Cabinet bodies,
ministries and their agencies (…省, …庁, 内閣府, 内閣官房), commissions
(個人情報保護委員会), councils and conferences set up by law or by the Cabinet
(法制審議会, デジタル・ガバメント閣僚会議) and the named subcommittees of such
councils (持続可能な電力システム構築小委員会), centres
(内閣サイバーセキュリティセンター) and bodies such as
地方公共団体情報システム機構 (J-LIS) and 情報処理推進機構 (IPA).

What is not:

* Generic words for kinds of bodies: 国, 自治体, 地方公共団体, 市町村, 都道府県,
  医療機関, 郵便局, 金融機関, 関係府省, 所管官庁, 政府機関, 民間事業者, and
  後期高齢者医療広域連合 (there is one in each prefecture).  Place names in
  tables are areas.  関係府省会議 is a meeting of whichever ministries concern
  a matter, not a body with a name.
* Ad hoc panels (…研究会, …検討会, …ワーキンググループ): meetings of experts
  called for one question rather than standing bodies that act.
* 「総務省・マイナンバー室(現デジタル庁)」: the office is not told apart from
  the bodies around it (which ministry's office, under what name); the text
  itself says where its work now lies, and 総務省 and デジタル庁 are found.
* Posts (デジタル審議官) and a body named inside a law's title
  (デジタル庁 in デジタル庁設置法) or an ordinance's type (総務省令).

Names are found in the gazetteer (``kg/data/agencies.csv``) and, for bodies it
lacks, as a run of nouns ending in 省, 庁 or 審議会 (``known`` False, ``key``
the NFKC name).  「現デジタル庁」 is a mention of デジタル庁.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from spacy.language import Language

# The agency ruler reads the law ruler's mentions (no agency inside a law's title),
# so the law ruler must be registered whenever this one is.
import kg.extract.laws  # noqa: F401
from kg.extract.bodies import body_candidates, parent_of
from kg.extract.body_foreign import FOREIGN_GOVERNMENT, INTERNATIONAL_ORGANISATION
from kg.extract.body_short_names import bracketed_short_names
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
from kg.extract.nlp import (
    AGENCIES_KEY,
    AGENCY_RULER,
    LAWS_KEY,
    Ruler,
    extract,
    register_place_finder,
    register_ruler,
)

__all__ = [
    "FOREIGN_KINDS",
    "AgencyEntry",
    "AgencyGazetteer",
    "AgencyMention",
    "agency_gazetteer",
    "find_agencies",
    "find_foreign_bodies",
    "untokenized_bodies",
]


@dataclass(frozen=True, slots=True)
class AgencyEntry:
    """One body of the gazetteer; ``parent`` is the key of the body it belongs to."""

    key: str
    name: str
    alt_names: tuple[str, ...]
    english: str
    kind: str
    parent: str | None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.alt_names)


class AgencyGazetteer(Gazetteer[AgencyEntry]):
    """The bodies of ``kg/data/agencies.csv``, by key and by name."""

    def resolve(self, surface: str) -> AgencyEntry | None:
        """The body ``surface`` names, or None.

        >>> agency_gazetteer().resolve("Ｊ－ＬＩＳ").key
        'j-lis'
        """
        norm = normalise_name(surface)
        entry = self._by_name.get(norm)
        if entry is None and norm[:1] in _FORMER_OR_CURRENT:
            entry = self._by_name.get(norm[1:])
        return entry


_FORMER_OR_CURRENT = "現旧元前"


@lru_cache(maxsize=1)
def agency_gazetteer() -> AgencyGazetteer:
    """The shipped agency gazetteer (read once)."""
    entries = [
        AgencyEntry(
            key=row["key"],
            name=row["name"],
            alt_names=split_names(row["alt_names"]),
            english=row["english"],
            kind=row["kind"],
            parent=row["parent"] or None,
        )
        for row in read_gazetteer_csv("agencies.csv")
    ]
    return AgencyGazetteer(entries)


@dataclass(frozen=True, slots=True)
class AgencyMention:
    """One mention of a body; ``key`` names it in the gazetteer or, when not ``known``, is its NFKC name."""

    text: str
    start: int
    end: int
    key: str
    known: bool
    kind: str
    #: The key of the body a unit belongs to, where the text gives it (「総務省・マイナンバー室」).
    parent: str | None = None

    def shifted(self, offset: int) -> AgencyMention:
        return replace(self, start=self.start + offset, end=self.end + offset)

    @property
    def foreign(self) -> bool:
        """A foreign government or an organisation of states (英国政府, 欧州委員会): no body of Japan's."""
        return self.kind in FOREIGN_KINDS


def untokenized_bodies(text: str) -> list[AgencyMention]:
    """The bodies of a text with nothing for the rulers to read but place names (「北海道」,
    「北海道総務部」): the prefectures, municipalities and their units, found on the characters."""
    folded = fold(text)
    masks = masked_spans(folded)
    found: list[AgencyMention] = []
    for cand in select_longest(c for c in body_candidates(folded) if not is_masked(c.start, c.end, masks)):
        kind, _, stated = cand.kind.partition(":")
        key, parent = _unit_key(text[cand.start : cand.end], cand.start, stated, found)
        known = cand.key is not None
        mention = AgencyMention(
            text[cand.start : cand.end], cand.start, cand.end, cand.key or key, known, kind, parent
        )
        found.append(mention)
    return found


register_place_finder(untokenized_bodies)


def _unit_key(surface: str, start: int, parent: str, before: list[AgencyMention]) -> tuple[str, str | None]:
    """A body's key by its name, and its parent's; a unit or subdivision right after its parent's
    name keeps the whole name as its key (「北海道総務部」's 総務部 is not 青森県's), and the body
    whose mention it follows is its parent (「中央環境審議会」, not the 環境審議会 inside it)."""
    last = before[-1] if before else None
    if parent and last is not None and last.end == start:
        return normalise_name(last.text + surface), last.key
    return normalise_name(surface), parent or None


def find_agencies(text: str) -> list[AgencyMention]:
    """The named public bodies in ``text``, in order, without overlaps; a foreign government or an
    organisation of states is none (:func:`find_foreign_bodies`).

    >>> [(m.text, m.key) for m in find_agencies("総務省・マイナンバー室(現デジタル庁)より")]
    [('総務省', 'mic'), ('マイナンバー室', 'マイナンバー室'), ('デジタル庁', 'digital-agency')]
    """
    return [m for m in _bodies(text) if not m.foreign]


def publisher_key(publisher: str) -> str | None:
    """The key of the body a manifest's publisher names, where its whole name is one body or a unit
    written after its body (「横浜市こども青少年局」), by the rules that key bodies in the text: so that a
    document's publisher and the same body named in the text are one node.  None where no rule knows it.

    >>> publisher_key("前橋市") == publisher_key("群馬県前橋市")
    True
    """
    name = publisher.strip()
    found = find_agencies(name)
    if not found or found[0].start != 0 or found[-1].end != len(name):
        return None
    if any(a.end != b.start for a, b in itertools.pairwise(found)):
        return None
    return found[-1].key


def find_foreign_bodies(text: str) -> list[AgencyMention]:
    """The foreign governments and organisations of states named in ``text`` (英国政府, 欧州委員会).

    >>> [(m.text, m.kind) for m in find_foreign_bodies("経済産業省は米国商務省と協議した")]
    [('米国商務省', 'foreign_government')]
    """
    return [m for m in _bodies(text) if m.foreign]


def _bodies(text: str) -> list[AgencyMention]:
    bodies: list[AgencyMention] = extract(text)[1]
    return bodies


# --- the component -------------------------------------------------------------

#: The kinds of a foreign government and of an organisation of states: named, but no body of Japan's.
FOREIGN_KINDS = frozenset({FOREIGN_GOVERNMENT, INTERNATIONAL_ORGANISATION})
_PREFIXES = frozenset(
    {"各", "全", "現", "旧", "新", "元", "前"}
    | {"同", "本", "当該", "関係", "所管", "中央", "等"}
    | {"各種", "諸"}  # 「…の各種審議会」: councils of a kind, none named
)
# …庁 that are local government offices (都庁, 県庁) or words for any office.
_LOCAL_OFFICES = frozenset({"都", "道", "府", "県", "市", "区", "町", "村", "官", "省", "本", "支"})
_SUFFIX_KINDS = {"省": "ministry", "庁": "agency", "会": "council"}
# 「地方検察庁に送致」: the kind of office every district has, named by its kind alone.
_KINDS_OF_OFFICE = frozenset({"地方検察", "高等検察", "区検察"})
_NOUNISH: dict[str, Any] = {"POS": {"IN": ["NOUN", "PROPN"]}, "TEXT": {"NOT_IN": ["省", "庁", "・", "等"]}}
_MIN_NAME_CHARS = 2
_BODY_BEFORE_RE = re.compile(r".{2,}?(?:委員会|審議会|会議)(?=.{2,})")
_CORPORATION_PREFIX = re.compile(r"^(?:独立行政法人|国立研究開発法人|地方独立行政法人)")
# A kanji or katakana before or after a name of two characters: glued into a longer word (通常国会,
# 国会議員, 内閣総理大臣), not a list's word after it (「国会及び内閣」, 「内閣等」).
_GLUED_BEFORE_RE = re.compile(r"[一-龥々ァ-ヺー]$")
_GLUED_AFTER_RE = re.compile(r"(?!及び|並びに|又は|等)[一-龥々ァ-ヺー]")


class AgencyRuler(GazetteerRuler[AgencyGazetteer]):
    """Puts the agencies of a doc in ``doc.user_data["policykg.agencies"]`` and ``doc.spans``.

    Runs after the law ruler, whose mentions it reads to skip names inside law titles.
    """

    def __init__(self, nlp: Language, name: str = AGENCY_RULER) -> None:
        super().__init__(nlp, name, agency_gazetteer())
        self._keys_by_name = {name: e.key for name, e in self._names.items()}
        self._matcher.add("MINISTRY", [[{**_NOUNISH, "OP": "+"}, {"TEXT": {"IN": ["省", "庁"]}}]])
        self._matcher.add("COUNCIL", [[{**_NOUNISH, "OP": "+"}, {"TEXT": "審議"}, {"TEXT": "会"}]])

    def __call__(self, doc: Any) -> Any:
        text = doc.text  # spaCy joins the tokens again on every access
        folded = fold(text)
        blocked = masked_spans(folded) + [(m.start, m.end) for m in doc.user_data.get(LAWS_KEY, ())]
        cands = list(self._candidates(doc, folded))
        # Where each body found so far ends, by its key (the gazetteer's over a form's).
        ends = {c.end: normalise_name(text[c.start : c.end]) for c in cands if c.key is None}
        ends.update({c.end: c.key for c in cands if c.key is not None})
        cands += body_candidates(folded, ends, [c.start for c in cands])
        cands = [c for c in cands if not is_masked(c.start, c.end, blocked)]
        mentions = []
        for cand in select_longest(cands):
            surface = text[cand.start : cand.end]
            entry = self.gazetteer.get(cand.key) if cand.key else None
            kind, _, stated_parent = cand.kind.partition(":")
            if entry is None and kind == "corporation":
                entry = self.gazetteer.resolve(_CORPORATION_PREFIX.sub("", surface))
            if entry is not None:
                mentions.append(AgencyMention(surface, cand.start, cand.end, entry.key, True, entry.kind))
            elif cand.key is not None:  # a local government of the national list
                mentions.append(AgencyMention(surface, cand.start, cand.end, cand.key, True, kind))
            else:
                key, parent = _unit_key(surface, cand.start, stated_parent, mentions)
                if parent is None and kind == "unit":
                    parent = parent_of(surface, self._keys_by_name)
                mention = AgencyMention(surface, cand.start, cand.end, key, False, kind, parent or None)
                mentions.append(mention)
        # 「…機構（JAXA）」: the short name in brackets after a body is a mention of that body
        for start, end, n in bracketed_short_names(folded, mentions):
            if not is_masked(start, end, blocked):
                mentions.append(replace(mentions[n], text=text[start:end], start=start, end=end))
        mentions.sort(key=lambda m: m.start)
        store(doc, AGENCIES_KEY, mentions, lambda m: m.key)
        return doc

    def _candidates(self, doc: Any, folded: str) -> Iterator[Candidate]:
        for m in self._names_re.finditer(folded):
            if folded.startswith("令", m.end()):
                continue  # 総務省令, 内閣府令: a kind of ordinance
            if folded[max(0, m.start() - 2) : m.end() - 1].endswith(tuple(_KINDS_OF_OFFICE)):
                continue  # 「地方検察庁」: not 検察庁 itself, but the kind of its district offices
            if m.group().endswith("議院") and folded.startswith("議員", m.end()):
                continue  # 衆議院議員, 参議院議員通常選挙: a House's members or their election
            if len(m.group()) == 2 and (
                _GLUED_BEFORE_RE.search(folded, max(0, m.start() - 1), m.start())
                or _GLUED_AFTER_RE.match(folded, m.end())
            ):
                continue  # 通常国会, 国会議員, 内閣総理大臣: a name of two characters glued into a word
            yield Candidate(m.start(), m.end(), self._names[composed(m.group())].key, "", priority=2)
        # Each label is one pass of the matcher over the doc: only those whose ending is there.
        labels = [
            label
            for label, ending in (("MINISTRY", "省庁"), ("COUNCIL", "審"))
            if any(c in folded for c in ending)
        ]
        for label in labels:
            for start, end in noun_runs(doc, self._matcher, label):
                tail = 1 if label == "MINISTRY" else 2
                first = start
                for i in range(start, end - tail):
                    # 各, 旧 …; and adverbial nouns of time (以前, 現在, 当時): no part of a name
                    tag = doc[i].tag_
                    if doc[i].text in _PREFIXES or tag.startswith("接頭辞") or "副詞可能" in tag:
                        first = i + 1
                name = doc[first : end - tail]
                if len(name) == 0 or len(name.text) < _MIN_NAME_CHARS or name[-1].text[-1] in _LOCAL_OFFICES:
                    continue
                if folded.startswith("令", doc[end - 1].idx + 1) or name.text in _KINDS_OF_OFFICE:
                    continue
                kind = _SUFFIX_KINDS[doc[end - 1].text[-1]]
                # 「原子力規制委員会原子力規制庁」: a commission and the agency after it, two names
                glued = _BODY_BEFORE_RE.match(name.text) if label == "MINISTRY" else None
                begin = name.start_char + (glued.end() if glued else 0)
                yield Candidate(begin, doc[end - 1].idx + len(doc[end - 1].text), None, kind)


register_ruler(Ruler(AGENCY_RULER, AGENCIES_KEY, agency_gazetteer, order=2), AgencyRuler)
