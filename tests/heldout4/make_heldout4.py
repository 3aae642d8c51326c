"""Generate the fourth held-out evaluation set: invented CVs in files/, labels in expected/.

Used only for the final generalisation measurement; nobody tunes the parser on it.
Run from anywhere: `python tests/heldout4/make_heldout4.py`. Every person, address,
e-mail and paper here is made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the builders sit next to this script, not in a package

from cvs_docx4 import french_odt, indian_graduate, physics_postdoc, ux_sidebar  # noqa: E402
from cvs_pdf4 import chinese_bilingual, stats_phd, vision_phd  # noqa: E402
from cvs_text4 import economist_rtf, manager_md, medical_txt  # noqa: E402
from kit4 import write_label  # noqa: E402

BUILDERS = [vision_phd, chinese_bilingual, stats_phd, physics_postdoc, ux_sidebar,
            indian_graduate, french_odt, medical_txt, manager_md, economist_rtf]


def main() -> None:
    files, expected = HERE / "files", HERE / "expected"
    files.mkdir(exist_ok=True)
    expected.mkdir(exist_ok=True)
    for build in BUILDERS:
        write_label(expected, build(files))
    print(f"{len(BUILDERS)} CVs written to {files}")


if __name__ == "__main__":
    main()
