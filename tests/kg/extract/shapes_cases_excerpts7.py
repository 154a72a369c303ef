"""Excerpts of Japanese government documents whose labels carry what is no part of the item's name,
with the items a reader takes from them (test_shapes_excerpts.py holds the figures they give).

Every excerpt is invented (place names fictitious; ministries real names in invented sentences).
The shapes: an 実行計画 whose numbered sentences close with the agency that carries them out
(「【担当：観光庁】」, 「〔所管：…〕」); a plain-text 報告書 numbered in full width with a dash
(「２－１．…している。」 sentences under 「２．課題」, 「４－１．」 topics over （１） sentences); 「重点事項N」
headings over a bold 「**課題**」 lead and a 「**具体的な取組**」 list; 「方向性N：」 headings over
bullets; English section names glossed in Japanese (「Challenges（現状の課題）」); a plain-text 部会報告
whose chapters each hold 「１．目指すべき姿」, 「２．現状と課題」 (○ lines) and 「３．提言」; a 研究開発計画 whose (a)/(b) topics (under 「重点的に推進する研究開発」) hold
目標：/課題： lines and (i)/(ii) actions; a 予算案の概要 whose lines close with their amount and the year
before's in brackets; a 決定 whose 重点事項 hold paragraphs opening with a bold lead naming what is
done (「**特殊詐欺対策の強化**　…」); a workbook written out a sheet a heading (「Sheet1 環境保全」) over
a 目標 | 課題 | 施策 table, each sheet's name the theme of its rows.

Conventions as in shapes_cases_excerpts6.py: labels without numbering, marks, numbering words
(重点事項１, 方向性２：) or the tag naming who carries an entry out; whole sentences keep 「。」; a
heading over other items is a Theme and the items under it carry it; a 課題 or 目指す姿 chapter is
no theme, and what it states carries none; under 現状と課題 a line stating a problem is an Issue,
one stating a fact no item; under a Goal heading, issues carry no theme.

Scored by test_shapes_excerpts.py as in test_shapes.py.  The set's figures there are floors: a rule that
stops setting apart what is no part of an item's name (a closing 「【担当：…】」 or 「〔所管：…〕」 tag,
a 「２－１．」 number written in full width with a dash, the numbering words 「重点事項１」 and
「方向性２：」, a bold 「**課題**」 lead, a budget line's amount after its name 「　145（128）」) or
that stops reading a shape (an English section name glossed in Japanese 「Challenges（現状の課題）」, a
plain 「２．現状と課題」 line among numbered headings, (a) topics over 目標：/課題： lines and (i)
actions under a heading that names R&D after a modifier alone, a bold lead naming what is done over its
explanation, a sheet's heading 「Sheet1 環境保全」 over its table) takes them below.

Before the rules for them: at e37e5f5, the first four excerpts: Goal F1 1.00, Theme 0.62, Issue 0.00,
Measure 0.43, links 3 of 15; at 95c47ca, the first six: Goal 0.57, Theme 0.96, Issue 0.62, Measure
0.94, links 19 of 24, two lines named as no item read as one; at 192c09a, the first seven: Goal 0.86,
Theme 0.92, Issue 0.90, Measure 0.92, links 24 of 31; at 730c66f, the first nine: Measure 0.94, links
34 of 39; at e42015a, all ten: the workbook's rows of no theme, links 37 of 46.

Read since by the sets' one reading (test_shapes.py): the budget's inner themes carry no theme of
their own (two links fewer).
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

E = Expected

CASES: tuple[Case, ...] = (
    Case(
        name="jikko_keikaku_tanto_tags",
        text="""# 観光立国推進のための実行計画

## 基本目標

訪日客が地方を含む全国各地を訪れ、滞在と消費が地域経済を支える観光立国を実現する。

## 具体的施策

### １．地方誘客の促進

（１）地方空港における国際線の受入体制の整備を支援する。【担当：国土交通省】
（２）広域周遊ルートの形成に取り組む観光地域づくり法人を支援する。【担当：観光庁、農林水産省】

### ２．受入環境の整備

（１）宿泊施設の多言語対応とキャッシュレス決済の導入を補助する。【担当：観光庁】
（２）文化財の解説文を多言語で整備する。〔所管：文化庁（文化財第一課）〕
""",
        items=(
            E("Goal", "訪日客が地方を含む全国各地を訪れ、滞在と消費が地域経済を支える観光立国を実現する。"),
            E("Theme", "地方誘客の促進"),
            E("Measure", "地方空港における国際線の受入体制の整備を支援する。", "地方誘客の促進"),
            E("Measure", "広域周遊ルートの形成に取り組む観光地域づくり法人を支援する。", "地方誘客の促進"),
            E("Theme", "受入環境の整備"),
            E("Measure", "宿泊施設の多言語対応とキャッシュレス決済の導入を補助する。", "受入環境の整備"),
            E("Measure", "文化財の解説文を多言語で整備する。", "受入環境の整備"),
        ),
        not_items=("基本目標", "具体的施策"),
    ),
    Case(
        name="hokokusho_zenkaku_dash_numbers",
        text="""公立図書館の在り方に関する検討会 報告書

