"""Bodies, laws and legislative actions on sentences written for these tests, in the prose of
ministry plans, municipal documents, council minutes and guidelines (none taken from a corpus).

Each expectation was written by reading the sentence: the named public bodies (surface, and where
the form says it, the class, the parent unit or the 全国地方公共団体コード of the national list), the
generic references kept apart from them, the laws by form with their false friends, and the
legislative actions with the kind of act and no invented law.
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.agencies import find_agencies
from kg.extract.body_references import find_references
from kg.extract.dates import DateContext, find_dates
from kg.extract.laws import find_laws
from kg.extract.legislation import find_actions

REPORT = dt.date(2021, 10, 22)


def bodies(text: str) -> set[str]:
    return {m.text for m in find_agencies(text)}


# (sentence, the named bodies in it; a tuple of sets where a name may be read as one or as two)
BODIES: list[tuple[str, set[str] | tuple[set[str], ...]]] = [
    # councils and deliberative bodies by their ending
    ("本件は中央環境審議会において審議され、答申が取りまとめられた。", {"中央環境審議会"}),
    (
        "文化審議会国語分科会で、公用文の表記の在り方について議論が行われている。",
        ({"文化審議会国語分科会"}, {"文化審議会", "国語分科会"}),
    ),
    (
        "社会保障審議会医療保険部会において、オンライン資格確認の導入について議論した。",
        ({"社会保障審議会医療保険部会"}, {"社会保障審議会", "医療保険部会"}),
    ),
    (
        "厚生労働省は「医療情報システムの安全管理に関する検討会」を設置した。",
        {"厚生労働省", "医療情報システムの安全管理に関する検討会"},
    ),
    ("自治体DX推進研究会の報告書を踏まえ、業務の標準化を進める。", {"自治体DX推進研究会"}),
    ("国家戦略特別区域諮問会議の決定に基づき、規制の特例を講ずる。", {"国家戦略特別区域諮問会議"}),
    (
        "データ戦略タスクフォースにおいて、ベース・レジストリの整備方針を検討した。",
        {"データ戦略タスクフォース"},
    ),
    (
        "オープンデータ推進ワーキンググループを開催し、公開方針について意見を聴取した。",
        {"オープンデータ推進ワーキンググループ"},
    ),
    (
        "電気通信事業政策部会の下に置かれた接続政策委員会で審議を行った。",
        {"電気通信事業政策部会", "接続政策委員会"},
    ),
    (
        "情報通信審議会の技術分科会に設けられた小委員会において検討中である。",
        {"情報通信審議会", "技術分科会"},
    ),
    # units inside ministries, after the body they belong to
    ("詳細は厚生労働省医政局研究開発振興課に問い合わせること。", {"厚生労働省", "医政局研究開発振興課"}),
    ("総務省自治行政局住民制度課が通知を発出した。", {"総務省", "自治行政局住民制度課"}),
    ("経済産業省商務情報政策局情報経済課が事務局を務める。", {"経済産業省", "商務情報政策局情報経済課"}),
    # independent administrative agencies and corporations
    (
        "独立行政法人情報処理推進機構（IPA）が公開した手引きを参照する。",
        ({"独立行政法人情報処理推進機構", "IPA"}, {"情報処理推進機構", "IPA"}),
    ),
    (
        "国立研究開発法人産業技術総合研究所と共同で実証を行う。",
        ({"国立研究開発法人産業技術総合研究所"}, {"産業技術総合研究所"}),
    ),
    (
        "独立行政法人統計センターが提供するシステムを利用する。",
        ({"独立行政法人統計センター"}, {"統計センター"}),
    ),
    ("マイナンバーカードは地方公共団体情報システム機構が発行する。", {"地方公共団体情報システム機構"}),
    ("国際標準化機構が定める規格に準拠する。", set()),  # an international standards body, not a public one
    # prefectures and municipalities; a municipality after its prefecture is one mention
    # (tests/gold/README.md: 「石川県加賀市」)
    ("神奈川県横浜市では、オープンデータの公開を進めている。", {"神奈川県横浜市"}),
    ("福岡市及び北九州市の先行事例を参考にする。", {"福岡市", "北九州市"}),
    ("東京都千代田区の窓口で申請を受け付ける。", {"東京都千代田区"}),
    ("北海道ニセコ町では、住民参加型の計画策定を行っている。", {"北海道ニセコ町"}),
    ("大阪府と大阪市が共同で設置した副首都推進本部", {"大阪府", "大阪市", "副首都推進本部"}),
    # generic references are no bodies
    ("国は、関係省庁と連携し、地方公共団体の取組を支援する。", set()),
    ("各府省は、民間事業者の意見を聴いた上で、方針を定める。", set()),
    ("市町村においては、住民への周知を徹底すること。", set()),
    ("有識者会議の意見を踏まえて検討する。", set()),
    ("関係府省会議を開催し、進捗を確認した。", set()),
]


@pytest.mark.parametrize(("text", "expected"), BODIES, ids=[row[0][:16] for row in BODIES])
def test_named_bodies(text: str, expected: set[str] | tuple[set[str], ...]) -> None:
    readings = expected if isinstance(expected, tuple) else (expected,)
    assert bodies(text) in readings


COUNCILS = [row[0] for row in BODIES[:10]]


@pytest.mark.parametrize("text", COUNCILS, ids=[t[:16] for t in COUNCILS])
def test_councils_are_councils(text: str) -> None:
    found = find_agencies(text)
    assert [m.text for m in found if m.kind == "council"], [(m.text, m.kind) for m in found]


@pytest.mark.parametrize(
    ("text", "unit", "parent"),
    [
        ("詳細は厚生労働省医政局研究開発振興課に問い合わせること。", "医政局研究開発振興課", "mhlw"),
        ("総務省自治行政局住民制度課が通知を発出した。", "自治行政局住民制度課", "mic"),
        ("経済産業省商務情報政策局情報経済課が事務局を務める。", "商務情報政策局情報経済課", "meti"),
        ("横浜市デジタル統括本部が庁内の調整を担う。", "デジタル統括本部", "lg-141003"),
    ],
)
def test_units_and_their_parents(text: str, unit: str, parent: str) -> None:
    (found,) = [m for m in find_agencies(text) if m.text == unit]
    assert found.parent == parent


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("神奈川県横浜市では、オープンデータの公開を進めている。", ["lg-141003"]),
        ("福岡市及び北九州市の先行事例を参考にする。", ["lg-401307", "lg-401005"]),
        ("茨城県つくば市と福島県会津若松市が実証に参加した。", ["lg-082201", "lg-072028"]),
        ("静岡県及び浜松市並びに静岡市", ["lg-220001", "lg-221309", "lg-221007"]),
        # a name two municipalities share is resolved only with its prefecture
        ("東京都府中市と広島県府中市", ["lg-132063", "lg-342084"]),
        ("府中市の事例", []),
    ],
)
def test_local_governments_by_their_codes(text: str, codes: list[str]) -> None:
    assert [m.key for m in find_agencies(text)] == codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("知的財産戦略本部が決定した計画に基づく。", {"知的財産戦略本部"}),
        (
            "高度情報通信ネットワーク社会推進戦略本部が決定した。",
            {"高度情報通信ネットワーク社会推進戦略本部"},
        ),
        ("横浜市デジタル統括本部が庁内の調整を担う。", {"横浜市", "デジタル統括本部"}),  # a unit
        ("災害対策本部を設置した。", set()),  # which one the text does not say
        ("推進本部の下に幹事会を置く。", set()),
    ],
)
def test_a_headquarters_by_its_form(text: str, expected: set[str]) -> None:
    assert bodies(text) == expected


@pytest.mark.parametrize(
    ("text", "references"),
    [
        ("国は、関係省庁と連携し、地方公共団体の取組を支援する。", ["国", "関係省庁", "地方公共団体"]),
        ("各府省は、民間事業者の意見を聴いた上で、方針を定める。", ["各府省", "民間事業者"]),
        ("市町村においては、住民への周知を徹底すること。", ["市町村"]),
        ("自治体の負担を軽減するため、国が費用を負担する。", ["自治体", "国"]),
    ],
)
def test_generic_references_are_kept_apart(text: str, references: list[str]) -> None:
    assert [r.text for r in find_references(text)] == references
    assert bodies(text) == set()


# (sentence, the laws in it, by surface; a tuple of lists where a name may be read two ways)
LAWS: list[tuple[str, list[str] | tuple[list[str], ...]]] = [
    (
        "行政手続における特定の個人を識別するための番号の利用等に関する法律に基づき、情報連携を行う。",
        ["行政手続における特定の個人を識別するための番号の利用等に関する法律"],
    ),
    ("個人情報の保護に関する法律施行令第5条に規定する者", ["個人情報の保護に関する法律施行令"]),
    ("電子署名及び認証業務に関する法律施行規則を改正した。", ["電子署名及び認証業務に関する法律施行規則"]),
    ("住民基本台帳法施行規則に定める様式により届け出る。", ["住民基本台帳法施行規則"]),
    ("令和3年法律第37号により改正された規定を適用する。", ["令和3年法律第37号"]),
    (
        "横浜市個人情報の保護に関する条例に基づき、開示請求を受け付ける。",
        ["横浜市個人情報の保護に関する条例"],
    ),
    ("道路交通法の改正により、運転免許証の記載事項が変わる。", ["道路交通法"]),
    ("統計法（平成19年法律第53号）第2条に定める公的統計", (["統計法"], ["統計法", "平成19年法律第53号"])),
    ("いわゆる番号法の規定により、利用範囲が定められている。", ["番号法"]),
    ("建築基準法及び都市計画法の手続をオンライン化する。", ["建築基準法", "都市計画法"]),
    # false friends: no law
    ("データの収集方法と分析手法を見直す。", []),
    ("日本語の文法に従って表記する。", []),
    ("憲法上の要請を踏まえて制度を設計する。", []),
    ("独立行政法人や公益法人の役割を整理する。", []),
    ("法務省と連携して検討を進める。", []),
    ("法制審議会に諮問した。", []),
    ("効果的な指導法を研究し、教員研修に反映する。", []),
    ("個人情報保護法検討会において論点を整理した。", []),  # 「…法」 inside a body's name
    # policy documents, strategies and guidelines are never laws
    ("包括的データ戦略に基づき、データ連携基盤を整備する。", []),
    ("政府情報システムにおけるクラウドサービスの利用に係る基本方針に沿って調達する。", []),
    ("医療情報システムの安全管理に関するガイドラインを改定した。", []),
    ("デジタル・ガバメント実行計画に沿って取組を進める。", []),
    ("第5次男女共同参画基本計画を閣議決定した。", []),
]


@pytest.mark.parametrize(("text", "expected"), LAWS, ids=[row[0][:16] for row in LAWS])
def test_laws_by_form_and_their_false_friends(text: str, expected: list[str] | tuple[list[str], ...]) -> None:
    readings = expected if isinstance(expected, tuple) else (expected,)
    assert [m.text for m in find_laws(text)] in readings


def actions(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    laws, dates = find_laws(text), find_dates(text, DateContext(REPORT))
    return [(a.act_kind, a.kind, a.laws) for a in find_actions(text, laws, dates)]


# (sentence, (act kind, action kind, laws it names) of each action, in order)
ACTIONS: list[tuple[str, list[tuple[str, str, tuple[str, ...]]]]] = [
    ("令和4年度中に関係法令の法改正を実施する予定である。", [("法律", "amendment", ())]),
    ("内閣府令改正を行い、届出の様式を見直した（3年12月）。", [("府令", "revision", ())]),
    ("施行規則等の省令整備を行った。", [("省令", "revision", ())]),
    ("本人確認の方法について、必要な法制上の措置を講ずる。", [("", "legal_measure", ())]),
    # 検討 only: the act is considered, none is stated as taken or planned
    ("氏名の振り仮名の法制化に向けて検討を進める。", []),
    ("次期通常国会に法案を提出することを目指す。", [("法律", "bill", ())]),
    ("政令改正により、対象となる事務を追加した。", [("政令", "revision", ())]),
    ("手数料を見直すため、条例改正を行う。", [("条例", "revision", ())]),
]


@pytest.mark.parametrize(("text", "expected"), ACTIONS, ids=[row[0][:16] for row in ACTIONS])
def test_legislative_actions_keep_the_kind_of_act_and_invent_no_law(
    text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert actions(text) == expected
    assert find_laws(text) == []


# A second set, written after the first was made to pass, measured again before any fix.
BODIES_2: list[tuple[str, set[str] | tuple[set[str], ...]]] = [
    ("環境省大臣官房総務課環境情報室が取りまとめを行う。", {"環境省", "大臣官房総務課環境情報室"}),
    ("静岡市総務局ICT推進課が窓口となる。", {"静岡市", "総務局ICT推進課"}),
    (
        "第3回デジタル社会推進会議幹事会を書面で開催した。",
        ({"デジタル社会推進会議幹事会"}, {"デジタル社会推進会議"}, {"デジタル社会推進会議", "幹事会"}),
    ),
    (
        "「地域における情報化の推進に関する研究会」の報告を受けて制度を見直す。",
        {"地域における情報化の推進に関する研究会"},
    ),
    (
        "産業構造審議会商務流通情報分科会情報経済小委員会において中間整理を行った。",
        (
            {"産業構造審議会商務流通情報分科会情報経済小委員会"},
            {"産業構造審議会", "商務流通情報分科会", "情報経済小委員会"},
        ),
    ),
    ("規制改革推進会議の答申を踏まえ、所要の措置を講ずる。", {"規制改革推進会議"}),
    ("地方制度調査会の答申において指摘された事項", {"地方制度調査会"}),
    (
        "独立行政法人国民生活センターと連携して相談体制を整える。",
        ({"独立行政法人国民生活センター"}, {"国民生活センター"}),
    ),
    ("政府及び地方の関係者が参加する協議の場を設ける。", set()),
    ("都道府県は、管内の市区町村に対して助言を行う。", set()),
    ("国立大学法人等の研究機関と連携する。", set()),
]


@pytest.mark.parametrize(("text", "expected"), BODIES_2, ids=[row[0][:16] for row in BODIES_2])
def test_named_bodies_second_set(text: str, expected: set[str] | tuple[set[str], ...]) -> None:
    readings = expected if isinstance(expected, tuple) else (expected,)
    assert bodies(text) in readings


LAWS_2: list[tuple[str, list[str] | tuple[list[str], ...]]] = [
    (
        "情報通信技術を活用した行政の推進等に関する法律第3条に基づき、",
        ["情報通信技術を活用した行政の推進等に関する法律"],
    ),
    ("戸籍法施行規則の一部を改正し、様式を追加する。", ["戸籍法施行規則"]),
    ("地方税法施行令で定める基準に従う。", ["地方税法施行令"]),
    ("電子委任状の普及の促進に関する法律が施行された。", ["電子委任状の普及の促進に関する法律"]),
    ("平成二十五年法律第二十七号の規定による。", ["平成二十五年法律第二十七号"]),
    ("つくば市情報公開条例に基づき公開する。", ["つくば市情報公開条例"]),
    ("個人情報保護法ガイドラインを改訂した。", []),  # 「…法」 inside a document's name
    ("マイナンバー法改正検討会において議論した。", []),  # inside a body's name
    ("業務改善の手法として、新たな解法を試行する。", []),
    ("憲法上の制約に留意する。", []),
    ("法人番号の付番を行う。", []),
    ("法務局において登記を行う。", []),
    ("クラウド・バイ・デフォルト原則を定めた基本方針に従う。", []),
    ("データ品質管理ガイドブックを参照する。", []),
    ("デジタル田園都市国家構想総合戦略を改訂した。", []),
    ("自治体DX推進計画に基づき、取組を進める。", []),
]


@pytest.mark.parametrize(("text", "expected"), LAWS_2, ids=[row[0][:16] for row in LAWS_2])
def test_laws_second_set(text: str, expected: list[str] | tuple[list[str], ...]) -> None:
    readings = expected if isinstance(expected, tuple) else (expected,)
    assert [m.text for m in find_laws(text)] in readings


ACTIONS_2: list[tuple[str, list[tuple[str, str, tuple[str, ...]]]]] = [
    ("府令改正により、届出の添付書類を省略可能とした。", [("府令", "revision", ())]),
    ("総務省令を改正し、様式を定めた。", [("省令", "revision", ())]),
    ("所要の法改正を実施した（令和3年5月）。", [("法律", "amendment", ())]),
    # 検討 only: the act is considered, none is stated as taken or planned
    ("新たな制度の法制化を検討する。", []),
    ("関連法案を国会に提出した。", [("法律", "bill", ())]),
]


@pytest.mark.parametrize(("text", "expected"), ACTIONS_2, ids=[row[0][:16] for row in ACTIONS_2])
def test_legislative_actions_second_set(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert actions(text) == expected
    assert find_laws(text) == []


# Found wrong while the sets above were made to pass (not counted in their first-run figures).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "個人情報保護委員会の在り方に関する検討会を開催した。",
            {"個人情報保護委員会の在り方に関する検討会"},
        ),
        ("今後の医療情報の取扱いに関する検討会において議論した。", {"医療情報の取扱いに関する検討会"}),
        ("介護保険制度の見直しに関する部会を設ける。", {"介護保険制度の見直しに関する部会"}),
        ("デジタル社会推進会議及び個人情報保護委員会", {"デジタル社会推進会議", "個人情報保護委員会"}),
    ],
)
def test_council_names_with_kana_words_and_after_another_body(text: str, expected: set[str]) -> None:
    assert bodies(text) == expected


# A third set, measured before its fixes (23 of 25 passed).
BODIES_3: list[tuple[str, set[str] | tuple[set[str], ...]]] = [
    ("本市では、千葉県千葉市の事例を参考に、窓口のオンライン化を進める。", {"千葉県千葉市"}),
    ("さいたま市及び川崎市と共同で調達を行う。", {"さいたま市", "川崎市"}),
    ("鳥取県の担当課と協議を行った。", {"鳥取県"}),
    ("総務省情報流通行政局地域通信振興課が実施する事業", {"総務省", "情報流通行政局地域通信振興課"}),
    ("デジタル庁は、各府省と連携して取り組む。", {"デジタル庁"}),
    ("内閣官房情報通信技術（IT）総合戦略室が取りまとめた。", {"内閣官房", "情報通信技術（IT）総合戦略室"}),
    (
        "厚生科学審議会予防接種・ワクチン分科会において了承された。",
        ({"厚生科学審議会予防接種・ワクチン分科会"}, {"厚生科学審議会", "予防接種・ワクチン分科会"}),
    ),
    ("日本年金機構が送付する通知書", {"日本年金機構"}),
    (
        "独立行政法人国立病院機構の病院において実証を行う。",
        ({"独立行政法人国立病院機構"}, {"国立病院機構"}),
    ),
    ("関係機関や民間事業者と意見交換を行う。", set()),
    ("地方自治体の職員向けに研修を実施する。", set()),
    ("政府全体で取り組む必要がある。", set()),
]


@pytest.mark.parametrize(("text", "expected"), BODIES_3, ids=[row[0][:16] for row in BODIES_3])
def test_named_bodies_third_set(text: str, expected: set[str] | tuple[set[str], ...]) -> None:
    readings = expected if isinstance(expected, tuple) else (expected,)
    assert bodies(text) in readings


LAWS_3: list[tuple[str, list[str]]] = [
    (
        "電子計算機処理に係る手続の特例に関する法律を廃止する。",
        ["電子計算機処理に係る手続の特例に関する法律"],
    ),
    ("医療法施行規則第1条の規定に基づき", ["医療法施行規則"]),
    ("行政手続法第2条に規定する処分", ["行政手続法"]),
    ("本条例は、福岡市情報公開条例の特例を定める。", ["福岡市情報公開条例"]),
    ("新しい分析手法と評価方法を導入した。", []),
    ("法人税の申告手続を電子化する。", []),
    ("公文書管理の方針を定めた。", []),
    ("次期行政情報化推進計画を策定する。", []),
    ("法律上の根拠を明確にする。", []),
]


@pytest.mark.parametrize(("text", "expected"), LAWS_3, ids=[row[0][:16] for row in LAWS_3])
def test_laws_third_set(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_laws(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("所要の省令改正を行った（令和3年9月）。", [("省令", "revision", ())]),
        ("条例の制定に向けて、市議会に議案を提出する。", [("条例", "enactment", ())]),
        ("必要な法整備を行う。", [("法律", "legal_measure", ())]),
    ],
)
def test_legislative_actions_third_set(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert actions(text) == expected
    assert find_laws(text) == []


def test_a_named_law_the_text_amends_with_wo() -> None:
    # 「…法を改正し」: the action amends the law it names, and the law's relation says so
    text = "個人情報保護法を改正し、規律を一元化した。"
    assert actions(text) == [("法律", "amendment", ("personal-information-protection-act",))]
    assert [(m.text, m.relation) for m in find_laws(text)] == [("個人情報保護法", "amends")]


# A fourth set, in the prose of council minutes and municipal plans (25 of 26 passed before its fix).
BODIES_4: list[tuple[str, set[str] | tuple[set[str], ...]]] = [
    ("委員からは、消費者委員会の建議を踏まえるべきとの意見があった。", {"消費者委員会"}),
    (
        "事務局（内閣府地方創生推進事務局）から資料2について説明があった。",
        ({"内閣府", "地方創生推進事務局"}, {"内閣府"}),
    ),
    ("座長：○○（△△大学教授）、オブザーバー：総務省、文部科学省", {"総務省", "文部科学省"}),
    ("第2回教育データ利活用ロードマップ検討会議を開催した。", {"教育データ利活用ロードマップ検討会議"}),
    ("熊本県熊本市及び宮城県仙台市の担当者から発表があった。", {"熊本県熊本市", "宮城県仙台市"}),
    ("愛知県豊田市では、高齢者の移動支援に取り組んでいる。", {"愛知県豊田市"}),
    ("沖縄県と那覇市が連携して実施する。", {"沖縄県", "那覇市"}),
    ("国土交通省道路局の通知に基づき、", {"国土交通省", "道路局"}),
    ("農林水産省大臣官房統計部が公表した統計", {"農林水産省", "大臣官房統計部"}),
    (
        "国立研究開発法人情報通信研究機構（NICT）の協力を得た。",
        (
            {"国立研究開発法人情報通信研究機構", "NICT"},
            {"情報通信研究機構", "NICT"},
            {"国立研究開発法人情報通信研究機構"},
        ),
    ),
    ("地方公共団体金融機構から貸付を受ける。", {"地方公共団体金融機構"}),
    ("各都道府県及び指定都市に対し通知した。", set()),
    ("国及び地方公共団体は、必要な措置を講ずるよう努めなければならない。", set()),
]


@pytest.mark.parametrize(("text", "expected"), BODIES_4, ids=[row[0][:16] for row in BODIES_4])
def test_named_bodies_fourth_set(text: str, expected: set[str] | tuple[set[str], ...]) -> None:
    readings = expected if isinstance(expected, tuple) else (expected,)
    assert bodies(text) in readings


LAWS_4: list[tuple[str, list[str] | tuple[list[str], ...]]] = [
    (
        "デジタル社会形成基本法（令和3年法律第35号）に基づき",
        (["デジタル社会形成基本法"], ["デジタル社会形成基本法", "令和3年法律第35号"]),
    ),
    ("公的個人認証法施行令を改正する。", ["公的個人認証法施行令"]),
    ("番号法第19条第8号に基づく情報連携", ["番号法"]),
    (
        "行政機関の保有する情報の公開に関する法律に基づく開示請求",
        ["行政機関の保有する情報の公開に関する法律"],
    ),
    ("川崎市自治基本条例の理念に基づき", ["川崎市自治基本条例"]),
    ("「デジタル社会の実現に向けた重点計画」を閣議決定した。", []),
    ("「教育データの利活用に係る論点整理」を公表した。", []),
    ("個人情報保護法の解釈を示したQ&Aを公表した。", ["個人情報保護法"]),
    ("新たな評価手法の開発に取り組む。", []),
    ("法定受託事務として実施する。", []),
]


@pytest.mark.parametrize(("text", "expected"), LAWS_4, ids=[row[0][:16] for row in LAWS_4])
def test_laws_fourth_set(text: str, expected: list[str] | tuple[list[str], ...]) -> None:
    readings = expected if isinstance(expected, tuple) else (expected,)
    assert [m.text for m in find_laws(text)] in readings


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # …法施行規則 is a ministry's ordinance (省令), and an ordinance is revised
        ("児童手当法施行規則の改正（令和4年6月施行）", [("省令", "revision", ("児童手当法施行規則",))]),
        ("省令改正により、押印を不要とした。", [("省令", "revision", ())]),
        ("デジタル手続法の改正を行う。", [("法律", "amendment", ("digital-procedures-act",))]),
        ("所要の法的整備を行った上で、令和5年度から運用を開始する。", [("法律", "legal_measure", ())]),
    ],
)
def test_legislative_actions_fourth_set(text: str, expected: list[tuple[str, str, tuple[str, ...]]]) -> None:
    assert actions(text) == expected
