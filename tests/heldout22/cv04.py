"""04: Australian maths-education lecturer, ex-teacher with sessional posts; the Google Docs 'Spearmint'
resume template look, HTML printed by WeasyPrint."""
from __future__ import annotations

from kit22 import FILES, edu, job, pub, weasy_pdf

NAME = "04_au_maths_education_lecturer_sessional_gdocs_spearmint_weasyprint.pdf"

CSS = """
@page { size: A4; margin: 14mm 18mm 16mm 18mm; }
body { font-family: 'Open Sans'; font-size: 9.6pt; color: #333; line-height: 1.32; }
.bar { height: 7px; background: #27a28c; margin: 0 0 14px 0; }
.name { font-family: 'Lato'; font-weight: bold; font-size: 25pt; color: #111; margin: 0; }
.contact { font-size: 9pt; color: #555; margin: 2px 0 10px 0; }
.intro { margin: 0 0 6px 0; }
h2 { font-family: 'Lato'; font-weight: bold; font-size: 10.5pt; color: #27a28c; letter-spacing: 1px;
     text-transform: uppercase; margin: 14px 0 4px 0; }
h3 { font-family: 'Lato'; font-size: 10.5pt; font-weight: normal; margin: 8px 0 0 0; color: #111; }
h3 b { font-weight: bold; }
.when { font-size: 8.2pt; color: #666; text-transform: uppercase; margin: 1px 0 2px 0; }
p { margin: 1px 0 3px 0; }
ul { margin: 1px 0 3px 0; padding-left: 16px; }
li { margin: 0; }
.pubs p { padding-left: 16px; text-indent: -16px; }
"""


def html() -> str:
    return f"""<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8">
<title>Tamsin Ngata-Whitfield - Resume</title><style>{CSS}</style></head><body>
<div class="bar"></div>
<p class="name">Tamsin Ngata-Whitfield</p>
<p class="contact">Lecturer in Mathematics Education &nbsp;·&nbsp; Clayton VIC 3800 &nbsp;·&nbsp; 0491 570 158
&nbsp;·&nbsp; tamsin.ngata-whitfield@example.edu.au</p>
<p class="intro">Secondary mathematics teacher for eleven years and teacher educator since 2018. I research how
early-career teachers learn to run mathematical discussions, and I still teach Year 9 one morning a week as a
school-university partnership.</p>

<h2>Career</h2>
<h3><b>Monash University</b>, Clayton — <i>Lecturer (Level B), Mathematics Education</i></h3>
<p class="when">July 2022 - Present</p>
<ul><li>Unit coordinator, EDF5031 Curriculum and Pedagogy: Mathematics (graduate entry, ~240 students)</li>
<li>Placement liaison for 14 partner schools in the south-east region</li></ul>

<h3><b>Deakin University</b>, Burwood — <i>Sessional Lecturer, School of Education</i></h3>
<p class="when">2019 - 2022 (trimesters 1 and 2; concurrent with school teaching)</p>
<ul><li>Lectured and tutored EMM302 Numeracy for Teaching (cloud and campus), marked teaching portfolios</li></ul>

<h3><b>University of Melbourne</b>, Melbourne Graduate School of Education — <i>Casual Tutor</i></h3>
<p class="when">Semester 2, 2018 - Semester 1, 2020</p>

<h3><b>Brunswick Secondary College</b>, Brunswick — <i>Leading Teacher, Mathematics (Head of Faculty)</i></h3>
<p class="when">Jan 2015 - Jun 2022 (0.6 FTE from 2019)</p>
<ul><li>Led a faculty of 12; rewrote the Year 7–10 scope and sequence for Victorian Curriculum 2.0</li>
<li>Ran the school's Teaching Academy partnership with the University of Melbourne</li></ul>

<h3><b>Wodonga Senior Secondary College</b>, Wodonga — <i>Teacher, Mathematics and Physics</i></h3>
<p class="when">2010 - 2014</p>

<h2>Education</h2>
<h3><b>Monash University</b> — <i>Doctor of Philosophy (Education)</i></h3>
<p class="when">2017 - 2022 (part-time)</p>
<p>Thesis: <i>Talk moves in the first two years: how beginning teachers orchestrate mathematical discussion</i>.
Supervisors: A/Prof. H. Castellanos, Dr R. Moana-Price.</p>
<h3><b>University of Melbourne</b> — <i>Master of Teaching (Secondary)</i></h3>
<p class="when">2008 - 2009</p>
<h3><b>La Trobe University</b> — <i>Bachelor of Science (Mathematics and Statistics)</i></h3>
<p class="when">2005 - 2007</p>

<h2>Research interests</h2>
<p>Mathematical discussion and talk moves; early-career teacher learning; school–university partnerships;
rehearsal-based teacher education.</p>

<h2>Publications</h2>
<div class="pubs">
<p>Ngata-Whitfield, T., &amp; Castellanos, H. (2024). Rehearsing the launch: pre-service teachers' talk moves
in approximations of practice. <i>Mathematics Education Research Journal, 36</i>(2), 311–334.</p>
<p>Ngata-Whitfield, T. (2023). Who speaks after the teacher? Turn-taking in Year 8 mathematics lessons.
<i>Australian Journal of Teacher Education, 48</i>(5), 1–19.</p>
<p>Moana-Price, R., Ngata-Whitfield, T., &amp; Lui, S. (2022). Partnership schools as sites for mathematics teacher
education. In J. Hollister &amp; P. Dandenong (Eds.), <i>Research in Mathematics Education in Australasia
2020–2023</i> (pp. 201–224). Springer.</p>
<p>Ngata-Whitfield, T., Lui, S., &amp; Castellanos, H. (under review). Noticing student reasoning in video clubs:
a design study. <i>Journal of Mathematics Teacher Education</i>.</p>
</div>

<h2>Other</h2>
<p>Ngata-Whitfield, T. (2021). Ten-minute number talks that actually take ten minutes. <i>Australian Mathematics
Education Journal, 3</i>(1), 24–27. [practitioner article]</p>
<p>Conference presentations at MERGA 2019, 2021, 2023 and the MAV Annual Conference 2018–2023.</p>

<h2>Awards</h2>
<ul><li>Vice-Chancellor's Award for Excellence in Sessional Teaching, Deakin University (2021)</li>
<li>Mathematics Education Research Group of Australasia (MERGA) Early Career Researcher Award (2023)</li></ul>

<h2>Registration &amp; skills</h2>
<p>Victorian Institute of Teaching full registration (VIT 431106); Working with Children Check (employee).
NVivo, R, Zoom/Moodle/Canvas teaching, video-club facilitation.</p>
</body></html>
"""


