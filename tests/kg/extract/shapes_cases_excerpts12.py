"""Excerpts of Japanese plans of families the other sets do not hold, marking their themes in the ways
such plans do, with the items a reader takes from them (test_shapes_excerpts.py holds the figures).

Every excerpt is invented (place names fictitious).  The kinds: a スポーツ推進計画 whose 施策の体系 table
has 基本方針 and 施策の方向性 columns left of its 主な事業, carried down over blank cells; a 住生活基本計画
whose 「視点N」 headings stand over 「目標N」 headings over （基本的な施策） bullets; a 都市計画マスタープラン
whose 分野別 chapter holds 「1　…の方針」 headings over （1）課題 and （2）方針 bullets; a 子ども読書活動推進計画
in plain text, 「１　…の推進」 lines over （１）現状と課題 sentences and （２）主な取組 ・ lines; a
がん対策推進計画 naming its 柱 in quotes in a sentence, with a （1） section for each over 【現状と課題】
and 【取り組むべき施策】 labels; a 再犯防止推進計画 of 「第N節」 headings over 1 現状と課題 and 2 具体的な施策,
whose （1） headings over one sentence each are measures; a シティプロモーション戦略 of 「戦略Ⅰ」 headings over
① lines; a 人権施策推進計画 whose 分野別施策 chapter holds headings naming a group of people (女性,
子ども) over 【現状と課題】 and 【施策の方向】 labels over ○ lines.

Conventions as in shapes_cases_excerpts10.py: the cue of a label or column decides the type where it
names one (目標 a goal, 課題 an issue, 施策/取組/事業 a measure); a heading, line or cell carried down
that stands over other items is a theme; a leaf line, entry, cell or sentence naming an action a
measure; a leaf （1） heading over one sentence a measure, the sentence its text.  theme= is the
nearest enclosing theme (a goal heading is none: the items under it carry the theme over it).
Labels without numbering or marks; whole sentences keep 「。」.  Generic chapter names (施策の展開,
施策の体系), labels (（１）現状と課題, 【施策の方向】), lead-in sentences and 指標 rows are no items.

At first sight (d20fedf, before the rules for them): Goal F1 1.00 (6 of 6), Theme 0.69 (18 of 29, 23
found: the 施策の方向性 column read as measures, the 「視点N」 headings as no item, the quoted 柱 not
read and their （1） sections made themes of their own, 「戦略と具体的な取組」 and 「分野別施策の推進」
read as themes), Issue 0.87 (17 of 22), Measure 0.95 (52 of 52, 58 found), item → theme links 53 of
79, six lines named as no item read as items.  After them: 1.00 / 1.00 / 0.93 / 1.00, links 76 of
79; the three issues left are statements whose predicate names no problem by its words.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

# ruff: noqa: E501

_SPORTS = Case(
    name="sports_suishin_taikei_table_policy_and_direction_columns",
    text="""\
# 第2期 さくら市スポーツ推進計画（抜粋）

## 第3章　施策の体系

基本理念の実現に向けて、三つの基本方針のもとに施策を体系づけます。

| 基本方針 | 施策の方向性 | 主な事業 |
|---|---|---|
| 1 ライフステージに応じたスポーツ活動の推進 | (1) 子どものスポーツ機会の充実 | 運動遊びプログラムの普及<br>休日の部活動の地域移行 |
| | (2) 働く世代の運動習慣づくり | 企業と連携した運動プログラムの紹介 |
| 2 誰もがスポーツに親しめる環境づくり | (1) 障害者スポーツの推進 | 障害者スポーツ指導員の養成 |
| | (2) スポーツ施設の計画的な改修 | 市民球場の照明のLED化<br>体育館の空調設備の整備 |
| 3 スポーツを通じた地域の活性化 | (1) スポーツ大会・合宿の誘致 | 全国規模の大会の誘致 |

## 第4章　成果指標

| 指標 | 現状値（令和6年度） | 目標値（令和11年度） |
|---|---|---|
| 成人の週1回以上のスポーツ実施率 | 48％ | 65％ |
| スポーツボランティアの登録者数 | 320人 | 500人 |

## 第5章　計画の推進体制

