"""Later editions of the seed report, made by the edits a real next follow-up makes.

Each edit replaces one passage of the seed report's text and says, read from the
edit itself, which change it is: (kind, class, a phrase of the item's title, the
value before, the value after).  ``None`` for a value means "not checked".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.settings import Settings
from tests.conftest import SEEDS, settings_for, shared_file

SEED_ID = "wg-followup-2021"
NEXT_ID = "wg-followup-2022"
RENUMBERED_ID = "wg-followup-2023"
OTHER_ID = "unrelated-note"
TITLE = "マイナンバー制度及び国と地方のデジタル基盤抜本改善ワーキンググループ報告書フォローアップ"

MANIFEST = f"""
[[document]]
id = "{SEED_ID}"
file = "seed.txt"
title = "{TITLE}"
publisher = "デジタル庁"
date = 2021-10-22
series = "wg-followup"

[[document]]
id = "{NEXT_ID}"
file = "next.txt"
title = "{TITLE}"
publisher = "デジタル庁"
date = 2022-10-21
follows = "{SEED_ID}"

[[document]]
id = "{RENUMBERED_ID}"
file = "renumbered.txt"
title = "{TITLE}"
publisher = "デジタル庁"
date = 2023-10-20
series = "wg-followup"

[[document]]
id = "{OTHER_ID}"
file = "note.txt"
title = "連絡事項"
publisher = "総務省"
date = 2022-01-01
"""


@dataclass(frozen=True)
class Expect:
    kind: str
    cls: str
    phrase: str
    before: str | None = None
    after: str | None = None


@dataclass(frozen=True)
class Edit:
    name: str
    old: str
    new: str
    expect: tuple[Expect, ...]


EDITS: list[Edit] = [
    Edit(
        "a new ✓ entry under 1.3",
        "中期目標の策定・中期計画の認可（3年9月）",
        "中期目標の策定・中期計画の認可（3年9月）✓ 中期計画に基づくカード発行体制の整備（4年4月～）",
        (Expect("added", "ProgressUpdate", "中期計画に基づくカード発行体制の整備"),),
    ),
    Edit(
        "a date moved later",
        "480万枚に増強（3年10月）",
        "480万枚に増強（4年1月）",
        (Expect("dateMoved", "ProgressUpdate", "カード発行能力を330万枚から", "3年10月", "4年1月"),),
    ),
    Edit(
        "予定 → 実施",
        "令和3年分確定申告よりマイナポータル連携による自動入力を実現予定(4年1月～)",
        "令和3年分確定申告よりマイナポータル連携による自動入力を実現(4年1月～)",
        (Expect("statusChanged", "ProgressUpdate", "寄附金控除証明書", "予定", "実施"),),
    ),
    Edit(
        "令和3年度～ → 令和4年度中",
        "システムのAPI連携の実現方策について検討、調査研究の実施(令和3年度～)",
        "システムのAPI連携の実現方策について検討、調査研究の実施(令和4年度中)",
        (
            Expect(
                "dateMoved", "ProgressUpdate", "登記情報システムと地方公共団体", "令和3年度～", "令和4年度中"
            ),
        ),
    ),
    Edit(
        "a ✓ entry reworded",
        "GIGAスクール：実証研究事業の実施(2年9月～)",
        "GIGAスクール：認証手段に関する実証研究事業の実施(2年9月～)",
        (Expect("reworded", "ProgressUpdate", "認証手段に関する実証研究事業"),),
    ),
    Edit(
        "a ✓ entry dropped",
        "✓ 関連するシステムの検討・整備の実施",
        "",
        (Expect("dropped", "ProgressUpdate", "関連するシステムの検討・整備の実施"),),
    ),
    Edit(
        "a law named in a ✓ entry",
        "✓ 必要となるシステムの設計・開発等（3年10月～）",
        "✓ 必要となるシステムの設計・開発等（公的個人認証法）（3年10月～）",
        (
            Expect(
                "lawAdded",
                "ProgressUpdate",
                "必要となるシステムの設計・開発等",
                None,
                "電子署名等に係る地方公共団体情報システム機構の認証業務に関する法律",
            ),
        ),
    ),
    Edit(
        "a law no longer named",
        "電子証明書のスマートフォンへの搭載について法改正を実施（デジタル改革関連法）（3年5月）",
        "電子証明書のスマートフォンへの搭載について法改正を実施（3年5月）",
        (
            Expect(
                "lawRemoved",
                "ProgressUpdate",
                "電子証明書のスマートフォンへの搭載",
                "デジタル改革関連法",
                None,
            ),
        ),
    ),
    Edit(
        "an agency named in a ✓ entry",
        "オンライン申請サービスの提供が可能（3年5月）",
        "オンライン申請サービスの提供が可能（3年5月）（デジタル庁）",
        (Expect("agencyAdded", "ProgressUpdate", "オンライン申請サービスの提供が可能", None, "デジタル庁"),),
    ),
    Edit(
        "an agency no longer named in a ✓ entry",
        "総務省・マイナンバー室(現デジタル庁)より",
        "マイナンバー室(現デジタル庁)より",
        (Expect("agencyRemoved", "ProgressUpdate", "マイナンバー室(現デジタル庁)より", "総務省", None),),
    ),
    Edit(
        "an issue title with one clause rewritten",
        "3.3 生体認証などの暗証番号に依存しない認証の仕組みの検討",
        "3.3 生体認証などの暗証番号に依存しない認証の仕組みの導入に向けた実証",
        (Expect("reworded", "Issue", "認証の仕組みの導入に向けた実証"),),
    ),
    Edit(
        "a measure reworded",
        "- ・ プッシュ通知\n",
        "- ・ プッシュ型の通知の実現\n",
        (Expect("reworded", "Measure", "プッシュ型の通知の実現"),),
    ),
    Edit(
        "a new issue with its measure",
        "- ・ マイナポイント基盤の拡充・提供 ・ マイナンバーカードの民間事業者における利用の推進\n",
        "- ・ マイナポイント基盤の拡充・提供 ・ マイナンバーカードの民間事業者における利用の推進\n\n"
        "5.8 デジタル社会の実現に向けた重点計画の策定\n\n- ・ 重点計画に基づく施策の工程表の作成\n",
        (
            Expect("added", "Issue", "デジタル社会の実現に向けた重点計画の策定"),
            Expect("added", "Measure", "重点計画に基づく施策の工程表の作成"),
        ),
    ),
    Edit(
        "an issue dropped with its measure",
        "1.5 24時間365日安定稼働できる仕組み\n\n"
        "- ・ 自己情報取得APIの原則24時間365日対応のための機能強化\n\n",
        "",
        (
            Expect("dropped", "Issue", "24時間365日安定稼働できる仕組み"),
            Expect("dropped", "Measure", "自己情報取得APIの原則24時間365日対応"),
        ),
    ),
    Edit(
        "a target's value",
        "目標：医療機関等の6割程度での導入",
        "目標：医療機関等の7割程度での導入",
        (Expect("targetChanged", "Target", "医療機関等の7割程度での導入"),),
    ),
    Edit(
        "a target's deadline",
        "概ね全ての医療機関等での導入（令和5年3月末）",
        "概ね全ての医療機関等での導入（令和6年3月末）",
        (Expect("targetChanged", "Target", "概ね全ての医療機関等での導入"),),
    ),
    Edit(
        "a theme reworded",
        "6. データの利活用とコスト管理",
        "6. データの利活用とシステムコストの管理",
        (Expect("reworded", "Theme", "データの利活用とシステムコストの管理"),),
    ),
    Edit(
        "a goal reworded",
        "- ・ 緊急時の事務を速やかに処理できる",
        "- ・ 緊急時の事務を迅速かつ確実に処理できる",
        (Expect("reworded", "Goal", "緊急時の事務を迅速かつ確実に処理できる"),),
    ),
    Edit(
        "a new goal",
        "- ・ セキュリティが大きく向上する\n",
        "- ・ セキュリティが大きく向上する\n- ・ 誰一人取り残されないデジタル社会が実現される\n",
        (Expect("added", "Goal", "誰一人取り残されないデジタル社会が実現される"),),
    ),
    Edit(
        "a measure dropped",
        "- ・ 「APIカタログ」の整備\n",
        "",
        (Expect("dropped", "Measure", "「APIカタログ」の整備"),),
    ),
    Edit(
        "a new measure",
        "- ・ 多数の新規施策において試行を行う手順の原則化\n",
        "- ・ 多数の新規施策において試行を行う手順の原則化\n- ・ 先進自治体の実証結果の横展開\n",
        (Expect("added", "Measure", "先進自治体の実証結果の横展開"),),
    ),
    Edit(
        "済 added",
        "データ要件・連携要件の標準の作成方針の提示（3年6月）",
        "データ要件・連携要件の標準の作成方針の提示（3年6月）（済）",
        (
            Expect(
                "statusChanged", "ProgressUpdate", "データ要件・連携要件の標準の作成方針の提示", "実施", "済"
            ),
        ),
    ),
    Edit(
        "（予定） dropped from a date",
        "マイナポータルで提供開始（3年10月（予定））",
        "マイナポータルで提供開始（3年10月）",
        (Expect("statusChanged", "ProgressUpdate", "特定健診等情報、薬剤情報", "予定", "実施"),),
    ),
    Edit(
        "a date moved earlier",
        "自治体マイナポイントの全国展開に向けたモデル事業の実施（3年7月～）",
        "自治体マイナポイントの全国展開に向けたモデル事業の実施（3年6月～）",
        (Expect("dateMoved", "ProgressUpdate", "自治体マイナポイントの全国展開", "3年7月～", "3年6月～"),),
    ),
    Edit(
        "a measure's year moved",
        "2024年のマイナンバーカード海外利用開始",
        "2025年のマイナンバーカード海外利用開始",
        (
            Expect(
                "dateMoved", "Measure", "マイナンバーカード海外利用開始に合わせた運用開始", "2024年", "2025年"
            ),
        ),
    ),
    Edit(
        "a law named in a measure",
        "- ・ **戸籍における法制化**",
        "- ・ **戸籍における法制化（戸籍法）**",
        (Expect("lawAdded", "Measure", "戸籍における法制化", None, "戸籍法"),),
    ),
    Edit(
        "an agency named in a measure",
        "電子証明書を扱うシステムのクラウド利用の可能化",
        "電子証明書を扱うシステムのクラウド利用の可能化（J-LIS）",
        (
            Expect(
                "agencyAdded",
                "Measure",
                "電子証明書を扱うシステムのクラウド利用の可能化",
                None,
                "地方公共団体情報システム機構",
            ),
        ),
    ),
    Edit(
        "another measure reworded",
        "全業所管官庁等を通じた計画的な取組",
        "全業所管官庁等を通じた計画的かつ継続的な取組",
        (Expect("reworded", "Measure", "計画的かつ継続的な取組"),),
    ),
    Edit(
        "a new ✓ entry in a space-separated row",
        "二次元コード付き申請書を送付（～3年3月）",
        "二次元コード付き申請書を送付（～3年3月） ✓ 未申請者への申請書の再送付（4年1月～）",
        (Expect("added", "ProgressUpdate", "未申請者への申請書の再送付"),),
    ),
    Edit(
        "an agency no longer named in a measure",
        "デジタル庁と総務省で共管",
        "デジタル庁で共管",
        (
            Expect(
                "agencyRemoved",
                "Measure",
                "地方公共団体情報システム機構（J-LIS）を国と地方公共団体",
                "総務省",
                None,
            ),
        ),
    ),
]

# Renumbering: the issues of theme 2 shift by one (2.5 becomes 2.1), and one of
# them also has a clause of its title rewritten.
RENUMBER = [
    ("\n2.1 マイナポータルをハブとした", "\n2.2 マイナポータルをハブとした"),
    ("\n2.2 多様なセーフティネット", "\n2.3 多様なセーフティネット"),
    ("\n2.3 金融：", "\n2.4 金融："),
    (
        "\n2.4 教育：学校健診データの活用、GIGAスクールにおける認証手段等の検討",
        "\n2.5 教育：学校健診データの活用、GIGAスクールにおける認証手段の整備",
    ),
    ("\n2.5 固定資産課税台帳", "\n2.1 固定資産課税台帳"),
]


def apply(text: str, edits: list[tuple[str, str]]) -> str:
    """``text`` with each (old, new) replacement made once; each old passage must occur exactly once."""
    for old, new in edits:
        assert text.count(old) == 1, f"the seed report should hold {old!r} once"
        text = text.replace(old, new)
    return text


def build_editions(root: Path) -> Settings:
    """Build, under ``root``, the seed report, its edition by the 30 edits (which follows it), its
    renumbered edition (the series' third) and a short unrelated note; the settings to read them."""
    from kg.build import build

    seed = shared_file(SEEDS / "digital-wg-followup-2021-10-22.txt").read_text(encoding="utf-8")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "manifest.toml").write_text(MANIFEST, encoding="utf-8")
    (corpus / "seed.txt").write_text(seed, encoding="utf-8")
    (corpus / "next.txt").write_text(apply(seed, [(e.old, e.new) for e in EDITS]), encoding="utf-8")
    (corpus / "renumbered.txt").write_text(apply(seed, RENUMBER), encoding="utf-8")
    note = "連絡事項\n\n2022年1月1日\n\n総務省\n\n会議の日程を連絡します。\n"
    (corpus / "note.txt").write_text(note, encoding="utf-8")
    settings = settings_for(root / "data", corpus)
    report = build(settings)
    assert not report.failed, report.to_text()
    return settings
