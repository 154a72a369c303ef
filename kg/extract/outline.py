"""Policy structure by cue (extraction stage): goals, themes, issues and measures of any common layout.

Takes a read :class:`~kg.read.document.Document` and a :class:`~kg.extract.profiles.Profile`
and gives the items the profile's cues find, each with its exact span and the
links its place states:

- a heading whose title names a type heads a list of it (「3. 様々な分野での活用」:
  its numbered sub-headings, or its list, are themes; 「1.2 課題」: its bullets are issues;
  「4. データ品質改善への工夫」: its sub-headings are measures); one that opens with a theme's
  number (「テーマ①」, 「【重点テーマ1】」) or names it in quotes (「重点テーマ１「防災」」) is a
  theme, and one titled as a theme is that theme;
- a list label (「問題となる例」, 「【課題】」, 「**目指す姿**：…」) makes the bullets (or ・/ア lines)
  after it items of its type;
- a heading joining 課題 to 現状 or to what is done (「現状と課題」, 「課題と対応」) gives the
  issues its bullets state and, by their words, the measures (:mod:`kg.extract.outline_combined`);
- sibling sections that each hold such a labelled list are the document's areas (themes), and so is
  their parent unless it is a chapter (which sections are themes: :mod:`kg.extract.outline_theme_headings`);
  under an issue's own heading, entries with a law note its measures;
- a table whose header names a type's column gives one item per row, one per
  ・ bullet where a cell lists several, with the row's theme cell;
- numbered headings of any scheme the readers know (1./1.1, 第1, （１）, Ⅰ, Markdown and Word levels)
  nest as sections; where a theme heading holds another, the inner one names the themes;
- a sentence of running text is an item when it names its own content with the
  type's cue (「…という課題がありました」, 「本ガイドブックは…を目的として策定しました」).

Headings of navigation and procedure (はじめに, 目次, 実施手順 …) never become items; the contents of
目次 and 改訂履歴 are not read.  An item under a theme heading, or in a row naming a theme, is part of
that theme; a measure in the same section or row as an issue addresses it (where the section or row
states one issue: among several the text does not say which).
"""

from __future__ import annotations

import re
import unicodedata

from kg.extract import outline_fields, outline_figures, outline_lines
from kg.extract import outline_forms as forms
from kg.extract import outline_item_labels as item_labels
from kg.extract.outline_bullets import BulletTreeRules
from kg.extract.outline_chapters import ChapterRules
from kg.extract.outline_combined import CombinedRules, combined_kinds
from kg.extract.outline_forms import Found, clean_number
from kg.extract.outline_forms import label as _label
from kg.extract.outline_forms import plain as _plain
from kg.extract.outline_heading_lists import HeadingListRules
from kg.extract.outline_issue_notes import link_noted, merge_renumbered
from kg.extract.outline_labels import LabelRules
from kg.extract.outline_nesting import NestingRules
from kg.extract.outline_progress import attribute_line, nested_notes, progress_places, reported_entries
from kg.extract.outline_restated import merge_restated, without_containers
from kg.extract.outline_rows import RowRules
from kg.extract.outline_sentences import SentenceRules, subject_topic
from kg.extract.outline_series import series_numbers, without_series
from kg.extract.outline_status import status_beside_issue, under_status
from kg.extract.outline_theme_headings import ThemeHeadingRules
from kg.extract.outline_theme_issues import ThemeIssueRules
from kg.extract.outline_tree import TreeRules
from kg.extract.profiles import Profile
from kg.read.document import Block, BlockKind, Document, Section


