"""Courts, special local public bodies, corporations set up by their own Act, a ministry's facilities,
wards of designated cities and foreign companies, on sentences written for these classes.

Each expectation was written by reading the sentence alone, in the conventions of
:mod:`tests.kg.extract.test_generality_blind` and tests/gold/README.md; besides them:

* a court named by its place and kind (東京地方裁判所, 札幌地裁), the 最高裁判所 and a kind of court
  named on its own (家庭裁判所) are bodies; a court unnamed (裁判所, 各地方裁判所) is not;
* a 広域連合 or 一部事務組合 named (東京都後期高齢者医療広域連合 is one body, although it starts with
  the prefecture's name) is a body; the kind alone (後期高齢者医療広域連合, 一部事務組合) is not, and no
  cooperative or union of members (農業協同組合, 労働組合, 健康保険組合) is;
* a corporation an Act of the statute book sets up (社会保険診療報酬支払基金, 日本銀行) is a body; a kind
  of corporation that an Act regulates (信用金庫, 信用保証協会) is not;
* a ministry's facility after 「<ministry>の」 (国土交通省の国土交通政策研究所) is a mention of its own;
* a ward after its designated city (横浜市都筑区) is one mention, or the city and the ward;
* a company (Google社) is no public body, and 「…社及び…」 never joins two names; a foreign public
  authority (欧州委員会) is no public body of Japan's either: it is kept apart, as a foreign body
  (first written as a body of the gold's class other, before the project kept them apart).
"""

from __future__ import annotations

import sys

import pytest

from kg.extract.agencies import find_agencies
from kg.extract.body_statutory import statutory_bodies
from tests.conftest import ROOT
from tests.kg.extract.test_generality import bodies

# (sentence, the named public bodies in it as a set of surfaces; a tuple of sets where two readings
# are both right)
COURTS: list[tuple[str, set[str] | tuple[set[str], ...]]] = [
    ("東京地方裁判所は、令和5年10月、原告の請求を棄却する判決を言い渡した。", {"東京地方裁判所"}),
    (
        "最高裁判所は、民事訴訟手続のデジタル化に向けて、関係する規則の改正を進めている。",
        {"最高裁判所"},
    ),
    (
        "大阪高等裁判所及び大阪家庭裁判所では、ウェブ会議による期日の運用が定着しつつある。",
        {"大阪高等裁判所", "大阪家庭裁判所"},
    ),
    ("家庭裁判所は、少年事件の調査に当たり、児童相談所と連携している。", {"家庭裁判所"}),
    (
        "知的財産高等裁判所の判決を受けて、特許庁は審査基準の見直しに着手した。",
        {"知的財産高等裁判所", "特許庁"},
    ),
    ("札幌地裁と福岡高裁で、同種の訴訟の判決が相次いだ。", {"札幌地裁", "福岡高裁"}),
    ("裁判所の判断を待たずに、行政として必要な措置を講ずる。", set()),
    ("裁判所法の一部改正により、裁判所書記官の事務が見直された。", set()),
    ("各地方裁判所における裁判員裁判の実施状況を取りまとめた。", set()),
]

SPECIAL_LOCAL: list[tuple[str, set[str] | tuple[set[str], ...]]] = [
    (
        "東京都後期高齢者医療広域連合は、令和6年度の保険料率を改定した。",
        {"東京都後期高齢者医療広域連合"},
    ),
    (
        "関西広域連合は、構成府県と連携してドクターヘリの広域運航を行っている。",
        {"関西広域連合"},
    ),
    (
        "大阪府後期高齢者医療広域連合と大阪市は、高齢者の保健事業と介護予防の一体的実施について協議した。",
        {"大阪府後期高齢者医療広域連合", "大阪市"},
    ),
    (
        "ごみ処理施設の更新は、東部清掃一部事務組合が構成市町と協議して進める。",
        {"東部清掃一部事務組合"},
    ),
    ("北部広域行政事務組合は、消防指令センターの共同運用を開始した。", {"北部広域行政事務組合"}),
    (
        "湖北地域消防組合と湖南広域行政組合は、救急業務の相互応援協定を締結した。",
        {"湖北地域消防組合", "湖南広域行政組合"},
    ),
    ("後期高齢者医療広域連合は、被保険者証の発行に関する事務を担う。", set()),
    ("一部事務組合や広域連合を活用し、事務の共同処理を進める。", set()),
    ("農業協同組合や労働組合、健康保険組合の代表者から意見を聴いた。", set()),
    ("各広域連合において、保健事業の実施計画を策定する。", set()),
]

