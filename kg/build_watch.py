"""Keep a data folder built while its corpus changes (``policykg build --watch``).

Takes the build's settings; gives one build report per pass to a callback.  The
first pass is an ordinary build; then the process loads the extraction
pipeline (GiNZA and the rule pipelines) once and keeps it, and every time the
corpus folder changes it runs the build again in this process, so a changed
document costs its extraction and the writes, not a parser load; the editions
of a series are compared again only next to a changed one.  Each pass is
a whole :func:`kg.build.build`: the same content hashes decide what is rebuilt,
a document that fails keeps its previous graph, readers see the previous
generation until the new one is swapped in, and removals follow only with
``prune``, within the same limit.

Changes are found by polling the files' stamps (path, size, modification time,
inode): a listing of a thousand files costs milliseconds, works on every file
system (inotify misses changes made over a network share or in a container's
bind mount), and needs no package; the content hashes of the build, not the
stamps, decide what is rebuilt.  A change is acted on once two listings a short
while apart agree, so that a file still being written is not read half-way.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from kg.build import BuildReport, build
from kg.display import one_line
from kg.errors import PolicyKGError
from kg.settings import Settings
from kg.track.graph import Kept

# How often the corpus is listed, and how long a change must stand still before a pass.
POLL_SECONDS = 0.25
SETTLE_SECONDS = 0.1

Stamps = dict[str, tuple[int, int, int]]


def stamps(corpus_dir: Path) -> Stamps:
    """Each file under ``corpus_dir`` (hidden ones aside) with its size, mtime and inode."""
    found: Stamps = {}
    for root, dirs, files in os.walk(corpus_dir):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            path = Path(root) / name
            try:
                st = path.stat()
            except OSError:
                continue  # removed while listed: the next listing says so
            found[str(path)] = (st.st_size, st.st_mtime_ns, st.st_ino)
    return found


def warm_up() -> None:
    """Load what extraction loads on first use (the parser, the rule pipelines) into this process."""
    from kg.extract.extraction import extract
    from kg.extract.parser import dependency_parser
    from kg.read.document import Document

    dependency_parser()
    text = (
        "デジタル庁は、行政手続における特定の個人を識別するための番号の利用等に関する法律に基づき、"
        "検討を進める。\n"
    )
    extract(Document(Path("warm-up.txt"), text, "text/plain", "utf-8"), dt.date.today())


def changes_text(report: BuildReport, noticed: float | None = None) -> str:
    """The report of one pass for a terminal: only what changed, then the summary."""
    lines = [
        f"{d.status:9} {d.id}" + (f"  ({d.error})" if d.error else "")
        for d in report.documents
        if d.status != "unchanged"
    ]
    lines += [f"{'removed':9} {doc_id}  (not in the corpus)" for doc_id in report.removed]
    lines.extend(f"warning: {w}" for w in report.warnings)
    lines.append(report.to_text().rsplit("\n", 1)[-1])
    if noticed is not None:
        lines.append(f"readable {time.monotonic() - noticed:.2f}s after the change was noticed")
    return "\n".join(one_line(line) for line in lines)


def watch(
    settings: Settings,
    *,
    on_report: Callable[[BuildReport, float | None], None],
    on_error: Callable[[PolicyKGError], None],
    stop: Callable[[], bool] = lambda: False,
    force: bool = False,
    prune: bool = False,
    workers: int | None = None,
    progress: Callable[[str], None] | None = None,
    notice: Callable[[str], None] | None = None,
    poll: float = POLL_SECONDS,
) -> None:
    """Build, then build again whenever the corpus changes, until ``stop()`` says so.

    ``on_report`` hears each pass's report with the monotonic time its change was
    noticed (None for the first pass); ``on_error`` hears a pass that failed as a
    whole (a corpus that cannot be listed, another build holding the lock): the
    data folder then stays as the previous pass left it, and watching goes on.
    """
    seen = stamps(settings.corpus_dir)
    kept = Kept()
    run = partial(
        _one_pass,
        settings,
        on_report,
        on_error,
        kept=kept,
        prune=prune,
        workers=workers,
        progress=progress,
        notice=notice,
    )
    run(None, force)
    warm_up()
    while not stop():
        time.sleep(poll)
        now = stamps(settings.corpus_dir)
        if now == seen:
            continue
        noticed = time.monotonic()
        while not stop():
            time.sleep(SETTLE_SECONDS)
            again = stamps(settings.corpus_dir)
            if again == now:
                break
            now = again
        if stop():
            break
        seen = now
        run(noticed, False)


def _one_pass(
    settings: Settings,
    on_report: Callable[[BuildReport, float | None], None],
    on_error: Callable[[PolicyKGError], None],
    noticed: float | None,
    force: bool,
    *,
    kept: Kept,
    prune: bool,
    workers: int | None,
    progress: Callable[[str], None] | None,
    notice: Callable[[str], None] | None,
) -> None:
    try:
        report = build(
            settings,
            progress=progress,
            force=force,
            workers=workers,
            prune=prune,
            notice=notice,
            kept_pairs=kept,
        )
    except PolicyKGError as exc:
        on_error(exc)
        return
    on_report(report, noticed)
