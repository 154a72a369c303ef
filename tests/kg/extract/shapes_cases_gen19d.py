"""Excerpts of Japanese plans of eight more families, laid out as such plans are, with the items a
reader takes from them (test_shapes_excerpts.py holds the figures).

Every excerpt is invented (place names fictitious).  The kinds: a 消費者教育推進計画 whose 施策の柱 |
施策 | 主な取組 table leaves the pillar's cell empty in the rows after its first and lists several ・
entries per cell; a 地産地消推進計画 in plain text, 第N parts over 1 lines over (1) topics over ア
actions, with a KPI table; a 緑の基本計画 of 「基本方針N」 headings each over a No. | 施策 | 具体的な取組 |
主体 table whose cells join entries with 「／」, with an indicator table and a 用語 list; an
耐震改修促進計画 in plain text of 「1.」/「1.1」 lines with a 【目標】 label and ① lines; a
健康危機管理計画 of 【主な対策】 labels over ① lines and a 対策 | 内容 | 担当 table; a 水防計画 in plain
text, 第N章/第N節 over ○ lines and ◆ topics, with a table of places; a 市営住宅等長寿命化計画 with a
numbered list of issues, (1) headings over bullets and a 事業 | 対象団地 | 実施内容 | 実施時期 table;
a 人材育成基本方針 in plain text, Ⅰ/Ⅱ parts over 【取組】 labels, with a table of courses; and, written
after the first rules, a 食育推進計画 whose 「基本施策N」 headings stand over a 課題 | 取組の方向 | 主な事業
table and a 事業名 | 内容 | 担当課 table with a project marked 「（再掲）」; a 文化芸術推進計画 whose
主な取組 cells list entries marked ○, ● or 「- 」; a 観光振興計画 whose 「重点プロジェクト」 chapter holds a
sheet of fields.  Each holds
lines that are no item: contents, 計画の位置付け, 計画期間, data and indicator tables, 推進体制,
進行管理, 用語.

Conventions as in shapes_cases_gen19c.py: the cue of a label or column decides the type where it
names one; a heading, line or cell that stands over other items is a theme; theme= is the nearest
enclosing theme.  Labels without numbering, codes or marks; whole sentences keep 「。」.  Written
before any rule was run on them.

At first sight (db17a7f): Goal F1 0.96, Theme 0.84, Issue 0.97, Measure 0.92, item → theme links 36 of
40, four lines named as no item read as items.  Missed then: the ・ entries of a 「内容」 or 「実施内容」
column beside a 対策 or 事業 column; headings naming when or how measures are done (「平常時の対策」,
「発生時の対策」, 「推進施策」) read as themes, and 「実施方針」 over a table of projects read as its rows'
theme; 「…が不足する地区がある」 read as a fact.  After the rules for them: Goal 0.96, Theme 0.92,
Issue 1.00, Measure 1.00, links 36 of 40, none read as items.  Left (strict expected failures): a
「…を目的とする。」 sentence under 「計画の目的と期間」, and plain 「1　…」 lines over 【取組】 labels
and ① lines under a Ⅳ part, read as no themes.
The 食育推進計画 at first sight (7dfa7d7): the 「基本施策N」 heading over rows standing in themes of
their own, read as a measure, and 「（再掲）」 kept in a project's label; after the rules for them the set
gives Goal 0.96, Theme 0.94, Issue 1.00, Measure 1.00, links 43 of 47.
The 文化芸術推進計画 at first sight (3706aa2): its cells' entries kept their marks (「○市民会館で…」), so
none matched (set: Measure 0.92, links 46 of 55); after the rule for them: Measure 1.00, links 51 of 55.
The 観光振興計画 at first sight (fb0c0d0): 「重点プロジェクト」 read as a theme over its sheet (set: Theme
0.93, one line named as no item read as one); after the cue for it: Theme 0.95, none, links 54 of 58.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

# ruff: noqa: E501

_CONSUMER = Case(
    name="shohisha_kyoiku_pillar_table_with_empty_continued_cells_and_listed_actions",
    text="""\
# さくら台市消費者教育推進計画（抜粋）

## 目次

1. 計画の策定にあたって
2. 消費者を取り巻く現状と課題
3. 施策の展開
4. 計画の推進

## 1. 計画の策定にあたって

### (1) 計画の位置付け

本計画は、消費者教育の推進に関する法律第10条第2項に基づく市町村消費者教育推進計画として定める。

### (2) 計画期間

令和8年度から令和12年度までの5年間

## 2. 消費者を取り巻く現状と課題

| 区分 | 令和4年度 | 令和5年度 | 令和6年度 |
|---|---|---|---|
| 消費生活相談件数 | 1,210件 | 1,305件 | 1,398件 |
| うち60歳以上 | 520件 | 588件 | 640件 |

