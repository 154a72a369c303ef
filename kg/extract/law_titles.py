"""Law names by their wording: titles ending 「…に関する法律」, and local ordinances by whose they are.

Extraction stage, for the law ruler (:mod:`kg.extract.laws`).  Takes a tokenized doc (and its
folded text); gives candidate spans:

* a title ending 「…に関する法律」, 「…に係る法律」 or 「…に関する特別措置法」 (臨時措置法), an
  ordinance's 「…に関する内閣府令」 (「…総務省令」, 「…政令」, 「…規則」: an ordinance of that kind), or a
  local ordinance's 「…を定める条例」 (「…の運営に関する基準を定める条例」),
  reaching back to the start of its phrase (over 等: 「預貯金口座の管理等に関する法律」, and over
  及び/並びに/・ unless a law's name ends before them: 「情報の取得及び利用並びに意思疎通に係る…法律」
  is one title, 「A法及び…に関する法律」 two; not over に before a noun: 「令和5年に」 ends a clause);
  the bill of a new law (「…に関する法律案」) names that law;
* an amending act (「…の一部を改正する法律（案）」, 「…条例の全部を改正する条例」) is no law of its own:
  the act it amends is, found on its own (a local ordinance by the whole phrase before 「の一部」);
  but a title that amends several acts or states its purpose (「…健康保険法等の一部を改正する法律」,
  「…を図るための…法の一部を改正する法律」) names an act of its own (``AMENDING_ACT``), which the
  law ruler keeps with the acts its title names;
* the start of a name before 法 or 条例 in a run of nouns: after the modifiers it starts with (eras,
  years, 改正), and back over 「・」 joining words of one name (「孤独・孤立対策推進法」), unless
  the words before 「・」 end a law of their own (「個人情報保護法・番号法」);
* a local ordinance whose name says whose it is (「横浜市個人情報の保護に関する条例」, 「つくば市…条例」),
  and one enforcing a titled act, its body named or not (「千葉市個人情報の保護に関する法律施行条例」,
  not the act's title cut before 施行条例);
* an ordinance of the document's own body named without the body's name — after 本市/本県
  (「本市情報公開条例」, 「本市の情報公開条例」), after a bare 県 or 市 (「県個人情報保護条例」), or by
  what the text does to it (「自治基本条例を制定」, 「子ども条例を改正」, 「手数料条例の一部を改正」,
  「空き家等の適正管理に関する条例を制定」) — as a candidate of kind ``local_ordinance:own``, a
  mention whose key is unique only within its document; 「各団体の個人情報保護条例」 names none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kg.extract.folding import fold
from kg.extract.gazetteers import Candidate, select_longest
from kg.extract.law_forms import names_local_body
from kg.extract.law_numbers import ERA_DIGITS
from kg.extract.local_governments import starts_with_local_government

__all__ = [
    "AMENDING_ACT",
    "MIN_NAME_CHARS",
    "MODIFIERS",
    "amended_candidates",
    "name_start",
    "names_local_body_or_listed",
    "own_ordinance",
    "own_title",
    "titles",
]

# Words that end a modifier before a law's name (「令和３年改正個人情報保護法」):
# the name starts after them.
MODIFIERS = frozenset(
    {"改正", "現行", "新", "旧", "同", "本", "各"}
    | {"当該", "前記", "上記", "年", "度", "等", "及び"}
    # 「人事院勧告どおり給与法を改正」: what the act follows is no part of its name
    | {"どおり", "通り"}
)
# 「空き家等の適正管理に関する条例」, 「預貯金口座の管理等に関する法律」: 等 is inside a title.
_TITLE_MODIFIERS = MODIFIERS - {"等"}
# A titled ordinance (「金融商品取引業等に関する内閣府令」, 「…に関する総務省令」) is an act of that kind.
_ORDINANCE_TITLE_ENDS = r"内閣府令|府令|[一-龥]{0,4}?省令|政令|規則"
# 「…の支援に関する特別措置法」, 「…に関する臨時措置法」: a statute's title by its own ending.
# 「…の設備及び運営に関する基準を定める条例」, 「…の額を定める条例」: an ordinance's title by what it sets.
_TITLE_RE = re.compile(
    rf"(?:に関する|を改正する|に係る)(?:法律|条例|{_ORDINANCE_TITLE_ENDS})|に関する(?:特別|臨時)措置法"
    r"|を定める条例"
)
MIN_NAME_CHARS = 3
_TITLE_STOP_TAGS = ("補助記号", "空白", "記号", "助詞-係助詞", "助詞-副助詞")
_TITLE_STOP_WORDS = frozenset({"は", "が", "も", "で", "へ", "と", "や", "から", "より", "まで"})
_MAX_TITLE = 60
# 「…条例の一部を改正する条例」: the ordinance amended ends before 「の一部」.
_AMENDED_PART_RE = re.compile(r"(?<=条例)(?:等)?の(?:一部|全部)$")
#: The kind of candidate of an amending act named by its own title (「…法等の一部を改正する法律」).
AMENDING_ACT = "statute:amending"
# An amending act's title of its own: it amends several acts (「…法等の一部」) or states what for
# (「…を図るための…法の一部」); 「民法の一部を改正する法律」 is the change of 民法 alone.
_OWN_TITLE_RE = re.compile(r"(?:等|ための.+)の(?:一部|全部)$")
_AMENDED_END_RE = re.compile(r"(?:等)?の(?:一部|全部)を改正する")


def _amended_part_end(folded: str, start: int, end: int) -> int:
    """Where the acts an amending act's title names end: before 「（等）の一部を改正する」."""
    found = list(_AMENDED_END_RE.finditer(folded, start, end))
    return found[-1].start() if found else start