CORPORATIONS: list[tuple[str, set[str] | tuple[set[str], ...]]] = [
    (
        "社会保険診療報酬支払基金は、オンライン資格確認等システムの運営主体である。",
        {"社会保険診療報酬支払基金"},
    ),
    (
        "日本年金機構は、年金記録の管理状況について、厚生労働省に報告した。",
        {"日本年金機構", "厚生労働省"},
    ),
    (
        "沖縄振興開発金融公庫は、離島の中小事業者向けの融資制度を拡充した。",
        {"沖縄振興開発金融公庫"},
    ),
    ("日本銀行は、中央銀行デジタル通貨に関する実証実験の結果を公表した。", {"日本銀行"}),
    (
        "日本下水道事業団は、地方公共団体から委託を受けて下水処理場の改築を行う。",
        {"日本下水道事業団"},
    ),
    (
        "独立行政法人国際交流基金は、海外の日本語教育機関に対する支援を行っている。",
        ({"独立行政法人国際交流基金"}, {"国際交流基金"}),
    ),
    ("日本勤労者住宅協会は、勤労者向け住宅の供給を行ってきた。", {"日本勤労者住宅協会"}),
    ("地域の信用金庫や労働金庫、信用保証協会と連携して、事業者の資金繰りを支援する。", set()),
    ("民間の研究所やシンクタンクの協力を得て、基金の運用方法を検討した。", set()),
    ("本町は、地域振興基金を取り崩して、公共施設の改修に充てた。", set()),
]

FACILITIES: list[tuple[str, set[str] | tuple[set[str], ...]]] = [
    (
        "国土交通省の国土交通政策研究所は、人口減少下の地域交通に関する調査研究を公表した。",
        {"国土交通省", "国土交通政策研究所"},
    ),
    (
        "厚生労働省の国立保健医療科学院では、自治体職員向けの研修を実施している。",
        {"厚生労働省", "国立保健医療科学院"},
    ),
    (
        "総務省の自治大学校において、地方公務員を対象としたデジタル人材研修を行う。",
        {"総務省", "自治大学校"},
    ),
    (
        "財務省の財務総合政策研究所が、地方財政に関する報告書を取りまとめた。",
        {"財務省", "財務総合政策研究所"},
    ),
    (
        "気象庁の気象研究所は、線状降水帯の予測精度の向上に取り組んでいる。",
        {"気象庁", "気象研究所"},
    ),
    (
        "法務省の矯正研修所と、厚生労働省の国立障害者リハビリテーションセンターが共同で研修を行った。",
        {"法務省", "矯正研修所", "厚生労働省", "国立障害者リハビリテーションセンター"},
    ),
    ("国土交通省の委託を受けた民間の研究所が、交通量の調査を行った。", {"国土交通省"}),
    ("厚生労働省の所管する研究所の在り方を見直す。", {"厚生労働省"}),
    ("文部科学省の各研修センターで、教員向けの講座を開設した。", {"文部科学省"}),
    ("厚生労働省の地域包括支援センターに関する調査では、人員の不足が指摘された。", {"厚生労働省"}),
    ("デジタル庁のデータセンターは、複数の地域に分散して配置されている。", {"デジタル庁"}),
]

