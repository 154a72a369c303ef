"""Legislative actions and public bodies: a tenth set of sentences, each cause varied in turn.

Written and annotated by reading before any rule for them.  Actions: an amendment whose plan is
denied after a comma (「…法の改正は、当面予定はない」), one only discussed (「…法の改正について、…論点
整理を行った」, 「…意見交換を行った」), one only in force (「…法改正が施行された」), several statutes
amended together with a word of manner before the verb (「A法、B法及びC法を一括して改正した」,
「A法とB法を併せて改正する」), an act passed by which a law is amended in the same statement
(「…の整備に関する法律が成立し、…法が改正された」: one amendment, by the act or of the law), and a
new law spoken of twice in one sentence (「新法を制定し、…を法制化する」: one enactment).
"""

from __future__ import annotations

from typing import Any

from tests.kg.extract.sentence_sets import actions_test

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


test_legislative_actions = actions_test(ACTIONS)
