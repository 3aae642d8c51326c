"""Generate the eighth held-out evaluation set: invented CVs in files/, labels in expected/.

Written blind to the parser (its author did not read reviewer/parsing, reviewer/extract or the parser
tests): used for generalisation measurements; nobody tunes the parser on it. Run from anywhere:
`python tests/heldout8/make_heldout8.py`. Every person, institution, address, phone, e-mail and paper
here is made up.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the builders sit next to this script, not in a package

from cvs_a8 import (  # noqa: E402
    icons_quoted_titles,
    ieee_column_postdoc,
    jake_projects,
    sb2nov_venue_tags,
    word_author_year,
)
from cvs_b8 import bilingual_ornament, zh_hijiangtao_compact, zh_phd_research_papers  # noqa: E402
from cvs_c8 import economist_dot_leaders, ocean_engineer_heading_styles, zh_finance_numbered_headings  # noqa: E402
from cvs_d8 import harvard_initials, markdown_lowercase, plaintext_wrapped_dates, word_chemist_ligatures  # noqa: E402
from kit8 import write_label  # noqa: E402

BUILDERS = [jake_projects, ieee_column_postdoc, word_author_year, sb2nov_venue_tags, icons_quoted_titles,
            zh_hijiangtao_compact, zh_phd_research_papers, bilingual_ornament, economist_dot_leaders,
            ocean_engineer_heading_styles, zh_finance_numbered_headings, harvard_initials, word_chemist_ligatures,
            markdown_lowercase, plaintext_wrapped_dates]


def main() -> None:
    files, expected = HERE / "files", HERE / "expected"
    files.mkdir(exist_ok=True)
    expected.mkdir(exist_ok=True)
    for build in BUILDERS:
        write_label(expected, build(files))
    print(f"{len(BUILDERS)} CVs written to {files}")


if __name__ == "__main__":
    main()