【課題】
○高齢者を狙った訪問販売や電話勧誘の被害が増えている。
○成年年齢の引下げにより、若者が契約トラブルに巻き込まれるおそれが高まっている。

## 3. 施策の展開

目指す姿：自ら考え、行動する自立した消費者が育つまち

| 施策の柱 | 施策 | 主な取組 |
|---|---|---|
| 1 ライフステージに応じた消費者教育 | (1) 学校における消費者教育 | ・小中学校に出前講座を行う<br>・高校生向けの契約の教材を作る |
| | (2) 高齢者への啓発 | ・老人クラブで悪質商法の寸劇を行う |
| 2 消費者教育の担い手の育成 | (1) 地域の見守りの担い手 | ・民生委員に見守りの研修を行う<br>・消費生活サポーターを養成する |

## 4. 計画の推進

消費者行政推進会議において、施策の実施状況を毎年度点検する。
""",
    items=(
        Expected("Issue", "高齢者を狙った訪問販売や電話勧誘の被害が増えている。"),
        Expected("Issue", "成年年齢の引下げにより、若者が契約トラブルに巻き込まれるおそれが高まっている。"),
        Expected("Goal", "自ら考え、行動する自立した消費者が育つまち"),
        Expected("Theme", "ライフステージに応じた消費者教育"),
        Expected("Measure", "学校における消費者教育", theme="ライフステージに応じた消費者教育"),
        Expected("Measure", "小中学校に出前講座を行う", theme="ライフステージに応じた消費者教育"),
        Expected("Measure", "高校生向けの契約の教材を作る", theme="ライフステージに応じた消費者教育"),
        Expected("Measure", "高齢者への啓発", theme="ライフステージに応じた消費者教育"),
        Expected("Measure", "老人クラブで悪質商法の寸劇を行う", theme="ライフステージに応じた消費者教育"),
        Expected("Theme", "消費者教育の担い手の育成"),
        Expected("Measure", "地域の見守りの担い手", theme="消費者教育の担い手の育成"),
        Expected("Measure", "民生委員に見守りの研修を行う", theme="消費者教育の担い手の育成"),
        Expected("Measure", "消費生活サポーターを養成する", theme="消費者教育の担い手の育成"),
    ),
    not_items=(
        "1. 計画の策定にあたって",
        "2. 消費者を取り巻く現状と課題",
        "3. 施策の展開",
        "(1) 計画の位置付け",
        "消費者教育の推進に関する法律第10条",
        "(2) 計画期間",
        "令和8年度から令和12年度まで",
        "消費生活相談件数",
        "うち60歳以上",
        "【課題】",
        "消費者行政推進会議において",
    ),
)

_LOCAL_FOOD = Case(
    name="chisan_chisho_plain_parts_numbered_lines_paren_topics_kana_actions_and_kpi",
    text="""\
ひばり町地産地消推進計画

第1　計画の趣旨
　本計画は、町内で生産された農林水産物を町内で消費する取組を進め、農業者の所得の向上と町民の健全な食生活の実現を図ることを目的とする。
第2　計画期間
　令和8年度から令和12年度までとする。
第3　現状と課題
1　学校給食の状況
　町産食材の使用割合は令和6年度に28％であった。
2　課題
　・給食センターが求める量を町内の生産者だけでは安定して供給できない。
　・直売所の出荷者が高齢化し、出荷量が減っている。
第4　推進施策
1　学校給食等での利用拡大
(1) 給食食材の計画的な生産
　ア　給食センターと生産者の間で年間の作付計画を定める。
　イ　規格外の野菜を加工して給食に使う。
(2) 病院・福祉施設での利用
　ア　町立病院の給食に町産米を使う。
2　直売所の機能強化
(1) 出荷者の確保
　ア　新規就農者に直売所への出荷を勧める。
第5　目標指標

| 指標 | 現状（令和6年度） | 目標（令和12年度） |
|---|---|---|
| 学校給食の町産食材使用割合 | 28％ | 40％ |
| 直売所の年間販売額 | 3.2億円 | 4.0億円 |

