"""Excerpts of Japanese public documents in kinds and layouts the other sets do not hold, with the
items a reader takes from them (test_shapes_excerpts.py holds the figures they give).

Every excerpt is invented (place names fictitious; ministries real names in invented sentences).
The kinds: a 公共施設等総合管理計画 whose ■ 施設類型 lines stand over ◆ policies; a 水道ビジョン of
観点 | 目指す姿 | 実現方策 rows; a 立地適正化計画 in plain text nested １ / （１） / ア / (ｱ); a 地域公共交通計画
of 基本方針 | 目標 | 施策 rows with the first two cells left blank below; a 空家等対策計画 of ◆基本方針 lines
over indented □ entries; a 政策評価書 (実績評価) of field headings; an 独立行政法人's 年度計画 of 第１
措置 lines over １ / （１） / ① lines; a 業務継続計画 with a 目次, a 課題 | 対策 table and a closing
見直し section; a 行政事業レビューシート of 項目 | 内容 rows; a 通知 with 記 over １ / （１） lines; a
地域福祉計画 whose 基本目標 heading stands over a 取組の方向 | 主な取組 table with ・ entries in cells.
The second batch (SECOND, written after the rules for the first): a 地域防災計画 in plain text of ■ lines
over □ lines over ・ entries; a 観光振興計画 of 施策の柱 | 施策 | 主な事業 rows, the 柱 left blank below; an
教育大綱 of 基本方針 headings over 【主な施策】 labels over ① lines; a 経営戦略 of 経営目標 | 取組項目 | 指標 |
目標値 rows; a 農業振興地域整備計画 in plain text whose sentences stand indented under their headings; a
規制改革 答申 of 【現状・課題】 and 【対応策】 labels over ａ / ｂ entries; a 施政方針 of 「一、」 lines over
「第一に、」 sentences.  The third (THIRD, written after the rules for the second): a 施策評価シート whose
header row is the 施策名 field; a 環境基本計画 of ◇ lines over ○ entries and a 【指標】 line; a
デジタル化推進計画 of Ⅰ / １ headings and a closing 「計画の進め方」; a 分野 | 課題 | 対応方針 table whose
cell lists two entries on one line; a 交通計画 of 「目標１」 headings over 【施策】 labels over ① lines.
PROCEDURE, written after the rules for the third: a 「…の進め方」 heading over entries naming actions.
The fourth (FOURTH, written after them): a 子ども・子育て支援事業計画 table of 事業名 | 現状 | 今後の方向性
with bold 「(1)」 rows alone across it; a 健康増進計画 of 「分野１」 headings over 目指す姿 | 主な取組 tables;
an 環境基本計画 in plain text of ◎ lines over indented ・ entries; a 第３節 / １ / （１） / ア outline.

Conventions (test_shapes.py and shapes_cases_excerpts8.py): the cue of a label or of its field or
column name decides the type where it names one (目標/目的 a goal, 課題 an issue, 施策/取組/事業 a
measure); a heading, mark line or cell carried down over rows that stands over other items is a theme;
a leaf line, entry, cell or sentence naming an action a measure.  theme= is the nearest enclosing
theme (a 「…に関する基本的な方針」 heading over items too, as the earlier sets read it); themes carry
none, and items under a goal only carry none.  Labels without numbering (基本方針１, （１）, ア, (ｱ),
①, 1-1) or marks (■, ◆, □, ・); whole sentences keep 「。」.  A 年度計画's 「第１　…のためとるべき措置」
part stands over its measures as a theme (as the earlier sets read it).  Generic chapter names
(誘導施策, 施策の展開), 目次 entries, procedure sections (はじめに, 計画の見直し), 概要 fields explaining
a named measure, 担当 cells and the parts of a 通知 around its 記 are no items.

Scored by test_shapes_excerpts.py as in test_shapes.py.  The set's figures there are floors: a rule
that stops reading one of the shapes (a table whose 基本方針, 取組の方向 or 観点 column stands over the rows' goals and
measures, carried down over blank cells; a 実現方策 column of measures; 「ア」 lines over 「(ｱ)」 lines
in plain text, and □ lines over ・ entries below a ■ line, each a theme over its actions; a list of
sentences numbered 「１　…。」 under a part; 「1　基本目標」 and 「2　…基本的な方針」 under a chapter naming
方針, lists of their own; 「一、」 headings over 「第一に、」 entries; ａ / ｂ entries; two or more sentences
indented under a heading, each an entry; actions in the polite form, 「…広げます。」; a 【指標】 line
ending the entries above it; 「…の進め方」 a procedure; a bold or numbered name alone across a table's
row the theme of the rows below it; ◎ lines over entries) takes them below.

At first sight (6197b09, before any rule was written for them), the eleven excerpts of the first
batch gave Goal F1 1.00 (11 of 11), Theme 0.72 (19 of 33, 20 found), Issue 1.00 (5 of 5), Measure
0.80 (39 of 54, 43 found), item → theme links 24 of 54, two lines named as no item read as items.
The seven of the second, written after the rules for the first, at first sight (with those rules
alone): Goal 1.00 (3 of 3), Theme 0.67 (9 of 18, 9 found), Issue 1.00 (2 of 2), Measure 0.71 (23 of
34, 31 found), links 16 of 32, none read as items; missed: □ lines over ・ entries, 「一、」 lines over
「第一に、」 sentences, ａ / ｂ marks left in the measures' labels, sentences indented under their headings.
The five of the third, written after the rules for the second, at first sight (with those rules
alone): Goal 1.00 (3 of 3), Theme 0.73 (4 of 7, 4 found), Issue 1.00 (4 of 4), Measure 0.79 (11 of
15, 13 found), links 6 of 11, none read as items; missed: ◇ lines over ○ entries closed by a 【指標】
line, entries naming actions by verbs the rules did not list (「…を受け付ける。」). The four of the
fourth, written after the rules for the third, at first sight (with those rules alone): Goal 1.00 (2
of 2), Theme 0.78 (7 of 11, 7 found), Measure 0.82 (14 of 17, 17 found), links 10 of 19, none read
as items; missed: a bold 「(1)」 row alone across a table, ◎ lines over ・ entries.
"""

