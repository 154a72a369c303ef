"""Short documents of common shapes with the laws their measures and issues depend on.

Written for the tests (invented; not taken from any published document).  Each case is a
Markdown text and its (item class, item label, law surface) links, read off the text: a measure
depends on the laws its own text, the sentences under its heading and its progress lines
(取組状況, 進捗状況, 実績, 対応状況) name, and on its row's 根拠法令; an issue on the laws the
sentences under its heading name and on those of its measures.  A policy, guideline or 要綱
named by title, a public body and words such as 法人 or 法務 give no link.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DependsCase:
    name: str
    text: str
    links: tuple[tuple[str, str, str], ...]


FOLLOWUP_BULLETS = DependsCase(
    "follow-up report: numbered issue and measure headings, progress bullets under each measure",
    """\
# 行政手続のデジタル化に関するフォローアップ報告

## 課題1 本人確認のオンライン化が進んでいない

### 施策1-1 スマートフォンへの電子証明書の搭載

- 取組状況：公的個人認証法の一部を改正し、スマートフォンへの電子証明書の搭載を可能とした（令和4年5月成立）。
- 今後の予定：令和5年度中に対応機種を拡大する。

### 施策1-2 本人確認書類の提示の電子化

- 進捗状況：犯罪収益移転防止法施行規則の改正について検討を進めている。

## 課題2 申請時の添付書類が多い

申請時の添付書類の省略は、デジタル手続法第11条に基づき進める。

### 施策2-1 戸籍証明書の添付の省略

- 実績：戸籍法の改正により、令和6年3月から戸籍証明書の添付が不要となった。
- 対応状況：法務局と連携し、システム改修を完了した。

### 施策2-2 申請様式の統一

- 対応状況：申請様式統一方針に基づき、各府省の様式の統一を進めている。
""",
    (
        ("Measure", "スマートフォンへの電子証明書の搭載", "公的個人認証法"),
        ("Measure", "本人確認書類の提示の電子化", "犯罪収益移転防止法施行規則"),
        ("Issue", "本人確認のオンライン化が進んでいない", "公的個人認証法"),
        ("Issue", "本人確認のオンライン化が進んでいない", "犯罪収益移転防止法施行規則"),
        ("Issue", "申請時の添付書類が多い", "デジタル手続法"),
        ("Measure", "戸籍証明書の添付の省略", "戸籍法"),
        ("Issue", "申請時の添付書類が多い", "戸籍法"),
    ),
)

BASIS_TABLE = DependsCase(
    "progress report: a table of measures with 根拠法令 and 取組状況 columns",
    """\
# 市民サービスのデジタル化推進計画 進捗報告

## 3. 施策の実施状況

| 施策 | 根拠法令 | 取組状況 |
|---|---|---|
| 行政手続のオンライン化 | 情報通信技術を活用した行政の推進等に関する法律 | 令和5年度に30手続を終えた。 |
| 手数料のキャッシュレス納付 | 磐田市手数料条例 | 令和6年4月から窓口でのキャッシュレス納付を開始した。 |
| マイナンバーの利用事務の拡大 | 平成25年法律第27号 | 独自利用事務の追加について検討している。 |
| 住民情報の適正な管理 | 住民基本台帳法施行令 | 住民基本台帳法施行規則の改正に合わせて様式を改めた。 |
| 基幹業務システムの標準化 | ― | デジタル改革関連法を受け、地方公共団体情報システム機構と移行計画を定めた。 |
| 窓口業務の改善 | 窓口業務改善ガイドライン | 法人向けの窓口を一本化した。 |
""",
    (
        ("Measure", "行政手続のオンライン化", "情報通信技術を活用した行政の推進等に関する法律"),
        ("Measure", "手数料のキャッシュレス納付", "磐田市手数料条例"),
        ("Measure", "マイナンバーの利用事務の拡大", "平成25年法律第27号"),
        ("Measure", "住民情報の適正な管理", "住民基本台帳法施行令"),
        ("Measure", "住民情報の適正な管理", "住民基本台帳法施行規則"),
        ("Measure", "基幹業務システムの標準化", "デジタル改革関連法"),
    ),
)

PROGRESS_HEADINGS = DependsCase(
    "progress under 取組状況 and 進捗状況 sub-headings, laws in the sentences under the headings",
    """\
