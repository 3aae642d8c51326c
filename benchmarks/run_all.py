"""Every figure of issue 5 in one table.

    python -m benchmarks.run_all                  # 1,000 mixed CVs, 10,000 candidates
    python -m benchmarks.run_all --quick          # 100 / 500: a smoke run while developing

Inputs are generated once and cached under /tmp/cvr-bench-cache (see
datasets.py): building the 10,000-candidate database through the real import
takes minutes the first time. Each part runs in its own process so that each
peak-memory figure belongs to that part alone, and so Qt starts clean:

    bench_import   (a) cold import, floor and pdfminer ratios, (b) re-import, (f) import RSS
    bench_queries  (c) search latency, (e) export
    bench_gui      (d) window ready, sort, filter, (f) window RSS, (g) GUI stall during an import

The table is Markdown, and is also written to /tmp/cvr-bench-results.md.
"""
from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import datasets
from benchmarks.measure import Row, parse_rows, table

ROOT = Path(__file__).resolve().parents[1]
RESULTS = Path("/tmp/cvr-bench-results.md")
PART_TIMEOUT = 1800  # seconds; a part that hangs must not hang the table


def run_part(module: str, *args: str, data_dir: Path) -> list[Row]:
    """Run one benchmark module in a fresh interpreter and read back its rows."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REVIEWER_DATA_DIR": str(data_dir),
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("REVIEWER_DB", None)  # every part names its database explicitly
    started = time.perf_counter()
    print(f"  {module} {' '.join(args[:1])} ... (load average {os.getloadavg()[0]:.1f})", file=sys.stderr)
    try:
        proc = subprocess.run([sys.executable, "-m", f"benchmarks.{module}", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=PART_TIMEOUT)
    except subprocess.TimeoutExpired:
        return [Row(module, f"{module} {' '.join(args[:1])}", "n/a", "", "n/a",
                    f"did not finish in {PART_TIMEOUT} s")]
    took = time.perf_counter() - started
    rows = parse_rows(proc.stdout)
    if proc.returncode != 0 or not rows:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1][:160]
        return [*rows, Row(module, f"{module} did not finish", "n/a", "", "n/a",
                           f"exit code {proc.returncode}: {tail}")]
    print(f"  {module} done in {took:.0f} s", file=sys.stderr)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cvs", type=int, default=1000, help="mixed CVs for the import figures")
    ap.add_argument("--candidates", type=int, default=10_000, help="candidates for search/window/export")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--stall-cvs", type=int, default=300,
                    help="CVs imported through the window while the GUI heartbeat runs (g)")
    ap.add_argument("--quick", action="store_true", help="100 CVs and 500 candidates")
    ap.add_argument("--only", default="import,queries,gui", help="comma-separated parts to run")
    args = ap.parse_args(argv)
    if args.quick:
        args.cvs, args.candidates, args.stall_cvs = 100, 500, 100
    parts = set(args.only.split(","))

    print(f"preparing inputs (cached in {datasets.CACHE}) ...", file=sys.stderr)
    folder = datasets.cv_folder(args.cvs, workers=args.workers)
    cached_db = datasets.candidates_db(args.candidates, workers=args.workers) if parts - {"import"} else None

    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="cvr-bench-") as tmp:
        work = Path(tmp)
        if "import" in parts:
            rows += run_part("bench_import", str(folder), "--workers", str(args.workers), data_dir=work)
        if "queries" in parts and cached_db:
            db = datasets.working_copy(cached_db, work)
            rows += run_part("bench_queries", str(db), data_dir=work)
        if "gui" in parts and cached_db:
            db = datasets.working_copy(cached_db, work)
            rows += run_part("bench_gui", "window", str(db), data_dir=work)
            rows += run_part("bench_gui", "stall", str(datasets.subset(folder, args.stall_cvs)), data_dir=work)

    order = "abcdefg"
    rows.sort(key=lambda r: (order.find(r.key[:1]) if r.key[:1] in order else 99, r.key))
    header = (f"CV Reviewer benchmark, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {platform.python_version()}, "
              f"{os.cpu_count()} cores; {args.cvs} mixed CVs; {datasets.describe(args.candidates)}; "
              f"{args.workers} workers; load average at the end {os.getloadavg()[0]:.1f} "
              f"(the machine is shared: CPU figures in the notes are steadier than wall times)")
    text = header + "\n\n" + table(rows)
    print(text)
    RESULTS.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
