"""Legislative actions and public bodies: a tenth set of sentences, each cause varied in turn.

Written and annotated by reading before any rule for them.  Actions: an amendment whose plan is
denied after a comma (「…法の改正は、当面予定はない」), one only discussed (「…法の改正について、…論点
整理を行った」, 「…意見交換を行った」), one only in force (「…法改正が施行された」), several statutes
amended together with a word of manner before the verb (「A法、B法及びC法を一括して改正した」,
「A法とB法を併せて改正する」), an act passed by which a law is amended in the same statement
(「…の整備に関する法律が成立し、…法が改正された」: one amendment, by the act or of the law), and a
new law spoken of twice in one sentence (「新法を制定し、…を法制化する」: one enactment).  Bodies: a
prefecture or town a national list does not hold (the names are made up) where it is a partner
(「…県と共同で」, 「…町と連携して」), a member of a group of local governments (「…町を含む全市町村」)
or acts by its assembly (「…市議会は」: the city, or its assembly); none where it is only a place
(「…市内の」) or a kind of place (「城下町と連携して」).  Laws: a title ending 「…に関する特別措置法」
or 「…に関する臨時措置法」 the list does not hold, with its law number after it or alone.  Laws a
measure depends on: each of two laws one bill amends (「A法及びB法の一部を改正する法律案」), and a
city's 「…条例施行規則」, from the progress line under the measure, lifted to its issue.
"""

from __future__ import annotations

from typing import Any

from tests.kg.extract.sentence_sets import actions_test, bodies_test, depends_tests, laws_test

BODIES: list[tuple[str, Any]] = [
    ("東雲市は、北峰県と共同で、広域避難の計画を作成した。", {"東雲市", "北峰県"}),
    ("北峰県は、南浜町と連携して、移住相談の窓口を設けた。", {"北峰県", "南浜町"}),
    ("県は、西沢村と協力して、鳥獣被害の調査を行う。", {"西沢村"}),
    ("照会を南浜町を含む県内の全市町村に行った。", {"南浜町"}),
    ("こども家庭庁は、西沢村を含む自治体の担当者に説明会を開いた。", {"こども家庭庁", "西沢村"}),
    ("東雲市議会は、請願を採択した。", ({"東雲市議会"}, {"東雲市"})),
    ("北峰県議会では、条例案が可決された。", ({"北峰県議会"}, {"北峰県"})),
    ("東雲市内の公園で、植栽の更新を行った。", set()),
    ("城下町と連携して観光の回遊性を高める。", set()),
    ("東雲市議会議員の定数を見直す。", set()),
]

LAWS: list[tuple[str, Any]] = [
    ("半島地域の振興に関する特別措置法に基づき、振興計画を定める。", ["半島地域の振興に関する特別措置法"]),
    (
        "離島地域の持続的発展の支援に関する特別措置法（令和6年法律第12号）に基づく計画を策定した。",
        (
            ["離島地域の持続的発展の支援に関する特別措置法", "令和6年法律第12号"],
            ["離島地域の持続的発展の支援に関する特別措置法"],
        ),
    ),
    ("山間集落の維持に関する臨時措置法の期限が到来した。", ["山間集落の維持に関する臨時措置法"]),
    ("特別措置法の期限を延長する。", []),
]

# 「…の整備に関する法律」 that amends many laws at once
_DECENTRALISATION_ACT = "地域の自主性及び自立性を高めるための改革の推進を図るための関係法律の整備に関する法律"

ACTIONS: list[tuple[str, Any]] = [
    ("児童手当法の改正は、当面予定はない。", []),
    ("道路運送法の改正は、次期の制度見直しまで予定はない。", []),
    ("消費者契約法の改正について、研究会で論点整理を行った。", []),
    ("建設業法の改正について、関係団体と意見交換を行った。", []),
    ("令和4年の児童福祉法改正が施行されたことに伴い、要綱を改めた。", []),
    ("労働基準法改正が令和6年4月に施行された。", []),
    ("法改正が施行されたことを踏まえ、運用を見直した。", []),
    ("個人情報保護法を改正し、令和4年4月に施行された。", [("法律", "amendment", ("個人情報保護法",))]),
    (
        "水道法、下水道法及び浄化槽法を一括して改正した。",
        [("法律", "amendment", ("水道法", "下水道法", "浄化槽法"))],
    ),
    ("介護保険法と老人福祉法を併せて改正する。", [("法律", "amendment", ("介護保険法", "老人福祉法"))]),
    (
        "地域の自主性及び自立性を高めるための改革の推進を図るための関係法律の整備に関する法律が成立し、"
        "児童福祉法が改正された。",
        (
            [
                (
                    "法律",
                    "amendment",
                    (_DECENTRALISATION_ACT, "児童福祉法"),
                )
            ],
            [("法律", "amendment", ("児童福祉法",))],
        ),
    ),
    ("新法を制定し、ケアラー支援を法制化する。", [("法律", "enactment", ())]),
    ("新たな法律を制定し、孤立対策を法制化した。", [("法律", "enactment", ())]),
]


DEPENDS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        """# 港湾物流計画　進捗

## 課題1　倉庫作業員の不足

### 施策1-1　荷役の機械化に対する規制の見直し
- 取組状況：港湾運送事業法及び倉庫業法の一部を改正する法律案を国会に提出した。

### 施策1-2　人材育成の支援
- 取組状況：研修会を3回開催した。
""",
        [
            ("Measure", "荷役の機械化に対する規制の見直し", "港湾運送事業法"),
            ("Measure", "荷役の機械化に対する規制の見直し", "倉庫業法"),
            ("Issue", "倉庫作業員の不足", "港湾運送事業法"),
            ("Issue", "倉庫作業員の不足", "倉庫業法"),
        ],
    ),
    (
        """# 東雲市住宅政策計画　取組状況

## 課題1　高齢者の住まいの確保

- 施策1-1　市営住宅の優先入居
  - 取組状況：東雲市営住宅条例施行規則を改正し、高齢者世帯を優先入居の対象に加えた。
- 施策1-2　住み替えの相談
  - 取組状況：住宅確保要配慮者に対する賃貸住宅の供給の促進に関する法律に基づく居住支援協議会を設立した。
""",
        [
            ("Measure", "市営住宅の優先入居", "東雲市営住宅条例施行規則"),
            ("Issue", "高齢者の住まいの確保", "東雲市営住宅条例施行規則"),
            ("Measure", "住み替えの相談", "住宅確保要配慮者に対する賃貸住宅の供給の促進に関する法律"),
            ("Issue", "高齢者の住まいの確保", "住宅確保要配慮者に対する賃貸住宅の供給の促進に関する法律"),
        ],
    ),
]


test_named_bodies = bodies_test(BODIES)
test_laws = laws_test(LAWS)
test_legislative_actions = actions_test(ACTIONS)
test_the_measures_and_issues_depend_on_their_laws, test_all_links_counted = depends_tests(DEPENDS, (8, 8, 8))