１．はじめに
　本報告書は、公立図書館が地域で果たす役割について、検討会の議論を取りまとめたものである。

２．課題
２－１．来館者数が減少し、特に若年層の利用が少ない。
２－２．司書の多くが非常勤であり、専門性の継承が難しくなっている。

３．目指す姿
　全ての住民が身近な場所で必要な情報と学びに出会える図書館を実現する。

４．今後の取組
４－１．電子書籍サービスの拡充
　（１）電子書籍の貸出サービスを全ての市町村立図書館で利用できるようにする。
　（２）学校図書館と公立図書館の蔵書を相互に検索できる仕組みを整える。
４－２．人材の確保と育成
　（１）司書の常勤採用を計画的に進める。
""",
        items=(
            E("Issue", "来館者数が減少し、特に若年層の利用が少ない。"),
            E("Issue", "司書の多くが非常勤であり、専門性の継承が難しくなっている。"),
            E("Goal", "全ての住民が身近な場所で必要な情報と学びに出会える図書館を実現する。"),
            E("Theme", "電子書籍サービスの拡充"),
            E(
                "Measure",
                "電子書籍の貸出サービスを全ての市町村立図書館で利用できるようにする。",
                "電子書籍サービスの拡充",
            ),
            E(
                "Measure",
                "学校図書館と公立図書館の蔵書を相互に検索できる仕組みを整える。",
                "電子書籍サービスの拡充",
            ),
            E("Theme", "人材の確保と育成"),
            E("Measure", "司書の常勤採用を計画的に進める。", "人材の確保と育成"),
        ),
        not_items=("はじめに", "本報告書は", "２．課題", "３．目指す姿", "４．今後の取組"),
    ),
    Case(
        name="juuten_jikou_bold_leads",
        text="""# 文化芸術推進の重点取組

## 重点事項１　文化芸術の担い手の育成

**課題**　若手の芸術家が活動を続けられるだけの収入を得にくい。

**具体的な取組**
- 若手芸術家の海外研修への派遣を拡充する。
- 公立文化施設と芸術団体の共同制作を支援する。

## 重点事項２　文化財の保存と活用

**課題**　修理を担う技術者が高齢化し、後継者が不足している。

**具体的な取組**
- 文化財修理の技術者養成研修を新設する。
""",
        items=(
            E("Theme", "文化芸術の担い手の育成"),
            E("Issue", "若手の芸術家が活動を続けられるだけの収入を得にくい。", "文化芸術の担い手の育成"),
            E("Measure", "若手芸術家の海外研修への派遣を拡充する。", "文化芸術の担い手の育成"),
            E("Measure", "公立文化施設と芸術団体の共同制作を支援する。", "文化芸術の担い手の育成"),
            E("Theme", "文化財の保存と活用"),
            E("Issue", "修理を担う技術者が高齢化し、後継者が不足している。", "文化財の保存と活用"),
            E("Measure", "文化財修理の技術者養成研修を新設する。", "文化財の保存と活用"),
        ),
    ),
    Case(
        name="houkousei_numbered_headings",
        text="""# 浜の活力再生プラン（東浜地区）

## 目指す姿

若い漁業者が安定した収入を得て、豊かな海と漁村の暮らしが次の世代に引き継がれている。

## 施策の展開

### 方向性１：水産資源の適切な管理
- 漁獲量の報告を電子化し、資源評価の精度を高める。
- 稚魚の放流と藻場の再生を一体で進める。

### 方向性２：漁業の担い手の確保
- 新規就業者の長期研修の経費を助成する。
""",
        items=(
            E("Goal", "若い漁業者が安定した収入を得て、豊かな海と漁村の暮らしが次の世代に引き継がれている。"),
            E("Theme", "水産資源の適切な管理"),
            E("Measure", "漁獲量の報告を電子化し、資源評価の精度を高める。", "水産資源の適切な管理"),
            E("Measure", "稚魚の放流と藻場の再生を一体で進める。", "水産資源の適切な管理"),
            E("Theme", "漁業の担い手の確保"),
            E("Measure", "新規就業者の長期研修の経費を助成する。", "漁業の担い手の確保"),
        ),
        not_items=("施策の展開",),
    ),
    Case(
        name="english_headings_glossed_in_japanese",
        text="""# 港湾脱炭素化推進プラン（Port Decarbonization Plan）