def titles(doc: Any, folded: str) -> Iterator[Candidate]:
    """Titles ending in 「…に関する法律」: the name reaches back to the start of its phrase."""
    starts: dict[int, int] | None = None  # built only for a text that holds a title
    for m in _TITLE_RE.finditer(folded):
        if starts is None:
            starts = {t.idx: t.i for t in doc}
        i = starts.get(m.start())
        if i is None:
            continue
        first = i
        while first > 0:
            token = doc[first - 1]
            if m.end() - token.idx > _MAX_TITLE or token.whitespace_:
                break  # 「施策1-2 …に関する法律」: a title holds no space, what stands before one is not its
            if _inside_title(doc, first - 1, m.group().startswith("を改正")):
                first -= 1
                continue
            if token.tag_.startswith(_TITLE_STOP_TAGS) or token.text in _TITLE_STOP_WORDS:
                break
            if token.text in _TITLE_MODIFIERS or _clause_edge(doc, first - 1):
                break
            if _particle_edge(doc, first - 1, i) or _verb_edge(doc, first - 1):
                break
            first -= 1
        start = doc[first].idx
        if m.start() - start < MIN_NAME_CHARS:
            continue
        if m.group().startswith("を改正"):
            # 「…の一部を改正する法律（案）」, 「…条例の全部を改正する条例」: an amending act names the act
            # it amends, whose change it is; only that act is a law of the text
            amended = _AMENDED_PART_RE.search(folded, start, m.start())
            if amended is not None and names_local_body_or_listed(folded[start : amended.start()]):
                # 「大阪府安全なまちづくり条例の一部を改正する条例」: the ordinance by the whole phrase
                yield Candidate(start, amended.start(), None, "local_ordinance")
            elif (
                m.group().endswith("法律")
                and not folded.startswith("案", m.end())
                and _OWN_TITLE_RE.search(folded, start, m.start())
            ):
                # 「…健康保険法等の一部を改正する法律」, 「…を図るための…法の一部を改正する法律」: a title
                # that amends several acts or states its purpose is the name of an act of its own
                yield Candidate(start, m.end(), None, AMENDING_ACT)
            continue
        if m.group().endswith("条例"):
            # 「横浜市個人情報の保護に関する条例」: an ordinance's title says whose it is
            if names_local_body_or_listed(folded[start : m.end()]):
                yield Candidate(start, m.end(), None, "local_ordinance")
            elif _ORDINANCE_ACTION_RE.match(folded, m.end()):
                # 「空き家等の適正管理に関する条例を制定」: one of this document's body
                yield Candidate(start, m.end(), None, "local_ordinance:own")
            continue
        if m.group().endswith("法律") and folded.startswith("施行条例", m.end()):
            # 「千葉市個人情報の保護に関する法律施行条例」: a local ordinance enforcing the act
            if names_local_body_or_listed(folded[start : m.end()]):
                yield Candidate(start, m.end() + len("施行条例"), None, "local_ordinance")
                continue
            # 「…に関する法律施行条例により運用」: whatever is said of it, an ordinance of the text's body
            yield Candidate(start, m.end() + len("施行条例"), None, "local_ordinance:own")
            continue
        statute = m.group().endswith(("法律", "措置法"))
        yield Candidate(start, m.end(), None, "statute" if statute else "ordinance")


def _clause_edge(doc: Any, i: int) -> bool:
    """「令和5年に個人情報の…に関する法律」: に before a noun ends the clause before a title; inside one
    に comes before a verb (「…に関する」, 「…に資するための」, 「…に基づく」)."""
    token = doc[i]
    return (
        token.text == "に"
        and token.pos_ == "ADP"
        and i + 1 < len(doc)
        and doc[i + 1].pos_ in ("NOUN", "PROPN")
    )


