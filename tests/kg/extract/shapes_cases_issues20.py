"""Excerpts of Japanese plans that state their issues (課題) in the ways plans state them beside the
heading and the list: a numbered issue heading over a sentence that calls its matter 課題, prose under
a 現状と課題 or 現状と問題点 heading stating a constraint or a harm that goes on among statistics and
descriptions of the present, and cue words other than 課題 (問題点, 論点, 懸念, 弱み, リスク, ボトルネック,
「…が求められる」 after a statement of the present).

Every excerpt is invented (place names fictitious).  The kinds: a 斎場整備基本計画 whose 「課題2-1　…」
headings each hold a sentence 「…が課題である。」 over 「取組2-1-1　…」 headings (the heading is the issue,
the sentence its text, the measures its); a 漁港施設機能保全計画 whose 現状と課題 prose states harms
that go on and a constraint beside facts; a 国民健康保険データヘルス計画 whose 現状と問題点 prose
states a shortage and a share short of a tenth beside a count and an action done; a 公立病院経営強化
プラン whose 強み／弱み table lists its weaknesses; a 基幹業務システム標準化移行計画 with a 「移行に伴う
リスク」 list and a 懸念 sentence; a 公共工事施工時期平準化計画 naming a ボトルネック; a 自治会活性化検討
報告 whose 「論点1　…」 headings each hold a 「…が論点となる。」 sentence; and a 地籍調査事業計画 whose
現状 sentences lead to 「…が求められる。」.
Written before any rule was run on them.  At first sight the set gave issues F1 0.55 (each 課題 sentence
under its issue heading read as a second issue; the harm going on, the step left undone, the concern, the
risk list, the weaknesses, the bottleneck and what the present calls for read as no issues), measures 0.80
and one heading read as a theme; the issue rules since read every issue (1.00).
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

_CREMATORIUM_ISSUE_HEADINGS = Case(
    name="saijo_seibi_numbered_issue_headings_over_a_kadai_sentence_and_coded_measures",
    text="""\
# しらさぎ市斎場整備基本計画

## 第1章　計画の目的

本計画は、市営斎場の建替えに向けて、施設の規模と整備の進め方を定めることを目的とする。

## 第2章　現状と課題

### 2.1　斎場の現状

市営斎場は昭和57年に供用を開始した。火葬炉は4基で、令和5年度の火葬件数は1,960件であった。

### 2.2　整備の課題

#### 課題2-1　火葬炉の能力不足

死亡者数は令和22年頃まで増え続ける見通しであり、冬季の繁忙期に火葬の予約が取りにくくなっている。
増える火葬需要にどう応えるかが課題である。

##### 取組2-1-1　火葬炉の増設

建替えに合わせて火葬炉を6基とする。

##### 取組2-1-2　予約システムの導入

インターネットで火葬の予約ができる仕組みを設ける。

#### 課題2-2　待合施設のバリアフリー化

待合室は2階にあり、エレベーターがない。高齢の会葬者が利用しやすい施設とすることが課題となっています。

##### 取組2-2-1　待合室の1階への集約

新しい斎場では、待合室をすべて1階に設ける。

## 第3章　事業の進め方

令和8年度に基本設計を行い、令和11年度の供用開始を目指す。
""",
    items=(
        Expected(
            "Goal", "本計画は、市営斎場の建替えに向けて、施設の規模と整備の進め方を定めることを目的とする。"
        ),
        Expected("Issue", "火葬炉の能力不足"),
        Expected("Measure", "火葬炉の増設"),
        Expected("Measure", "予約システムの導入"),
        Expected("Issue", "待合施設のバリアフリー化"),
        Expected("Measure", "待合室の1階への集約"),
        Expected("Goal", "令和8年度に基本設計を行い、令和11年度の供用開始を目指す。"),
    ),
    not_items=(
        "増える火葬需要にどう応えるかが課題である。",
        "高齢の会葬者が利用しやすい施設とすることが課題となっています。",
        "斎場の現状",
        "整備の課題",
        "市営斎場は昭和57年に供用を開始した。",
        "建替えに合わせて火葬炉を6基とする。",
    ),
)

_FISHING_PORT_HARMS = Case(
    name="gyoko_hozen_status_and_issues_prose_with_harms_going_on_and_a_constraint",
    text="""\
# うみかぜ漁港施設機能保全計画（概要版）

## 1　対象施設

本計画の対象は、うみかぜ漁港の外郭施設、係留施設及び輸送施設である。

## 2　現状と課題

うみかぜ漁港は昭和40年代に整備された第2種漁港であり、登録漁船は86隻である。

防波堤の先端部では、冬季の高波による越波の被害が毎年続いている。

