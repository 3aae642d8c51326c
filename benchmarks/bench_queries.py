"""Issue 5 (c) and (e): full-text search latency and ranked CSV export over the
cached database of 10,000 candidates.

    python -m benchmarks.bench_queries DB_FILE

Search is timed two ways: the FTS5 lookup alone (`db.candidates.search_ids`)
and what a typed query costs end to end (`operations.list_candidates(query=)`,
which also builds the ranked rows the list shows).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.measure import Row, Timer, emit, median, ms, percentile, verdict

TARGET_MEDIAN_MS, TARGET_P95_MS = 10, 20
TARGET_EXPORT_S = 1.0
# What a committee types: surnames, first names, places, topics, venues, a phrase,
# Chinese names and institutions, an email fragment, a common word, and a miss.
QUERIES = ("Kowal", "quill", "Sorensen", "Nadia", "Viggo", "Tsinghua", "ETH Zurich", "KU Leuven",
           "EPFL", "diffusion", "graph neural networks", "causal inference", "NeurIPS", "TPAMI", "EMNLP",
           "Imaginary Labs", "Hooli", "王", "清华大学", "浙江", "example.edu", "learning", "Postdoctoral",
           "Best Paper", "CUDA", "Rust", "medical imaging", "Zeller Crane", "Fernández", "zyxwvut",
           "Tokenizers", "federated", "Julia", "Kenji", "Iverson", "LaTeX", "2019", "Ph.D.", "Honourable",
           "Scientific Discovery")


def _timed(fn, passes: int) -> tuple[list[float], int]:
    samples, hits = [], 0
    fn(QUERIES[0])  # warm-up: connection, statement cache, pages
    for _ in range(passes):
        for q in QUERIES:
            t0 = time.perf_counter()
            hits += len(fn(q))
            samples.append(time.perf_counter() - t0)
    return samples, hits // passes


def measure(db_file: Path, passes: int = 3) -> list[Row]:
    from db import candidates
    from db.store import open_store
    from reviewer import operations

    store = open_store(db_file)
    rows: list[Row] = []
    try:
        with Timer() as t_all:
            everyone = operations.list_candidates(store, reviewer="Reviewer A")
        n = len(everyone)

        def fts(q: str) -> set[int]:
            with store.session() as session:
                return candidates.search_ids(session, store.search, q)

        def typed(q: str) -> list:
            return operations.list_candidates(store, reviewer="Reviewer A", query=q)

        for key, label, fn in (("c1", "search, FTS5 lookup alone", fts),
                               ("c2", "search, typed query end to end (list_candidates)", typed)):
            try:
                samples, hits = _timed(fn, passes)
            except NotImplementedError:
                rows.append(Row(key, label, "n/a", "", "n/a", "not implemented yet"))
                continue
            med, p95 = median(samples), percentile(samples, 95)
            rows.append(Row(key, f"{label}, {n} candidates", f"median {ms(med)}, p95 {ms(p95)}",
                            f"<= {TARGET_MEDIAN_MS} / {TARGET_P95_MS} ms",
                            verdict(med * 1000 <= TARGET_MEDIAN_MS and p95 * 1000 <= TARGET_P95_MS),
                            f"{len(QUERIES)} queries x {passes}, {hits} hits per pass; "
                            f"slowest {ms(max(samples))}"))
        rows.append(Row("c3", f"ranked list of all {n} candidates (list_candidates)", ms(t_all.seconds),
                        "", "", "what the window loads at start; first call, cold"))
        with tempfile.TemporaryDirectory(prefix="cvr-bench-export-") as tmp:
            runs, written = [], 0
            for i in range(3):
                with Timer() as t:
                    written = operations.export_shortlist(store, Path(tmp) / f"shortlist{i}.csv")
                runs.append(t.seconds)
            size = (Path(tmp) / "shortlist0.csv").stat().st_size
        rows.append(Row("e", f"export of the ranked CSV ({written} rows)",
                        f"{median(runs):.2f} s", f"<= {TARGET_EXPORT_S:.0f} s",
                        verdict(median(runs) <= TARGET_EXPORT_S),
                        f"median of 3; first {runs[0]:.2f} s; {size / 1e6:.1f} MB"))
    finally:
        store.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", type=Path)
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args(argv)
    try:
        rows = measure(args.db, args.passes)
    except NotImplementedError as err:
        rows = [Row("c", "search / export", "n/a", "", "n/a", f"not implemented yet: {err}")]
    emit(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