def _is_verb(token: Any) -> bool:
    return bool(token.pos_ == "VERB" or token.tag_.startswith("動詞"))


def _particle_edge(doc: Any, i: int, end: int) -> bool:
    """「調査結果を空家等対策の推進に関する…」: a を or に whose verb is not inside the title (tokens
    ``i + 1`` to ``end``) ends the clause before it; inside a title one comes before its verb
    (「障害を理由とする…」, 「…の確保を推進するための…」), and a を before another を has none of its own
    (「相談窓口を困難な問題を抱える…」)."""
    token = doc[i]
    if token.text not in ("を", "に") or token.tag_ != "助詞-格助詞":
        return False
    for j in range(i + 1, end):
        if _is_verb(doc[j]):
            return False
        if token.text == "を" and doc[j].text == "を" and doc[j].tag_ == "助詞-格助詞":
            return True
    return True


def _verb_edge(doc: Any, i: int) -> bool:
    """「…を踏まえ空家等対策の…」, 「…に成立した空家等対策の…」: a verb's continuative form or a past
    (た) before a noun ends the clause before a title; inside one a verb modifies the noun after it
    (「…を抱える女性への…」)."""
    token = doc[i]
    if i + 1 >= len(doc) or doc[i + 1].pos_ not in ("NOUN", "PROPN"):
        return False
    inflection = "".join(token.morph.get("Inflection"))
    past = token.tag_ == "助動詞" and "助動詞-タ" in inflection
    return past or (_is_verb(token) and "連用形" in inflection)


# Words that join two parts of one title (「…の防止及び被害者の保護等に関する法律」, 「孤独・孤立対策の推進
# に関する法律」), unless the part before them is a law of its own (「個人情報保護法及び…に関する法律」).
_TITLE_JOINERS = frozenset({"及び", "並びに", "・"})
_LAW_WORD_END = ("法", "法律", "条例", "令", "規則", "法制")
# A particle before の makes a modifier inside the title (「女性への支援」, 「国との協議」), not its edge.
_ADNOMINAL_BEFORE_NO = frozenset({"へ", "と", "から", "まで", "で"})


def _inside_title(doc: Any, i: int, amending: bool = False) -> bool:
    """Whether token ``i``, met reading a title back from its 「…に関する法律」, is inside the title;
    an amending act's title holds the list of the acts it amends (「…医療法及び介護保険法等の一部を…」)."""
    token = doc[i]
    if token.text in _TITLE_JOINERS:
        before = doc[i - 1] if i > 0 else None
        return (
            before is not None
            and not before.whitespace_
            and before.pos_ in ("NOUN", "PROPN")
            and (amending or not before.text.endswith(_LAW_WORD_END))
            and not (token.text == "・" and _heads_phrase(doc, i))
        )
    return token.text in _ADNOMINAL_BEFORE_NO and i + 1 < len(doc) and doc[i + 1].text == "の"


# 「本市」, 「当県」: the body whose document it is; 「本市の情報公開条例」 names it too.
_OWN_BODY_RE = re.compile(r"(?:本|当)(?:都|道|府|県|市|区|町|村)")
_OWN_BODY_OF_RE = re.compile(rf"{_OWN_BODY_RE.pattern}の$")
# 「県個人情報保護条例」: a bare 県 or 市 at the start of the name is the document's own body.
_BARE_BODIES = frozenset("都道府県市区町村")  # a word of its own, not the start of 市民 or 都市
# 「市税条例」, 「県税条例」: the tax of the bare body whose document it is, one word (市税, 県税).
_OWN_TAX_RE = re.compile(r"[都道府県市区町村]税")
# One noun alone names an ordinance when it is a word of its own (「子ども条例を改正」),
# not a word for any ordinance (関係条例, 既存条例, 個別条例).
_MIN_SINGLE_NOUN_CHARS = 3
# What a text does to an ordinance it names: 「…条例を制定」, 「…条例の一部を改正」.
# 「…条例を新たに制定」, 「…条例施行規則を定め」: making it in other words.
# 「…に関する条例（令和5年条例第3号）を制定」: its number in brackets between
_ORDINANCE_ACTION_RE = re.compile(
    r"(?:[(（][^()（）\n]{0,24}号[)）])?(?:の|を)(?:一部)?(?:を)?(?:(?:新たに|新規に|全部)?(?:制定|改正|廃止)|定め(?:る|た|、|て|ました))"
)
# One word of two characters is an ordinance's name where the text acts on it (「景観条例を改正」), not a
# word for ordinances by their relation to another (関係条例, 既存条例, 個別条例, 当該条例).
_ORDINANCE_KIND_WORDS_RE = re.compile(
    r"関係|関連|既存|個別|当該|所管|同種|上記|下記|前記|現行|改正|独自|各種|一部|全部|特定|該当|新規|下位|上位|"
    r"委任|自主|地方|国内|所要|必要|別途|本件|施行"
)
# 「各団体の個人情報保護条例」: each body's ordinance of that kind, not one ordinance.
_EACH_BEFORE_RE = re.compile(r"(?:各|それぞれの|各自の)[^、。\n]{0,8}?(?:の)?$")


