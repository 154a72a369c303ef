"""Bodies, laws and legislative actions: a sixteenth set of sentences.

Written and annotated by reading before any rule for them, once the rules of
:mod:`tests.kg.extract.test_generality_sentences15` were in.  Bodies: places the national list does
not hold named with kana inside (「星ヶ丘市」, 「桜が丘町」), addressed (「…町に対し」) or owning what
follows (「…町の住民」), a kind of town by what it is like (「城下町の」, 「田舎町の」: none), a
prefecture's police (「…県警察」, 「…県警察本部」 and its unit), the commissions every local government
has named alone (「教育委員会」, 「選挙管理委員会」: none; with the city's name, the city's own), a
national institute ending in 機構, a union of municipalities by the service it runs (「…衛生組合」),
unions of members (none), a court's secretariat as its unit, the Diet and the Cabinet standing alone.
Laws: a rule of an independent body by its number (「人事院規則10-4」), an ordinance's name joined by
「・」 over a prefix (「子ども・子育て」), a two-kanji word and 法 amended (「給与法を改正」), and the
look-alikes (方法論, 手法, 法務局, 社会福祉法人, a guideline's name, 憲法上, 国家戦略特区).  Actions: an
amendment asked of another (「…の改正を国に要望」, 「…に勧告」) or watched (「…の動向を注視」,
「…の審議を見守る」: none), an ordinance made anew (「…条例を新たに制定」), its rules made (「…条例施行
規則を定めた」), an ordinance of one word acted on (「景観条例を改正」), a bill named by the amendment it
makes (「…の改正に係る法律案」, 「…の改正を内容とする法律案」), what an act passed puts in law (「…が法定化
された」: no enactment of its own), an amending act of several laws as a bill.  Documents: a law stated
under an issue heading over numbered measures with progress lines, and a 課題｜施策｜取組状況 table.

First sight: bodies P 0.60 R 0.38 (6 right, 10 found, 16 expected), laws P 0.93 R 0.87 (13, 14, 15),
actions P 0.39 R 0.50 (7, 18, 14), depends P 1.00 R 1.00 (7, 7, 7).  After the rules these sentences
led to: bodies 17 of 17 with no extra, laws 15 of 15, actions 13 of 13 (the 府令 of a 施行規則 kept as
a failure below), depends 7 of 7.

The conventions are those of :mod:`tests.kg.extract.test_generality_sentences11`.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.kg.extract.sentence_sets import actions_test, bodies_test, depends_tests, laws_test
from tests.kg.extract.test_generality_blind import actions_by_surface

BODIES: list[tuple[str, Any]] = [
    ("星ヶ丘市は、空き家バンクの登録件数を公表した。", {"星ヶ丘市"}),
    ("桜が丘町の保健センターで、乳幼児健診を行った。", {"桜が丘町"}),
    ("北浜県警察は、特殊詐欺の被害防止に向けた広報を強化した。", {"北浜県警察"}),
    (
        "北浜県警察本部交通部は、信号機の更新計画をまとめた。",
        ({"北浜県警察本部", "交通部"}, {"北浜県警察本部交通部"}),
    ),
    ("教育委員会は、学校の統廃合の方針を決定した。", set()),
    ("選挙管理委員会に対し、投票所の増設を要望した。", set()),
    ("西谷市選挙管理委員会は、期日前投票所を2か所増やした。", {"西谷市選挙管理委員会"}),
    ("国立海洋資源研究機構の設立に向けた準備が進められている。", {"国立海洋資源研究機構"}),
    ("東雲地区衛生組合は、し尿処理施設の更新を決定した。", {"東雲地区衛生組合"}),
    ("マンション管理組合の理事会で、大規模修繕の計画を説明した。", set()),
    ("農業協同組合と連携し、新規就農者を支援する。", set()),
    ("東京高等裁判所は、控訴を棄却した。", {"東京高等裁判所"}),
    ("内閣は、法律案を国会に提出した。", {"内閣", "国会"}),
    ("国会の審議を経て、予算が成立した。", {"国会"}),
    ("参議院内閣委員会で、法案の審査が行われた。", ({"参議院", "内閣委員会"}, {"参議院内閣委員会"})),
    ("最高裁判所事務総局家庭局は、調停の統計を公表した。", {"最高裁判所", "事務総局家庭局"}),
    ("南山町の住民から、バス路線の存続を求める声が寄せられた。", {"南山町"}),
    ("城下町の景観を生かしたまちづくりを進める。", set()),
    ("田舎町の魅力を発信する。", set()),
    ("緑川町に対し、補助金の交付決定を通知した。", {"緑川町"}),
]

LAWS: list[tuple[str, Any]] = [
    ("人事院規則10-4に基づき、職員の健康診断を実施する。", ["人事院規則10-4"]),
    ("南山町子ども・子育て支援条例に基づき、相談窓口を設けた。", ["南山町子ども・子育て支援条例"]),
    ("景観条例に基づき届出を受理した。", []),
    ("政府は、人事院勧告どおり給与法を改正する。", ["給与法"]),
    ("独占禁止法に違反するおそれがある。", ["独占禁止法"]),
    ("道路運送法施行規則第51条の規定により届け出た。", ["道路運送法施行規則"]),
    ("地方自治法施行令第167条の2に基づき、随意契約とした。", ["地方自治法施行令"]),
    (
        "土地収用法（昭和26年法律第219号）第3条に規定する事業に該当する。",
        (["土地収用法", "昭和26年法律第219号"], ["土地収用法"]),
    ),
    ("東雲県立自然公園条例により、特別地域を指定した。", ["東雲県立自然公園条例"]),
    ("この方法論は、統計的手法に基づく。", []),
    ("社会福祉法人北浜会が運営する施設を視察した。", []),
    ("法務局で登記を行った。", []),
    ("本指針は、個人情報保護法ガイドライン（通則編）を踏まえたものである。", []),
    ("憲法上の要請に応える。", []),
    ("下水道法及び浄化槽法に基づき、生活排水対策を進める。", ["下水道法", "浄化槽法"]),
    ("建築物省エネ法の改正を踏まえ、適合義務の対象を周知する。", ["建築物省エネ法"]),
    ("障害者差別解消法に基づく合理的配慮の提供が義務化された。", ["障害者差別解消法"]),
    ("北浜市行政手続条例施行規則を定めた。", ["北浜市行政手続条例施行規則"]),
    (
        "地域公共交通の活性化及び再生に関する法律に基づく地域公共交通計画を作成した。",
        ["地域公共交通の活性化及び再生に関する法律"],
    ),
    ("国家戦略特区の認定を受けた。", []),
]

ACTIONS: list[tuple[str, Any]] = [
    (
        "人事院規則10-4を改正し、ストレスチェックの実施を義務付けた。",
        [("規則", "revision", ("人事院規則10-4",))],
    ),
    ("道路交通法の改正の動向を注視する。", []),
    ("公営住宅法の改正を国に要望した。", []),
    ("全国知事会は、地方税法の改正を政府に要請した。", []),
    ("北浜市は、空き家対策条例を新たに制定した。", [("条例", "enactment", ("空き家対策条例",))]),
    ("南山町は、景観条例を改正した。", [("条例", "revision", ("景観条例",))]),
    ("東雲県は、手数料条例施行規則を定めた。", [("規則", "revision", ("手数料条例施行規則",))]),
    (
        "鳥獣保護管理法等の一部を改正する法律案を閣議決定した。",
        (
            [("法律", "bill", ("鳥獣保護管理法等の一部を改正する法律",))],
            [("法律", "bill", ("鳥獣保護管理法",))],
        ),
    ),
    (
        "道路法及び道路整備特別措置法の改正に係る法律案を提出する。",
        [("法律", "bill", ("道路法", "道路整備特別措置法"))],
    ),
    ("水道法の改正を内容とする法律案を国会に提出した。", [("法律", "bill", ("水道法",))]),
    (
        "災害救助法の一部を改正する法律が成立し、救助の対象が法定化された。",
        [("法律", "amendment", ("災害救助法",))],
    ),
    ("建築基準法を改正し、木造建築物の規制を合理化した。", [("法律", "amendment", ("建築基準法",))]),
    (
        "消防法施行令を改正し、スプリンクラー設備の設置基準を見直した。",
        [("政令", "revision", ("消防法施行令",))],
    ),
    ("個人情報保護法の改正について、国会の審議を見守る。", []),
    ("給与法の改正について人事院が勧告した。", []),
    ("条例で定める基準を改正し、申請期間を延長した。", [("条例", "revision", ())]),
    ("関係法令の整備を行い、手続のオンライン化を可能とした。", [("法律", "legal_measure", ())]),
    (
        "北浜市は、子ども・若者育成支援条例を制定した。",
        [("条例", "enactment", ("子ども・若者育成支援条例",))],
    ),
    ("運送約款を改正した。", []),
]

DEPENDS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        """# 北浜市空家等対策計画 進捗状況