# 防災情報の共有に関する取組の進捗

## 課題1 災害時の要支援者情報の共有が遅い

避難行動要支援者名簿の作成は、災害対策基本法第49条の10に基づき市町村が行う。

### 施策1-1 要支援者名簿の電子化

#### 取組状況

令和5年度に名簿の様式を統一し、個人情報の保護に関する法律に基づく平常時の提供の手続を整理した。

### 施策1-2 被災者台帳システムの導入

被災者台帳の作成は、災害救助法の運用と併せて進める。

#### 進捗状況

- 令和6年3月、被災者台帳システム整備要綱を定めた。
- 2市で試行運用を開始した。
""",
    (
        ("Issue", "災害時の要支援者情報の共有が遅い", "災害対策基本法"),
        ("Measure", "要支援者名簿の電子化", "個人情報の保護に関する法律"),
        ("Issue", "災害時の要支援者情報の共有が遅い", "個人情報の保護に関する法律"),
        ("Measure", "被災者台帳システムの導入", "災害救助法"),
        ("Issue", "災害時の要支援者情報の共有が遅い", "災害救助法"),
    ),
)

RELATED_LAWS_COLUMN = DependsCase(
    "plan: an issue heading over a table of measures with a 関係法令 column and a 対応状況 column",
    """\
# 子育て支援のオンライン化計画

## 課題1 保育所の入所手続に時間がかかる

保育の必要性の認定は、子ども・子育て支援法に基づき市町村が行っている。

| 施策 | 関係法令 | 対応状況 |
|---|---|---|
| 入所申請のオンライン受付 | 児童福祉法施行規則 | 令和6年度から受付を開始した。 |
| 就労証明書の電子提出 | ― | 就労証明書の様式を定める内閣府令の改正を受け、電子提出に対応した。 |
| 認定結果の電子通知 | 行政手続等における情報通信の技術の利用に関する法律 | 通知様式の見直しを進めている。 |
""",
    (
        ("Issue", "保育所の入所手続に時間がかかる", "子ども・子育て支援法"),
        ("Measure", "入所申請のオンライン受付", "児童福祉法施行規則"),
        ("Measure", "認定結果の電子通知", "行政手続等における情報通信の技術の利用に関する法律"),
        ("Issue", "保育所の入所手続に時間がかかる", "児童福祉法施行規則"),
        ("Issue", "保育所の入所手続に時間がかかる", "行政手続等における情報通信の技術の利用に関する法律"),
    ),
)

FIELDS_UNDER_MEASURES = DependsCase(
    "follow-up sheet: under each measure heading a table of fields with 根拠法令 and 進捗状況",
    """\
# 窓口サービス改善の進捗

## 課題1 窓口の待ち時間が長い

### 施策1-1 来庁予約の導入

| 項目 | 内容 |
|---|---|
| 根拠法令 | 住民基本台帳法 |
| 進捗状況 | 令和6年度に全窓口で予約制を導入した。 |

### 施策1-2 書かない窓口の導入

| 項目 | 内容 |
|---|---|
| 関係法令 | 戸籍法施行規則 |
| 取組状況 | 申請書の自動作成を試行した。 |
""",
    (
        ("Measure", "来庁予約の導入", "住民基本台帳法"),
        ("Measure", "書かない窓口の導入", "戸籍法施行規則"),
        ("Issue", "窓口の待ち時間が長い", "住民基本台帳法"),
        ("Issue", "窓口の待ち時間が長い", "戸籍法施行規則"),
    ),
)

CUE_COLON_HEADINGS = DependsCase(
    "progress report: issue and measure headings named by their cue and a colon, no number",
    """\
# 地域交通の確保に向けた取組の状況

## 課題：路線バスの運転士が不足している

### 施策：自家用有償旅客運送の活用
- 取組状況：道路運送法に基づく自家用有償旅客運送の登録を2地区で受けた。

### 施策：乗合タクシーの運行
- 取組状況：地域公共交通の活性化及び再生に関する法律に基づく地域公共交通計画に位置付けた。