# A title in quotes is a name: 「本市では、『まちづくり基本条例』に基づき」.
_QUOTED_RE = re.compile(r"「」|『』")


def own_ordinance(doc: Any, first: int, end: int) -> Candidate | None:
    """An ordinance of the document's own body, without the body's name, as a document-scoped mention.

    Named after 本市/本県 (「本市情報公開条例」, 「本市の情報公開条例」), after a bare 県 or 市
    (「県個人情報保護条例」), or named by what the text does to it (「自治基本条例を制定」, two
    nouns or more before 条例, or one of three characters or more: 「子ども条例を改正」, or one of two
    that is no word for ordinances by their relation: 「景観条例を改正」, not 「関係条例を改正」; what is done
    to its rules names it too: 「手数料条例施行規則を定めた」) or in quotes
    (「『まちづくり基本条例』に基づき」); never one
    of each body's (「各団体の個人情報保護条例」), nor 「施行条例」 alone (which law it enforces untold).
    """
    text = doc.text
    start, end_char = doc[first].idx, doc[end - 1].idx + len(doc[end - 1].text)
    if doc[first : end - 1].text == "施行":
        return None  # 「本市の施行条例」: an ordinance enforcing some law, no title named
    for lead in (start - 1, start):  # 「本」 may be a token of its own or part of 「本市」
        if lead >= 0 and _OWN_BODY_RE.match(text, lead) and end_char - lead > len("本市条例"):
            return Candidate(lead, end_char, None, "local_ordinance:own")
    if _OWN_BODY_OF_RE.search(text, max(0, start - 3), start) and end_char - start > len("市条例"):
        return Candidate(start, end_char, None, "local_ordinance:own")  # 「本市の情報公開条例」
    nouns = doc[first : end - 1]
    bare = len(nouns) > 1 and nouns[0].text in _BARE_BODIES
    if bare and (start == 0 or not _is_kanji(text[start - 1])):
        return Candidate(start, end_char, None, "local_ordinance:own")  # 「県個人情報保護条例は」
    if names_local_body_or_listed(nouns.text) or _EACH_BEFORE_RE.search(text, 0, start):
        return None
    if _QUOTED_RE.match(text[start - 1 : start] + text[end_char : end_char + 1]) and len(nouns) > 1:
        return Candidate(start, end_char, None, "local_ordinance:own")  # 「『まちづくり基本条例』に基づき」
    if len(nouns) == 1 and _OWN_TAX_RE.fullmatch(nouns.text) and _ORDINANCE_ACTION_RE.match(text, end_char):
        return Candidate(start, end_char, None, "local_ordinance:own")  # 「県税条例を改正」
    # 「手数料条例施行規則を定めた」: what is done to the ordinance's rules names the ordinance too
    acted = end_char + len("施行規則") if text.startswith("施行規則", end_char) else end_char
    if (
        len(nouns) == 1
        and len(nouns.text) == 2
        and _ORDINANCE_ACTION_RE.match(text, acted)
        and _is_kanji(nouns.text[0])
        and not _ORDINANCE_KIND_WORDS_RE.fullmatch(nouns.text)
    ):  # 「景観条例を改正」: a word of its own, not one for ordinances by their relation (関係条例)
        return Candidate(start, end_char, None, "local_ordinance:own")
    if len(nouns) < 2 and (len(nouns) == 0 or len(nouns.text) < _MIN_SINGLE_NOUN_CHARS):
        return None
    if _ORDINANCE_ACTION_RE.match(text, acted):
        return Candidate(start, end_char, None, "local_ordinance:own")
    return None


def _is_kanji(ch: str) -> bool:
    return "一" <= ch <= "鿿"


def names_local_body_or_listed(name: str) -> bool:
    """An ordinance's name that says whose it is, by its form or by the list (「つくば市…条例」)."""
    return names_local_body(name) or starts_with_local_government(fold(name))


