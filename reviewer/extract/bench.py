"""Time extraction per file against pypdfium2's plain text (the STACK.md baseline).

    python -m reviewer.extract.bench ../shared/corpus/files/*.pdf [--runs 5]

Prints, per file, the best of N runs of `extract(path)` and, for PDFs, of
pypdfium2 `get_text_range()` over the same pages, then the means and their ratio.
Best-of-N because the machine is shared: the minimum is the least disturbed run.
"""
from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from reviewer.extract import ExtractionError, extract
from reviewer.extract.pdf import MAX_PDF_PAGES


def _plain_pdf(path: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        for index in range(min(len(pdf), MAX_PDF_PAGES)):
            page = pdf[index]
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
    finally:
        pdf.close()


def _best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    ours, plain = [], []
    for path in args.files:
        try:
            extract(path)  # warm-up: imports and file cache
            took = _best(lambda p=path: extract(p), args.runs)
        except ExtractionError as err:
            print(f"{path.name:40s} {err}")
            continue
        line = f"{path.name:40s} extract {took * 1000:7.1f} ms"
        if path.suffix.lower() == ".pdf":
            base = _best(lambda p=path: _plain_pdf(p), args.runs)
            ours.append(took)
            plain.append(base)
            line += f"   plain pypdfium2 text {base * 1000:6.1f} ms   x{took / base:.1f}"
        print(line)
    if ours:
        print(f"PDF mean: extract {statistics.mean(ours) * 1000:.1f} ms/CV, plain {statistics.mean(plain) * 1000:.1f} "
              f"ms/CV, ratio {sum(ours) / sum(plain):.1f}x over {len(ours)} files")


if __name__ == "__main__":
    main()