# ruff: noqa: E501
from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

E = Expected

FIRST: tuple[Case, ...] = (
    Case(
        name="kokyo_shisetsu_sogo_kanri_square_marks",
        text="""# 北浜市公共施設等総合管理計画（改訂版）

## 第3章　公共施設等の総合的な管理に関する基本的な方針

### 1　基本目標

延床面積を令和17年度までに15％縮減し、次世代に過大な負担を残さない施設保有量とする。

### 2　施設類型ごとの管理に関する基本的な方針

■ 学校教育系施設
◆ 児童数の推移を踏まえ、小学校の統合を検討する。
◆ 余裕教室を放課後児童クラブに転用する。

■ 市民文化系施設
◆ 地区公民館と集会所の機能を集約する。
◆ 利用率の低い施設は地域への譲渡を進める。

■ 公営住宅
◆ 長寿命化計画に基づき計画的に修繕する。

### 3　計画の推進体制

本計画の進行管理は、財政課が所管する。
""",
        # Read again when a heading naming the kind of what it holds (「…に関する基本的な方針」) over numbered
        # or marked sub-headings was decided to be their container, no theme: the chapter over 「1　基本目標」
        # and 「2　…」, and 「2　…に関する基本的な方針」 over 「■ …」 lines, are no themes; the ■ lines are.
        items=(
            E("Goal", "延床面積を令和17年度までに15％縮減し、次世代に過大な負担を残さない施設保有量とする。"),
            E("Theme", "学校教育系施設"),
            E("Measure", "児童数の推移を踏まえ、小学校の統合を検討する。", "学校教育系施設"),
            E("Measure", "余裕教室を放課後児童クラブに転用する。", "学校教育系施設"),
            E("Theme", "市民文化系施設"),
            E("Measure", "地区公民館と集会所の機能を集約する。", "市民文化系施設"),
            E("Measure", "利用率の低い施設は地域への譲渡を進める。", "市民文化系施設"),
            E("Theme", "公営住宅"),
            E("Measure", "長寿命化計画に基づき計画的に修繕する。", "公営住宅"),
        ),
        not_items=(
            "第3章　公共施設等の総合的な管理に関する基本的な方針",
            "1　基本目標",
            "2　施設類型ごとの管理に関する基本的な方針",
            "計画の推進体制",
            "本計画の進行管理は",
        ),
    ),
    Case(
        name="suido_vision_kanten_mezasu_sugata_hosaku",
        text="""# 南山町水道ビジョン2035

## 第5章　将来像の実現に向けて

### 5.1　水道の将来像

「いつでも、どこでも、安心して飲める水を次の世代へ」

### 5.2　観点ごとの目指す姿と実現方策

| 観点 | 目指す姿 | 実現方策 |
|---|---|---|
| 安全 | 水源から蛇口まで水質が管理された水道 | ・水安全計画を策定する<br>・鉛製給水管を解消する |
| 強靭 | 災害時にも給水が途切れない水道 | ・基幹管路を耐震化する<br>・応急給水拠点を増設する |
| 持続 | 健全な経営が続く水道 | ・料金体系を見直す<br>・近隣町と浄水場を共同化する |
""",
        items=(
            E("Goal", "「いつでも、どこでも、安心して飲める水を次の世代へ」"),
            E("Theme", "安全"),
            E("Goal", "水源から蛇口まで水質が管理された水道", "安全"),
            E("Measure", "水安全計画を策定する", "安全"),
            E("Measure", "鉛製給水管を解消する", "安全"),
            E("Theme", "強靭"),
            E("Goal", "災害時にも給水が途切れない水道", "強靭"),
            E("Measure", "基幹管路を耐震化する", "強靭"),
            E("Measure", "応急給水拠点を増設する", "強靭"),
            E("Theme", "持続"),
            E("Goal", "健全な経営が続く水道", "持続"),
            E("Measure", "料金体系を見直す", "持続"),
            E("Measure", "近隣町と浄水場を共同化する", "持続"),
        ),
        not_items=("将来像の実現に向けて", "観点ごとの目指す姿と実現方策"),
    ),
    Case(
        name="ritchi_tekiseika_plain_katakana_nesting",
        text="""第６章　誘導施策

１　居住の誘導
（１）公共交通沿線への居住の誘導
ア　住み替えの支援
　(ｱ) 子育て世帯が誘導区域内の空き家を購入する費用の一部を補助する。
　(ｲ) 住み替え相談窓口を市役所本庁舎に開設する。
イ　生活環境の向上
　(ｱ) 誘導区域内の歩道をバリアフリー化する。
（２）災害リスクの低減
ア　浸水想定区域内の住宅の嵩上げに対する助成を行う。
イ　ハザードマップを全戸に配布する。

２　都市機能の誘導
（１）拠点への都市機能の集約
ア　駅前の市有地に子育て支援施設を誘致する。
イ　病院の建替えに合わせて誘導区域内への移転を支援する。
""",
        items=(
            E("Theme", "居住の誘導"),
            E("Theme", "公共交通沿線への居住の誘導"),
            E("Theme", "住み替えの支援"),
            E("Measure", "子育て世帯が誘導区域内の空き家を購入する費用の一部を補助する。", "住み替えの支援"),
            E("Measure", "住み替え相談窓口を市役所本庁舎に開設する。", "住み替えの支援"),
            E("Theme", "生活環境の向上"),
            E("Measure", "誘導区域内の歩道をバリアフリー化する。", "生活環境の向上"),
            E("Theme", "災害リスクの低減"),
            E("Measure", "浸水想定区域内の住宅の嵩上げに対する助成を行う。", "災害リスクの低減"),
            E("Measure", "ハザードマップを全戸に配布する。", "災害リスクの低減"),
            E("Theme", "都市機能の誘導"),
            E("Theme", "拠点への都市機能の集約"),
            E("Measure", "駅前の市有地に子育て支援施設を誘致する。", "拠点への都市機能の集約"),
            E("Measure", "病院の建替えに合わせて誘導区域内への移転を支援する。", "拠点への都市機能の集約"),
        ),
        not_items=("第６章　誘導施策",),
    ),
    Case(
        name="chiiki_kokyo_kotsu_hoshin_mokuhyo_shisaku_blank_cells",
        text="""## 第4章　計画の目標と実施する事業

| 基本方針 | 目標 | 施策 | 実施主体 | 実施時期 |
|---|---|---|---|---|
| 1 地域の移動を支える | 1-1 路線バスの利用者数を維持する | 幹線バスの運行本数を確保する | 市・交通事業者 | R8～R12 |
| | | 乗継割引を導入する | 交通事業者 | R9 |
| | 1-2 交通空白地をなくす | デマンド交通を北部地区に導入する | 市 | R8 |
| 2 誰もが使いやすい交通 | 2-1 運行情報をわかりやすく届ける | バス停に接近表示器を設置する | 交通事業者 | R10 |
| | | 公共交通マップを毎年更新する | 市 | 毎年度 |
""",
        items=(
            E("Theme", "地域の移動を支える"),
            E("Goal", "路線バスの利用者数を維持する", "地域の移動を支える"),
            E("Measure", "幹線バスの運行本数を確保する", "地域の移動を支える"),
            E("Measure", "乗継割引を導入する", "地域の移動を支える"),
            E("Goal", "交通空白地をなくす", "地域の移動を支える"),
            E("Measure", "デマンド交通を北部地区に導入する", "地域の移動を支える"),
            E("Theme", "誰もが使いやすい交通"),
            E("Goal", "運行情報をわかりやすく届ける", "誰もが使いやすい交通"),
            E("Measure", "バス停に接近表示器を設置する", "誰もが使いやすい交通"),
            E("Measure", "公共交通マップを毎年更新する", "誰もが使いやすい交通"),
        ),
        not_items=("計画の目標と実施する事業",),
    ),
    Case(
        name="akiya_taisaku_diamond_over_open_squares",
        text="""空家等対策計画（第２期）　湖西町

◆基本方針１　空家等の発生を抑制する
　□ 相続登記の手続を案内するチラシを固定資産税の納税通知書に同封する。
　□ 高齢者世帯を対象に住まいの終活セミナーを開く。
◆基本方針２　空家等の活用を促進する
　□ 空き家バンクの登録物件を町のホームページで公開する。
　□ 空き家の改修費を補助する。
◆基本方針３　管理不全の空家等を解消する
　□ 特定空家等の所有者に対し助言・指導を行う。
　□ 除却費の一部を補助する。

※ 基本方針ごとの成果指標は別表に示す。
""",
        items=(
            E("Theme", "空家等の発生を抑制する"),
            E(
                "Measure",
                "相続登記の手続を案内するチラシを固定資産税の納税通知書に同封する。",
                "空家等の発生を抑制する",
            ),
            E("Measure", "高齢者世帯を対象に住まいの終活セミナーを開く。", "空家等の発生を抑制する"),
            E("Theme", "空家等の活用を促進する"),
            E("Measure", "空き家バンクの登録物件を町のホームページで公開する。", "空家等の活用を促進する"),
            E("Measure", "空き家の改修費を補助する。", "空家等の活用を促進する"),
            E("Theme", "管理不全の空家等を解消する"),
            E("Measure", "特定空家等の所有者に対し助言・指導を行う。", "管理不全の空家等を解消する"),
            E("Measure", "除却費の一部を補助する。", "管理不全の空家等を解消する"),
        ),
        not_items=("成果指標は別表に示す", "空家等対策計画（第２期）"),
    ),
    Case(
        name="seisaku_hyoka_jisseki_field_headings",
        text="""# 令和７年度 実績評価書

## 施策名：地域の観光振興

### 施策の概要

地域の観光資源を活用し、交流人口を増やす。

### 達成すべき目標

訪日外国人旅行者が地方部に宿泊する割合を高める。

### 目標達成度合いの測定結果

（相当程度進展あり）

### 課題

- 地方部への二次交通が不足している。
- 観光人材の確保が進んでいない。

### 次期目標等への反映の方向性

- 観光地域づくり法人の体制強化を支援する。
- 二次交通の実証事業を拡充する。
""",
        items=(
            E("Measure", "地域の観光振興"),
            E("Goal", "訪日外国人旅行者が地方部に宿泊する割合を高める。"),
            E("Issue", "地方部への二次交通が不足している。"),
            E("Issue", "観光人材の確保が進んでいない。"),
            E("Measure", "観光地域づくり法人の体制強化を支援する。"),
            E("Measure", "二次交通の実証事業を拡充する。"),
        ),
        not_items=(
            "地域の観光資源を活用し",
            "目標達成度合いの測定結果",
            "（相当程度進展あり）",
            "次期目標等への反映の方向性",
        ),
    ),
    Case(
        name="dokuritsu_gyosei_hojin_nendo_keikaku_plain",
        text="""# 国立研究開発法人北浜海洋研究機構　令和８年度計画

第１　研究開発の成果の最大化その他の業務の質の向上に関する目標を達成するためとるべき措置

１　海洋観測研究
（１）観測網の高度化
①　係留ブイ観測点を２か所増設する。
②　自律型無人探査機の長期運用試験を行う。
（２）データの公開
①　観測データを取得から30日以内に公開する。

２　産学官連携
①　共同研究の公募を年２回実施する。
②　知的財産の管理方針を改定する。

第２　業務運営の効率化に関する目標を達成するためとるべき措置

１　一般管理費を前年度比３％以上削減する。
２　一者応札となった契約を契約監視委員会で点検する。
""",
        items=(
            E("Theme", "研究開発の成果の最大化その他の業務の質の向上に関する目標を達成するためとるべき措置"),
            E("Theme", "海洋観測研究"),
            E("Theme", "観測網の高度化"),
            E("Measure", "係留ブイ観測点を２か所増設する。", "観測網の高度化"),
            E("Measure", "自律型無人探査機の長期運用試験を行う。", "観測網の高度化"),
            E("Theme", "データの公開"),
            E("Measure", "観測データを取得から30日以内に公開する。", "データの公開"),
            E("Theme", "産学官連携"),
            E("Measure", "共同研究の公募を年２回実施する。", "産学官連携"),
            E("Measure", "知的財産の管理方針を改定する。", "産学官連携"),
            E("Theme", "業務運営の効率化に関する目標を達成するためとるべき措置"),
            E(
                "Measure",
                "一般管理費を前年度比３％以上削減する。",
                "業務運営の効率化に関する目標を達成するためとるべき措置",
            ),
            E(
                "Measure",
                "一者応札となった契約を契約監視委員会で点検する。",
                "業務運営の効率化に関する目標を達成するためとるべき措置",
            ),
        ),
        not_items=("国立研究開発法人北浜海洋研究機構",),
    ),
    Case(
        name="gyomu_keizoku_keikaku_contents_and_review",
        text="""# 東雲市業務継続計画（地震編）

## 目次

1. はじめに
2. 非常時優先業務
3. 業務継続のための課題と対策
4. 計画の見直し

## 1. はじめに

本計画は、大規模地震の発生時に市の業務を継続するために必要な事項を定める。

## 2. 非常時優先業務

### 2.1 災害対策本部の運営

- 本部員の参集基準を定める。
- 代替庁舎として北浜市民センターを指定する。

### 2.2 避難所の運営

- 指定避難所ごとに開設担当職員を2名指名する。
- 備蓄物資の配置を見直す。

## 3. 業務継続のための課題と対策

| 課題 | 対策 |
|---|---|
| 本庁舎の非常用発電機が72時間分の燃料を持たない。 | 燃料の優先供給協定を石油販売業者と結ぶ。 |
| 職員の安否確認に時間がかかる。 | 安否確認システムを導入する。 |

## 4. 計画の見直し

毎年度の訓練の結果を踏まえて見直す。
""",
        items=(
            E("Theme", "非常時優先業務", line="## 2. 非常時優先業務"),
            E("Theme", "災害対策本部の運営"),
            E("Measure", "本部員の参集基準を定める。", "災害対策本部の運営"),
            E("Measure", "代替庁舎として北浜市民センターを指定する。", "災害対策本部の運営"),
            E("Theme", "避難所の運営"),
            E("Measure", "指定避難所ごとに開設担当職員を2名指名する。", "避難所の運営"),
            E("Measure", "備蓄物資の配置を見直す。", "避難所の運営"),
            E("Issue", "本庁舎の非常用発電機が72時間分の燃料を持たない。"),
            E("Measure", "燃料の優先供給協定を石油販売業者と結ぶ。"),
            E("Issue", "職員の安否確認に時間がかかる。"),
            E("Measure", "安否確認システムを導入する。"),
        ),
        not_items=(
            "1. はじめに",
            "2. 非常時優先業務",
            "3. 業務継続のための課題と対策",
            "4. 計画の見直し",
            "本計画は、大規模地震",
            "毎年度の訓練の結果",
        ),
    ),
    Case(
        name="gyosei_jigyo_review_sheet_fields",
        text="""## 行政事業レビューシート（令和７年度）

| 項目 | 内容 |
|---|---|
| 事業名 | 地域公共交通確保維持改善事業 |
| 事業の目的 | 地域の生活交通を確保し、住民の移動手段を維持する。 |
| 現状・課題 | 補助対象路線の利用者が減少し、事業者の赤字が拡大している。 |
| 事業概要 | 地域間幹線バスの運行費を補助する。 |
| 改善の方向性 | 利用実績の低い路線はデマンド交通への転換を促す。 |
| 担当部局 | 総合政策局 |
""",
        items=(
            E("Measure", "地域公共交通確保維持改善事業"),
            E("Goal", "地域の生活交通を確保し、住民の移動手段を維持する。"),
            E("Issue", "補助対象路線の利用者が減少し、事業者の赤字が拡大している。"),
            E("Measure", "利用実績の低い路線はデマンド交通への転換を促す。"),
        ),
        not_items=("地域間幹線バスの運行費を補助する", "総合政策局"),
    ),
    Case(
        name="tsuchi_ki_numbered_plain",
        text="""令和８年４月１日
各課長　様
総務部長

令和８年度　事務改善の重点事項について（通知）

　標記について、下記のとおり重点事項を定めたので、所属職員に周知されたい。

記

１　ペーパーレス化の推進
　（１）会議資料は原則として電子で配布する。
　（２）庁内の押印を伴う手続を廃止する。
２　窓口サービスの向上
　（１）証明書のコンビニ交付の利用を案内する。

以上
""",
        items=(
            E("Theme", "ペーパーレス化の推進"),
            E("Measure", "会議資料は原則として電子で配布する。", "ペーパーレス化の推進"),
            E("Measure", "庁内の押印を伴う手続を廃止する。", "ペーパーレス化の推進"),
            E("Theme", "窓口サービスの向上"),
            E("Measure", "証明書のコンビニ交付の利用を案内する。", "窓口サービスの向上"),
        ),
        not_items=("各課長", "総務部長", "標記について", "事務改善の重点事項について", "以上"),
    ),
    Case(
        name="chiiki_fukushi_kihon_mokuhyo_over_table_bullets",
        text="""## 第4章　施策の展開

### 基本目標２　支え合いの地域づくり

| 取組の方向 | 主な取組 | 担当課 |
|---|---|---|
| (1) 見守り活動の充実 | ・民生委員による訪問活動<br>・見守り協定を結ぶ事業者の拡大 | 福祉課 |
| (2) 居場所づくり | ・空き店舗を活用したサロンの開設支援 | 福祉課・商工課 |
| | ・子ども食堂の運営費の助成 | 子育て支援課 |
""",
        items=(
            E("Theme", "支え合いの地域づくり"),
            E("Theme", "見守り活動の充実"),
            E("Measure", "民生委員による訪問活動", "見守り活動の充実"),
            E("Measure", "見守り協定を結ぶ事業者の拡大", "見守り活動の充実"),
            E("Theme", "居場所づくり"),
            E("Measure", "空き店舗を活用したサロンの開設支援", "居場所づくり"),
            E("Measure", "子ども食堂の運営費の助成", "居場所づくり"),
        ),
        not_items=("施策の展開",),
    ),
)