岸壁の背後用地が狭いため、水揚げした魚の荷さばきに制約がある。

係留施設の多くが建設から50年を経過し、コンクリートのひび割れや鋼材の腐食が進んでいる。

漁港では毎朝、定置網の水揚げが行われている。

## 3　保全の方針

### （1）予防保全型の維持管理への転換

劣化が軽いうちに補修を行い、施設を長く使う。

### （2）点検結果に基づく優先順位付け

健全度の低い施設から順に対策を行う。

## 4　計画期間

令和7年度から令和16年度までの10年間とする。
""",
    items=(
        Expected("Issue", "防波堤の先端部では、冬季の高波による越波の被害が毎年続いている。"),
        Expected("Issue", "岸壁の背後用地が狭いため、水揚げした魚の荷さばきに制約がある。"),
        Expected(
            "Issue", "係留施設の多くが建設から50年を経過し、コンクリートのひび割れや鋼材の腐食が進んでいる。"
        ),
        Expected("Measure", "予防保全型の維持管理への転換"),
        Expected("Measure", "点検結果に基づく優先順位付け"),
    ),
    not_items=(
        "うみかぜ漁港は昭和40年代に整備された",
        "漁港では毎朝、定置網の水揚げが行われている。",
        "本計画の対象は",
        "現状と課題",
        "保全の方針",
        "令和7年度から令和16年度まで",
    ),
)

_DATA_HEALTH_PROBLEMS = Case(
    name="data_health_status_and_problems_prose_with_a_shortage_and_a_small_share",
    text="""\
# ときわ町国民健康保険第3期データヘルス計画

## 第1章　計画の基本的事項

本計画は、被保険者の健康の保持増進を図ることを目的とする。

## 第2章　現状と問題点

### 1　被保険者の状況

令和5年度末の被保険者数は4,210人である。被保険者の半数を65歳以上が占める。

### 2　健診と保健指導の状況

町は特定健康診査を集団健診と個別健診の二つの方法で実施している。

特定健康診査の受診率は38.5%で、40歳代の受診率は1割未満にとどまる。

特定保健指導を担う保健師が不足している。

血糖値が受診勧奨の基準を超えた人の4割が、医療機関を受診しないままとなっている。

## 第3章　保健事業

### 事業1　特定健診の受診勧奨

未受診者に、通知と電話で受診を勧める。

### 事業2　糖尿病性腎症の重症化予防

受診勧奨の基準を超えた人を訪問し、受診につなげる。
""",
    items=(
        Expected("Goal", "本計画は、被保険者の健康の保持増進を図ることを目的とする。"),
        Expected("Issue", "特定健康診査の受診率は38.5%で、40歳代の受診率は1割未満にとどまる。"),
        Expected("Issue", "特定保健指導を担う保健師が不足している。"),
        Expected("Issue", "血糖値が受診勧奨の基準を超えた人の4割が、医療機関を受診しないままとなっている。"),
        Expected("Measure", "特定健診の受診勧奨"),
        Expected("Measure", "糖尿病性腎症の重症化予防"),
    ),
    not_items=(
        "令和5年度末の被保険者数は4,210人である。",
        "被保険者の半数を65歳以上が占める。",
        "町は特定健康診査を集団健診と個別健診の二つの方法で実施している。",
        "現状と問題点",
        "被保険者の状況",
        "健診と保健指導の状況",
    ),
)

_HOSPITAL_WEAKNESSES = Case(
    name="byoin_keiei_kyoka_strength_weakness_table_and_directions",
    text="""\
# あかね市立病院経営強化プラン

## 1　病院の概要

あかね市立病院は、病床数199床の急性期病院である。

## 2　病院を取り巻く環境の分析

当院の強みと弱みを次のとおり整理した。

| 強み | 弱み |
|---|---|
| 二次救急患者を24時間受け入れている | 常勤の麻酔科医が1人しかいない |
| 市内で唯一、分娩を扱っている | 病床利用率が7割に届かない |
| 地域の診療所との連携の実績がある | 施設の老朽化が進んでいる |

## 3　経営強化の取組

### 取組1　医師の確保

大学病院との連携により、麻酔科医の派遣を受ける。

### 取組2　病床の機能の見直し

急性期病床の一部を地域包括ケア病床に転換する。

### 取組3　施設の計画的な改修

