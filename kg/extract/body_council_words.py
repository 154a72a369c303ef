"""The words of a council's name: what a name is made of, and the words that make it no particular body.

Extraction stage, used by :mod:`kg.extract.bodies`.  Gives patterns over a folded text: the run of
characters a council's name reaches back over (with the nouns in kana that stand in names), the
role words whose name alone names no body (「有識者会議」, 「担当課長会議」, 「災害対策本部」), a meeting
named by one word of what it is about (「調達会議」, 「推進会議」), the words
before a name that are no part of it (今後の, 第3回, 令和5年度), and the kinds of council an Act makes
every municipality set up (「介護認定審査会」, 「教育委員会」: named alone, no particular one).
"""

from __future__ import annotations

import re

from kg.extract.folding import KANJI

__all__ = [
    "EACH_AFTER_NO",
    "EVERY_MUNICIPALITY_RE",
    "LEADING_ROLE",
    "MEETING_WORD_RE",
    "NAME",
    "ROLE_WORDS",
    "RUN_RE",
]

#: A character of a body's name.
NAME = rf"[{KANJI}ァ-ヺーA-Za-z0-9・]"
# Words with kana inside (okurigana) that stand in names (「…の在り方に関する検討会」).
KANA_WORDS = (
    "在り方|在りよう|見直し|働き方|進め方|取り組み|取組み|取扱い|取り扱い|受け入れ|受入れ|手続き|支え合い"
    # nouns written in kana that policy names begin with (「こども政策の推進に係る有識者会議」)
    "|こども|子ども|ひとり親|ひと|しごと|くらし|すまい|いのち|まちづくり|まち|づくり|仕組み"
    # a doer by a verb's stem (「…の担い手確保に関する検討会」, 受け手, 作り手)
    "|[一-龥][いきしけりえちみび]手"
)
# A name's run of characters; an abbreviation in brackets inside it belongs to the name
# (「各府省情報統括責任者(CIO)連絡会議」).
RUN_RE = re.compile(rf"(?:{KANA_WORDS}|{NAME}|\([A-Za-z0-9]{{2,8}}\))+$")
# Role words: a council named by them alone is no particular body.
ROLE_WORDS = re.compile(
    r"^(?:[第0-9一二三四五六七八九十]+回)?(?:各|関係|同|本|当該|全体|合同|専門|有識者|担当者|代表者|連絡|"
    # a meeting of officers named by their posts alone (「担当課長会議」, 「主管部長会議」)
    r"担当|主管|所管|課長|部長|局長|室長|次長|係長|補佐|"
    r"関係府省|関係省庁|各府省|府省|省庁|幹事|作業|検討|定例|臨時|親|上記|下記|前記|次回|今回|前回|"
    # a headquarters any body sets up when the need arises (災害対策本部)
    r"災害|現地|緊急|非常|"
    # a body any organisation sets up (第三者委員会, 評価委員会, 実行委員会), or a kana noun alone
    # (「まちづくり協議会」, 「こども会議」: a kind of local group)
    r"第三者|外部|評価|選考|審査|運営|実行|こども|子ども|まちづくり|まち|ひと|しごと|くらし|すまい|いのち|の(?=.)|"
    # how a meeting is held: 「オンライン会議」 is a meeting held online, no body
    r"オンライン|ウェブ|Web|WEB|web|テレビ|ビデオ|電話|リモート|対面|書面|遠隔|ハイブリッド)*$"
)
# 各/関係/全 before 府省 or 省庁 are part of the name (各府省情報統括責任者連絡会議).
LEADING_ROLE = re.compile(
    r"^(?:今後の|当面の|新たな|(?:各|関係|全)(?!府省|省庁|国)|同|本|当該|現|旧|新(?!型)|第[0-9一二三四五六七八九十]+回|"
    r"(?:令和|平成|昭和)?[0-9元一二三四五六七八九十]+年(?:度)?(?:[0-9]+月)?(?:[0-9]+日)?)"
)
# A meeting named by one two-character word before 会議 (「調達会議」, 「推進会議」, 「調整会議」,
# 「防災会議」) says what it is about, no body's name: a council's name has a name before that word
# (「規制改革推進会議」, 「地域医療構想調整会議」, 「中央防災会議」).
MEETING_WORD_RE = re.compile(rf"[{KANJI}]{{2}}")
EACH_AFTER_NO = re.compile(r"の(?:各種|各|諸)[^の]*$")
# The councils an Act makes every municipality set up, by the kind alone (the name before the
# ending): 介護認定審査会 (介護保険法), 市町村審査会 and 自立支援協議会 (障害者総合支援法),
# 国民健康保険運営協議会 (国民健康保険法), 要保護児童対策地域協議会 (児童福祉法), 固定資産評価審査委員会
# (地方税法), 地域ケア会議 (介護保険法); a place's name before the kind (「○○市介護認定審査会」) names
# the town's own.
EVERY_MUNICIPALITY_RE = re.compile(
    r"^(?:介護認定|障害支援区分認定|障害程度区分認定|市町村|国民健康保険運営|要保護児童対策地域|"
    r"固定資産評価審査|地域ケア|(?:地域)?自立支援|地域包括支援センター運営|"
    # the commissions every local government has (地方自治法 第180条の5: 教育委員会, 選挙管理委員会,
    # 人事委員会 or 公平委員会, 公安委員会 of a prefecture, 農業委員会 of a municipality, 収用委員会)
    r"教育|選挙管理|人事|公平|公安|農業|収用)$"
)
