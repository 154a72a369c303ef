"""Questions folded for matching: NFKC, no spaces, the polite and question endings cut off.

Takes the question as typed; gives the text the kinds of question are matched
against.  Folding keeps one character per character where it can, so that names
found in the folded text are the names the user typed.

>>> fold("Ｊ－ＬＩＳ が関わる 取組")
'j-lisが関わる取組'
>>> core("デジタル改革関連法に基づく施策を教えてください。")
'デジタル改革関連法に基づく施策'
"""

from __future__ import annotations

import re
import unicodedata

from kg.ask.outline_words import outline_words

# Hyphens and dashes users type for one another in names such as J-LIS.
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−－"})
_SPACES = re.compile(r"\s+")
# 「ＪーＬＩＳ」: the long vowel mark typed for a dash between Latin letters or digits
_LONG_DASH = re.compile(r"(?<=[a-z0-9])ー(?=[a-z0-9])")
_PUNCT_END = re.compile(r"[?？!！。．.、,，\s]+$")

# What may end a question without changing what it asks, tried again and again
# from the end (「…を一覧で教えてください」 loses 「ください」, 「教えて」, 「を一覧で」).
_TAILS = re.compile(
    r"(?:"
    r"ください|下さい|くれ|ちょうだい|願います|お願いします|をお願い|"
    r"を?(?:出|表示|見せ|挙げ|調べ|探|リストアップ|一覧に|一覧表示)して(?:ください|下さい|くれ|ほしい|欲しい)|"
    # 「…の一覧をお示しください」「…をご教示ください」: the polite forms of 「見せて」「教えて」
    r"を?(?:お示し|ご教示|御教示|ご提示|お知らせ)(?:いただけ(?:ます|ません)|願い(?:ます|たい)|ください|下さい)?|"
    r"を?教えて(?:いただけ|もらえ|いただき|もらい)?(?:ます|ません|る|たい)?|を?まとめて|を?列挙して|を?洗い出(?:したい|して)|"
    r"(?<=ある)の|(?<=いる)の|"
    r"を?(?:見せ|示し|挙げ|出し)て(?:いただけ|もらえ|いただき|もらい)(?:ます|ません|る|たい)?|"
    # 「…施策が講じられているのか」「…取組が行われているか」: what is done is what is asked for
    r"(?:(?<=施策)|(?<=取組)|(?<=対策)|(?<=措置)|(?<=事業))が?(?:講じられて|行われて|実施されて|取られて)(?:いる|います)|"
    r"を?教えて|[をが]?知りたい(?:の)?(?:です)?|を?見たい(?:です)?|を?確認したい(?:です)?|を?把握したい(?:です)?|を?見せて|を?表示して|を?挙げて|を?出して|を?調べて|を?探して|"
    r"してください|して|を?一覧(?:で|に|表示|表)?|の一覧(?:表)?|を?リストアップ(?:して)?|の?リスト(?:で)?|を?全件|"
    r"を?すべて|を?全て|を?全部|を?並べて|を?並べる|を?表示|を?リスト(?:に|表示)|"
    r"(?:って|には|は|に|で)(?:何|なに|どれ|どんなもの)が(?:ある|あります)(?:か|の)?|って(?:どれ|どこ|何|なに)|"
    r"は(?:何|なに|なん|どれ|どこ)(?:です|でしょう)?か?|は(?:あります|ある|ありますか)か?|"
    r"がありますか|はありますか|って何|ってなに|"
    # 「…に基づく施策ある？」: 「ある」 said straight after what is asked for
    r"(?:(?<=施策)|(?<=取組)|(?<=取り組み)|(?<=課題)|(?<=進捗)|(?<=法令)|(?<=法律)|(?<=対策)|(?<=事業)|(?<=箇所)|(?<=目標)|(?<=目的)|(?<=kpi))"
    r"(?:って|が)?(?:ある|あります)(?:か|の)?|"
    # 「…施策、どれ？」「…取組どれ」: which of them, asked last
    r"(?:は|って|が)?(?:どれ|どちら)(?:です|でしょう)?か?|"
    r"を?(?:日付|時系列|時間|古い|新しい|年代|日付の古い|日付の新しい)順(?:に|で)?(?:並べて)?|を?時系列で|の時系列(?:で|順)?|"
    # 「AとBの施策の数を比べて」: counts side by side are what a comparison asks
    r"(?<=数)(?:を比べて|を比較して|を比較|の比較)(?:みて)?|"
    r"[(（](?:日付|時系列|新しい|古い|年代)?順?(?:に|で)?[)）]|[(（]時系列[)）]|"
    # 「（全文書）」「（全体）」: every document, which a question not kept to one is asked over; 「（全部）」
    # 「（全件）」: every row, which a list gives
    r"\((?:全文書|全資料|全体|文書全体|すべて|全て|全部|全件|(?:すべて|全て|全部)の(?:文書|資料))\)|"
    # 「（審議会も含めて）」: an agency's answer already takes in the bodies under it
    r"[(（](?:審議会|検討会|委員会|研究会|下部組織|関係機関|外局|所管法人)(?:等|など)?(?:も|を)?含(?:めて|めた|む|め)[)）]|"
    # 「…の進捗どうなってる」「…の進捗はどう」: how it stands is what the progress words ask
    # (after other words, 「課題3.2はどうなっている」, it is a question of its own)
    r"(?:(?<=進捗)|(?<=状況)|(?<=具合))(?:は|って)?どう(?:なって(?:いる|る|います|いますか|るの|いるの)?|ですか|でしょう)?|"
    # 「…課題の番号」「…課題番号」: an issue's number is in each row of a list of issues
    r"(?<=課題)の?番号|"
    # 「…がトップなのは」「…が最多なの」: a noun said to be the answer
    r"(?<=[\u30a1-\u30ff\u4e00-\u9fff])なの|"
    # (「…したことは」 keeps its こと: only its は asks)
    r"ですか|でしょうか|ですが|です|か|は|を|について|に関して|(?<!こ)とは|とか|って|等|など"
    r")$"
)
# The same words at the start: 「教えて、…」「…について」.
_HEADS = re.compile(
    r"^(?:教えて(?:ください)?|質問です|すみません(?:が)?|恐れ入ります(?:が)?|お手数(?:です|をおかけします)(?:が)?|"
    r"失礼(?:です|します)(?:が)?|お尋ねします(?:が)?|あの|どの|どんな|どういった|どのような|どういう)[、,]?"
)


