"""What reading a question gives: a :class:`Reading` (the kind, its query and the words for it), or
why there is none (:class:`NotUnderstood`, :class:`UnknownName`, :class:`Ambiguous`).

Takes the entities of :mod:`kg.ask.names`; gives the dataclasses the reader, the narrowings
(:mod:`kg.ask.narrow`) and the answer share.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.ask.entities import Entity


@dataclass(frozen=True, slots=True)
class Period:
    """A period asked about: its words and its first and last month (``YYYY-MM``)."""

    text: str
    start: str
    end: str
    # the last month a thing may start in to have started "in" it: 「R2.11から」 is open to the
    # end of time, yet what started 「R2.11から」 started in 2020-11
    begins_by: str = ""

    def describe(self) -> str:
        return f"{self.text}（{self.start}～{self.end}）"

    def months(self) -> int:
        """How many months the period spans (「2021年5月」 1, 「令和3年度」 12)."""

        def count(month: str) -> int:
            return int(month[:4]) * 12 + int(month[5:7])

        return count(self.end) - count(self.start) + 1


@dataclass(frozen=True, slots=True)
class Reading:
    """A question understood: its kind, the query, the words for it, the entities it names."""

    kind: str
    sparql: str
    reading: str
    columns: tuple[str, ...]
    entities: tuple[Entity, ...] = ()
    period: Period | None = None
    # A long list is read a page at a time: the query of its rows' keys, the keys'
    # names (the order of the rows), and the query of a page's rows (``%KEYS%`` to fill).
    keys: tuple[str, ...] = ()
    key_sparql: str | None = None
    detail_sparql: str | None = None


@dataclass(frozen=True, slots=True)
class NotUnderstood:
    """No kind of question matched the whole question."""

    message: str = "質問の形を読み取れませんでした"


@dataclass(frozen=True, slots=True)
class UnknownName:
    """The question names a law, agency or issue that is not in the graph."""

    name: str
    what: str

    @property
    def message(self) -> str:
        return f"{self.what}「{self.name}」はグラフにありません"


@dataclass(frozen=True, slots=True)
class Ambiguous:
    """A name in the question stands for more than one entity: the user chooses."""

    name: str
    candidates: tuple[Entity, ...] = field(default_factory=tuple)

    @property
    def message(self) -> str:
        return f"「{self.name}」に当たるものが{len(self.candidates)}件あります。どれかを選んでください"


Outcome = Reading | NotUnderstood | UnknownName | Ambiguous
