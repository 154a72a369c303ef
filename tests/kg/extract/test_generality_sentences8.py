"""Legislative actions, laws, public bodies and the laws measures depend on: an eighth set of sentences.

Written and annotated by reading before any rule for them: a law changed by 「…法を改め、」, a
bracketed 「（法改正）」 after a sentence that names one statute (that statute is amended), 「…法について、
…法改正を行う」 (the law spoken of), 「新法を整備する」 (an enactment naming no law), a municipality's
ordinance made or repealed with its date between (「…条例を令和9年度中に制定する」, 「…条例は、…廃止
する」: a revision, as the project counts an ordinance's making); an abbreviation a sentence defines
(「（以下「…法」という。）」) used again later in it (each use a mention); prefectures and
municipalities the national list does not hold, where they act (「…市…区では」) or are listed
(「…町、…村及び…県は」), the words for kinds of places left out (大都市, 農山漁村, 各市町村); two
bodies written together (「…委員会…庁」) or joined by 及び; 各 before a kind of body (「各教育委員会」);
a statute's short name of two kanji that are no word (「電事法」), where 計算法 is a method.

Measured on the extractor as it stood before (6be25e5): 11 of the 27 rows right (laws 4 of 6, bodies
5 of 10, actions 2 of 11); all right after.  The readings kept where another might differ:
「…に対しては、法的措置を講ずる」 is going to court and 「…の改正については、検討する」 the action
considered, as the fourth and sixth sets state.
"""

from __future__ import annotations

from typing import Any

from tests.kg.extract.sentence_sets import actions_test, bodies_test, laws_test

LAWS: list[tuple[str, list[str]]] = [
    (
        "廃棄物の処理及び清掃に関する法律（以下「廃掃法」という。）に基づき、事業者は廃掃法上の処理基準を守る。",
        ["廃棄物の処理及び清掃に関する法律", "廃掃法", "廃掃法"],
    ),
    (
        "水質汚濁防止法（以下「水濁法」という。）第12条の規定により、水濁法施行令で定める基準を適用する。",
        ["水質汚濁防止法", "水濁法", "水濁法施行令"],
    ),
    ("本計画（以下「計画」という。）に基づき、計画の進捗を毎年度点検する。", []),
    ("若葉台町子ども医療費助成条例に基づき、通院費を助成する。", ["若葉台町子ども医療費助成条例"]),
    ("電事法上の届出を要する工事に当たる。", ["電事法"]),
    ("新しい計算法と指導法を試行し、学習法を比べる。", []),
]

BODIES: list[tuple[str, set[str] | tuple[set[str], ...]]] = [
    ("若葉台町、緑川村及び北岡県は、観光客の誘致で連携している。", {"若葉台町", "緑川村", "北岡県"}),
    ("北岡県若松台市及び青沼町は、消防の事務を共同で処理している。", {"北岡県若松台市", "青沼町"}),
    ("桐野市中央区では、住民票の写しの交付をコンビニで始めた。", ({"桐野市", "中央区"}, {"桐野市中央区"})),
    ("大都市と農山漁村では、人口の動向が大きく異なる。", set()),
    ("各市町村は、地域の実情に応じて計画を策定する。", set()),
    ("市場の動向を踏まえ、町内会と連携する。", set()),
    ("若葉台町内の地区では、区域ごとに当番を決めている。", set()),
    ("国家公安委員会警察庁は、交通事故の統計を公表した。", {"国家公安委員会", "警察庁"}),
    ("運輸審議会及び交通政策審議会は、それぞれ答申を取りまとめた。", {"運輸審議会", "交通政策審議会"}),
    ("各教育委員会に対し、調査への協力を依頼した。", set()),
]

ACTIONS: list[tuple[str, Any]] = [
    ("労働基準法を改め、時間外労働の上限を定める。", [("法律", "amendment", ("労働基準法",))]),
    ("食品衛生法を改めて、営業許可の区分を見直した。", [("法律", "amendment", ("食品衛生法",))]),
    ("窓口の受付時間を改め、夜間も開庁する。", []),
    ("介護保険法に基づく利用者負担の区分を見直す（法改正）。", [("法律", "amendment", ("介護保険法",))]),
    (
        "道路運送法について、運転者の確保に向けて法改正を行う。",
        [("法律", "amendment", ("道路運送法",))],
    ),
    (
        "児童福祉法については、保育士の配置基準を踏まえて法律改正を実施する。",
        [("法律", "amendment", ("児童福祉法",))],
    ),
    ("自動運転の社会実装に向けた新法を整備する。", [("法律", "enactment", ())]),
    (
        "割販法について、後払い決済の普及を踏まえて法改正を行う。",
        [("法律", "amendment", ("割販法",))],
    ),
    (
        "緑ヶ丘町は、緑ヶ丘町景観条例を令和9年度中に制定する。",
        [("条例", "enactment", ("緑ヶ丘町景観条例",))],
    ),
    (
        "東川村ふるさと応援基金条例は、令和9年3月末をもって廃止する。",
        [("条例", "revision", ("東川村ふるさと応援基金条例",))],
    ),
    ("本市は、空き家対策条例を踏まえ、管理計画を策定する。", []),
]


test_named_bodies = bodies_test(BODIES)
test_laws = laws_test(LAWS)
test_legislative_actions = actions_test(ACTIONS)
