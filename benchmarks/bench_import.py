"""Issue 5 (a), (b), (f-import): cold import of a folder through
`reviewer.operations.import_folder`, the pypdfium2 text floor and pdfminer.six
on the same PDFs, the re-import of the unchanged folder, and the import's peak
memory (this process plus its worker processes).

    python -m benchmarks.bench_import FOLDER [--workers 2] [--pdfminer-every 10]

Run in its own process by run_all.py so its peak RSS is the import's alone.
"""
from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import stage_budget
from benchmarks.measure import Row, Timer, TreeRssSampler, emit, self_peak_mb, verdict

# Issue 10's targets.
TARGET_CVS_PER_S = 100
TARGET_FLOOR_RATIO = 4.0  # whole import (its workers included) / single-process pypdfium2 text
TARGET_READER_RATIO = 2.0  # PDF reading with layout / plain pypdfium2 text, same files, one process
TARGET_PDFMINER_RATIO = 4.5
TARGET_REIMPORT_S = 0.5
TARGET_RSS_MB = 300


def _pdfium_text(paths: list[str]) -> int:
    """Text of every page, nothing else: the least any PDF import must pay. Returns pages."""
    import pypdfium2 as pdfium

    pages = 0
    for path in paths:
        doc = pdfium.PdfDocument(path)
        try:
            for page in doc:
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
                pages += 1
        finally:
            doc.close()
    return pages


def _pdfminer_text(paths: list[str]) -> int:
    from pdfminer.high_level import extract_text

    for path in paths:
        extract_text(path)
    return len(paths)


def _chunks(items: list[str], n: int) -> list[list[str]]:
    return [items[i::n] for i in range(n)]


