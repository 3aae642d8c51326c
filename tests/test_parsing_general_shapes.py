"""Layout shapes a held-out set of invented CVs showed the parser missing, each on a new
invented snippet of the same shape (general rules, not any one document)."""
from __future__ import annotations

from reviewer.extract import ExtractedDocument, TextLine
from reviewer.parsing import parse_document
from reviewer.parsing.sections import heading_kind


def _parse(text: str):
    return parse_document(ExtractedDocument(format="txt", lines=[TextLine(t) for t in text.splitlines()]), "x.txt")


def test_heading_with_a_trailing_note_in_parentheses() -> None:
    assert heading_kind("Publications (* denotes equal contribution)") == "publications"
    assert heading_kind("发表论文 Papers (# 通讯作者 / corresponding author)") == "publications"
    assert heading_kind("Awards (selected)") == "awards"


def test_bilingual_pipe_rows_are_entries_not_prose() -> None:
    p = _parse("王小明 | Xiaoming WANG\n实习经历 Internships\n"
               "2021.03 – 2021.08 | 蓝湖科技 Bluelake Technology | 视觉算法实习生 Vision Algorithm Intern\n"
               "- 目标检测 / Object detection\n"
               "发表论文 Papers (* 共同一作 / equal contribution)\n"
               "[1] Xiaoming Wang, Li Fen. Sparse Anchors for Tiny Objects. ICCV 2021.")
    assert [(e.start, e.end) for e in p.experience] == [("2021-03", "2021-08")]
    assert "Bluelake" in p.experience[0].organization
    assert len(p.publications) == 1


def test_bilingual_interest_list() -> None:
    p = _parse("Xiaoming Wang\n研究方向 Research Interests\n"
               "图神经网络、因果推断 / Graph neural networks; causal inference for recommendation")
    assert {"图神经网络", "Graph neural networks", "causal inference for recommendation"} <= set(p.research_interests)