スポーツ推進審議会に毎年度の進捗を報告し、意見を聴きます。
""",
    items=(
        Expected("Theme", "ライフステージに応じたスポーツ活動の推進"),
        Expected("Theme", "子どものスポーツ機会の充実"),
        Expected("Measure", "運動遊びプログラムの普及", theme="子どものスポーツ機会の充実"),
        Expected("Measure", "休日の部活動の地域移行", theme="子どものスポーツ機会の充実"),
        Expected("Theme", "働く世代の運動習慣づくり"),
        Expected("Measure", "企業と連携した運動プログラムの紹介", theme="働く世代の運動習慣づくり"),
        Expected("Theme", "誰もがスポーツに親しめる環境づくり"),
        Expected("Theme", "障害者スポーツの推進"),
        Expected("Measure", "障害者スポーツ指導員の養成", theme="障害者スポーツの推進"),
        Expected("Theme", "スポーツ施設の計画的な改修"),
        Expected("Measure", "市民球場の照明のLED化", theme="スポーツ施設の計画的な改修"),
        Expected("Measure", "体育館の空調設備の整備", theme="スポーツ施設の計画的な改修"),
        Expected("Theme", "スポーツを通じた地域の活性化"),
        Expected("Theme", "スポーツ大会・合宿の誘致"),
        Expected("Measure", "全国規模の大会の誘致", theme="スポーツ大会・合宿の誘致"),
    ),
    not_items=(
        "第3章",
        "三つの基本方針のもとに",
        "成人の週1回以上",
        "スポーツボランティアの登録者数",
        "進捗を報告",
    ),
)

_HOUSING = Case(
    name="jyuseikatsu_viewpoint_headings_over_goal_headings",
    text="""\
# みずほ市住生活基本計画（抜粋）

## 第3章　目標と基本的な施策

本計画では、三つの視点から五つの目標を定め、施策を展開します。

### 視点１　居住者・コミュニティ

#### 目標１　子どもを産み育てやすい住まいの実現

（基本的な施策）
- 子育て世帯向けの市営住宅の優先入居枠を拡大する。
- 三世代での同居・近居のための住宅取得を支援する。

#### 目標２　高齢者が安心して暮らせる住まいの確保

（基本的な施策）
- 住宅のバリアフリー改修に対する補助を継続する。
- サービス付き高齢者向け住宅の供給を促進する。

### 視点２　住宅ストック

#### 目標３　空き家の適切な管理と活用

（基本的な施策）
- 所有者に対する管理の相談窓口を設ける。
- 空き家バンクの登録物件を増やす。

#### 目標４　住宅の耐震化と省エネルギー化

（基本的な施策）
- 旧耐震基準の木造住宅の耐震診断を無料で実施する。
- 断熱改修の費用の一部を補助する。

### 視点３　まちづくり

#### 目標５　災害に強い住宅市街地の形成

（基本的な施策）
- 密集市街地の狭あい道路の拡幅を進める。
""",
    items=(
        Expected("Theme", "居住者・コミュニティ"),
        Expected("Goal", "子どもを産み育てやすい住まいの実現", theme="居住者・コミュニティ"),
        Expected("Measure", "子育て世帯向けの市営住宅の優先入居枠を拡大する。", theme="居住者・コミュニティ"),
        Expected("Measure", "三世代での同居・近居のための住宅取得を支援する。", theme="居住者・コミュニティ"),
        Expected("Goal", "高齢者が安心して暮らせる住まいの確保", theme="居住者・コミュニティ"),
        Expected("Measure", "住宅のバリアフリー改修に対する補助を継続する。", theme="居住者・コミュニティ"),
        Expected("Measure", "サービス付き高齢者向け住宅の供給を促進する。", theme="居住者・コミュニティ"),
        Expected("Theme", "住宅ストック"),
        Expected("Goal", "空き家の適切な管理と活用", theme="住宅ストック"),
        Expected("Measure", "所有者に対する管理の相談窓口を設ける。", theme="住宅ストック"),
        Expected("Measure", "空き家バンクの登録物件を増やす。", theme="住宅ストック"),
        Expected("Goal", "住宅の耐震化と省エネルギー化", theme="住宅ストック"),
        Expected("Measure", "旧耐震基準の木造住宅の耐震診断を無料で実施する。", theme="住宅ストック"),
        Expected("Measure", "断熱改修の費用の一部を補助する。", theme="住宅ストック"),
        Expected("Theme", "まちづくり"),
        Expected("Goal", "災害に強い住宅市街地の形成", theme="まちづくり"),
        Expected("Measure", "密集市街地の狭あい道路の拡幅を進める。", theme="まちづくり"),
    ),
    not_items=("第3章", "三つの視点から", "（基本的な施策）"),
)

_MASTER_PLAN = Case(
    name="toshi_mp_field_policy_headings_over_issue_and_policy_bullets",
    text="""\
