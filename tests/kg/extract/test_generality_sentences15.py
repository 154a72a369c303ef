"""Bodies, laws and legislative actions: a fifteenth set of sentences.

Written and annotated by reading before any rule for them, once the rules of
:mod:`tests.kg.extract.test_generality_sentences14` were in.  Bodies: a union of municipalities
that runs a public enterprise (「…病院企業団」, not the kind alone), a regional bureau with its
office glued after it (「…地方整備局…河川事務所」: two mentions, or one), a corporation with its
centre glued after its 機構 (two mentions), and the kind of council an Act makes every municipality
set up named alone (「国民健康保険運営協議会」: no named body; with the city's name before it, the
city's own).  Laws: a municipal rule with its number in brackets (the number is no rule of its own),
an abbreviated 特措法 title, a word clipped from two before 法 (「省エネ法」), 特措法 alone (none).
Actions: what a ministry's ordinance sets revised (「…省令で定める基準を改正」), what an enforcement
rule sets revised, an abbreviated law's order revised; none where a plan is changed following an
ordinance's standard.  Documents: numbered headings (「### (1) …」) and numbered paragraphs
(「(1) …」 over an indented 「取組状況：」 line) under an issue heading, with nothing under them but
their progress lines: the measures those lines report on, whatever their words; numbered measure
bullets named before a colon (「取組1-1　資格取得の支援：…を助成する。」), labelled by the name.

The conventions are those of :mod:`tests.kg.extract.test_generality_sentences11`: an unnamed
statutory council of a municipality is a kind, as 「後期高齢者医療広域連合」 alone is.
"""

from __future__ import annotations

from typing import Any

from tests.kg.extract.sentence_sets import actions_test, bodies_test, depends_tests, laws_test

BODIES: list[tuple[str, Any]] = [
    ("北浜地区病院企業団は、新病院の建設に着手した。", {"北浜地区病院企業団"}),
    ("企業団の経営状況を点検する。", set()),
    (
        "近畿地方整備局淀川河川事務所は、堤防の点検結果を公表した。",
        ({"近畿地方整備局", "淀川河川事務所"}, {"近畿地方整備局淀川河川事務所"}),
    ),
    (
        "国立研究開発法人東雲技術振興機構材料研究センターと共同で試験を行った。",
        (
            {"国立研究開発法人東雲技術振興機構", "材料研究センター"},
            {"東雲技術振興機構", "材料研究センター"},
        ),
    ),
    ("保険料率の改定について、国民健康保険運営協議会に諮問した。", set()),
    (
        "北浜市国民健康保険運営協議会は、保険料率の改定を答申した。",
        ({"北浜市国民健康保険運営協議会"}, {"北浜市", "国民健康保険運営協議会"}),
    ),
]

LAWS: list[tuple[str, Any]] = [
    (
        "東雲市文書管理規則（令和2年東雲市規則第8号）の規定により、文書を保存する。",
        (["東雲市文書管理規則"], ["東雲市文書管理規則", "令和2年東雲市規則第8号"]),
    ),
    ("過疎地域特措法に基づき、過疎地域持続的発展計画を策定した。", ["過疎地域特措法"]),
    ("省エネ法に基づく定期報告を提出した。", ["省エネ法"]),
    ("特措法の期限が近づいている。", []),
]

ACTIONS: list[tuple[str, Any]] = [
    ("厚生労働省令で定める基準を改正し、人員配置の要件を緩和した。", [("省令", "revision", ())]),
    (
        "建築基準法施行規則で定める様式を改正した。",
        [("省令", "revision", ("建築基準法施行規則",))],
    ),
    ("省エネ法施行令を改正し、対象機器を追加した。", [("政令", "revision", ("省エネ法施行令",))]),
    ("省令で定める基準に従い、計画を改定した。", []),
]

DEPENDS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        """# 北浜市防災推進計画　令和6年度実施状況

## 課題2　避難体制の強化

### (1) 避難所の環境整備
- 取組状況：災害対策基本法に基づく指定避難所を5か所追加した。

### (2) 要配慮者の支援
- 取組状況：個別避難計画の作成を進めた。
""",
        [
            ("Measure", "避難所の環境整備", "災害対策基本法"),
            ("Issue", "避難体制の強化", "災害対策基本法"),
        ],
    ),
    (
        """# 南山町環境基本計画　実施状況

## 課題3　廃棄物の削減

(1) 食品ロスの削減
　取組状況：食品ロスの削減の推進に関する法律に基づく計画を策定した。

(2) 資源回収の拡充
　取組状況：容器包装に係る分別収集及び再商品化の促進等に関する法律に基づく分別を拡大した。
""",
        [
            ("Measure", "食品ロスの削減", "食品ロスの削減の推進に関する法律"),
            ("Measure", "資源回収の拡充", "容器包装に係る分別収集及び再商品化の促進等に関する法律"),
            ("Issue", "廃棄物の削減", "食品ロスの削減の推進に関する法律"),
            ("Issue", "廃棄物の削減", "容器包装に係る分別収集及び再商品化の促進等に関する法律"),
        ],
    ),
    (
        """# 西ヶ丘町高齢者福祉計画

## 課題1　介護人材の確保

- 取組1-1　資格取得の支援：介護保険法に基づく研修の受講費を助成する。
- 取組1-2　職場環境の改善：介護ロボットの導入を支援する。
""",
        [
            ("Measure", "資格取得の支援", "介護保険法"),
            ("Issue", "介護人材の確保", "介護保険法"),
        ],
    ),
]


test_named_bodies = bodies_test(BODIES)
test_laws = laws_test(LAWS)
test_legislative_actions = actions_test(ACTIONS)
test_the_measures_and_issues_depend_on_their_laws, test_all_links_counted = depends_tests(DEPENDS, (8, 8, 8))
