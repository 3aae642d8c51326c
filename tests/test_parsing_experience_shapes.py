"""Entries routed and split by their own shape (invented people and places)."""
from __future__ import annotations

from reviewer.extract import ExtractedDocument, TextLine
from reviewer.parsing import parse_document


def _parse(text: str):
    return parse_document(ExtractedDocument(format="txt", lines=[TextLine(t) for t in text.splitlines()]), "x.txt")


def test_mixed_education_and_work_section_routes_each_entry_by_its_shape() -> None:
    p = _parse("林晓澄\nxiaocheng@example.cn\n教育和工作经历\n"
               "2010.9-2014.6\t北岭大学,物理系,理学学士\n"
               "2014.9-2019.6\t南湖大学,信息学院,工学博士\n"
               "2019.7-2021.8\t南湖大学,信息学院,助理研究员\n"
               "2021.9-至今\t青禾科技有限公司,算法工程师\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [("北岭大学", "bachelor"), ("南湖大学", "phd")]
    assert [(e.organization, e.title, e.start) for e in p.experience] == [
        ("南湖大学", "助理研究员", "2019-07"), ("青禾科技有限公司", "算法工程师", "2021-09")]


def test_english_mixed_section_routes_jobs_to_experience() -> None:
    p = _parse("Dana Quill\ndana@example.com\nEDUCATION AND EMPLOYMENT\n"
               "2012 - 2016  B.S. in Physics, Northfield University\n"
               "2016 - 2021  Ph.D. in Physics, Lakeside University\n"
               "2021 - present  Research Scientist, Brightwater Labs Inc.\n")
    assert [e.degree_level for e in p.education] == ["bachelor", "phd"]
    assert [(e.title, e.start, e.end) for e in p.experience] == [("Research Scientist", "2021", "present")]


def test_education_section_without_job_lines_stays_education() -> None:
    p = _parse("Dana Quill\nEDUCATION\n2012 - 2016  B.S. in Physics, Northfield University\n"
               "2016 - 2018  Visiting year, Lakeside University\n")
    assert len(p.education) == 2 and p.experience == []