## 課題1 管理不全空家の増加
空家等対策の推進に関する特別措置法の改正により、管理不全空家等への指導が可能となった。

- 施策1-1 所有者への指導
  - 取組状況：12件の指導を行った。
- 施策1-2 空家の除却への補助
  - 取組状況：北浜市空家等の適正管理に関する条例に基づき8件を補助した。
""",
        [
            ("Issue", "管理不全空家の増加", "空家等対策の推進に関する特別措置法"),
            ("Measure", "空家の除却への補助", "北浜市空家等の適正管理に関する条例"),
            ("Issue", "管理不全空家の増加", "北浜市空家等の適正管理に関する条例"),
        ],
    ),
    (
        """# 南山町農業振興計画 取組状況

| 課題 | 施策 | 取組状況 |
|---|---|---|
| 遊休農地の増加 | 農地中間管理事業の活用 | 農地中間管理事業の推進に関する法律に基づき15haを集積した。 |
| 鳥獣被害の拡大 | 捕獲体制の強化 | 鳥獣被害防止特措法に基づく実施隊を増員した。 |
| 担い手の減少 | 新規就農者の支援 | 研修を実施した。 |
""",
        [
            ("Measure", "農地中間管理事業の活用", "農地中間管理事業の推進に関する法律"),
            ("Issue", "遊休農地の増加", "農地中間管理事業の推進に関する法律"),
            ("Measure", "捕獲体制の強化", "鳥獣被害防止特措法"),
            ("Issue", "鳥獣被害の拡大", "鳥獣被害防止特措法"),
        ],
    ),
]


test_named_bodies = bodies_test(BODIES)
test_laws = laws_test(LAWS)
test_legislative_actions = actions_test(ACTIONS)
test_the_measures_and_issues_depend_on_their_laws, test_all_links_counted = depends_tests(DEPENDS, (7, 7, 7))


@pytest.mark.xfail(
    reason="a 施行規則 is a 内閣府令 where the Cabinet Office or one of its agencies makes it"
    " (道路交通法施行規則 by 国家公安委員会), which the act's name does not say and the statute book"
    " read has no column for",
    strict=True,
)
def test_the_enforcement_rules_of_a_cabinet_office_act_are_a_cabinet_office_ordinance() -> None:
    assert actions_by_surface("道路交通法施行規則を改正した。") == [
        ("府令", "revision", ("道路交通法施行規則",))
    ]
