"""Progress updates under measures in plans that narrate their background in the past tense.

Four documents written and annotated by reading before the extractor ran on them: three plans whose
measures stand over paragraphs and bullets telling what happened before the plan (「平成30年に協定を
締結した。」, 「令和3年には…法が改正された。」, 「…に減少した。」) — background, no progress — one of them
with a 取組状況 sub-heading over a line of what was done; and a report whose title names it a
進捗 report, whose lines under each measure are what was done.

First sight: 10 progress updates over these four, the guidebooks of the dev corpus (none) and the seed
(its status tables' only): 3 of background (P 0.70).  After the done form was kept to reports of
progress (a title or heading naming 進捗, 実績, フォローアップ …): 7, none of background (P 1.00); the
report's 「…は延べ35組となった。」 was a form of no rule (6 of its 7 lines found), until a figure reached
(「…となった。」) was read as done (7 of 7).
"""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.extraction import extract
from kg.read import read_string

FUKUSHI = """\
# 第3期地域福祉計画（令和6年度～令和10年度）

## 第1章 計画の策定にあたって

本市では、平成26年に第1期地域福祉計画を策定した。平成31年には第2期計画を策定し、地域の支え合いの仕組みづくりを進めてきた。

## 第3章 施策の展開

### 基本目標1 地域で支え合う仕組みづくり

#### 施策1-1 地域の見守り活動の推進

高齢者の単身世帯は、平成27年の国勢調査で約4,200世帯であったが、令和2年には約5,100世帯に増加した。市は平成30年に見守り活動に関する協定を民間事業者と締結した。

- 民生委員・児童委員による訪問活動を支援します。
- 見守り協定を結ぶ事業者を増やします。

#### 施策1-2 相談支援体制の充実

国は令和2年に社会福祉法を改正し、重層的支援体制整備事業を創設した。本市でも複合的な課題を抱える世帯からの相談が増えている。

- 福祉の総合相談窓口を設置します。
- 関係機関の連携会議を開催します。

### 基本目標2 誰もが参加できる地域づくり

#### 施策2-1 ボランティア活動の促進

市社会福祉協議会は平成25年にボランティアセンターを開設した。登録者数は令和4年度末で1,250人となった。

- ボランティア講座を開催します。
- 活動の情報を発信します。

##### 取組状況

- 令和6年度にボランティア講座を3回開催した。
"""

KANKYO = """\
# 第2次環境基本計画

## 1. 計画の背景

本町は、平成22年に環境基本条例を制定した。平成24年には第1次環境基本計画を策定し、環境施策を総合的に進めてきた。

## 2. 施策の展開

### 施策1 地球温暖化対策の推進

国は令和2年10月に2050年カーボンニュートラルを宣言した。令和3年には地球温暖化対策推進法が改正された。本町も令和4年にゼロカーボンシティを表明した。

- 公共施設に太陽光発電設備を導入する。
- 住宅用省エネ設備の購入を補助する。

### 施策2 ごみの減量とリサイクルの推進

1人1日当たりのごみ排出量は、平成30年度の920gから令和4年度には860gに減少した。分別区分は平成28年度に見直された。

- 生ごみ処理機の購入を補助する。
- 資源回収の拠点を増やす。

### 施策3 自然環境の保全

町内の里山は、かつて薪炭林として利用されてきた。昭和40年代以降、手入れされない林が増えた。

1. 里山保全活動団体を支援する。
2. 希少な動植物の調査を行う。
"""

KYOIKU = """\
# 教育振興基本計画（令和5年度～令和9年度）

## 施策の体系

### 柱1 確かな学力の育成

#### (1) ICTを活用した学びの推進

- 国は令和元年にGIGAスクール構想を打ち出した。
- 本市では令和2年度に児童生徒1人1台の端末を整備した。
- 端末を活用した授業づくりの研修を行う。
- デジタル教材の活用を進める。

#### (2) 読書活動の推進

- 学校図書館司書は平成29年度までに全校に配置された。
- 学校図書館の蔵書を充実する。

### 柱2 豊かな心の育成

#### (1) いじめ・不登校への対応

平成25年にいじめ防止対策推進法が施行された。本市は平成26年にいじめ防止基本方針を策定した。不登校の児童生徒数は近年増加してきた。

- スクールカウンセラーの配置を拡充する。
- 教育支援センターの機能を強化する。
"""

SHINCHOKU = """\
# 総合戦略 令和5年度 進捗状況報告

## 基本目標1 しごとをつくる

### 施策1-1 創業支援の充実

- 創業支援セミナーを4回開催した。
- 創業者12人に補助金を交付した。

### 施策1-2 企業誘致の推進

- 工業団地の造成を完了した。
- 企業2社と立地協定を締結した。

## 基本目標2 ひとの流れをつくる

### 施策2-1 移住の促進

- 移住相談会を東京で6回開催した。
- お試し住宅の利用は延べ35組となった。

### 施策2-2 関係人口の創出

- ふるさと納税の返礼品を40品目増やした。
"""


# (document, the progress updates expected: their text, and the measure each reports on)
CASES = [
    ("fukushi", FUKUSHI, [("令和6年度にボランティア講座を3回開催した。", None)]),
    ("kankyo", KANKYO, []),
    ("kyoiku", KYOIKU, []),
    (
        "shinchoku",
        SHINCHOKU,
        [
            ("創業支援セミナーを4回開催した。", "創業支援の充実"),
            ("創業者12人に補助金を交付した。", "創業支援の充実"),
            ("工業団地の造成を完了した。", "企業誘致の推進"),
            ("企業2社と立地協定を締結した。", "企業誘致の推進"),
            ("移住相談会を東京で6回開催した。", "移住の促進"),
            ("お試し住宅の利用は延べ35組となった。", "移住の促進"),
            ("ふるさと納税の返礼品を40品目増やした。", "関係人口の創出"),
        ],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_past_tense_lines_are_progress_only_in_a_report_of_it(
    name: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    ex = extract(read_string(text, suffix=".md"), dt.date(2024, 3, 31), use_parser=False)
    labels = {it.key: it.label for it in ex.items}
    found = [(it.label, labels.get(it.reports_on or "")) for it in ex.items if it.cls == "ProgressUpdate"]
    assert [label for label, _ in found] == [label for label, _ in expected]
    for (_, on), (_, want) in zip(found, expected, strict=True):
        if want is not None:
            assert on == want
