"""Plans whose measures are laid out as headings over their sentences, table rows with a 内容 cell,
or entries followed by a law label line, and the laws their measures and issues depend on.

Written for the tests (invented wording; the plans' places and laws are real public names).  Each
document is a text and its (item class, item label, law surface) links, read off the text before
the extractor was run on it, in the ``DEPENDS`` form of ``bench/extract_heldout.py``:

* a measure written as a heading (「(1) …」, 「① …」, 「施策1-2　…」) depends on the laws its
  sentences below name (「…法に基づき、…を行う。」);
* a table row's measure on the laws its 内容, 概要 or 取組内容 cell rests on (「…法に基づき」,
  「…法第N条の規定により」, 「…法を踏まえ」);
* an entry on the laws of the label line after it (「根拠法令：…」, 「〔関係法令〕…」, 「※…法」);
* an issue on the laws of its measures (lifted).

A law named in a chapter's lead (「…法の改正を踏まえ、本章では…」), in a background paragraph or in a
sentence quoting the law's purpose (「…法は、…を目的としている。」) is no measure's.
"""

from __future__ import annotations

HEADINGS_OVER_SENTENCES = """\
# 藤枝市環境基本計画（第3次）

## 第4章　施策の展開

地球温暖化対策の推進に関する法律の改正を踏まえ、本章では脱炭素に向けた施策を定める。

### 基本目標1　脱炭素社会の実現

#### (1) 再生可能エネルギーの導入促進

地球温暖化対策の推進に関する法律に基づき、地域脱炭素化促進事業の促進区域を設定する。

#### (2) 省エネルギー住宅の普及

住宅の断熱改修に対する補助を行い、省エネルギー性能の高い住宅の普及を図る。

### 基本目標2　循環型社会の形成

#### (1) プラスチックごみの削減

プラスチックに係る資源循環の促進等に関する法律に基づき、製品プラスチックの分別収集を行う。

#### (2) 食品ロスの削減

食品ロスの削減の推進に関する法律は、食品ロスの削減を国民運動として推進することを目的としている。
市は、家庭での食べきりを呼びかける。
"""

HEADINGS_OVER_SENTENCES_LINKS = (
    ("Measure", "再生可能エネルギーの導入促進", "地球温暖化対策の推進に関する法律"),
    ("Measure", "プラスチックごみの削減", "プラスチックに係る資源循環の促進等に関する法律"),
)

CIRCLED_LINES = """\
# 掛川市地域福祉計画

## 基本方針2　支え合いの仕組みづくり

### 施策の方向

① 避難行動要支援者の支援体制の整備

災害対策基本法に基づき、避難行動要支援者名簿を作成し、自主防災組織に提供する。

② 成年後見制度の利用促進

成年後見制度の利用の促進に関する法律に基づく中核機関を設置し、相談支援を行う。

③ 見守り活動の充実

民生委員・児童委員と連携し、一人暮らし高齢者の見守りを行う。
"""

CIRCLED_LINES_LINKS = (
    ("Measure", "避難行動要支援者の支援体制の整備", "災害対策基本法"),
    ("Measure", "成年後見制度の利用促進", "成年後見制度の利用の促進に関する法律"),
)

CONTENT_CELLS = """\
# 島田市教育振興基本計画　主な取組

## 1　確かな学力の育成

| 取組 | 内容 |
|---|---|
| 学校図書館の充実 | 学校図書館法に基づき、学校司書を全小中学校に配置する。 |
| 特別支援教育の充実 | 学校教育法第81条の規定により、通級による指導の教室を増やす。 |
| ICT機器の活用 | 一人一台端末を活用した授業を行う。 |

## 2　いじめ・不登校への対応

| 取組 | 概要 |
|---|---|
| いじめの未然防止 | いじめ防止対策推進法を踏まえ、学校いじめ防止基本方針を見直す。 |
| 教育機会の確保 | 教育支援センターの機能を強化する。 |
"""

CONTENT_CELLS_LINKS = (
    ("Measure", "学校図書館の充実", "学校図書館法"),
    ("Measure", "特別支援教育の充実", "学校教育法"),
    ("Measure", "いじめの未然防止", "いじめ防止対策推進法"),
)

