"""heldout30 files 05-08: al-folio CV page, Sphinx page, Google Scholar list pasted into Word, staff page."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from kit30 import (
    ENV,
    FILES,
    SRC,
    browser_css,
    edu,
    fix_docx,
    html_to_pdf_weasy,
    job,
    pub,
)

# ---------------------------------------------------------------- 05 Jekyll al-folio 'cv' page
F05 = "05_us_history_phd_candidate_jekyll_alfolio_cv_page.pdf"

ALF_CSS = """
body { font-family: 'DejaVu Serif', Georgia, serif; font-size: 9.5pt; color: #212529; }
.nav { border-bottom: 1px solid #ddd; padding-bottom: 4px; font-family: 'DejaVu Sans', sans-serif; }
.nav b { font-weight: 300; } .nav span { float: right; margin-left: 10px; font-size: 8.5pt; color: #555; }
h1.post-title { font-family: 'DejaVu Sans', sans-serif; font-weight: 300; font-size: 22pt; margin: 14px 0 0 0; }
.post-description { color: #777; margin-bottom: 8px; }
.card { border: 1px solid #e2e2e2; border-radius: 4px; margin: 10px 0; padding: 6px 10px; }
.card h3 { font-family: 'DejaVu Sans', sans-serif; color: #b509ac; margin: 2px 0 6px 0; font-size: 11.5pt; }
.row { display: flex; margin: 5px 0; }
.badge { background: #b509ac; color: #fff; font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt;
  border-radius: 3px; padding: 1px 5px; height: 12px; white-space: nowrap; margin-right: 10px; min-width: 70px;
  text-align: center; }
.row .t { font-weight: bold; } .row .i { font-style: italic; color: #555; } .row ul { margin: 2px 0; }
table.gi td { padding: 2px 12px 2px 0; } table.gi td:first-child { font-weight: bold; }
"""


def _alrow(badge, title, inst, items=()):
    li = "".join(f"<li>{x}</li>" for x in items)
    ul = f"<ul>{li}</ul>" if li else ""
    return f'<div class="row"><span class="badge">{badge}</span><div><div class="t">{title}</div>' \
           f'<div class="i">{inst}</div>{ul}</div></div>'


def build05():
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>CV | Inês Carvalho-Brandt</title>
<style>{ALF_CSS}{browser_css('7/1/24, 3:18 PM', 'CV | Inês Carvalho-Brandt', 'https://icarvalhobrandt.example.io/cv/')}
</style></head><body>
<div class="nav"><b><b>Inês</b> Carvalho-Brandt</b><span>about</span><span>publications</span><span>teaching</span>
<span><u>cv</u></span><span>◐</span></div>
<h1 class="post-title">cv <span style="float:right;font-size:11pt">PDF ⤓</span></h1>
<div class="post-description">Last updated June 2024.</div>
<div class="card"><h3>General Information</h3><table class="gi">
<tr><td>Full Name</td><td>Inês Carvalho-Brandt</td></tr>
<tr><td>Email</td><td>carvalhobrandt@wisc.example.edu</td></tr>
<tr><td>Languages</td><td>English, Portuguese, Spanish, reading knowledge of French and Kimbundu</td></tr></table></div>
<div class="card"><h3>Education</h3>
{_alrow('2019 - 2025', 'PhD, History', 'University of Wisconsin–Madison',
        ['Dissertation: “Underwriting the Atlantic: Insurance, Credit and the Angolan Slave Trade, 1750–1800”',
         'Committee: F. Oyelaran-Meyers (chair), D. Castellanos, R. Whitfield', 'Expected defence: May 2025'])}
{_alrow('2019 - 2021', 'MA, History', 'University of Wisconsin–Madison', ['Minor field: Economic history'])}
{_alrow('2013 - 2017', 'BA, History and Portuguese', 'Smith College',
        ['magna cum laude, Phi Beta Kappa', 'Junior year abroad, Universidade de Coimbra (2015 - 2016)'])}
</div>
<div class="card"><h3>Experience</h3>
{_alrow('2023 - 2024', 'Graduate Research Fellow', 'Institute for Research in the Humanities, University of '
        'Wisconsin–Madison')}
{_alrow('2020 - 2023', 'Teaching Assistant', 'Department of History, University of Wisconsin–Madison',
        ['HIST 101 The Atlantic World; HIST 249 Slavery and Freedom in the Americas'])}
{_alrow('2017 - 2019', 'Archival Assistant', 'John Carter Brown Library, Providence, RI',
        ['Catalogued Portuguese manuscript maps and merchant correspondence'])}
</div>
<div class="card"><h3>Publications</h3>
{_alrow('2024', 'Ledgers of the middle passage: Lisbon insurers and the Angolan trade, 1760–1790',
        '<b>Inês Carvalho-Brandt</b>. <i>Atlantic Studies</i> 21, no. 2 (2024): 188–211.')}
{_alrow('2025', 'Debt, kinship and the slave ship: a Luanda merchant’s letters',
        '<b>Inês Carvalho-Brandt</b>. In <i>Merchants of the Lusophone Atlantic</i>, edited by R. Whitfield and '
        'M. Sousa-Lemos. Philadelphia: University of Pennsylvania Press, forthcoming.')}
{_alrow('review', 'Insurance and risk in the Portuguese South Atlantic, 1760–1800',
        '<b>Inês Carvalho-Brandt</b>. Under review at <i>Journal of Global History</i>.')}
{_alrow('2023', 'Book review: <i>Credit and Captivity in Benguela</i>',
        '<b>Inês Carvalho-Brandt</b>. <i>Luso-Brazilian Review</i> 60, no. 1 (2023): 201–203.')}
</div>
<div class="card"><h3>Honors and Awards</h3>
{_alrow('2024', 'Mellon/ACLS Dissertation Completion Fellowship', 'American Council of Learned Societies')}
{_alrow('2022', 'Fulbright-Hays Doctoral Dissertation Research Abroad Fellowship (Lisbon and Luanda)',
        'U.S. Department of Education')}
{_alrow('2021', 'Best Graduate Student Paper Prize', 'American Portuguese Studies Association')}
</div>
<div class="card"><h3>Academic Interests</h3>
{_alrow('Topic', 'Atlantic history', 'Portuguese empire; Angola and Brazil in the eighteenth century')}
{_alrow('Topic', 'History of slavery and the slave trade', '')}
{_alrow('Topic', 'History of insurance, credit and finance', '')}
</div>
<div class="card"><h3>Other Interests</h3><ul><li>Hobbies: paleography workshops, choral singing.</li></ul></div>
<p style="text-align:center;color:#999;font-size:8pt">© Copyright 2024 Inês Carvalho-Brandt. Powered by Jekyll with
al-folio theme. Hosted by GitHub Pages.</p>
</body></html>"""
    html_to_pdf_weasy(html, FILES / F05, "05_alfolio_cv.html")


L05 = {
    "file": F05,
    "name": "Inês Carvalho-Brandt",
    "name_any": ["Ines Carvalho-Brandt"],
    "emails": ["carvalhobrandt@wisc.example.edu"],
    "phones": [],
    "links": [],
    "education": [edu("University of Wisconsin–Madison", "phd", "2019", "2025"),
                  edu("University of Wisconsin–Madison", "master", "2019", "2021"),
                  edu("Smith College", "bachelor", "2013", "2017")],
    "experience": [job("University of Wisconsin–Madison", "Graduate Research Fellow", "2023", "2024"),
                   job("University of Wisconsin–Madison", "Teaching Assistant", "2020", "2023"),
                   job("John Carter Brown Library", "Archival Assistant", "2017", "2019")],
    "publications_count": 3,
    "first_author_count": 3,
    "publications_sample": [
        pub("Ledgers of the middle passage: Lisbon insurers and the Angolan trade, 1760–1790", "Atlantic Studies",
            2024, True, "published"),
        pub("Debt, kinship and the slave ship: a Luanda merchant’s letters", "Merchants of the Lusophone Atlantic",
            None, True, "in press"),
        pub("Insurance and risk in the Portuguese South Atlantic, 1760–1800", "Journal of Global History", None,
            True, "under review"),
    ],
    "research_interests_any": ["Atlantic history", "History of slavery and the slave trade",
                               "History of insurance, credit and finance"],
    "awards_count": 3,
    "language": "en",
    "layout": "Jekyll al-folio 'cv' page (cards, date badges) printed with imitated Chrome print lines, WeasyPrint",
    "notes": "al-folio CV page: navbar, 'cv' title with a PDF link, 'Last updated June 2024', cards with coloured "
             "date badges at the left of each row ('2019 - 2025'), General Information table (Full Name, Email, "
             "Languages). Education: the PhD prints 2019 - 2025 with 'Expected defence: May 2025' (printed end "
             "2025); the junior year abroad is a bullet inside the BA (no entry). Experience: three rows; the "
             "organisation is the university for the two UW–Madison rows (institute/department lines). "
             "Publications card: the badge of the in-press chapter is '2025' but the entry says 'forthcoming' "
             "(status in press; year not labelled because only the badge carries it), an under-review paper "
             "(badge 'review'), and a book review (not counted): 3, all single-authored. Honors and Awards: 3 "
             "fellowships/prizes. Academic Interests rows with a 'Topic' badge. The footer URL of the browser print "
             "is the page itself (not labelled). No phone, no other link.",
}

# ---------------------------------------------------------------- 06 a Sphinx (alabaster) page, printed by Chromium
F06 = "06_au_linguistics_lecturer_sphinx_alabaster_page.pdf"


def build06():
    from kit30 import chromium, pin_pdf

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "html"
        subprocess.run(["sphinx-build", "-q", "-b", "html", "-E", str(SRC / "06_sphinx"), str(out)], check=True,
                       env=ENV)
        shutil.copy(out / "index.html", SRC / "06_sphinx.output.html")
        subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={tmp}/profile", f"--print-to-pdf={FILES / F06}",
                        (out / "index.html").as_uri()], check=True, env=ENV, capture_output=True)
    pin_pdf(FILES / F06)


L06 = {
    "file": F06,
    "name": "Caitlin Marchetti-Oyelowo",
    "name_any": ["Dr Caitlin Marchetti-Oyelowo"],
    "emails": ["c.marchetti-oyelowo@uq.example.edu.au"],
    "phones": ["+61755500163"],
    "links": ["https://cmarchetti.example.net"],
    "education": [edu("Australian National University", "phd", "2016", "2020"),
                  edu("University of Auckland", "master", "2014", "2015"),
                  edu("University of Auckland", "bachelor", "2010", "2013")],
    "experience": [job("The University of Queensland", "Lecturer (Level B)", "2022", "present"),
                   job("Australian National University", "Postdoctoral Research Fellow", "2020", "2021"),
                   job("The University of Sydney", "Research assistant (casual)", "2016", "2019")],
    "publications_count": 6,
    "first_author_count": 5,
    "publications_sample": [
        pub("Tonal downstep in Äiwoo: an acoustic study", "Journal of the International Phonetic Association", 2023,
            True, "published"),
        pub("Verb serialisation in Nafsan narratives", "Oceanic Linguistics", 2022, True, "published"),
        pub("Documenting endangered prosody with mobile recording kits", "Language Documentation & Conservation",
            2021, False, "published"),
        pub("Prosody", "The Oxford Guide to the Languages of Vanuatu", None, True, "in press"),
        pub("Perception of downstep by Bislama–English bilingual listeners", "Laboratory Phonology", None, True,
            "under review"),
    ],
    "research_interests_any": ["Phonetics and phonology of tone and intonation", "Language documentation",
                               "Speech perception by bilingual listeners"],
    "awards_count": 2,
    "language": "en",
    "layout": "Sphinx 7.2.6 HTML (alabaster theme, sidebar) printed by headless Chromium",
    "notes": "A personal site built with Sphinx and printed from the browser: alabaster's print stylesheet hides "
             "the sidebar and footer, so the page starts at 'Curriculum vitae'; reST field list for contact (Name/Position/Email/Phone/Web), 'Last updated', a local "
             "'On this page' contents list, headings with hidden ¶ permalinks. Appointments are a definition list "
             "'2022 -- present' (en dash in print) over bold title + organisation; the PARADISEC casual post is "
             "labelled with its university. Education is a list-table (Years / Degree / Institution and thesis); "
             "'BA (Hons)' = bachelor. Publications under sub-headings with a restarting-looking numbered list "
             "(1-3, then 4, 5, 6): journal articles 3, an in-press chapter (venue = the book), the PhD thesis, one "
             "'Submitted to Laboratory Phonology' (under review): 6, first author 5. Conference presentations are "
             "not papers. The ARC DECRA sits in a note box under Grants (a grant, not an award); Honours is a "
             "simple table of 2. The thesis title 'Tone and intonation in Äiwoo' also appears in the education "
             "table. Phone '+61 7 5550 0163' (fiction range).",
}

# ---------------------------------------------------------------- 07 Google Scholar list pasted into Word
F07 = "07_in_civil_engineering_asst_prof_scholar_table_in_word.docx"


def build07():
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    def para(text="", bold=False, size=None, align=None, color=None, space=2):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space)
        return p

    def head(text):
        p = para(text, bold=True, size=12, color="1F3864", space=3)
        p.paragraph_format.space_before = Pt(10)
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "1F3864")):
            b.set(qn(k), v)
        bdr.append(b)
        p._p.get_or_add_pPr().append(bdr)

    def grid(rows, widths=None, header=True):
        t = d.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            cells = t.add_row().cells
            for c, v in zip(cells, row, strict=True):
                c.text = v
                if header and i == 0:
                    c.paragraphs[0].runs[0].bold = True
        return t

    para("CURRICULUM VITAE", bold=True, size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("Dr. Pranitha Kolluru-Venkatesh", bold=True, size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("Assistant Professor (Grade-I), Department of Civil Engineering", align=WD_ALIGN_PARAGRAPH.CENTER)
    para("National Institute of Technology Warangal, Telangana – 506004", align=WD_ALIGN_PARAGRAPH.CENTER)
    para("Mobile: +91 98765 55123  |  E-mail: pranitha.kv@nitw.example.ac.in", align=WD_ALIGN_PARAGRAPH.CENTER)
    para("Google Scholar: https://scholar.google.com/citations?user=Xq7b55AAAAAJ", align=WD_ALIGN_PARAGRAPH.CENTER)

    head("Academic Qualifications")
    grid([["Degree", "Specialisation", "Institute / University", "Year"],
          ["Ph.D.", "Structural Engineering", "Indian Institute of Technology Madras", "2019"],
          ["M.Tech.", "Structural Engineering", "National Institute of Technology Warangal", "2014"],
          ["B.Tech.", "Civil Engineering", "JNTU Hyderabad", "2012"]])
    head("Professional Experience")
    grid([["Position", "Organisation", "Period"],
          ["Assistant Professor (Grade-I)", "National Institute of Technology Warangal", "12.07.2021 – till date"],
          ["Post-Doctoral Research Fellow", "School of Civil and Environmental Engineering, Nanyang Technological "
           "University, Singapore", "01.08.2019 – 30.06.2021"],
          ["Graduate Engineer Trainee", "Larsen & Toubro Construction, Chennai", "07/2014 – 06/2015"]])
    head("Areas of Research Interest")
    for x in ("Fibre-reinforced geopolymer concrete", "Structural health monitoring of RC members",
              "Low-carbon construction materials"):
        d.add_paragraph(x, style="List Bullet")

    head("Publications (copied from my Google Scholar profile, 01 July 2024)")
    para("Cited by\tAll\tSince 2019", size=9, color="777777", space=0)
    para("Citations\t98\t95      h-index\t5\t5      i10-index\t2\t2", size=9, color="777777")
    t = d.add_table(rows=1, cols=3)
    hdr = t.rows[0].cells
    for c, v in zip(hdr, ("TITLE", "CITED BY", "YEAR"), strict=True):
        c.text = v
        c.paragraphs[0].runs[0].font.size = Pt(8)
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("777777")
    rows = [
        ("Shear capacity of fibre-reinforced geopolymer deep beams: experiments and strut-and-tie models",
         "P Kolluru-Venkatesh, S Natarajan, R Subramanian", "Engineering Structures 301, 117288", "", "2024"),
        ("Bond strength of GFRP bars in ambient-cured geopolymer concrete",
         "P Kolluru-Venkatesh, S Natarajan", "Structures 55, 1021-1033", "2", "2023"),
        ("Life-cycle carbon assessment of fly-ash bricks in South Indian housing",
         "V Sharma, P Kolluru-Venkatesh", "Journal of Building Engineering 68, 106112", "6", "2023"),
        ("Chloride ingress in slag-based geopolymer concrete exposed to marine environment",
         "S Natarajan, P Kolluru-Venkatesh, R Subramanian", "Cement and Concrete Composites 128, 104432", "27",
         "2022"),
        ("Vibration-based damage detection in RC slabs using low-cost MEMS accelerometers",
         "P Kolluru-Venkatesh, KH Tan, WL Goh, ...", "Structural Health Monitoring 21 (4), 1650-1668", "18", "2022"),
        ("Flexural behaviour of basalt-fibre reinforced geopolymer concrete beams",
         "P Kolluru-Venkatesh, R Subramanian, AK Menon", "Construction and Building Materials 312, 125391", "41",
         "2021"),
        ("A process for preparing an ambient-cured geopolymer binder from slag and rice-husk ash",
         "P Kolluru-Venkatesh, R Subramanian", "IN Patent App. 202141099999", "", "2021"),
        ("Durability of geopolymer mortars under sulphate attack",
         "P Kolluru-Venkatesh, R Subramanian", "Proceedings of the fib Symposium 2020, 455-462", "3", "2020"),
        ("Behaviour of geopolymer concrete flexural members under monotonic and cyclic loading",
         "P Kolluru-Venkatesh", "Indian Institute of Technology Madras", "1", "2019"),
    ]
    for title, authors, venue, cited, year in rows:
        cells = t.add_row().cells
        p = cells[0].paragraphs[0]
        r = p.add_run(title)
        r.font.color.rgb = RGBColor.from_string("1A0DAB")
        r.font.size = Pt(10)
        for line in (authors, venue):
            q = cells[0].add_paragraph()
            rr = q.add_run(line)
            rr.font.size = Pt(8.5)
            rr.font.color.rgb = RGBColor.from_string("777777")
            q.paragraph_format.space_after = Pt(0)
        for c, v in ((cells[1], cited), (cells[2], year)):
            c.text = v
            if v:
                c.paragraphs[0].runs[0].font.color.rgb = RGBColor.from_string("1A0DAB" if c is cells[1] else "777777")
    for row in t.rows:
        row.cells[0].width, row.cells[1].width, row.cells[2].width = 4800000, 700000, 600000

    head("Sponsored Research Projects")
    grid([["Title", "Agency", "Amount (₹)", "Period", "Role"],
          ["Self-sensing geopolymer composites for bridge decks", "SERB (SRG/2022/000999)", "28.6 lakh",
           "2022 – 2024", "PI"]])
    head("Awards & Recognitions")
    d.add_paragraph("Young Engineer Award (Civil Engineering Division), The Institution of Engineers (India), 2023",
                    style="List Bullet")
    d.add_paragraph("Best Paper Award, fib Symposium 2020 (online)", style="List Bullet")
    head("Professional Memberships")
    para("Life Member, Indian Concrete Institute (LM-99871); Associate Member, The Institution of Engineers (India)")
    head("Declaration")
    para("I hereby declare that the information furnished above is true to the best of my knowledge.")
    para("Place: Warangal\t\t\t\t\t\t(Dr. Pranitha Kolluru-Venkatesh)")
    d.core_properties.author = "Pranitha"
    d.save(FILES / F07)
    fix_docx(FILES / F07)


L07 = {
    "file": F07,
    "name": "Pranitha Kolluru-Venkatesh",
    "name_any": ["Dr. Pranitha Kolluru-Venkatesh"],
    "emails": ["pranitha.kv@nitw.example.ac.in"],
    "phones": ["+919876555123"],
    "links": ["https://scholar.google.com/citations?user=Xq7b55AAAAAJ"],
    "education": [edu("Indian Institute of Technology Madras", "phd", None, "2019"),
                  edu("National Institute of Technology Warangal", "master", None, "2014"),
                  edu("JNTU Hyderabad", "bachelor", None, "2012")],
    "experience": [job("National Institute of Technology Warangal", "Assistant Professor (Grade-I)", "2021-07",
                       "present"),
                   job("Nanyang Technological University", "Post-Doctoral Research Fellow", "2019-08", "2021-06"),
                   job("Larsen & Toubro Construction", "Graduate Engineer Trainee", "2014-07", "2015-06")],
    "publications_count": 8,
    "first_author_count": 6,
    "publications_sample": [
        pub("Flexural behaviour of basalt-fibre reinforced geopolymer concrete beams",
            "Construction and Building Materials", 2021, True, "published"),
        pub("Chloride ingress in slag-based geopolymer concrete exposed to marine environment",
            "Cement and Concrete Composites", 2022, False, "published"),
        pub("Vibration-based damage detection in RC slabs using low-cost MEMS accelerometers",
            "Structural Health Monitoring", 2022, True, "published"),
        pub("Life-cycle carbon assessment of fly-ash bricks in South Indian housing", "Journal of Building Engineering",
            2023, False, "published"),
        pub("Durability of geopolymer mortars under sulphate attack", "Proceedings of the fib Symposium 2020", 2020,
            True, "published"),
    ],
    "research_interests_any": ["Fibre-reinforced geopolymer concrete", "Structural health monitoring",
                               "Low-carbon construction materials"],
    "awards_count": 2,
    "language": "en",
    "layout": "Indian academic CV in Word with a Google Scholar profile table pasted in (python-docx)",
    "notes": "Centred header block (name, designation, institute, 'Mobile: +91 98765 55123 | E-mail', Scholar URL "
             "= link), Word 'Table Grid' tables: Academic Qualifications (Degree/Specialisation/Institute/Year: "
             "end year only), Professional Experience with 'dd.mm.yyyy – till date' (= present) and one 'MM/YYYY' "
             "row; the NTU row's organisation cell starts with the school. Publications are the Google Scholar "
             "profile pasted into Word: the 'Cited by / All / Since 2019' metrics lines, then a borderless 3-column "
             "table TITLE (blue) with grey author and venue lines under it / CITED BY / YEAR, newest first, "
             "truncated author list 'P Kolluru-Venkatesh, KH Tan, WL Goh, ...'. Scholar prints no status: "
             "labelled 'published'. The patent row is not a paper; the fib Symposium proceedings paper and the "
             "IIT Madras thesis row (venue = institution; not sampled) are: 8 papers, first author 6. Venues are "
             "the journal names without Scholar's volume/page tail. SERB project = grant. Awards 2. Declaration "
             "block at the end.",
}

# ---------------------------------------------------------------- 08 UK university staff page, printed
F08 = "08_uk_respiratory_medicine_clinical_assoc_prof_staff_page_print.pdf"

STAFF_CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 9.5pt; color: #10263b; }
.band { background: #10263b; color: #fff; padding: 8px 10px; font-size: 12pt; }
.crumb { font-size: 8pt; color: #555; margin: 6px 0; }
.hero { display: flex; border-bottom: 1px solid #ccc; padding-bottom: 10px; }
.ph { width: 110px; height: 130px; background: #e6e6e6; margin-right: 14px; }
.hero h1 { margin: 0; font-size: 17pt; } .hero .job { font-size: 10.5pt; margin: 4px 0; }
.contact td { padding: 1px 8px 1px 0; font-size: 9pt; } .contact td:first-child { color: #666; }
.tabs { margin: 10px 0 0 0; font-size: 8.5pt; color: #666; }
h2 { font-size: 12pt; margin: 14px 0 4px 0; border-left: 4px solid #009fdf; padding-left: 6px; }
.pubs p { margin: 4px 0 4px 0; }
"""


def build08():
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Aled Pryce-Morgan - The University of
Nottingham</title><style>{STAFF_CSS}{browser_css('01/07/2024, 11:26', 'Aled Pryce-Morgan - The University of Nottingham',
 'https://www.nottingham.example.ac.uk/medicine/people/aled.pryce-morgan')}</style></head><body>
<div class="band">University of Nottingham &nbsp;·&nbsp; School of Medicine</div>
<div class="crumb">Home › School of Medicine › People › Aled Pryce-Morgan</div>
<div class="hero"><div class="ph"></div><div><h1>Dr Aled Pryce-Morgan</h1>
<div class="job">Clinical Associate Professor in Respiratory Medicine, Faculty of Medicine &amp; Health Sciences</div>
<table class="contact"><tr><td>Contact</td><td></td></tr>
<tr><td>workPhone:</td><td>+44 (0)115 496 0388</td></tr>
<tr><td>email:</td><td>aled.pryce-morgan@nottingham.example.ac.uk</td></tr>
<tr><td>Address:</td><td>Nottingham Biomedical Research Centre, City Hospital Campus, Hucknall Road, Nottingham,
NG5 1PB</td></tr></table></div></div>
<div class="tabs">Biography &nbsp;|&nbsp; Expertise Summary &nbsp;|&nbsp; Teaching Summary &nbsp;|&nbsp; Research
Summary &nbsp;|&nbsp; Selected Publications</div>
<h2>Biography</h2>
<p>Aled graduated in medicine (MBBS) from Cardiff University in 2008, having intercalated a BSc in Pharmacology in
2005. After foundation training in South Wales he was a specialty registrar in Respiratory and General Internal
Medicine with Health Education East Midlands (2010-2014).</p>
<p>He completed a PhD at the University of Nottingham (2014-2017) as an MRC Clinical Research Training Fellow,
studying the airway microbiome in bronchiectasis, and was then an NIHR Clinical Lecturer in Respiratory Medicine
(2017-2020). In 2020 he was appointed Clinical Associate Professor and Honorary Consultant Respiratory Physician at
Nottingham University Hospitals NHS Trust. He received the British Thoracic Society Early Career Investigator Award
in 2019.</p>
<h2>Expertise Summary</h2>
<p>Bronchiectasis; airway microbiome; non-tuberculous mycobacterial lung disease; clinical trials of inhaled
antibiotics.</p>
<h2>Teaching Summary</h2>
<p>Aled leads the respiratory block of the Year 3 Clinical Phase and supervises intercalated BMedSci projects. He
is a Fellow of the Higher Education Academy.</p>
<h2>Research Summary</h2>
<p>My group studies how the lung microbiome and host inflammation interact in bronchiectasis and NTM lung disease.
We run the NOTT-BX cohort (600 patients) and lead two NIHR-funded trials of inhaled antibiotic strategies.</p>
<p><b>Current Research</b><br>Microbiome-guided antibiotic treatment in bronchiectasis exacerbations (NIHR EME,
2022-2026, co-PI).</p>
<h2>Selected Publications</h2><div class="pubs">
<p>PRYCE-MORGAN, A., HALLORAN-BECK, J., OKAFOR-LINDGREN, C. and DEVAS, R., 2024. Sputum microbiome instability
predicts exacerbations in bronchiectasis: a prospective cohort study <i>European Respiratory Journal</i>. 63(2),
2301188</p>
<p>DEVAS, R., PRYCE-MORGAN, A. and MARSHALL-OTIENO, K., 2023. Inhaled colistimethate versus tobramycin for
Pseudomonas eradication: a pragmatic randomised trial <i>Thorax</i>. 78(6), 555-563</p>
<p>PRYCE-MORGAN, A., OKAFOR-LINDGREN, C., WU, H. and HALLORAN-BECK, J., 2022. Neutrophil extracellular traps and
mycobacterial load in NTM lung disease <i>American Journal of Respiratory and Critical Care Medicine</i>. 205(9),
1071-1080</p>
<p>MARSHALL-OTIENO, K. and PRYCE-MORGAN, A., 2021. Bronchiectasis in primary care: an overview for general
practitioners <i>British Journal of General Practice</i>. 71(708), 321-322</p>
<p>PRYCE-MORGAN, A., DEVAS, R. and others, 2018. The airway microbiome in stable bronchiectasis: a 16S rRNA
sequencing study <i>Lancet Respiratory Medicine</i>. 6(11), 851-861</p>
<p>OKAFOR-LINDGREN, C., PRYCE-MORGAN, A. and HALLORAN-BECK, J., In press. Host transcriptomic signatures of
exacerbation recovery in bronchiectasis <i>ERJ Open Research</i>.</p>
</div></body></html>"""
    html_to_pdf_weasy(html, FILES / F08, "08_staff_page.html")


L08 = {
    "file": F08,
    "name": "Aled Pryce-Morgan",
    "name_any": ["Dr Aled Pryce-Morgan"],
    "emails": ["aled.pryce-morgan@nottingham.example.ac.uk"],
    "phones": ["+441154960388"],
    "links": [],
    "education": [edu("Cardiff University", "bachelor", None, "2008"),
                  edu("Cardiff University", "bachelor", None, "2005"),
                  edu("University of Nottingham", "phd", "2014", "2017")],
    "experience": [job("University of Nottingham", "Clinical Associate Professor in Respiratory Medicine", "2020",
                       "present"),
                   job("University of Nottingham", "NIHR Clinical Lecturer in Respiratory Medicine", "2017", "2020"),
                   job("University of Nottingham", "MRC Clinical Research Training Fellow", "2014", "2017"),
                   job("Health Education East Midlands", "specialty registrar in Respiratory and General Internal "
                       "Medicine", "2010", "2014")],
    "publications_count": 6,
    "first_author_count": 3,
    "publications_sample": [
        pub("Sputum microbiome instability predicts exacerbations in bronchiectasis: a prospective cohort study",
            "European Respiratory Journal", 2024, True, "published"),
        pub("Inhaled colistimethate versus tobramycin for Pseudomonas eradication: a pragmatic randomised trial",
            "Thorax", 2023, False, "published"),
        pub("Neutrophil extracellular traps and mycobacterial load in NTM lung disease",
            "American Journal of Respiratory and Critical Care Medicine", 2022, True, "published"),
        pub("The airway microbiome in stable bronchiectasis: a 16S rRNA sequencing study", "Lancet Respiratory Medicine",
            2018, True, "published"),
        pub("Host transcriptomic signatures of exacerbation recovery in bronchiectasis", "ERJ Open Research", None,
            False, "in press"),
    ],
    "research_interests_any": ["Bronchiectasis", "airway microbiome", "non-tuberculous mycobacterial lung disease"],
    "awards_count": None,
    "language": "en",
    "layout": "UK university staff profile page printed from the browser (imitated Chrome print lines), WeasyPrint",
    "notes": "Staff page: site band, breadcrumb, photo box, 'Dr Aled Pryce-Morgan', job line, a contact table "
             "('workPhone:' '+44 (0)115 496 0388', 'email:', address), then the page's tabs laid out one after "
             "another (Biography, Expertise Summary, Teaching Summary, Research Summary, Selected Publications). "
             "Degrees and jobs are only in the biography prose: MBBS 2008 (bachelor, end only), intercalated BSc "
             "2005 (a second bachelor), PhD 2014-2017; jobs: specialty registrar (2010-2014), MRC Clinical "
             "Research Training Fellow during the PhD (a funded post, a job), NIHR Clinical Lecturer 2017-2020, "
             "'appointed Clinical Associate Professor and Honorary Consultant Respiratory Physician … in 2020' is "
             "labelled as the current post with the job line's title (one job: two concurrent titles in one "
             "phrase). Foundation training has no years (not labelled). Expertise Summary = interests. Publications "
             "in the University's Harvard-like export (UPPERCASE authors, 'YEAR. Title <i>Journal</i>. vol(issue), "
             "pages', no full stop between title and journal; 'and others'; an 'In press.' item): 6, first author "
             "3. The BTS award is mentioned only in the biography and there is no honours section: awards not "
             "scored. NIHR EME trial = grant.",
}
