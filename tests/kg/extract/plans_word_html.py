"""Four plans as users receive them — two Word files, two HTML pages — with their items read off them.

Written for the tests (not taken from any published document).  The Word plans are kept here as
Markdown and written as .docx by ``word_file``: Heading 1–3 styles for the headings (their numbers
typed in the text), List Bullet and List Number paragraphs for the entries, real tables whose cells
keep one paragraph a line.  The HTML pages are written as a municipality's CMS serves them
(h2/h3, <ol>/<ul>, <table> with rowspan, <dl>).  Each plan's expected goals, themes, issues (with
the number the text gives them), measures and progress updates (one per ✓ entry, with its month)
were written by reading, before any extraction was run on them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import docx

from tests.kg.extract.shapes_cases import Expected, _e


@dataclass(frozen=True)
class Progress:
    label: str  # the ✓ entry's text, without its mark
    month: str  # 「2024-06」: the month its date states
    reports_on: str  # the label of the item the row names


@dataclass(frozen=True)
class Plan:
    name: str
    suffix: str  # ".docx" (text: Markdown written as Word) or ".html"
    text: str
    items: tuple[Expected, ...]
    numbers: dict[str, str]  # issue label → its number as the text gives it
    progress: tuple[Progress, ...] = ()
    not_items: tuple[str, ...] = ()


EDUCATION = Plan(
    "教育DX推進工程表 (Word)",
    ".docx",
    """\
# 教育DX推進工程表

令和7年3月　文部科学省

## 1. 本工程表の目的

本工程表は、学校教育のデジタル化を計画的に進めることを目的とする。

## 2. 目指す姿

- 全ての児童生徒が端末を日常的に活用できる学習環境を実現する。
- 教職員が校務に要する時間を縮減する。

## 3. 重点分野

### 3.1 学習環境の整備

#### 課題1-1　端末の更新費用が大きい

端末の更新時期が各地域で重なり、調達の費用が増えている。

【施策】

- 端末の共同調達の推進
- 端末の更新費用の補助

#### 課題1-2　通信環境に学校間の差がある

【施策】

- 学校の回線速度の調査
- 回線増強の補助

### 3.2 校務のデジタル化

#### 課題2-1　校務システムが学校ごとに異なる

【施策】

1. 校務支援システムの標準仕様の策定
2. クラウド型校務支援システムへの移行の支援

## 4. 工程表

| 課題 | 施策 | 担当 | 時期 |
|---|---|---|---|
| 教材の著作権処理に時間がかかる | ・授業目的公衆送信の手引の改訂<br>・相談窓口の設置 | 文化庁 | 2025年度 |
| デジタル教科書の活用が進んでいない | 学習者用デジタル教科書の配布 | 文部科学省 | 2025年度～2027年度 |

## 5. 取組状況

| 項目 | 取組状況 |
|---|---|
| 端末の共同調達の推進 | ✓ 都道府県の調達会議を設置（2024年6月）<br>✓ 共同調達の手引を公表（2024年10月） |
| 校務支援システムの標準仕様の策定 | ✓ 標準仕様の素案を公表（2024年12月） |
""",
    (
        _e("Goal", "本工程表は、学校教育のデジタル化を計画的に進めることを目的とする。"),
        _e("Goal", "全ての児童生徒が端末を日常的に活用できる学習環境を実現する。"),
        _e("Goal", "教職員が校務に要する時間を縮減する。"),
        _e("Theme", "学習環境の整備"),
        _e("Issue", "端末の更新費用が大きい", "学習環境の整備"),
        _e("Measure", "端末の共同調達の推進", "学習環境の整備", line="- 端末の共同調達の推進"),
        _e("Measure", "端末の更新費用の補助", "学習環境の整備"),
        _e("Issue", "通信環境に学校間の差がある", "学習環境の整備"),
        _e("Measure", "学校の回線速度の調査", "学習環境の整備"),
        _e("Measure", "回線増強の補助", "学習環境の整備"),
        _e("Theme", "校務のデジタル化"),
        _e("Issue", "校務システムが学校ごとに異なる", "校務のデジタル化"),
        _e("Measure", "校務支援システムの標準仕様の策定", "校務のデジタル化", line="1. 校務支援"),
        _e("Measure", "クラウド型校務支援システムへの移行の支援", "校務のデジタル化"),
        _e("Issue", "教材の著作権処理に時間がかかる"),
        _e("Measure", "授業目的公衆送信の手引の改訂"),
        _e("Measure", "相談窓口の設置"),
        _e("Issue", "デジタル教科書の活用が進んでいない"),
        _e("Measure", "学習者用デジタル教科書の配布"),
    ),
    {
        "端末の更新費用が大きい": "1-1",
        "通信環境に学校間の差がある": "1-2",
        "校務システムが学校ごとに異なる": "2-1",
    },
    (
        Progress("都道府県の調達会議を設置（2024年6月）", "2024-06", "端末の共同調達の推進"),
        Progress("共同調達の手引を公表（2024年10月）", "2024-10", "端末の共同調達の推進"),
        Progress("標準仕様の素案を公表（2024年12月）", "2024-12", "校務支援システムの標準仕様の策定"),
    ),
    ("本工程表の目的", "重点分野", "工程表", "取組状況", "| 項目 |"),
)

MUNICIPAL_DX = Plan(
    "自治体DX推進計画 (Word)",
    ".docx",
    """\
