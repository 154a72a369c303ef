"""Laws named in more forms, the actions on them, and the measure a progress line names: set 22.

Written and annotated by reading, each expectation before the extractor ran on it.  Laws: a short
form whose last word before 法 is a word of method (「…使用法」) where what follows is said of a law
alone (「…の一部を改正する法律案」, 「…第16条」, 「…に基づく」), but not 「…の利用法について」; a local
ordinance titled by what it sets (「…の運営に関する基準を定める条例」), with its municipality's name or
without (an ordinance of the document's own body, by what the text does to it); an adverb before an
ordinance's name (「新たに」, 「改めて」) is none of it.

Documents: a 「施策：」 list over a 「進捗：」 list of ✓ lines, each line reporting on the measure its words
name (not on the last one listed), and a measure whose own label names the ordinance it changes.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from kg.extract.progress_references import named_measure
from tests.kg.extract.sentence_sets import actions_test, depends_tests, laws_test

LAWS: list[tuple[str, Any]] = [
    ("大深度地下使用法第16条の規定により、使用の認可を申請した。", ["大深度地下使用法"]),
    ("データの分析法を学ぶ研修を開いた。", []),
    ("事例の活用法については、手引きにまとめた。", []),
    (
        "本町は、家庭的保育事業等の設備及び運営に関する基準を定める条例の一部を改正した。",
        ["家庭的保育事業等の設備及び運営に関する基準を定める条例"],
    ),
    ("市は、新たに南さつま市景観条例を制定した。", ["南さつま市景観条例"]),
    (
        "有機溶剤中毒予防規則（昭和47年労働省令第36号）の改正により、作業環境の管理が見直された。",
        (["有機溶剤中毒予防規則", "昭和47年労働省令第36号"], ["有機溶剤中毒予防規則"]),
    ),
]

ACTIONS: list[tuple[str, Any]] = [
    (
        "政府は、大深度地下使用法の一部を改正する法律案を国会に提出した。",
        [("法律", "bill", ("大深度地下使用法",))],
    ),
    ("市は、新たに南さつま市景観条例を制定した。", [("条例", "enactment", ("南さつま市景観条例",))]),
    ("県は、改めて鹿角市移住定住促進条例の制定を求めた。", []),
    (
        "盛岡市家庭的保育事業等の設備及び運営に関する基準を定める条例の一部を改正し、保育従事者の配置を見直した。",
        [("条例", "revision", ("盛岡市家庭的保育事業等の設備及び運営に関する基準を定める条例",))],
    ),
    (
        "本市は、特定教育・保育施設及び特定地域型保育事業の運営に関する基準を定める条例を改正した。",
        [("条例", "revision", ("特定教育・保育施設及び特定地域型保育事業の運営に関する基準を定める条例",))],
    ),
]

# A rule whose number says it is a ministry's ordinance is one (「（昭和47年労働省令第34号）」); a town's rule
# numbered as one stays a 規則.
ACTIONS += [
    (
        "クレーン等安全規則（昭和47年労働省令第34号）を改正し、点検の記録を義務付けた。",
        [("省令", "revision", ("クレーン等安全規則",))],
    ),
    (
        "南山町職員服務規則（平成15年南山町規則第22号）を改正した。",
        [("規則", "revision", ("南山町職員服務規則",))],
    ),
]

_ORDINANCE = "桜台町家庭的保育事業等の設備及び運営に関する基準を定める条例"

DEPENDS: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        """# 港町市 空き家対策の取組状況

## 課題1　管理不全の空き家の解消

施策：
・空家等対策計画の改定
・所有者への助言と指導
・危険な空き家の除却補助

進捗：
✓ 空家等対策の推進に関する特別措置法に基づき、空家等対策計画を改定した
✓ 所有者への助言と指導を45件行った
✓ 除却補助を12件交付した
""",
        [
            ("Measure", "空家等対策計画の改定", "空家等対策の推進に関する特別措置法"),
            ("Issue", "管理不全の空き家の解消", "空家等対策の推進に関する特別措置法"),
        ],
    ),
    (
        f"""# 桜台町 子育て支援の進捗

## 課題1　保育の受け皿の確保

### 施策
- {_ORDINANCE}の改正による小規模保育の定員拡大
- 保育士の処遇改善

### 取組状況
- 保育士の処遇改善として、月額1万円の手当を新設した。
""",
        [
            ("Measure", f"{_ORDINANCE}の改正による小規模保育の定員拡大", _ORDINANCE),
            ("Issue", "保育の受け皿の確保", _ORDINANCE),
        ],
    ),
]

test_laws = laws_test(LAWS)
test_legislative_actions = actions_test(ACTIONS)
test_the_measures_and_issues_depend_on_their_laws, test_all_links_counted = depends_tests(DEPENDS, (4, 4, 4))


def test_a_line_opening_with_a_measure_number_reports_on_that_measure() -> None:
    # 「取組2：…」 or 「【取組2】…」 at the start of a line under 課題1, whose 取組 are listed unnumbered
    items = [
        SimpleNamespace(cls="Issue", key="1", number="1", issue=None),
        SimpleNamespace(cls="Measure", key="1-a", number=None, issue="1"),
        SimpleNamespace(cls="Measure", key="1-b", number=None, issue="1"),
    ]
    words = ("取組", "施策")
    assert named_measure("取組2：交付できる証明書を4種類に増やした。", "1", words, items) == "1-b"
    assert named_measure("【取組1】予約システムを導入した。", "1", words, items) == "1-a"
    assert named_measure("令和6年度：予約システムを導入した。", "1", words, items) is None
    assert named_measure("取組3：窓口を増やした。", "1", words, items) is None
