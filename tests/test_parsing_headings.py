"""Headings found by their style and by fuzzy keyword matching (invented people)."""
from __future__ import annotations

from reviewer.extract import ExtractedDocument, TextLine
from reviewer.parsing import parse_document
from reviewer.parsing.sections import fuzzy_kind, heading_kind


def _doc(rows: list[tuple[str, float]]) -> ExtractedDocument:
    return ExtractedDocument(format="pdf", lines=[TextLine(t, size=s) for t, s in rows])


def test_heading_sized_chinese_line_outside_the_vocabulary_opens_its_section() -> None:
    """"职场履历" is no vocabulary heading, but it is set like 教育背景 and 研究方向, well above
    the body: it is a heading, and its 履历/经历-like keyword says experience."""
    rows = [("林晓澄", 24.0), ("邮箱:xiaocheng@example.cn", 11.0),
            ("教育背景", 14.0), ("北岭大学,计算机科学,博士\t2012.09 - 2017.06", 11.0),
            ("职业经历", 14.0), ("南湖大学,信息学院,助理教授\t2018.03 至今", 11.0),
            ("研究方向", 14.0), ("分布式系统", 11.0)]
    p = parse_document(_doc(rows), "x.pdf")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("南湖大学", "助理教授", "2018-03", "present")]
    assert [e.institution for e in p.education] == ["北岭大学"]
    assert p.research_interests == ["分布式系统"]


def test_body_sized_chinese_line_is_not_a_heading() -> None:
    rows = [("林晓澄", 24.0), ("教育背景", 14.0), ("北岭大学,计算机科学,博士\t2012.09 - 2017.06", 11.0),
            ("职业经历", 11.0), ("研究方向", 14.0), ("分布式系统", 11.0)]
    p = parse_document(_doc(rows), "x.pdf")
    assert p.experience == []


def test_fuzzy_kind_takes_the_keyword_whatever_stands_beside_it() -> None:
    assert fuzzy_kind("Publications and Submitted Manuscripts") == "publications"
    assert fuzzy_kind("研究领域及学术成就") == "interests"
    assert fuzzy_kind("职业经历") == "experience"
    assert fuzzy_kind("Hobbies I Enjoy") == "other"
    assert fuzzy_kind("Kayak Trips") is None


def test_broken_ti_ligature_is_repaired_before_headings_are_read() -> None:
    rows = ["Dana Pe?t", "dana@example.com", "EDUCA?ON", "Educa?on", "B.S. in Physics, Northfield University, 2019",
            "Publica?ons", "D. Pe?t. A note on rota?ons. Journal of Imaginary Results, 2021.",
            "Work Experience", "Posi?on: Analyst, Acme Corp, 2019 - 2021"]
    p = parse_document(ExtractedDocument(format="txt", lines=[TextLine(t) for t in rows]), "x.txt")
    assert p.name == "Dana Petit"
    assert [e.institution for e in p.education] == ["Northfield University"]
    assert p.publications and "rotations" in p.publications[0].title


def test_question_marks_in_prose_are_left_alone() -> None:
    rows = ["Dana Quill", "SUMMARY", "Why?Because it matters. Is it? yes.", "EDUCATION",
            "B.S. in Physics, Northfield University, 2019"]
    p = parse_document(ExtractedDocument(format="txt", lines=[TextLine(t) for t in rows]), "x.txt")
    assert [e.institution for e in p.education] == ["Northfield University"]


def test_known_heading_plus_one_word_and_more_chinese_headings() -> None:
    from reviewer.parsing.sections import heading_kind
    assert heading_kind("Publications and Submitted Manuscripts") == "publications"
    assert heading_kind("Research Expertise") == "interests"
    assert heading_kind("发表文献和报告") == "publications"
    assert heading_kind("毕业院校") == "education"
    assert heading_kind("技术技能") == "skills"
    assert heading_kind("Projects I Led At Acme") is None  # a sentence-like line stays content


def test_research_output_and_humanities_list_headings() -> None:
    from reviewer.parsing.sections import heading_kind
    assert heading_kind("科研成果") == "publications"  # research output, not research experience
    assert heading_kind("学术成果") == "publications"
    assert heading_kind("BOOKS") == "publications"
    assert heading_kind("Book Chapters") == "publications"
    assert heading_kind("Articles in Peer-Reviewed Journals") == "publications"
    assert heading_kind("Invited Lectures") == "talks"
    assert heading_kind("科研经历") == "experience"


