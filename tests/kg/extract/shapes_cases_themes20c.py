"""Excerpts of Japanese plans whose chapters name the kind of what they hold (「…の基本方針」, 「…のための
基本方針」, 「…に関する基本的な方針」, 「…の方向性」, 「施策の展開」, 「…の取組」, 「…の現状と課題」) over
numbered or marked sub-headings, beside chapters that name a subject of their own (test_shapes_excerpts.py
holds the figures).

Every excerpt is invented (place names fictitious).  The kinds: a 地域福祉計画 of 「#」 headings whose
「…推進の基本方針」 stands over 「(1)」 sub-headings with bullets, beside a chapter naming a subject over
its bullets alone; a 下水道事業経営戦略 of 第N chapters whose 「…の実施方針」 and 「…のための基本方針」
hold 「(1) …」 lines each explained by one sentence (measures, under no theme); an 観光振興計画 whose
「…の取組」 section holds 【…】 lines over ○ lines; a 地域公共交通計画 whose 「…の現状と課題」 holds 「(1)」
sub-headings over their issues; a 空家等対策計画 whose 「…に関する基本的な方針」 chapter holds numbered
sub-headings, beside one naming a subject and a 「…の基本方針」 over its bullets with nothing between; and
a 文化振興計画 of 「2.」 headings whose 「…のための基本方針」 holds plain 「3.1 …」 lines over bullets
(themes over measures).

The convention (tests/gold/README.md): such a chapter over numbered or marked sub-headings or entries that
hold lines of their own is their container, no theme; the sub-headings are the themes, and the items under
them take the sub-heading as theirs.  With the items directly under it, nothing between, it stays what it
is (a theme over its measures).  A title naming a subject (「地域の防災力の向上」) is a theme.
Written before any rule was run on them; Word versions give the same items.
"""

from __future__ import annotations

from tests.kg.extract.shapes_cases import Case, Expected

_FUKUSHI = Case(
    name="chiiki_fukushi_basic_policy_chapter_over_paren_sub_headings_and_a_subject_chapter",
    text="""\
# みどりが丘市地域福祉計画

## 1　計画の位置付け

本計画は、社会福祉法第107条に基づく市町村地域福祉計画である。

## 2　地域福祉推進の基本方針

### (1) 地域の支え合いの促進

- 自治会単位の見守り活動に要する費用を助成する。
- 地区ごとに支え合い会議を開催する。

### (2) 相談支援体制の充実

- 福祉の総合相談窓口を市役所本庁舎に設置する。
- 相談支援専門員の研修を年2回実施する。

## 3　子どもの健やかな成長

- 子ども食堂の立ち上げに要する経費を補助する。
- 放課後の学習支援教室を全小学校区に開設する。

## 4　計画の推進体制

地域福祉推進委員会において、毎年度、取組の進捗を点検する。
""",
    items=(
        Expected("Theme", "地域の支え合いの促進"),
        Expected("Measure", "自治会単位の見守り活動に要する費用を助成する。", theme="地域の支え合いの促進"),
        Expected("Measure", "地区ごとに支え合い会議を開催する。", theme="地域の支え合いの促進"),
        Expected("Theme", "相談支援体制の充実"),
        Expected("Measure", "福祉の総合相談窓口を市役所本庁舎に設置する。", theme="相談支援体制の充実"),
        Expected("Measure", "相談支援専門員の研修を年2回実施する。", theme="相談支援体制の充実"),
        Expected("Theme", "子どもの健やかな成長"),
        Expected("Measure", "子ども食堂の立ち上げに要する経費を補助する。", theme="子どもの健やかな成長"),
        Expected("Measure", "放課後の学習支援教室を全小学校区に開設する。", theme="子どもの健やかな成長"),
    ),
    not_items=(
        "1　計画の位置付け",
        "社会福祉法第107条",
        "2　地域福祉推進の基本方針",
        "4　計画の推進体制",
        "毎年度、取組の進捗を点検する",
    ),
)

