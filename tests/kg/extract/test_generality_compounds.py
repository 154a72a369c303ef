"""Bodies, laws and legislative actions in compound names and denied actions, on invented sentences.

Each sentence was written for a class of name or phrasing and its expectation set by reading it:

* a council with its subdivision glued after it (「中央教育審議会初等中等教育分科会」) is two bodies, as
  a unit after its ministry is; one named only by its role after the particle の is none (「…の専門調査会」);
* a unit after a prefecture and its municipality: the municipality stays one mention with its
  prefecture, the unit is its own;
* a remark in brackets after a council's name (「（第3回）」, 「（仮称）」, 「（WG）」) is no part of it;
* a municipal ordinance named with its municipality is a law whose surface holds the municipality,
  which is then no body of its own (as a body inside a law's title is none);
* a law to be made that the text does not name (「新法の制定」) is an enactment naming no law;
* an action shelved, given up or not reached (「見送られた」, 「断念」, 「至らなかった」) is no action;
* a title joining words by 「・」 or 「及び」 is one title, unless the part before them is a law.

Each class has neighbours that must not change.
"""

from __future__ import annotations

from tests.kg.extract.sentence_sets import actions_test, bodies_test, laws_test

BODIES: list[tuple[str, set[str]]] = [
    # a council and its subdivisions
    (
        "厚生労働省の社会保障審議会介護保険部会は、制度の見直しに関する意見を取りまとめた。",
        {"厚生労働省", "社会保障審議会", "介護保険部会"},
    ),
    ("中央教育審議会初等中等教育分科会は、答申案を了承した。", {"中央教育審議会", "初等中等教育分科会"}),
    (
        "交通政策審議会陸上交通分科会自動車部会において、車検制度の在り方が議論された。",
        {"交通政策審議会", "陸上交通分科会", "自動車部会"},
    ),
    (
        "国土審議会計画部会専門委員会では、地方の人口減少への対応を審議した。",
        {"国土審議会", "計画部会", "専門委員会"},
    ),
    ("デジタル臨時行政調査会作業部会の第5回会合が開かれた。", {"デジタル臨時行政調査会", "作業部会"}),
    ("規制改革推進会議幹事会で、答申の骨子が示された。", {"規制改革推進会議", "幹事会"}),
    # ... and its neighbours: one name about a council, a subdivision by its role after の, no council
    (
        "文部科学省に中央教育審議会の在り方に関する検討会を設置した。",
        {"文部科学省", "中央教育審議会の在り方に関する検討会"},
    ),
    ("食品安全委員会の専門調査会において、評価書案を審議した。", {"食品安全委員会"}),
    ("東京商工会議所と連携して、中小企業向けの相談会を開く。", set()),
    ("超党派の国会議員連盟が、法案の骨子を公表した。", set()),
    # a unit after a prefecture and its municipality
    (
        "静岡県浜松市市民部市民生活課は、消費生活相談の窓口を拡充した。",
        {"静岡県浜松市", "市民部市民生活課"},
    ),
    ("東京都千代田区地域振興部は、商店街の支援策を公表した。", {"東京都千代田区", "地域振興部"}),
    ("北海道札幌市保健福祉局が、健診の受診勧奨を行った。", {"北海道札幌市", "保健福祉局"}),
    (
        "神奈川県横浜市デジタル統括本部と川崎市総務企画局は、共同でシステムを調達する。",
        {"神奈川県横浜市", "デジタル統括本部", "川崎市", "総務企画局"},
    ),
    # ... and its neighbours
    ("静岡県と浜松市は、災害時の相互応援協定を締結した。", {"静岡県", "浜松市"}),
    ("長野県松本市は、観光案内を多言語化した。", {"長野県松本市"}),
    # a remark in brackets after a council's name
    ("データ連携WG（第2回）において、API仕様の案が示された。", {"データ連携WG"}),
    ("「自治体システム標準化検討会（第3回）」の資料を公表した。", {"自治体システム標準化検討会"}),
    ("デジタル人材育成部会（仮称）を年度内に設置する。", {"デジタル人材育成部会"}),
    (
        "ベース・レジストリ推進ワーキンググループ（WG）で、住所データの整備方針を議論した。",
        {"ベース・レジストリ推進ワーキンググループ"},
    ),
    ("（仮称）地域データ活用推進会議を設置し、関係者の意見を聴く。", {"地域データ活用推進会議"}),
    ("新型コロナウイルス感染症対策本部は、基本的対処方針を変更した。", {"新型コロナウイルス感染症対策本部"}),
    # ... and its neighbours: a meeting or headquarters named by its role alone
    ("第2回WGでは、論点整理を行った。", set()),
    ("有識者検討会（第4回）を開催した。", set()),
    ("町は、災害対策本部を設置し、避難所を開設した。", set()),
    # a municipality inside its ordinance's name is no body of its own
    ("浜松市個人情報保護条例を廃止し、個人情報保護法の規律に一元化した。", set()),
    ("東京都安全安心まちづくり条例に基づき、防犯設備の整備を支援する。", set()),
    ("新宿区ワンルームマンション等の建築及び管理に関する条例に基づき、事業者を指導した。", set()),
    ("浜松市は、個人情報保護条例を廃止した。", {"浜松市"}),
]

