"""Parse CPU per CV: the time `parse_document` takes on already-extracted documents.

    python benchmarks/parse_cpu.py FOLDER [--warm FOLDER] [--rounds N] [--per-file]

Extraction is done first and not counted. Each round parses every document
once, in a fresh process state except for the warm-up: the parser caches
pure per-string answers (author lists, venue names), so a document parsed a
second time would be unfairly fast; `--warm` parses another folder first (as a
worker that has already read other CVs would have). The figure per file is the
median over rounds of CPU time (time.process_time), which other processes on a
shared machine disturb less than wall time.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from anywhere

from reviewer.extract import SUPPORTED_SUFFIXES, extract  # noqa: E402
from reviewer.parsing import parse_document  # noqa: E402


def _documents(folder: Path):
    return [(p, extract(p)) for p in sorted(folder.iterdir()) if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES]


def one_round(folder: Path, warm: Path | None) -> dict[str, float]:
    """CPU milliseconds per file, each file parsed once after the warm-up folder."""
    for path, doc in _documents(warm) if warm else []:
        parse_document(doc, str(path))
    out: dict[str, float] = {}
    for path, doc in _documents(folder):
        start = time.process_time()
        parse_document(doc, str(path))
        out[path.name] = (time.process_time() - start) * 1000
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--warm", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--per-file", action="store_true")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:  # one round in this process; print "name<TAB>ms" rows
        for name, value in one_round(args.folder, args.warm).items():
            print(f"{name}\t{value:.3f}")
        return
    rounds: dict[str, list[float]] = {}
    for _ in range(args.rounds):  # a new process per round: no cache carried over between rounds
        cmd = [sys.executable, __file__, str(args.folder), "--child"] + (["--warm", str(args.warm)] if args.warm else [])
        res = subprocess.run(cmd, capture_output=True, text=True, check=True)
        for row in res.stdout.splitlines():
            name, value = row.split("\t")
            rounds.setdefault(name, []).append(float(value))
    per_file = sorted((statistics.median(v), k) for k, v in rounds.items())
    if args.per_file:
        for value, name in per_file:
            print(f"{value:8.1f} ms  {name}")
    values = [v for v, _ in per_file]
    print(f"{len(values)} files, parse CPU per CV: median {statistics.median(values):.1f} ms, "
          f"max {values[-1]:.1f} ms ({per_file[-1][1]}), total {sum(values):.0f} ms")


if __name__ == "__main__":
    main()
