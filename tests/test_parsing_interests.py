"""Research interests stated as Chinese keys, statements and labelled tables (invented people)."""
from __future__ import annotations

from reviewer.extract import ExtractedDocument, TextLine
from reviewer.parsing import parse_document


def _parse(rows: list[tuple[str, float]]):
    return parse_document(ExtractedDocument(format="pdf", lines=[TextLine(t, size=s) for t, s in rows]), "x.pdf")


def test_key_then_space_and_a_wrapped_tail() -> None:
    p = _parse([("林晓澄", 20.0), ("研究方向 湿地遥感、水色反演,湖泊藻华", 8.0), ("和冰川监测", 8.0),
                ("教育经历", 13.0), ("2016 - 2021\t南湖师范大学 博士", 9.0)])
    assert p.research_interests == ["湿地遥感", "水色反演", "湖泊藻华和冰川监测"]


def test_bare_direction_key_in_a_header_cell_stops_at_the_next_cell() -> None:
    p = _parse([("林晓澄", 20.0), ("方向:强化学习、图神经网络\tlin@example.cn", 12.0), ("教育背景", 14.0),
                ("2019.9~2024.6\t博士\t南湖大学", 10.0)])
    assert p.research_interests == ["强化学习", "图神经网络"]


def test_first_person_statement_in_any_section_names_topics_up_to_the_clause() -> None:
    p = _parse([("林晓澄", 20.0), ("学术活动", 11.0),
                ("我的主要研究方向包括类脑计算(Brain-inspired Computing)的训练算法,是计算神经科学与", 8.0),
                ("机器学习的交叉领域。", 8.0), ("教育背景", 11.0), ("2019.9-2024.6\t南湖大学,博士", 8.0)])
    assert p.research_interests == ["类脑计算(Brain-inspired Computing)的训练算法"]


def test_labelled_table_under_an_interests_heading_keeps_only_the_interest_row() -> None:
    p = _parse([("林晓澄", 20.0), ("教育经历", 16.0), ("南湖大学\t南湖", 11.0), ("博士\t2020 年 9 月 - 2024 年 6 月", 11.0),
                ("研究领域及学术成就", 16.0), ("研究领域\t主要研究高效神经网络设计", 11.0),
                ("发表刊物\t工作发表于多个学术会议,包括 ABC、XYZ", 11.0), ("学术服务\t担任会议审稿人", 11.0)])
    assert p.research_interests == ["主要研究高效神经网络设计"]


def test_bold_topic_names_over_their_gloss_are_the_interests() -> None:
    rows = [("Dana Quill", 20.0, True), ("RESEARCH EXPERTISE", 11.5, True),
            ("Tidal mixing", 9.5, True), ("How tides stir the water column of shallow bays and estuaries.", 9.0, False),
            ("Sea-ice drift", 9.5, True), ("Why floes drift faster than the wind in spring.", 9.0, False),
            ("EDUCATION", 11.5, True), ("PhD in Oceanography, Lakeside University, 2015 – 2019", 9.0, False)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, size=s, bold=b) for t, s, b in rows])
    assert parse_document(doc, "x.pdf").research_interests == ["Tidal mixing", "Sea-ice drift"]


def test_interests_in_the_cell_after_their_key_in_a_form_grid() -> None:
    p = _parse([("个 人 简 历", 18.0), ("姓名\t林晓澄\t性别\t女", 10.0), ("主页\tlin.example.cn\t研究方向\t湿地遥感;水色反演", 10.0),
                ("教育背景", 14.0), ("2016.09 – 2021.06\t南湖大学\t工学博士", 10.0)])
    assert p.research_interests == ["湿地遥感", "水色反演"]