def name_start(doc: Any, start: int, end: int) -> int:
    """Where the name of a run of nouns ``doc[start:end]`` before 法 or 条例 starts (the module's rules)."""
    return _way_of_doing(doc, _joined_start(doc, _modifiers_skipped(doc, start, end)))


def _modifiers_skipped(doc: Any, start: int, end: int) -> int:
    """Skip what a run of nouns starts with that is no part of a name: eras, years, 改正, and a
    leading 等 or adjective not in katakana (「浜松市デジタル・スマートシティ推進条例」 keeps スマート);
    after a noun of the name they are its words (「環境教育等促進法」, 「…市再生可能エネルギー…条例」)."""
    first = start
    for i in range(start, end):
        token = doc[i]
        leading = i == first
        if (
            (token.text in MODIFIERS and (token.text != "等" or leading))
            # 「中小企業・小規模企業…条例」: a prefix after ・ is a word of the name joined by it
            or (token.tag_.startswith("接頭辞") and leading and not (i > 0 and doc[i - 1].text == "・"))
            or token.pos_ == "NUM"
            or token.text in ERA_DIGITS
            or (token.pos_ == "ADJ" and not _katakana_adjective(token) and leading)
        ):
            first = i + 1
    return first


def _way_of_doing(doc: Any, first: int) -> int:
    """「働き方改革関連法」: a verb's stem before 方 (a way of doing) starts the name with it."""
    if 0 < first < len(doc) and doc[first].text == "方" and doc[first - 1].pos_ == "VERB":
        return first - 1 if not doc[first - 1].whitespace_ else first
    return first


_KATAKANA_WORD_RE = re.compile(r"[ァ-ヺー]+")


def _katakana_adjective(token: Any) -> bool:
    return token.pos_ == "ADJ" and _KATAKANA_WORD_RE.fullmatch(token.text) is not None


def _joined_start(doc: Any, first: int) -> int:
    """Where a name starts that joins words by ・ (「孤独・孤立対策推進法」, 「医療・介護総合確保推進法」):
    back over ・ and the nouns before it, unless they end a law of their own (「個人情報保護法・番号法」)
    or head a phrase (「…の見直し・…法」)."""
    while first >= 2 and doc[first - 1].text == "・":
        before = doc[first - 2]
        if (
            before.whitespace_
            or before.pos_ not in ("NOUN", "PROPN")
            or before.text.endswith(_LAW_WORD_END)
            or before.text in MODIFIERS
        ):
            break
        i = first - 2
        while i > 0 and _name_part(doc[i - 1]):
            i -= 1
        if _heads_phrase(doc, first - 1):
            break
        first = i
    return first


def _heads_phrase(doc: Any, joiner: int) -> bool:
    """Whether the nouns before the ・ at ``joiner`` follow の: 「…運賃の見直し・流通業務総合効率化法」,
    「工期の適正化・公共工事の…に関する法律」 join two entries of a list, the words before ・ the head of
    a phrase and no word of the name (「孤独・孤立対策推進法」 joins two of one name)."""
    i = joiner - 1
    while i > 0 and (_name_part(doc[i - 1]) or (doc[i - 1].pos_ == "ADJ" and not doc[i - 1].whitespace_)):
        i -= 1  # 「適正化」: an adjective's stem and 化, one noun
    return i > 0 and doc[i - 1].text == "の" and not doc[i - 1].whitespace_


def _name_part(token: Any) -> bool:
    return (
        (token.pos_ in ("NOUN", "PROPN") or _katakana_adjective(token))
        and not token.whitespace_
        and token.text not in ("・", "法", "法制")
        and token.text not in MODIFIERS
        and not token.tag_.startswith("接頭辞")
    )


def amended_candidates(folded: str, act: Candidate, cands: list[Candidate]) -> list[Candidate]:
    """The candidates of the acts an amending act's title names, before 「（等）の一部を改正する」."""
    stop = _amended_part_end(folded, act.start, act.end)
    return select_longest(
        c for c in cands if act.start <= c.start and c.end <= stop and c.kind != AMENDING_ACT
    )


def own_title(folded: str, act: Candidate, cands: list[Candidate]) -> bool:
    """An amending act's title is an act's own name when it amends several acts (「…法等の一部」) or
    states its purpose before the act it amends (「…を図るための健康保険法の一部」), not when ための
    is inside the title of the act amended (「…を識別するための番号の利用等に関する法律の一部」)."""
    stop = _amended_part_end(folded, act.start, act.end)
    if folded.startswith("等", stop):
        return True
    inner = amended_candidates(folded, act, cands)
    return bool(inner) and folded.endswith("ための", act.start, inner[0].start)