第6　推進体制
　町地産地消推進協議会を中心に、生産者団体、学校、商工会と連携して取り組む。
""",
    items=(
        Expected(
            "Goal",
            "本計画は、町内で生産された農林水産物を町内で消費する取組を進め、農業者の所得の向上と町民の健全な食生活の実現を図ることを目的とする。",
        ),
        Expected("Issue", "給食センターが求める量を町内の生産者だけでは安定して供給できない。"),
        Expected("Issue", "直売所の出荷者が高齢化し、出荷量が減っている。"),
        Expected("Theme", "学校給食等での利用拡大"),
        Expected("Theme", "給食食材の計画的な生産", theme="学校給食等での利用拡大"),
        Expected(
            "Measure", "給食センターと生産者の間で年間の作付計画を定める。", theme="給食食材の計画的な生産"
        ),
        Expected("Measure", "規格外の野菜を加工して給食に使う。", theme="給食食材の計画的な生産"),
        Expected("Theme", "病院・福祉施設での利用", theme="学校給食等での利用拡大"),
        Expected("Measure", "町立病院の給食に町産米を使う。", theme="病院・福祉施設での利用"),
        Expected("Theme", "直売所の機能強化"),
        Expected("Theme", "出荷者の確保", theme="直売所の機能強化"),
        Expected("Measure", "新規就農者に直売所への出荷を勧める。", theme="出荷者の確保"),
    ),
    not_items=(
        "第1　計画の趣旨",
        "第2　計画期間",
        "令和8年度から令和12年度まで",
        "第3　現状と課題",
        "1　学校給食の状況",
        "町産食材の使用割合は",
        "2　課題",
        "第4　推進施策",
        "第5　目標指標",
        "学校給食の町産食材使用割合",
        "直売所の年間販売額",
        "第6　推進体制",
        "町地産地消推進協議会を中心に",
    ),
)

_GREEN = Case(
    name="midori_kihon_policy_headings_over_coded_measure_tables_with_slashed_entries",
    text="""\
# みなと市緑の基本計画（改定版）

## 第1章　計画の基本的事項

### 1-1　計画の位置付け

本計画は、都市緑地法第4条に基づく市町村の緑地の保全及び緑化の推進に関する基本計画である。

### 1-2　計画の目標年次

令和17年（2035年）

## 第2章　緑の現状と課題

◆ 市街地の緑被率は12％と低く、公園が不足する地区がある。
◆ 樹林地の所有者の高齢化により、管理されない樹林地が増えている。

## 第3章　計画の目標

将来像「水と緑がつなぐ、潤いのあるまち　みなと」の実現を目指す。

| 目標指標 | 現況（2024年） | 目標（2035年） |
|---|---|---|
| 緑被率 | 12％ | 15％ |
| 市民一人当たり都市公園面積 | 6.1㎡ | 8.0㎡ |

## 第4章　施策の展開

### 基本方針1　緑を守る

| No. | 施策 | 具体的な取組 | 主体 |
|---|---|---|---|
| 1-1 | 樹林地の保全 | 特別緑地保全地区の指定を拡大する／所有者に管理費用を助成する | 市・市民 |
| 1-2 | 農地の保全 | 生産緑地の追加指定を進める | 市・農業者 |

### 基本方針2　緑をつくる

| No. | 施策 | 具体的な取組 | 主体 |
|---|---|---|---|
| 2-1 | 公園の整備 | 公園が不足する地区に街区公園を整備する | 市 |
| 2-2 | 民有地の緑化 | 生け垣の設置を助成する／屋上緑化を助成する | 市・事業者 |

## 第5章　計画の推進

緑化推進委員会に毎年度、施策の進み具合を報告し、意見を聴く。

### 用語

- 緑被率：樹林地、草地、農地などの緑で覆われた土地の面積の割合
- 生産緑地：生産緑地法に基づき指定された市街化区域内の農地
""",
    items=(
        Expected("Issue", "市街地の緑被率は12％と低く、公園が不足する地区がある。"),
        Expected("Issue", "樹林地の所有者の高齢化により、管理されない樹林地が増えている。"),
        Expected("Goal", "将来像「水と緑がつなぐ、潤いのあるまち　みなと」の実現を目指す。"),
        Expected("Theme", "緑を守る"),
        Expected("Measure", "樹林地の保全", theme="緑を守る"),
        Expected("Measure", "特別緑地保全地区の指定を拡大する", theme="緑を守る"),
        Expected("Measure", "所有者に管理費用を助成する", theme="緑を守る"),
        Expected("Measure", "農地の保全", theme="緑を守る"),
        Expected("Measure", "生産緑地の追加指定を進める", theme="緑を守る"),
        Expected("Theme", "緑をつくる"),
        Expected("Measure", "公園の整備", theme="緑をつくる"),
        Expected("Measure", "公園が不足する地区に街区公園を整備する", theme="緑をつくる"),
        Expected("Measure", "民有地の緑化", theme="緑をつくる"),
        Expected("Measure", "生け垣の設置を助成する", theme="緑をつくる"),
        Expected("Measure", "屋上緑化を助成する", theme="緑をつくる"),
    ),
    not_items=(
        "1-1　計画の位置付け",
        "都市緑地法第4条",
        "1-2　計画の目標年次",
        "第2章　緑の現状と課題",
        "第3章　計画の目標",
        "市民一人当たり都市公園面積",
        "第4章　施策の展開",
        "緑化推進委員会に",
        "用語",
        "緑被率：樹林地",
        "生産緑地：生産緑地法",
    ),
)

_SEISMIC = Case(
    name="taishin_kaishu_plain_decimal_lines_goal_label_circled_issues_and_actions",
    text="""\