LAWS: list[tuple[str, list[str]]] = [
    # municipal ordinances named with their municipality
    (
        "浜松市個人情報保護条例を廃止し、個人情報保護法の規律に一元化した。",
        ["浜松市個人情報保護条例", "個人情報保護法"],
    ),
    ("東京都安全安心まちづくり条例に基づき、防犯設備の整備を支援する。", ["東京都安全安心まちづくり条例"]),
    (
        "新宿区ワンルームマンション等の建築及び管理に関する条例に基づき、事業者を指導した。",
        ["新宿区ワンルームマンション等の建築及び管理に関する条例"],
    ),
    ("静岡県浜松市情報公開条例第6条に基づき、開示を請求した。", ["静岡県浜松市情報公開条例"]),
    # titles joining words by ・ or 及び
    (
        "孤独・孤立対策推進法の施行に伴い、地方公共団体に官民連携の場を設ける。",
        ["孤独・孤立対策推進法"],
    ),
    ("医療・介護総合確保推進法に基づく基金を活用する。", ["医療・介護総合確保推進法"]),
    ("孤独・孤立対策の推進に関する法律に基づき、交付金を配分する。", ["孤独・孤立対策の推進に関する法律"]),
    (
        "困難な問題を抱える女性への支援に関する法律が施行された。",
        ["困難な問題を抱える女性への支援に関する法律"],
    ),
    (
        "性的指向及びジェンダーアイデンティティの多様性に関する国民の理解の増進に関する法律に基づく基本計画を策定する。",
        ["性的指向及びジェンダーアイデンティティの多様性に関する国民の理解の増進に関する法律"],
    ),
    (
        "配偶者からの暴力の防止及び被害者の保護等に関する法律に基づき、保護命令が発せられた。",
        ["配偶者からの暴力の防止及び被害者の保護等に関する法律"],
    ),
    # ... and their neighbours: laws listed by ・ or 及び, and words in 法 that name no law
    ("個人情報保護法・番号法の改正を行う。", ["個人情報保護法", "番号法"]),
    (
        "配偶者暴力防止法及び児童虐待防止法の規定に基づき通告する。",
        ["配偶者暴力防止法", "児童虐待防止法"],
    ),
    (
        "消費者契約法及び事業者による広告の適正化等に関する法律に基づき、指導を行う。",
        ["消費者契約法", "事業者による広告の適正化等に関する法律"],
    ),
    ("調査・分析手法を見直し、統計の精度を高める。", []),
]

ACTIONS: list[tuple[str, list[tuple[str, str, tuple[str, ...]]]]] = [
    # a law to be made, not named
    # 検討 only: the new law is the horizon of a consideration, not an act the text takes
    ("新法の制定を視野に、制度の骨格を検討する。", []),
    ("新たな法律を制定し、事業者に報告を義務付ける。", [("法律", "enactment", ())]),
    ("必要な立法措置を講ずる。", [("法律", "legal_measure", ())]),
    # ... and its neighbours: a named law enacted, a law's provisions
    (
        "事業者による広告の適正化等に関する法律を制定した。",
        [("法律", "enactment", ("事業者による広告の適正化等に関する法律",))],
    ),
    ("法律の規定に基づき、届出を受理する。", []),
    # shelved, given up, not reached
    ("法案の提出は見送られた。", []),
    ("今国会への法案の提出は、与党内の調整がつかず見送られた。", []),
    ("マイナンバー法の改正は見送りとなった。", []),
    ("法改正には至らなかった。", []),
    ("読み仮名の法制化は断念した。", []),
    ("法改正を先送りし、当面は運用で対応する。", []),
    ("戸籍法改正案の提出を見合わせた。", []),
    # ... and their neighbours: an action taken beside something shelved
    ("法改正を行い、手数料の引上げは見送った。", [("法律", "amendment", ())]),
    ("昨年は見送られた法案を今国会に提出した。", [("法律", "bill", ())]),
    ("法改正は予定どおり実施された。", [("法律", "amendment", ())]),
    # an action on a title joining words
    (
        "障害者の雇用の促進等に関する法律の改正を行った。",
        [("法律", "amendment", ("障害者の雇用の促進等に関する法律",))],
    ),
    ("孤独・孤立対策推進法が成立した。", [("法律", "enactment", ("孤独・孤立対策推進法",))]),
]


test_bodies_in_compound_names = bodies_test(BODIES)
test_laws_in_compound_titles = laws_test(LAWS)
test_actions_unnamed_or_shelved = actions_test(ACTIONS)
