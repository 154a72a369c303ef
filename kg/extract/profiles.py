"""Document profiles (extraction stage): the cues and patterns of a family of documents, as data.

A profile is a small TOML file (see ``kg/data/profiles/generic.toml`` for every
key, with comments).  The built-in profiles live in ``kg/data/profiles/``; a
user adds one for a new family of documents by putting a ``*.toml`` file in the
folder the ``profile_dir`` setting names, no Python needed.  A profile gives
only what differs from the generic one: missing keys are taken from it.

:func:`choose` takes a read document and gives the profile to use and why: the
matching profile of highest priority (its ``[match] patterns`` found at least
``min_hits`` times in the text), else the generic profile.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import ProfileError
from kg.read.document import Document

__all__ = ["Choice", "Profile", "ProfileError", "choose", "load_file", "profiles"]

GENERIC = "generic"
_TYPES = ("goal", "theme", "issue", "measure")


@dataclass(frozen=True, slots=True)
class Profile:
    """One profile, merged over the generic one, its patterns compiled."""

    name: str
    description: str
    source: str
    priority: int
    match: tuple[re.Pattern[str], ...]
    min_hits: int
    rules: dict[str, bool]
    headings: dict[str, tuple[str, ...]]
    procedure: tuple[re.Pattern[str], ...]
    # Heading numbers a reader leaves in the title (「第1 」, 「（１）」), and those that make
    # the heading a theme of its own (「テーマ①」, 「【重点テーマ1】」).
    numbers: tuple[re.Pattern[str], ...]
    theme_numbers: tuple[re.Pattern[str], ...]
    theme_quoted: tuple[re.Pattern[str], ...]  # 「重点テーマ１「防災」」: the theme is the quoted name
    item_numbers: dict[str, tuple[re.Pattern[str], ...]]  # 「課題1 」, 「施策1-1 」: by type
    labels: dict[str, tuple[re.Pattern[str], ...]]
    inline: dict[str, tuple[re.Pattern[str], ...]]
    sentences: dict[str, tuple[re.Pattern[str], ...]]
    tables: dict[str, tuple[str, ...]]
    status_header: tuple[str, ...]
    status_theme_cell: re.Pattern[str]
    # 「現状と課題」 headings: the words their titles join (status, issue, measure) and the
    # predicates that tell a bullet's type under them (issue_predicate, measure_predicate).
    combined_words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    combined_predicates: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    # Headings about something named elsewhere (「（1）論点1について」): no item, their text is.
    about: tuple[re.Pattern[str], ...] = ()
    # Chapter numbers (「第2章」): a chapter over items is their theme.
    chapters: tuple[re.Pattern[str], ...] = ()
    # The heading tree (:mod:`kg.extract.outline_tree`): titles naming an action, the document's
    # own title, and entries that set a target.
    tree: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    # Labels of progress lines (「取組状況」, 「進捗状況」): as a line's label, a sub-heading, a column.
    progress: tuple[str, ...] = ()
    # Progress told by its form (``[progress] marks``: 「✓ …」; ``done``: 「…を実施した。」) and the
    # columns of status words (``columns``: 「| 状況 |」) that report how a row's measure stands.
    progress_forms: dict[str, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    progress_columns: tuple[str, ...] = ()

    def rule(self, name: str) -> bool:
        return self.rules.get(name, False)


@dataclass(frozen=True, slots=True)
class Choice:
    """The profile chosen for a document and the reason, in words."""

    profile: Profile
    reason: str
    hits: tuple[str, ...] = field(default_factory=tuple)


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            merged[key] = _merge(base[key], value)
        else:
            merged[key] = value
    return merged


def _patterns(source: str, key: str, values: Any) -> tuple[re.Pattern[str], ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ProfileError(f"{source}: {key} must be a list of strings")
    try:
        return tuple(re.compile(v) for v in values)
    except re.error as exc:
        raise ProfileError(f"{source}: {key} holds a bad pattern ({exc})") from None


def _words(source: str, key: str, values: Any) -> tuple[str, ...]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise ProfileError(f"{source}: {key} must be a list of strings")
    return tuple(values)


def _parse(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{source}: is not valid TOML ({exc})") from None


def _generic_data() -> dict[str, Any]:
    text = resources.files("kg.data").joinpath("profiles", "generic.toml").read_text(encoding="utf-8")
    return _parse(text, "generic.toml")


def build_profile(data: dict[str, Any], source: str) -> Profile:
    """A profile from the parsed TOML of one file, merged over the generic profile."""
    merged = _merge(_generic_data(), data)
    name = merged.get("name")
    if not isinstance(name, str) or not name:
        raise ProfileError(f"{source}: a profile needs a name")
    headings = merged.get("headings", {})
    status = merged.get("status_table", {})
    rules = merged.get("rules", {})
    if not all(isinstance(v, bool) for v in rules.values()):
        raise ProfileError(f"{source}: every [rules] value must be true or false")
    match = merged.get("match", {})
    combined = merged.get("combined", {})
    return Profile(
        name=name,
        description=str(merged.get("description", "")),
        source=source,
        priority=int(merged.get("priority", 0)),
        match=_patterns(source, "match.patterns", match.get("patterns", [])),
        min_hits=int(match.get("min_hits", 1)),
        rules=dict(rules),
        headings={
            k: _words(source, f"headings.{k}", headings.get(k, []))
            for k in (*_TYPES, "kpi", "schedule", "navigation", "skip")
        },
        procedure=_patterns(source, "headings.procedure", headings.get("procedure", [])),
        about=_patterns(source, "headings.about", headings.get("about", [])),
        chapters=_patterns(source, "headings.chapters", headings.get("chapters", [])),
        numbers=_patterns(source, "headings.numbers", headings.get("numbers", [])),
        theme_numbers=_patterns(source, "headings.theme_numbers", headings.get("theme_numbers", [])),
        theme_quoted=_patterns(source, "headings.theme_quoted", headings.get("theme_quoted", [])),
        item_numbers={
            t: _patterns(source, f"item_numbers.{t}", merged.get("item_numbers", {}).get(t, []))
            for t in ("goal", "issue", "measure")
        },
        labels={t: _patterns(source, f"labels.{t}", merged.get("labels", {}).get(t, [])) for t in _TYPES},
        inline={
            t: _patterns(source, f"inline_labels.{t}", merged.get("inline_labels", {}).get(t, []))
            for t in (*_TYPES, "kpi")
        },
        sentences={k: _patterns(source, f"sentences.{k}", v) for k, v in merged.get("sentences", {}).items()},
        tables={k: _words(source, f"tables.{k}", v) for k, v in merged.get("tables", {}).items()},
        status_header=_words(source, "status_table.header", status.get("header", [])),
        status_theme_cell=_patterns(source, "status_table.theme_cell", [status.get("theme_cell", "^$")])[0],
        combined_words={
            k: _words(source, f"combined.{k}", combined.get(k, [])) for k in ("status", "issue", "measure")
        },
        tree={k: _patterns(source, f"tree.{k}", v) for k, v in merged.get("tree", {}).items()},
        progress=_words(source, "progress.labels", merged.get("progress", {}).get("labels", [])),
        progress_forms={
            k: _patterns(source, f"progress.{k}", merged.get("progress", {}).get(k, []))
            for k in ("marks", "done", "reports")
        },
        progress_columns=_words(source, "progress.columns", merged.get("progress", {}).get("columns", [])),
        combined_predicates={
            k: _patterns(source, f"combined.{k}_predicate", combined.get(f"{k}_predicate", []))
            for k in ("issue", "measure")
        },
    )


def load_file(path: Path) -> Profile:
    """One profile file; :class:`ProfileError` naming the file and the reason if it is bad."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ProfileError(f"{path}: cannot read the profile ({exc})") from None
    return build_profile(_parse(text, str(path)), str(path))


