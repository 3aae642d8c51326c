"""The benchmark's inputs, built once and cached under /tmp (never in the repo):
a folder of N mixed CVs, and a database of 10,000 candidates.

    python -m benchmarks.datasets [--candidates 10000] [--mixed 1000]

The database is filled through the real pipeline (generated TXT CVs through
`operations.import_folder`, then reviews and tags through `operations`), since
db/ offers no bulk path and a hand-written INSERT would measure a database the
app never makes. Caches are keyed by a hash of the generator and of the schema
(db/models.py, migrations) so a change in either rebuilds them.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import sqlite3
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.generate_cvs import generate

ROOT = Path(__file__).resolve().parents[1]
CACHE = Path(os.environ.get("BENCH_CACHE", "/tmp/cvr-bench-cache"))
REVIEWERS = ("Reviewer A", "Reviewer B", "Reviewer C")
TAGS = ("shortlist", "interview", "theory", "systems")


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in sorted(paths):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:10]


def generator_key() -> str:
    here = Path(__file__).resolve().parent
    return _digest([here / "cvdata.py", here / "layouts.py", here / "generate_cvs.py"])


def schema_key() -> str:
    return _digest([ROOT / "db" / "models.py", *(ROOT / "db" / "migrations" / "versions").glob("*.py")])


def cv_folder(n: int, *, seed: int = 1, mix: str = "mixed", workers: int = 2) -> Path:
    """A folder of `n` generated CVs, reused while the generator is unchanged."""
    folder = CACHE / f"{mix}-{n}-seed{seed}-{generator_key()}"
    done = folder / ".complete"
    if not done.exists():
        shutil.rmtree(folder, ignore_errors=True)
        t0 = time.perf_counter()
        generate(folder, n, seed=seed, mix=mix, workers=workers)
        done.write_text("")
        print(f"generated {n} {mix} CVs in {time.perf_counter() - t0:.1f} s: {folder}", file=sys.stderr)
    return folder


def subset(folder: Path, n: int) -> Path:
    """The first `n` files of a generated folder, as symbolic links (no regeneration)."""
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if n >= len(files):
        return folder
    target = folder.with_name(f"{folder.name}-first{n}")
    if not (target / ".complete").exists():
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
        for path in files[:n]:
            (target / path.name).symlink_to(path)
        (target / ".complete").write_text("")
    return target


def _sqlite_copy(source: Path, target: Path) -> None:
    """A consistent single-file copy (the WAL folded in)."""
    src, dst = sqlite3.connect(source), sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _add_reviews(store, candidate_ids: list[int], seed: int) -> None:
    """What a committee leaves behind: some scores from three reviewers, some tags."""
    from reviewer import operations

    rng = random.Random(f"reviews-{seed}")
    for reviewer in REVIEWERS:
        for cid in rng.sample(candidate_ids, min(len(candidate_ids), 600)):
            operations.set_score(store, candidate_id=cid, reviewer=reviewer, score=rng.randint(1, 5))
    for tag in TAGS:
        operations.add_tag(store, candidate_ids=rng.sample(candidate_ids, len(candidate_ids) // 20), tag=tag)


def candidates_db(n: int = 10_000, *, seed: int = 7, workers: int = 2, real_max: int | None = None) -> Path:
    """The cached database of `n` candidates; copy it before use (`working_copy`).

    Up to `real_max` (default $BENCH_REAL_IMPORT_MAX or 1,000) every candidate comes
    through the real import; above it, a real database of `real_max` is grown by
    copying its rows (replicate.py says why and how).
    """
    real_max = real_max or int(os.environ.get("BENCH_REAL_IMPORT_MAX", "1000"))
    if n > real_max:
        return _replicated_db(n, real_max, seed=seed, workers=workers)
    cached = CACHE / f"db-{n}-seed{seed}-{generator_key()}-{schema_key()}.sqlite3"
    if cached.exists():
        return cached
    from db.store import open_store
    from reviewer import operations

    folder = cv_folder(n, seed=seed, mix="txt", workers=workers)
    building = cached.with_suffix(".building")
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir(parents=True)
    t0 = time.perf_counter()
    store = open_store(building / "db.sqlite3")
    try:
        report = operations.import_folder(store, folder, workers=workers)
        print(f"imported: {report.summary_line()} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        ids = [row.id for row in operations.list_candidates(store)]
        _add_reviews(store, ids, seed)
    finally:
        store.close()
    _sqlite_copy(building / "db.sqlite3", cached)
    shutil.rmtree(building, ignore_errors=True)
    print(f"database of {len(ids)} candidates built in {time.perf_counter() - t0:.0f} s: {cached}",
          file=sys.stderr)
    return cached


def _replicated_db(n: int, base_n: int, *, seed: int, workers: int) -> Path:
    from benchmarks.replicate import replicate

    cached = CACHE / f"db-{n}-from{base_n}-seed{seed}-{generator_key()}-{schema_key()}.sqlite3"
    if cached.exists():
        return cached
    base = candidates_db(base_n, seed=seed, workers=workers, real_max=base_n)
    building = cached.with_suffix(".building")
    t0 = time.perf_counter()
    shutil.copyfile(base, building)
    count = replicate(building, n)
    building.rename(cached)
    print(f"database of {count} candidates ({base_n} imported, copied to {n}) in "
          f"{time.perf_counter() - t0:.0f} s: {cached}", file=sys.stderr)
    return cached


def describe(n: int) -> str:
    """How the n-candidate database was made, for the table's header."""
    real_max = int(os.environ.get("BENCH_REAL_IMPORT_MAX", "1000"))
    if n <= real_max:
        return f"{n} candidates imported through the real pipeline"
    return (f"{n} candidates: {real_max} imported through the real pipeline (generated TXT CVs), "
            f"their rows copied to {n} (benchmarks/replicate.py)")


def working_copy(cached: Path, folder: Path) -> Path:
    """A private copy of the cached database, so no benchmark changes the cache."""
    target = folder / "bench.sqlite3"
    shutil.copyfile(cached, target)
    return target


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--candidates", type=int, default=10_000)
    ap.add_argument("--mixed", type=int, default=1000)
    args = ap.parse_args(argv)
    print(cv_folder(args.mixed))
    print(candidates_db(args.candidates))
    return 0


if __name__ == "__main__":
    sys.exit(main())