# 自治体DX推進計画

## 第1　計画の目的

本計画は、住民の利便性の向上と行政運営の効率化を図ることを目的とする。

## 第2　重点取組事項

### 1. 情報システムの標準化・共通化

【課題】

- 各団体が個別にシステムを改修しており、費用が大きい。
- 移行の作業を担う事業者が不足している。

【取組】

1. 標準準拠システムへの移行
2. ガバメントクラウドの活用

### 2. 行政手続のオンライン化

【課題】

- 子育てや介護の手続の多くが紙で行われている。

【取組】

1. マイナポータルからの電子申請の拡大
2. 申請書の様式の見直し

### 3. セキュリティ対策の徹底

【課題】

- 職員の情報セキュリティに関する知識に差がある。

【取組】

1. 全職員を対象とした情報セキュリティ研修の実施

## 第3　推進体制

本計画の推進に当たっては、CIOを本部長とする推進本部が進捗を管理する。

| 課題 | 施策 | 担当 | 時期 |
|---|---|---|---|
| デジタル人材が不足している | 外部人材の任用 | 人事課 | 2025年度 |
| 庁内の会議資料が紙で配られている | 会議のペーパーレス化 | 総務課 | 2025年度～2026年度 |

## 第4　取組状況

| 項目 | 取組状況 |
|---|---|
| 標準準拠システムへの移行 | ✓ 移行計画を策定（2024年3月）<br>✓ 住民記録システムを移行（2025年1月） |
| マイナポータルからの電子申請の拡大 | ✓ 子育て関係の15手続の受付を開始（2024年7月） |
""",
    (
        _e("Goal", "本計画は、住民の利便性の向上と行政運営の効率化を図ることを目的とする。"),
        _e("Theme", "情報システムの標準化・共通化"),
        _e("Issue", "各団体が個別にシステムを改修しており、費用が大きい。", "情報システムの標準化・共通化"),
        _e("Issue", "移行の作業を担う事業者が不足している。", "情報システムの標準化・共通化"),
        _e("Measure", "標準準拠システムへの移行", "情報システムの標準化・共通化", line="1. 標準準拠"),
        _e("Measure", "ガバメントクラウドの活用", "情報システムの標準化・共通化"),
        _e("Theme", "行政手続のオンライン化"),
        _e("Issue", "子育てや介護の手続の多くが紙で行われている。", "行政手続のオンライン化"),
        _e(
            "Measure",
            "マイナポータルからの電子申請の拡大",
            "行政手続のオンライン化",
            line="1. マイナポータル",
        ),
        _e("Measure", "申請書の様式の見直し", "行政手続のオンライン化"),
        _e("Theme", "セキュリティ対策の徹底"),
        _e("Issue", "職員の情報セキュリティに関する知識に差がある。", "セキュリティ対策の徹底"),
        _e("Measure", "全職員を対象とした情報セキュリティ研修の実施", "セキュリティ対策の徹底"),
        _e("Issue", "デジタル人材が不足している"),
        _e("Measure", "外部人材の任用"),
        _e("Issue", "庁内の会議資料が紙で配られている"),
        _e("Measure", "会議のペーパーレス化"),
    ),
    {},
    (
        Progress("移行計画を策定（2024年3月）", "2024-03", "標準準拠システムへの移行"),
        Progress("住民記録システムを移行（2025年1月）", "2025-01", "標準準拠システムへの移行"),
        Progress(
            "子育て関係の15手続の受付を開始（2024年7月）", "2024-07", "マイナポータルからの電子申請の拡大"
        ),
    ),
    ("計画の目的", "重点取組事項", "推進体制", "取組状況", "【課題】", "【取組】"),
)

CARE = Plan(
    "地域包括ケア推進計画 (HTML)",
    ".html",
    """\
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>高齢者保健福祉計画・地域包括ケア推進計画 | 健康・福祉</title>
</head>
<body>
<header>
<nav>
<ul>
<li><a href="/">ホーム</a></li>
<li><a href="/kenko/">健康・福祉</a></li>
<li><a href="/kenko/kaigo/">介護保険</a></li>
</ul>
</nav>
</header>
<main>
<h1>第9期 高齢者保健福祉計画・地域包括ケア推進計画</h1>
<p>更新日：2024年4月1日</p>
<h2>計画の基本理念</h2>
<p>住み慣れた地域で自分らしく暮らし続けられるまちを目指します。</p>
<h2>基本目標</h2>
<dl>
<dt>基本目標1</dt>
<dd>元気に暮らせる高齢者を増やす</dd>
<dt>基本目標2</dt>
<dd>支え合いの地域をつくる</dd>
</dl>
<h2>施策の展開</h2>
<h3>1 介護予防の推進</h3>
<p>現状と課題</p>
<ul>
<li>通いの場に参加する高齢者が減っている。</li>
<li>閉じこもりがちな高齢者を把握できていない。</li>
</ul>
<p>主な取組</p>
<ol>
<li>通いの場の立ち上げ支援</li>
<li>介護予防教室の開催</li>
</ol>
<h3>2 在宅医療と介護の連携</h3>
<p>現状と課題</p>
<ul>
<li>退院後の在宅生活への移行に関する情報の共有が不十分である。</li>
</ul>
<p>主な取組</p>
<ol>
<li>入退院時の情報共有ルールの策定</li>
<li>多職種による研修会の開催</li>
</ol>
<h2>施策の体系</h2>
<table>
<thead>
<tr><th>分野</th><th>課題</th><th>施策</th></tr>
</thead>
<tbody>
<tr><td rowspan="2">認知症施策</td><td>認知症の早期発見が遅れている</td><td>初期集中支援チームの強化</td></tr>
<tr><td>認知症の人を支える家族の負担が大きい</td><td>認知症カフェの設置</td></tr>
<tr><td>住まい</td><td>住宅の改修に関する相談先が分かりにくい</td><td>住宅改修の相談窓口の設置</td></tr>
</tbody>
</table>
<h2>お問い合わせ</h2>
<p>高齢福祉課 電話：000-000-0000</p>
</main>
<footer>
<p>Copyright</p>
</footer>
</body>
</html>
""",
    (
        _e("Goal", "住み慣れた地域で自分らしく暮らし続けられるまちを目指します。"),
        _e("Goal", "元気に暮らせる高齢者を増やす"),
        _e("Goal", "支え合いの地域をつくる"),
        _e("Theme", "介護予防の推進"),
        _e("Issue", "通いの場に参加する高齢者が減っている。", "介護予防の推進"),
        _e("Issue", "閉じこもりがちな高齢者を把握できていない。", "介護予防の推進"),
        _e("Measure", "通いの場の立ち上げ支援", "介護予防の推進"),
        _e("Measure", "介護予防教室の開催", "介護予防の推進"),
        _e("Theme", "在宅医療と介護の連携"),
        _e("Issue", "退院後の在宅生活への移行に関する情報の共有が不十分である。", "在宅医療と介護の連携"),
        _e("Measure", "入退院時の情報共有ルールの策定", "在宅医療と介護の連携"),
        _e("Measure", "多職種による研修会の開催", "在宅医療と介護の連携"),
        _e("Theme", "認知症施策"),
        _e("Issue", "認知症の早期発見が遅れている", "認知症施策"),
        _e("Measure", "初期集中支援チームの強化", "認知症施策"),
        _e("Issue", "認知症の人を支える家族の負担が大きい", "認知症施策"),
        _e("Measure", "認知症カフェの設置", "認知症施策"),
        _e("Theme", "住まい"),
        _e("Issue", "住宅の改修に関する相談先が分かりにくい", "住まい"),
        _e("Measure", "住宅改修の相談窓口の設置", "住まい"),
    ),
    {},
    (),
    ("ホーム", "介護保険", "施策の展開", "施策の体系", "お問い合わせ", "現状と課題", "主な取組", "Copyright"),
)

SETTLEMENT = Plan(
    "移住定住促進計画 (HTML)",
    ".html",
    """\
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>移住・定住促進計画</title>
</head>
<body>
<div id="breadcrumb"><a href="/">トップ</a> &gt; <a href="/kurashi/">くらし</a> &gt; 移住・定住促進計画</div>
<div id="contents">
<h1>移住・定住促進計画（令和7年度～令和11年度）</h1>
<h2>1. 計画の目的</h2>
<p>本計画は、町への移住と定住を促し、人口減少の速度を緩やかにすることを目的とします。</p>
<h2>2. 目標</h2>
<ul>
<li>令和11年度までに移住者を年間100人にする。</li>
<li>若い世代の転出を抑える。</li>
</ul>
<h2>3. 基本方針と施策</h2>
<h3>基本方針1　仕事をつくる</h3>
<h4>課題</h4>
<ul>
<li>町内の求人が少なく、職種も限られている。</li>
</ul>
<h4>施策</h4>
<ol>
<li>サテライトオフィスの誘致</li>
<li>空き店舗を活用した起業の支援</li>
</ol>
<h3>基本方針2　住まいを整える</h3>
<h4>課題</h4>
<ul>
<li>移住希望者が入居できる住宅が不足している。</li>
</ul>
<h4>施策</h4>
<ol>
<li>空き家バンクの登録物件の拡充</li>
<li>移住者向け住宅の改修費の補助</li>
</ol>
<h2>4. 取組の工程</h2>
<table>
<tr><th>基本方針</th><th>施策</th><th>担当</th><th>時期</th></tr>
<tr><td rowspan="2">基本方針3　つながりを育む</td><td>交流会の開催</td><td>企画課</td><td>令和7年度</td></tr>
<tr><td>地域おこし協力隊の受入れ</td><td>企画課</td><td>令和8年度から</td></tr>
</table>
<h2>5. 取組状況</h2>
<table>
<tr><th>項目</th><th>取組状況</th></tr>
<tr><td>サテライトオフィスの誘致</td><td>✓ 誘致説明会を開催（2025年5月）<br>✓ 1社が進出（2025年9月）</td></tr>
<tr><td>空き家バンクの登録物件の拡充</td><td>✓ 所有者向けの説明会を開催（2025年7月）</td></tr>
</table>
</div>
</body>
</html>
""",
    (
        _e("Goal", "本計画は、町への移住と定住を促し、人口減少の速度を緩やかにすることを目的とします。"),
        _e("Goal", "令和11年度までに移住者を年間100人にする。"),
        _e("Goal", "若い世代の転出を抑える。"),
        _e("Theme", "仕事をつくる"),
        _e("Issue", "町内の求人が少なく、職種も限られている。", "仕事をつくる"),
        _e("Measure", "サテライトオフィスの誘致", "仕事をつくる"),
        _e("Measure", "空き店舗を活用した起業の支援", "仕事をつくる"),
        _e("Theme", "住まいを整える"),
        _e("Issue", "移住希望者が入居できる住宅が不足している。", "住まいを整える"),
        _e("Measure", "空き家バンクの登録物件の拡充", "住まいを整える"),
        _e("Measure", "移住者向け住宅の改修費の補助", "住まいを整える"),
        _e("Theme", "つながりを育む"),
        _e("Measure", "交流会の開催", "つながりを育む"),
        _e("Measure", "地域おこし協力隊の受入れ", "つながりを育む"),
    ),
    {},
    (
        Progress("誘致説明会を開催（2025年5月）", "2025-05", "サテライトオフィスの誘致"),
        Progress("1社が進出（2025年9月）", "2025-09", "サテライトオフィスの誘致"),
        Progress("所有者向けの説明会を開催（2025年7月）", "2025-07", "空き家バンクの登録物件の拡充"),
    ),
    ("トップ", "計画の目的", "基本方針と施策", "取組の工程", "5. 取組状況"),
)

PLANS = (EDUCATION, MUNICIPAL_DX, CARE, SETTLEMENT)

# The HTML pages as the same plans would be written in Markdown (a <dl>'s terms as entries over
# their descriptions, a cell merged over rows written in each).
CARE_MARKDOWN = """\
# 第9期 高齢者保健福祉計画・地域包括ケア推進計画

