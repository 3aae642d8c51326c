"""Document kinds (reviewer/dockind.py) and the applicant's name in a packet file
(reviewer/applicants.py): pure functions, on invented text and on invented packets
written as PDF and DOCX."""
from __future__ import annotations

from pathlib import Path

import pytest

from reviewer.applicants import Loose, decide, matches, name_tokens, names_in_filename, names_in_text
from reviewer.dockind import KINDS, classify, kind_from_name, parse_kind
from reviewer.extract import extract
from tests.packet_factory import Applicant, applicants, paragraphs, write_packets

ADA = Applicant("Ada", "Quill", 1, "robotics", ["Harriet Vance", "Lucius Fenn", "Maren Skov"])


@pytest.mark.parametrize(("name", "kind"), [
    ("Quill_Ada_ResearchStatement.pdf", "research_statement"),
    ("Ada Quill - Cover Letter.docx", "cover_letter"),
    ("quill-teaching-philosophy.pdf", "teaching_statement"),
    ("Quill_Ada_DEI.pdf", "diversity_statement"),
    ("Letter of Recommendation for Ada Quill from Prof Fenn.pdf", "reference_letter"),
    ("letter_2.docx", "reference_letter"),
    ("writing_sample.pdf", "publication"),
    ("Quill_Ada_CV.pdf", "cv"),
    ("resume.docx", "cv"),
    ("Quill_Ada_ResearchStatement_and_CV.pdf", "cv"),  # a packet in one file: the CV is what to read
    ("cover letter + resume.docx", "cv"),
    ("transcript.pdf", "other"),
    ("document_4.pdf", None),
])
def test_the_file_name_says_the_kind(name, kind):
    assert kind_from_name(name) == kind


@pytest.mark.parametrize("kind", ["cover_letter", "reference_letter", "research_statement",
                                  "teaching_statement", "diversity_statement", "publication"])
@pytest.mark.parametrize("variant", [0, 1])
def test_the_text_alone_says_the_kind(kind, variant):
    """A file name that says nothing: the first page and the shape decide."""
    text = "\n".join(paragraphs(kind, ADA, writer="Harriet Vance", variant=variant))
    assert classify("document_7.pdf", text).kind == kind


def test_a_letter_is_told_from_its_shape():
    letter = "Dear Dr. Roe,\n\nThank you for the meeting. I enclose the notes we discussed.\n\nBest regards,\nAda"
    found = classify("notes.pdf", letter)
    assert found.kind == "cover_letter" and "letter" in found.reason
    about = letter.replace("I enclose", "I recommend Bo Ek without reservation; I have known him for years. I enclose")
    assert classify("notes.pdf", about).kind == "reference_letter"


def test_a_cv_stays_a_cv_and_plain_prose_is_other():
    cv = "\n".join(ADA.person().lines())
    assert classify("document_1.pdf", cv).kind == "cv"
    assert classify("x.txt", "").kind == "cv"  # nothing to go on: as before packets
    prose = "The committee met on a Tuesday and talked about the budget for the coming year. " * 30
    assert classify("minutes.pdf", prose).kind == "other"


ZH_CV = "\n".join([
    "柯 明远", "电话:555-0100-2233 | kemingyuan@example.cn",
    "毕业院校", "东岚理工大学 硕士 2022.09 – 2025.06", "东岚理工大学 本科 2018.09 – 2022.06",
    "项目与实习经历", "云栖数据有限公司 | 算法实习生 | 2024.03 – 2024.08",
    "发表文献和报告", "KDD2024,图召回的一种方法(一作)2024.03",
    "技术技能", "Python, C++",
])


def test_a_chinese_cv_with_its_own_headings_outweighs_a_file_name_that_says_papers():
    assert classify("03_zh_student_compact_papers.pdf", ZH_CV).kind == "cv"


def test_a_weak_word_in_a_file_name_gives_way_to_a_cv_s_text():
    """"letter" alone (US Letter paper) or "form" in a CV's file name: its dated sections decide;
    the same word over a letter still says what the letter is."""
    cv = ("Ada Quill\nada@example.org\nEducation\nPhD in Physics, Quill University, 2019 - 2023\n"
          "Experience\nPostdoctoral Fellow, Fenn Lab, 2023 - present\n")  # two headings, two ranges
    assert classify("ada_quill_us_letter.pdf", cv).kind == "cv"
    assert classify("postdoc_application_form.docx", cv).kind == "cv"
    assert classify("Letter 2.pdf", "Dear committee,\n\nI recommend Bo Ek without reservation.\n\nSincerely,\nH. Vance"
                    ).kind == "reference_letter"