### 施策：運転士の確保に向けた広報
- 取組状況：市の広報誌で運転士の募集を周知した。
""",
    (
        ("Measure", "自家用有償旅客運送の活用", "道路運送法"),
        ("Issue", "路線バスの運転士が不足している", "道路運送法"),
        ("Measure", "乗合タクシーの運行", "地域公共交通の活性化及び再生に関する法律"),
        ("Issue", "路線バスの運転士が不足している", "地域公共交通の活性化及び再生に関する法律"),
    ),
)

CUE_SPACE_BULLETS = DependsCase(
    "plan progress: 「課題　…」 headings over 「- 施策　…」 bullets, a full-width space after the cue",
    """\
# 磐田市食品ロス削減推進計画　取組状況

## 課題　家庭から出る食品ロスが多い

- 施策　食べきり運動の普及
  - 取組状況：食品ロスの削減の推進に関する法律第13条に基づく市町村計画に運動を位置付けた。
- 施策　フードドライブの常設化
  - 取組状況：市内3か所に回収拠点を設けた。

## 課題　事業者の未利用食品の活用が進まない

- 施策　フードバンクとの連携
  - 取組状況：磐田市廃棄物の減量及び適正処理に関する条例を改正し、事業者の努力義務に未利用食品の提供を加えた。
""",
    (
        ("Measure", "食べきり運動の普及", "食品ロスの削減の推進に関する法律"),
        ("Issue", "家庭から出る食品ロスが多い", "食品ロスの削減の推進に関する法律"),
        ("Measure", "フードバンクとの連携", "磐田市廃棄物の減量及び適正処理に関する条例"),
        ("Issue", "事業者の未利用食品の活用が進まない", "磐田市廃棄物の減量及び適正処理に関する条例"),
    ),
)

NESTED_PROGRESS_BULLETS = DependsCase(
    "list of measures: numbered headings over plain bullets, some holding 取組状況 bullets",
    """\
# 子育て支援施策　取組一覧

## 1. 妊娠・出産期の支援

- 産後ケア事業の拡充
- 妊婦健康診査の費用助成（取組状況：令和6年4月から助成回数を増やした）
- 伴走型相談支援の実施
  - 取組状況：母子保健法に基づく母子健康手帳の交付時に面談を行った。

## 2. 保育環境の整備

- 病児保育施設の町立診療所への併設
  - 取組状況：子ども・子育て支援法に基づく地域子ども・子育て支援事業として開設した。
  - 取組状況：国の「病児保育事業実施要綱」に沿って運営している。
""",
    (
        ("Measure", "伴走型相談支援の実施", "母子保健法"),
        ("Measure", "病児保育施設の町立診療所への併設", "子ども・子育て支援法"),
    ),
)


ISSUE_AND_MEASURE_LISTS_SIDE_BY_SIDE = DependsCase(
    "a 課題 list and a 施策 list side by side under each 基本方針 heading; an ordinance still to be made",
    """\
# 地域公共交通計画　進捗状況（令和6年度）

## 基本方針1　日常の移動手段の確保

### 課題
- 路線バスの減便により、通院や買物の移動が難しくなっている。

### 施策
- デマンド交通の運行
  - 実績：道路運送法に基づく区域運行の許可を受け、市内全域で運行を始めた。
- 運転免許返納者への乗車券の交付
  - 実績：交付枚数は延べ640枚となった。

## 基本方針2　交通安全の推進

### 課題
- 高齢運転者による事故が増えている。

### 施策
- 交通安全条例の制定に向けた検討
- 高齢運転者向け講習会の開催
  - 実績：道路交通法に基づく認知機能検査の受け方を併せて案内した。
""",
    (
        ("Measure", "デマンド交通の運行", "道路運送法"),
        ("Issue", "路線バスの減便により、通院や買物の移動が難しくなっている。", "道路運送法"),
        ("Measure", "高齢運転者向け講習会の開催", "道路交通法"),
        ("Issue", "高齢運転者による事故が増えている。", "道路交通法"),
    ),
)

CASES = (
    FOLLOWUP_BULLETS,
    BASIS_TABLE,
    PROGRESS_HEADINGS,
    RELATED_LAWS_COLUMN,
    FIELDS_UNDER_MEASURES,
    CUE_COLON_HEADINGS,
    CUE_SPACE_BULLETS,
    NESTED_PROGRESS_BULLETS,
    ISSUE_AND_MEASURE_LISTS_SIDE_BY_SIDE,
)
