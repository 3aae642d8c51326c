"""12: UK archaeologist, commercial units then a university lectureship; Word Heading styles, dates-left tab
rows, a running header, client reports under 'Other', python-docx kept as DOCX."""
from __future__ import annotations

import docx22 as W
from docx.shared import Cm
from kit22 import FILES, edu, fix_docx, job, pub

NAME = "12_uk_archaeology_lecturer_ex_commercial_unit_word.docx"


def build() -> None:
    d = W.new_doc("Georgia", 10, 2.2)
    W.core(d, "M Tregarthen", "Tregarthen CV")
    W.header_footer(d, [("Morwenna Tregarthen — Curriculum Vitae", "-gi")], page_field=True,
                    footer_align="center", header_align="left")
    L = [(Cm(3.6), "left", None)]
    W.para(d, [("Dr Morwenna Tregarthen", "^")], style="Title", after=2)
    W.para(d, "Department of Archaeology and History, University of Exeter, Laver Building, Exeter EX4 4QE\v"
              "m.tregarthen@example.ac.uk  ·  01632 960 318  ·  ORCID 0000-0001-5524-8870", after=6)

    def head(t):
        W.para(d, t, style="Heading 1", before=10, after=4)

    def row(dates, parts, more=None):
        W.para(d, [(dates, "b"), "\t", *parts], tabs=L, indent_cm=3.6, first_cm=-3.6, after=1)
        if more:
            W.para(d, more, indent_cm=3.6, after=3)

    head("Work History")
    row("2021 – current", ["Lecturer in Archaeology (Education & Research), University of Exeter"],
        "Teach landscape archaeology and professional practice; co-director, Bodmin Moor field school.")
    row("Sept 2019 –\vAug 2021", ["Leverhulme Early Career Fellow, Department of Anthropology and Archaeology, "
                                  "University of Bristol"],
        "Project: ‘Tin streams and trackways: industrial landscapes of medieval Cornwall’.")
    row("2017 – 2019", ["Project Manager, ", ("Cotswold Archaeology", "i"), ", Cirencester"],
        "Managed 40+ developer-funded evaluations and two large excavations (A30 Chiverton to Carland Cross).")
    row("2015 – 2017", ["Project Officer, ", ("Cotswold Archaeology", "i"), ", Cirencester"])
    row("2011 – 2015", ["Site Supervisor (from 2013; Field Archaeologist before), ", ("Wessex Archaeology", "i"),
                        ", Salisbury"])
    row("Summer 2010", ["Excavation assistant (paid placement), Cornwall Archaeological Unit, Truro"])

    head("Education")
    row("2014 – 2019", ["PhD Archaeology (part-time), University of Bristol"],
        "Thesis: ‘Moorland edges: enclosure and abandonment on Bodmin Moor, AD 1100–1500’.\v"
        "Supervisor: Prof. Rhian Ashdown-Carew. Funded by a Cotswold Archaeology staff bursary.")
    row("2010 – 2011", ["MA Landscape Archaeology (Distinction), University of Bristol"])
    row("2007 – 2010", ["BA (Hons) Archaeology, 2:1, Cardiff University"])

    head("Fellowships and Awards")
    row("2019", ["Leverhulme Trust Early Career Fellowship (ECF-2019-318)"])
    row("2018", ["Society for Medieval Archaeology, Martyn Jope Award (best novel interpretation)"])
    row("2011", ["Grinsell Prize for the best MA dissertation, University of Bristol"])

    head("Research Interests")
    W.para(d, "Medieval rural settlement; upland and industrial landscapes; LiDAR and field survey; the archive "
              "of developer-funded archaeology.", after=2)

    head("Publications")
    W.para(d, "Book", style="Heading 2", after=2)
    W.para(d, "Tregarthen, M. Moorland Edges: Medieval Settlement and Abandonment on Bodmin Moor. Oxford: "
              "Oxbow Books (under contract, manuscript due 2025).", style="List Bullet", after=2)
    W.para(d, "Articles and chapters", style="Heading 2", after=2)
    for p in ["Tregarthen, M. 2023. Streamworks and strip fields: reading tin in the medieval Cornish landscape. "
              "Medieval Archaeology 67(2), 301–333.",
              "Tregarthen, M. and Penhallow, J. 2021. Shrinkage before the Death: fourteenth-century abandonment on "
              "Bodmin Moor. Landscape History 42(1), 25–48.",
              "Ashdown-Carew, R., Tregarthen, M. and Quick, S. 2020. Developer-funded archaeology and the rural "
              "medieval South West. In A. Hollins (ed.), Commercial Archaeology and Research Agendas, 117–139. "
              "Oxford: Archaeopress.",
              "Tregarthen, M. (in press). LiDAR, longhouses and the limits of the visible. Cornish Archaeology 63."]:
        W.para(d, p, style="List Bullet", after=2)

    head("Other")
    W.para(d, "Selected client reports (grey literature, available from the Cornwall and Scilly HER):", after=2)
    for p in ["Tregarthen, M. 2019. A30 Chiverton to Carland Cross, Cornwall: Post-excavation Assessment. "
              "Cotswold Archaeology Report 19204. Cirencester: Cotswold Archaeology.",
              "Tregarthen, M. and Ley, D. 2017. Land at Trevenson, Pool: Archaeological Evaluation. Cotswold "
              "Archaeology Report 17561."]:
        W.para(d, p, style="List Bullet", after=2)
    W.para(d, "Conference papers: TAG 2019, Society for Medieval Archaeology 2021, CIfA 2022 (list on request). "
              "Member of the Chartered Institute for Archaeologists (MCIfA).", before=4, after=2)

    out = FILES / NAME
    d.save(out)
    fix_docx(out)


