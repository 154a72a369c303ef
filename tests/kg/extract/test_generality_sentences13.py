"""Legislative actions and the laws measures and issues depend on: a thirteenth set of sentences.

Written and annotated by reading before any rule for them, once the rules of
:mod:`tests.kg.extract.test_generality_sentences12` were in.  Actions: a council's report on an
amendment (none: the amendment only discussed) and the bill the government then decides, an
ordinance repealed and a new one made, an order amended by its amending order's title that is
decided and promulgated, a bill passed, a new law decided on as a policy (「新法を制定する方針を
決定」), two laws amended at once (「A法及びB法の改正を一体的に行う」); and none where the text
gives up a bill (「断念」), finds no need (「必要性は認められない」), asks another (「要請」), delegates
to an ordinance (「条例で定めるところにより」), acts under a law (「…法に基づき、…が設置された」,
「…の規定に従い」), does without (「行わず」), revises a scheme's rules (「要綱」) or names an amending
order in a notice's title (「…省令の施行について（通知）」).  Documents: a 課題 | 施策 | 根拠法 table,
measures as bullets with their law in brackets (「（根拠：水道法）」), 「＜進捗＞」 lines under 施策1
headings, and a measure with two progress bullets naming two laws.

First sight: actions P 0.80 R 1.00 F1 0.89 (8 right, 10 found, 8 expected: the amendment a
council's report is about, and one whose need is denied (「必要性は認められない」), taken for actions);
dependsOnLaw links P 0.92 R 0.92 F1 0.92 (11 right, 12 found, 12 expected: the measure named with its
「（根拠：水道法）」 note).  After: actions 8 of 8, links 12 of 12.

The conventions are those of :mod:`tests.kg.extract.test_generality_sentences11`.
"""

# ruff: noqa: E501  (the sentences and documents are kept whole)

from __future__ import annotations

from typing import Any

from tests.kg.extract.sentence_sets import actions_test, depends_tests

ACTIONS: list[tuple[str, Any]] = [
    ("審議会は、建築基準法の改正に関する答申を取りまとめた。", []),
    (
        "答申を踏まえ、政府は建築基準法の一部を改正する法律案を閣議決定した。",
        ([("法律", "bill", ("建築基準法",))], [("法律", "bill", ("建築基準法の一部を改正する法律",))]),
    ),
    ("改正後の条例は、令和7年4月1日から施行する。", []),
    (
        "本市は、令和6年3月に情報公開条例を廃止し、新条例を制定した。",
        [("条例", "revision", ("情報公開条例",)), ("条例", "enactment", ())],
    ),
    ("政府は、今国会への法案提出を断念した。", []),
    ("必要に応じ、府令の改正を行うこととしている。", [("府令", "revision", ())]),
    ("法改正の必要性は認められない。", []),
    (
        "旅館業法施行令の一部を改正する政令が閣議決定され、公布された。",
        (
            [("政令", "revision", ("旅館業法施行令",))],
            [("政令", "revision", ("旅館業法施行令の一部を改正する政令",))],
        ),
    ),
    ("児童手当法に基づく現況届を廃止した。", []),
    ("都道府県は、条例で定めるところにより、手数料を徴収することができる。", []),
    ("行政手続法の規定に従い、意見公募手続を実施した。", []),
    ("令和5年の通常国会で、改正法案が可決・成立した。", [("法律", "amendment", ())]),
    ("有識者会議の提言を受け、新法を制定する方針を決定した。", [("法律", "enactment", ())]),
    ("各自治体に対し、条例の改正を要請した。", []),
    ("デジタル庁設置法に基づき、デジタル庁が設置された。", []),
    ("本市では、条例改正を行わず、規則で対応した。", []),
    (
        "都市計画法及び建築基準法の改正を一体的に行う。",
        [("法律", "amendment", ("都市計画法", "建築基準法"))],
    ),
    ("補助金交付要綱の改正を行った。", []),
    ("消防法施行規則等の一部を改正する省令の施行について（通知）", []),
]

DEPENDS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        """# 教育振興計画　施策体系

| 課題 | 施策 | 根拠法 |
|---|---|---|
| いじめの未然防止 | いじめ防止基本方針の改定 | いじめ防止対策推進法 |
| 不登校児童生徒の支援 | 教育支援センターの設置 | 義務教育の段階における普通教育に相当する教育の機会の確保等に関する法律 |
""",
        [
            ("Measure", "いじめ防止基本方針の改定", "いじめ防止対策推進法"),
            ("Issue", "いじめの未然防止", "いじめ防止対策推進法"),
            (
                "Measure",
                "教育支援センターの設置",
                "義務教育の段階における普通教育に相当する教育の機会の確保等に関する法律",
            ),
            (
                "Issue",
                "不登校児童生徒の支援",
                "義務教育の段階における普通教育に相当する教育の機会の確保等に関する法律",
            ),
        ],
    ),
    (
        """# 水道事業経営計画

## 課題1　老朽管の更新

- 施策1-1　耐震管への布設替え（根拠：水道法）
- 施策1-2　漏水調査の強化
""",
        [
            ("Measure", "耐震管への布設替え", "水道法"),
            ("Issue", "老朽管の更新", "水道法"),
        ],
    ),
    (
        """# 森林整備計画　年次報告

## 課題　放置森林の増加

### 施策1　森林経営管理制度の運用
＜進捗＞森林経営管理法に基づく意向調査を120ha実施した。

### 施策2　林道の整備
＜進捗＞林道2路線を開設した。
""",
        [
            ("Measure", "森林経営管理制度の運用", "森林経営管理法"),
            ("Issue", "放置森林の増加", "森林経営管理法"),
        ],
    ),
    (
        """# 障害福祉計画　点検

## 課題2　地域生活への移行

### 施策2-1　グループホームの整備
- 取組状況：障害者総合支援法に基づく施設整備費補助を3件交付した。
- 取組状況：建築基準法の用途変更の手続を案内した。
""",
        [
            ("Measure", "グループホームの整備", "障害者総合支援法"),
            ("Measure", "グループホームの整備", "建築基準法"),
            ("Issue", "地域生活への移行", "障害者総合支援法"),
            ("Issue", "地域生活への移行", "建築基準法"),
        ],
    ),
]


test_legislative_actions = actions_test(ACTIONS)
test_the_measures_and_issues_depend_on_their_laws, test_all_links_counted = depends_tests(
    DEPENDS, (12, 12, 12)
)
