"""The words that state a legislative action, and those that deny, shelve or turn it against a party.

Extraction stage.  Gives the patterns :mod:`kg.extract.legislation` reads a text with: the cue
words of an action on their own (「法改正を実施」, 「府令改正」, 「法制上の措置」, 「法案を提出」), the
words after a named law that say what is done to it (「…法を改正し」, 「…法の成立」, 「…法案を閣議決定」),
an amending act's title and its passing, and the words after an action that deny it
(「法改正は不要」, 「法改正は行っていない」), say it is not planned (「…を改正する予定はない」), shelved
or out of reach (「法案の提出は見送られた」, 「法制化は困難」), or that it is taken against a party
(「違反者には法的措置をとる」: going to court).  :func:`act_kind` tells the kind of act a word names:
…施行令 is a 政令, …法施行規則 a 省令, a local ordinance's 「…条例施行規則」 a 規則.

>>> kind_of_act("道路交通法施行令"), kind_of_act("加賀市情報公開条例施行規則"), kind_of_act("内閣府令")
('政令', '規則', '府令')
"""

from __future__ import annotations

import re
from typing import Literal

from kg.extract.law_forms import DOCUMENT_WORDS

__all__ = [
    "AFTER_LAW",
    "AMENDING_ACT_PASSED_RE",
    "AMENDING_ACT_RE",
    "ARTICLE_RE",
    "BILL_PASSED_RE",
    "CUES",
    "DOCUMENT_LISTED_RE",
    "ENTRY_CLOSE_RE",
    "ENTRY_OPEN_RE",
    "IN_FORCE_AFTER_RE",
    "ORDINANCE_LIST_END_RE",
    "ORDINANCE_OBJECT_RE",
    "SET_BY_RE",
    "TENTATIVE_RE",
    "TOPIC_AMENDED_RE",
    "TOPIC_ENACTED_RE",
    "TOPIC_REPEALED_RE",
    "ActionKind",
    "bare_rule",
    "considered",
    "in_court",
    "kind_of_act",
    "negated",
]

ActionKind = Literal["amendment", "enactment", "revision", "legal_measure", "bill"]