LABEL = {
    "file": NAME,
    "name": "Morwenna Tregarthen",
    "name_any": ["Dr Morwenna Tregarthen"],
    "emails": ["m.tregarthen@example.ac.uk"],
    "phones": ["+441632960318"],
    "links": [],
    "education": [
        edu("University of Bristol", "phd", "2014", "2019"),
        edu("University of Bristol", "master", "2010", "2011"),
        edu("Cardiff University", "bachelor", "2007", "2010"),
    ],
    "experience": [
        job("University of Exeter", "Lecturer in Archaeology (Education & Research)", "2021", "present"),
        job("University of Bristol", "Leverhulme Early Career Fellow", "2019-09", "2021-08"),
        job("Cotswold Archaeology", "Project Manager", "2017", "2019"),
        job("Cotswold Archaeology", "Project Officer", "2015", "2017"),
        job("Wessex Archaeology", "Site Supervisor", "2011", "2015"),
        job("Cornwall Archaeological Unit", "Excavation assistant (paid placement)", "2010", "2010"),
    ],
    "publications_count": 7,
    "first_author_count": 6,
    "publications_sample": [
        pub("Moorland Edges: Medieval Settlement and Abandonment on Bodmin Moor", "Oxbow Books", None, True,
            "in preparation"),
        pub("Streamworks and strip fields: reading tin in the medieval Cornish landscape", "Medieval Archaeology",
            2023, True, "published"),
        pub("Developer-funded archaeology and the rural medieval South West",
            "Commercial Archaeology and Research Agendas", 2020, False, "published"),
        pub("LiDAR, longhouses and the limits of the visible", "Cornish Archaeology", None, True, "in press"),
        pub("A30 Chiverton to Carland Cross, Cornwall: Post-excavation Assessment", "Cotswold Archaeology Report "
            "19204", 2019, True, "published"),
    ],
    "research_interests_any": ["Medieval rural settlement", "upland and industrial landscapes",
                               "LiDAR and field survey"],
    "awards_count": 3,
    "language": "en",
    "layout": "UK lecturer CV in Word (Title and Heading 1/2 styles, dates-left hanging-indent tab rows, running "
              "header and page footer, automatic bullets), python-docx kept as DOCX",
    "notes": "Word DOCX (Georgia). 'Work History' rows: bold dates, tab, 'Title, Employer, Town' on one line "
             "(organisation after the title, some in italics); '2021 – current' = present; 'Sept 2019 –' / "
             "'Aug 2021' split by a soft line break; two Cotswold Archaeology ranks as two rows (two jobs); the "
             "Wessex row 'Site Supervisor (from 2013; Field Archaeologist before)' is one job 2011-2015 (title "
             "without the bracket); 'Summer 2010' paid placement = job 2010-2010. The Leverhulme ECF is a post "
             "(job at University of Bristol) and is also listed under 'Fellowships and Awards' (award, as "
             "heldout18). Awards 3. UK fiction-range landline 01632 960 318 -> +44; ORCID printed as a bare id "
             "(not a link, heldout21). Publications: a monograph 'under contract' (counted, heldout20; status in "
             "preparation, venue the press), 3 articles + 1 chapter (venue the edited book; one '(in press)' "
             "without a year), and under 'Other' two authored client reports (grey literature, counted as "
             "technical reports with authors, heldout18; unsure) = 7; first author 6 (all but the chapter). "
             "Conference papers are talks.",
}