# ひがし町都市計画マスタープラン（抜粋）

## 第3章　分野別のまちづくり方針

### 1　土地利用の方針

#### （1）課題

- 郊外の農地で小規模な宅地開発が散発的に進んでいる。
- 駅周辺の商業地で空き店舗が増えている。

#### （2）方針

- 駅周辺に商業・医療などの都市機能を誘導する。
- 郊外の優良農地は保全を基本とする。

### 2　道路・交通体系の方針

#### （1）課題

- 幹線道路の渋滞が朝夕に慢性化している。
- 路線バスの便数が減り、高齢者の移動手段が限られている。

#### （2）方針

- 都市計画道路の未整備区間の整備を優先度に応じて進める。
- デマンド型交通を導入し、駅と郊外の集落を結ぶ。

### 3　公園・緑地の方針

#### （1）課題

- 公園の遊具の老朽化が進み、使用を停止するものが出ている。

#### （2）方針

- 遊具の更新計画を定め、計画的に更新する。
- 河川沿いの緑地を散策路としてつなぐ。
""",
    items=(
        Expected("Theme", "土地利用の方針"),
        Expected("Issue", "郊外の農地で小規模な宅地開発が散発的に進んでいる。", theme="土地利用の方針"),
        Expected("Issue", "駅周辺の商業地で空き店舗が増えている。", theme="土地利用の方針"),
        Expected("Measure", "駅周辺に商業・医療などの都市機能を誘導する。", theme="土地利用の方針"),
        Expected("Measure", "郊外の優良農地は保全を基本とする。", theme="土地利用の方針"),
        Expected("Theme", "道路・交通体系の方針"),
        Expected("Issue", "幹線道路の渋滞が朝夕に慢性化している。", theme="道路・交通体系の方針"),
        Expected(
            "Issue", "路線バスの便数が減り、高齢者の移動手段が限られている。", theme="道路・交通体系の方針"
        ),
        Expected(
            "Measure", "都市計画道路の未整備区間の整備を優先度に応じて進める。", theme="道路・交通体系の方針"
        ),
        Expected("Measure", "デマンド型交通を導入し、駅と郊外の集落を結ぶ。", theme="道路・交通体系の方針"),
        Expected("Theme", "公園・緑地の方針"),
        Expected(
            "Issue", "公園の遊具の老朽化が進み、使用を停止するものが出ている。", theme="公園・緑地の方針"
        ),
        Expected("Measure", "遊具の更新計画を定め、計画的に更新する。", theme="公園・緑地の方針"),
        Expected("Measure", "河川沿いの緑地を散策路としてつなぐ。", theme="公園・緑地の方針"),
    ),
    not_items=("第3章", "（1）課題", "（2）方針"),
)

_READING = Case(
    name="dokusho_suishin_plain_numbered_lines_over_labels",
    text="""\
第2次 やまと町子ども読書活動推進計画（抜粋）

第3章　施策の展開

１　家庭における読書活動の推進
（１）現状と課題
乳幼児期に絵本に触れる機会が、家庭によって大きく異なっている。
保護者が読み聞かせの方法を学ぶ場が少ない。
（２）主な取組
・４か月児健診で絵本を手渡すブックスタートを継続する。
・読み聞かせ講座を子育て支援センターで開催する。

２　地域における読書活動の推進
（１）現状と課題
町立図書館から遠い地区では、子どもの利用登録率が低い。
（２）主な取組
・移動図書館車の巡回場所を増やす。
・公民館の図書コーナーに児童書を定期的に配本する。