かしわ市耐震改修促進計画

1. 計画の概要
1.1 計画の目的
　本計画は、地震による建築物の倒壊等の被害から市民の生命と財産を守るため、建築物の耐震化を計画的に促進することを目的とする。
1.2 計画期間
　令和8年度から令和12年度まで
2. 耐震化の現状
　住宅の耐震化率（令和6年度推計）

| 区分 | 総数 | 耐震性あり | 耐震化率 |
|---|---|---|---|
| 木造戸建て | 42,000戸 | 33,600戸 | 80％ |
| 共同住宅 | 28,000戸 | 26,600戸 | 95％ |

3. 耐震化の目標
【目標】
　・令和12年度までに耐震性が不十分な住宅をおおむね解消する。
　・耐震診断義務付け対象建築物の耐震性不足を令和12年度までにおおむね解消する。
4. 耐震化の促進に向けた課題
　①旧耐震基準の木造住宅の所有者の多くが高齢で、改修費用の負担が重い。
　②耐震診断を受けても改修に進まない住宅が多い。
5. 耐震化の促進のための施策
5.1 住宅の耐震化
　①木造住宅の無料耐震診断を行う。
　②耐震改修工事の費用の一部を補助する。
　③除却工事も補助の対象とする。
5.2 緊急輸送道路沿道建築物の耐震化
　①沿道建築物の所有者を戸別に訪問し、耐震診断を促す。
5.3 普及啓発
　①自治会の防災訓練で耐震化の相談会を開く。
6. 計画の推進体制
　県、建築士団体、自治会と連携し、毎年度、耐震化の進み具合を確認する。
""",
    items=(
        Expected(
            "Goal",
            "本計画は、地震による建築物の倒壊等の被害から市民の生命と財産を守るため、建築物の耐震化を計画的に促進することを目的とする。",
        ),
        Expected("Goal", "令和12年度までに耐震性が不十分な住宅をおおむね解消する。"),
        Expected("Goal", "耐震診断義務付け対象建築物の耐震性不足を令和12年度までにおおむね解消する。"),
        Expected("Issue", "旧耐震基準の木造住宅の所有者の多くが高齢で、改修費用の負担が重い。"),
        Expected("Issue", "耐震診断を受けても改修に進まない住宅が多い。"),
        Expected("Theme", "住宅の耐震化", line="5.1 住宅の耐震化"),
        Expected("Measure", "木造住宅の無料耐震診断を行う。", theme="住宅の耐震化"),
        Expected("Measure", "耐震改修工事の費用の一部を補助する。", theme="住宅の耐震化"),
        Expected("Measure", "除却工事も補助の対象とする。", theme="住宅の耐震化"),
        Expected("Theme", "緊急輸送道路沿道建築物の耐震化"),
        Expected(
            "Measure",
            "沿道建築物の所有者を戸別に訪問し、耐震診断を促す。",
            theme="緊急輸送道路沿道建築物の耐震化",
        ),
        Expected("Theme", "普及啓発"),
        Expected("Measure", "自治会の防災訓練で耐震化の相談会を開く。", theme="普及啓発"),
    ),
    not_items=(
        "計画の概要",
        "1.1 計画の目的",
        "1.2 計画期間",
        "令和8年度から令和12年度まで",
        "耐震化の現状",
        "住宅の耐震化率（令和6年度推計）",
        "木造戸建て",
        "共同住宅",
        "耐震化の目標",
        "【目標】",
        "耐震化の促進に向けた課題",
        "耐震化の促進のための施策",
        "計画の推進体制",
        "建築士団体、自治会と連携し",
    ),
)

_HEALTH_CRISIS = Case(
    name="kenko_kiki_kanri_labelled_circled_measures_and_measure_content_table",
    text="""\
# しおかぜ市健康危機管理計画（抜粋）

## 第1章　総則

### 1　目的

この計画は、感染症、食中毒、飲料水の汚染その他の健康危機の発生を予防し、発生時の被害を最小限にとどめるため、市の体制と対応を定めることを目的とする。

### 2　対象とする健康危機

感染症、食中毒、毒物劇物、飲料水、医薬品、その他原因不明のもの

### 3　用語の定義