手術室と病棟の空調設備を更新する。
""",
    items=(
        Expected("Issue", "常勤の麻酔科医が1人しかいない"),
        Expected("Issue", "病床利用率が7割に届かない"),
        Expected("Issue", "施設の老朽化が進んでいる"),
        Expected("Measure", "医師の確保"),
        Expected("Measure", "病床の機能の見直し"),
        Expected("Measure", "施設の計画的な改修"),
    ),
    not_items=(
        "病床数199床の急性期病院である",
        "病院を取り巻く環境の分析",
        "当院の強みと弱みを次のとおり整理した。",
    ),
)

_SYSTEM_MIGRATION_RISKS = Case(
    name="hyojunka_iko_risk_list_and_a_concern_sentence_beside_the_present",
    text="""\
# さつき市基幹業務システム標準化移行計画

## 1　計画の目的

本計画は、基幹業務システムを標準準拠システムへ円滑に移行することを目的とする。

## 2　現状

本市は、住民記録、税、福祉など20業務のシステムを一つの事業者に委託している。

全国の自治体の移行作業が同じ時期に重なるため、事業者の要員が足りず、移行の遅れが懸念される。

## 3　移行に伴うリスク

- 現行システムにある本市独自の機能が、標準仕様では使えなくなる
- 移行作業が確定申告の時期と重なり、窓口の事務に支障が出るおそれがある
- データの移行で文字の誤りが生じる

## 4　移行の進め方

### （1）独自機能の見直し

独自機能を一つずつ点検し、標準仕様の機能と事務の見直しで代える。

### （2）移行時期の調整

税の事務の繁忙期を避けて移行の日程を組む。
""",
    items=(
        Expected("Goal", "本計画は、基幹業務システムを標準準拠システムへ円滑に移行することを目的とする。"),
        Expected(
            "Issue",
            "全国の自治体の移行作業が同じ時期に重なるため、事業者の要員が足りず、移行の遅れが懸念される。",
        ),
        Expected("Issue", "現行システムにある本市独自の機能が、標準仕様では使えなくなる"),
        Expected("Issue", "移行作業が確定申告の時期と重なり、窓口の事務に支障が出るおそれがある"),
        Expected("Issue", "データの移行で文字の誤りが生じる"),
        Expected("Measure", "独自機能の見直し"),
        Expected("Measure", "移行時期の調整"),
    ),
    not_items=(
        "本市は、住民記録、税、福祉など20業務のシステムを一つの事業者に委託している。",
        "移行に伴うリスク",
        "移行の進め方",
    ),
)

_CONSTRUCTION_BOTTLENECK = Case(
    name="sekou_jiki_heijunka_status_and_problems_prose_and_a_bottleneck_lead_in_list",
    text="""\
# みどり県公共工事施工時期平準化推進計画

## 1　背景

建設業の担い手を確保するため、年間を通じて工事量を平準化することが求められている。

## 2　現状と問題点

県が発注する工事は年間約1,500件である。

工事の発注は第2四半期に集中し、年度末に工期が重なる。

その結果、現場を担う技術者の確保がボトルネックとなっている。

主なボトルネックは次のとおりである。

- 単年度の予算で工事を発注するため、工期が年度内に限られる
- 発注前の設計と用地の協議に時間を要している

## 3　平準化の取組

### 取組1　債務負担行為の活用

年度をまたぐ工期の工事に債務負担行為を設定する。

### 取組2　発注見通しの公表

四半期ごとに発注の見通しを公表する。
""",
    items=(
        Expected("Issue", "その結果、現場を担う技術者の確保がボトルネックとなっている。"),
        Expected("Issue", "単年度の予算で工事を発注するため、工期が年度内に限られる"),
        Expected("Issue", "発注前の設計と用地の協議に時間を要している"),
        Expected("Measure", "債務負担行為の活用"),
        Expected("Measure", "発注見通しの公表"),
    ),
    not_items=(
        "県が発注する工事は年間約1,500件である。",
        "主なボトルネックは次のとおりである。",
        "現状と問題点",
        "平準化の取組",
    ),
)

_NEIGHBORHOOD_POINTS = Case(
    name="jichikai_kasseika_numbered_ronten_headings_over_a_ronten_sentence",
    text="""\
# つつじ市自治会活性化検討委員会報告書

## 第1章　検討の経緯

委員会は令和6年6月から令和7年2月までに6回の会議を開いた。

## 第2章　検討の論点

### 論点1　自治会への加入の減少

自治会の加入率は10年間で78%から61%に下がった。加入を勧める手立てをどう設けるかが論点となる。

### 論点2　役員の負担

役員の多くが、回覧や会費の集金に月に10時間以上を費やしている。

## 第3章　提言

### 提言1　転入者への加入案内

転入の手続の際に、市が自治会の案内を渡す。

### 提言2　事務の電子化への支援