def test_a_cv_pasted_under_a_covering_email_is_a_cv():
    note = ("From: Ada Quill <ada@example.org>\nSubject: Application\n\nDear Professor Roe,\n\n"
            "I am writing to apply for the postdoctoral position. Please find my CV below.\n\nBest regards,\nAda\n\n")
    cv = "\n".join(["ADA QUILL", "ada@example.org", "EDUCATION", "PhD in Robotics, Tarn University (2019 - 2024)",
                     "EXPERIENCE", "2024 - now: Postdoctoral researcher, Fenn Institute", "PUBLICATIONS",
                     "1. Quill, A., Roe, B. (2024). Grasping in clutter. ICRA.", "SKILLS", "ROS, Python"])
    assert classify("application_email.txt", note + cv).kind == "cv"
    assert classify("application_email.txt", note).kind == "cover_letter"  # the note alone stays a letter


def test_every_invented_cv_of_the_held_out_sets_is_a_cv():
    files = sorted(Path(__file__).parent.glob("heldout*/files/*"))
    assert len(files) >= 40
    wrong = [(f.name, classify(str(f), extract(f).text)) for f in files]
    assert [w for w in wrong if w[1].kind != "cv"] == []


def test_kinds_as_people_type_them():
    assert parse_kind("Reference letter") == "reference_letter"
    assert parse_kind("paper") == "publication"
    assert set(map(parse_kind, KINDS)) == set(KINDS)
    with pytest.raises(ValueError, match="unknown document kind"):
        parse_kind("poem")


def test_invented_packets_in_pdf_and_docx_are_classified(tmp_path):
    made = write_packets(tmp_path, applicants(8, seed=3), shape="mixed")
    assert {p.suffix for p in made} == {".pdf", ".docx"}
    assert {kind for _a, kind in made.values()} == set(KINDS) - {"other"}
    wrong = {p.name: (kind, classify(str(p), extract(p).text).kind) for p, (_a, kind) in made.items()
             if classify(str(p), extract(p).text).kind != kind}
    assert wrong == {}


def test_the_applicants_name_in_file_names_and_in_letters():
    assert names_in_filename("Quill_Ada_ResearchStatement.pdf") == [("quill", "ada")]
    assert names_in_filename("Ada Quill - Cover Letter.docx") == [("ada", "quill")]
    assert names_in_filename("Letter of Recommendation for Zoë Müller from Prof Roe.pdf") == [("zoe", "muller")]
    assert names_in_filename("letter_2.pdf") == []
    letter = "\n".join(paragraphs("reference_letter", ADA, writer="Harriet Vance", variant=0))
    found = names_in_text(letter, "reference_letter")
    assert ("ada", "quill") in found
    assert not any("vance" in n for n in found), "the writer is not the applicant"
    support = "\n".join(paragraphs("reference_letter", ADA, writer="Harriet Vance", variant=1))
    assert ("ada", "quill") in names_in_text(support, "reference_letter")
    cover = "\n".join(paragraphs("cover_letter", ADA))
    assert names_in_text(cover, "cover_letter")[0] == ("ada", "quill")


def test_names_match_across_order_titles_accents_and_initials():
    quill = name_tokens("Ada B. Quill")
    assert matches(name_tokens("Dr. Ada Quill"), quill) == 2
    assert matches(name_tokens("QUILL Ada"), quill) == 2
    assert matches(name_tokens("Quill"), quill) == 1
    assert matches(name_tokens("Ada Stone"), quill) == 0
    assert matches(name_tokens("Zoe Muller"), name_tokens("Zoë Müller")) == 2