WARDS: list[tuple[str, set[str] | tuple[set[str], ...]]] = [
    (
        "神奈川県横浜市都筑区では、区役所の窓口でオンライン申請の支援を行っている。",
        ({"神奈川県横浜市都筑区"}, {"神奈川県横浜市", "都筑区"}),
    ),
    (
        "大阪市北区と大阪市中央区は、共同で防災訓練を実施した。",
        ({"大阪市北区", "大阪市中央区"}, {"大阪市", "北区", "中央区"}),
    ),
    ("札幌市中央区は、除雪情報の提供を開始した。", ({"札幌市中央区"}, {"札幌市", "中央区"})),
    (
        "横浜市都筑区区政推進課が、地域の防災マップを作成した。",
        ({"横浜市都筑区", "区政推進課"}, {"横浜市", "都筑区", "区政推進課"}),
    ),
    ("横浜市の各区では、地区ごとに防災計画を作成している。", {"横浜市"}),
    ("さいたま市の地区センターで、デジタル活用の講座を開いた。", {"さいたま市"}),
]

FOREIGN: list[tuple[str, set[str] | tuple[set[str], ...]]] = [
    ("Google社、Apple社及び欧州委員会の担当者と意見交換を行った。", set()),
    ("Amazon社及びMicrosoft社のクラウドサービスを比較した。", set()),
    ("米Meta社や独SAP社の担当者が来日した。", set()),
    ("トヨタ社及び経済産業省の担当者が、実証の結果を報告した。", {"経済産業省"}),
    ("株式会社NTTデータ及びデジタル庁は、共同で実証を行った。", {"デジタル庁"}),
    ("Apple社及び公正取引委員会の担当者が、アプリ市場の競争について議論した。", {"公正取引委員会"}),
    (
        "ソフトバンク社及び総務省情報流通行政局は、災害時の通信確保について協議した。",
        {"総務省", "情報流通行政局"},
    ),
]

CLASSES = {
    "courts": COURTS,
    "special_local": SPECIAL_LOCAL,
    "corporations": CORPORATIONS,
    "facilities": FACILITIES,
    "wards": WARDS,
    "foreign": FOREIGN,
}
ROWS = [(name, text, expected) for name, rows in CLASSES.items() for text, expected in rows]


@pytest.mark.parametrize(("cls", "text", "expected"), ROWS, ids=[f"{r[0]}-{r[1][:14]}" for r in ROWS])
def test_named_bodies_of_each_class(cls: str, text: str, expected: set[str] | tuple[set[str], ...]) -> None:
    readings = expected if isinstance(expected, tuple) else (expected,)
    assert bodies(text) in readings


def test_the_bodies_the_acts_set_up_regenerate_identically() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from make_statutory_bodies import generate
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert generate() == (ROOT / "kg" / "data" / "statutory_bodies.csv").read_text(encoding="utf-8")


def test_a_body_an_act_sets_up_is_read_off_its_title() -> None:
    found = statutory_bodies()
    # 社会保険診療報酬支払基金法, 日本銀行法, 知的財産高等裁判所設置法 are Acts of the statute book
    assert found["社会保険診療報酬支払基金"] == "corporation"
    assert found["日本銀行"] == "corporation"
    assert found["知的財産高等裁判所"] == "court"
    # 信用金庫法, 信用保証協会法, 銀行法: the kinds an Act regulates, no body
    assert not {"信用金庫", "信用保証協会", "銀行", "労働金庫"} & set(found)


def test_a_ward_and_a_facility_keep_their_parent() -> None:
    found = {m.text: m for m in find_agencies("横浜市都筑区区政推進課と国土交通省の国土交通政策研究所")}
    assert found["横浜市都筑区"].parent == "lg-141003"
    assert found["区政推進課"].parent == found["横浜市都筑区"].key
    assert found["国土交通政策研究所"].parent == "mlit"