回覧の電子化に使えるアプリを市が無償で提供する。
""",
    items=(
        Expected("Issue", "自治会への加入の減少"),
        Expected("Issue", "役員の負担"),
        Expected("Measure", "転入者への加入案内"),
        Expected("Measure", "事務の電子化への支援"),
    ),
    not_items=(
        "加入を勧める手立てをどう設けるかが論点となる。",
        "自治会の加入率は10年間で78%から61%に下がった。",
        "役員の多くが、回覧や会費の集金に",
        "検討の論点",
        "検討の経緯",
    ),
)

_CADASTRE_REQUIRED = Case(
    name="chiseki_chosa_status_sentences_leading_to_what_is_required",
    text="""\
# はやて町地籍調査事業計画（第7次）

## 1　地籍調査の現状

町の地籍調査の進捗率は令和5年度末で42%である。

山村部では、土地の境界を知る所有者の高齢化が進んでいる。

このため、境界の確認を早期に進めることが求められる。

都市部では、地籍調査を平成20年度から実施している。

## 2　計画の目標

令和16年度までに進捗率を60%とすることを目標とする。

## 3　調査の進め方

### （1）リモートセンシングデータの活用

航空レーザ測量の結果を使い、山村部の境界を現地に行かずに確認する。

### （2）所有者の立会いの負担の軽減

集会所で図面を使って境界を確認する方法を取り入れる。
""",
    items=(
        Expected("Issue", "山村部では、土地の境界を知る所有者の高齢化が進んでいる。"),
        Expected("Issue", "このため、境界の確認を早期に進めることが求められる。"),
        Expected("Goal", "令和16年度までに進捗率を60%とすることを目標とする。"),
        Expected("Measure", "リモートセンシングデータの活用"),
        Expected("Measure", "所有者の立会いの負担の軽減"),
    ),
    not_items=(
        "町の地籍調査の進捗率は令和5年度末で42%である。",
        "都市部では、地籍調査を平成20年度から実施している。",
        "地籍調査の現状",
        "調査の進め方",
    ),
)

_BLOOD_DONATION_ADDED_MATTER = Case(
    name="kenketsu_suishin_status_labels_with_a_fact_and_an_added_kadai_sentence",
    text="""\
# あさひ県献血推進計画（令和7年度）

## 1　計画の目的

本計画は、県内で必要な血液を県民の献血で確保することを目的とする。

## 2　現状と課題

【若年層の献血】
　10代から30代の献血者数は、この10年で4割減少している。また、高校での献血の機会が少ないことが課題となっている。

【複数回献血】
　献血者に占める複数回献血者の割合は年々高まっている。複数回献血者の確保が引き続き課題である。

## 3　献血推進の取組

### （1）若年層への普及啓発

- 高校への献血バスの配車
- 大学の学園祭での献血の呼びかけ

### （2）複数回献血の促進

- 献血Web会員サービスへの登録の案内
""",
    items=(
        Expected("Goal", "本計画は、県内で必要な血液を県民の献血で確保することを目的とする。"),
        Expected("Issue", "10代から30代の献血者数は、この10年で4割減少している。"),
        Expected("Issue", "また、高校での献血の機会が少ないことが課題となっている。"),
        Expected("Issue", "複数回献血者の確保が引き続き課題である。"),
        Expected("Theme", "若年層への普及啓発"),
        Expected("Measure", "高校への献血バスの配車", theme="若年層への普及啓発"),
        Expected("Measure", "大学の学園祭での献血の呼びかけ", theme="若年層への普及啓発"),
        Expected("Theme", "複数回献血の促進"),
        Expected("Measure", "献血Web会員サービスへの登録の案内", theme="複数回献血の促進"),
    ),
    not_items=(
        "【若年層の献血】",
        "現状と課題",
        "献血推進の取組",
    ),
)

CASES = [
    _CREMATORIUM_ISSUE_HEADINGS,
    _FISHING_PORT_HARMS,
    _DATA_HEALTH_PROBLEMS,
    _HOSPITAL_WEAKNESSES,
    _SYSTEM_MIGRATION_RISKS,
    _CONSTRUCTION_BOTTLENECK,
    _NEIGHBORHOOD_POINTS,
    _CADASTRE_REQUIRED,
    _BLOOD_DONATION_ADDED_MATTER,
]

# Each measure's issue (by the issue's label), where the excerpt states it by the heading it stands under.
ADDRESSED = {
    "saijo_seibi_numbered_issue_headings_over_a_kadai_sentence_and_coded_measures": {
        "火葬炉の増設": "火葬炉の能力不足",
        "予約システムの導入": "火葬炉の能力不足",
        "待合室の1階への集約": "待合施設のバリアフリー化",
    },
}