@lru_cache(maxsize=1)
def _builtin() -> tuple[Profile, ...]:
    folder = resources.files("kg.data").joinpath("profiles")
    found = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".toml"):
            source = f"kg/data/profiles/{entry.name}"
            found.append(build_profile(_parse(entry.read_text(encoding="utf-8"), source), source))
    return tuple(found)


def profiles(profile_dir: Path | None = None) -> list[Profile]:
    """The built-in profiles, then those of ``profile_dir`` (which replace built-ins of their name)."""
    by_name = {p.name: p for p in _builtin()}
    if profile_dir is not None:
        if not profile_dir.is_dir():
            raise ProfileError(f"{profile_dir}: the profile folder does not exist")
        for path in sorted(profile_dir.glob("*.toml")):
            profile = load_file(path)
            by_name[profile.name] = profile
    return list(by_name.values())


def generic(profile_dir: Path | None = None) -> Profile:
    return next(p for p in profiles(profile_dir) if p.name == GENERIC)


def choose(doc: Document, profile_dir: Path | None = None) -> Choice:
    """The profile for ``doc`` and why it was chosen.

    >>> from kg.read import read_string
    >>> choose(read_string("## 1. はじめに")).profile.name
    'generic'
    """
    best: tuple[int, int, Profile, tuple[str, ...]] | None = None
    for profile in profiles(profile_dir):
        if profile.name == GENERIC or not profile.match:
            continue
        hits = tuple(m[0] for p in profile.match if (m := p.search(doc.text)))
        if len(hits) < profile.min_hits:
            continue
        key = (profile.priority, len(hits))
        if best is None or key > best[:2]:
            best = (*key, profile, hits)
    if best is None:
        return Choice(
            generic(profile_dir), "no profile's patterns match the text; the generic profile applies"
        )
    profile, hits = best[2], best[3]
    shown = "、".join(f"「{h}」" for h in hits)
    return Choice(profile, f"its patterns match the text: {shown}", hits)