SECOND: tuple[Case, ...] = (
    Case(
        name="chiiki_bosai_keikaku_square_marks_three_levels",
        text="""東雲市地域防災計画（第２編　災害予防計画）

■第１節　防災まちづくり
　□建築物の耐震化
　　・木造住宅の耐震診断を無料で行う。
　　・耐震改修工事の費用を補助する。
　□延焼の防止
　　・狭あい道路の拡幅を進める。
■第２節　防災訓練
　□総合防災訓練
　　・毎年９月に全市を対象とした訓練を行う。
　□職員の参集訓練
　　・夜間を想定した参集訓練を年１回行う。
""",
        items=(
            E("Theme", "防災まちづくり"),
            E("Theme", "建築物の耐震化"),
            E("Measure", "木造住宅の耐震診断を無料で行う。", "建築物の耐震化"),
            E("Measure", "耐震改修工事の費用を補助する。", "建築物の耐震化"),
            E("Theme", "延焼の防止"),
            E("Measure", "狭あい道路の拡幅を進める。", "延焼の防止"),
            E("Theme", "防災訓練"),
            E("Theme", "総合防災訓練"),
            E("Measure", "毎年９月に全市を対象とした訓練を行う。", "総合防災訓練"),
            E("Theme", "職員の参集訓練"),
            E("Measure", "夜間を想定した参集訓練を年１回行う。", "職員の参集訓練"),
        ),
        not_items=("東雲市地域防災計画",),
    ),
    Case(
        name="kanko_shinko_hashira_shisaku_jigyo_blank_cells",
        text="""## 第４章　施策の体系

| 施策の柱 | 施策 | 主な事業 |
|---|---|---|
| 1 魅力の創出 | (1) 食の魅力発信 | ・地元食材フェアの開催<br>・ご当地グルメの商品開発支援 |
| | (2) 体験型観光の推進 | ・農業体験ツアーの造成 |
| 2 受入環境の整備 | (1) 多言語対応 | ・観光案内板の多言語化<br>・翻訳アプリの導入支援 |
| | (2) 二次交通の確保 | ・周遊バスの運行 |
""",
        items=(
            E("Theme", "魅力の創出"),
            E("Measure", "食の魅力発信", "魅力の創出"),
            E("Measure", "地元食材フェアの開催", "魅力の創出"),
            E("Measure", "ご当地グルメの商品開発支援", "魅力の創出"),
            E("Measure", "体験型観光の推進", "魅力の創出"),
            E("Measure", "農業体験ツアーの造成", "魅力の創出"),
            E("Theme", "受入環境の整備"),
            E("Measure", "多言語対応", "受入環境の整備"),
            E("Measure", "観光案内板の多言語化", "受入環境の整備"),
            E("Measure", "翻訳アプリの導入支援", "受入環境の整備"),
            E("Measure", "二次交通の確保", "受入環境の整備"),
            E("Measure", "周遊バスの運行", "受入環境の整備"),
        ),
        not_items=("施策の体系",),
    ),
    Case(
        name="kyoiku_taiko_kihon_hoshin_bracket_label_circled",
        text="""# 南山町教育大綱

## 基本理念

「ふるさとに学び、未来を拓く人づくり」

## 基本方針１　確かな学力の育成

【主な施策】
①　ICTを活用した個別最適な学びを進める。
②　外部人材による放課後学習を支援する。

## 基本方針２　豊かな心と健やかな体の育成

【主な施策】
①　地域の伝統文化を学ぶ授業を行う。
②　部活動の地域移行を進める。

## 大綱の期間

令和８年度から令和11年度までの４年間とする。
""",
        items=(
            E("Goal", "「ふるさとに学び、未来を拓く人づくり」"),
            E("Theme", "確かな学力の育成"),
            E("Measure", "ICTを活用した個別最適な学びを進める。", "確かな学力の育成"),
            E("Measure", "外部人材による放課後学習を支援する。", "確かな学力の育成"),
            E("Theme", "豊かな心と健やかな体の育成"),
            E("Measure", "地域の伝統文化を学ぶ授業を行う。", "豊かな心と健やかな体の育成"),
            E("Measure", "部活動の地域移行を進める。", "豊かな心と健やかな体の育成"),
        ),
        not_items=("大綱の期間", "令和８年度から令和11年度まで"),
    ),
    Case(
        name="gesuido_keiei_senryaku_goal_column_with_targets",
        text="""### 経営目標と取組

| 経営目標 | 取組項目 | 指標 | 目標値（R12） |
|---|---|---|---|
| 施設の計画的な更新 | 老朽管の改築を進める | 改築延長 | 15km |
| | ストックマネジメント計画を見直す | － | － |
| 経営基盤の強化 | 使用料の適正化を検討する | 経費回収率 | 100% |
| | 包括的民間委託を導入する | 委託施設数 | 3施設 |
""",
        items=(
            E("Goal", "施設の計画的な更新"),
            E("Measure", "老朽管の改築を進める"),
            E("Measure", "ストックマネジメント計画を見直す"),
            E("Goal", "経営基盤の強化"),
            E("Measure", "使用料の適正化を検討する"),
            E("Measure", "包括的民間委託を導入する"),
        ),
        not_items=("目標値（R12）",),
    ),
    Case(
        name="noshinkeikaku_plain_indented_sentences",
        text="""第１　農用地の利用に関する事項

１　土地利用の方向
　（１）農用地の保全
　　　優良農地の転用を抑制する。
　　　耕作放棄地の再生利用を支援する。
　（２）担い手への集積
　　　農地中間管理機構を通じた貸借を進める。

２　農業生産基盤の整備
　　　老朽化した用排水路を改修する。
　　　ほ場の大区画化を進める。
""",
        items=(
            E("Theme", "土地利用の方向"),
            E("Theme", "農用地の保全"),
            E("Measure", "優良農地の転用を抑制する。", "農用地の保全"),
            E("Measure", "耕作放棄地の再生利用を支援する。", "農用地の保全"),
            E("Theme", "担い手への集積"),
            E("Measure", "農地中間管理機構を通じた貸借を進める。", "担い手への集積"),
            E("Theme", "農業生産基盤の整備"),
            E("Measure", "老朽化した用排水路を改修する。", "農業生産基盤の整備"),
            E("Measure", "ほ場の大区画化を進める。", "農業生産基盤の整備"),
        ),
        not_items=("農用地の利用に関する事項",),
    ),
    Case(
        name="kisei_kaikaku_genjo_kadai_taiosaku_latin_letters",
        text="""## （３）オンライン診療の推進

【現状・課題】
初診からのオンライン診療を行う医療機関が限られている。
【対応策】
ａ　厚生労働省は、初診からのオンライン診療の指針を見直す。
ｂ　厚生労働省は、オンライン診療の診療報酬上の評価を検討し、結論を得る。

## （４）処方箋の電子化

【現状・課題】
電子処方箋に対応する薬局が都市部に偏在している。
【対応策】
ａ　厚生労働省は、薬局のシステム改修費を補助する。
""",
        items=(
            E("Theme", "オンライン診療の推進"),
            E("Issue", "初診からのオンライン診療を行う医療機関が限られている。", "オンライン診療の推進"),
            E("Measure", "厚生労働省は、初診からのオンライン診療の指針を見直す。", "オンライン診療の推進"),
            E(
                "Measure",
                "厚生労働省は、オンライン診療の診療報酬上の評価を検討し、結論を得る。",
                "オンライン診療の推進",
            ),
            E("Theme", "処方箋の電子化"),
            E("Issue", "電子処方箋に対応する薬局が都市部に偏在している。", "処方箋の電子化"),
            E("Measure", "厚生労働省は、薬局のシステム改修費を補助する。", "処方箋の電子化"),
        ),
        not_items=("【現状・課題】", "【対応策】"),
    ),
    Case(
        name="shisei_hoshin_kanji_numbers_daiichi_ni",
        text="""令和８年度　施政方針（抜粋）

一、子育て支援の充実
　第一に、保育所の待機児童ゼロを継続するため、定員を60人拡大いたします。
　第二に、中学生までの医療費助成を高校生まで広げます。

二、産業の振興
　第一に、創業支援センターを駅前に開設いたします。
""",
        items=(
            E("Theme", "子育て支援の充実"),
            E(
                "Measure",
                "保育所の待機児童ゼロを継続するため、定員を60人拡大いたします。",
                "子育て支援の充実",
            ),
            E("Measure", "中学生までの医療費助成を高校生まで広げます。", "子育て支援の充実"),
            E("Theme", "産業の振興"),
            E("Measure", "創業支援センターを駅前に開設いたします。", "産業の振興"),
        ),
        not_items=("施政方針（抜粋）",),
    ),
)

