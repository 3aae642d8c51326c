"""Research interests stated as Chinese keys, statements and labelled tables (invented people)."""
from __future__ import annotations

from reviewer.extract import ExtractedDocument, TextLine
from reviewer.parsing import parse_document
from tests.parsing_support import parse_text


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


def test_ranking_labels_are_not_interests() -> None:
    p = parse_text("Ines Valderrama\nFields\nPrimary: Urban economics, public finance\nSecondary: Economic history\n")
    assert p.research_interests == ["Urban economics", "public finance", "Economic history"]


def test_interests_named_inside_a_paragraph() -> None:
    p = parse_text("Odalys Verhoeven\nResearch\n"
               "I study how reefs recover after heat waves, in the field and in tanks. "
               "Interests: coral genomics, reef acoustics, restoration ecology.\n")
    assert p.research_interests == ["coral genomics", "reef acoustics", "restoration ecology"]


def test_interests_from_an_about_paragraph_when_no_list_exists() -> None:
    p = parse_text("Lorna Feld\nAbout me\nI am a fourth-year PhD student. I am broadly interested in causal inference, "
               "fairness in machine learning and survey methodology, with applications to public health.\n")
    assert p.research_interests == ["causal inference", "fairness in machine learning", "survey methodology"]
    p = parse_text("Lorna Feld\nSummary\nData scientist with 8 years in retail. I am interested in joining a team "
               "that ships models.\n")
    assert p.research_interests == []


def test_hobbies_under_interests_are_not_research_interests() -> None:
    p = parse_text("Priya Nandakumar\nInterests\nTrail running; chess (club level); amateur photography.\n")
    assert p.research_interests == []
    p = parse_text("Priya Nandakumar\nResearch Interests\nSensor fusion; SLAM; legged robots.\n")
    assert p.research_interests == ["Sensor fusion", "SLAM", "legged robots"]


def test_wrapped_noun_phrase_list_ending_in_a_full_stop_is_a_list() -> None:
    p = parse_text("Orla Maguire-Batista\nResearch Interests\n"
               "Coastal sediment transport, storm-surge forecasting, and estuary modelling for small\n"
               "harbours exposed to rising sea levels.\nEducation\nPhD, Harbourside University, 2020–2024\n")
    assert p.research_interests[:2] == ["Coastal sediment transport", "storm-surge forecasting"]
    assert p.research_interests[2].startswith("estuary modelling")


def test_first_person_interest_prose_is_still_mined_for_its_hook_only() -> None:
    p = parse_text("Orla Maguire-Batista\nResearch Interests\n"
               "I have long been curious about many things, and my interests include tides, waves and reefs.\n")
    assert p.research_interests == ["tides", "waves", "reefs"]


def test_two_lists_run_together_in_one_sentence_paragraph() -> None:
    p = parse_text("Ingrid Solbakken\ningrid.s@example.no\nSkills\n"
               "Norwegian (native), English (fluent), Spanish (basic). Raman spectroscopy, electron microscopy,\n"
               "Python (SciPy), MATLAB.\n")
    assert p.skills == ["Norwegian (native)", "English (fluent)", "Spanish (basic)", "Raman spectroscopy",
                        "electron microscopy", "Python (SciPy)", "MATLAB"]


def test_bilingual_interest_list() -> None:
    p = parse_text("Xiaoming Wang\n研究方向 Research Interests\n"
               "图神经网络、因果推断 / Graph neural networks; causal inference for recommendation")
    assert {"图神经网络", "Graph neural networks", "causal inference for recommendation"} <= set(p.research_interests)


def test_semicolon_list_of_interests_over_two_lines() -> None:
    p = parse_text("Ines Okafor-Lund\nRESEARCH INTERESTS\n"
               "Probabilistic programming; inference for agent-based models of epidemics;\n"
               "spatial statistics; scalable Gaussian processes.\nEDUCATION\nPhD, Lakeside University, 2020")
    assert {"Probabilistic programming", "spatial statistics", "scalable Gaussian processes"} <= set(
        p.research_interests)


def test_interests_stated_in_a_sentence_name_each_topic() -> None:
    from tests.parsing_support import parse_text
    p = parse_text("Dana Quill\ndana@example.org\nResearch Interests\nMy research focuses on sediment transport in "
                   "tidal rivers, with an emphasis on remote sensing and machine learning for coastal hazards.\n")
    assert p.research_interests == ["sediment transport in tidal rivers", "remote sensing",
                                    "machine learning for coastal hazards"]
    p = parse_text("Dana Quill\ndana@example.org\nAbout me\nI am interested in how rivers meet the sea, "
                   "especially sediment transport and estuarine ecology.\n")
    assert p.research_interests[-2:] == ["sediment transport", "estuarine ecology"]


