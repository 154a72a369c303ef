"""A scaled corpus for the benchmarks: variants of the sample documents.

Each variant is one of the real sample documents with its paragraphs kept in
their structure but varied the way a ministry's later reports differ from
earlier ones: law and agency names swapped for others of the gazetteers
(kg/data/laws.csv, agencies.csv; consistently within a document), numbers
changed, dates moved by a few years and months, and the order of the
paragraphs under each top-level heading shuffled.  Headings and numbering stay
in place, so the extractor finds the same kinds of items in every variant.

Run with `.venv/bin/python bench/corpus_gen.py OUT_DIR [--documents N] [--seed S]`.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.extract.agencies import agency_gazetteer  # noqa: E402
from kg.extract.laws import law_gazetteer  # noqa: E402
from kg.read.corpus import load_corpus  # noqa: E402

SAMPLE = ROOT / "corpus"
# Documents that are not the project's own come from the shared seeds folder, as in
# the tests (tests/conftest.py): BENCH_SHARED names it, else `shared` beside the checkout.
_BESIDE = [p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.is_dir()]
SHARED = Path(os.environ.get("BENCH_SHARED") or (_BESIDE[0] if _BESIDE else ROOT / "shared"))
GIF = SHARED / "seeds" / "GIF_DS-410_overview.md"
_DATE_RE = re.compile(r"(令和|平成)?([0-9０-９]{1,2})年([0-9０-９]{1,2})月")
_NUMBER_RE = re.compile(r"(?<![0-9.年月第])([0-9]{2,}(?:,[0-9]{3})*)(?![0-9.])")
# A heading of the seed report's outline (「1 マイナンバー…」, 「II 33の課題…」) or a Markdown heading.
_HEADING_RE = re.compile(r"^(?:#{1,6} |[0-9]+(?:\.[0-9]+)* |[IVX]+ |[①-⑳])")


def _names() -> tuple[list[str], list[str]]:
    laws = sorted({n for e in law_gazetteer() for n in e.names if len(n) >= 4 and e.kind != "bundle"})
    agencies = sorted({n for e in agency_gazetteer() for n in e.names if len(n) >= 3})
    return laws, agencies


def _swap_names(text: str, names: list[str], rng: random.Random, share: float) -> str:
    present = [n for n in names if n in text]
    chosen = rng.sample(present, k=int(len(present) * share))
    if not chosen:
        return text
    mapping = dict(zip(chosen, rng.sample(names, k=len(chosen)), strict=True))
    pattern = re.compile("|".join(re.escape(n) for n in sorted(mapping, key=len, reverse=True)))
    return pattern.sub(lambda m: mapping[m.group()], text)


def _vary_dates(text: str, rng: random.Random) -> str:
    shift = rng.randint(0, 4)

    def repl(m: re.Match[str]) -> str:
        year = int(m[2].translate(str.maketrans("０１２３４５６７８９", "0123456789"))) + shift
        month = rng.randint(1, 12)
        return f"{m[1] or ''}{year}年{month}月"

    return _DATE_RE.sub(repl, text)


def _vary_numbers(text: str, rng: random.Random) -> str:
    def repl(m: re.Match[str]) -> str:
        digits = m[1].replace(",", "")
        value = max(10, int(int(digits) * rng.uniform(0.5, 1.5)))
        return f"{value:,}" if "," in m[1] else str(value)

    return _NUMBER_RE.sub(repl, text)


def _shuffle_paragraphs(text: str, rng: random.Random) -> str:
    """Shuffle the blank-line-separated paragraphs between two headings; headings stay put."""
    blocks = re.split(r"(\n\s*\n)", text)
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) > 2:
            rng.shuffle(run)
        out.extend(p + "\n\n" for p in run)
        run.clear()

    for block in blocks[::2]:
        if _HEADING_RE.match(block.lstrip()):
            flush()
            out.append(block + "\n\n")
        else:
            run.append(block)
    flush()
    return "".join(out).rstrip("\n") + "\n"


def variant(text: str, n: int, seed: int, laws: list[str], agencies: list[str]) -> str:
    rng = random.Random(f"{seed}-{n}")
    text = _swap_names(text, laws, rng, share=0.5)
    text = _swap_names(text, agencies, rng, share=0.5)
    text = _vary_dates(text, rng)
    text = _vary_numbers(text, rng)
    return _shuffle_paragraphs(text, rng)


def sample_corpus(out: Path) -> Path:
    """corpus/ (the seed report) plus the shared GIF guidebook where present, as a corpus in ``out``."""
    target = out / "sample-corpus"
    shutil.copytree(SAMPLE, target)
    if GIF.is_file():
        shutil.copy2(GIF, target / GIF.name)
        extra = (ROOT / "tests" / "sample_manifest.toml").read_text(encoding="utf-8")
        with (target / "manifest.toml").open("a", encoding="utf-8") as fh:
            fh.write("\n" + extra)
    else:
        print(f"note: {GIF} is absent; the benchmarks vary the seed report alone", file=sys.stderr)
    return target


def generate(out: Path, documents: int, seed: int = 1) -> list[Path]:
    """Write ``documents`` variants and their manifest into ``out``; return their paths."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        sample = load_corpus(sample_corpus(Path(tmp)))
        sources = [(e, e.path.read_text(encoding="utf-8")) for e in sample.entries]
    laws, agencies = _names()
    manifest = ['[corpus]\nignore = ["manifest.toml"]\n']
    paths = []
    for n in range(documents):
        entry, text = sources[n % len(sources)]
        name = f"{entry.id}-v{n:05d}{entry.path.suffix}"
        path = out / name
        path.write_text(variant(text, n, seed, laws, agencies), encoding="utf-8")
        paths.append(path)
        date = entry.date.replace(year=entry.date.year + n % 5) if entry.date else None
        manifest.append(
            f'[[document]]\nid = "{entry.id}-v{n:05d}"\nfile = "{name}"\n'
            f'title = "{entry.title} ({n})"\npublisher = "{entry.publisher or "デジタル庁"}"\n'
            + (f"date = {date.isoformat()}\n" if date else "")
            + 'license = "CC0 1.0 Universal"\n'
        )
    (out / "manifest.toml").write_text("\n".join(manifest), encoding="utf-8")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = generate(args.out, args.documents, args.seed)
    chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
    print(f"{len(paths)} documents, {chars:,} characters in {args.out}")


if __name__ == "__main__":
    main()