LAW_LABEL_LINES = """\
# 焼津市産業振興計画

## 第3章　具体的な施策

### (1) 事業承継の支援

後継者の確保に向けた相談窓口を設ける。

根拠法令：中小企業における経営の承継の円滑化に関する法律

### (2) 創業の支援

創業塾を開き、創業後の資金繰りを支援する。

〔関係法令〕産業競争力強化法

### (3) 商店街の活性化

空き店舗への出店に補助を行う。

※商店街振興組合法

### (4) 販路開拓の支援

展示会への出展費用を補助する。
"""

LAW_LABEL_LINES_LINKS = (
    ("Measure", "事業承継の支援", "中小企業における経営の承継の円滑化に関する法律"),
    ("Measure", "創業の支援", "産業競争力強化法"),
    ("Measure", "商店街の活性化", "商店街振興組合法"),
)

ISSUE_OVER_MEASURES = """\
# 裾野市空家等対策計画

## 課題1　管理不全の空き家が増えている

### 対策

- 特定空家等の所有者に対する助言及び指導（空家等対策の推進に関する特別措置法第22条に基づく）
- 空き家の所有者への適正管理の啓発

## 課題2　空き家の利活用が進まない

### 対策

- 空き家バンクの運営
- 空き家の改修費の補助
"""

ISSUE_OVER_MEASURES_LINKS = (
    ("Measure", "特定空家等の所有者に対する助言及び指導", "空家等対策の推進に関する特別措置法"),
    ("Issue", "管理不全の空き家が増えている", "空家等対策の推進に関する特別措置法"),
)

# Written as Markdown, read as a Word file (headings as heading styles).
WORD_MEASURE_HEADINGS = """\
# 富士宮市健康増進計画

## 第5章　施策の展開

### 基本施策1　生活習慣病の予防

#### 施策1-1　特定健康診査の受診促進

高齢者の医療の確保に関する法律に基づき、国民健康保険の被保険者に特定健康診査を行う。

#### 施策1-2　がん検診の推進

健康増進法に基づくがん検診を実施し、受診率の向上を図る。

### 基本施策2　こころの健康づくり

自殺対策基本法は、誰も自殺に追い込まれることのない社会の実現を目指すものである。

#### 施策2-1　ゲートキーパーの養成

市職員と民生委員を対象に研修を行う。
"""

WORD_MEASURE_HEADINGS_LINKS = (
    ("Measure", "特定健康診査の受診促進", "高齢者の医療の確保に関する法律"),
    ("Measure", "がん検診の推進", "健康増進法"),
)

HTML_CONTENT_TABLE = """\
<html><body>
<h1>御殿場市農業振興計画</h1>
<h2>1　担い手の確保</h2>
<table>
<tr><th>施策</th><th>取組内容</th></tr>
<tr><td>新規就農者の支援</td><td>農業経営基盤強化促進法に基づき、青年等就農計画の認定を行う。</td></tr>
<tr><td>農地の集積</td><td>農地中間管理事業の推進に関する法律に基づき、農地の貸借を進める。</td></tr>
</table>
<h2>2　鳥獣被害の防止</h2>
<table>
<tr><th>施策</th><th>取組内容</th></tr>
<tr><td>捕獲の強化</td><td>鳥獣による農林水産業等に係る被害の防止のための特別措置に関する法律に基づく被害防止計画により、捕獲を行う。</td></tr>
<tr><td>侵入防止柵の設置</td><td>地域ぐるみで柵を設置する。</td></tr>
</table>
</body></html>
"""

HTML_CONTENT_TABLE_LINKS = (
    ("Measure", "新規就農者の支援", "農業経営基盤強化促進法"),
    ("Measure", "農地の集積", "農地中間管理事業の推進に関する法律"),
    ("Measure", "捕獲の強化", "鳥獣による農林水産業等に係る被害の防止のための特別措置に関する法律"),
)

# The Markdown documents, in the DEPENDS form of bench/extract_heldout.py.
DEPENDS = [
    (HEADINGS_OVER_SENTENCES, list(HEADINGS_OVER_SENTENCES_LINKS)),
    (CIRCLED_LINES, list(CIRCLED_LINES_LINKS)),
    (CONTENT_CELLS, list(CONTENT_CELLS_LINKS)),
    (LAW_LABEL_LINES, list(LAW_LABEL_LINES_LINKS)),
    (ISSUE_OVER_MEASURES, list(ISSUE_OVER_MEASURES_LINKS)),
    (WORD_MEASURE_HEADINGS, list(WORD_MEASURE_HEADINGS_LINKS)),
]