def test_interests_as_keywords_or_after_a_bar_in_the_header() -> None:
    from tests.parsing_support import parse_text
    p = parse_text("Dana Quill\nPostdoc | Interests: coastal hazards, remote sensing\ndana@example.org\n")
    assert p.research_interests == ["coastal hazards", "remote sensing"]
    p = parse_text("Dana Quill\ndana@example.org\nKeywords: sediment transport, tidal rivers\n"
                   "Education\nPh.D. in Hydrology, Ostwick University, 2021\n")
    assert p.research_interests == ["sediment transport", "tidal rivers"]


def test_an_english_list_then_its_chinese_translation_after_the_full_stop() -> None:
    p = parse_text("陆之澄 | Zhicheng Lu\nResearch Interests 研究兴趣\n"
                   "Invented locomotion, made-up predictive control, imaginary reinforcement learning. "
                   "虚构运动控制、模型预测控制、仿真强化学习。\nSkills\nPython\n")
    assert p.research_interests == ["Invented locomotion", "made-up predictive control", "imaginary reinforcement learning"]


def test_a_sentence_under_the_interests_heading_names_the_topics() -> None:
    p = parse_text("Mira Castellane\nmira@example.com\nRESEARCH INTERESTS\n"
                   "My research studies tidal mixing, sediment plumes and estuarine ecology.\n"
                   "EDUCATION\nPhD, Halberd University, 2021\n")
    assert p.research_interests == ["tidal mixing", "sediment plumes", "estuarine ecology"]


def test_first_person_statements_in_the_header_or_a_label_row() -> None:
    p = parse_text("Mira Castellane\nmira@example.com\nI lead a small group. My research is in seismic imaging, "
                   "fault mechanics and induced seismicity.\nEDUCATION\nPhD, Halberd University, 2021\n")
    assert p.research_interests == ["seismic imaging", "fault mechanics", "induced seismicity"]
    p = parse_text("Mira Castellane\nmira@example.com\nDegrees\n2012–2016\tD.Phil. in History, University of Ashgrove\n"
                   "Research\tMy work is on urban guilds, the salt trade in the Baltic, and oral history.\n"
                   "Teaching\n2020\tLecturer, Early Modern Europe\n")
    assert p.research_interests == ["urban guilds", "the salt trade in the Baltic", "oral history"]


def test_a_philosophers_areas_of_specialisation_not_competence() -> None:
    from tests.parsing_support import parse_text

    p = parse_text("Niamh Quill\nn.quill@example.ac.uk\nAreas of Specialisation / Competence\n"
                   "AOS: Social epistemology; ethics of testimony; feminist philosophy\n"
                   "AOC: Philosophy of language; political philosophy\nPublications\n")
    assert p.research_interests == ["Social epistemology", "ethics of testimony", "feminist philosophy"]


def test_a_research_field_line_does_not_take_the_next_sections_heading() -> None:
    from tests.parsing_support import parse_text

    p = parse_text("林夏 个人简历\n电子邮箱:linxia@example.cn\n研究方向:中国近代社会经济史;近代城市史;海关史料整理与研究\n"
                   "一、教育背景\n2009年9月—2014年7月\t临江大学历史学系\t中国近现代史专业\t历史学博士\n")
    assert p.research_interests == ["中国近代社会经济史", "近代城市史", "海关史料整理与研究"]


def test_interest_keys_in_traditional_script_and_with_an_english_gloss() -> None:
    p = parse_text("簡明安\nma@example.org\n專長領域\t水環境工程、高級氧化程序、水質模式\n")
    assert p.research_interests == ["水環境工程", "高級氧化程序", "水質模式"]
    p = parse_text("司徒明 SZETO Ming\n香港九龍 | 研究興趣 Research interests:中風後康復;穿戴式感測器\n")
    assert p.research_interests == ["中風後康復", "穿戴式感測器"]
    # a bilingual heading is no key with a value
    p = parse_text("司徒明 SZETO Ming\nming@example.org\n研究興趣 Research Interests\n粵語聲調 Cantonese tone; 語料庫語音學\n")
    assert "Research Interests" not in p.research_interests