更新日：2024年4月1日

## 計画の基本理念

住み慣れた地域で自分らしく暮らし続けられるまちを目指します。

## 基本目標

- 基本目標1
  - 元気に暮らせる高齢者を増やす
- 基本目標2
  - 支え合いの地域をつくる

## 施策の展開

### 1 介護予防の推進

現状と課題

- 通いの場に参加する高齢者が減っている。
- 閉じこもりがちな高齢者を把握できていない。

主な取組

1. 通いの場の立ち上げ支援
2. 介護予防教室の開催

### 2 在宅医療と介護の連携

現状と課題

- 退院後の在宅生活への移行に関する情報の共有が不十分である。

主な取組

1. 入退院時の情報共有ルールの策定
2. 多職種による研修会の開催

## 施策の体系

| 分野 | 課題 | 施策 |
|---|---|---|
| 認知症施策 | 認知症の早期発見が遅れている | 初期集中支援チームの強化 |
| 認知症施策 | 認知症の人を支える家族の負担が大きい | 認知症カフェの設置 |
| 住まい | 住宅の改修に関する相談先が分かりにくい | 住宅改修の相談窓口の設置 |

## お問い合わせ

高齢福祉課 電話：000-000-0000
"""
SETTLEMENT_MARKDOWN = """\
# 移住・定住促進計画（令和7年度～令和11年度）

