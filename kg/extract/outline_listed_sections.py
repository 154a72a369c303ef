"""A list naming the sections after it (extraction stage): its entries are the themes those sections hold.

Takes a section's top-level entries and the titles of its sub-headings and says whether the list
names them (「次の三つの部門で進めます。」 over 「- 家庭部門」, 「- 業務部門」, then 「### (1) 家庭部門」,
「### (2) 業務部門」 over their own lines): each entry a short name, not a sentence, and each taken up
by a sub-heading of that title.  The reader (:mod:`kg.extract.outline`) then makes the entries themes,
and the sub-headings stand for them, as a theme heading named again does.
"""

from __future__ import annotations

from kg.extract import outline_forms as forms

_NAME_CHARS = 30


def names_sections(entries: list[str], titles: list[str]) -> bool:
    """Whether a list of two or more short names is taken up, name by name, by the sub-headings' titles.

    >>> names_sections(["家庭部門", "業務部門"], ["家庭部門", "業務部門", "まとめ"])
    True
    >>> names_sections(["家庭部門", "業務部門"], ["家庭部門"]), names_sections(["…を進める。", "x"], ["x"])
    (False, False)
    """
    names = [forms.plain(e) for e in entries]
    if len(names) < 2 or any(not n or len(n) > _NAME_CHARS or "。" in n for n in names):
        return False
    taken = {forms.plain(t) for t in titles}
    return len(set(names)) == len(names) and all(n in taken for n in names)
