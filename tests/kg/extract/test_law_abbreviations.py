"""Statutes named by their customary abbreviations (略称) in the prose of plans and notices.

Sentences written for this module in the manner of ministry plans, municipal plans and 通知, none
taken from a corpus; each names laws by the short forms practice uses, most of them contractions no
rule can read back (「児福法」: one character of each word of 児童福祉法), and no sentence defines
its abbreviation.  The expected laws (surface, and the title of the act it names in the statute
book) were written by reading the sentence, before the extractor was run on it.
"""

from __future__ import annotations

import pytest

from kg.extract.gazetteers import read_gazetteer_csv
from kg.extract.laws import find_laws, law_gazetteer
from kg.extract.statutes import statute_book


def law_key(title: str) -> str:
    """The key a law of ``title`` has: the project's own key, or its e-Gov law ID."""
    for entry in law_gazetteer():
        if entry.name == title:
            return entry.key
    statute = statute_book().by_title(title)
    assert statute is not None, title
    return statute.egov_id


# (sentence, the laws it names in order: (surface, title of the act))
SENTENCES: list[tuple[str, list[tuple[str, str]]]] = [
    # civil and commercial law, procedure, registration
    (
        "区分所有法に基づく管理組合の集会の運営について、標準的な規約の見直しを行う。",
        [("区分所有法", "建物の区分所有等に関する法律")],
    ),
    (
        "成年被後見人の登記事務については、後見登記法の定めるところによる。",
        [("後見登記法", "後見登記等に関する法律")],
    ),
    ("相続登記の申請の義務化に向けて、不登法の改正内容を住民に周知する。", [("不登法", "不動産登記法")]),
    ("NPO法に基づく認証事務を、県から市町村へ移譲する。", [("NPO法", "特定非営利活動促進法")]),
    (
        "裁判手続のIT化に伴い、民訴法及び民執法の改正に対応した運用を検討する。",
        [("民訴法", "民事訴訟法"), ("民執法", "民事執行法")],
    ),
    (
        "暗号資産交換業者に対する監督は、資金決済法及び金商法の規定に基づき行う。",
        [("資金決済法", "資金決済に関する法律"), ("金商法", "金融商品取引法")],
    ),
    (
        "本人確認の方法は、犯収法で定める取引時確認の方法に準じて行うこととする。",
        [("犯収法", "犯罪による収益の移転防止に関する法律")],
    ),
    # administration, local government, public finance
    (
        "申請に対する処分については、行手法第5条に基づき審査基準を定めて公にしている。",
        [("行手法", "行政手続法")],
    ),
    ("不服申立ての手続は、行服法に基づき審理員が審理を行う。", [("行服法", "行政不服審査法")]),
    (
        "地方独立行政法人化については、地独法の規定に従い中期目標を定める。",
        [("地独法", "地方独立行政法人法")],
    ),
    (
        "補助事業者が交付決定の内容に違反した場合には、適化法に基づき交付決定を取り消すことがある。",
        [("適化法", "補助金等に係る予算の執行の適正化に関する法律")],
    ),
    (
        "公共施設の更新に当たっては、PFI法に基づく事業手法の導入を優先的に検討する。",
        [("PFI法", "民間資金等の活用による公共施設等の整備等の促進に関する法律")],
    ),
    ("水道事業には地公企法の全部を適用し、経営の透明性を高める。", [("地公企法", "地方公営企業法")]),
    ("外部監査の実施は、自治法第252条の36に定めるところによる。", [("自治法", "地方自治法")]),
    (
        "国家戦略特区法に基づく区域計画の認定を受け、規制の特例措置を活用する。",
        [("国家戦略特区法", "国家戦略特別区域法")],
    ),
    # welfare, children
    ("児福法に基づく一時保護の体制を強化するため、一時保護所の定員を拡充する。", [("児福法", "児童福祉法")]),
    (
        "生活困窮世帯への支援については、社福法に基づく地域福祉計画に位置付けて推進する。",
        [("社福法", "社会福祉法")],
    ),
    ("要介護認定の事務は、介保法の規定により市が行う。", [("介保法", "介護保険法")]),
    ("養護老人ホームへの入所措置は、老福法に基づき市町村が行うものである。", [("老福法", "老人福祉法")]),
    (
        "精神保健福祉法に基づく措置入院の運用について、関係機関との連携を強化する。",
        [("精神保健福祉法", "精神保健及び精神障害者福祉に関する法律")],
    ),
    (
        "高齢者虐待防止法及び障害者虐待防止法に基づく通報への対応窓口を一本化する。",
        [
            ("高齢者虐待防止法", "高齢者虐待の防止、高齢者の養護者に対する支援等に関する法律"),
            ("障害者虐待防止法", "障害者虐待の防止、障害者の養護者に対する支援等に関する法律"),
        ],
    ),
    (
        "バリアフリー法に基づく移動等円滑化促進方針を令和7年度までに策定する。",
        [("バリアフリー法", "高齢者、障害者等の移動等の円滑化の促進に関する法律")],
    ),
    (
        "幼保連携型認定こども園の認可は、認定こども園法に基づき県が行う。",
        [("認定こども園法", "就学前の子どもに関する教育、保育等の総合的な提供の推進に関する法律")],
    ),
    (
        "ひとり親家庭の自立支援は、母子父子寡婦福祉法に基づく自立促進計画により進める。",
        [("母子父子寡婦福祉法", "母子及び父子並びに寡婦福祉法")],
    ),
    # health
    (
        "感染症法に基づく入院勧告の対象となる患者の移送体制を確保する。",
        [("感染症法", "感染症の予防及び感染症の患者に対する医療に関する法律")],
    ),
    (
        "指定難病の医療費助成は、難病法の規定に基づき県が実施する。",
        [("難病法", "難病の患者に対する医療等に関する法律")],
    ),
    (
        "後期高齢者の保健事業と介護予防の一体的な実施は、高確法の改正により制度化された。",
        [("高確法", "高齢者の医療の確保に関する法律")],
    ),
    (
        "国保法に基づく保険者努力支援制度の評価指標を踏まえ、特定健診の受診率向上に取り組む。",
        [("国保法", "国民健康保険法")],
    ),
    (
        "動物愛護管理法の改正を受けて、犬猫へのマイクロチップ装着の周知を図る。",
        [("動物愛護管理法", "動物の愛護及び管理に関する法律")],
    ),
    ("墓埋法に基づく墓地経営の許可の基準を見直す。", [("墓埋法", "墓地、埋葬等に関する法律")]),
    # education
    (
        "地教行法の改正により、首長が総合教育会議を設置することとされた。",
        [("地教行法", "地方教育行政の組織及び運営に関する法律")],
    ),
    (
        "教員の時間外在校等時間の上限については、給特法に基づく指針を踏まえて管理する。",
        [("給特法", "公立の義務教育諸学校等の教育職員の給与等に関する特別措置法")],
    ),
    (
        "不登校児童生徒への支援は、教育機会確保法の趣旨を踏まえて行う。",
        [("教育機会確保法", "義務教育の段階における普通教育に相当する教育の機会の確保等に関する法律")],
    ),
    (
        "学級編制の標準は義務標準法に定められており、小学校は段階的に35人学級とされている。",
        [("義務標準法", "公立義務教育諸学校の学級編制及び教職員定数の標準に関する法律")],
    ),
    # labour
    (
        "障害者雇用促進法に基づく法定雇用率の達成に向け、職域の拡大を進める。",
        [("障害者雇用促進法", "障害者の雇用の促進等に関する法律")],
    ),
    (
        "女性活躍推進法に基づく特定事業主行動計画を改定し、男性職員の育児休業取得率の目標を定めた。",
        [("女性活躍推進法", "女性の職業生活における活躍の推進に関する法律")],
    ),
    (
        "派遣法及び職安法の改正内容について、事業主向けの説明会を開催する。",
        [
            ("派遣法", "労働者派遣事業の適正な運営の確保及び派遣労働者の保護等に関する法律"),
            ("職安法", "職業安定法"),
        ],
    ),
    (
        "65歳までの雇用確保措置は、高年法により全ての事業主に義務付けられている。",
        [("高年法", "高年齢者等の雇用の安定等に関する法律")],
    ),
    # land, building, town planning
    (
        "土砂災害防止法に基づく基礎調査の結果を公表し、警戒区域の指定を進める。",
        [("土砂災害防止法", "土砂災害警戒区域等における土砂災害防止対策の推進に関する法律")],
    ),
    (
        "宅建業法の改正により、重要事項説明に水害リスク情報の説明が追加された。",
        [("宅建業法", "宅地建物取引業法")],
    ),
    (
        "都市再生特措法に基づく立地適正化計画において、居住誘導区域を設定する。",
        [("都市再生特措法", "都市再生特別措置法")],
    ),
    (
        "耐震改修促進法に基づき、要緊急安全確認大規模建築物の耐震診断結果を公表した。",
        [("耐震改修促進法", "建築物の耐震改修の促進に関する法律")],
    ),
    (
        "所有者不明土地法に基づく地域福利増進事業の活用を検討する。",
        [("所有者不明土地法", "所有者不明土地の利用の円滑化等に関する特別措置法")],
    ),
    (
        "農振法に基づく農用地区域からの除外の手続は、年2回受け付けている。",
        [("農振法", "農業振興地域の整備に関する法律")],
    ),
    # environment, energy
    (
        "温対法に基づく地方公共団体実行計画（区域施策編）を改定する。",
        [("温対法", "地球温暖化対策の推進に関する法律")],
    ),
    (
        "工場・事業場の排水については、水濁法に基づく排水基準の遵守状況を立入検査により確認する。",
        [("水濁法", "水質汚濁防止法")],
    ),
    (
        "大防法の改正により、建築物の解体等に係る石綿の飛散防止対策が強化された。",
        [("大防法", "大気汚染防止法")],
    ),
    ("土対法に基づく形質変更時要届出区域の台帳を公開している。", [("土対法", "土壌汚染対策法")]),
    (
        "容リ法に基づく分別収集計画を策定し、プラスチック製容器包装の分別収集を継続する。",
        [("容リ法", "容器包装に係る分別収集及び再商品化の促進等に関する法律")],
    ),
    (
        "省エネ法に基づく特定事業者として、エネルギー消費原単位を年平均1%以上低減する。",
        [("省エネ法", "エネルギーの使用の合理化等に関する法律")],
    ),
    (
        "鳥獣保護管理法に基づく第二種特定鳥獣管理計画により、ニホンジカの個体数を管理する。",
        [("鳥獣保護管理法", "鳥獣の保護及び管理並びに狩猟の適正化に関する法律")],
    ),
    # tax, finance, transport, police, information
    ("租特法に定める特例措置の適用期限の延長を要望する。", [("租特法", "租税特別措置法")]),
    (
        "輸出管理については、外為法に基づく許可を要する貨物の該非判定を徹底する。",
        [("外為法", "外国為替及び外国貿易法")],
    ),
    ("自賠法に基づく政府保障事業の周知を図る。", [("自賠法", "自動車損害賠償保障法")]),
    (
        "暴対法に基づく中止命令の件数は、前年と比べて減少した。",
        [("暴対法", "暴力団員による不当な行為の防止等に関する法律")],
    ),
    (
        "武力攻撃事態等に備え、国民保護法に基づく避難実施要領のパターンを作成する。",
        [("国民保護法", "武力攻撃事態等における国民の保護のための措置に関する法律")],
    ),
    (
        "激甚法に基づく激甚災害の指定を受け、災害復旧事業の国庫補助率がかさ上げされた。",
        [("激甚法", "激甚災害に対処するための特別の財政援助等に関する法律")],
    ),
    (
        "電気通信事業者による利用者情報の取扱いについては、電通事業法の規律が適用される。",
        [("電通事業法", "電気通信事業法")],
    ),
    (
        "営業秘密の漏えい事案には、不競法に基づく差止請求や刑事告訴で対応する。",
        [("不競法", "不正競争防止法")],
    ),
    (
        "国と地方の行政手続における本人確認は、番号法と住基法の改正を踏まえて見直す。",
        [
            ("番号法", "行政手続における特定の個人を識別するための番号の利用等に関する法律"),
            ("住基法", "住民基本台帳法"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_abbreviations_name_their_acts(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(m.text, m.key) for m in find_laws(text)]
    assert found == [(surface, law_key(title)) for surface, title in expected]


def test_sixty_sentences() -> None:
    assert len(SENTENCES) == 60


# An abbreviation at the start or the end of a longer name does not cut it: (sentence, the one
# mention, the act its surface names or None where it is another act (an order, an amending act),
# its relation).
LONGER_NAMES: list[tuple[str, str, str | None, str | None]] = [
    ("温対法施行令の改正に合わせて、算定方法を見直す。", "温対法施行令", None, None),
    ("大防法施行規則に定める作業基準を遵守させる。", "大防法施行規則", None, None),
    ("改正児福法の施行に向けて、こども家庭センターの設置を準備する。", "児福法", "児童福祉法", "amends"),
    ("介保法改正により、地域支援事業の見直しが行われた。", "介保法", "介護保険法", "amends"),
    (
        "改正省エネ法に基づき、非化石エネルギーへの転換に関する中長期計画を作成する。",
        "省エネ法",
        "エネルギーの使用の合理化等に関する法律",
        "amends",
    ),
]


@pytest.mark.parametrize(("text", "surface", "title", "relation"), LONGER_NAMES)
def test_an_abbreviation_inside_a_longer_name_is_not_cut(
    text: str, surface: str, title: str | None, relation: str | None
) -> None:
    (mention,) = find_laws(text)
    assert mention.text == surface
    if title is None:  # an order named after its act is an act of its own
        assert mention.key not in {law_key(t) for t in ("地球温暖化対策の推進に関する法律", "大気汚染防止法")}
    else:
        assert (mention.key, mention.relation) == (law_key(title), relation)


def test_an_amending_act_named_by_abbreviation_amends_that_act() -> None:
    text = "感染症法等の一部を改正する法律の施行に伴い、医療措置協定の締結を進める。"
    (act,) = find_laws(text)
    assert act.text == "感染症法等の一部を改正する法律"
    assert [m.key for m in act.amended] == [law_key("感染症の予防及び感染症の患者に対する医療に関する法律")]


def test_a_law_by_title_and_by_abbreviation_in_one_text_is_one_law() -> None:
    text = (
        "地球温暖化対策の推進に関する法律に基づき実行計画を策定した。"
        "温対法の改正を踏まえ、促進区域の設定を検討する。"
    )
    title, short = find_laws(text)
    assert (title.text, short.text) == ("地球温暖化対策の推進に関する法律", "温対法")
    assert title.key == short.key == law_key("地球温暖化対策の推進に関する法律")
    statute = statute_book().get(short.key)
    assert statute is not None and "温対法" in statute.abbreviations  # its skos:altLabel


def test_every_abbreviation_names_one_title() -> None:
    # An abbreviation customary for two acts is left out of the list, not given to one of them.
    titles: dict[str, set[str]] = {}
    for row in read_gazetteer_csv("law_abbreviations.csv"):
        titles.setdefault(row["abbreviation"], set()).add(row["title"])
    assert [a for a, t in titles.items() if len(t) > 1] == []
    assert len(titles) > 300