# 「同法施行令」: an enforcement order is a 政令 and enforcement rules a 省令, named or not.
_ORDINANCE_WORD = (
    r"(?:同法)?施行令|(?:同法)?施行規則|内閣府令|政省令|(?:[一-龥]{1,4})?省令|府令|政令|条例|規則"
)
# 「施行規則第5条を改正」, 「…法第27条の2第1項を改正」: an article of the act is the act changed.
_NUM = r"[0-9一二三四五六七八九十百]+"
_ARTICLE = rf"(?:第{_NUM}条(?:の{_NUM})*(?:第{_NUM}(?:項|号))*)?"
# 「府令・告示の改正」: a notice (告示) is no act of its own; the ordinance listed with it is revised.
_ORDINANCE = rf"(?P<act>{_ORDINANCE_WORD}){_ARTICLE}(?:(?:・|、|及び|並びに|又は)告示)?"
ARTICLE_RE = re.compile(_ARTICLE)
# 「…で定める基準を改正」, 「…に規定する事項の一部を改正」: a provision the act sets, named by its kind.
_SET_BY = (
    r"(?:で|に|において)(?:定める|定められた|定めている|規定する|規定される)"
    r"[一-龥ァ-ヺー]{1,8}?(?:等)?(?:の)?(?:一部)?(?:を)?"
)
SET_BY_RE = re.compile(_SET_BY + r"(?=改正|改定)")
# 「施行令及び施行規則を改正」: each ordinance of the list is revised.
# 「法律、政令及び省令の改正」: a law listed first is amended.
ORDINANCE_LIST_END_RE = re.compile(rf"(?P<word>{_ORDINANCE_WORD}|法律)(?:及び|並びに|・|、)$")
# 「…国会に提出」, 「法律案の国会提出」
_TO_DIET = r"(?:[^。、\n]{0,16}?国会(?:に|へ|への)?[、]?)?"
# 「市議会3月定例会に提出」, 「町議会臨時会に提案」: the sitting of the assembly the bill is put to
_SITTING = r"(?:[^。、を\n]{0,6}?(?:定例会|臨時会))?"
_NEW_LAW = r"(?:新法|新規立法|(?:新たな|新しい|新規の|独自の)?法律)"
_CABINET = r"(?:閣議決定(?:し|の上|され)[、]?)?"
CUES: tuple[tuple[re.Pattern[str], ActionKind, str | None], ...] = (
    # 「関係省令等の改正」: the ordinances and the like
    (re.compile(_ORDINANCE + r"(?:等)?(?:の|を)?(?:一部)?(?:を)?(?:改正|改定)"), "revision", None),
    (re.compile(_ORDINANCE + r"(?:等)?(?:の|を)?(?:整備|制定|公布)"), "revision", None),
    # 「所管の省令を改め、」: the ordinance changed
    (re.compile(_ORDINANCE + r"(?:等)?を改め(?=る|、|て|た|ま)"), "revision", None),
    # 「国土交通省令で定める基準を改正し」: what an ordinance sets revised is the ordinance revised
    (re.compile(_ORDINANCE + _SET_BY + r"(?:改正|改定)"), "revision", None),
    (
        re.compile(r"(?:法律|法)(?:の)?(?:一部)?改正(?:案)?(?:を|の)?" + _TO_DIET + r"(?:提出|提案)"),
        "bill",
        "法律",
    ),
    # 「法改正案を取りまとめ」, 「改正法案を閣議決定」: a draft amendment is a bill
    (re.compile(r"(?:法律|法)(?:の)?(?:一部)?改正案|改正(?:法律|法)案"), "bill", "法律"),
    # 「改正法が成立し」, 「改正法の公布後」: the amending act of a law the text does not name passed
    (
        re.compile(r"改正(?:法律|法)(?=(?:(?:が|は)、?[^。、\n]{0,20}?|の)(?:成立|公布|可決))"),
        "amendment",
        "法律",
    ),
    # 「令和4年の改正法により…が強化された」: what the amending act did, the amendment made
    (re.compile(r"改正(?:法律|法)(?=(?:に|で)?よ(?:り|って|る))"), "amendment", "法律"),
    # 「条例案を市議会3月定例会に提出する」: an ordinance not named yet, put to the assembly to be made
    (
        re.compile(
            r"(?P<act>条例)(?:案|の案)を、?[^。、を\n]{0,12}?議会" + _SITTING + r"(?:に|へ)(?:提出|提案)"
        ),
        "enactment",
        None,
    ),
    # 「改正省令を公布し」: the amending ordinance made
    (
        re.compile(
            r"改正(?P<act>内閣府令|府令|省令|政令|条例|規則)(?=(?:を|が|は)、?[^。\n]{0,20}?(?:公布|制定))"
        ),
        "revision",
        None,
    ),
    # 「…を条例化する」: a rule made an ordinance
    (re.compile(r"(?P<act>条例|政令|省令)化"), "revision", None),
    # 「法改正を実施」, 「関係法令の改正を行い」
    (re.compile(r"(?:法律|法令|法)(?:の)?(?:一部)?改正(?:を実施)?"), "amendment", "法律"),
    # 「法律上の措置」 is taken by a law; 「法制上の措置」, 「法令上の措置」 and 「法的措置」 say no kind
    # of act ("")
    (re.compile(r"法律上の措置"), "legal_measure", "法律"),
    (re.compile(r"法(?:制|令)上の措置"), "legal_measure", ""),
    # 「法整備支援」 (to another country) is a programme's name, no act of the text's own
    (re.compile(r"法(?:的)?整備(?!支援|協力)"), "legal_measure", "法律"),
    # 「関係法律の整備を行う」, 「法律上の手当て」, 「法律に根拠規定を設ける」: what is done by law
    (re.compile(r"(?:法律|法令|法制度)(?:の)?整備"), "legal_measure", "法律"),
    (re.compile(r"法(?:律|令|制)?(?:上|的)(?:な|の)?手当"), "legal_measure", "法律"),
    (
        re.compile(
            r"法(?:律|令)(?:上)?(?:に|で|の)(?:明確な)?根拠(?:規定)?(?:を|の)?(?:設け|創設|明記|整備)"
        ),
        "legal_measure",
        "法律",
    ),
    # 「…を法制化する」: put in law of no stated kind; 立法 and 法定 are a law's
    (re.compile(r"法制化"), "enactment", ""),
    (re.compile(r"立法化|法定化"), "enactment", "法律"),
    # 「…を廃止する法律が成立した」: the abolishing act passed is made
    (
        re.compile(r"廃止する法律(?=(?:が|は)、?[^。、\n]{0,20}?(?:成立|公布|可決)|の(?:成立|公布|制定))"),
        "enactment",
        "法律",
    ),
    # 「新法の制定」, 「新たな法律を制定」: a law to be made, not named yet
    (re.compile(_NEW_LAW + r"(?:の|を)?(?:新たに|新規に)?(?:制定|創設)"), "enactment", "法律"),
    # 「…を可能とする新法を整備する」: the new law is made (「法律の整備」 of the laws there are: a measure)
    (re.compile(r"(?:新法|新規立法|(?:新たな|新しい|新規の)法律)(?:の|を)?整備"), "enactment", "法律"),
    (re.compile(r"立法(?:上の)?措置"), "legal_measure", "法律"),
    # 「所要の法的措置を講ずる」; against a party (「…に対しては、法的措置を講じる」) it is going to court
    (re.compile(r"法的(?:な)?措置"), "legal_measure", ""),
    (
        re.compile(r"(?:法案|法律案)(?:を|の|が)?、?(?:閣議決定|" + _TO_DIET + r"(?:提出|提案))"),
        "bill",
        "法律",
    ),
)
# After a named law: what the text does to it.
AFTER_LAW: tuple[tuple[re.Pattern[str], ActionKind, bool], ...] = (
    # 「…法の一部を改正する法律案」, 「…法改正案を提出」: a bill, not yet an amendment
    (re.compile(r"(?:等)?(?:の)?(?:一部)?(?:を)?改正(?:する法律|法)?案"), "bill", False),
    # 「…に関する法律案を、次期通常国会に提出」: the bill of a new law
    # 「「…に関する法律案」を閣議決定し、第208回国会に提出」, 「…法律案」が国会に提出され」
    (
        re.compile(r"案[」』]?(?:を|の|が|は)?、?(?:閣議決定|" + _CABINET + _TO_DIET + r"(?:提出|提案))"),
        "bill",
        False,
    ),
    # 「…法を改正し」, 「…法の一部を改正」, 「…法の全部改正」, 「…法の令和3年改正」
    (
        re.compile(
            r"(?:等)?(?:の|を|が|も)?(?:(?:令和|平成|昭和)[0-9元]{1,2}年(?:度)?)?(?:の)?(?:一部|全部)?(?:を)?"
            r"(?:法律)?改正(?:を実施)?"
        ),
        "amendment",
        False,
    ),
    # 「…法を令和6年に改正した」, 「…条例を速やかに改正する」, 「A法、B法及びC法を一括して改正した」,
    # 「…条例を令和6年9月議会で改正した」: when, where or how between the law and the verb
    (
        re.compile(
            r"を、?[^。、を\n]{1,16}?(?:に|で|して|せて)、?改正(?=する|した|し[、,て]|します|しました|される|された)"
        ),
        "amendment",
        False,
    ),
    # 「…法について所要の改正を行う」, 「…法については、必要な改正を行う」: the law spoken of
    (re.compile(r"について(?:は)?、?(?:所要|必要)(?:の|な)(?:法)?改正"), "amendment", False),
    (re.compile(r"(?:等)?(?:の|が|を)?(?:成立|制定|公布)"), "enactment", False),
    # 「…法の題名が「…」に改められた」, 「…条例の題名を…に改めた」: the law renamed, changed
    (
        re.compile(r"(?:の)?題名(?:が|を|は)、?[^。\n]{0,80}?(?:改められ|改め(?=る|、|て|た|ま)|変更され)"),
        "amendment",
        False,
    ),
    # 「…法を改め、」: the law changed (a form or a method changed names no law before it)
    (re.compile(r"を改め(?=る|、|て|た|ます)"), "amendment", False),
    # 「…条例施行規則を定め」: an ordinance made (a law is made by the Diet: no action of the text's)
    (re.compile(r"を定め(?=る|た|、|て|ま)"), "enactment", True),
    # 「…条例を廃止し」: an ordinance's repeal is its revision (a law's is made by another law)
    (re.compile(r"(?:の|を)?廃止"), "revision", True),
    # 「個人情報保護法制の見直し」
    (re.compile(r"(?:等)?(?:の)?(?:抜本的な|抜本的)?見直し"), "amendment", False),
)
# 「…条例（仮称）を制定する予定」: the name the act is to bear, provisional
TENTATIVE_RE = re.compile(r"[(（]仮称[)）]")
_NAME_CHAR_RE = re.compile(r"[一-龥ァ-ヺー々0-9]")


