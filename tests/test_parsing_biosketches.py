"""US funders' biosketches (NIH, NSF): fixed headings, a degrees grid that also lists the
postdoc, numbered prose with lettered citations, grants beside posts. Invented people."""
from __future__ import annotations

from tests.parsing_support import parse_text

NIH = """BIOGRAPHICAL SKETCH
NAME: Quillfeather-Osei, Dana M.
POSITION TITLE: Associate Professor of Immunology
EDUCATION/TRAINING (Begin with baccalaureate or other initial professional education.)
INSTITUTION AND LOCATION\tDEGREE\tCompletion Date\tFIELD OF STUDY
Tarn College, Tarn, OR\tBA\t05/2006\tBiology
Fenn University School of Medicine, Fenn, MD\tPHD\t06/2012\tImmunology
Harbour University School of Medicine, Harbour, MO\tPostdoctoral Fellow\t08/2016\tT cell metabolism
A.\tPersonal Statement
My laboratory studies how nutrients shape T cell memory, and I am well placed to lead this aim [1].
R01 AI000001 Quillfeather-Osei (PI) 07/01/2021 – 06/30/2026
Citations:
1.\tQuillfeather-Osei DM, Roe J. Lactate restrains memory precursors in tumours. J Exp Med. 2023;220(9):e20221873.
2.\tRoe J, Quillfeather-Osei DM*. Transporters mark exhausted T cells. Cancer Immunol Res. 2024;12(3):301-310.
3.\tQuillfeather-Osei DM, Roe J. Isotope tracing of T cells in vivo. Nat Protoc. 2022;17(11):2510-2536.
B.\tPositions, Scientific Appointments and Honors
Positions and Scientific Appointments
2023 –\tAssociate Professor (with tenure), Department of Immunology, Fenn University School of Medicine, Fenn, MD
2012 – 2016\tPostdoctoral Research Associate, Department of Pathology, Harbour University School of Medicine, Harbour, MO
2017 –\tMember, American Association of Immunologists
Honors
2019\tInvented Scholar Award, The Fenn Trust
C.\tContribution to Science
1.\tMitochondrial dynamics in effector T cells. As a graduate student I asked why effector and memory cells differ in shape, and showed that fission is required for the switch.
a.\tQuillfeather-Osei DM, Roe J. Fission licenses glycolysis in primed T cells. Immunity. 2011;35(4):612-624.
b.\tRoe J, Quillfeather-Osei DM. Cristae remodelling during contraction. J Immunol. 2012 November; 189(2):741-750.
Complete List of Published Work in My Bibliography:
https://www.ncbi.nlm.nih.gov/myncbi/dana.quillfeather.1/bibliography/public/
"""


def test_an_nih_biosketch() -> None:
    p = parse_text(NIH)
    assert p.name == "Dana M. Quillfeather-Osei"
    # the posts of the positions list: not the grant, not a membership, the grid's postdoc once
    assert [(e.title, e.start, e.end) for e in p.experience] == [
        ("Associate Professor (with tenure)", "2023", "present"), ("Postdoctoral Research Associate", "2012", "2016")]
    assert "Fenn University School of Medicine" in (p.experience[0].organization or "")
    # the personal statement's citation and the lettered citations, not the numbered prose
    assert sorted((x.venue, x.year) for x in p.publications) == [
        ("Cancer Immunol Res", 2024), ("Immunity", 2011), ("J Exp Med", 2023), ("J Immunol", 2012), ("Nat Protoc", 2022)]
    assert p.links == ["https://www.ncbi.nlm.nih.gov/myncbi/dana.quillfeather.1/bibliography/public/"]


def test_an_nsf_biosketch() -> None:
    p = parse_text("NSF BIOSKETCH\nNAME: Ada Quill\nProfessional Preparation:\n"
                   "Tarn University, Tarn, AZ, USA\tPostdoctoral Fellow 2019 - 2021\tEcology\n"
                   "Fenn University, Fenn, CA, USA\tPHD\t06/2019\tEcology\n"
                   "Appointments and Positions\n2021 - present Assistant Professor, Tarn University, Tarn, AZ\n"
                   "2019 - 2021 NSF Postdoctoral Research Fellow in Biology, Tarn University, Department of Ecology and\n"
                   "Evolutionary Biology, Tarn, AZ, United States\n"
                   "(c) Products\nProducts Most Closely Related to the Proposed Project\n"
                   "1. Quill A, Roe J. Storage effects and coexistence of winter annuals. The American Naturalist. "
                   "2021 November; 198(5):601-615. DOI: 10.1086/716500\n"
                   "2. Quill A, Yazzie L. Nurse shrubs weaken under heat waves.\nOecologia. Forthcoming 2025.\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [("Fenn University", "phd")]
    assert [(e.title, e.start) for e in p.experience] == [
        ("Assistant Professor", "2021"), ("NSF Postdoctoral Research Fellow in Biology", "2019")]
    assert [(x.venue, x.year, x.status) for x in p.publications] == [
        ("The American Naturalist", 2021, "published"), ("Oecologia", 2025, "in press")]


def test_a_vancouver_date_with_a_month_spelled_out_is_no_part_of_the_journal() -> None:
    from reviewer.parsing.venues import short_venue

    assert short_venue("Ecology Letters. 2024 March; 27(3):e14388")[0] == "Ecology Letters"