def fold(text: str) -> str:
    """NFKC, lower case, one kind of dash and no spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_DASHES)
    return _LONG_DASH.sub("-", _SPACES.sub("", folded))


# 「施策の数を課題別に」「交付率を都道府県別に」: the breakdown said last, as 「施策の数（課題別）」.
_BREAKDOWN_LAST = re.compile(
    r"(?:を|、|,)(?P<by>課題|テーマ|分野|法令|法律|都道府県|県|機関|府省|省庁|町村|市|施設種別|文書)(?P<each>別|ごと|毎)(?:に|で)?$"
)


# 「申込割合を施設種別で」: a kind said last, which is a breakdown whether or not 別 follows it.
_KINDS_LAST = re.compile(
    r"(?:を|、|,)(?P<by>施設種別|施設の種別|施設の種類|施設種類|種別|種類)(?P<each>別|ごと|毎)?(?:に|で)$"
)


def _breakdown_last(text: str) -> str:
    text = _BREAKDOWN_LAST.sub(lambda m: f"({m['by']}{m['each']})", text)
    return _KINDS_LAST.sub(lambda m: f"({m['by']}{m['each'] or ''})", text)


# Forms said another way, each put as the kinds read it.
_REPHRASED = (
    # 「3.2番の課題」「課題番号3.2」: an issue by its number, as 「課題3.2」
    (re.compile(r"^(\d+\.\d+)番?の課題(?=の|に|について)"), r"課題\1"),
    # 「6つのテーマ」「…の全34の課題」: how many there are, said of a list asked for whole (not 「上位4件の」
    # or 「1つ1つの」, which say which or each)
    (
        re.compile(
            r"(?:^|(?<=[の、, ]))(?:全\d{1,3}(?:つ|個|件|本)?|\d{1,3}(?:つ|個|件|本))の"
            r"(?=テーマ|分野|課題|目標|施策|取組|取り組み|指標|kpi)"
        ),
        "",
    ),
    # 「施策をテーマ別に数えて」: a count asked by its verb, as 「施策の数をテーマ別に」
    (
        re.compile(
            r"(?P<what>施策|課題|取組|取り組み|目標|進捗|取組状況)を(?P<by>[^をの]{1,8}(?:別|ごと|毎))に数え(?:て|る|た)?$"
        ),
        r"\g<what>の数を\g<by>に",
    ),
    # 「…という課題に対して施策」「…ことへの施策」: what is done for an issue said with its clause
    (re.compile(r"(?<=課題)に対して(?=施策|取組|取り組み|対策|措置)"), "に対する"),
    (re.compile(r"(?<=[いるだ])こと(?=への|に対する|に対して)"), ""),
    # 「どのような施策が講じられて」「どんな課題がある」: which of them, asked inside the question
    # (「どんな取組をしている」 is a question of its own)
    (
        re.compile(
            r"(?:どのような|どんな|どういった|どういう)(?=(?:施策|取組|取り組み|課題|目標|進捗|対策|事業)が)"
        ),
        "",
    ),
    # 「目標として掲げられているもの」: the class said as what the text sets out
    (
        re.compile(
            r"(?P<c>目標|課題|施策|取組|テーマ)として(?:掲げられて|挙げられて|示されて|記載されて|定められて|位置付けられて)"
            r"(?:いる|います)(?:もの|こと)"
        ),
        r"\g<c>",
    ),
    # 「テーマ（分野）」: a word restated in brackets by its synonym
    (re.compile(r"(テーマ|分野)\((?:テーマ|分野)\)"), r"\1"),
    # 「施策の柱（テーマ）」: another word glossed by the word for a theme
    (re.compile(r"(?:柱|重点分野|重点領域|領域)\((テーマ|分野)\)"), r"\1"),
    # 「正確性の問題となる例」: the examples a guidebook gives of what goes wrong are its issues
    (
        re.compile(r"問題となる(?:例|事例|ケース)|問題(?:の|となった)?(?:例|事例)(?=は|の|が|を|一覧|$)"),
        "課題",
    ),
    # 「…はどう進んできた」「…はどのように進んでいる」: how a thing has gone on is its progress
    (
        re.compile(
            r"^(?P<x>.+?)(?:は|が|って)(?:どう|どのように|どんなふうに|どんな風に)"
            r"(?:進んで(?:きた|きました|きている|いる|います|る)|進んだ|進みました|進展(?:した|している|してきた))$"
        ),
        r"\g<x>の進捗",
    ),
    # 「テーマ4にはどんな課題がある」: what kinds of issue a thing has are its issues
    (
        re.compile(
            r"^(?P<x>.+?)(?:には|に|では|で|って|は)(?:どんな|どのような|どういう|どういった|何の|なんの)"
            r"(?P<y>課題|施策|取組|取り組み|テーマ|分野)(?:(?:が|は)(?:ある|あります))?$"
        ),
        r"\g<x>の\g<y>",
    ),
    # 「デジタル庁という言葉が出てくる箇所」「厚労省の名前が出てくる行」: where the name is mentioned
    (
        re.compile(
            r"^(?P<x>.+?)(?:という|って|の)(?:言葉|語|単語|用語|名前|名称|文言|表現)(?:が|の)"
            r"(?:出てくる|出て来る|登場する|現れる|出ている|使われている|書かれている|記載されている)"
            r"(?P<w>箇所|個所|ところ|場所|行|部分|位置)$"
        ),
        r"\g<x>が言及されている\g<w>",
    ),
    # 「J-LIS　どこ」「北陸信越運輸局どこに出てくる」: where the name is said, asked tersely (after a
    # particle, 「…はどこ」 is left to the words that ask where a thing is)
    (
        re.compile(
            r"^(?P<x>.+?)(?<![はがのをにでもて])どこ(?:に|で)?(?:ある|出てくる|出て来る|出ている|書かれている|"
            r"書いてある|載っている|言及されている|登場する|登場している)?(?:の)?$"
        ),
        r"\g<x>が言及されている箇所",
    ),
    # 「どの課題に施策が多い」: which has the most, as the ranking 「施策が多い課題」
    (
        re.compile(
            r"^(?:どの)?(?P<x>課題|テーマ|分野|機関|法令|法律|都道府県|県)(?:に|で|には|では)(?P<y>[^にで]+?)(?:が|は)"
            r"(?P<adj>多い|少ない|高い|低い)(?:の)?$"
        ),
        r"\g<y>が\g<adj>\g<x>",
    ),
    # 「総務省が関わってることある」: whether there is any, asked of the list
    (re.compile(r"(?<=こと|もの)(?:は|が|って)?(?:ある|あります|あるの)$"), ""),
    # 「総務省と書かれている行」: where the name is written
    (
        re.compile(
            r"^(?P<x>.+?)と(?:書かれている|書いてある|記載されている)(?P<w>箇所|個所|ところ|場所|行|部分)$"
        ),
        r"\g<x>が言及されている\g<w>",
    ),
    # 「法務省は何に関わっている」: what it is involved in
    (
        re.compile(
            r"^(?P<a>.+?)(?:は|って)(?:何|なに)に(?:関わって|かかわって|関与して|携わって|取り組んで)"
            r"(?:いる|る|います)(?:の)?$"
        ),
        r"\g<a>が関わっている取組",
    ),
    # 「全国平均より交付率が高い」: the figure said between, as 「交付率が全国平均より高い」
    (
        re.compile(
            r"^全国(?P<avg>平均|の平均|平均値)?(?P<by>より|と比べて)(?P<what>[^が]{2,12})が"
            r"(?P<op>上回る|上回っている|下回る|下回っている|高い|低い)"
        ),
        r"\g<what>が全国\g<avg>\g<by>\g<op>",
    ),
    # 「…の改正について報告している進捗」: what reports on it is what is about it
    (
        re.compile(
            r"(?:について|に関して|に関し)(?:報告している|報告した|報告されている)(?=進捗|取組状況|取り組み状況)"
        ),
        "に関する",
    ),
    # 「法律改正が済んでいる」「改正済みの」: the amendment done
    (
        re.compile(
            r"(?P<what>改正|制定|整備)(?:が|は)?(?:済んでいる|済んだ|済みの|済み|完了している|完了した|終わっている|終わった)"
        ),
        r"\g<what>を実施した",
    ),
    # 「進捗がなくて、しかも法律が絡んでいる課題」: both said of the issues, as 「…のない課題で、…もの」
    (
        re.compile(
            r"^(?P<none>進捗|取組状況|進捗報告)が(?:なくて|無くて|なく|無く)、?(?:しかも|かつ|さらに|なおかつ)?"
            r"(?P<rest>.+?)(?P<verb>いる|ある|する)課題$"
        ),
        r"\g<none>のない課題で、\g<rest>\g<verb>もの",
    ),
    # 「取組方針上の施策」: the measures a plan sets out are the measures
    (re.compile(r"(?:取組方針|基本方針|方針|計画|工程表)(?:上|中)の(?=施策|措置)"), ""),
    # 「…施策だけ見たい。進捗はいらない」: a second sentence that only narrows the first
    (
        re.compile(
            r"(?:見たい|知りたい|欲しい|ほしい)?[。.](?=(?:進捗|進捗報告|取組状況)は(?:いらない|要らない|不要))"
        ),
        "",
    ),
    # 「令和3年度に実施された施策のうちデジタル庁が関わるもの」「…施策のうち法律に根拠がないもの」: the
    # condition said after the list, put ahead of it
    (
        re.compile(
            r"^(?P<list>(?:(?P<scope>.*?の)|.*?)(?:施策|取組|取り組み|取組状況|進捗|課題))(?:のうち|の中で|の中の|であって)、?"
            r"(?P<cond>.+?(?:が関わる|が関わっている|が関与する|が関与している|が担当する|が関係する|に基づく|"
            # 「…施策のうち法律に根拠がないもの」: a thing it lacks
            r"がない|が無い|のない|の無い|ていない|てない))(?:もの|の)$"
        ),
        # (a document's or a theme's class keeps its scope first: 「…報告書の施策」 → 「…報告書の<cond>施策」)
        lambda m: (
            f"{m['scope']}{m['cond']}{m['list'][len(m['scope']) :]}" if m["scope"] else m["cond"] + m["list"]
        ),
    ),
    # 「…計画のテーマのうち課題が最も多いもの」: the rows' class said first, the ranking after
    (
        re.compile(
            r"^(?P<scope>.+?)の(?P<cls>テーマ|分野|課題|施策|取組)(?:のうち|の中で)、?"
            r"(?P<cond>[^、]+?(?:が|の)(?:最も|一番|いちばん|もっとも)(?:多い|少ない))"
            r"(?:もの|の)?(?:は(?:どれ|何|なに)?(?:ですか|でしょうか|か)?)?$"
        ),
        r"\g<scope>で\g<cond>\g<cls>",
    ),
    # 「2024年をめどに予定」: a target date is the date
    (re.compile(r"(?<=[年月度])を?(?:めど|目途|目処|メド)に"), "に"),
    # 「2024年を目途とする取組」「2022年度をめどとした」: a target date, as 「…を目標とする」
    (re.compile(r"(?<=[年月度末])を?(?:めど|目途|目処|メド)(?:と|に)(?:する|した|している)"), "を目標とする"),
    # 「来年（2022年）1月」「今年度（令和3年度）」: a date said relative to now, then restated as written
    (
        re.compile(
            r"(?:来年|今年|本年|昨年|去年|翌年|前年|来年度|今年度|本年度|昨年度|前年度|翌年度)"
            r"\((?P<date>(?:\d{4}|(?:令和|平成|r|h)\d{1,2})年度?)\)"
        ),
        r"\g<date>",
    ),
    # 「全国平均未満の交付率の県」: a bound of the national figure said before the figure it bounds
    (
        re.compile(r"^全国(?P<avg>平均|の平均|平均値)?(?P<op>以上|以下|未満)の(?P<what>[^のが]{1,8}率)の"),
        r"\g<what>が全国\g<avg>\g<op>の",
    ),
    # 「全国平均を下回る交付率の都道府県」「全国の交付率より高い県」: the comparison said before the figure,
    # as 「交付率が全国平均を下回る」
    (
        re.compile(
            r"^全国の(?P<what>[^のがよ]{1,8}率)(?P<by>を|より|と比べて)"
            r"(?P<op>上回る|上回っている|下回る|下回っている|超える|超えている|高い|低い)"
        ),
        r"\g<what>が全国\g<by>\g<op>",
    ),
    (
        re.compile(
            r"^全国(?P<avg>平均|の平均|平均値)?(?P<by>を|より|と比べて)"
            r"(?P<op>上回る|上回っている|下回る|下回っている|超える|超えている|高い|低い)(?P<what>[^のが]{2,12})の"
        ),
        r"\g<what>が全国\g<avg>\g<by>\g<op>",
    ),
    # 「…制度の分野で、…」: a theme named by its title, said to be one
    (re.compile(r"の(?:分野|テーマ)(で|では|の中で|のうち)、?"), r"\1"),
    # 「課題とされていること」: the issues a document sets out
    (
        re.compile(
            r"(課題|目標)(?:として挙げられている|として挙げられた|とされている|とされた|に挙げられている)(?:こと|もの)$"
        ),
        r"\1の一覧",
    ),
    # 「報告書のテーマの一覧」「文書に出てくる審議会」: the documents in general are the graph
    # (a document's goals are its own: 「報告書の目標」 is read as kept to the document it names;
    # 「各文書の課題の数」 is a count per document, kg.ask.counts)
    (
        re.compile(
            r"^(?:(?:この|その)?(?:報告書(?:の|で)(?!目標|目的|狙い|ねらい|ゴール|目指)|(?:文書|資料)(?:の|で))"
            r"|各(?:報告書|文書|資料)(?:の|で)(?!.*(?:数|件数)$))"
        ),
        "",
    ),
    # 「審議会・検討会などの会議体」: the kinds named as examples of the one word after them
    (re.compile(r"(?:(?:審議会|検討会|研究会|委員会|会議|協議会)・?)+(?:など|等)の会議体"), "会議体"),
)


def _rephrased(text: str) -> str:
    for pattern, said in _REPHRASED:
        text = pattern.sub(said, text)
    return text


# 「2021/9」「2021/09」: a month written with a slash, said as the date reader reads it (2021年9月); a
# year, a fiscal year or a month typed alone asks what is dated in it (「2021/9」 is 「2021年9月の取組」).
_SLASHED_MONTH = re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})(?![\d/])")
_PERIOD_ALONE = re.compile(r"(?:\d{4}|(?:令和|平成|r|h)(?:\d{1,2}|元))年(?:度|\d{1,2}月)?")


def core(question: str, outline: bool = True) -> str:
    """The question folded, with the words that only make it polite or a question cut off, and (unless
    ``outline`` is false, as for the words searched for as text) a plan's outline words for its classes
    said as the kinds say them (:mod:`kg.ask.outline_words`)."""
    folded = _SLASHED_MONTH.sub(lambda m: f"{m[1]}年{int(m[2])}月", fold(question))
    if outline and _PERIOD_ALONE.fullmatch(folded):
        folded += "の取組"
    text = _PUNCT_END.sub("", outline_words(folded) if outline else folded)
    text = _HEADS.sub("", text)
    while True:
        shorter = _PUNCT_END.sub("", _TAILS.sub("", _rephrased(text)))
        if shorter == text or not shorter:
            # the outline's words once more, at the end the polite words and orders stood after
            # (「課題1-2の実績を時系列で」)
            return _breakdown_last(outline_words(text) if outline else text)
        text = shorter


# Polite verb endings said plainly (「触れられていますか」 → 「触れられている」), for a last try.
_POLITE = (
    ("ていますか", "ている"),
    ("ています", "ている"),
    ("ましたか", "た"),
    ("ました", "た"),
    ("ありますか", "ある"),
    ("あります", "ある"),
)


# 「依拠してる」「関わってる」「進んでる」: the い of 〜ている dropped in speech (after a verb's kana
# ending, so that 育てる or 捨てる stay whole).
_CONTRACTED = re.compile(r"(?<=[ぁ-ゖ出])て(?=る|た|ます|ない)|(?<=ん)で(?=る|た|ます|ない)")


def plain(text: str) -> str:
    """``text`` with its polite verb endings said plainly, and 〜てる said in full (〜ている)."""
    text = _CONTRACTED.sub(lambda m: m.group(0) + "い", text)
    for polite, said in _POLITE:
        text = text.replace(polite, said)
    return text


# The words a name is asked by (「海外でのカード利用」: 海外, カード, 利用): split at the particles that tie
# words and where one script gives way to another; a run of kana in hiragana shorter than three (a
# particle, a verb's ending) or a single character says too little.
_TIES_RE = re.compile(r"(?:における|による|に関する|に係る|[の・、とやでにをがへも\s])+")
_WORD_RUN_RE = re.compile(r"[\u4e00-\u9fff々〆ヶ]+|[\u30a1-\u30faー]+|[a-z0-9][a-z0-9\-]*|[ぁ-ゖ]{3,}")


def content_words(text: str) -> list[str]:
    """The words of ``text`` (folded) worth looking up, each once, in order.

    >>> content_words("海外でのカード利用")
    ['海外', 'カード', '利用']
    """
    found = [w for part in _TIES_RE.split(text) for w in _WORD_RUN_RE.findall(part)]
    return [w for w in dict.fromkeys(found) if len(w) >= 2]


_FOUR_KANJI_RE = re.compile(r"[\u4e00-\u9fff々]{4}")


def halved(words: list[str]) -> list[str] | None:
    """``words`` with each compound of four kanji said as its two halves (「人材育成」: 人材, 育成, as in
    「人材を確保し…育成を行う」), or None where there is none.

    >>> halved(["人材育成", "目標"])
    ['人材', '育成', '目標']
    """
    out = [h for w in words for h in ((w[:2], w[2:]) if _FOUR_KANJI_RE.fullmatch(w) else (w,))]
    return out if len(out) > len(words) else None


_DIGITS_RE = re.compile(r"[0-9]+")


def word_lists(text: str) -> list[list[str]]:
    """The ways ``text`` (folded) may be looked up word by word, the closest to what was typed first:
    split at its particles alone (「データ連携」 whole), then where scripts meet too (データ, 連携), then
    with its compounds of four kanji halved; no way at all where a number of one digit would be lost.

    >>> word_lists("データ連携")
    [['データ連携'], ['データ', '連携']]
    """
    if any(len(digits) < 2 for digits in _DIGITS_RE.findall(text)):
        return []  # 「課題3.1」「第1グループ」: a number would be lost from the words looked up
    typed = [w for w in dict.fromkeys(_TIES_RE.split(text)) if len(w) >= 2]
    split = content_words(text)
    out: list[list[str]] = []
    for words in (typed, split, halved(split)):
        if words and words not in out:
            out.append(words)
    return out