def test_headings_outside_the_vocabulary_found_by_style_and_read_by_their_content() -> None:
    # informal headings set alike and larger than the body: each section's kind comes from its entries
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document
    rows = [("Idris al-Faruqi", 22.0), ("idris@example.net", 9.0),
            ("Places I've worked", 13.0), ("2021 — now\tSenior Analyst @ Harbourline Freight", 10.0),
            ("Built dashboards for port traffic.", 9.0),
            ("Where I studied", 13.0), ("2015 — 2019\tBSc Statistics — Ostwick University", 10.0),
            ("Stuff I wrote", 13.0), ("2022\tQueues at the quay: a field note", 10.0),
            ("I. al-Faruqi & M. Obi · Journal of Port Studies", 9.0),
            ("Trophies", 13.0), ("2020\tOstwick Prize for applied statistics", 10.0),
            ("Toolbox", 13.0), ("Python, SQL, Tableau, QGIS", 9.0)]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t, size=s) for t, s in rows])
    p = parse_document(doc, "x.pdf")
    assert p.name == "Idris al-Faruqi"
    assert [(e.organization, e.title) for e in p.experience] == [("Harbourline Freight", "Senior Analyst")]
    assert [e.institution for e in p.education] == ["Ostwick University"]
    assert [(x.title, x.year) for x in p.publications] == [("Queues at the quay: a field note", 2022)]
    assert [a.year for a in p.awards] == [2020]
    assert "SQL" in p.skills


def test_software_is_not_a_publication_list() -> None:
    from reviewer.parsing.sections import heading_kind
    assert heading_kind("Software") == "other"
    assert heading_kind("程序包") == "other"


def test_section_kind_from_its_entries_alone() -> None:
    from reviewer.parsing.cleaning import Clean
    from reviewer.parsing.lines import Line
    from reviewer.parsing.sectionshape import kind_from_content

    def kind(*texts: str) -> str | None:
        return kind_from_content([Clean(Line(t, i), t, False, t) for i, t in enumerate(texts)])

    assert kind("2016 – 2020  PhD in Ecology, Ostwick University") == "education"
    assert kind("2019 – 2022  Data Engineer at Harbourline") == "experience"
    assert kind("2021  Tidal queues", "M. Obi, D. Quill and K. Ren · Port Letters") == "publications"
    assert kind("2022  Best Poster Prize, Fen Ecology Meeting", "2020  Travel grant") == "awards"
    assert kind("Rust, Go, Kafka, Terraform") == "skills"
    assert kind("I like long walks by the sea.") is None
    # an author list is not a list of skills, with or without a date; its marker is not content
    assert kind("S1. Dana Quill, Kofi Obi, and Mira Tolvanen. Quiet tides. In submission.") == "publications"
    assert kind("Dana Quill, Kofi Obi, and Mira Tolvanen. Who reads the tide tables?") is None


def test_a_glyph_before_a_heading_set_larger_than_the_body_is_decoration() -> None:
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document
    rows = [("个人简历", 18.0), ("姓名:林晓澄\t邮箱:lin@example.cn", 10.0),
            ("■ 教育经历", 12.0), ("2011.09—2016.06 南湖大学 计算机科学与技术 工学博士", 10.0),
            ("■ 主持科研项目", 12.0), ("1. 南湖市科技计划项目:数据共享平台,2022.07—2025.06,主持", 10.0),
            ("■ 学术兼职", 12.0), ("南湖计算机学会 会员;南湖学报 审稿人", 10.0),
            ("■ 获奖情况", 12.0), ("2023年 南湖市自然科学奖 二等奖", 10.0),
            ("■ 荣誉", 10.0)]  # a body-sized bulleted line stays a list item
    p = parse_document(ExtractedDocument(format="pdf", lines=[TextLine(t, size=s) for t, s in rows]), "x.pdf")
    assert [e.institution for e in p.education] == ["南湖大学"]
    assert p.experience == []  # a funded project and a society membership are not jobs
    assert [a.year for a in p.awards] == [2023]


def test_status_and_short_paper_headings_are_publications() -> None:
    from reviewer.parsing.sections import heading_kind
    assert heading_kind("In Submission") == "publications"
    assert heading_kind("Posters and Late-Breaking Work") == "publications"
    sized = [("Dana Quill", 20.0), ("dana@example.org", 9.0), ("Refereed Conference Papers", 11.5),
             ("C1. Dana Quill and Kofi Obi. 2025. Quiet Tides. In Proceedings of CHI '25. ACM, 12 pages.", 9.5),
             ("Posters and Late-Breaking Work", 11.5),
             ("P1. Dana Quill and Kofi Obi. 2022. Tide Previews. In Extended Abstracts of CHI '22. ACM, 5 pages.", 9.5),
             ("In Submission", 11.5), ("S1. Dana Quill, Mira Tolvanen. Who Reads Tides? In submission.", 9.5)]
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document
    p = parse_document(ExtractedDocument(format="pdf", lines=[TextLine(t, size=s) for t, s in sized]), "x.pdf")
    assert [x.title for x in p.publications] == ["Quiet Tides", "Tide Previews", "Who Reads Tides?"]


