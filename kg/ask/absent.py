"""What has none: issues without a progress update or a measure, measures or issues without a law
(「進捗のない課題」「施策のない課題」「法令のない施策」「法令が関係しない課題」); and the issues that have
some (「進捗のある課題」「施策がある課題」).

Takes :class:`~kg.ask.kinds.QuestionKind` and :class:`~kg.ask.kinds.Paged`; gives
:data:`ABSENT_KINDS`, tried after the kinds of :mod:`kg.ask.kinds`.  Each answer is a long list,
read a page at a time; "without" is a MINUS (one anti-join).
"""

from __future__ import annotations

from kg.ask.kinds import NAMED_LAW, Paged, QuestionKind, paged


def _kind(
    name: str, patterns: tuple[str, ...], spec: Paged, reading: str, columns: tuple[str, ...]
) -> QuestionKind:
    return QuestionKind(name, patterns, paged(columns, spec), reading, columns, spec)


# 「法令の紐づかない」「法律が関係しない」「根拠法と結びついていない」: no law linked (to a measure
# or an issue)
_NO_LAW = (
    r"(?:関係|関連|根拠)?(?:法令|法律|根拠法|根拠法令|法的根拠)(?:と|に|が|の|との|にも|とも)?(?:"
    r"(?:紐づか|紐付か|ひもづか|ひも付か|結びつか|結び付か|関係し|関連し|関わら|かかわら|依拠し|基づか)ない|"
    r"(?:紐づい|紐付い|ひもづい|ひも付い|結びつい|結び付い|関係し|関連し|関わっ|かかわっ|依拠し|基づい)(?:ていない|てない)|"
    r"(?:関係|関連|関わり|かかわり|紐づけ|紐付け|結びつき)(?:の|が)(?:ない|無い))"
)

_PROGRESS_WORDS = "@UPDATES"

