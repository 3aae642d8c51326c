"""Document kinds and grouping over generated application packets: prints a
confusion table (true kind x classified kind) and how many documents landed on
the right applicant. Run by hand; the numbers go in the README.

    python benchmarks/bench_packets.py [-n 40] [--shape mixed|folders|flat|merged] [--seed 11]

The "merged" shape is one portal PDF per applicant (every other one with a
bookmark per document, every third after a cover page): the table is then over
the parts (reviewer/portal_split.py), a part right when its pages and kind are.

Classification is measured on every file (reviewer/dockind.py on the extracted
text, as the import does); grouping by a real import into a throw-away SQLite
database (reviewer.operations.import_folder, then each document's candidate).
The packets are invented (tests/packet_factory.py): regular, so these numbers are
an upper bound for real packets.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run as a script from anywhere, as parser_score does


def confusion_table(pairs: list[tuple[str, str]]) -> str:
    """Rows: the true kind; columns: the classified kind; then per-kind recall."""
    from reviewer.dockind import KINDS

    short = {"cv": "cv", "cover_letter": "cover", "research_statement": "research", "teaching_statement": "teach",
             "diversity_statement": "divers", "publication": "paper", "reference_letter": "letter", "other": "other"}
    counts = Counter(pairs)
    kinds = [k for k in KINDS if any(k in p for p in pairs)]
    width = max(len(short[k]) for k in kinds) + 1
    lines = ["true \\ found".ljust(14) + "".join(short[k].rjust(width) for k in kinds) + "   recall"]
    for true in kinds:
        total = sum(counts[(true, found)] for found in kinds)
        if not total:
            continue
        cells = "".join(str(counts[(true, found)] or ".").rjust(width) for found in kinds)
        lines.append(short[true].ljust(14) + cells + f"   {counts[(true, true)] / total:6.1%}")
    right = sum(counts[(k, k)] for k in kinds)
    lines.append(f"accuracy {right}/{len(pairs)} = {right / len(pairs):.1%}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    from db.store import open_store
    from reviewer import operations as ops
    from reviewer.dockind import classify
    from reviewer.extract import extract
    from tests.packet_factory import REQUIRED, applicants, write_packets

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=40, help="applicants (default 40)")
    ap.add_argument("--shape", choices=["mixed", "folders", "flat", "merged"], default="mixed")
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--cvs", nargs="*", default=[], metavar="FILE",
                    help="CVs only (e.g. ../shared/corpus/files/*): how many are still classified as CVs")
    args = ap.parse_args(argv)
    if args.cvs:
        found = Counter(classify(f, extract(f).text).kind for f in args.cvs)
        print(f"CV-only files: {found['cv']}/{sum(found.values())} classified as CVs; others: "
              f"{dict((k, v) for k, v in found.items() if k != 'cv') or 'none'}")

    if args.shape == "merged":
        return merged(args)
    with tempfile.TemporaryDirectory(prefix="cvr-packets-") as tmp:
        root = Path(tmp) / "in"
        people = applicants(args.n, seed=args.seed)
        made = write_packets(root, people, shape=args.shape)
        started = time.perf_counter()
        pairs = [(kind, classify(str(path), extract(path).text).kind) for path, (_a, kind) in made.items()]
        classify_s = time.perf_counter() - started
        print(f"{len(made)} files of {len(people)} invented applicants ({args.shape}), seed {args.seed}")
        print(confusion_table(pairs))
        print(f"extract + classify: {classify_s:.1f} s in one process")

        with open_store(Path(tmp) / "db.sqlite3", daily_backup=False) as store:
            ops.set_required_documents(store, required=REQUIRED)
            started = time.perf_counter()
            report = ops.import_folder(store, root, workers=args.workers)
            import_s = time.perf_counter() - started
            owner: dict[str, str] = {}
            rows = ops.list_candidates(store)
            for row in rows:
                for doc in ops.get_candidate(store, row.id).documents:
                    owner[doc.path] = row.name
            right = sum(1 for path, (a, _k) in made.items() if owner.get(str(path)) == a.name)
            print(f"import: {report.summary_line()} in {import_s:.1f} s ({args.workers} workers)")
            print(f"candidates: {len(rows)} for {len(people)} applicants; documents on the right applicant: "
                  f"{right}/{len(made)}; left unattached: {len(report.unattached())}; "
                  f"incomplete packets: {sum(1 for r in rows if r.missing)}")
    return 0


def merged(args: argparse.Namespace) -> int:
    """The third folder shape: one merged portal PDF per applicant."""
    from db.store import open_store
    from reviewer import operations as ops
    from reviewer.extract import extract
    from reviewer.portal_split import split
    from tests.packet_factory import REQUIRED, applicants, write_merged_packets

    with tempfile.TemporaryDirectory(prefix="cvr-merged-") as tmp:
        people = applicants(args.n, seed=args.seed)
        made = write_merged_packets(Path(tmp) / "in", people)
        started = time.perf_counter()
        pairs, cut_right = [], 0
        for path, (_a, written) in made.items():
            found = {(p.first, p.last): p.kind for p in split(extract(path))}
            cut_right += sum((first, last) in found for first, last, _k in written)
            pairs += [(kind, found.get((first, last), "other")) for first, last, kind in written]
        split_s = time.perf_counter() - started
        print(f"{len(made)} merged PDFs of {len(people)} invented applicants holding {len(pairs)} documents "
              f"(seed {args.seed}); documents cut at the right pages: {cut_right}/{len(pairs)}")
        print(confusion_table(pairs))
        print(f"extract + split + classify: {split_s:.1f} s in one process")
        with open_store(Path(tmp) / "db.sqlite3", daily_backup=False) as store:
            ops.set_required_documents(store, required=REQUIRED)
            started = time.perf_counter()
            report = ops.import_folder(store, Path(tmp) / "in", workers=args.workers)
            import_s = time.perf_counter() - started
            rows = ops.list_candidates(store)
            right = flags = 0
            for row in rows:
                detail = ops.get_candidate(store, row.id)
                for doc in detail.documents:
                    a, written = made[Path(doc.path)]
                    got = [(p.first, p.last, p.kind) for p in doc.parts]
                    right += sum(1 for part in written if part in got) if a.name == row.name else 0
                    flags += sorted(detail.missing) == sorted(_expected_missing(a))
            print(f"import: {report.summary_line()} in {import_s:.1f} s ({args.workers} workers)")
            print(f"candidates: {len(rows)} for {len(people)} applicants; documents on the right applicant with "
                  f"the right kind and pages: {right}/{len(pairs)}; missing flags right: {flags}/{len(people)}; "
                  f"incomplete packets: {sum(1 for r in rows if r.missing)}")
    return 0


def _expected_missing(a) -> list[str]:  # noqa: ANN001 (a tests.packet_factory.Applicant)
    out = [f"no {k.split('_')[0]} statement" for k in ("teaching_statement", "diversity_statement") if k in a.missing]
    return out + (["2 of 3 letters"] if a.letters == 2 else [])


if __name__ == "__main__":
    raise SystemExit(main())