- 健康危機：市民の生命と健康の安全を脅かす事態
- 初動対応：健康危機の発生を知ってから対策本部を設置するまでの対応

## 第2章　健康危機管理の課題

【課題】
- 夜間と休日に初動の連絡が遅れることがある。
- 検査機関との連携の手順が文書になっていない。

## 第3章　平常時の対策

### 1　監視体制の整備

【主な対策】
①食品営業施設の監視指導を計画的に行う。
②感染症の発生動向を週ごとに分析して公表する。

### 2　人材の育成

【主な対策】
①保健所職員に疫学調査の研修を行う。

## 第4章　発生時の対策

| 対策 | 内容 | 担当 |
|---|---|---|
| 初動体制の確立 | ・健康危機対策本部を設置する<br>・関係機関に第一報を伝える | 保健総務課 |
| 被害の拡大防止 | ・原因施設の営業を停止させる<br>・住民に注意を呼び掛ける | 生活衛生課 |

## 第5章　訓練と計画の見直し

毎年度、関係機関と合同で訓練を行い、その結果を踏まえて計画を見直す。
""",
    items=(
        Expected(
            "Goal",
            "この計画は、感染症、食中毒、飲料水の汚染その他の健康危機の発生を予防し、発生時の被害を最小限にとどめるため、市の体制と対応を定めることを目的とする。",
        ),
        Expected("Issue", "夜間と休日に初動の連絡が遅れることがある。"),
        Expected("Issue", "検査機関との連携の手順が文書になっていない。"),
        Expected("Theme", "監視体制の整備"),
        Expected("Measure", "食品営業施設の監視指導を計画的に行う。", theme="監視体制の整備"),
        Expected("Measure", "感染症の発生動向を週ごとに分析して公表する。", theme="監視体制の整備"),
        Expected("Theme", "人材の育成"),
        Expected("Measure", "保健所職員に疫学調査の研修を行う。", theme="人材の育成"),
        Expected("Measure", "初動体制の確立"),
        Expected("Measure", "健康危機対策本部を設置する"),
        Expected("Measure", "関係機関に第一報を伝える"),
        Expected("Measure", "被害の拡大防止"),
        Expected("Measure", "原因施設の営業を停止させる"),
        Expected("Measure", "住民に注意を呼び掛ける"),
    ),
    not_items=(
        "第1章　総則",
        "1　目的",
        "2　対象とする健康危機",
        "その他原因不明のもの",
        "3　用語の定義",
        "健康危機：市民",
        "初動対応：健康危機",
        "第2章　健康危機管理の課題",
        "【課題】",
        "第3章　平常時の対策",
        "第4章　発生時の対策",
        "第5章　訓練と計画の見直し",
        "合同で訓練を行い",
    ),
)

_FLOOD = Case(
    name="suibo_plain_chapters_sections_place_table_circle_issues_diamond_topics",
    text="""\
令和8年度　たかせ町水防計画

第1章　総則
第1節　目的
　この計画は、水防法第33条第1項の規定に基づき、町内の河川の洪水による水災を警戒し、防御し、これによる被害を軽減することを目的とする。
第2節　水防の責任
　町は、町の区域における水防を十分に果たす責任を有する。
第2章　重要水防箇所

| 河川名 | 地区 | 延長（m） | 重要度 |
|---|---|---|---|
| 高瀬川 | 上河原 | 350 | A |
| 小野川 | 下新田 | 120 | B |

第3章　水防上の課題
　○水防団員が減り、平均年齢が50歳を超えている。
　○水防倉庫の資器材の一部が古くなっている。
第4章　水防体制の強化に向けた取組
◆水防団の強化
　○消防団員の水防訓練を年2回行う。
　○大学生の水防協力員を募る。
◆資器材の整備
　○土のうと排水ポンプを計画的に更新する。
第5章　水防活動
第1節　水防警報
　水防警報は、待機、準備、出動、解除の4段階とする。
第2節　巡視
　水防管理者は、出水期の前に重要水防箇所を巡視する。
""",
    items=(
        Expected(
            "Goal",
            "この計画は、水防法第33条第1項の規定に基づき、町内の河川の洪水による水災を警戒し、防御し、これによる被害を軽減することを目的とする。",
        ),
        Expected("Issue", "水防団員が減り、平均年齢が50歳を超えている。"),
        Expected("Issue", "水防倉庫の資器材の一部が古くなっている。"),
        Expected("Theme", "水防団の強化"),
        Expected("Measure", "消防団員の水防訓練を年2回行う。", theme="水防団の強化"),
        Expected("Measure", "大学生の水防協力員を募る。", theme="水防団の強化"),
        Expected("Theme", "資器材の整備"),
        Expected("Measure", "土のうと排水ポンプを計画的に更新する。", theme="資器材の整備"),
    ),
    not_items=(
        "第1章　総則",
        "第1節　目的",
        "第2節　水防の責任",
        "町の区域における水防を十分に果たす",
        "第2章　重要水防箇所",
        "上河原",
        "下新田",
        "第3章　水防上の課題",
        "第4章　水防体制の強化に向けた取組",
        "第5章　水防活動",
        "第1節　水防警報",
        "待機、準備、出動、解除",
        "第2節　巡視",
        "出水期の前に重要水防箇所を巡視する",
    ),
)

_HOUSING = Case(
    name="shiei_jutaku_numbered_issue_list_paren_headings_and_project_table",
    text="""\
