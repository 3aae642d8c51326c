"""Line-by-line comparison of the two PDF readers, and their CPU time.

    python -m benchmarks.compare_pdf_readers [FOLDER_OR_PDF ...] [--generated 40] [--show 5]

Without arguments: every PDF in ../shared/seeds, ../shared/corpus/files and
tests/heldout*/files, plus `--generated` invented CVs from benchmarks.generate_cvs
and the test factories' PDFs. For each file both readers run
(`read_pdf(path, per_character=True)`, the reference, and the default run
reader) and every line is compared on text, page, size, bold, x0, x1, y, block
and links, plus the document's links, e-mails and warnings. Differences are
printed with both versions; the exit code is 1 when any file differs.

CPU time (process_time, best of --runs) is reported for both readers and for
plain pypdfium2 text of the same pages (the floor), as ratios.
"""
from __future__ import annotations

import argparse
import contextlib
import sys
import tempfile
import time
from dataclasses import astuple
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def default_inputs() -> list[Path]:
    folders = [SHARED / "seeds", SHARED / "corpus" / "files", *sorted(ROOT.glob("tests/heldout*/files"))]
    return [p for folder in folders if folder.is_dir() for p in sorted(folder.glob("*.pdf"))]


def generated_inputs(folder: Path, count: int) -> list[Path]:
    """Invented CVs from the benchmark generator and the test factories' layouts."""
    from benchmarks.generate_cvs import main as generate
    from tests import factories

    out: list[Path] = []
    if count:
        generate([str(folder / "gen"), "-n", str(count), "--workers", "1"])
        out += sorted((folder / "gen").glob("*.pdf"))
    fixtures = folder / "fixtures"
    fixtures.mkdir()
    out.append(factories.write_pdf(fixtures / "plain.pdf", link="https://example.org/ada"))
    out.append(factories.write_two_column_pdf(fixtures / "twocol.pdf"))
    out.append(factories.write_lines_pdf(fixtures / "lines.pdf", [["Ada Quill", "Education", "PhD, 2020"]] * 3,
                                         header="Curriculum Vitae", footer="Page 1"))
    return out


def _lines(doc) -> list[tuple]:
    return [astuple(line) for line in doc.lines]


def compare(path: Path, show: int) -> list[str]:
    """Differences between the readers on one file, as printable lines (empty: same)."""
    from reviewer.extract import ExtractionError
    from reviewer.extract.pdf import read_pdf

    def read(per_character: bool):
        try:
            return read_pdf(path, per_character=per_character)
        except ExtractionError as err:
            return str(err)

    ref, new = read(True), read(False)
    if isinstance(ref, str) or isinstance(new, str):
        return [] if ref == new else [f"  reference: {ref!r}", f"  run reader: {new!r}"]
    out: list[str] = []
    for what in ("links", "emails", "warnings", "pages"):
        if getattr(ref, what) != getattr(new, what):
            out.append(f"  {what}: {getattr(ref, what)!r} != {getattr(new, what)!r}")
    a, b = _lines(ref), _lines(new)
    if len(a) != len(b):
        out.append(f"  {len(a)} lines vs {len(b)}")
    for k, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y and len(out) < show * 2 + 2:
            out += [f"  line {k} ref: {x}", f"  line {k} new: {y}"]
    return out


def _best_cpu(fn, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


def timings(paths: list[Path], runs: int) -> tuple[float, float, float]:
    """CPU seconds over all files: (plain text floor, reference reader, run reader)."""
    import pypdfium2 as pdfium

    from reviewer.extract import ExtractionError
    from reviewer.extract.pdf import MAX_PDF_PAGES, read_pdf

    def plain() -> None:
        for path in paths:
            pdf = pdfium.PdfDocument(str(path))
            for index in range(min(len(pdf), MAX_PDF_PAGES)):
                page = pdf[index]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
            pdf.close()

    def reader(per_character: bool):
        def run() -> None:
            for path in paths:
                with contextlib.suppress(ExtractionError):
                    read_pdf(path, per_character=per_character)
        return run

    return _best_cpu(plain, runs), _best_cpu(reader(True), runs), _best_cpu(reader(False), runs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="*", type=Path)
    ap.add_argument("--generated", type=int, default=40, help="invented CVs to generate and compare too")
    ap.add_argument("--show", type=int, default=5, help="differing lines shown per file")
    ap.add_argument("--runs", type=int, default=3, help="timing runs (best is kept)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="cvr-readers-") as tmp:
        if args.inputs:
            paths = [p for i in args.inputs for p in ([i] if i.is_file() else sorted(i.glob("*.pdf")))]
        else:
            paths = default_inputs() + generated_inputs(Path(tmp), args.generated)
        differing = 0
        for path in paths:
            diff = compare(path, args.show)
            if diff:
                differing += 1
                print(f"DIFFERS {path}")
                print("\n".join(diff))
        print(f"{len(paths)} PDFs compared, {differing} differ")
        floor, ref, new = timings(paths, args.runs)
    n = max(1, len(paths))
    print(f"CPU per PDF (process_time, best of {args.runs}): plain pypdfium2 text {floor / n * 1000:.2f} ms, "
          f"per-character reader {ref / n * 1000:.2f} ms ({ref / floor:.2f}x), "
          f"run reader {new / n * 1000:.2f} ms ({new / floor:.2f}x)")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