_GESUIDO = Case(
    name="gesuido_jigyo_jisshi_hoshin_chapter_over_paren_lines_each_explained_by_one_sentence",
    text="""\
# はるかぜ町下水道事業経営戦略

## 第1　策定の趣旨

この経営戦略は、下水道事業の経営基盤の強化を図るため、今後10年間の取組を定めるものである。

## 第2　施設の維持管理の実施方針

(1) 管路の計画的な点検
　布設後40年を超える管路から順に、テレビカメラ調査を実施する。
(2) 処理場設備の更新
　耐用年数を迎えた設備は、処理水量に見合った能力に縮小して更新する。

## 第3　経営の健全化のための基本方針

(1) 使用料の見直し
　4年ごとに使用料の水準を検証し、審議会に諮る。
(2) 接続率の向上
　未接続世帯を戸別に訪問し、接続工事の助成制度を案内する。
""",
    items=(
        Expected("Measure", "管路の計画的な点検"),
        Expected("Measure", "処理場設備の更新"),
        Expected("Measure", "使用料の見直し"),
        Expected("Measure", "接続率の向上"),
    ),
    not_items=(
        "第1　策定の趣旨",
        "第2　施設の維持管理の実施方針",
        "テレビカメラ調査を実施する",
        "能力に縮小して更新する",
        "第3　経営の健全化のための基本方針",
        "審議会に諮る",
        "接続工事の助成制度を案内する",
    ),
)

_KANKO = Case(
    name="kanko_shinko_torikumi_section_over_bracket_lines_with_circle_entries",
    text="""\
# うみべ市観光振興計画

## 1　観光の現況

令和5年の観光入込客数は約210万人で、うち宿泊客は1割にとどまる。

## 2　観光振興の取組

【受入環境の整備】
○ 主要駅に多言語の観光案内板を設置する。
○ 観光施設の無料公衆無線LANを整備する。

【情報発信の強化】
○ 季節ごとの観光情報を動画で配信する。
○ 旅行会社向けの説明会を年1回開催する。

## 3　推進体制

観光協会と市で構成する推進会議が取組を点検する。
""",
    items=(
        Expected("Theme", "受入環境の整備"),
        Expected("Measure", "主要駅に多言語の観光案内板を設置する。", theme="受入環境の整備"),
        Expected("Measure", "観光施設の無料公衆無線LANを整備する。", theme="受入環境の整備"),
        Expected("Theme", "情報発信の強化"),
        Expected("Measure", "季節ごとの観光情報を動画で配信する。", theme="情報発信の強化"),
        Expected("Measure", "旅行会社向けの説明会を年1回開催する。", theme="情報発信の強化"),
    ),
    not_items=(
        "1　観光の現況",
        "観光入込客数は約210万人",
        "2　観光振興の取組",
        "3　推進体制",
        "推進会議が取組を点検する",
    ),
)

_KOTSU = Case(
    name="chiiki_kokyo_kotsu_genjo_to_kadai_chapter_over_paren_sub_headings_with_issues",
    text="""\
# ひなた町地域公共交通計画

## 1　地域公共交通の現状と課題

### (1) 路線バスの縮小

- 運転士の不足により、路線バスの便数が5年間で3割減少している。
- 平日夜間の便がなく、通勤に利用できない。

### (2) 交通空白地の拡大

- 山間部の集落の多くが、バス停から1km以上離れている。
- 高齢者の通院手段が家族の送迎に限られている。

## 2　計画の目標

誰もが移動手段を確保できる持続可能な交通体系の実現を目指す。
""",
    items=(
        Expected("Theme", "路線バスの縮小"),
        Expected(
            "Issue", "運転士の不足により、路線バスの便数が5年間で3割減少している。", theme="路線バスの縮小"
        ),
        Expected("Issue", "平日夜間の便がなく、通勤に利用できない。", theme="路線バスの縮小"),
        Expected("Theme", "交通空白地の拡大"),
        Expected("Issue", "山間部の集落の多くが、バス停から1km以上離れている。", theme="交通空白地の拡大"),
        Expected("Issue", "高齢者の通院手段が家族の送迎に限られている。", theme="交通空白地の拡大"),
        Expected("Goal", "誰もが移動手段を確保できる持続可能な交通体系の実現を目指す。"),
    ),
    not_items=(
        "1　地域公共交通の現状と課題",
        "2　計画の目標",
    ),
)

