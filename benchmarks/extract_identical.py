"""Check that the extractors' output is identical before and after a change (for speed work).

    python -m benchmarks.extract_identical save OUT.pickle [FOLDER_OR_FILE...] [--every N]
    python -m benchmarks.extract_identical check OUT.pickle [FOLDER_OR_FILE...] [--every N] [--show 3]

`save` extracts every CV file and stores the ExtractedDocument (or the error's
one-line reason) per path; `check` extracts them again and reports every file
whose document differs in any field (lines with all their facts, links,
e-mails, metadata, warnings, pages, encoding), printing the first differing
lines. Without folders: ../shared/seeds, ../shared/corpus/files and
tests/heldout*/files. Exit status 1 when any file differs.
parse_identical.py compares parser output instead (and caches extraction).
"""
from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):
    sys.path.insert(0, str(ROOT))


def inputs(targets: list[Path], every: int) -> list[Path]:
    from reviewer.extract import SUPPORTED_SUFFIXES

    shared = ROOT.parent / "shared"
    targets = targets or [shared / "seeds", shared / "corpus" / "files", *sorted(ROOT.glob("tests/heldout*/files"))]
    files: list[Path] = []
    for target in targets:
        if target.is_dir():
            found = sorted(p for p in target.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            files += found[::every]
        elif target.is_file():
            files.append(target)
    return files


def snapshot(path: Path) -> object:
    """The document, or the reason it could not be read."""
    from reviewer.extract import ExtractionError, extract

    try:
        return extract(path)
    except ExtractionError as err:
        return f"ExtractionError: {err}"


def explain(old: object, new: object, show: int) -> list[str]:
    """Human-readable first differences between two snapshots."""
    if isinstance(old, str) or isinstance(new, str):
        return [f"  was: {old if isinstance(old, str) else 'a document'}",
                f"  now: {new if isinstance(new, str) else 'a document'}"]
    out: list[str] = []
    for name in ("format", "links", "pages", "warnings", "emails", "metadata", "encoding"):
        if getattr(old, name) != getattr(new, name):
            out.append(f"  {name}: {getattr(old, name)!r} -> {getattr(new, name)!r}")
    old_lines, new_lines = old.lines, new.lines  # type: ignore[attr-defined]
    if len(old_lines) != len(new_lines):
        out.append(f"  {len(old_lines)} lines -> {len(new_lines)}")
    shown = 0
    for i, (a, b) in enumerate(zip(old_lines, new_lines, strict=False)):
        if a != b and shown < show:
            out += [f"  line {i} was: {a}", f"  line {i} now: {b}"]
            shown += 1
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["save", "check"])
    ap.add_argument("out", type=Path)
    ap.add_argument("targets", type=Path, nargs="*")
    ap.add_argument("--every", type=int, default=1, help="every Nth file of each folder")
    ap.add_argument("--show", type=int, default=3, help="differing lines to print per file")
    args = ap.parse_args(argv)
    files = inputs(args.targets, args.every)
    if args.mode == "save":
        args.out.write_bytes(pickle.dumps({str(p): snapshot(p) for p in files}))
        print(f"{len(files)} files saved to {args.out}")
        return 0
    saved = pickle.loads(args.out.read_bytes())
    differ = 0
    for path in files:
        new = snapshot(path)
        old = saved.get(str(path), "(not saved)")
        if old != new:
            differ += 1
            print(f"DIFFERS: {path}")
            print("\n".join(explain(old, new, args.show)))
    print(f"{len(files)} files checked, {differ} differ")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