def test_deciding_whose_document_it_is():
    names = {1: [("ada", "quill")], 2: [("bo", "quill")], 3: [("cy", "roe")]}
    display = {1: "Ada Quill", 2: "Bo Quill", 3: "Cy Roe"}
    folders = {"/in/ada": {1}, "/in": {2, 3}}

    def place(path, file_names=(), text_names=(), emails=(), kind="reference_letter"):
        return decide(Loose(path, kind, list(file_names), list(text_names), list(emails)), names, folders,
                      {"cy@example.org": 3}, display)

    assert place("/in/ada/letter_1.pdf").candidate_id == 1  # the applicant's folder
    assert place("/in/ada/letter_2.pdf", text_names=[("cy", "roe")]).candidate_id == 3  # names someone else
    assert place("/in/Quill_Bo_Letter.pdf", [("quill", "bo")]).candidate_id == 2
    assert place("/in/x.pdf", text_names=[("bo", "quill")]).reason.endswith("(named in the text)")
    assert place("/in/c.pdf", emails=["cy@example.org"], kind="cover_letter").candidate_id == 3
    ambiguous = place("/in/Quill_Letter.pdf", [("quill",)])
    assert ambiguous.candidate_id is None and "Ada Quill, Bo Quill" in ambiguous.reason
    nobody = place("/in/Stone_Eve_Letter.pdf", [("stone", "eve")])
    assert nobody.candidate_id is None and "named 'Stone Eve'" in nobody.reason
    assert "no applicant's name" in place("/elsewhere/letter.pdf").reason


def test_a_cv_whose_last_heading_lists_its_referees_is_not_a_paper():
    cv = ("Dana Quill\ndana@example.org | +1 555 010 2233\n\nEDUCATION\nPh.D. in Economics, Ostwick University, 2026\n"
          "\nJOB MARKET PAPER\nFlood insurance after river floods\n\nREFERENCES\n"
          "Professor Kofi Obi\nOstwick University\nkobi@example.edu\n\nProfessor Mira Ren\nFen College\nmren@example.edu\n")
    assert classify("dq.docx", cv).kind == "cv"
    paper = ("Flood insurance after river floods\nDana Quill\n\nAbstract\nWe study take-up.\n\n1 Introduction\nText.\n"
             "\nReferences\nObi, K. (2019). Floods. Fen Economics 3, 1-9.\nRen, M. (2021). Rivers. Fen Letters 2, 4-8.\n"
             "Quill, D. (2023). Take-up. Fen Review 7, 11-20.\n")
    assert classify("dq2.pdf", paper).kind == "publication"


def test_a_cv_with_a_side_bar_of_referees_and_headings_in_brackets_stays_a_cv():
    # a Word side band: "REFERENCES" over referees' names and e-mails, then the main column's
    # dated career; a Chinese form CV whose headings stand in 【】, in a file named "…form…"
    sidebar = ("Dr Isla Brannock\nCONTACT\nisla@example.scot\nREFERENCES\nProfessor Callum Hale\n"
               "Chair of Cardiology\nc.hale@example.ac.uk\nCAREER HISTORY\n"
               "Consultant Cardiologist\tAug 2019 – present\nSpecialty Registrar\tAug 2012 – Jul 2019\n"
               "EDUCATION AND QUALIFICATIONS\n2013 – 2016\tPhD, University of Edinburgh\n"
               "SELECTED PUBLICATIONS (6 of 41)\n1. Brannock I. Coronary CT. Lancet. 2024;403:1671.\n"
               "2. Brannock I. Chest pain. BMJ. 2023;380:e1.\n3. Hale C. Plaque. Heart. 2022;108:1.\n")
    assert classify("brannock.docx", sidebar).kind == "cv"
    form = ("个人简历\n姓名\t林晓澄\t性别\t女\n电话\t139 5550 1234\n【教育背景】\n2023/09-至今\t北岭大学\t金融学\t硕士\n"
            "2019/09-2023/06\t南湖大学\t经济学\t学士\n【实习经历】\n2024/07-2024/10\t青禾证券\t研究部实习生\n"
            "【科研成果】\n林晓澄. 货币政策与信贷. 金融研究, 2024.\n")
    assert classify("12_finance_masters_form_table.docx", form).kind == "cv"


def test_date_ranges_need_no_digit_before_the_year():
    """dockind._DATE_RANGE puts its "no digit before the year" check after the year's
    first two digits (so re can skip to them): same matches as the check in front,
    at the very start of the text too."""
    from reviewer.dockind import _DATE_RANGE

    text = "2019 - 2021 PhD\n12019 - 2021\nx2018–present\n 02020 to 2022\n19 2001 - now\nid 3201999-2000"
    assert _DATE_RANGE.findall(text) == ["2019 - 2021", "2018–present", "2001 - now"]
    assert _DATE_RANGE.findall("2019-2020") == ["2019-2020"]
    assert _DATE_RANGE.findall("9 2019-2020") == ["2019-2020"]