# やまぶき市市営住宅等長寿命化計画

## 1. 計画の目的と期間

公営住宅等の予防保全的な管理と計画的な修繕により、市営住宅の長寿命化とライフサイクルコストの縮減を図ることを目的とする。

計画期間は令和8年度から令和17年度までの10年間とする。

## 2. 市営住宅の現状

| 団地名 | 構造 | 建設年度 | 管理戸数 |
|---|---|---|---|
| 東町団地 | 中層耐火 | 1978 | 120 |
| 西原団地 | 中層耐火 | 1985 | 96 |
| 川端団地 | 木造 | 1969 | 24 |

## 3. 課題

1. 昭和50年代に建てた住棟が一斉に更新の時期を迎える。
2. エレベーターがなく、高齢の入居者が上層階に住み続けることが難しい。
3. 空き住戸が増え、家賃収入が減っている。

## 4. 長寿命化に関する基本方針

### (1) ストックの状況の把握と日常的な維持管理

- 住棟ごとの点検結果をデータベースに記録する。
- 定期点検に合わせて入居者から不具合を聞き取る。

### (2) 予防保全による長寿命化

- 外壁と屋上防水の改修を周期に合わせて行う。

## 5. 実施方針

| 事業 | 対象団地 | 実施内容 | 実施時期 |
|---|---|---|---|
| 長寿命化型改善 | 東町団地、西原団地 | ・外壁の改修<br>・給水管の更新 | 令和9年度～令和13年度 |
| 福祉対応型改善 | 東町団地 | ・住戸内の手すりの設置 | 令和10年度 |
| 用途廃止 | 川端団地 | ・入居者の移転を支援し、住棟を除却する | 令和14年度 |
""",
    items=(
        Expected(
            "Goal",
            "公営住宅等の予防保全的な管理と計画的な修繕により、市営住宅の長寿命化とライフサイクルコストの縮減を図ることを目的とする。",
        ),
        Expected("Issue", "昭和50年代に建てた住棟が一斉に更新の時期を迎える。"),
        Expected("Issue", "エレベーターがなく、高齢の入居者が上層階に住み続けることが難しい。"),
        Expected("Issue", "空き住戸が増え、家賃収入が減っている。"),
        Expected("Theme", "ストックの状況の把握と日常的な維持管理"),
        Expected(
            "Measure",
            "住棟ごとの点検結果をデータベースに記録する。",
            theme="ストックの状況の把握と日常的な維持管理",
        ),
        Expected(
            "Measure",
            "定期点検に合わせて入居者から不具合を聞き取る。",
            theme="ストックの状況の把握と日常的な維持管理",
        ),
        Expected("Theme", "予防保全による長寿命化"),
        Expected("Measure", "外壁と屋上防水の改修を周期に合わせて行う。", theme="予防保全による長寿命化"),
        Expected("Measure", "長寿命化型改善"),
        Expected("Measure", "外壁の改修"),
        Expected("Measure", "給水管の更新"),
        Expected("Measure", "福祉対応型改善"),
        Expected("Measure", "住戸内の手すりの設置"),
        Expected("Measure", "用途廃止"),
        Expected("Measure", "入居者の移転を支援し、住棟を除却する"),
    ),
    not_items=(
        "1. 計画の目的と期間",
        "計画期間は令和8年度から",
        "2. 市営住宅の現状",
        "1978",
        "1985",
        "1969",
        "## 3. 課題",
        "4. 長寿命化に関する基本方針",
        "5. 実施方針",
    ),
)

_STAFF = Case(
    name="jinzai_ikusei_plain_roman_parts_listed_staff_image_labels_and_course_table",
    text="""\
あさひ市人材育成基本方針

Ⅰ　改定の趣旨
　人口減少と行政需要の多様化が進む中で、限られた職員で質の高い行政サービスを提供するため、本方針を改定する。

Ⅱ　目指す職員像
　・市民の声に耳を傾け、市民と共に考える職員
　・前例にとらわれず、課題の解決に挑戦する職員
　・高い倫理観を持ち、信頼される職員