_AKIYA = Case(
    name="akiya_taisaku_basic_direction_chapter_over_numbered_headings_beside_a_subject_and_a_direct_policy",
    text="""\
# もりの里村空家等対策計画

## 第1章　計画の趣旨

本計画は、空家等対策の推進に関する特別措置法第7条に基づき策定するものである。

## 第2章　空家等対策に関する基本的な方針

### 1　発生の予防

- 相続登記の相談会を年2回開催する。
- 高齢者世帯に住まいの終活に関する冊子を配布する。

### 2　適切な管理の促進

- 管理不全の空家等の所有者に助言を行う。
- シルバー人材センターと連携した見回りを実施する。

## 第3章　空家等の活用の促進

- 空き家バンクの登録物件の改修費を補助する。
- 移住希望者向けのお試し住宅を整備する。

## 第4章　特定空家等への措置の基本方針

- 特定空家等の判断基準を定め、村のホームページで公表する。
- 措置の実施前に空家等対策協議会の意見を聴く。

## 第5章　計画の推進体制

住民課が関係課と連携して計画を推進する。
""",
    items=(
        Expected("Theme", "発生の予防"),
        Expected("Measure", "相続登記の相談会を年2回開催する。", theme="発生の予防"),
        Expected("Measure", "高齢者世帯に住まいの終活に関する冊子を配布する。", theme="発生の予防"),
        Expected("Theme", "適切な管理の促進"),
        Expected("Measure", "管理不全の空家等の所有者に助言を行う。", theme="適切な管理の促進"),
        Expected("Measure", "シルバー人材センターと連携した見回りを実施する。", theme="適切な管理の促進"),
        Expected("Theme", "空家等の活用の促進"),
        Expected("Measure", "空き家バンクの登録物件の改修費を補助する。", theme="空家等の活用の促進"),
        Expected("Measure", "移住希望者向けのお試し住宅を整備する。", theme="空家等の活用の促進"),
        # a 「…の基本方針」 with its measures directly under it, nothing between: a theme over them
        Expected("Theme", "特定空家等への措置の基本方針"),
        Expected(
            "Measure",
            "特定空家等の判断基準を定め、村のホームページで公表する。",
            theme="特定空家等への措置の基本方針",
        ),
        Expected(
            "Measure", "措置の実施前に空家等対策協議会の意見を聴く。", theme="特定空家等への措置の基本方針"
        ),
    ),
    not_items=(
        "第1章　計画の趣旨",
        "特別措置法第7条",
        "第2章　空家等対策に関する基本的な方針",
        "第5章　計画の推進体制",
        "関係課と連携して計画を推進する",
    ),
)

_BUNKA = Case(
    name="bunka_shinko_decimal_headings_basic_policy_for_a_purpose_over_plain_decimal_lines_and_bullets",
    text="""\
# さくら川市文化振興計画

## 2. 文化活動の現状

2.1 文化団体の状況
市内の文化団体は10年間で2割減少した。

## 3. 文化芸術の振興のための基本方針

3.1 文化に親しむ機会の充実
- 市民文化会館で若手演奏家の公演を開催する。
- 小中学校に芸術家を派遣する。

3.2 文化財の保存と活用
- 指定文化財の修理に要する経費を補助する。
- 文化財を巡る散策路の案内板を整備する。

## 4. 計画の推進

文化振興審議会の意見を聴きながら計画を推進する。
""",
    items=(
        Expected("Theme", "文化に親しむ機会の充実"),
        Expected("Measure", "市民文化会館で若手演奏家の公演を開催する。", theme="文化に親しむ機会の充実"),
        Expected("Measure", "小中学校に芸術家を派遣する。", theme="文化に親しむ機会の充実"),
        Expected("Theme", "文化財の保存と活用"),
        Expected("Measure", "指定文化財の修理に要する経費を補助する。", theme="文化財の保存と活用"),
        Expected("Measure", "文化財を巡る散策路の案内板を整備する。", theme="文化財の保存と活用"),
    ),
    not_items=(
        "2. 文化活動の現状",
        "2.1 文化団体の状況",
        "10年間で2割減少した",
        "3. 文化芸術の振興のための基本方針",
        "4. 計画の推進",
        "意見を聴きながら計画を推進する",
    ),
)

CASES = [_FUKUSHI, _GESUIDO, _KANKO, _KOTSU, _AKIYA, _BUNKA]