def test_a_heading_sized_chinese_line_over_compact_paper_lines_is_their_section() -> None:
    # 学术相关 is outside the vocabulary; set like the other headings it ends the projects above,
    # and its "VENUE2023,Title(一作)2023.03" lines make it a publications section
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document
    rows = [("林晓澄简历", 20.0), ("lin@example.cn", 9.5), ("项目与实习经历", 13.0),
            ("南湖科技 | 语音算法实习生 | 2023.06 – 2023.09", 10.5), ("· 负责语音增强模型的端侧部署。", 10.0),
            ("学术相关", 13.0), ("ICASSP2023,Noise-aware priors for speech enhancement(一作)2023.03", 10.0),
            ("INTERSPEECH2022,Overlap-aware speaker diarization for meetings(二作)2022.06", 10.0), ("技术技能", 13.0),
            ("Python / PyTorch / C++", 10.0)]
    p = parse_document(ExtractedDocument(format="pdf", lines=[TextLine(t, size=s) for t, s in rows]), "x.pdf")
    assert [(x.venue, x.year, x.first_author) for x in p.publications] == [("ICASSP", 2023, True),
                                                                          ("INTERSPEECH", 2022, False)]


def test_a_letter_spaced_heading_whose_word_gaps_were_lost() -> None:
    from reviewer.parsing.sections import heading_kind
    assert heading_kind("H O N O R S A N D A W A R D S") == "awards"
    assert heading_kind("R E S E A R C H E X P E R I E N C E") == "experience"
    assert heading_kind("Q U I L L O N") is None  # letters no heading words spell


def test_posts_held_are_experience_but_a_blogs_posts_are_not() -> None:
    from reviewer.parsing.sections import heading_kind

    assert heading_kind("Current and Previous Posts") == "experience"
    assert heading_kind("Posts Held") == "experience"
    assert heading_kind("Recent Posts") is None


def test_headings_numbered_one_point_oh_and_a_forms_with_dates() -> None:
    from reviewer.parsing.sections import heading_kind

    assert heading_kind("1.0\tPERSONAL DATA") == "personal"
    assert heading_kind("4.0\tPOSITIONS & EMPLOYMENT") == "experience"
    assert heading_kind("2.0\tEDUCATIONAL INSTITUTIONS ATTENDED WITH DATES") == "education"
    assert heading_kind("3.0\tACADEMIC QUALIFICATIONS WITH DATES") == "education"
    assert heading_kind("10 Education") is None  # a number without its ".0" is no numbering


def test_fieldwork_is_a_section_of_its_own() -> None:
    from reviewer.parsing.sections import heading_kind

    assert heading_kind("Fieldwork") == "other"
    assert heading_kind("Field campaigns") == "other"


def test_italian_spanish_and_portuguese_headings() -> None:
    from reviewer.parsing.sections import heading_kind

    assert [heading_kind(h) for h in ("ESPERIENZA LAVORATIVA", "ISTRUZIONE E FORMAZIONE", "PUBBLICAZIONI",
                                      "RICONOSCIMENTI E PREMI", "COMPETENZE LINGUISTICHE", "Formación académica",
                                      "Experiencia profesional", "Publicaciones", "Docencia", "Formação acadêmica",
                                      "Experiência profissional", "Prêmios e títulos")] == [
        "experience", "education", "publications", "awards", "skills", "education", "experience", "publications",
        "teaching", "education", "experience", "awards"]


def test_a_medical_cvs_education_sub_headings() -> None:
    from reviewer.parsing.sections import heading_kind

    assert heading_kind("Graduate and Professional") == "education"


def test_grant_support_and_trainees_headings() -> None:
    from reviewer.parsing.sections import heading_kind

    assert heading_kind("8. Grant Support") == "grants"
    assert heading_kind("RESEARCH SUPPORT") == "grants"
    assert heading_kind("Trainees (primary mentor)") == "teaching"


def test_recognition_and_linkedins_honors_awards_head_awards() -> None:
    from reviewer.parsing.sections import heading_kind

    assert [heading_kind(h) for h in ("Recognition", "Honors-Awards", "Awards and Recognition")] == [
        "awards", "awards", "awards"]
    assert heading_kind("Pattern Recognition") is None


def test_memberships_of_professional_bodies_are_service() -> None:
    from reviewer.parsing.sections import heading_kind

    assert [heading_kind(h) for h in ("8.0\tMEMBERSHIP OF PROFESSIONAL BODIES", "Membership of Learned Societies",
                                      "Professional Associations")] == ["service", "service", "service"]