Ⅲ　人材育成の現状と課題
【職員アンケートの結果】
　「仕事を通じて成長を実感している」と答えた職員は45％であった。
【課題】
　・若手職員が相談できる先輩職員が少ない。
　・管理職を希望する職員が減っている。

Ⅳ　人材育成の取組
1　職場における人材育成
【取組】
　①所属長が年2回、部下と面談してキャリアの希望を聞く。
　②新規採用職員にメンターを付ける。
2　研修による人材育成

| 研修区分 | 主な研修 |
|---|---|
| 階層別研修 | 新規採用職員研修、係長研修、管理職研修 |
| 専門研修 | 政策法務研修、デジタル研修 |

【取組】
　①デジタル研修を全職員の必修とする。
3　人事制度による人材育成
【取組】
　①庁内公募制度を設け、希望する部署への異動の機会を作る。

Ⅴ　推進体制
　総務部人事課が中心となり、各部の人材育成推進員と連携して進める。
""",
    items=(
        Expected("Goal", "市民の声に耳を傾け、市民と共に考える職員"),
        Expected("Goal", "前例にとらわれず、課題の解決に挑戦する職員"),
        Expected("Goal", "高い倫理観を持ち、信頼される職員"),
        Expected("Issue", "若手職員が相談できる先輩職員が少ない。"),
        Expected("Issue", "管理職を希望する職員が減っている。"),
        Expected("Theme", "職場における人材育成"),
        Expected(
            "Measure", "所属長が年2回、部下と面談してキャリアの希望を聞く。", theme="職場における人材育成"
        ),
        Expected("Measure", "新規採用職員にメンターを付ける。", theme="職場における人材育成"),
        Expected("Theme", "研修による人材育成"),
        Expected("Measure", "デジタル研修を全職員の必修とする。", theme="研修による人材育成"),
        Expected("Theme", "人事制度による人材育成"),
        Expected(
            "Measure",
            "庁内公募制度を設け、希望する部署への異動の機会を作る。",
            theme="人事制度による人材育成",
        ),
    ),
    not_items=(
        "Ⅰ　改定の趣旨",
        "本方針を改定する",
        "Ⅱ　目指す職員像",
        "Ⅲ　人材育成の現状と課題",
        "【職員アンケートの結果】",
        "成長を実感している",
        "Ⅳ　人材育成の取組",
        "階層別研修",
        "専門研修",
        "Ⅴ　推進体制",
        "人材育成推進員と連携して",
    ),
)

_FOOD_EDUCATION = Case(
    name="shokuiku_numbered_measure_headings_over_themed_issue_tables_and_restated_projects",
    text="""\
# こなみ町食育推進計画（第3次）

## 第1章　計画の概要

### 1　計画の位置付け

本計画は、食育基本法第18条第1項に基づく市町村食育推進計画である。

### 2　計画期間

令和8年度から令和12年度までの5年間

## 第2章　施策の展開

### 基本施策1　家庭における食育の推進

| 課題 | 取組の方向 | 主な事業 |
|---|---|---|
| 朝食を食べない子どもがいる | 朝食の大切さの啓発 | ・親子料理教室を開く<br>・朝食レシピを配る |
| 家族がそろって食事をする機会が少ない | 共食の機会づくり | ・地域の子ども食堂を支援する |

### 基本施策2　学校と保育所における食育の推進

| 事業名 | 内容 | 担当課 |
|---|---|---|
| 給食だよりの発行 | 毎月、給食の献立と食材の産地を家庭に知らせます。 | 学校給食課 |
| 親子料理教室の開催（再掲） | 保育所の保護者と子どもが一緒に調理します。 | 子育て支援課 |

## 第3章　目標指標

| 指標 | 現状値（令和6年度） | 目標値（令和12年度） |
|---|---|---|
| 朝食を欠食する小学生の割合 | 4.2％ | 0％に近づける |
""",
    items=(
        Expected("Theme", "家庭における食育の推進"),
        Expected("Theme", "朝食の大切さの啓発", theme="家庭における食育の推進"),
        Expected("Issue", "朝食を食べない子どもがいる", theme="朝食の大切さの啓発"),
        Expected("Measure", "親子料理教室を開く", theme="朝食の大切さの啓発"),
        Expected("Measure", "朝食レシピを配る", theme="朝食の大切さの啓発"),
        Expected("Theme", "共食の機会づくり", theme="家庭における食育の推進"),
        Expected("Issue", "家族がそろって食事をする機会が少ない", theme="共食の機会づくり"),
        Expected("Measure", "地域の子ども食堂を支援する", theme="共食の機会づくり"),
        Expected("Theme", "学校と保育所における食育の推進"),
        Expected("Measure", "給食だよりの発行", theme="学校と保育所における食育の推進"),
        Expected(
            "Measure",
            "親子料理教室の開催",
            theme="学校と保育所における食育の推進",
            line="親子料理教室の開催（再掲）",
        ),
    ),
    not_items=(
        "1　計画の位置付け",
        "食育基本法第18条",
        "2　計画期間",
        "令和8年度から令和12年度まで",
        "第2章　施策の展開",
        "第3章　目標指標",
        "朝食を欠食する小学生の割合",
    ),
)

_CULTURE = Case(
    name="bunka_geijutsu_policy_headings_over_tables_of_circle_and_hyphen_marked_entries_and_kpi",
    text="""\