def bare_rule(folded: str, start: int, cue: str) -> bool:
    """Whether a cue made a 規則 with no name before it (「規則を制定した」: a body's own rules, which
    the text does not name; not 「人事院規則の制定」, nor a rule revised, 「規則を改正し」).

    >>> bare_rule("市は、規則を制定した。", 3, "規則を制定"), bare_rule("人事院規則の制定", 3, "規則の制定")
    (True, False)
    """
    before = folded[start - 1 : start] if start else ""
    return cue.startswith("規則") and "改" not in cue and _NAME_CHAR_RE.match(before) is None


# 「民法の一部を改正する法律が成立し」, 「…条例の全部を改正する条例を制定」, 「…法施行令を改正する政令を
# 公布」: the amending act, by its title;
# what the text does to it (its passing, making or promulgation) is the amended act's change.
AMENDING_ACT_RE = re.compile(
    r"(?:等)?(?:の(?:一部|全部))?を改正する(?P<own>法律|条例|内閣府令|府令|[一-龥]{0,4}?省令|政令|規則)(?P<draft>案)?"
    r"(?:[(（][^()（）\n]{0,24}号[)）])?[」』]?"
)
AMENDING_ACT_PASSED_RE = re.compile(
    r"(?:(?:が|は|を)、?[^。、\n]{0,30}?|(?:が|は)、[^。\n]{0,30}?|の)(?:成立|制定|公布|可決|提案|提出|閣議決定)"
    r"|(?:に|で)?よ(?:り|る|って)"
)
# 「議案第12号　…の一部を改正する条例」, 「| …を改正する省令 | 令和5年3月31日 | 令和5年4月1日 |」,
# 「・…を改正する条例（令和5年条例第28号）」: an amending act's title standing as an entry of its own (a
# bill of a list, a table's cell, an item) is the act made; inside a sentence it is only named.
ENTRY_OPEN_RE = re.compile(
    r"(?:^|[\n|。])[ 　]*"
    r"(?:(?:議案|議|報告|諮問)第?[0-9一二三四五六七八九十百]+号[ 　]*|[・･\-*●○◆◇■□][ 　]*)?$"
)
ENTRY_CLOSE_RE = re.compile(r"[ 　]*(?:[|\n]|$)")
# 「…の一部を改正する法律案が可決、成立した」: the bill became the act.
BILL_PASSED_RE = re.compile(r"(?:が|は)、?[^。\n]{0,30}?成立(?:し|する|され)")
# 「…法は、令和3年5月12日に参議院本会議で可決され、成立した」: the law the sentence is about is enacted.
TOPIC_ENACTED_RE = re.compile(
    r"(?:は|が)、?[^。\n]{0,40}?(?:成立(?:した|し[、,]|しました|している)|(?:制定|公布)され(?:た|ました|、))"
)
# 「…内閣府令及び監督指針を改正」: a document listed after the act is changed with it, no act of its own.
DOCUMENT_LISTED_RE = re.compile(
    rf"(?:等)?(?:及び|並びに|、|・)(?:同(?:法|条例)に基づく)?[一-龥ァ-ヺー・]{{0,16}}?"
    rf"(?:{'|'.join(sorted(DOCUMENT_WORDS, key=len, reverse=True))}|通知|告示|規程)(?:等)?(?=を|の)"
)
# 「…法は、令和4年6月に改正された」: the law the sentence is about is amended.
TOPIC_AMENDED_RE = re.compile(r"(?:は|が)、?[^。\n]{0,40}?改正され(?:た|ました|、|る)")
# 「…法の改正法が施行された」, 「…法の改正法の施行に伴い」, 「…法改正が施行された」: the amending act's
# entry into force, no change the text states.
IN_FORCE_AFTER_RE = re.compile(
    r"(?:法|法律)(?:が|は|の)、?[^。、\n]{0,16}?施行(?!令|規則)|(?:が|は)、?[^。、\n]{0,16}?施行され"
)
# 「…条例は、令和5年3月末をもって廃止した」: the ordinance the sentence is about is repealed.
TOPIC_REPEALED_RE = re.compile(
    r"(?:は|が)、?[^。\n]{0,40}?廃止(?:する|した|し[、,]|します|しました|され(?:る|た|ました|、))"
)
# 「…条例を令和7年度中に制定する」: an ordinance made or repealed when the text says, its date between.
# 「…条例（案）を可決した」, 「…条例案が、市議会で可決された」: the assembly made it;
# 「…条例案を市議会に提出した」: the act to be made put to it.
ORDINANCE_OBJECT_RE = re.compile(
    r"を、?[^。、を\n]{0,16}?(?:制定|廃止|可決)(?:する|した|し[、,]|します|しました)"
    r"|(?:が|は)、?[^。、\n]{0,16}?可決され(?:た|、|ました)"
    r"|を、?[^。、を\n]{0,12}?議会"
    + _SITTING
    + r"(?:に|へ)(?:提出|提案)(?:する|した|し[、,]|します|しました)"
)
# 「法改正を伴わない」, 「法改正は不要」: no action is taken.
_NOT_TAKEN = (
    r"伴わ(?:ない|ず)|要し(?:ない|ません)|要さ(?:ず|ない)|せず|しない|しなかった|行わ(?:ない|ず)|経(?:ず|ない)|"
    # 「府令改正は実施せず」, 「法改正には踏み込まない」, 「法改正に頼らず」
    r"(?:実施|実行)(?:せず|しない|しなかった|しません)|踏み込ま(?:ない|ず)|(?:頼|依)ら(?:ない|ず)|"
    # 「法律上の措置は講じないこととした」
    r"講じ(?:ない|ず)|講ぜず|"
    # 「法改正は行っていない」
    r"(?:行っ|講じ|実施し|し)て(?:いない|おらず|いません)|"
    r"行われ(?:ない|なかった|ず)|され(?:ない|なかった|ず)|不要|必要とし(?:ない|ません)|必要とせず|"
    r"必要(?:は|が)?ない|よらず|よらない|待た(?:ず|ない)|"
    # 「法改正なしで対応できる」
    r"(?:なし|無し)(?:で|に)|"
    # 「…法律の制定を求める意見書」, 「国に法改正を要望」: asked of another, not taken
    r"(?<!議決を)求め|要望|要請|"
    # 「…の改正を行うべきである」, 「…の措置を講ずることが適当である」: a council's advice, no act taken;
    # 「法改正を要することから」: what a change needs, not the change
    r"[^。、\n]{0,30}?(?:べき(?:である|だ|と|で|もの)|ことが(?:適当|適切|望ましい|求められ))|要する|"
    # 「これが、この政令を制定する理由である」: the formula that closes an act's reasons names the act
    # the text is, no action of its own; 「…の制定により…と主張した」: a party's claim
    r"する(?:理由|趣旨)|[^。\n]{0,40}?と(?:主張|訴え)|"
    # 「法改正の要否を含め検討」: whether it is needed at all is open; 「…の改正をめぐる質疑」: a topic
    r"要否|是非|(?:めぐ|巡)(?:る|り|って)|"
    # 「…法の改正について、…論点整理を行った」: the amendment discussed, none taken
    r"について、?[^。\n]{0,24}?(?:論点(?:整理|の整理)|議論|意見交換|ヒアリング|意見を(?:聴|聞|求め)|意見聴取)|"
    # 「…法の改正については、…の動向を注視する」, 「…について、国会の審議を見守る」: its course watched;
    # 「…法の改正を国に要望した」, 「…の改正について…に勧告した」: asked of another, none the text takes
    r"について(?:は)?、?[^。\n]{0,24}?(?:注視|見守|注目|動向を|勧告|要望|要請|(?<!議決を)求め|申し入れ|働きかけ)|"
    r"を、?[^。、\n]{0,16}?(?:に|へ)(?:対し(?:て)?、?)?(?:要望|要請|勧告|求め|申し入れ|働きかけ)|"
    # 「…法の改正に関する答申を取りまとめた」: the amendment the subject of a report or a debate
    r"に(?:関する|係る|ついての)(?:答申|報告|提言|意見|議論|論点|資料|審議|協議)|"
    # 「関係法令の改正状況を注視」: its course watched, no act stated (but 「…の改正に伴い」,
    # 「…の制定を受け」 state the act that is the reason of what the text does)
    r"(?:の)?(?:状況|動向)(?:を|に|は|について)|"
    # 「…法改正が施行された」: the amendment in force, no change the text states
    r"(?<=[がは])、?[^。、\n]{0,16}?施行され|"
    # 「法改正の効果を検証」, 「前回の法改正から5年」: an amendment spoken of, none the text takes
    r"(?<=の)(?:効果|影響|趣旨|内容|概要|経緯|結果|施行)|(?<=[正定])(?:から|以降|以来|前の|後の)"
)
# 「法案の提出は見送られた」, 「法改正には至らなかった」, 「法制化は断念」: the action is shelved or
# given up.  A verb of this kind denies the action also a few words after its topic
# (「法案の提出は、今国会では見送られた」).
_SHELVED = (
    r"見送(?:り|ら|る|っ|れ)|先送(?:り|ら|る|っ)|見合わせ|見合わ(?:さ|す|せ)|断念|撤回|取り?(?:や|止)め|"
    r"棚上げ|廃案|否決|頓挫|至ら(?:ない|なかった|ず)|至って(?:いない|おらず|いません)|"
    r"実現し(?:ない|なかった|ず|ていない)|成立し(?:ない|なかった|ず|ていない)|でき(?:ない|なかった|ず)|"
    # 「法改正は困難」, 「法制化は現実的ではない」: out of reach
    r"困難|難し(?:い|く)|現実的で(?:は)?(?:ない|なく)"
)
# 「…改正案の提出を見合わせた」: the bill's submission is what is shelved.
_SUBMISSION = r"(?:(?:の|を)?(?:国会への|国会)?(?:提出|提案))?"
_NEGATED_RE = re.compile(
    rf"{_SUBMISSION}(?:(?:を|は|が|に|には|も|の|について(?:は)?)?、?(?:{_NOT_TAKEN}|{_SHELVED})"
    rf"|(?:は|も|について(?:は)?)、?[^、。\n]{{0,16}}?(?:{_SHELVED}))"
)
# 「法改正は予定していない」, 「法改正の予定なし」, 「…を改正して…を見直す予定はない」,
# 「…を制定する必要はない」, 「…の制定までは考えていない」: the clause denies the plan or the need
# (but 「法改正で届出の必要がなくなった」 states the action).
_PLAN_DENIED_RE = re.compile(
    # 「…法の改正は、次回の見直しまで予定はない」: the topic's plan denied after its comma
    r"(?:(?:は|も)、)?[^、。\n]{0,30}?(?:(?:予定|考え|方針|見込み|見通し)(?:は|も)?(?:ない|なく|なし|ありません|してい(?:ない|ません)|しておらず)"
    # 「条例の制定までは考えていない」
    r"|考えて(?:いない|おらず|いません)"
    # 「法改正の必要性は認められない」
    r"|(?:の)?必要性?(?:は|も|が)?(?:ない|なく|ありません|認められ(?:ない|ず))(?!な))"
)
# 「悪質な事業者に対しては、法的措置を講じる」, 「違反者には法的措置をとる」, 「法的措置も辞さない」:
# a measure taken against someone is going to court.
_AGAINST_PARTY_RE = re.compile(r"(?:に対し(?:て)?(?:は)?|者には)、?[^。\n]{0,6}$")
_COURT_AFTER_RE = re.compile(r"(?:を|も)(?:と|取)(?:る|り|っ|ら)|も辞さ|を含め(?:て)?(?:厳正|厳格|厳しく)")
_ORDINANCE_KINDS = ("府令", "省令", "政令", "条例", "規則")  # 内閣府令 is a 府令, 総務省令 a 省令