## Goal 1: 港湾の脱炭素化による国際競争力の強化

### Challenges（現状の課題）
- 荷役機械の多くが軽油を燃料としており、電動化が進んでいない。
- 水素の受入施設を整備する用地が限られている。

### Strategy 1-1: 荷役機械の電動化
- Action 1-1-1: 電動荷役機械の導入費用を補助する。
- Action 1-1-2: 停泊中の船舶への陸上電力供給設備を整備する。
""",
        items=(
            E("Goal", "港湾の脱炭素化による国際競争力の強化"),
            E("Issue", "荷役機械の多くが軽油を燃料としており、電動化が進んでいない。"),
            E("Issue", "水素の受入施設を整備する用地が限られている。"),
            E("Theme", "荷役機械の電動化"),
            E("Measure", "電動荷役機械の導入費用を補助する。", "荷役機械の電動化"),
            E("Measure", "停泊中の船舶への陸上電力供給設備を整備する。", "荷役機械の電動化"),
        ),
        not_items=("Challenges",),
    ),
    Case(
        name="bukai_chapters_plain_genjo_to_kadai",
        text="""交通政策審議会 地域公共交通部会 中間とりまとめ

第１章　地域の移動手段の確保

１．目指すべき姿
　高齢者や学生が自家用車に頼らず、通院や通学に必要な移動ができる地域を実現する。

２．現状と課題
　○ 路線バスの運転者不足が減便を招いている。
　○ 多くの事業者が運行費の大半を自治体の補助に依存している。
　○ 地域の鉄道の利用者数は平成２０年度の約８割である。

３．提言
　提言１－１　交通事業者と自治体が運行計画を共同で策定する仕組みを設けるべきである。

第２章　交通の担い手の確保

１．目指すべき姿
　意欲のある人が安心して運転者として働き続けられる環境を実現する。

２．現状と課題
　○ 大型二種免許の保有者が高齢化している。

３．提言
　提言２－１　二種免許の取得費用を支援すべきである。
""",
        items=(
            E("Theme", "地域の移動手段の確保"),
            E(
                "Goal",
                "高齢者や学生が自家用車に頼らず、通院や通学に必要な移動ができる地域を実現する。",
                "地域の移動手段の確保",
            ),
            E("Issue", "路線バスの運転者不足が減便を招いている。", "地域の移動手段の確保"),
            E("Issue", "多くの事業者が運行費の大半を自治体の補助に依存している。", "地域の移動手段の確保"),
            E(
                "Measure",
                "交通事業者と自治体が運行計画を共同で策定する仕組みを設けるべきである。",
                "地域の移動手段の確保",
            ),
            E("Theme", "交通の担い手の確保"),
            E(
                "Goal",
                "意欲のある人が安心して運転者として働き続けられる環境を実現する。",
                "交通の担い手の確保",
            ),
            E("Issue", "大型二種免許の保有者が高齢化している。", "交通の担い手の確保"),
            E("Measure", "二種免許の取得費用を支援すべきである。", "交通の担い手の確保"),
        ),
        not_items=("利用者数は平成２０年度", "現状と課題", "目指すべき姿", "３．提言"),
    ),
    Case(
        name="kenkyu_kaihatsu_latin_topics_field_lines",
        text="""海洋分野の研究開発計画（抄）

1. 基本的な考え方
   本計画は、海洋の持続的な利用に向けた研究開発の方向を示すものである。

2. 重点的に推進する研究開発

(a) 海洋観測
   目標：日本周辺の海域の水温と海流を常時把握できる観測網を構築する。
   課題：沖合の観測点が少なく、観測データに空白域が生じている。
   (i) 自律型の海中ロボットによる長期観測技術を開発する。
   (ii) 漁船や商船が取得した観測データを収集する仕組みを整える。

(b) 海底資源
   目標：海底のレアアース泥を商業的に回収できる技術を確立する。
   課題：水深の深い海底からの揚泥に多くの費用を要している。
   (i) 揚泥システムの連続運転試験を行う。

3. 推進体制
   関係機関による連絡会を年２回開催する。
