"""Generate the second held-out set: ~10 invented CVs in tests/heldout2/files and labels in expected/.

Usage: python -m tests.heldout2.make_heldout2

This set exists only to measure how the parser generalises at the end of a
round; nobody tunes on it. The styles deliberately differ from the first
held-out set and the seeds: a long professor's CV, a tight one-page LaTeX-like
CV, Word CVs, a Chinese 简历, a GitHub README, an HTML page, surname-first
names, APA/Vancouver author lists, and a "Curriculum Vitae" first line.
Labels are what a careful human reads in each document (the format of
../shared/eval/score.py); every person, address and paper is invented.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.heldout2 import cv_early, cv_health_econ, cv_professor, cv_web, cv_word, cv_zh

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
EXPECTED = HERE / "expected"

BUILDERS: list[tuple[str, Callable[[Path], dict]]] = [
    ("01_professor_long.pdf", cv_professor.build),
    ("02_newphd_onepage.pdf", cv_early.build_newphd),
    ("03_postdoc_positions.docx", cv_word.build_postdoc),
    ("04_zh_master_jianli.pdf", cv_zh.build),
    ("05_github_readme.md", cv_web.build_readme),
    ("06_academic_site_cv.html", cv_web.build_html),
    ("07_industry_data_scientist.docx", cv_word.build_data_scientist),
    ("08_surname_first_slash_dates.pdf", cv_early.build_lastname_first),
    ("09_epi_author_forms.pdf", cv_health_econ.build_epi),
    ("10_curriculum_vitae_first.pdf", cv_health_econ.build_econ),
]


def main() -> None:
    FILES.mkdir(exist_ok=True)
    EXPECTED.mkdir(exist_ok=True)
    for name, build in BUILDERS:
        label = {"file": name, **build(FILES / name)}
        stem = Path(name).stem
        (EXPECTED / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=2) + "\n",
                                               encoding="utf-8")
        print(f"{name}: {(FILES / name).stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