# ささゆり市文化芸術推進計画

## 第3章　施策の展開

### 方針1　文化芸術に親しむ機会の充実

| 施策 | 主な取組 | 担当課 |
|---|---|---|
| 鑑賞機会の提供 | ○市民会館で若手演奏家の公演を開く<br>○学校に芸術家を派遣する | 文化振興課 |
| 創作活動の支援 | ●市民の作品展の会場費を助成する | 文化振興課 |

### 方針2　文化資源の継承

| 施策 | 主な取組 | 担当課 |
|---|---|---|
| 伝統芸能の継承 | - 郷土芸能の記録映像を作る<br>- 子ども向けの体験教室を開く | 生涯学習課 |

## 第4章　成果指標

| 施策 | 成果指標 | 現状値 | 目標値 |
|---|---|---|---|
| 鑑賞機会の提供 | 文化芸術を鑑賞した市民の割合 | 42％ | 55％ |
""",
    items=(
        Expected("Theme", "文化芸術に親しむ機会の充実"),
        Expected("Measure", "鑑賞機会の提供", theme="文化芸術に親しむ機会の充実"),
        Expected("Measure", "市民会館で若手演奏家の公演を開く", theme="文化芸術に親しむ機会の充実"),
        Expected("Measure", "学校に芸術家を派遣する", theme="文化芸術に親しむ機会の充実"),
        Expected("Measure", "創作活動の支援", theme="文化芸術に親しむ機会の充実"),
        Expected("Measure", "市民の作品展の会場費を助成する", theme="文化芸術に親しむ機会の充実"),
        Expected("Theme", "文化資源の継承"),
        Expected("Measure", "伝統芸能の継承", theme="文化資源の継承"),
        Expected("Measure", "郷土芸能の記録映像を作る", theme="文化資源の継承"),
        Expected("Measure", "子ども向けの体験教室を開く", theme="文化資源の継承"),
    ),
    not_items=("第3章　施策の展開", "第4章　成果指標", "文化芸術を鑑賞した市民の割合"),
)

_TOURISM = Case(
    name="kanko_shinko_measure_headings_and_a_chapter_of_key_projects_over_a_field_sheet",
    text="""\
# はやせ町観光振興計画（抜粋）

## 第3章　施策の展開

### 1　魅力ある観光資源の磨き上げ

- 温泉街の景観を整える。
- 農業体験の商品をつくる。

### 2　受入環境の整備

- 案内表示を多言語化する。

## 第4章　重点プロジェクト

温泉街のにぎわいを取り戻すため、次の事業に重点的に取り組む。

| 項目 | 内容 |
|---|---|
| 事業名 | 温泉街まちあるき事業 |
| 目的 | 温泉街の滞在時間を延ばす |
| 取組内容 | 空き店舗を休憩所に改修する |
""",
    items=(
        Expected("Theme", "魅力ある観光資源の磨き上げ"),
        Expected("Measure", "温泉街の景観を整える。", theme="魅力ある観光資源の磨き上げ"),
        Expected("Measure", "農業体験の商品をつくる。", theme="魅力ある観光資源の磨き上げ"),
        Expected("Theme", "受入環境の整備"),
        Expected("Measure", "案内表示を多言語化する。", theme="受入環境の整備"),
        Expected("Measure", "温泉街まちあるき事業"),
        Expected("Goal", "温泉街の滞在時間を延ばす"),
        Expected("Measure", "空き店舗を休憩所に改修する"),
    ),
    not_items=("第3章　施策の展開", "第4章　重点プロジェクト", "温泉街のにぎわいを取り戻すため"),
)

CASES = [
    _CONSUMER,
    _LOCAL_FOOD,
    _GREEN,
    _SEISMIC,
    _HEALTH_CRISIS,
    _FLOOD,
    _HOUSING,
    _STAFF,
    _FOOD_EDUCATION,
    _CULTURE,
    _TOURISM,
]