""",
        items=(
            E("Theme", "海洋観測"),
            E("Goal", "日本周辺の海域の水温と海流を常時把握できる観測網を構築する。", "海洋観測"),
            E("Issue", "沖合の観測点が少なく、観測データに空白域が生じている。", "海洋観測"),
            E("Measure", "自律型の海中ロボットによる長期観測技術を開発する。", "海洋観測"),
            E("Measure", "漁船や商船が取得した観測データを収集する仕組みを整える。", "海洋観測"),
            E("Theme", "海底資源"),
            E("Goal", "海底のレアアース泥を商業的に回収できる技術を確立する。", "海底資源"),
            E("Issue", "水深の深い海底からの揚泥に多くの費用を要している。", "海底資源"),
            E("Measure", "揚泥システムの連続運転試験を行う。", "海底資源"),
        ),
        not_items=("基本的な考え方", "本計画は", "重点的に推進する研究開発", "推進体制", "連絡会を年２回"),
    ),
    Case(
        name="yosan_gaiyo_amounts_after_names",
        text="""令和７年度 環境省関係予算（案）の概要

（単位：億円）

Ⅰ　脱炭素社会の実現　　　　　　　　　　　　　　　　　　 820（760）

　１．地域の再生可能エネルギーの導入促進　　　　　　　　 240（210）
　　○地域脱炭素移行・再エネ推進交付金【拡充】　　　　　　 180（160）
　　○【新規】営農型太陽光発電の実証　　　　　　　　　　　　 6（新規）

Ⅱ　生物多様性の保全　　　　　　　　　　　　　　　　　　　 95（88）

　１．国立公園の保護と利用の推進　　　　　　　　　　　　　 60（55）
　　○国立公園の利用施設の再整備【拡充】　　　　　　　　　　 42（37）

合計　　　　　　　　　　　　　　　　　　　　　　　　　　　 915（848）
""",
        items=(
            E("Theme", "脱炭素社会の実現"),
            E("Theme", "地域の再生可能エネルギーの導入促進"),
            E("Measure", "地域脱炭素移行・再エネ推進交付金", "地域の再生可能エネルギーの導入促進"),
            E("Measure", "営農型太陽光発電の実証", "地域の再生可能エネルギーの導入促進"),
            E("Theme", "生物多様性の保全"),
            E("Theme", "国立公園の保護と利用の推進"),
            E("Measure", "国立公園の利用施設の再整備", "国立公園の保護と利用の推進"),
        ),
        not_items=("単位：億円", "合計"),
    ),
    Case(
        name="kettei_bold_leads_naming_actions",
        text="""# 消費者被害の防止に向けた重点施策

令和７年３月
消費者政策会議決定

## 重点事項１　高齢者の被害防止

**見守りネットワークの拡充**　地域の福祉関係者と消費生活センターが情報を共有する協議会を全市町村に設置する。

**特殊詐欺対策の強化**　金融機関と連携し、高額の払戻しの際の声掛けを徹底する。

## 重点事項２　デジタル取引の適正化

**定期購入の表示ルールの明確化**　定期購入の条件を申込画面に一覧で表示するよう事業者に求める。
""",
        items=(
            E("Theme", "高齢者の被害防止"),
            E("Measure", "見守りネットワークの拡充", "高齢者の被害防止"),
            E("Measure", "特殊詐欺対策の強化", "高齢者の被害防止"),
            E("Theme", "デジタル取引の適正化"),
            E("Measure", "定期購入の表示ルールの明確化", "デジタル取引の適正化"),
        ),
        not_items=("令和７年３月", "消費者政策会議決定"),
    ),
    Case(
        name="workbook_sheets_over_typed_tables",
        text="""# 南川町環境・防災施策一覧（表計算ファイルより）

## Sheet1 環境保全

| 目標 | 課題 | 施策 | 担当課 |
|---|---|---|---|
| 家庭ごみの排出量を減らす | 生ごみの分別が定着していない | 生ごみ処理機の購入費の補助 | 環境課 |
|  |  | 分別アプリの配信 | 環境課 |

## Sheet2 防災

| 目標 | 課題 | 施策 | 担当課 |
|---|---|---|---|
| 全ての世帯が避難先を知っている | 避難所の場所を知らない転入者が多い | 転入時の防災マップの配布 | 危機管理課 |
""",
        items=(
            E("Theme", "環境保全"),
            E("Goal", "家庭ごみの排出量を減らす", "環境保全"),
            E("Issue", "生ごみの分別が定着していない", "環境保全"),
            E("Measure", "生ごみ処理機の購入費の補助", "環境保全"),
            E("Measure", "分別アプリの配信", "環境保全"),
            E("Theme", "防災", line="Sheet2 防災"),
            E("Goal", "全ての世帯が避難先を知っている", "防災"),
            E("Issue", "避難所の場所を知らない転入者が多い", "防災"),
            E("Measure", "転入時の防災マップの配布", "防災"),
        ),
    ),
)