THIRD: tuple[Case, ...] = (
    Case(
        name="shisaku_hyoka_sheet_header_row_field_cells",
        text="""## 令和７年度 施策評価シート

| 施策名 | 子育て環境の充実 |
|---|---|
| 施策の目的 | 安心して子どもを産み育てられる環境をつくる。 |
| 現状と課題 | ・保育士の確保が難しくなっている。<br>・病児保育の利用枠が不足している。 |
| 今後の方向性 | ・保育士の処遇改善を支援する。<br>・病児保育施設を１か所増やす。 |
| 担当課 | こども未来課 |
""",
        items=(
            E("Measure", "子育て環境の充実"),
            E("Goal", "安心して子どもを産み育てられる環境をつくる。"),
            E("Issue", "保育士の確保が難しくなっている。"),
            E("Issue", "病児保育の利用枠が不足している。"),
            E("Measure", "保育士の処遇改善を支援する。"),
            E("Measure", "病児保育施設を１か所増やす。"),
        ),
        not_items=("こども未来課",),
    ),
    Case(
        name="kankyo_kihon_keikaku_diamond_circles_indicator_lines",
        text="""## 第３章　施策の展開

◇ 脱炭素社会の実現
○ 公共施設への太陽光発電設備の導入を進める。
○ 電気自動車の充電設備を道の駅に設置する。
【指標】温室効果ガス排出量（2013年度比）　46％削減

◇ 自然共生社会の実現
○ 里山の保全活動を行う団体を支援する。
【指標】保全活動団体数　30団体
""",
        items=(
            E("Theme", "脱炭素社会の実現"),
            E("Measure", "公共施設への太陽光発電設備の導入を進める。", "脱炭素社会の実現"),
            E("Measure", "電気自動車の充電設備を道の駅に設置する。", "脱炭素社会の実現"),
            E("Theme", "自然共生社会の実現"),
            E("Measure", "里山の保全活動を行う団体を支援する。", "自然共生社会の実現"),
        ),
        not_items=("施策の展開", "温室効果ガス排出量", "保全活動団体数"),
    ),
    Case(
        name="jigyo_keikaku_roman_numbered_with_susumekata",
        text="""# 北浜市デジタル化推進計画

## Ⅰ　行政サービスのデジタル化

### １　手続のオンライン化

- 転入・転出の手続をオンラインで受け付ける。
- 施設予約システムを更新する。

### ２　窓口の改善

- 書かない窓口を本庁舎に導入する。

## Ⅱ　計画の進め方

- 毎年度、進捗状況を庁内会議に報告する。
- 必要に応じて計画を見直す。
""",
        items=(
            E("Theme", "行政サービスのデジタル化"),
            E("Theme", "手続のオンライン化"),
            E("Measure", "転入・転出の手続をオンラインで受け付ける。", "手続のオンライン化"),
            E("Measure", "施設予約システムを更新する。", "手続のオンライン化"),
            E("Theme", "窓口の改善"),
            E("Measure", "書かない窓口を本庁舎に導入する。", "窓口の改善"),
        ),
        not_items=("計画の進め方", "毎年度、進捗状況を", "必要に応じて計画を見直す"),
    ),
    Case(
        name="kadai_taio_hoshin_inline_bullets_in_cell",
        text="""### 表　主な課題と対応方針

| 分野 | 課題 | 対応方針 |
|---|---|---|
| 医療 | 夜間の救急医療体制が弱い。 | ・二次救急の輪番制を見直す　・救急安心電話相談を周知する |
| 介護 | 介護人材が不足している。 | ・外国人介護人材の受入れを支援する |
""",
        items=(
            E("Theme", "医療"),
            E("Issue", "夜間の救急医療体制が弱い。", "医療"),
            E("Measure", "二次救急の輪番制を見直す", "医療"),
            E("Measure", "救急安心電話相談を周知する", "医療"),
            E("Theme", "介護"),
            E("Issue", "介護人材が不足している。", "介護"),
            E("Measure", "外国人介護人材の受入れを支援する", "介護"),
        ),
        not_items=("主な課題と対応方針",),
    ),
    Case(
        name="kotsu_keikaku_goal_number_bracket_label",
        text="""## 目標１　誰もが移動しやすいまち

【施策】
①　コミュニティバスの路線を再編する。
②　高齢者の運賃割引を拡充する。

## 目標２　環境にやさしい交通

【施策】
①　パークアンドライド駐車場を整備する。
""",
        items=(
            E("Goal", "誰もが移動しやすいまち"),
            E("Measure", "コミュニティバスの路線を再編する。"),
            E("Measure", "高齢者の運賃割引を拡充する。"),
            E("Goal", "環境にやさしい交通"),
            E("Measure", "パークアンドライド駐車場を整備する。"),
        ),
        not_items=("【施策】",),
    ),
)
PROCEDURE = Case(
    name="chiiki_renkei_susumekata_procedure_heading",
    text="""## １　地域連携の推進

- 近隣３町と観光情報を共同で発信する。
- 広域の防災訓練を合同で行う。

## ２　連携の進め方

- 関係町の担当課長による連絡会議を年２回開く。
- 取組の状況を毎年度点検する。
""",
    items=(
        E("Theme", "地域連携の推進"),
        E("Measure", "近隣３町と観光情報を共同で発信する。", "地域連携の推進"),
        E("Measure", "広域の防災訓練を合同で行う。", "地域連携の推進"),
    ),
    not_items=("連携の進め方", "関係町の担当課長による", "取組の状況を毎年度点検する"),
)

