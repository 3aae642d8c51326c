"""Generate the tenth held-out set: invented CVs in layouts the earlier sets did not use (europasscv, a
hand-written LaTeX article CV, a bilingual xeCJK CV, Typst sidebar and one-column resumes, Europass-like
and Chinese WPS-like Word files, a Chinese job-site text export, a Markdown job-site export) into files/,
labels into expected/, sources into src/.

Written blind to the parser: nobody tunes the parser on it. Needs XeLaTeX (TeX Live with europasscv,
xeCJK), Noto CJK fonts, the `typst` and `python-docx` Python packages; CI never runs it because the
outputs are committed. `python tests/heldout10/make_heldout10.py [NN ...]` rebuilds all or some.
Every person, institution, address, phone, e-mail and paper here is made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from cvs_a10 import article_tabular_professor, bilingual_xecjk_phd, europasscv_engineer  # noqa: E402
from cvs_b10 import typst_basic_student, typst_sidebar_sre  # noqa: E402
from cvs_c10 import (  # noqa: E402
    europass_docx_postdoc,
    header_docx_pm,
    jobsite_zh_txt,
    linkedin_md_scientist,
    wps_zh_docx,
)
from cvs_d10 import ctex_header_zh, deedy_like_swe  # noqa: E402
from kit10 import write_label  # noqa: E402

BUILDERS = [europasscv_engineer, article_tabular_professor, bilingual_xecjk_phd, typst_sidebar_sre,
            typst_basic_student, europass_docx_postdoc, wps_zh_docx, header_docx_pm, jobsite_zh_txt,
            linkedin_md_scientist, deedy_like_swe, ctex_header_zh]


def main(argv: list[str]) -> None:
    files, expected = HERE / "files", HERE / "expected"
    files.mkdir(exist_ok=True)
    expected.mkdir(exist_ok=True)
    for i, build in enumerate(BUILDERS, 1):
        if argv and f"{i:02d}" not in argv:
            continue
        write_label(expected, build(files))
        print("built", i, build.__name__)


if __name__ == "__main__":
    main(sys.argv[1:])
