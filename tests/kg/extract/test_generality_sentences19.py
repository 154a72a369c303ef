"""Local acts by the form of their titles, what is done to them, and legal measures of no stated kind:
a nineteenth set.

Written and annotated by reading, with the rules they test: bodies — a short name in brackets after a
body's full name (「…機構（JASSO）」, 「…機構（以下「JST」という。）」: a mention of the same body), a unit
whose name holds 「・」 (one unit); laws — an ordinance and the rules
enforcing it listed together (「…条例及び…条例施行規則」: two acts), a prefecture's or municipality's
rule (「○○県…規則」, 「○○ケ丘町…規則」) whose name is in kana or holds ケ, が or の, and a body's own
rules named by no title (none); actions — such an ordinance and its rules revised together (one
action each), a rule revised, an ordinance revised at a sitting of the assembly (「…条例を…定例会で
改正した」), an ordinance made (an enactment, planned where the text says so), its bill passed or put to
the assembly (「…条例案を可決した」, 「…条例案を9月議会に提出する」: an enactment), 「必要な法制上の措置を
講ずる」 alone (a legal measure of no stated kind of act, "") and with a bill submitted in the same
sentence (a law's); depends — 「### 進捗状況」 ✓ entries after a sibling 「### 取組」 sub-heading of an issue
report on the issue's measures (the measure their words name), and an ordinance named only 「施行条例」
is no law to depend on.

The conventions are those of :mod:`tests.kg.extract.test_generality_sentences11`, but an ordinance made
(「…条例を制定」) is an enactment.
"""

from __future__ import annotations

from typing import Any

from tests.kg.extract.sentence_sets import actions_test, bodies_test, depends_tests, laws_test

BODIES: list[tuple[str, Any]] = [
    (
        "独立行政法人日本学生支援機構（JASSO）は、奨学金の返還支援を拡充した。",
        {"独立行政法人日本学生支援機構", "JASSO"},
    ),
    (
        "国立研究開発法人科学技術振興機構（以下「JST」という。）と文部科学省が協議した。",
        {"国立研究開発法人科学技術振興機構", "JST", "文部科学省"},
    ),
    ("国土交通省物流・自動車局が通知を発出した。", {"国土交通省", "物流・自動車局"}),
]

LAWS: list[tuple[str, Any]] = [
    (
        "ゆめみ野市自転車駐車場条例及びゆめみ野市自転車駐車場条例施行規則に従い、使用料を徴収する。",
        ["ゆめみ野市自転車駐車場条例", "ゆめみ野市自転車駐車場条例施行規則"],
    ),
    ("みどりケ丘町公民館規則により、利用の許可を行う。", ["みどりケ丘町公民館規則"]),
    ("本市の規則に定める手続に従い、申請を受け付ける。", []),
]

ACTIONS: list[tuple[str, Any]] = [
    (
        "ゆめみ野市公園条例及びゆめみ野市公園条例施行規則を改正した。",
        [
            ("条例", "revision", ("ゆめみ野市公園条例",)),
            ("規則", "revision", ("ゆめみ野市公園条例施行規則",)),
        ],
    ),
    (
        "はなさき県立高等学校管理規則を改正し、通学区域を廃止した。",
        [("規則", "revision", ("はなさき県立高等学校管理規則",))],
    ),
    (
        "さつきが丘市環境基本条例を令和8年6月の市議会定例会で改正した。",
        [("条例", "revision", ("さつきが丘市環境基本条例",))],
    ),
    (
        "みなみの台町は、みなみの台町太陽光発電設備設置条例を制定し、令和9年4月に施行する。",
        [("条例", "enactment", ("みなみの台町太陽光発電設備設置条例",))],
    ),
    (
        "来年度中に、こもれび市手話言語条例を制定する方針である。",
        [("条例", "enactment", ("こもれび市手話言語条例",))],
    ),
    ("市議会は、ゆめみ野市景観条例案を可決した。", [("条例", "enactment", ("ゆめみ野市景観条例",))]),
    (
        "さつきが丘市手話言語条例案が、市議会で可決された。",
        [("条例", "enactment", ("さつきが丘市手話言語条例",))],
    ),
    ("こもれび市公契約条例案を9月議会に提出する。", [("条例", "enactment", ("こもれび市公契約条例",))]),
    ("国は、制度の運用状況を踏まえ、必要な法制上の措置を講ずる。", [("", "legal_measure", ())]),
    (
        "新たな制度を設けるため、必要な法制上の措置を講じ、関連法案を国会に提出する。",
        [("法律", "legal_measure", ()), ("法律", "bill", ())],
    ),
]

DEPENDS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        """# 水道事業ビジョン　取組の進捗（令和6年度）

## 課題1　水道施設の耐震化

### 取組
- 基幹管路の耐震化
- 配水池の更新

### 進捗状況
- ✓ 水道法第5条の2に基づく計画に沿い、基幹管路4.2kmを耐震管に更新した（基幹管路の耐震化）

## 課題2　個人情報の取扱いの見直し

### 取組
- 個人情報保護制度の見直し

### 進捗状況
- ✓ 個人情報保護法の改正に合わせ、新たな施行条例を制定した
""",
        [
            ("Measure", "基幹管路の耐震化", "水道法"),
            ("Issue", "水道施設の耐震化", "水道法"),
            ("Measure", "個人情報保護制度の見直し", "個人情報保護法"),
            ("Issue", "個人情報の取扱いの見直し", "個人情報保護法"),
        ],
    ),
]

test_bodies = bodies_test(BODIES)
test_laws = laws_test(LAWS)
test_legislative_actions = actions_test(ACTIONS)
test_the_measures_and_issues_depend_on_their_laws, test_all_links_counted = depends_tests(DEPENDS, (4, 4, 4))
