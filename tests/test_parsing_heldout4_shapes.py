"""Shapes a fourth held-out set of invented CVs showed the parser missing, each on a
new invented snippet of the same shape (general rules, not any one document)."""
from __future__ import annotations

from reviewer.extract import ExtractedDocument, TextLine
from reviewer.parsing import parse_document


def _parse(text: str):
    return parse_document(ExtractedDocument(format="txt", lines=[TextLine(t) for t in text.splitlines()]), "x.txt")


def test_bilingual_institution_and_title_keep_the_printed_pair() -> None:
    p = _parse("周晓晨 Xiaochen Zhou\n"
               "教育背景 Education\n"
               "2019.09 – 2023.06 北岭大学 Beiling University 物理学院 School of Physics\n"
               "理学学士 B.Sc. in Physics\n"
               "实习经历 Internship Experience\n"
               "2022.07 – 2022.09 云杉研究院 Spruce Research Lab 算法实习生 Algorithm Intern\n")
    assert p.education[0].institution == "北岭大学 Beiling University"
    assert p.experience[0].title == "算法实习生 Algorithm Intern"
