"""Legislative actions: amendments, enactments, ordinance revisions and legal measures, as items."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import DateContext, find_dates
from kg.extract.laws import find_laws
from kg.extract.legislation import find_actions

WG = dt.date(2021, 10, 22)


def actions(text: str) -> list[tuple[str, str, str, tuple[str, ...], str | None, str | None]]:
    laws, dates = find_laws(text), find_dates(text, DateContext(WG))
    return [
        (a.text, a.kind, a.act_kind, a.laws, a.bundle, dates[a.date].text if a.date is not None else None)
        for a in find_actions(text, laws, dates)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # seed line 35: the ordinance was amended in 3年9月; which one the text does not say
        (
            "現況届の一律の届出義務の廃止(提出省略可)(3年9月府令改正・4年6月施行)",
            [("府令改正", "revision", "府令", (), None, "3年9月")],
        ),
        (
            "情報連携の活用状況等の調査の実施(2年末～3年1月)、省令整備(3年7月)",
            [("省令整備", "revision", "省令", (), None, "3年7月")],
        ),
        # seed line 45: an amendment made by the bundle the text marks in brackets
        (
            "電子証明書のスマートフォンへの搭載について法改正を実施（デジタル改革関連法）（3年5月）",
            [("法改正を実施", "amendment", "法律", (), "digital-reform-acts", "3年5月")],
        ),
        # seed line 46: the law amended is named just before the cue
        (
            "公的個人認証法改正（3年5月）",
            [("公的個人認証法改正", "amendment", "法律", ("jpki-act",), None, "3年5月")],
        ),
        # seed line 54
        (
            "32の国家資格に関するマイナンバー法等の法律改正（デジタル改革関連法）",
            [
                (
                    "マイナンバー法等の法律改正",
                    "amendment",
                    "法律",
                    ("my-number-act",),
                    "digital-reform-acts",
                    None,
                )
            ],
        ),
        # seed line 36: one enactment of two laws, part of the bundle
        (
            "公金受取口座登録法及び預貯金口座個人番号利用申出法の成立(デジタル改革関連法)(3年5月)",
            [
                (
                    "公金受取口座登録法及び預貯金口座個人番号利用申出法の成立",
                    "enactment",
                    "法律",
                    ("public-benefit-account-act", "deposit-account-my-number-act"),
                    "digital-reform-acts",
                    "3年5月",
                )
            ],
        ),
        (
            "療育手帳のマイナンバーによる情報連携の法制上の措置(デジタル改革関連法)",
            [("法制上の措置", "legal_measure", "法律", (), "digital-reform-acts", None)],
        ),
        # 法制化 inside the study group's name is no action, and the one the group examines is only
        # considered (検討 only: none taken or decided yet)
        (
            "「氏名の読み仮名の法制化に関する研究会」において、戸籍における読み仮名の法制化を検討（～3年7月）",
            [],
        ),
        ("令和4年通常国会に法案を提出", [("法案を提出", "bill", "法律", (), None, None)]),
        # the law's number in brackets between the law and what is done to it
        (
            "官民データ活用推進基本法（平成28年法律第103号）が制定され",
            [
                (
                    "官民データ活用推進基本法（平成28年法律第103号）が制定",
                    "enactment",
                    "法律",
                    ("428AC0000000103",),  # the e-Gov ID of 平成28年法律第103号
                    None,
                    None,
                )
            ],
        ),
        # seed line 456: a review of a named body of law is an amendment of it
        (
            "個人情報保護法制の見直し",
            [
                (
                    "個人情報保護法制の見直し",
                    "amendment",
                    "法律",
                    ("personal-information-protection-act",),
                    None,
                    None,
                )
            ],
        ),
        (
            "横浜市個人情報保護条例の改正",
            # an ordinance, named or not, is revised: a 条例's amendment is a revision of it
            [("横浜市個人情報保護条例の改正", "revision", "条例", ("横浜市個人情報保護条例",), None, None)],
        ),
    ],
)
def test_actions_the_text_states(text: str, expected: list[tuple[object, ...]]) -> None:
    assert actions(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # based on a law, and enforced: neither makes nor changes one
        "デジタル社会形成整備法によるJ-LISに対する国のガバナンスの強化（3年9月施行）",
        "改正マイナンバー法の施行",
        "法制審議会に諮問",
        "「マイナンバー法改正ガイドライン」を公表",
    ],
)
def test_no_action(text: str) -> None:
    assert actions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 「…は…成立した」 with the law's amendment in between enacts the amendment of the law the
        # sentence is about, not the law
        (
            "個人情報保護法は、令和3年に改正法が成立した。",
            [("改正法", "amendment", "法律", ("personal-information-protection-act",), None, None)],
        ),
        # 「…法は…成立した」: the law the sentence is about, with its date
        (
            "個人情報保護法は、平成15年に成立した。",
            [
                (
                    "個人情報保護法は、平成15年に成立した",
                    "enactment",
                    "法律",
                    ("personal-information-protection-act",),
                    None,
                    "平成15年",
                )
            ],
        ),
        ("法改正は不要である。", []),
        ("法改正を行わずに対応する。", []),
        # each ordinance of a list, with or without the law's name
        (
            "施行令・施行規則の改正を行った。",
            [
                ("施行令", "revision", "政令", (), None, None),
                ("施行規則の改正", "revision", "省令", (), None, None),
            ],
        ),
        # a draft ordinance is no bill: only a law is put to the Diet
        (
            "戸籍法施行規則の改正案について意見公募を行った。",
            [("戸籍法施行規則の改正案", "revision", "省令", ("戸籍法施行規則",), None, None)],
        ),
    ],
)
def test_topics_denials_lists_and_drafts(text: str, expected: list[tuple[object, ...]]) -> None:
    assert actions(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本市情報公開条例第7条", [("本市情報公開条例", True)]),
        ("本市条例の定めるところによる。", []),  # 本市の条例: which one the text does not say
        ("各団体の個人情報保護条例を改正する必要がある。", []),  # each body's own
        ("関係条例を改正する。", []),  # a word for ordinances, not a name
        ("自治基本条例を制定した。", [("自治基本条例", True)]),
        ("横浜市個人情報保護条例を改正した。", [("横浜市個人情報保護条例", False)]),  # it says whose it is
    ],
)
def test_an_ordinance_of_the_documents_own_body(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(m.text, m.document_scoped) for m in find_laws(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # intended in the action's own clause: planned
        ("令和7年の通常国会に、道路法等の一部を改正する法律案を提出する予定である。", [("bill", True)]),
        ("本年度中に、建設業法施行規則を改正する方針である。", [("revision", True)]),
        # the amendment only considered is none; the bill aimed at is planned
        ("消費者契約法の改正を検討し、令和8年の通常国会への法案提出を目指す。", [("bill", True)]),
        # done
        ("食品衛生法施行規則を改正し、営業許可の区分を見直した。", [("revision", False)]),
        ("所要の法改正を実施した（令和3年5月）。", [("amendment", False)]),
        # the plan is of the entry into force, after the amendment's clause
        ("法改正を行い、令和5年度から施行する予定。", [("amendment", False)]),
    ],
)
def test_an_action_stated_as_intended_is_planned(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(a.kind, a.planned) for a in find_actions(text, find_laws(text), [])] == expected
