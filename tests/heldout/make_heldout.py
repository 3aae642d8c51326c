"""Generate the held-out CV set: invented people in the layouts committees receive.

    python -m tests.heldout.make_heldout          (from the repository root)

Writes tests/heldout/files/<name> and tests/heldout/expected/<stem>.json (the
label format of ../shared/*/expected). The documents were written without
looking at the parser, so the set measures how it generalises. Every person,
address, phone number and title here is invented.
"""
from __future__ import annotations

import json
from pathlib import Path

from . import cv_docx, cv_docx2, cv_pdf1, cv_pdf2, cv_pdf3, cv_text

HERE = Path(__file__).resolve().parent
BUILDERS = [cv_pdf1.sidebar_pdf, cv_pdf1.moderncv_pdf, cv_pdf2.awesome_pdf, cv_pdf2.article_pdf,
            cv_pdf3.grouped_pdf, cv_docx.table_docx, cv_docx.headings_docx, cv_text.markdown_page,
            cv_text.industry_txt, cv_docx2.chinese_docx, cv_text.bilingual_txt, cv_pdf3.europass_pdf,
            cv_docx2.references_docx, cv_pdf3.running_pdf]


def main(root: Path = HERE) -> list[str]:
    files, expected = root / "files", root / "expected"
    files.mkdir(exist_ok=True)
    expected.mkdir(exist_ok=True)
    made = []
    for build in BUILDERS:
        lab = build(files)
        (expected / f"{Path(lab['file']).stem}.json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        made.append(lab["file"])
    return made


if __name__ == "__main__":
    for name in main():
        print(name)