３　学校等における読書活動の推進
（１）現状と課題
中学生の不読率が高く、読書離れが進んでいる。
学校図書館の蔵書の更新が進まず、古い資料が多く残っている。
（２）主な取組
・朝の読書の時間を全ての小・中学校で実施する。
・学校図書館に専任の司書を配置する。
・廃棄基準を定め、蔵書の更新を計画的に進める。
""",
    items=(
        Expected("Theme", "家庭における読書活動の推進"),
        Expected(
            "Issue",
            "乳幼児期に絵本に触れる機会が、家庭によって大きく異なっている。",
            theme="家庭における読書活動の推進",
        ),
        Expected("Issue", "保護者が読み聞かせの方法を学ぶ場が少ない。", theme="家庭における読書活動の推進"),
        Expected(
            "Measure",
            "４か月児健診で絵本を手渡すブックスタートを継続する。",
            theme="家庭における読書活動の推進",
        ),
        Expected(
            "Measure", "読み聞かせ講座を子育て支援センターで開催する。", theme="家庭における読書活動の推進"
        ),
        Expected("Theme", "地域における読書活動の推進"),
        Expected(
            "Issue",
            "町立図書館から遠い地区では、子どもの利用登録率が低い。",
            theme="地域における読書活動の推進",
        ),
        Expected("Measure", "移動図書館車の巡回場所を増やす。", theme="地域における読書活動の推進"),
        Expected(
            "Measure", "公民館の図書コーナーに児童書を定期的に配本する。", theme="地域における読書活動の推進"
        ),
        Expected("Theme", "学校等における読書活動の推進"),
        Expected(
            "Issue", "中学生の不読率が高く、読書離れが進んでいる。", theme="学校等における読書活動の推進"
        ),
        Expected(
            "Issue",
            "学校図書館の蔵書の更新が進まず、古い資料が多く残っている。",
            theme="学校等における読書活動の推進",
        ),
        Expected(
            "Measure", "朝の読書の時間を全ての小・中学校で実施する。", theme="学校等における読書活動の推進"
        ),
        Expected("Measure", "学校図書館に専任の司書を配置する。", theme="学校等における読書活動の推進"),
        Expected(
            "Measure", "廃棄基準を定め、蔵書の更新を計画的に進める。", theme="学校等における読書活動の推進"
        ),
    ),
    not_items=("第3章", "（１）現状と課題", "（２）主な取組"),
)

_CANCER = Case(
    name="gan_taisaku_pillars_quoted_in_a_sentence_sections_with_labels",
    text="""\
# かもめ県がん対策推進計画（第4期）（抜粋）

## 第3章　全体目標と分野別施策

### 1　全体目標

誰一人取り残さないがん対策を推進し、全ての県民とがんの克服を目指す。

### 2　分野別施策

本計画では、「がん予防」、「がん医療の充実」及び「がんとの共生」の三つを柱として施策を進めます。

#### （1）がん予防

【現状と課題】
県のがん検診の受診率は、いずれのがん種でも国の目標の60％に達していない。
20歳代から30歳代の男性の喫煙率が依然として高い。

【取り組むべき施策】
- 職域と連携し、がん検診の受診勧奨を行う。
- 禁煙外来の情報を事業所に提供する。

#### （2）がん医療の充実

【現状と課題】
がん診療連携拠点病院のない二次医療圏が二つある。

【取り組むべき施策】
- 拠点病院のない医療圏に地域がん診療病院を指定する。
- 緩和ケア研修を受けた医師を増やす。

#### （3）がんとの共生

【現状と課題】
がんと診断された後に離職する人が少なくない。