def build() -> None:
    weasy_pdf(html(), FILES / NAME, "04_cv.html")


LABEL = {
    "file": NAME,
    "name": "Tamsin Ngata-Whitfield",
    "emails": ["tamsin.ngata-whitfield@example.edu.au"],
    "phones": ["+61491570158"],
    "links": [],
    "education": [
        edu("Monash University", "phd", "2017", "2022"),
        edu("University of Melbourne", "master", "2008", "2009"),
        edu("La Trobe University", "bachelor", "2005", "2007"),
    ],
    "experience": [
        job("Monash University", "Lecturer (Level B), Mathematics Education", "2022-07", "present"),
        job("Deakin University", "Sessional Lecturer, School of Education", "2019", "2022"),
        job("University of Melbourne", "Casual Tutor", "2018", "2020"),
        job("Brunswick Secondary College", "Leading Teacher, Mathematics (Head of Faculty)", "2015-01", "2022-06"),
        job("Wodonga Senior Secondary College", "Teacher, Mathematics and Physics", "2010", "2014"),
    ],
    "publications_count": 5,
    "first_author_count": 4,
    "publications_sample": [
        pub("Rehearsing the launch: pre-service teachers' talk moves in approximations of practice",
            "Mathematics Education Research Journal", 2024, True, "published"),
        pub("Who speaks after the teacher? Turn-taking in Year 8 mathematics lessons",
            "Australian Journal of Teacher Education", 2023, True, "published"),
        pub("Partnership schools as sites for mathematics teacher education",
            "Research in Mathematics Education in Australasia 2020–2023", 2022, False, "published"),
        pub("Noticing student reasoning in video clubs: a design study",
            "Journal of Mathematics Teacher Education", None, True, "under review"),
        pub("Ten-minute number talks that actually take ten minutes", "Australian Mathematics Education Journal",
            2021, True, "published"),
    ],
    "research_interests_any": ["Mathematical discussion", "early-career teacher learning",
                               "school–university partnerships", "rehearsal-based teacher education"],
    "awards_count": 2,
    "language": "en",
    "layout": "Australian teacher-educator CV in the Google Docs 'Spearmint' resume template look (colour bar, "
              "Lato/Open Sans, 'Company, City — Title' line with an upper-case date line below), WeasyPrint",
    "notes": "HTML imitating the Google Docs Spearmint template, printed by WeasyPrint. 'Career' holds every job as "
             "'Employer, Place — Title' with the dates on the next line in capitals ('JULY 2022 - PRESENT', "
             "'2019 - 2022 (TRIMESTERS 1 AND 2; CONCURRENT…)', 'SEMESTER 2, 2018 - SEMESTER 1, 2020' = 2018-2020 as "
             "seasons are labelled by year, 'JAN 2015 - JUN 2022 (0.6 FTE FROM 2019)'). Sessional, casual and "
             "school posts are jobs; the concurrent posts overlap. Education in the same shape, PhD part-time "
             "2017-2022. Publications: 3 under 'Publications' + 1 '(under review)' + 1 practitioner article under "
             "'Other' (counted, heldout19) = 5; conference presentations are talks. APA 7, first author 4 (the "
             "chapter is second-authored). The chapter's venue is the edited book. Awards 2. VIT registration "
             "number is a licence, not a phone; Australian mobile 0491 570 158 -> +61.",
}
