"""One build function per file of heldout31."""
from __future__ import annotations

import kit31
import word31


def b01() -> None:
    kit31.latex("01_us_chemistry_asst_prof_pdflatex.tex", "pdflatex", "01_us_chemistry_asst_prof_pdflatex.pdf")


BUILDS = {"01": b01}


def b02() -> None:
    kit31.latex("02_uk_ecology_postdoc_xelatex_carlito.tex", "xelatex", "02_uk_ecology_postdoc_xelatex_carlito.pdf")


BUILDS["02"] = b02


def b03() -> None:
    kit31.typst_pdf("03_de_materials_industry_scientist_typst.typ", "03_de_materials_industry_scientist_typst.pdf")


BUILDS["03"] = b03


def b04() -> None:
    kit31.chromium_pdf(kit31.SRC / "04_us_neuro_research_scientist_chromium.html", "04_us_neuro_research_scientist_chromium.pdf")


BUILDS["04"] = b04


def b05() -> None:
    out = kit31.FILES / "05_au_economics_lecturer_word_fields.docx"
    word31.make05(out)
    kit31.fix_docx(out)


def b06() -> None:
    src = kit31.SRC / "06_ca_civil_eng_phd_textboxes.python-docx.docx"
    word31.make06(src)
    kit31.fix_docx(src)
    kit31.soffice_pdf(src, "06_ca_civil_eng_phd_word_textboxes_libreoffice.pdf")


def b08() -> None:
    src = kit31.SRC / "08_zh_en_cs_phd_tables.python-docx.docx"
    word31.make08(src)
    kit31.fix_docx(src)
    kit31.soffice_pdf(src, "08_zh_en_cs_researcher_word_tables_libreoffice.pdf")


BUILDS.update({"05": b05, "06": b06, "08": b08})


def b07() -> None:
    kit31.latex("07_zh_materials_assoc_prof_xelatex_ctex.tex", "xelatex", "07_zh_materials_assoc_prof_xelatex_ctex.pdf")


BUILDS["07"] = b07


def b09() -> None:
    kit31.latex("09_in_statistics_phd_candidate_lualatex.tex", "lualatex", "09_in_statistics_phd_candidate_lualatex.pdf")


BUILDS["09"] = b09


def b10() -> None:
    kit31.chromium_pdf(kit31.SRC / "10_tw_public_health_assoc_prof_chromium.html",
                       "10_zh_hant_en_public_health_assoc_prof_chromium.pdf")


BUILDS["10"] = b10


def b11() -> None:
    kit31.latex("11_fr_physics_professor_pdflatex.tex", "pdflatex", "11_fr_physics_professor_pdflatex_rotated_margins.pdf")


BUILDS["11"] = b11


def b12() -> None:
    kit31.typst_pdf("12_us_biostat_principal_scientist_typst.typ", "12_us_biostat_principal_scientist_typst_columns.pdf")


BUILDS["12"] = b12