# 「人事院規則10-4」: the number after a rule's name
_RULE_NUMBER_RE = re.compile(r"(?<=規則)[0-9〇一二三四五六七八九十‐－―ー−-]+$")


def kind_of_act(word: str) -> str:
    word = _RULE_NUMBER_RE.sub("", word)
    if word.endswith("施行令"):
        return "政令"  # 「…法施行令」 is a cabinet order
    if word.endswith(("条例施行規則", "施行細則")):
        return "規則"  # 「…市情報公開条例施行規則」, 「…県道路交通法施行細則」: a local body's rules
    if word.endswith("施行規則"):
        return "省令"  # 「…法施行規則」 is a ministry's ordinance
    if word.endswith(("法", "法律", "法制")):
        return "法律"  # 個人情報保護法制: a body of law
    return next((k for k in _ORDINANCE_KINDS if word.endswith(k)), word)


def in_court(folded: str, start: int, end: int) -> bool:
    """「…に対しては、法的措置を講じる」, 「法的措置をとる」: a legal measure against a party, not by law."""
    return (
        _AGAINST_PARTY_RE.search(folded, 0, start) is not None
        or _COURT_AFTER_RE.match(folded, end) is not None
    )


# 「法改正を検討する」, 「…の法制化について検討を進める」, 「法制上の措置の必要性について検討を行う」,
# 「…法の改正については、引き続き検討する」, 「法改正も視野に入れて検討」, 「法改正の検討に着手した」: the
# act only considered is none the text states (but 「検討の結果に基づき、法制上の措置を講ずる」 takes it, and
# 「法改正を行い、その効果を検討する」 took it before the consideration: a verb of doing ends the reach).
_DONE_BEFORE = (
    r"(?:実施|提出|提案|成立|制定|公布|施行|整備|改正|措置|閣議決定|可決|決定)(?:し|され)て?、"
    r"|行(?:い|っ)て?、|講じて?、|図(?:り|っ)て?、|(?:し|され|行っ|講じ)た(?:が|上で|後|ところ|ほか)"
    r"|とともに|ほか、"
)
_CONSIDERED_RE = re.compile(
    rf"(?!(?:し|され|い|じ)て?、)(?:(?!{_DONE_BEFORE})[^。\n✓]){{0,40}}?検討(?!結果|の結果)"
)


def considered(folded: str, end: int) -> bool:
    """The words after an action say it is only considered: 「法改正を検討」,
    「…の改正については、引き続き検討する」."""
    return _CONSIDERED_RE.match(folded, end) is not None


def negated(folded: str, end: int) -> bool:
    """The words after an action deny it (「法改正を伴わない」, 「…を改正する予定はない」) or only consider it
    (「法改正を検討する」)."""
    return (
        _NEGATED_RE.match(folded, end) is not None
        or _PLAN_DENIED_RE.match(folded, end) is not None
        or considered(folded, end)
    )