【取り組むべき施策】
- がん相談支援センターに就労の専門相談員を配置する。
- 治療と仕事の両立を支援する事業所を認定する。
""",
    items=(
        Expected("Goal", "誰一人取り残さないがん対策を推進し、全ての県民とがんの克服を目指す。"),
        Expected("Theme", "がん予防", line="三つを柱として"),
        Expected("Theme", "がん医療の充実", line="三つを柱として"),
        Expected("Theme", "がんとの共生", line="三つを柱として"),
        Expected(
            "Issue",
            "県のがん検診の受診率は、いずれのがん種でも国の目標の60％に達していない。",
            theme="がん予防",
        ),
        Expected("Issue", "20歳代から30歳代の男性の喫煙率が依然として高い。", theme="がん予防"),
        Expected("Measure", "職域と連携し、がん検診の受診勧奨を行う。", theme="がん予防"),
        Expected("Measure", "禁煙外来の情報を事業所に提供する。", theme="がん予防"),
        Expected("Issue", "がん診療連携拠点病院のない二次医療圏が二つある。", theme="がん医療の充実"),
        Expected("Measure", "拠点病院のない医療圏に地域がん診療病院を指定する。", theme="がん医療の充実"),
        Expected("Measure", "緩和ケア研修を受けた医師を増やす。", theme="がん医療の充実"),
        Expected("Issue", "がんと診断された後に離職する人が少なくない。", theme="がんとの共生"),
        Expected("Measure", "がん相談支援センターに就労の専門相談員を配置する。", theme="がんとの共生"),
        Expected("Measure", "治療と仕事の両立を支援する事業所を認定する。", theme="がんとの共生"),
    ),
    not_items=("第3章", "（1）がん予防", "（2）がん医療の充実", "（3）がんとの共生", "【取り組むべき施策】"),
)

_REOFFENDING = Case(
    name="saihan_boshi_section_headings_over_leaf_paren_measures",
    text="""\
# 第2次 ゆうなぎ市再犯防止推進計画（抜粋）

## 第4章　具体的な施策

### 第1節　就労・住居の確保

#### 1　現状と課題

刑務所出所者等の多くが、適切な帰住先を確保できないまま出所している。
協力雇用主として登録している事業者のうち、実際に雇用している事業者は一部にとどまっている。

#### 2　具体的な施策

##### （1）協力雇用主の拡大

市の入札参加資格審査で、協力雇用主に加点する。

##### （2）住居の確保への支援

市営住宅への入居について、保護観察所と連携して相談に応じる。

### 第2節　保健医療・福祉サービスの利用の促進

#### 1　現状と課題

高齢や障害のため自立した生活が難しい出所者等が、必要な福祉サービスにつながっていない。

#### 2　具体的な施策

##### （1）地域生活定着支援センターとの連携

出所前から福祉サービスの利用を調整する会議を開く。

##### （2）薬物依存からの回復支援

保健所で薬物依存症の家族相談を行う。
""",
    items=(
        Expected("Theme", "就労・住居の確保"),
        Expected(
            "Issue",
            "刑務所出所者等の多くが、適切な帰住先を確保できないまま出所している。",
            theme="就労・住居の確保",
        ),
        Expected(
            "Issue",
            "協力雇用主として登録している事業者のうち、実際に雇用している事業者は一部にとどまっている。",
            theme="就労・住居の確保",
        ),
        Expected("Measure", "協力雇用主の拡大", theme="就労・住居の確保"),
        Expected("Measure", "住居の確保への支援", theme="就労・住居の確保"),
        Expected("Theme", "保健医療・福祉サービスの利用の促進"),
        Expected(
            "Issue",
            "高齢や障害のため自立した生活が難しい出所者等が、必要な福祉サービスにつながっていない。",
            theme="保健医療・福祉サービスの利用の促進",
        ),
        Expected("Measure", "地域生活定着支援センターとの連携", theme="保健医療・福祉サービスの利用の促進"),
        Expected("Measure", "薬物依存からの回復支援", theme="保健医療・福祉サービスの利用の促進"),
    ),
    not_items=("第4章", "1　現状と課題", "2　具体的な施策", "入札参加資格審査", "家族相談を行う"),
)

_PROMOTION = Case(
    name="city_promotion_strategy_headings_over_circled_lines",
    text="""\
# あさひ市シティプロモーション戦略（抜粋）

## 4　戦略と具体的な取組

市の魅力を市内外に届けるため、次の三つの戦略を定めます。

### 戦略Ⅰ　市の認知度を高める

①　SNSと動画を活用して市の魅力を発信する。
②　首都圏の駅でPRイベントを開催する。

### 戦略Ⅱ　市を訪れる人を増やす

①　農業体験と宿泊を組み合わせた滞在プランをつくる。
②　市内の周遊に使えるデジタルスタンプラリーを実施する。

### 戦略Ⅲ　移住・定住を促進する

