"""Legislative actions: the amendments, enactments, ordinance revisions and legal measures a text states.

Extraction stage.  Takes an item's text with the laws and dates found in it
(offsets into that text); gives one :class:`LegislativeAction` per action the
text states, with:

* ``kind`` — ``amendment`` (「法改正を実施」, 「公的個人認証法改正」, 「マイナンバー法等の法律改正」,
  「個人情報保護法制の見直し」),
  ``enactment`` (「…法の成立」, 「…に関する法律の制定」, 「読み仮名の法制化」, and a local ordinance
  made or its bill passed or put to the assembly: 「…条例を制定する」, 「…条例案を可決した」,
  「…条例案を議会に提出」),
  ``revision`` (an ordinance's, named or not: 「府令改正」, 「省令整備」, 「政令の制定」, 「…条例の改正」,
  「…法施行令を改正」, 「…条例の一部を改正」, 「施行令及び施行規則を改正」 — one each),
  ``legal_measure`` (「法制上の措置」, 「法令上の措置」, 「法整備」, 「所要の法的措置を講ずる」, but
  not one taken against a party: 「…に対しては、法的措置を講じる」, 「違反者には法的措置をとる」 are
  going to court) or ``bill``
  (「法案を提出」, 「法律案の国会提出」,
  「…法の一部を改正する法律案」, 「…法改正案を提出」: a bill, not also an amendment;
  「「…に関する法律案」を閣議決定し、国会に提出」: the bill of that law);
  an amending act passed, made or promulgated (「民法の一部を改正する法律が成立し」,
  「…条例の一部を改正する条例を市議会に提案し」, and one named by its own title:
  「…健康保険法等の一部を改正する法律が成立」) is the change of the act it amends, while its
  mere mention (「…を改正する法律の施行に伴い」) is none;
* ``act_kind`` — the kind of act it changes or makes: 法律, 府令, 省令, 政令,
  条例 or 規則, or "" where the text does not say (「必要な法制上の措置を講ずる」, 「…の法制化」, but
  「…の措置を講ずるため、法案を提出する」: a law's); …施行令 is a 政令 and …法施行規則 a 省令, but a
  local ordinance's 「…条例施行規則」 a 規則, and a 「…規則」 whose number in brackets after it says
  its kind that kind (「…規則（昭和47年労働省令第32号）」: a 省令) (「府令改正」 keeps 府令 and names no
  law: which ordinance the text does not say);
* ``laws`` — the laws it amends or enacts, where the text names them just
  before the cue (「公的個人認証法改正」, 「A法及びB法の成立」, 「A法とB法が改正された」,
  「A法案及びB法案は…成立」, 「…法の令和3年改正」, 「同法を改正」 after the sentence named the statute,
  「…法が改正され」, 「…に関する法律案を…国会に提出」, a name in brackets: 「「…法」を改正」) or as the
  topic of a sentence that says it was enacted (「…法は、…可決され、成立した」) or, its date between,
  revised (「…施行規則が令和元年12月に改正され」); an ordinance repealed (「…条例を廃止」,
  「…条例は、…廃止した」) is revised; listed ordinances are one action each
  (「…法施行令及び同法施行規則を改正」: a 政令 and a 省令), those of one kind one action on all
  (「…法施行規則及び…法施行規則を改正」);
* ``bundle`` — the bundle the text marks it part of, in brackets after it
  (「…について法改正を実施（デジタル改革関連法）」);
* ``date`` — the index, among the dates given, of the date written next to it
  (「（3年9月府令改正・4年6月施行）」, 「省令整備（3年7月）」);
* ``planned`` — the action is stated as intended, in its clause (「法案を提出する予定」, 「…を改正する
  方針」, 「法案提出を目指す」) or by its date to come; an act only considered is no action at all.

A cue inside the name of a body or document (「氏名の読み仮名の法制化に関する研究会」)
is no action, nor is one the text denies (「法改正を伴わない」, 「法改正は不要」), says is
not planned (「法改正は予定していない」, 「…を改正して…を見直す予定はない」), says was shelved
or given up (「法案の提出は見送られた」, 「改正案の国会提出は見送られた」, 「法制化は断念」), not waited
for (「関係法令の改正を待たずに」), left open (「法改正の要否を含め検討」), only considered
(「法改正を検討する」, 「…の法制化の検討」, 「…の改正については、引き続き検討する」) or only debated
(「…法の改正をめぐる質疑」).  A rule listed after a 施行規則 (「…法施行規則及び労働安全衛生規則」) is a
省令 as that is.  「同法を改正」 names the statute the sentence named before it;
an article cited (「施行規則第5条を改正」, 「…法第27条第1項を改正」) and what the act sets
(「国土交通省令で定める基準を改正」, 「…法施行規則で定める様式を改正」) are the act's change; 「政省令の
整備」 revises a 政令 and a 省令; 「公布された改正入管法」 states the amendment of the law after 改正.
A law to be made that the text does not name yet (「新法の制定」, 「新たな法律を制定」, 「新法を整備」) is
an enactment with no law.  「…法を改め、」 amends the law; 「（法改正）」 after a sentence that names one
statute amends that statute, and 法改正 in a sentence about a statute (「…法について、」) amends it;
an ordinance made or repealed with its date between or under a provisional name (「…条例（仮称）を制定」)
is revised.  「…を廃止する法律が成立」 is an enactment; an unnamed 規則 made (「規則を制定した」) no action.
Laws amended together with a word of manner (「A法、B法及びC法を一括して改正した」) are one amendment; an
act passed and the law it amends in one statement (「…の整備に関する法律が成立し、…法が改正された」)
one amendment naming both; a new law spoken of twice in a sentence (「新法を制定し、…を法制化する」)
one enactment.  「改正法により」 states an amendment of no named law; 「条例案を市議会3月定例会に提出」
enacts an ordinance not named yet.  An amending act's title standing as an entry of its own
(「議案第12号　…の一部を改正する条例」, a table's cell 「| …を改正する省令 | 公布日 | 施行日 |」, an item
after 「次の条例を改正しました。」, which then names those acts) is the change; 「令和4年改正の…法」 and
「改正…法が…成立した」 state the law's amendment; 「同条は改正された」 after 「…法第733条」 amends that act;
a rule named by its number keeps its subject in brackets (「人事院規則一〇―一一（育児休業等）を改正」).
An action a council advises
(「…の改正を行うべきである」, 「…の措置を講ずることが適当」), one a law needs (「法改正を要する」), one a
party claims (「…の制定により…と主張した」) and the formula closing an act's reasons (「この政令を制定する
理由」) are none, but an ordinance's bill put to the assembly (「…条例の制定について、議会の議決を求める」) is
its making.  An amendment only discussed (「…の改正について、…論点整理を行った」,
「…の制定について、…の意見を聴いた」) or in force
(「…法改正が施行された」), or whose plan is denied after its topic's comma (「…の改正は、当面予定はない」),
is none.

>>> [(a.text, a.kind, a.act_kind) for a in find_actions("省令整備(3年7月)、府令改正", [], [])]
[('省令整備', 'revision', '省令'), ('府令改正', 'revision', '府令')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.extract.action_statements import LegislativeAction, by_the_bill, one_statement, with_context
from kg.extract.action_words import (
    AFTER_LAW,
    AMENDING_ACT_PASSED_RE,
    AMENDING_ACT_RE,
    ARTICLE_RE,
    BILL_PASSED_RE,
    CUES,
    DOCUMENT_LISTED_RE,
    ENTRY_CLOSE_RE,
    ENTRY_OPEN_RE,
    IN_FORCE_AFTER_RE,
    ORDINANCE_LIST_END_RE,
    ORDINANCE_OBJECT_RE,
    SET_BY_RE,
    TENTATIVE_RE,
    TOPIC_AMENDED_RE,
    TOPIC_ENACTED_RE,
    TOPIC_REPEALED_RE,
    ActionKind,
    bare_rule,
    in_court,
    kind_of_act,
    negated,
)
from kg.extract.dates import DateMention
from kg.extract.folding import fold
from kg.extract.law_forms import inside_other_name
from kg.extract.law_rules import NUMBERED_RULE_RE
from kg.extract.law_titles import names_local_body_or_listed
from kg.extract.laws import LawMention

__all__ = ["ACTION_ITEMS", "ActionKind", "LegislativeAction", "find_actions", "item_actions"]

#: The items whose text is read for actions: what is done or to be done (an issue's heading
#: 「読み仮名の法制化の検討」 states one too); goals and themes state none.
ACTION_ITEMS = frozenset({"Issue", "Measure", "ProgressUpdate"})


_SAME_LAW_RE = re.compile(r"同(?:法|条例|規則|条(?![例約]))")
# 「令和4年改正の児童福祉法」, 「平成27年改正後の個人情報保護法」: the law as that year's amendment left it
_PASSED_AMENDED_RE = re.compile(
    r"(?:(?:成立|公布|制定)(?:した|された|されました|の)改正"
    r"|(?:(?:令和|平成|昭和)[0-9元]{1,2}|[0-9]{4})年(?:度)?(?:の)?改正(?:の|後の)?)$"
)
_NUMBER_BRACKET_RE = re.compile(r"[(（][^()（）\n]{0,24}号[)）]")
_SUBJECT_BRACKET_RE = re.compile(r"[(（][^()（）\n。]{1,20}[)）]")
_COORD_RE = re.compile(r"(?:等)?(?:及び|並びに|又は|、|・|と)")


def _closed(folded: str, end: int) -> int:
    """After a name in brackets (「「建築基準法」を改正し」), what is said of it starts past the bracket."""
    return end + 1 if folded.startswith(("」", "』"), end) else end


# The kind of act a 「…規則」's number says: 「（昭和47年労働省令第32号）」 a 省令, 「…内閣府令第…」 a 府令.
_ORDINANCE_BY_NUMBER_RE = re.compile(r"(省令|府令)第")
# 「条例を制定」, 「条例の公布」, 「…を条例化」: an act made, not changed.
_MADE_RE = re.compile(r"制定|公布|条例化")


def _own_change(kind: ActionKind, act_kind: str) -> ActionKind:
    """What a change of ``kind`` is for an act of ``act_kind``: a law's as it is; an ordinance (条例)
    made is enacted as a law is (「…条例を制定する」), any other change of one and every change of an
    order or a rule (政令, 府令, 省令, 規則) its revision."""
    if act_kind == "法律" or (act_kind == "条例" and kind == "enactment"):
        return kind
    return "revision"


def find_actions(
    text: str, laws: Sequence[LawMention], dates: Sequence[DateMention]
) -> list[LegislativeAction]:
    """The legislative actions ``text`` states, in order."""
    folded = fold(text)
    laws = [*laws, *_same_law_again(text, folded, laws)]
    by_end = {m.end: m for m in laws}
    by_start = {m.start: m for m in laws}
    found: list[LegislativeAction] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken) and not inside_other_name(folded, start, end)

    # 「令和5年6月に公布された改正入管法は」: the amendment passed is that of the law named after it.
    for law in laws:
        passed = _PASSED_AMENDED_RE.search(folded, max(0, law.start - 12), law.start)
        if passed and law.kind == "statute" and free(passed.start(), law.end):
            found.append(
                LegislativeAction(
                    text[passed.start() : law.end], passed.start(), law.end, "amendment", "法律", (law.key,)
                )
            )
            taken.append((passed.start(), law.end))
    # A named law followed by what is done to it: 「公的個人認証法改正」, 「A法及びB法の成立」.
    for first in sorted(laws, key=lambda m: m.start):
        if any(s <= first.start < e for s, e in taken) or first.kind == "bundle":
            continue
        chain, pos = [first], _closed(folded, first.end)
        # 「こども家庭庁設置法案及びこども基本法案は、…成立した」: bills listed are listed laws;
        # 「「A法」及び「B法」を改正」: names in brackets listed
        while (coord := _COORD_RE.match(folded, pos + folded.startswith("案", pos))) and (
            (nxt := by_start.get(coord.end()) or by_start.get(coord.end() + 1)) is not None
            and (nxt.start == coord.end() or folded[coord.end()] in "「『")
        ):
            chain.append(nxt)
            pos = _closed(folded, nxt.end)
        if number := _NUMBER_BRACKET_RE.match(folded, pos) or TENTATIVE_RE.match(folded, pos):
            pos = number.end()  # 「…基本法（平成28年法律第103号）が制定」, 「…条例（仮称）を制定」
        elif NUMBERED_RULE_RE.fullmatch(first.text) and (subject := _SUBJECT_BRACKET_RE.match(folded, pos)):
            # 「人事院規則一〇―一一（育児休業等）を改正」: the rule's subject after its number
            pos = subject.end()
        if article := ARTICLE_RE.match(folded, pos):
            pos = article.end()  # 「…法第5条を改正」
        if document := DOCUMENT_LISTED_RE.match(folded, pos):
            pos = document.end()  # 「…内閣府令及び監督指針を改正」: the guideline no act
        if set_by := SET_BY_RE.match(folded, pos):
            pos = set_by.end()  # 「…法施行規則で定める様式を改正」: what the act sets is the act changed
        statutes = all(x.kind in ("statute", "bundle") for x in chain)
        act_kind = "法律" if statutes else kind_of_act(first.text)
        if act_kind == "規則" and number and (by_number := _ORDINANCE_BY_NUMBER_RE.search(number.group())):
            act_kind = by_number[1]  # 「…規則（昭和47年労働省令第32号）」: a ministry's ordinance
        keys = tuple(dict.fromkeys(x.key for x in chain))
        if first.amended:
            # 「健康保険法等の一部を改正する法律が成立」: an act of its own title passed changes the acts
            # its title names; its mere mention (「…の施行に伴い」) states no change
            passed = AMENDING_ACT_PASSED_RE.match(folded, pos)
            end = passed.end() if passed else pos
            if free(first.start, end):
                taken.append((first.start, end))
                if passed:
                    amended = tuple(dict.fromkeys(x.key for x in first.amended))
                    surface = text[first.start : end]
                    found.append(LegislativeAction(surface, first.start, end, "amendment", "法律", amended))
            continue
        amending = AMENDING_ACT_RE.match(folded, pos)
        bill = amending is not None and amending["draft"] and amending["own"] == "法律"
        if bill and amending and BILL_PASSED_RE.match(folded, amending.end()):
            bill = False  # 「…の一部を改正する法律案が可決、成立した」: the bill passed is the amendment
        if amending and not bill:  # a bill: below
            passed = AMENDING_ACT_PASSED_RE.match(folded, amending.end())
            end = passed.end() if passed else amending.end()
            entry = ENTRY_OPEN_RE.search(folded, 0, first.start) and ENTRY_CLOSE_RE.match(folded, end)
            if free(first.start, end):
                taken.append((first.start, end))
                # 「…の一部を改正する法律の施行に伴い」 states no change of its own; 「| …を改正する省令 |」
                # (an entry of a list or a table) is the act made
                if passed or entry:
                    change: ActionKind = "amendment" if act_kind == "法律" else "revision"
                    found.extend(_chain_actions(text, chain, end, change, act_kind, keys, statutes))
            continue
        for cue, kind, ordinances_only in AFTER_LAW:
            m = cue.match(folded, pos)
            if m and free(first.start, m.end()):
                if ordinances_only and act_kind == "法律":
                    break  # a law is repealed by another law (「…法を廃止する法律が成立」: that law's making)
                taken.append((first.start, m.end()))
                if kind == "amendment" and IN_FORCE_AFTER_RE.match(folded, m.end()):
                    break  # 「…法の改正法が施行された」: the amending act in force, no change stated
                if kind == "bill" and BILL_PASSED_RE.match(folded, m.end()):
                    kind = "amendment"  # 「…法の改正案が国会で成立した」: the bill passed is the amendment
                if kind == "bill" and act_kind == "条例" and "改正" not in m.group():
                    kind = "enactment"  # 「…条例案を提出する」: the ordinance put to the assembly, to be made
                if not negated(folded, m.end()):
                    kind = _own_change(kind, act_kind)  # an ordinance is revised, a 条例 made enacted
                    if kind == "enactment" and folded.endswith("改正", 0, first.start):
                        kind = "amendment"  # 「改正道路交通法が成立し」: the law's amendment passed
                    found.extend(_chain_actions(text, chain, m.end(), kind, act_kind, keys, statutes))
                break
        else:
            if folded.startswith("案", pos) and act_kind in ("法律", "条例"):
                pos += 1  # 「…法案は、…可決され、成立した」, 「…条例案を可決した」: the bill passed is made
            topic = TOPIC_ENACTED_RE.match(folded, pos)
            topical: ActionKind = _own_change("enactment", act_kind)
            passive_topic = False
            if topic is None and (passive := TOPIC_AMENDED_RE.match(folded, pos)):
                topic = passive  # 「…法は、令和4年6月に改正された」, 「…施行規則が令和元年12月に改正され」
                topical = "amendment" if act_kind == "法律" else "revision"
                passive_topic = True
            if topic is None and act_kind != "法律":
                topic = TOPIC_REPEALED_RE.match(folded, pos)  # 「…条例は、…廃止した」
                topical = "revision" if topic is not None else topical
                if topic is None and (made := ORDINANCE_OBJECT_RE.match(folded, pos)):
                    topic = made  # 「…条例を令和7年度中に制定する」: made (「…を廃止する」: revised)
                    topical = "revision" if "廃止" in made.group() else topical
            if (
                topic
                and free(first.start, topic.end())
                # 「…法は、…改正法が成立した」: its amendment, not the law
                and ("改正" not in topic.group() or passive_topic)
                and not any(pos < x.start < topic.end() for x in laws)
            ):
                if topical == "enactment" and act_kind == "法律" and folded.endswith("改正", 0, first.start):
                    topical = "amendment"  # 「改正災害対策基本法が…可決、成立した」: its amendment passed
                surface = text[first.start : topic.end()]
                found.append(LegislativeAction(surface, first.start, topic.end(), topical, act_kind, keys))
                taken.append((first.start, topic.end()))
    # The cue words on their own: 「法改正を実施」, 「府令改正」, 「法制上の措置」.
    for cue, cue_kind, act in CUES:
        for m in cue.finditer(folded):
            kind = cue_kind
            start, end = m.span()
            if not free(start, end) or any(law.start < end and start < law.end for law in laws):
                continue
            taken.append((start, end))
            if negated(folded, end) or (kind == "legal_measure" and in_court(folded, start, end)):
                continue  # 「法改正を伴わない」, 「法改正は予定していない」, 「…に対しては、法的措置を」
            if kind == "bill" and BILL_PASSED_RE.match(folded, end):
                kind = "amendment" if "改正" in m.group() else "enactment"  # 「改正法案は、…成立した」
            named = _law_before(folded, start, by_end)
            if act is None and named is None and bare_rule(folded, start, m.group()):
                continue  # 「規則を制定した」: a body's own rules, unnamed, are no act of the statute book
            keys = (named.key,) if named is not None and named.kind != "bundle" else ()
            if m.group().startswith("廃止する"):
                keys = ()  # the abolishing act made, unnamed; the law it abolishes is no act made
            if not keys and folded.startswith("改正法", start):
                keys = _topic_statute(folded, start, laws)  # 「個人情報保護法は、…改正法が成立した」
            elif not keys and kind in ("amendment", "bill") and act == "法律" and named is None:
                # 「…法に基づく…を見直す（法改正）」: the law named; 「…法について、法改正を行う」
                keys = _bracketed_statute(folded, start, end, laws) or _topic_statute(
                    folded, start, laws, True
                )
            # 「本市情報公開条例施行規則を改正」: the rules of an ordinance are a 規則, not a 省令
            cue_act_kind = (
                act if act is not None else kind_of_act((named.text if named is not None else "") + m["act"])
            )
            if kind == "revision" and _MADE_RE.search(m.group()):
                kind = _own_change("enactment", cue_act_kind)  # 「条例を制定」: the ordinance made
            if act is None and m["act"].endswith(("政省令", "府省令")):  # 「関係政省令の整備」: two acts
                pair = "政令" if m["act"].endswith("政省令") else "府令"
                found.append(LegislativeAction(text[start:end], start, end, kind, pair, keys))
                cue_act_kind = "省令"
            found.append(LegislativeAction(text[start:end], start, end, kind, cue_act_kind, keys))
            if act is None:
                for s, e in _listed_before(folded, start):  # 「施行令及び施行規則を改正」
                    if free(s, e) and not any(law.start < e and s < law.end for law in laws):
                        listed = kind_of_act(folded[s:e])  # 「法律、政令及び省令の改正」: the law is amended
                        own: ActionKind = "amendment" if listed == "法律" else kind
                        found.append(LegislativeAction(text[s:e], s, e, own, listed))
                        taken.append((s, e))
    found.sort(key=lambda a: a.start)
    found = _listed_after(found, folded)
    found = by_the_bill(found, folded)
    return [with_context(a, folded, by_start, dates) for a in one_statement(found, text, folded)]


def _same_law_again(text: str, folded: str, laws: Sequence[LawMention]) -> list[LawMention]:
    """「…法の運用状況を検証し、必要に応じて同法を改正する」: 同法 is the statute the sentence named last,
    「…条例に基づく届出について、同条例の一部を改正し」 同条例 the local ordinance, 同規則 the rule,
    同条 the act whose article (「…法第733条」) was cited last, in that sentence or before;
    「…条例及び同条例施行規則」 the rules of that ordinance."""
    again = []
    for m in _SAME_LAW_RE.finditer(folded):
        start, end = m.span()
        if any(x.start < end and start < x.end for x in laws):
            continue  # 「同法施行令」 is a mention of its own
        word = m.group()[1:]  # 法, 条例, 規則 or 条
        if word == "条":  # 「…法第733条…。その後、同条は改正された」: the act whose article was cited last
            before = [x for x in laws if x.end <= start and _cites_article(folded, x.end)]
        else:
            before = [
                x
                for x in laws
                if x.end <= start
                and (x.kind == "statute" if word == "法" else x.kind != "statute" and x.text.endswith(word))
                and "。" not in folded[x.end : start]
            ]
        if before and word == "条例" and folded.startswith("施行規則", end):
            # 「…条例及び同条例施行規則を改正」: the ordinance's rules, an act of their own
            end, key = end + 4, before[-1].key + "施行規則"
            again.append(replace(before[-1], text=text[start:end], start=start, end=end, key=key, amended=()))
        elif before:
            again.append(replace(before[-1], text=text[start:end], start=start, end=end, amended=()))
    return again


# 「次の条例を改正しました。」, 「下記の省令を制定した」: the acts are those listed after it
_FORWARD_RE = re.compile(r"(?:次|以下|下記)の$")


def _listed_after(found: list[LegislativeAction], folded: str) -> list[LegislativeAction]:
    """An action on acts the text lists after it (「次の条例を改正しました。・…条例の一部を改正する条例」) is
    the actions of that list, where the list names them: no unnamed action of its own."""
    return [
        a
        for n, a in enumerate(found)
        if a.laws
        or not _FORWARD_RE.search(folded, 0, a.start)
        or not any(b.laws and b.act_kind == a.act_kind for b in found[n + 1 :])
    ]


def _cites_article(folded: str, at: int) -> bool:
    """An article of the act named before ``at`` follows it (「民法第733条」)."""
    article = ARTICLE_RE.match(folded, at)
    return article is not None and article.end() > at


def _chain_actions(
    text: str,
    chain: list[LawMention],
    end: int,
    kind: ActionKind,
    act_kind: str,
    keys: tuple[str, ...],
    statutes: bool,
) -> list[LegislativeAction]:
    """One action on a list of laws; one per ordinance where ordinances are listed.

    「特定商取引法施行令及び同法施行規則を改正」 revises a 政令 and a 省令: two actions.
    """
    start = chain[0].start
    if statutes or len(chain) == 1:
        return [LegislativeAction(text[start:end], start, end, kind, act_kind, keys)]
    actions: list[LegislativeAction] = []
    for n, law in enumerate(chain):
        stop = end if n == len(chain) - 1 else law.end
        own_kind = kind_of_act(law.text)
        ordinance_rules = law.text.endswith("条例施行規則")  # 「同条例施行規則」: a 規則 whatever precedes
        if (
            own_kind == "規則"
            and actions
            and not names_local_body_or_listed(law.text)
            and not ordinance_rules
        ):
            own_kind = actions[-1].act_kind  # 「…法施行規則及び労働安全衛生規則」: a 省令 like the one before
        own: ActionKind = kind if own_kind == "法律" else "revision"
        if actions and actions[-1].act_kind == own_kind:
            # 「都市計画法施行規則及び建築基準法施行規則を改正」: ordinances of one kind, one action on both
            last = actions[-1]
            laws = (*last.laws, law.key)
            actions[-1] = replace(last, text=text[last.start : stop], end=stop, laws=laws)
            continue
        actions.append(LegislativeAction(text[law.start : stop], law.start, stop, own, own_kind, (law.key,)))
    return actions


def _listed_before(folded: str, start: int) -> list[tuple[int, int]]:
    """The ordinances listed before the one at ``start``: 「施行令及び施行規則を改正」 → 施行令."""
    spans: list[tuple[int, int]] = []
    while True:
        m = ORDINANCE_LIST_END_RE.search(folded, max(0, start - 16), start)
        if m is None:
            return spans
        spans.insert(0, (m.start(), m.start() + len(m["word"])))
        start = m.start()


def _topic_statute(
    folded: str, start: int, laws: Sequence[LawMention], about: bool = False
) -> tuple[str, ...]:
    """The statute a sentence is about (「…法は、」, 「…法が、」) before ``start``, in the same sentence;
    with ``about`` also the one it speaks of (「…法について、」)."""
    topics = ("は", "が", "について、", "については、") if about else ("は", "が")
    for law in sorted(laws, key=lambda x: -x.start):
        if law.end <= start and "。" not in folded[law.end : start]:
            topical = law.kind == "statute" and folded.startswith(topics, law.end)
            return (law.key,) if topical else ()
    return ()


def _bracketed_statute(folded: str, start: int, end: int, laws: Sequence[LawMention]) -> tuple[str, ...]:
    """「…法に基づく…を見直す（法改正）」: a cue in brackets after a sentence naming one statute is its."""
    if not (folded.endswith(("（", "("), 0, start) and folded.startswith(("）", ")"), end)):
        return ()
    sentence = folded.rfind("。", 0, start) + 1
    named = {x.key for x in laws if sentence <= x.start and x.end <= start and x.kind == "statute"}
    return (named.pop(),) if len(named) == 1 else ()


def _law_before(folded: str, start: int, by_end: dict[int, LawMention]) -> LawMention | None:
    """The law named just before a cue: 「マイナンバー法等の法律改正」."""
    for gap in ("", "の", "等", "等の"):
        if folded.endswith(gap, 0, start) and (start - len(gap)) in by_end:
            return by_end[start - len(gap)]
    return None


def item_actions(
    text: str, start: int, end: int, laws: Sequence[LawMention], dates: Sequence[DateMention]
) -> list[LegislativeAction]:
    """The actions of the item at ``text[start:end]``; mentions and results in document offsets.

    ``date`` indexes ``dates`` (the item's own dates, in order).
    """
    local_laws = [m.shifted(-start) for m in laws]
    local_dates = [replace(d, start=d.start - start, end=d.end - start) for d in dates]
    return [a.shifted(start) for a in find_actions(text[start:end], local_laws, local_dates)]
