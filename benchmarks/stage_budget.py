"""CPU budget of the import per stage, so a regression shows where it came from.

    python -m benchmarks.stage_budget FOLDER [--every 5] [--profile 12]

Runs every stage of `reviewer import` in this one process, on every `--every`th
file of FOLDER, and reports CPU milliseconds per CV (time.process_time, not wall
time: the machine is shared):

  extract   reading the file (per format; PDF with layout)     worker process
  parse     reviewer.parsing.parse_document                     worker process
  finish    identity keys, list columns, profile JSON           worker process
  write     storing.write_batch, batches of importing.BATCH_SIZE into a fresh database
                                                                main process (writer thread)
  plan      scan, hash and plan the whole folder                main process

and, for PDFs, the reader against plain pypdfium2 text of the same pages.
`--profile N` adds, per stage, the N functions with the most own time
(cProfile), which is how benchmarks/FINDINGS.md's tables are made.
"""
from __future__ import annotations

import argparse
import contextlib
import cProfile
import gc
import io
import pstats
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

STAGES = ("extract", "parse", "finish", "write", "plan")


class Stages:
    """CPU seconds per stage, optionally under one cProfile per stage."""

    def __init__(self, profile: bool) -> None:
        self.cpu: dict[str, float] = defaultdict(float)
        self.by_format: dict[str, list[float]] = defaultdict(list)
        self.profiles = {stage: cProfile.Profile() for stage in STAGES} if profile else {}

    def run(self, stage: str, fn, *args):  # noqa: ANN001, ANN201 (any stage function)
        prof = self.profiles.get(stage)
        start = time.process_time()
        if prof is not None:
            prof.enable()
        try:
            return fn(*args)
        finally:
            if prof is not None:
                prof.disable()
            self.cpu[stage] += time.process_time() - start

    def top(self, stage: str, n: int) -> str:
        out = io.StringIO()
        pstats.Stats(self.profiles[stage], stream=out).sort_stats("tottime").print_stats(n)
        lines = [line for line in out.getvalue().splitlines() if line.strip()]
        start = next((i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls")), 0)
        return "\n".join(lines[start:])


def _outcome(doc, profile) -> dict[str, Any]:  # noqa: ANN001
    """What parse_task returns, built the same way (the "finish" stage)."""
    from reviewer.identity import identity_keys, summary_columns
    from reviewer.parsing import PARSER_VERSION

    return {"ok": True, "format": doc.format, "pages": doc.pages, "text": doc.text,
            "profile": profile.model_dump(mode="json"), "parser_version": PARSER_VERSION,
            "identities": identity_keys(profile), "summary": summary_columns(profile)}


def measure(folder: Path, every: int = 5, profile: bool = False,
            per_row: bool = False) -> tuple[Stages, int, dict[str, float]]:
    """(stage timings, files sampled, PDF reader figures). `per_row`: write through
    write_result one file at a time (the path before batching), for comparison."""
    from db.store import open_store
    from reviewer.extract import ExtractionError, extract
    from reviewer.importing import BATCH_SIZE, Job, plan_folder, scan
    from reviewer.parsing import PARSER_VERSION, parse_document
    from reviewer.storing import write_batch

    files = sorted(scan(folder))
    sample = files[::every]
    # One file of each format first, outside the timing: a worker imports its readers'
    # libraries once (charset-normalizer, 45 ms, on its first non-UTF-8 text), which
    # in a sample of 6 Markdown files added ~7 ms to each.
    import charset_normalizer  # noqa: F401
    for warm in {p.suffix.lower(): p for p in reversed(sample)}.values():
        with contextlib.suppress(ExtractionError):
            parse_document(extract(warm), str(warm))
    stages = Stages(profile)
    plan = stages.run("plan", plan_folder, files, [], PARSER_VERSION)
    jobs = {job.path: job for job in plan.jobs}
    done: list[tuple[Job, dict[str, Any]]] = []
    for path in sample:
        start = time.process_time()
        try:
            doc = stages.run("extract", extract, path)
        except ExtractionError:
            continue
        stages.by_format[path.suffix.lower().lstrip(".")].append(time.process_time() - start)
        profile_ = stages.run("parse", parse_document, doc, str(path))
        outcome = stages.run("finish", _outcome, doc, profile_)
        if per_row:
            del outcome["identities"], outcome["summary"]  # write_batch then takes write_result
        if str(path) in jobs:
            done.append((jobs[str(path)], outcome))
        # A worker holds nothing between files; here the outcomes pile up for the write
        # stage, and the collector's full passes over them landed on whichever stage ran.
        gc.freeze()
    with tempfile.TemporaryDirectory(prefix="cvr-stages-") as tmp:
        store = open_store(Path(tmp) / "stages.sqlite3", daily_backup=False)
        try:
            for k in range(0, len(done), BATCH_SIZE):
                def write(batch=done[k:k + BATCH_SIZE]) -> None:
                    with store.session() as session:
                        write_batch(session, store.search, batch)
                stages.run("write", write)
        finally:
            store.close()
    stages.cpu["plan"] *= len(sample) / max(len(files), 1)  # the plan covered every file
    return stages, len(done), pdf_reader_ratio([p for p in sample if p.suffix.lower() == ".pdf"])


def pdf_reader_ratio(pdfs: list[Path], rounds: int = 3) -> dict[str, float]:
    """CPU per PDF of the reader (layout included) and of plain pypdfium2 text of the
    same pages, in this process: each PDF read both ways back to back, each file's
    least CPU of `rounds` (benchmarks/reader_ratio). Timing plain text over all PDFs
    first and the reader after, as this did before, swung 1.7-2.4x on the same code
    when the machine's load changed between the halves."""
    if not pdfs:
        return {}
    from benchmarks.reader_ratio import ratio

    return ratio(pdfs, rounds)


def summary(stages: Stages, count: int) -> str:
    """One line: ms of CPU per CV for each stage and in all."""
    per = {stage: stages.cpu[stage] / max(count, 1) * 1000 for stage in STAGES}
    formats = ", ".join(f"{fmt.upper()} {sum(v) / len(v) * 1000:.1f}" for fmt, v in sorted(stages.by_format.items()))
    total = sum(per.values())
    return (f"extract {per['extract']:.1f} ({formats}); parse {per['parse']:.1f}; finish {per['finish']:.1f}; "
            f"write {per['write']:.1f}; plan {per['plan']:.1f}; total {total:.1f} ms/CV")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--every", type=int, default=5, help="sample every Nth file")
    ap.add_argument("--profile", type=int, default=0, help="show the top N functions per stage")
    ap.add_argument("--per-row-writes", action="store_true", help="write one file at a time (the old path)")
    args = ap.parse_args(argv)
    stages, count, pdf = measure(args.folder, args.every, profile=bool(args.profile), per_row=args.per_row_writes)
    print(f"{count} CVs sampled from {args.folder} (CPU, process_time, one process)")
    print(summary(stages, count))
    if pdf:
        print(f"PDF reader {pdf['reader_ms']:.2f} ms/PDF vs plain pypdfium2 text {pdf['floor_ms']:.2f} ms/PDF: "
              f"{pdf['ratio']:.2f}x ({pdf['files']:.0f} PDFs)")
    if args.profile:
        for stage in STAGES:
            print(f"\n== {stage}: top {args.profile} by own time")
            print(stages.top(stage, args.profile))
    return 0


if __name__ == "__main__":
    sys.exit(main())