ABSENT_KINDS: tuple[QuestionKind, ...] = (
    _kind(
        "issues_without_progress",
        (
            r"(?:まだ|いまだ|未だ|いまだに)?(?:@UPDATES|取組|取り組み)(?:が|の)?"
            r"(?:まだ|いまだ|未だ|いまだに)?(?:ない|無い|なし|まだない|ありません|報告されていない|記載されていない|出ていない|ゼロの|0件の|"
            r"一つもない|ひとつもない|1つもない|1件もない|一件もない|全くない|何もない)課題",
            r"課題(?:で|のうち|の中で|に|には)?(?:まだ|いまだ|未だ)?@UPDATES(?:が|の)?@NONE",
            # 「課題のうち、進捗が報告されていないもの」
            r"課題(?:で|のうち|の中で|に|には)?(?:まだ|いまだ|未だ)?@UPDATES(?:が|の)?(?:まだ)?"
            r"(?:(?:報告|記載|記述|掲載|言及)(?:されて|が)?|書かれて|載って)(?:いない|ない|無い)(?:もの)?",
            # 「進捗未報告の課題」「取組状況が未記載の課題」
            r"@UPDATES(?:が|は)?(?:未報告|未記載|未掲載)(?:の)?課題",
            r"@UPDATES(?:が|の)?"
            r"(?:(?:報告|記載|記述|掲載|言及)(?:されて|が)?|書かれて|載って)(?:いない|ない|無い)課題",
            r"(?:まだ)?(?:取り組まれていない|手つかずの|手付かずの|未着手の)課題",
            # 「まだ何も進んでいない課題」「進展のない課題」: no progress said with a verb of progressing
            r"(?:まだ|いまだ|未だ|いまだに)?(?:何も|なにも|全く|まったく|少しも|一向に)?"
            r"(?:進んでいない|進んでない|進んでいません|進展していない|進展してない|進展のない|進展がない)課題",
            r"(?:フォローアップ|フォローアップ状況|進捗報告|報告)(?:が)?(?:されていない|されてない|のない|がない|が無い|なし)課題",
            # 「フォローアップで取り上げられなかった課題」「取組状況が一つも載っていない課題」
            r"(?:フォローアップ|@UPDATES|報告)(?:で|に|の中で|が|は)?(?:一つも|ひとつも|1つも|一件も|1件も|何も)?"
            r"(?:取り上げられなかった|取り上げられていない|取り上げられてない|載っていない|載ってない|載っていません|"
            r"掲載されていない|扱われていない|扱われなかった)課題",
            r"@UPDATES(?:が)?(?:なし|無し)の課題",
        ),
        Paged(
            ("issue",),
            "?issue a pol:Issue .\n"
            "  MINUS { { SELECT ?progress ?issue WHERE { ?progress pol:addressesIssue ?issue } }\n"
            "    { SELECT ?progress WHERE { ?progress a pol:ProgressUpdate } } }",
            "%ISSUE_ROW%",
        ),
        "→ 取組状況のない課題",
        ("issue", "issueLabel", "number", "document"),
    ),
    _kind(
        "measures_without_law",
        (
            r"(?:関係|関連|根拠)?(?:法令|法律|根拠法|法的根拠|法)(?:の|上の)?(?:根拠|裏付け|裏づけ|裏打ち)?(?:が|の)?"
            r"(?:ない|無い|なし|無し)(?:の)?@MEASURES",
            r"@MEASURES(?:で|のうち|の中で)?(?:関係|関連|根拠)?(?:法令|法律|根拠法|法的根拠)(?:の)?(?:裏付け|裏づけ|根拠)?(?:が|の)?@NONE",
            r"@MEASURES(?:で|のうち|の中で)?(?:法令|法律|法)に(?:基づか|基づい|依拠し|よら|依存し)"
            r"(?:ない|ていない|てない)(?:もの)?",
            r"@MEASURES(?:で|のうち|の中で)?(?:法令|法律|根拠法)(?:と|に|が)"
            r"(?:紐づいていない|紐付いていない|ひもづいていない|結びついていない|結び付いていない)(?:もの)?",
            r"根拠(?:となる|の)(?:法令|法律)(?:が|の)?(?:ない|無い)@MEASURES",
            r"(?:法令|法律)に(?:根拠|裏付け|裏づけ)(?:が|の)?(?:ない|無い)@MEASURES",
            r"(?:法令|法律|根拠法)(?:との|への)(?:紐づけ|紐付け|ひもづけ|ひも付け|関連付け|関連づけ|結びつき|結び付き)"
            r"(?:が|の)?(?:ない|無い)@MEASURES",
            # 「根拠法が示されていない施策」「関係法令の記載がない対策」
            r"(?:法的根拠|根拠法|根拠法令|根拠となる法令|根拠となる法律|(?:関係|関連)(?:する)?(?:法令|法律))(?:が|の)?"
            r"(?:記載|明記|記述)?(?:が|の)?"
            r"(?:ない|無い|なし|示されていない|明示されていない|書かれていない|記載されていない)@MEASURES",
            r"(?:法令|法律|根拠法)(?:と|に|が)(?:紐づいていない|紐付いていない|ひもづいていない|結びついていない|"
            r"結び付いていない|紐づかない|紐付かない)@MEASURES",
            r"(?:法令|法律|法)に(?:基づか|基づい|依拠し|よら|依存し|根拠を置か)"
            r"(?:ない|ていない|てない|ません|ていません|ないもの)@MEASURES",
            rf"{_NO_LAW}@MEASURES",
            rf"@MEASURES(?:で|のうち|の中で|であって)?{_NO_LAW}(?:もの)?",
        ),
        Paged(
            ("item",),
            f"?item a pol:Measure .\n  MINUS {{ ?item {NAMED_LAW} }}",
            "?item rdfs:label ?itemLabel .\n  %ITEM_WHERE%",
        ),
        "→ 法令（名前のある法律・法律群）に依拠しない施策（法令名のない立法措置は法令に数えない）",
        ("item", "itemLabel", "document", "line"),
    ),
    # 「法律と関係がない取組状況」: the progress updates alone (「…施策」 above are the measures)
    _kind(
        "progress_without_law",
        (
            rf"{_NO_LAW}(?:の)?{_PROGRESS_WORDS}",
            rf"{_PROGRESS_WORDS}(?:で|のうち|の中で|であって)?{_NO_LAW}(?:もの)?",
            rf"{_PROGRESS_WORDS}(?:で|のうち|の中で)?(?:関係|関連|根拠)?(?:法令|法律|根拠法|法的根拠)(?:が|の)?@NONE",
            # 「根拠法のない取組状況」「法的根拠なしの進捗」
            r"(?:関係|関連|根拠)?(?:法令|法律|根拠法|根拠法令|法的根拠)(?:の|上の)?(?:根拠|裏付け|裏づけ)?(?:が|の)?"
            rf"(?:ない|無い|なし|無し)(?:の)?{_PROGRESS_WORDS}",
        ),
        Paged(
            ("item",),
            f"?item a pol:ProgressUpdate .\n  MINUS {{ ?item {NAMED_LAW} }}",
            "?item rdfs:label ?itemLabel .\n  %ITEM_WHERE%",
        ),
        "→ 法令（名前のある法律・法律群）に依拠しない取組状況（法令名のない立法措置は法令に数えない）",
        ("item", "itemLabel", "document", "line"),
    ),
    # 「進捗のある課題」「取組状況が報告されている課題」: the other side of the issues without progress
    _kind(
        "issues_with_progress",
        (
            r"@UPDATES(?:が|の)(?:ある|あります|出ている|報告されている|記載されている|"
            r"書かれている|載っている)課題",
            r"@UPDATES(?:あり|有り)の課題",
            # 「課題のうち進捗が報告されているもの」: the class said first
            r"課題(?:で|のうち|の中で)@UPDATES(?:が|の)(?:ある|あります|出ている|報告されている|記載されている)(?:もの|の)?",
        ),
        Paged(
            ("issue",),
            "{ SELECT DISTINCT ?issue WHERE {\n"
            "    { SELECT ?progress ?issue WHERE { ?progress pol:addressesIssue ?issue } }\n"
            "    { SELECT ?progress WHERE { ?progress a pol:ProgressUpdate } } } }\n"
            "  ?issue a pol:Issue .",
            "%ISSUE_ROW%",
        ),
        "→ 取組状況のある課題",
        ("issue", "issueLabel", "number", "document"),
    ),
    # 「進捗のある施策」「施策で進捗が報告されているもの」: the measures a progress update reports on
    _kind(
        "measures_with_progress",
        (
            r"@UPDATES(?:が|の)(?:ある|あります|出ている|報告されている|記載されている)(?:施策|措置|対策|事業)",
            r"(?:施策|措置|対策|事業)(?:で|のうち|の中で)?@UPDATES(?:が|の)(?:ある|あります|出ている|報告されている|"
            r"記載されている)(?:もの|の)?",
        ),
        Paged(
            ("item",),
            "{ SELECT DISTINCT ?item WHERE {\n"
            "    { SELECT ?progress ?item WHERE { ?progress pol:reportsOn ?item } }\n"
            "    { SELECT ?progress WHERE { ?progress a pol:ProgressUpdate } } } }\n"
            "  ?item a pol:Measure .",
            "?item rdfs:label ?itemLabel .\n  %ITEM_WHERE%",
        ),
        "→ 取組状況が報告されている施策（取組状況が施策を名指すもの）",
        ("item", "itemLabel", "document", "line"),
    ),
    # 「施策がある課題」: the other side of the issues without measures
    _kind(
        "issues_with_measures",
        (r"(?:施策|措置|対策|対応策)(?:が|の)(?:ある|あります|示されている|挙がっている|書かれている)課題",),
        Paged(
            ("issue",),
            "{ SELECT DISTINCT ?issue WHERE {\n"
            "    { SELECT ?measure ?issue WHERE { ?measure pol:addressesIssue ?issue } }\n"
            "    { SELECT ?measure WHERE { ?measure a pol:Measure } } } }\n"
            "  ?issue a pol:Issue .",
            "%ISSUE_ROW%",
        ),
        "→ 施策のある課題",
        ("issue", "issueLabel", "number", "document"),
    ),
    # 「施策のない課題」「対策が一つもない課題」: no measure addresses the issue
    _kind(
        "issues_without_measures",
        (
            r"(?:施策|措置|対策|対応策|具体的施策)(?:が|の)?(?:まだ|一つも|ひとつも|1つも|一件も|1件も|何も)?"
            r"(?:ない|無い|なし|無し|示されていない|書かれていない|挙がっていない|ゼロの|0件の)(?:の)?課題",
            r"課題(?:で|のうち|の中で|に|には)?(?:施策|措置|対策|対応策)(?:が|の)?@NONE",
        ),
        Paged(
            ("issue",),
            "?issue a pol:Issue .\n"
            "  MINUS { { SELECT ?measure ?issue WHERE { ?measure pol:addressesIssue ?issue } }\n"
            "    { SELECT ?measure WHERE { ?measure a pol:Measure } } }",
            "%ISSUE_ROW%",
        ),
        "→ 施策のない課題",
        ("issue", "issueLabel", "number", "document"),
    ),
    _kind(
        "issues_without_law",
        (
            rf"{_NO_LAW}課題",
            r"(?:関係|関連|根拠)?(?:法令|法律|根拠法|法的根拠)(?:が|の)?(?:ない|無い|なし|無し)(?:の)?課題",
            rf"課題(?:で|のうち|の中で|であって)?{_NO_LAW}(?:もの)?",
            r"課題(?:で|のうち|の中で)?(?:関係|関連|根拠)?(?:法令|法律|根拠法|法的根拠)(?:が|の)?@NONE",
        ),
        # the issue itself, or what serves it, rests on a law the text names
        Paged(
            ("issue",),
            "?issue a pol:Issue .\n"
            f"  MINUS {{ ?issue {NAMED_LAW} }}\n"
            f"  MINUS {{ ?x pol:addressesIssue ?issue ; {NAMED_LAW} }}",
            "%ISSUE_ROW%",
        ),
        "→ 法令（名前のある法律・法律群）が関係しない課題（課題にも、その施策・取組状況にも）",
        ("issue", "issueLabel", "number", "document"),
    ),
)