def test_research_and_writing_lists_what_was_written_and_peer_review_is_service() -> None:
    from reviewer.parsing.sections import heading_kind

    assert [heading_kind(h) for h in ("研究与写作 / Research & Writing", "Research and Writing", "Peer review",
                                      "Research")] == ["publications", "publications", "service", "experience"]


def test_research_interests_as_topics_cut_by_semicolons_in_one_sentence() -> None:
    from tests.parsing_support import parse_text

    p = parse_text("Ada Quill\nada@example.org\n\nResearch interests\n"
                   "Social and economic history of invented towns and the imaginary Low Countries; credit, charity and poor\n"
                   "relief; women's work and household accounting; archives of imaginary finance.\n")
    assert p.research_interests == ["Social and economic history of invented towns and the imaginary Low Countries",
                                    "credit, charity and poor relief",
                                    "women's work and household accounting", "archives of imaginary finance"]


def test_a_research_label_under_the_name_lists_topics_but_not_in_a_skills_list() -> None:
    from tests.parsing_support import parse_md

    p = parse_md("# Dara Quill\n\nquill@example.org\n\n**Research:** invented reinforcement learning, "
                 "made-up world models for robots, and imaginary agents.\n\n## Education\n\n"
                 "- PhD, Invented University, 2021 - 2026\n")
    assert p.research_interests == ["invented reinforcement learning", "made-up world models for robots",
                                    "imaginary agents"]
    p = parse_md("# Dara Quill\n\nquill@example.org\n\n## Skills\n\nResearch: mixed methods, invented experiments\n")
    assert p.research_interests == []


def test_a_law_cvs_practice_and_clerkship_headings_hold_posts() -> None:
    from reviewer.parsing.sections import heading_kind
    assert heading_kind("3. PRACTICE AND CLERKSHIP") == "experience"
    assert heading_kind("Judicial Clerkships") == "experience"
    assert heading_kind("Legal Experience") == "experience"


def test_consultancy_committees_and_areas_of_research() -> None:
    from reviewer.parsing.sections import heading_kind
    assert heading_kind("CONSULTANCY (SELECTED)") == "projects"  # engagements for clients, not posts held
    assert heading_kind("Consulting Experience") == "experience"  # ...but a consultant's posts are posts
    assert heading_kind("BOARD AND COMMITTEE MEMBERSHIPS") == "service"
    assert heading_kind("AREAS OF RESEARCH") == "interests"


def test_the_headings_of_an_nsfc_resume_form() -> None:
    from reviewer.parsing.sections import heading_kind
    assert heading_kind("博士后工作经历（按时间倒序排序；请列出合作导师姓名）：") == "experience"
    assert heading_kind("主持或参加科研项目（课题）及人才计划项目情况（按时间倒序排序）：") == "projects"
    assert heading_kind("曾使用其他证件信息（应使用唯一身份证件申请项目）") == "other"


def test_a_letter_spaced_heading_with_a_trailing_note() -> None:
    # a web CV's letter-spaced heading, its legend after it in ordinary type
    assert heading_kind("P U B L I C AT I O N S (* equal contribution)") == "publications"
    assert heading_kind("E X P E R I E N C E (selected)") == "experience"


def test_funded_projects_and_supervision_in_french_and_german() -> None:
    assert [heading_kind(t) for t in ("Projets de recherche financés", "Drittmittel", "Financiamentos")] == ["grants"] * 3
    assert [heading_kind(t) for t in ("Encadrement doctoral", "Lehrtätigkeit", "Betreuung")] == ["teaching"] * 3


def test_a_funders_numbered_parts_and_a_qualifier_after_a_dash() -> None:
    # an ARC ROPE section, a FECYT CVA, an ERC Part B1
    assert heading_kind("C1.2 Research outputs - ten career-best") == "publications"
    assert heading_kind("A.1. Current position") == "experience"
    assert heading_kind("Part A. PERSONAL INFORMATION") == "personal"
    assert heading_kind("Teaching - Lecturer at Quillford University") is None  # a post, not a heading


def test_lattes_production_headings_and_kinds() -> None:
    from reviewer.parsing.pubheads import CATEGORY_RE

    assert heading_kind("Produções") == "publications"
    assert CATEGORY_RE.match("Artigos completos publicados em periódicos")
    assert CATEGORY_RE.match("Capítulos de livros publicados")
    assert not CATEGORY_RE.match("Resumos publicados em anais de congressos")  # abstracts: not counted as papers


def test_a_dfg_lebenslauf_s_headings() -> None:
    assert heading_kind("Angaben zur Person") == "personal"
    assert heading_kind("Wissenschaftliche Veröffentlichungen (max. 10)") == "publications"
    assert heading_kind("Unterbrechungen der wissenschaftlichen Tätigkeit") == "other"  # career breaks, no prizes
    assert heading_kind("Weitere Angaben") == "other"
