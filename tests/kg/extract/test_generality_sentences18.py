"""Ordinances of municipalities no list holds, actions on them, and issue headings: an eighteenth set.

Written and annotated by reading, with the rules they test: laws — a local ordinance whose
municipality is named in kana or in kana and kanji, which the national list does not hold (its
name from a boundary to 市/町/村/区/県, then the title), a 「…県議会で条例案…」 (no ordinance), a
「…計画の区域内における…条例」 (no municipality); actions — such an ordinance revised, one to be made
under a provisional name (planned), an abolishing act passed (an enactment, no law named), a body's
unnamed 規則 made (none) or revised (a revision), a named 規則 revised; documents — 「### 1.1 …」
headings over bullets that a status table (「| 課題 | 取組状況 |」) names by number, whose measures'
laws are the issue's, bullets stating actions under 「### 課題N …」 over progress sub-bullets naming a
law, an issue heading over bullets describing the problem (no measures), a 「| 施策 | 進捗 |」 table
naming a measure listed above by a shorter form (the listed measure, no second one), and an issue
heading 「### 課題 …」 (the cue and a space) over a 「| 行動 | 進捗 |」 table (each row a measure of the
issue), and 「1.1」 headings one under each chapter over entries of what is done (…の改訂, …の制定, …の
実施 with a closing note in brackets): a plan's areas, no manual's sections.

The conventions are those of :mod:`tests.kg.extract.test_generality_sentences11`.
"""

from __future__ import annotations

from typing import Any

from tests.kg.extract.sentence_sets import actions_test, depends_tests, laws_test

LAWS: list[tuple[str, Any]] = [
    ("市は、しらかば台市景観条例に基づき、届出を受理した。", ["しらかば台市景観条例"]),
    (
        "あおいの里町空き家等の適正な管理に関する条例第6条により、助言を行う。",
        ["あおいの里町空き家等の適正な管理に関する条例"],
    ),
    ("北浜県議会で条例案が審議された。", []),
    (
        "地区計画の区域内における建築物の制限に関する条例を運用する。",
        ["地区計画の区域内における建築物の制限に関する条例"],
    ),
]

ACTIONS: list[tuple[str, Any]] = [
    ("町は、あおいの里町手数料条例を改正した。", [("条例", "revision", ("あおいの里町手数料条例",))]),
    (
        "市は、令和8年度中にしらかば台市景観条例（仮称）を制定する予定である。",
        [("条例", "enactment", ("しらかば台市景観条例",))],
    ),
    ("効力を失った二つの臨時措置法を廃止する法律が公布された。", [("法律", "enactment", ())]),
    ("町は、条例の施行に必要な事項を定めるため、規則を制定した。", []),
    ("規則を改正し、届出の様式を改めた。", [("規則", "revision", ())]),
    ("人事院規則の改正により、休暇の日数が改められた。", [("規則", "revision", ())]),
]

DEPENDS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        """# 観光施策の推進状況（令和7年度）

## 1 受入環境の整備

### 1.1 外国人旅行者への案内が行き届かない

- 旅館業法に基づく営業許可の手続案内の多言語化
- 駅前案内板の更新

### 1.2 繁忙期の交通混雑

- 臨時駐車場の確保

## 2 取組状況

| 課題 | 取組状況 |
|---|---|
| 1.1 | ✓ 案内板を2か所で更新した |
| 1.2 | ✓ 臨時駐車場を3か所確保した |
""",
        [
            ("Measure", "旅館業法に基づく営業許可の手続案内の多言語化", "旅館業法"),
            ("Issue", "外国人旅行者への案内が行き届かない", "旅館業法"),
        ],
    ),
    (
        """# 子育て支援施策の実施状況

## 課題1 保育所の待機児童

- 小規模保育事業の拡充
  - 進捗：児童福祉法に基づく認可を3施設に行った。
- 保育士の確保
  - 進捗：就職説明会を2回開催した。

## 課題2 子育て世帯の孤立

- 待機児童が120人いる
- 相談先を知らない世帯が多い
""",
        [
            ("Measure", "小規模保育事業の拡充", "児童福祉法"),
            ("Issue", "保育所の待機児童", "児童福祉法"),
        ],
    ),
    (
        """# 空き家対策の進捗（令和6年度）

## 課題1 管理されない空き家の増加

- 所有者への適正管理の働きかけ
- 空き家バンクの活用促進

## 令和6年度の進捗

| 施策 | 進捗 |
|---|---|
| 適正管理の働きかけ | 空家等対策の推進に関する特別措置法に基づく助言を20件行った |
| 空き家バンクの活用促進 | 登録物件が15件増えた |
""",
        [
            ("Measure", "所有者への適正管理の働きかけ", "空家等対策の推進に関する特別措置法"),
            ("Issue", "管理されない空き家の増加", "空家等対策の推進に関する特別措置法"),
        ],
    ),
    (
        """# 情報公開制度の運用改善計画

## 1 公開請求への対応

### 1.1 開示決定までの期間が長い

- 行政機関の保有する情報の公開に関する法律の趣旨に沿った審査基準の改訂
- 職員向け研修の実施（総務課による）

## 2 文書の管理

### 2.1 電子文書の保存基準がない

- 公文書等の管理に関する法律に準じた文書管理規程の制定
""",
        [
            (
                "Measure",
                "行政機関の保有する情報の公開に関する法律の趣旨に沿った審査基準の改訂",
                "行政機関の保有する情報の公開に関する法律",
            ),
            ("Measure", "公文書等の管理に関する法律に準じた文書管理規程の制定", "公文書等の管理に関する法律"),
        ],
    ),
    (
        """# 環境基本計画　行動の進捗（令和6年度）

## 柱1 脱炭素のまちづくり

### 課題 家庭からの排出量が減らない

| 行動 | 令和6年度の進捗 |
|---|---|
| 住宅の省エネ改修への補助 | 建築物のエネルギー消費性能の向上に関する法律に基づく基準を満たす改修に補助した |
| 環境学習講座の開催 | 8回開催した |
""",
        [
            ("Measure", "住宅の省エネ改修への補助", "建築物のエネルギー消費性能の向上に関する法律"),
            ("Issue", "家庭からの排出量が減らない", "建築物のエネルギー消費性能の向上に関する法律"),
        ],
    ),
]


test_laws = laws_test(LAWS)
test_legislative_actions = actions_test(ACTIONS)
test_the_measures_and_issues_depend_on_their_laws, test_all_links_counted = depends_tests(
    DEPENDS, (10, 10, 10)
)
