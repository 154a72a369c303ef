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

# Hyphens and dashes users type for one another in names such as J-LIS.
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−－"})
_SPACES = re.compile(r"\s+")
_PUNCT_END = re.compile(r"[?？!！。．.、,，\s]+$")

# What may end a question without changing what it asks, tried again and again
# from the end (「…を一覧で教えてください」 loses 「ください」, 「教えて」, 「を一覧で」).
_TAILS = re.compile(
    r"(?:"
    r"ください|下さい|くれ|ちょうだい|願います|お願いします|をお願い|"
    r"を?教えて|[をが]?知りたい(?:です)?|を?見たい(?:です)?|を?確認したい(?:です)?|を?把握したい(?:です)?|を?見せて|を?表示して|を?挙げて|を?出して|を?調べて|を?探して|"
    r"してください|して|を?一覧(?:で|に|表示|表)?|の一覧(?:表)?|を?リストアップ(?:して)?|の?リスト(?:で)?|を?全件|"
    r"を?すべて|を?全て|を?全部|を?並べて|を?並べる|"
    r"は(?:何|なに|なん|どれ|どこ)(?:です|でしょう)?か?|は(?:あります|ある|ありますか)か?|"
    r"がありますか|はありますか|って何|ってなに|"
    r"を?(?:日付|時系列|時間|古い|新しい|年代)順(?:に|で)?(?:並べて)?|を?時系列で|"
    r"[(（](?:日付|時系列|新しい|古い|年代)?順?(?:に|で)?[)）]|[(（]時系列[)）]|"
    r"ですか|でしょうか|ですが|です|か|は|を|について|に関して|とは|とか|って|等|など"
    r")$"
)
# The same words at the start: 「教えて、…」「…について」.
_HEADS = re.compile(
    r"^(?:教えて(?:ください)?|質問です|すみません|あの|どの|どんな|どういった|どのような|どういう)[、,]?"
)


def fold(text: str) -> str:
    """NFKC, lower case, one kind of dash and no spaces."""
    folded = unicodedata.normalize("NFKC", text).casefold().translate(_DASHES)
    return _SPACES.sub("", folded)


def core(question: str) -> str:
    """The question folded, with the words that only make it polite or a question cut off."""
    text = _PUNCT_END.sub("", fold(question))
    text = _HEADS.sub("", text)
    while True:
        shorter = _PUNCT_END.sub("", _TAILS.sub("", text))
        if shorter == text or not shorter:
            return text
        text = shorter
