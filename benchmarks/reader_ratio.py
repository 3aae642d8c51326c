"""Row a5 on a loaded machine: the PDF reader against plain pypdfium2 text, file by file.

    python -m benchmarks.reader_ratio FOLDER [--every 10] [--rounds 5]

stage_budget (and so run_all's row a5) times plain text over all sampled PDFs,
then the reader over all of them, best of 2: when other work comes and goes on
the machine, the two halves see different loads. Here each PDF is read both
ways back to back, `--rounds` times, and each file's least CPU of each way is
kept, so both sides of the ratio see the same minutes. Same sample as
stage_budget: every Nth file of the folder, the PDFs among them.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def ratio(pdfs: list[Path], rounds: int) -> dict[str, float]:
    import pypdfium2 as pdfium

    from reviewer.extract import ExtractionError
    from reviewer.extract.pdf import MAX_PDF_PAGES, read_pdf

    def plain(path: Path) -> None:
        pdf = pdfium.PdfDocument(str(path))
        for index in range(min(len(pdf), MAX_PDF_PAGES)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        pdf.close()

    def reader(path: Path) -> None:
        with contextlib.suppress(ExtractionError):
            read_pdf(path)

    for path in pdfs:  # warm: imports, caches, the files in the page cache
        plain(path)
        reader(path)
    floor = [float("inf")] * len(pdfs)
    ours = [float("inf")] * len(pdfs)
    clock = time.process_time
    for _ in range(rounds):
        for k, path in enumerate(pdfs):
            start = clock()
            plain(path)
            middle = clock()
            reader(path)
            end = clock()
            floor[k] = min(floor[k], middle - start)
            ours[k] = min(ours[k], end - middle)
    n = max(len(pdfs), 1)
    return {"floor_ms": sum(floor) / n * 1000, "reader_ms": sum(ours) / n * 1000,
            "ratio": sum(ours) / sum(floor) if pdfs else 0.0, "files": len(pdfs)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--every", type=int, default=10, help="sample every Nth file, as stage_budget does")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    from reviewer.importing import scan

    files = sorted(scan(args.folder))  # stage_budget's sample
    pdfs = [p for p in files[::args.every] if p.suffix.lower() == ".pdf"]
    load = os.getloadavg()[0]
    found = ratio(pdfs, args.rounds)
    print(f"{found['files']} PDFs, {args.rounds} rounds, load {load:.1f}-{os.getloadavg()[0]:.1f}: "
          f"reader {found['reader_ms']:.2f} vs plain text {found['floor_ms']:.2f} ms/PDF: {found['ratio']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