## 1. 計画の目的

本計画は、町への移住と定住を促し、人口減少の速度を緩やかにすることを目的とします。

## 2. 目標

- 令和11年度までに移住者を年間100人にする。
- 若い世代の転出を抑える。

## 3. 基本方針と施策

### 基本方針1　仕事をつくる

#### 課題

- 町内の求人が少なく、職種も限られている。

#### 施策

1. サテライトオフィスの誘致
2. 空き店舗を活用した起業の支援

### 基本方針2　住まいを整える

#### 課題

- 移住希望者が入居できる住宅が不足している。

#### 施策

1. 空き家バンクの登録物件の拡充
2. 移住者向け住宅の改修費の補助

## 4. 取組の工程

| 基本方針 | 施策 | 担当 | 時期 |
|---|---|---|---|
| 基本方針3　つながりを育む | 交流会の開催 | 企画課 | 令和7年度 |
| 基本方針3　つながりを育む | 地域おこし協力隊の受入れ | 企画課 | 令和8年度から |

## 5. 取組状況

| 項目 | 取組状況 |
|---|---|
| サテライトオフィスの誘致 | ✓ 誘致説明会を開催（2025年5月）<br>✓ 1社が進出（2025年9月） |
| 空き家バンクの登録物件の拡充 | ✓ 所有者向けの説明会を開催（2025年7月） |
"""
MARKDOWN = {CARE.name: CARE_MARKDOWN, SETTLEMENT.name: SETTLEMENT_MARKDOWN}

HEADING = re.compile(r"^(#{1,6}) (.*)$")
NUMBERED = re.compile(r"^\d+\. (.*)$")


def word_file(plan: Plan, path: Path) -> Path:
    """A Word plan's text written as a .docx: Heading styles, List Bullet and List Number
    paragraphs (Word shows the numbers; the text holds none), tables with a cell's lines as paragraphs."""
    document = docx.Document()
    rows: list[list[str]] = []
    for line in [*plan.text.splitlines(), ""]:
        if line.startswith("|"):
            if not set(line) <= set("|-: "):
                rows.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if rows:
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, cells in enumerate(rows):
                for c, cell in enumerate(cells):
                    first, *rest = cell.split("<br>")
                    table.cell(r, c).text = first
                    for part in rest:
                        table.cell(r, c).add_paragraph(part)
            rows = []
        if m := HEADING.match(line):
            # 「#」 the title; 「##」–「####」 Heading 1–3
            document.add_heading(m.group(2), level=len(m.group(1)) - 1)
        elif line.startswith("- "):
            document.add_paragraph(line[2:], style="List Bullet")
        elif m := NUMBERED.match(line):
            document.add_paragraph(m.group(1), style="List Number")
        elif line.strip():
            document.add_paragraph(line)
    document.save(str(path))
    return path