FOURTH: tuple[Case, ...] = (
    Case(
        name="kosodate_jigyo_keikaku_bold_section_rows",
        text="""### 表４　地域子ども・子育て支援事業の方向性

| 事業名 | 現状 | 今後の方向性 |
|---|---|---|
| **(1) 妊娠・出産期の支援** | | |
| 妊婦健康診査 | 受診率は98％である。 | 受診券の様式を見直す。 |
| 産後ケア事業 | 利用は年30件程度である。 | 宿泊型の受入れ施設を増やす。 |
| **(2) 乳幼児期の支援** | | |
| 一時預かり事業 | 土日の利用が多い。 | 日曜日に開所する園を２か所にする。 |
""",
        items=(
            E("Theme", "妊娠・出産期の支援"),
            E("Measure", "妊婦健康診査", "妊娠・出産期の支援"),
            E("Measure", "受診券の様式を見直す。", "妊娠・出産期の支援"),
            E("Measure", "産後ケア事業", "妊娠・出産期の支援"),
            E("Measure", "宿泊型の受入れ施設を増やす。", "妊娠・出産期の支援"),
            E("Theme", "乳幼児期の支援"),
            E("Measure", "一時預かり事業", "乳幼児期の支援"),
            E("Measure", "日曜日に開所する園を２か所にする。", "乳幼児期の支援"),
        ),
        not_items=("地域子ども・子育て支援事業の方向性",),
    ),
    Case(
        name="kenko_plan_bunya_heading_goal_table",
        text="""## 分野１　栄養・食生活

| 目指す姿 | 主な取組 |
|---|---|
| 市民が適正な量と質の食事をとっている。 | ・野菜摂取を促すレシピを配布する。<br>・減塩の出前講座を開く。 |

## 分野２　身体活動・運動

| 目指す姿 | 主な取組 |
|---|---|
| 日常生活で体を動かす市民が増えている。 | ・ウォーキングイベントを開催する。 |
""",
        items=(
            E("Theme", "栄養・食生活"),
            E("Goal", "市民が適正な量と質の食事をとっている。", "栄養・食生活"),
            E("Measure", "野菜摂取を促すレシピを配布する。", "栄養・食生活"),
            E("Measure", "減塩の出前講座を開く。", "栄養・食生活"),
            E("Theme", "身体活動・運動"),
            E("Goal", "日常生活で体を動かす市民が増えている。", "身体活動・運動"),
            E("Measure", "ウォーキングイベントを開催する。", "身体活動・運動"),
        ),
    ),
    Case(
        name="kankyo_keikaku_double_circle_marks",
        text="""第５章　環境施策の推進

◎ ごみの減量
　・生ごみ処理機の購入費を助成する。
　・フードドライブの回収拠点を増やす。

◎ 水辺の保全
　・河川の清掃活動を支援する。
""",
        items=(
            E("Theme", "ごみの減量"),
            E("Measure", "生ごみ処理機の購入費を助成する。", "ごみの減量"),
            E("Measure", "フードドライブの回収拠点を増やす。", "ごみの減量"),
            E("Theme", "水辺の保全"),
            E("Measure", "河川の清掃活動を支援する。", "水辺の保全"),
        ),
        not_items=("第５章　環境施策の推進",),
    ),
    Case(
        name="sangyo_shinko_sections_numbers_katakana",
        text="""## 第３節　商工業の振興

### １　中小企業の経営支援

（１）資金繰りの支援
ア　制度融資の利子を補給する。
イ　信用保証料の一部を補助する。

（２）事業承継の支援
ア　後継者を探す事業者と創業希望者をつなぐ窓口を設ける。

### ２　商店街の活性化

ア　空き店舗の改装費を補助する。
イ　商店街のイベントを支援する。
""",
        items=(
            E("Theme", "商工業の振興"),
            E("Theme", "中小企業の経営支援"),
            E("Theme", "資金繰りの支援"),
            E("Measure", "制度融資の利子を補給する。", "資金繰りの支援"),
            E("Measure", "信用保証料の一部を補助する。", "資金繰りの支援"),
            E("Theme", "事業承継の支援"),
            E("Measure", "後継者を探す事業者と創業希望者をつなぐ窓口を設ける。", "事業承継の支援"),
            E("Theme", "商店街の活性化"),
            E("Measure", "空き店舗の改装費を補助する。", "商店街の活性化"),
            E("Measure", "商店街のイベントを支援する。", "商店街の活性化"),
        ),
    ),
)

CASES: tuple[Case, ...] = (*FIRST, *SECOND, *THIRD, PROCEDURE, *FOURTH)
