"""Generate N invented CVs into a folder, the same files for the same seed.

    python -m benchmarks.generate_cvs OUT_DIR -n 1000 [--seed 1] [--mix mixed|txt|pdf] [--workers 2]

The "mixed" set is 60% PDF (one-column, sidebar, two flowing columns; 2-6
pages), 20% DOCX, 20% TXT/Markdown, about 8% of them Chinese. "txt" writes
plain-text CVs only: the fastest way to fill a database with 10,000 people
through the real import pipeline. "pdf" writes PDFs of 2-4 pages only (the
issue-10 profile of the reading stages).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.cvdata import make_person
from benchmarks.layouts import cjk_font, write_docx, write_pdf, write_text

# (kind, share) for the mixed set; kinds map to a layout and an extension.
MIX = (("pdf-one", 0.33), ("pdf-sidebar", 0.15), ("pdf-twocol", 0.12), ("docx", 0.12),
       ("docx-sidebar", 0.08), ("txt", 0.15), ("md", 0.05))
SUFFIX = {"pdf-one": ".pdf", "pdf-sidebar": ".pdf", "pdf-twocol": ".pdf", "docx": ".docx",
          "docx-sidebar": ".docx", "txt": ".txt", "md": ".md"}
CHINESE_SHARE = 0.08


def plan(index: int, seed: int, mix: str) -> tuple[str, bool]:
    """The kind of file `index` becomes and whether it is Chinese; depends only on (seed, index)."""
    rng = random.Random(f"plan-{seed}-{index}")
    chinese = rng.random() < CHINESE_SHARE
    if mix == "txt":
        return "txt", chinese
    if mix == "pdf":
        return rng.choice(("pdf-one", "pdf-one", "pdf-sidebar", "pdf-twocol")), False
    roll, kind = rng.random(), MIX[-1][0]
    for name, share in MIX:
        if roll < share:
            kind = name
            break
        roll -= share
    # Embedding a CJK font costs ~0.4 s per PDF (fpdf2 parses and subsets it), so half
    # the Chinese PDFs become DOCX, and all of them when no CJK font is installed.
    if chinese and kind.startswith("pdf") and (cjk_font() is None or rng.random() < 0.5):
        kind = "docx"
    return kind, chinese


def file_name(index: int, kind: str) -> str:
    return f"cv_{index:05d}{SUFFIX[kind]}"


def write_one(args: tuple[Path, int, int, str]) -> str:
    folder, index, seed, mix = args
    kind, chinese = plan(index, seed, mix)
    rng = random.Random(f"cv-{seed}-{index}")
    person = make_person(rng, chinese=chinese)
    path = folder / file_name(index, kind)
    if kind.startswith("pdf"):
        write_pdf(path, person, rng, layout=kind.split("-")[1], pages=rng.randint(2, 4 if mix == "pdf" else 6))
    elif kind.startswith("docx"):
        write_docx(path, person, rng, sidebar=kind == "docx-sidebar")
    else:
        write_text(path, person, rng, markdown=kind == "md")
    return kind + ("-zh" if chinese else "")


def generate(folder: str | Path, n: int, *, seed: int = 1, mix: str = "mixed", workers: int = 2,
             start: int = 0) -> Counter:
    """Write files `start`..`start+n-1`; returns how many of each kind were written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    jobs = [(folder, i, seed, mix) for i in range(start, start + n)]
    if workers <= 1 or n < 20:
        return Counter(map(write_one, jobs))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return Counter(pool.map(write_one, jobs, chunksize=16))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--mix", choices=("mixed", "txt", "pdf"), default="mixed")
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    kinds = generate(args.out, args.n, seed=args.seed, mix=args.mix, workers=args.workers)
    took = time.perf_counter() - t0
    print(f"{args.n} CVs in {took:.1f} s into {args.out}: "
          + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