def parallel(fn, paths: list[str], workers: int) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, result) of `fn` over `paths` split across `workers`
    processes (start-up included, as the import pays its pool's start-up too). CPU is
    this process's for one worker, else the pool processes' (counted once joined)."""
    who = resource.RUSAGE_SELF if workers <= 1 else resource.RUSAGE_CHILDREN
    cpu0 = _cpu(who)
    with Timer() as t:
        if workers <= 1:
            result = fn(paths)
        else:
            with ProcessPoolExecutor(max_workers=workers) as pool:
                result = sum(pool.map(fn, _chunks(paths, workers)))
    return t.seconds, _cpu(who) - cpu0, result


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def measure_import(folder: Path, workers: int, pdfminer_every: int) -> list[Row]:
    from db.store import open_store
    from reviewer import operations

    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    pdfs = [str(p) for p in files if p.suffix.lower() == ".pdf"]
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="cvr-bench-import-") as tmp:
        store = open_store(Path(tmp) / "bench.sqlite3")
        try:
            main0, kids0 = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
            with TreeRssSampler() as rss, Timer() as cold:
                report = operations.import_folder(store, folder, workers=workers)
            main_cpu = _cpu(resource.RUSAGE_SELF) - main0 - rss.cpu_seconds  # the import's, not the sampler's
            kids_cpu = _cpu(resource.RUSAGE_CHILDREN) - kids0
            with Timer() as warm:
                again = operations.import_folder(store, folder, workers=workers)
        finally:
            store.close()
    rate = len(files) / cold.seconds
    rows.append(Row("a1", f"cold import, {len(files)} mixed CVs ({len(pdfs)} PDF), {workers} workers",
                    f"{rate:.0f} CVs/s ({cold.seconds:.1f} s)", f">= {TARGET_CVS_PER_S} CVs/s",
                    verdict(rate >= TARGET_CVS_PER_S), f"{report.summary_line()}. CPU: main process "
                    f"{main_cpu:.1f} s (RSS sampler's {rss.cpu_seconds:.1f} s taken out) ({main_cpu / len(files) * 1000:.0f} ms/CV: scan, hash, write), workers "
                    f"{kids_cpu:.1f} s ({kids_cpu / len(files) * 1000:.0f} ms/CV: extract, parse); "
                    f"load average {os.getloadavg()[0]:.1f} at the end"))
    budget = 1000 * (os.cpu_count() or 2) / TARGET_CVS_PER_S
    stages, sampled, reader = stage_budget.measure(folder, every=10)
    per_cv = sum(stages.cpu.values()) / max(sampled, 1) * 1000
    rows.append(Row("a4", "CPU per CV by stage (one process, every 10th file)", stage_budget.summary(stages, sampled),
                    f"total <= {budget:.0f} ms", verdict(per_cv <= budget),
                    f"{TARGET_CVS_PER_S} CVs/s on {os.cpu_count()} cores leaves {budget:.0f} ms of CPU per CV for all "
                    f"stages; extract/parse/finish run in the workers, write/plan in the main process "
                    f"(python -m benchmarks.stage_budget FOLDER --profile 15 shows where)"))
    if reader:
        rows.append(Row("a5", f"PDF reading with layout / plain pypdfium2 text ({reader['files']:.0f} PDFs, one process)",
                        f"{reader['ratio']:.2f}x CPU ({reader['reader_ms']:.1f} vs {reader['floor_ms']:.1f} ms/PDF)",
                        f"<= {TARGET_READER_RATIO:.0f}x", verdict(reader["ratio"] <= TARGET_READER_RATIO),
                        "reader = reviewer.extract.pdf.read_pdf (runs, layout, furniture, links); each PDF read both "
                        "ways back to back, least CPU of 3 rounds per file (benchmarks/reader_ratio)"))

    import_cpu = main_cpu + kids_cpu
    pool_s, _, pages = parallel(_pdfium_text, pdfs, workers)
    serial_s, floor_cpu, _ = parallel(_pdfium_text, pdfs, 1)
    ratio = cold.seconds / serial_s  # issue 10: against the single-process floor
    rows.append(Row("a2", f"import / single-process pypdfium2 text ({len(pdfs)} PDFs, {pages} pages)",
                    f"{ratio:.1f}x wall, {import_cpu / floor_cpu:.1f}x CPU (floor {serial_s:.2f} s)",
                    f"<= {TARGET_FLOOR_RATIO:g}x", verdict(ratio <= TARGET_FLOOR_RATIO),
                    f"floor: {workers} processes {pool_s:.2f} s, one process {serial_s:.2f} s "
                    f"({pages / serial_s:.0f} pages/s, {floor_cpu:.2f} s CPU) vs the import's {import_cpu:.1f} s "
                    f"CPU; the import also reads {len(files) - len(pdfs)} DOCX/TXT the floor does not"))

    try:
        import pdfminer  # noqa: F401
    except ImportError:
        rows.append(Row("a3", "pdfminer.six extraction / import", "skipped", f">= {TARGET_PDFMINER_RATIO:g}x",
                        "n/a", "pdfminer.six not installed: pip install pdfminer.six"))
    else:
        sample = pdfs[::pdfminer_every]
        sample_s, sample_cpu, _ = parallel(_pdfminer_text, sample, workers)
        estimate = sample_s * len(pdfs) / len(sample)
        estimate_cpu = sample_cpu * len(pdfs) / len(sample)
        ratio = estimate / cold.seconds
        rows.append(Row("a3", "pdfminer.six extraction / import (how much faster we are)",
                        f"{ratio:.1f}x wall, {estimate_cpu / import_cpu:.1f}x CPU (pdfminer ~{estimate:.0f} s)",
                        f">= {TARGET_PDFMINER_RATIO:g}x", verdict(ratio >= TARGET_PDFMINER_RATIO),
                        f"pdfminer timed on every {pdfminer_every}th PDF ({len(sample)}, {sample_s:.1f} s, "
                        f"{sample_cpu:.1f} s CPU, {workers} processes) and scaled to all {len(pdfs)}; "
                        f"the import's figures cover all {len(files)} files"))

    rows.append(Row("b", f"re-import of the unchanged folder ({len(files)} files)", f"{warm.seconds:.2f} s",
                    f"<= {TARGET_REIMPORT_S:g} s", verdict(warm.seconds <= TARGET_REIMPORT_S),
                    again.summary_line()))
    tree = rss.peak_mb
    peak = tree if tree is not None else self_peak_mb()
    rows.append(Row("f1", "peak RSS of the import (main + worker processes)", f"{peak:.0f} MB",
                    f"<= {TARGET_RSS_MB} MB", verdict(peak <= TARGET_RSS_MB),
                    f"sum over the process tree sampled every 20 ms ({rss.peak_children} children at peak); "
                    f"main process alone {self_peak_mb():.0f} MB (ru_maxrss)"))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--pdfminer-every", type=int, default=10)
    args = ap.parse_args(argv)
    started = time.perf_counter()
    try:
        rows = measure_import(args.folder, args.workers, args.pdfminer_every)
    except NotImplementedError:
        rows = [Row(k, w, "n/a", "", "n/a", "reviewer.operations.import_folder is not implemented yet")
                for k, w in (("a1", "cold import"), ("b", "re-import"), ("f1", "peak RSS of the import"))]
    emit(rows)
    print(f"bench_import took {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