class _Reader(
    ThemeHeadingRules,
    ChapterRules,
    TreeRules,
    RowRules,
    SentenceRules,
    CombinedRules,
    NestingRules,
    LabelRules,
    BulletTreeRules,
    HeadingListRules,
    ThemeIssueRules,
):
    def __init__(self, doc: Document, profile: Profile, covered: set[int]) -> None:
        self.doc = doc
        self.covered = covered
        self.p = profile
        self.found: list[Found] = []
        self.used: set[tuple[int, int]] = set()
        self.skipped: set[int] = set()
        self.navigation: set[int] = set()
        self.themes: dict[int, int] = {}  # section index → found index (-1 until added)
        # A section titled as a theme is (「3.1 住民サービス」 again under 「4. 主な取組」): its theme.
        self.aliases: dict[int, int] = {}
        self.inline: set[int] = set()  # blocks read for an inline label
        self.progress_places = progress_places(doc, profile)  # blocks where progress is reported
        self.read_bullets: set[int] = set()  # bullets read as measures by their own number (「- 施策1 …」)
        self.listed_themes: list[tuple[Block, int, int]] = []  # the entries of a theme list
        self.theme_rule: dict[int, str] = {}  # section index → the rule that made it a theme
        self.measure_themes: set[int] = set()  # themes whose sub-headings and entries are measures
        # a bullet over nothing but its progress or attribute lines (「- 所管：…」) is a leaf
        self.nested_progress = nested_notes(doc, profile)
        self.reported = reported_entries(doc, self.nested_progress)  # the entries those lines report on
        leaf_parents = {
            b.parent
            for n, b in enumerate(doc.blocks)
            if b.kind == BlockKind.LIST_ITEM and n not in self.nested_progress
        }
        self.group_bullets = {i for i in leaf_parents if i is not None}
        self.subject = subject_topic(doc)
        self.series = series_numbers(doc, profile)  # 「視点１」 beside 「視点２」: a heading's number

    # --- sections -----------------------------------------------------

    def title(self, section: Section) -> str:
        """A section's title without a number the reader left in it (「第1 」, 「（１）」, 「テーマ①」)."""
        title = forms.without_amount(_label(section.title), self.p.tree.get("amounts", ()))
        title = without_series(title, self.series.get(section.index))
        number, rest = forms.split_title(title, self.p.theme_numbers)
        if number is None and clean_number(section.number) is None:
            number, rest = forms.split_title(title, self.p.numbers)
        return rest

    def numbered_theme(self, section: Section) -> bool:
        """Whether the title opens with a theme's own number (「テーマ①」, 「【重点テーマ1】」)."""
        title = _label(section.title)
        return (
            forms.split_title(title, self.p.theme_numbers)[0] is not None
            or forms.quoted_name(title, self.p.theme_quoted) is not None
            or outline_fields.theme_heading(self.doc, section, self.p)
            or self._measure_group(section)
        )

    def _measure_group(self, section: Section) -> bool:
        """Whether a heading numbered as a measure (「重点施策1 …」) stands over headings numbered as
        measures within its number (「取組1-1 …」, 「取組1-2 …」): the group of those measures, a theme."""
        patterns = self.p.item_numbers.get("measure", ())
        number = forms.split_title(_label(section.title), patterns)[0]
        own = re.search(r"[0-9]+$", number or "")
        if own is not None and not section.children and self._action_entries(section):
            # 「重点施策2 …」 over ・ lines that each state an action: the area of those measures
            return any(p.search(_label(section.title)) for p in self.p.tree.get("measure_groups", ()))
        if own is None or not section.children:
            return False
        inner = [forms.split_title(_label(self.doc.sections[c].title), patterns)[0] for c in section.children]
        return all(n is not None and re.search(rf"(?<![0-9]){own[0]}[-‐ー.][0-9]+$", n) for n in inner)

    def _prepare(self) -> None:
        skip = {_plain(w) for w in self.p.headings["skip"]}
        nav = {_plain(w) for w in self.p.headings["navigation"]}
        numbers = (self.p.chapters, self.p.theme_numbers, *self.p.item_numbers.values(), self.p.numbers)
        # the document's title names the document, not a list (an excerpt opening 「## 重点施策」 has none)
        if forms.title_section(self.doc, numbers) and not self._list_name(self.doc.sections[0]):
            self.navigation.add(0)
        for section in self.doc.sections:
            plain = _plain(self.title(section))
            parent_skipped = section.parent is not None and section.parent in self.skipped
            if plain in skip or parent_skipped:
                self.skipped.add(section.index)
            if plain in nav or (
                forms.procedure_step(plain, self.title(section), self.p) and not self._listed_measure(section)
            ):
                self.navigation.add(section.index)
            if section.index in self.covered or section.parent in self.covered:
                # Read already by the numbered-parts rule: not again, and its parts head no list.
                self.covered.add(section.index)
                self.skipped.add(section.index)
                parent = section.parent
                while parent is not None:
                    self.navigation.add(parent)
                    parent = self.doc.sections[parent].parent

    def _listed_measure(self, section: Section) -> bool:
        """A numbered heading under one naming measures (「（2）休日健診の実施」 under 「5　受診率向上のための
        取組」): one of its measures, not a step of a procedure for the reader."""
        numbered = section.number or forms.split_title(_label(section.title), self.p.numbers)[0]
        if section.parent is None or not numbered or section.children:
            return False
        if not any(p.search(_plain(self.title(section))) for p in self.p.tree.get("action", ())):
            return False  # 「計画の推進体制」: a part of the document, not an action
        upper = self.title(self.doc.sections[section.parent])
        return forms.names_list(upper, self.p.headings["measure"]) and not forms.procedure_step(
            _plain(upper), upper, self.p
        )

    def _list_name(self, section: Section) -> bool:
        """An unnumbered title of a cue word alone or after a modifier (「重点施策」, 「主な取組」): a list's
        name (a numbered one, 「第２　具体的な施策」, stands for its part of the document)."""
        written = _plain(self.title(section))
        if section.number or _plain(section.title) != written:
            return False
        cues = (w for k in ("measure", "issue", "goal") for w in self.p.headings[k] if written.endswith(w))
        rests = (written.removesuffix(c).removesuffix("の") for c in cues)
        return any(not r or any(m.fullmatch(r) for m in self.p.tree.get("modifier", ())) for r in rests)

    def depth(self, section: Section) -> int:
        number = clean_number(section.number)
        if number:
            return len(re.split(r"[.．]", number))
        depth, parent = 1, section.parent
        while parent is not None:
            depth, parent = depth + 1, self.doc.sections[parent].parent
        return depth

    def theme_of(self, section: int | None) -> int | None:
        while section is not None:
            if section in self.themes:
                return self.themes[section]
            if section in self.aliases:
                return self.aliases[section]
            section = self.doc.sections[section].parent
        return None

    # --- adding -------------------------------------------------------

    def add(self, cls: str, block: Block, rule: str, start: int | None = None, end: int | None = None,
            **extra: object) -> int | None:  # fmt: skip
        s = block.start if start is None else start
        e = block.end if end is None else end
        quoted = forms.quoted_name(self.doc.text[s:e], self.p.theme_quoted) if cls == "Theme" else None
        if quoted is not None:
            # 「重点テーマ１「防災のデジタル化」」: the theme is the quoted name.
            if block.kind == BlockKind.HEADING:
                extra.setdefault("number", clean_number(block.number))
            s, e, start = s + quoted[0], s + quoted[1], s + quoted[0]
        if block.kind == BlockKind.HEADING and start is None:
            cut = item_labels.heading_label(self.doc.text, block, cls, self.p)
            series = self.series.get(block.section) if block.section is not None else None
            if series is not None and cut.label.startswith(series):
                cut.label, cut.number = without_series(cut.label, series), series
            extra.setdefault("number", cut.number)
        else:
            cut = item_labels.entry_label(self.doc.text, s, e, cls, self.p)
            if cut.number is not None:
                extra.setdefault("number", cut.number)
            s, e = cut.start, cut.end
        if cut.owner is not None:
            extra.setdefault("owner", cut.owner)
        label = cut.label
        if not label or (s, e) in self.used or block.section in self.skipped or self._no_item(cls, label):
            return None
        if cls == "Issue" and self._status(block, s):
            return None
        self.used.add((s, e))
        extra["number"] = item_labels.numeral(extra.get("number"))  # type: ignore[arg-type]
        item = Found(cls, label, s, e, self.doc.line_of(s), rule, block.section, **extra)  # type: ignore[arg-type]
        if item.theme is None and cls != "Theme":
            item.theme = self.theme_of(block.section)
            item.theme_basis = "heading" if item.theme is not None else None
        self.found.append(item)
        return len(self.found) - 1

    def _status(self, block: Block, start: int) -> bool:
        """A sentence of a 「【現状と課題】」 text beside one naming the problem as 課題: the status."""
        if block.kind != BlockKind.PARAGRAPH:
            return False
        title = self.title(self.doc.sections[block.section]) if block.section is not None else ""
        spans = self._sentence_spans(block)
        return status_beside_issue(self.p, block, start, spans) and under_status(
            self.doc, self.p, block, title
        )

    def _no_item(self, cls: str, label: str) -> bool:
        """An entry labelled as a KPI (「【KPI】創業件数」, 「KPI：…」) is a target, no goal or measure, and
        one that only defers (「引き続き検討する。」) or gives a verdict (「改善して継続」) no measure."""
        if cls not in ("Goal", "Issue", "Measure"):
            return False
        deferral = cls == "Measure" and any(
            p.search(label)
            for p in (*self.p.sentences.get("deferral", ()), *self.p.sentences.get("verdict", ()))
        )
        # 「所管：…」, 「根拠法：…」, 「実施時期：…」: an attribute of the item above (kg.extract.item_fields)
        attribute = attribute_line(label, self.p) is not None
        # 「目標：60％（令和10年度）」, 「現状：20％」: a figure alone is a target's value, no goal or issue
        figure = cls in ("Goal", "Issue") and outline_figures.quantity(label) is not None
        return deferral or attribute or figure or forms.kpi_labelled(label, self.p.headings["kpi"])

    def heading_block(self, section: int) -> Block:
        return self.doc.blocks[self.doc.sections[section].heading]

    def entries(self, blocks: list[int], *, top: bool = False) -> list[tuple[Block, int, int]]:
        """The leaf bullets among ``blocks`` (with ``top``, the outermost), a paragraph's marked lines or
        numbered bold lead-in."""
        found = []
        targets = False  # after a KPI label (「＜指標＞」): the entries are targets, no items
        for at, i in enumerate(blocks):
            block = self.doc.blocks[i]
            inner = block.parent is not None and self.doc.blocks[block.parent].kind == BlockKind.LIST_ITEM
            listed = i not in self.read_bullets and (not inner if top else i not in self.group_bullets)
            listed = listed and i not in self.nested_progress
            if block.kind == BlockKind.LIST_ITEM and listed:
                found += [] if targets else [(block, block.start, block.end)]
            elif block.kind == BlockKind.PARAGRAPH:
                targets = forms.kpi_label(block.text, self.p.headings["kpi"])
                if not self._names_bullets(block, blocks[at + 1 : at + 2]):
                    found += [(block, s, e) for s, e in self.paragraph_entries(block)]
            elif block.kind != BlockKind.LIST_ITEM:
                targets = False
        return found

    def _names_bullets(self, block: Block, after: list[int]) -> bool:
        """A one-line 「（１）…」 paragraph right over bullets in a theme's section (「（１）生活道路に
        おける安全確保」 over 「- 通学路の合同点検の実施」): the name of their group within the theme, no
        entry (under a list's name, 「講ずべき施策」, such a line is one of the list)."""
        if "\n" in block.text.strip() or not after or self.doc.blocks[after[0]].kind != BlockKind.LIST_ITEM:
            return False
        if block.section not in self.themes:
            return False
        return forms.split_title(block.text.strip(), self.p.numbers)[0] is not None

    def add_entries(self, cls: str, blocks: list[int], rule: str) -> int:
        made = 0
        for block, s, e in self.entries(blocks):
            if cls == "Measure" and forms.reports_progress(self.doc.text[s:e], self.p.progress):
                continue  # 「- 取組状況：…」 under a measure heading reports on it: a progress line
            if cls == "Measure" and self._under_other_label(block):
                continue  # 「【現状と課題】」 over 「・…の増加が見込まれる」: a state of things, no action
            if self._names_a_list(self.doc.text[s:e]):
                continue  # 「ア　現状と課題」, 「イ　取組」, 「○具体的な取組」 over its lines: their label
            whole = block.kind == BlockKind.LIST_ITEM
            if any(s <= f.start < e for f in self.found):
                continue  # an entry read already by its label (「◆課題：…」)
            made += self.add(cls, block, rule, None if whole else s, None if whole else e) is not None
        return made

    def _names_a_list(self, text: str) -> bool:
        """Whether a numbered or marked line names the list after it, no item (「ア　現状と課題」,
        「イ　取組」, 「○具体的な取組」)."""
        return self.list_named(text) is not None

    def list_named(self, text: str) -> str | None:
        """The type of the list a numbered or marked line names (「イ　取組」: Measure; 「ア　現状と課題」,
        「○課題」: Issue), or None."""
        rest = forms.split_title(text.strip(), self.p.numbers)[1].lstrip("○◯●◆◇■□ \u3000")
        if len(rest) > 20 or rest.endswith("。"):
            return None  # a sentence (「…以下の課題に対応する。」) is an entry
        if combined_kinds(rest, self.p.combined_words) is not None:
            return "Issue"
        return self._label_type_of(rest)

    def _under_other_label(self, block: Block) -> bool:
        """Whether the label over an entry (the nearest paragraph above it in its section) names a list
        of another type than measures (「【課題】」, 「【目指す姿】」), the state of things with its
        issues (「【現状と課題】」) or what the entries describe (``tree.facts``: 「【主な影響】」)."""
        for i in range(block.index - 1, -1, -1):
            above = self.doc.blocks[i]
            if above.section != block.section or above.kind == BlockKind.HEADING:
                return False
            if above.kind != BlockKind.PARAGRAPH or above.parent is not None:
                continue
            if not (forms.bracketed(above.text) or forms.parenthesised(above.text)):
                return False
            bare = forms.bare_label(above.text)
            kinds = combined_kinds(bare, self.p.combined_words)
            if any(p.search(_plain(bare)) for p in self.p.tree.get("facts", ())):
                return True  # 「【主な影響】」 over 「・…の増加」: what is described, no action
            return (kinds is not None and "measure" not in kinds) or self._label_type(above) in (
                "Issue",
                "Goal",
            )
        return False

    # --- rules --------------------------------------------------------

    def run(self) -> list[Found]:
        self._prepare()
        self._themes_by_heading()
        self._themes_by_structure()
        # themes a sentence names in quotes first: a section titled as one of them is that theme
        self._quoted_themes()
        quoted = {_plain(f.label): n for n, f in enumerate(self.found) if f.cls == "Theme"}
        for section in sorted(self.themes):
            if (named := quoted.get(_plain(self.title(self.doc.sections[section])))) is not None:
                self.themes[section] = named
                continue
            block = self.heading_block(section)
            found = self.add("Theme", block, self.theme_rule.get(section, "heading"))
            if found is not None:
                self.themes[section] = found
        for block, start, end in self.listed_themes:
            self.add("Theme", block, "heading", start, end)
        self._quoted_themes()
        # theme indexes now point into self.found
        self._theme_aliases()
        self._numbered_items()
        self._theme_issues()  # 「1.1　…」 inside the themes of 「重点分野と課題・施策」
        self._bullet_tree()  # nested entries numbered as goals and themes (「- 施策1-1 …」 over its entries)
        self._numbered_bullets()  # before the lists whose entries they would otherwise be
        self._combined_headings()
        self._theme_lines()  # before a measure heading's entries (「■ 重点施策1 …」 over its ◇ lines)
        self._lists_under_headings()
        self._labelled_lists()
        self._tables()
        self._numbered_lines()
        self._measures_in_themes()
        self._sentences()
        self._goal_sentences_under_headings()
        self._goal_entries()
        self._line_theme_links()
        self._chapters()
        self._heading_tree()
        self._measures_to_issues()
        return self.found

    def _numbered_items(self) -> None:
        """A heading that opens with an item's own number (「課題1 …」, 「施策1-1 …」) is that item."""
        for section in self.doc.sections:
            if (
                section.index in self.themes
                or section.index in self.skipped
                or section.index in self.navigation
            ):
                continue
            title = _label(section.title)
            for cls, patterns in self.p.item_numbers.items():
                number, rest = forms.split_title(title, patterns)  # 「3．論点3：範囲」: a topic
                # 「1　課題：…」: a numbered section naming its kind by the cue alone states it
                cue_alone = not any(ch.isdigit() for ch in unicodedata.normalize("NFKC", number or ""))
                if number and (cls != "issue" or not section.number or cue_alone or self._states_issue(rest)):
                    self.add(cls.capitalize(), self.heading_block(section.index), "heading")
                    self.navigation.add(section.index)  # it heads no list of its own
                    self._issue_entries(section.index, cls)  # but an issue's measures with their laws
                    break

    def _theme_aliases(self) -> None:
        names = {_plain(f.label): n for n, f in enumerate(self.found) if f.cls == "Theme"}
        for section in self.doc.sections:
            if section.index in self.themes or section.index in self.navigation:
                continue
            at = names.get(_plain(self.title(section)))
            if at is not None:
                self.aliases[section.index] = at

    def _measures_to_issues(self) -> None:
        """A measure addresses the issue of its section when the section states exactly one; a table's
        row, the issue its section's own heading states (「## 課題2 …」 over the table)."""
        link_noted(self.doc, self.p, self.found)  # 「施策1-1　…（課題1-1）」: the issue its note names
        issues = [n for n, f in enumerate(self.found) if f.cls == "Issue" and f.rule != "table_row"]
        headed = [n for n in issues if self.found[n].rule == "heading"]
        for measure in (m for m in self.found if m.cls == "Measure" and m.issue is None):
            near = headed if measure.rule == "table_row" else issues
            same = [n for n in near if self.found[n].section == measure.section]
            if not same and measure.section is not None:  # 「施策1-1」 under 「課題1」
                parent = self.doc.sections[measure.section].parent
                same = [n for n in headed if self.found[n].section == parent]
            if len(same) == 1:
                measure.issue, measure.link_basis = same[0], "heading"


def find(doc: Document, profile: Profile, covered: set[int] | None = None) -> list[Found]:
    """The goals, themes, issues and measures the profile's cues find in ``doc``, in text order.

    Sections in ``covered`` (and below them) were read by another rule and are
    left alone.  Links (``theme``, ``issue``, ``goal``) are indexes into the
    returned list.
    """
    if not profile.rule("cues"):
        return []
    covered = set(covered or ())
    relined = outline_lines.relined(doc, outline_lines.labeller(profile), outline_lines.goal_number(profile))
    if relined is None:
        found = _Reader(doc, profile, covered).run()
    else:
        # Read the outline the paragraphs write, then name each item's section in ``doc``.
        lined, origin = relined
        found = _Reader(lined, profile, {n for n, old in enumerate(origin) if old in covered}).run()
        for item in found:
            item.section = origin[item.section] if item.section is not None else None
    found = merge_renumbered(merge_restated(without_containers(found)))
    return forms.reindexed(found, sorted(range(len(found)), key=lambda n: (found[n].start, found[n].end)))