①　移住希望者向けのお試し住宅を用意する。
②　市内企業の求人情報を移住相談窓口で提供する。
③　転入した子育て世帯に地域の案内役を紹介する。

## 5　推進体制

庁内の推進会議で取組の進み具合を確認し、毎年度見直します。
""",
    items=(
        Expected("Theme", "市の認知度を高める"),
        Expected("Measure", "SNSと動画を活用して市の魅力を発信する。", theme="市の認知度を高める"),
        Expected("Measure", "首都圏の駅でPRイベントを開催する。", theme="市の認知度を高める"),
        Expected("Theme", "市を訪れる人を増やす"),
        Expected("Measure", "農業体験と宿泊を組み合わせた滞在プランをつくる。", theme="市を訪れる人を増やす"),
        Expected(
            "Measure", "市内の周遊に使えるデジタルスタンプラリーを実施する。", theme="市を訪れる人を増やす"
        ),
        Expected("Theme", "移住・定住を促進する"),
        Expected("Measure", "移住希望者向けのお試し住宅を用意する。", theme="移住・定住を促進する"),
        Expected("Measure", "市内企業の求人情報を移住相談窓口で提供する。", theme="移住・定住を促進する"),
        Expected("Measure", "転入した子育て世帯に地域の案内役を紹介する。", theme="移住・定住を促進する"),
    ),
    not_items=("4　戦略と具体的な取組", "次の三つの戦略", "5　推進体制", "毎年度見直します"),
)

_HUMAN_RIGHTS = Case(
    name="jinken_field_chapter_group_headings_over_labels",
    text="""\
# ふじみ市人権施策推進計画（抜粋）

## 第3章　分野別施策の推進

### 1　女性

【現状と課題】
固定的な性別役割分担意識が根強く残っている。
配偶者等からの暴力の被害が潜在化し、相談につながっていない。

【施策の方向】
○ 性別役割分担意識の解消に向けた講座を地域で開催する。
○ 配偶者暴力相談支援センターの相談体制を強化する。

### 2　子ども

【現状と課題】
いじめが重大化し、不登校につながる例がある。

【施策の方向】
○ スクールカウンセラーを全ての中学校に配置する。

### 3　高齢者

【現状と課題】
高齢者への虐待が家庭内で見過ごされやすい。

【施策の方向】
○ 介護する家族の負担を軽くする相談の場を設ける。
○ 成年後見制度の利用を支援する。

### 4　インターネットによる人権侵害

【現状と課題】
SNS上での誹謗中傷による被害が深刻化している。

【施策の方向】
○ 情報モラル教育を小・中学校で実施する。
""",
    items=(
        Expected("Theme", "女性"),
        Expected("Issue", "固定的な性別役割分担意識が根強く残っている。", theme="女性"),
        Expected("Issue", "配偶者等からの暴力の被害が潜在化し、相談につながっていない。", theme="女性"),
        Expected("Measure", "性別役割分担意識の解消に向けた講座を地域で開催する。", theme="女性"),
        Expected("Measure", "配偶者暴力相談支援センターの相談体制を強化する。", theme="女性"),
        Expected("Theme", "子ども"),
        Expected("Issue", "いじめが重大化し、不登校につながる例がある。", theme="子ども"),
        Expected("Measure", "スクールカウンセラーを全ての中学校に配置する。", theme="子ども"),
        Expected("Theme", "高齢者"),
        Expected("Issue", "高齢者への虐待が家庭内で見過ごされやすい。", theme="高齢者"),
        Expected("Measure", "介護する家族の負担を軽くする相談の場を設ける。", theme="高齢者"),
        Expected("Measure", "成年後見制度の利用を支援する。", theme="高齢者"),
        Expected("Theme", "インターネットによる人権侵害"),
        Expected(
            "Issue", "SNS上での誹謗中傷による被害が深刻化している。", theme="インターネットによる人権侵害"
        ),
        Expected("Measure", "情報モラル教育を小・中学校で実施する。", theme="インターネットによる人権侵害"),
    ),
    not_items=("第3章", "【現状と課題】", "【施策の方向】"),
)

CASES = [_SPORTS, _HOUSING, _MASTER_PLAN, _READING, _CANCER, _REOFFENDING, _PROMOTION, _HUMAN_RIGHTS]
