"""Public bodies of the kinds read last: sentences written for each rule, expectations by reading.

A municipality whose name is in kana with its commission (「埼玉県さいたま市選挙管理委員会」), a local
government's auditors (「○○市監査委員」), a corporation of a public legal form whose name an Act gives
(「独立行政法人日本学術振興会（JSPS）」), a unit a corporation names after its own name and 「の」, a
hospital named after the local government that set it up (「静岡市立静岡病院」, 「豊橋市民病院」), and
an organisation the text sets beside public bodies: in the field of those in charge
(「（担当：…課、…協会）」) where its name says the State or a local government founded it (国立…, a
local government's name), or listed with a body by 及び.
Generic words (病院, 市立病院, 各病院, 民間事業者, 関係省庁) stay no body.
"""

from __future__ import annotations

import pytest

from tests.kg.extract.test_generality import bodies

# (sentence, the named public bodies in it, as surfaces)
KINDS: list[tuple[str, set[str]]] = [
    # a municipality in kana, with or without its prefecture, and its commission: one body
    ("埼玉県さいたま市選挙管理委員会は、期日前投票所を増設した。", {"埼玉県さいたま市選挙管理委員会"}),
    ("さいたま市選挙管理委員会が投票率の分析結果を公表した。", {"さいたま市選挙管理委員会"}),
    ("茨城県つくば市教育委員会では、端末の持ち帰りを認めている。", {"茨城県つくば市教育委員会"}),
    ("福島県いわき市農業委員会は、農地の利用状況調査を実施した。", {"福島県いわき市農業委員会"}),
    ("いわき市固定資産評価審査委員会に審査の申出があった。", {"いわき市固定資産評価審査委員会"}),
    (
        "東京都あきる野市選挙管理委員会及び八王子市選挙管理委員会",
        {"東京都あきる野市選挙管理委員会", "八王子市選挙管理委員会"},
    ),
    # a prefecture that only begins its municipality's full name is no body on its own
    ("千葉県いすみ市役所の窓口で申請を受け付ける。", set()),
    ("静岡県浜松市役所の本庁舎で説明会を開く。", set()),
    ("静岡県浜松市長が記者会見を行った。", {"静岡県浜松市"}),
    ("静岡県及び浜松市が共同で実施する。", {"静岡県", "浜松市"}),
    # the auditors of a local government: a commission whose name ends in 委員
    ("埼玉県所沢市監査委員は、財政援助団体等の監査を実施した。", {"埼玉県所沢市監査委員"}),
    ("神奈川県監査委員が包括外部監査の結果を公表した。", {"神奈川県監査委員"}),
    ("監査委員による例月出納検査を行う。", set()),
    ("各市町村の監査委員と連携する。", set()),
    # a corporation of a public legal form whose name an Act gives, whatever its ending
    (
        "独立行政法人日本学術振興会（JSPS）は、特別研究員の募集を行う。",
        {"独立行政法人日本学術振興会", "JSPS"},
    ),
    ("独立行政法人国立美術館は、所蔵作品の貸出しを行っている。", {"独立行政法人国立美術館"}),
    ("独立行政法人日本芸術文化振興会が助成金を交付する。", {"独立行政法人日本芸術文化振興会"}),
    ("独立行政法人北方領土問題対策協会は、啓発事業を実施する。", {"独立行政法人北方領土問題対策協会"}),
    ("独立行政法人通則法の規定により、中期目標を定める。", set()),
    # a unit a corporation names after its own name and 「の」
    (
        "国立研究開発法人理化学研究所の計算科学研究センターは、スーパーコンピュータを運用している。",
        {"国立研究開発法人理化学研究所", "計算科学研究センター"},
    ),
    (
        "独立行政法人情報処理推進機構の産業サイバーセキュリティセンターで研修を受講した。",
        {"独立行政法人情報処理推進機構", "産業サイバーセキュリティセンター"},
    ),
    (
        "国立研究開発法人国立がん研究センターのがん対策研究所が、調査結果を公表した。",
        {"国立研究開発法人国立がん研究センター", "がん対策研究所"},
    ),
    ("地方公共団体情報システム機構の各センターに照会する。", {"地方公共団体情報システム機構"}),
    ("日本年金機構の年金事務所で相談を受け付ける。", {"日本年金機構"}),
    ("国立研究開発法人科学技術振興機構のセンターが支援する。", {"国立研究開発法人科学技術振興機構"}),
    # a hospital named after the local government that set it up
    ("静岡市立静岡病院は、地域医療支援病院の承認を受けている。", {"静岡市立静岡病院"}),
    ("市立札幌病院と連携して、救急搬送の受入体制を整える。", {"市立札幌病院"}),
    ("都立広尾病院では、災害医療の訓練を実施した。", {"都立広尾病院"}),
    ("公立八女総合病院は、へき地医療拠点病院に指定されている。", {"公立八女総合病院"}),
    ("豊橋市民病院と岡崎市民病院が、医師の派遣について協定を結んだ。", {"豊橋市民病院", "岡崎市民病院"}),
    ("県立中央病院の救命救急センターを拡充する。", {"県立中央病院"}),
    ("市立病院の経営については、公立病院経営強化プランを策定する。", set()),
    ("各県立病院において、電子カルテの更新を行う。", set()),
    ("市民病院の建替えに向けて、基本構想を取りまとめる。", set()),
    ("病院及び診療所における医療DXを推進する。", set()),
    ("民間病院と公立病院の役割分担を明確にする。", set()),
    # an organisation in the field of those in charge
    # a private organisation in it is none: a 一般社団法人, a hospital a 学校法人 runs, a 公益社団法人
    (
        "著作物の利用に関する相談窓口の設置（担当：文化庁著作権課、日本音楽著作権協会（JASRAC））",
        {"文化庁", "著作権課"},
    ),
    ("オンライン診療の体制整備（担当：厚生労働省医政局、聖路加国際病院）", {"厚生労働省", "医政局"}),
    ("看護職員の確保（担当：厚生労働省、日本看護協会）", {"厚生労働省"}),
    ("実施主体：学校法人聖路加国際大学、社会福祉法人全国社会福祉協議会", set()),
    # one the State or a local government founded, by its name, is a body
    (
        "がん検診の受診率向上（担当：厚生労働省、国立がん研究センター）",
        {"厚生労働省", "国立がん研究センター"},
    ),
    ("学力調査の実施（担当：文部科学省、国立教育政策研究所）", {"文部科学省", "国立教育政策研究所"}),
    ("救急医療の充実（担当：厚生労働省、静岡市立静岡病院）", {"厚生労働省", "静岡市立静岡病院"}),
    (
        "高齢者医療の研究（担当：東京都、東京都健康長寿医療センター）",
        {"東京都", "東京都健康長寿医療センター"},
    ),
    ("【担当】デジタル庁、地方公共団体情報システム機構", {"デジタル庁", "地方公共団体情報システム機構"}),
    ("在宅医療の推進（担当：各病院、医療機関、地域包括支援センター）", set()),
    ("実施主体：民間事業者、関係団体", set()),
    ("相談体制の充実（担当：総務省、相談センター）", {"総務省"}),
    # an organisation listed with a public body by 及び or 並びに
    ("総務省及び日本放送協会は、災害時の情報伝達について協議した。", {"総務省", "日本放送協会"}),
    ("厚生労働省及び日本医療機能評価機構が、評価の基準を改定する。", {"厚生労働省"}),
    ("地方公務員災害補償基金及び総務省が、認定の基準を見直す。", {"地方公務員災害補償基金", "総務省"}),
    ("厚生労働省並びに社会保険診療報酬支払基金が審査を行う。", {"厚生労働省", "社会保険診療報酬支払基金"}),
    ("デジタル庁と国際標準化機構の規格を参照する。", {"デジタル庁"}),
    ("厚生労働省及び一般社団法人日本病院会が調査を行った。", {"厚生労働省"}),
    ("総務省及び協会が連携する。", {"総務省"}),
    # generic words stay none
    ("国、都道府県及び関係省庁は、民間事業者と連携して取り組む。", set()),
    ("病院、診療所及び薬局の連携を強化する。", set()),
]


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_the_kinds_of_body_read_last(text: str, expected: set[str]) -> None:
    assert bodies(text) == expected


def test_enough_sentences_of_the_new_kinds() -> None:
    assert len(KINDS) >= 40
