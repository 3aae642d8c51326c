"""Two PDF CVs from outside computer science (invented).

An epidemiologist whose author lists use "Lastname, F." / Vancouver forms with
"and", her name underlined and * marking the corresponding author; and an
economist whose document opens with "Curriculum Vitae" before the name, with
section titles in a left column and referees' e-mails that are not hers.
"""
from __future__ import annotations

from pathlib import Path

from tests.heldout2.render import Pdf, Run


def _authors(parts: list[str], me: str) -> list[Run]:
    """Author text split so that the candidate's own name is underlined."""
    runs: list[Run] = []
    for p in parts:
        if p.startswith(me):
            runs.append((me, "U"))
            if p[len(me):]:
                runs.append((p[len(me):], ""))
        else:
            runs.append((p, ""))
    return runs


def build_epi(out: Path) -> dict:
    pdf = Pdf("serif", size=10.5, margin=20, letter=True)
    pdf.line("Sofia Brandt, PhD, MPH", "B", 16)
    pdf.line("Postdoctoral Research Fellow, Department of Epidemiology, Harvard T.H. Chan School of Public Health")
    pdf.line("677 Huntington Avenue, Boston, MA 02115")
    pdf.line("sbrandt@hsph.example.edu  ·  +1 617 555 0166")
    pdf.rule(2)

    pdf.heading("Education", rule=False)
    for when, what in [
        ("2017–2021", "PhD, Epidemiology, Karolinska Institutet, Stockholm, Sweden"),
        ("2015–2017", "MPH, Epidemiology, Columbia University Mailman School of Public Health, New York"),
        ("2011–2015", "BA, Biology (magna cum laude), Reed College, Portland, OR"),
    ]:
        pdf.dated(when, what, col=31)

    pdf.heading("Professional Experience", rule=False)
    for when, what in [
        ("2021–present", "Postdoctoral Research Fellow, Harvard T.H. Chan School of Public Health, Boston, MA"),
        ("Jun–Aug 2016", "ORISE Fellow, Epidemic Intelligence Service Summer Program, Centers for Disease "
                         "Control and Prevention (CDC), Atlanta, GA"),
    ]:
        pdf.dated(when, what, col=31)

    pdf.heading("Peer-Reviewed Publications", rule=False)
    pdf.line("My name is underlined. * corresponding author; † equal contribution; ‡ student mentee.", "I", 9)
    me = "Brandt, S."
    pubs: list[tuple[list[Run], str, str, int]] = [
        (_authors(["Brandt, S.", ", Okeke, C., and Lindqvist, A.* (2025). "], me),
         "Maternal influenza vaccination and childhood asthma: a sibling-comparison study",
         "American Journal of Epidemiology", 2025),
        (_authors(["Lindqvist, A., ", "Brandt, S.", ", Moreau, P., and Huang, Y.* (2024). "], me),
         "Negative control outcomes in registry-based pharmacoepidemiology",
         "Epidemiology", 2024),
        (_authors(["Okeke, C.†, ", "Brandt, S.", "†, and Lindqvist, A. (2024). "], me),
         "Target trial emulation of statin initiation after stroke",
         "International Journal of Epidemiology", 2024),
        (_authors(["Brandt, S.", "* and Moreau, P. (2023). "], me),
         "Quantitative bias analysis for misclassified vaccination status",
         "Statistics in Medicine", 2023),
        (_authors(["Huang, Y.‡, Patel, R., and ", "Brandt, S.", "* (2023). "], me),
         "Heat waves and emergency visits among older adults in Massachusetts",
         "Environmental Health Perspectives", 2023),
    ]
    vancouver: list[tuple[list[Run], str, str, int]] = [
        (_authors(["Brandt S", ", Lindqvist A. "], "Brandt S"),
         "Antibiotic exposure in infancy and inflammatory bowel disease: a nationwide cohort",
         "Lancet Public Health", 2022),
        (_authors(["Moreau P, ", "Brandt S", ", Okeke C. "], "Brandt S"),
         "Seasonality of Lyme disease diagnoses in Sweden, 2005–2019",
         "Euro Surveill", 2021),
    ]
    n = 0
    for runs, title, venue, _year in pubs:
        n += 1
        pdf.dated(f"{n}.", runs + [(f"{title}. ", ""), (venue, "I"), (".", "")], col=8)
    for runs, title, venue, year in vancouver:
        n += 1
        tail = "2022;7(3):e210–e219." if year == 2022 else "2021;26(14):2000345."
        pdf.dated(f"{n}.", runs + [(f"{title}. ", ""), (venue, "I"), (f". {tail}", "")], col=8)

    pdf.heading("Honors", rule=False)
    awards = [("2020", "Student Prize Paper Award, Society for Epidemiologic Research"),
              ("2021", "International Postdoc Grant, Swedish Research Council (Vetenskapsrådet)")]
    for when, what in awards:
        pdf.dated(when, what, col=31)

    pdf.heading("Invited Presentations", rule=False)
    pdf.dated("2024", "“Sibling designs in vaccine safety research.” Epidemiology Grand Rounds, Boston Children's "
                      "Hospital.", col=31)
    pdf.heading("Skills", rule=False)
    pdf.line("R (data.table, survival, targets), SAS, Stata; Swedish national registers; causal inference methods.")
    pdf.save(out)
    titles = [p[1] for p in pubs + vancouver]
    return {
        "name": "Sofia Brandt",
        "name_any": ["Sofia Brandt, PhD, MPH", "Sofia Brandt PhD MPH"],
        "emails": ["sbrandt@hsph.example.edu"],
        "phones": ["+16175550166"],
        "links": [],
        "education": [
            {"institution": "Karolinska Institutet", "degree_level": "phd", "start": "2017", "end": "2021"},
            {"institution": "Columbia University Mailman School of Public Health", "degree_level": "master",
             "start": "2015", "end": "2017"},
            {"institution": "Reed College", "degree_level": "bachelor", "start": "2011", "end": "2015"},
        ],
        "experience": [
            {"organization": "Harvard T.H. Chan School of Public Health", "title": "Postdoctoral Research Fellow",
             "start": "2021", "end": "present"},
            {"organization": "Centers for Disease Control and Prevention (CDC)", "title": "ORISE Fellow",
             "start": "2016-06", "end": "2016-08"},
        ],
        "publications_count": 7,
        "first_author_count": 4,
        "publications_sample": [
            {"title": titles[0], "venue": "American Journal of Epidemiology", "year": 2025},
            {"title": titles[2], "venue": "International Journal of Epidemiology", "year": 2024},
            {"title": titles[4], "venue": "Environmental Health Perspectives", "year": 2023},
            {"title": titles[5], "venue": "Lancet Public Health", "year": 2022},
        ],
        "research_interests_any": None,
        "awards_count": 2,
        "layout": "letter PDF, APA 'Lastname, F. (year). Title. Journal.' and Vancouver 'Lastname F, ...' entries",
        "notes": "Candidate first in 1, 4, 6; in 3 she is second with † equal contribution with the first author "
                 "(first author). * marks the corresponding author, not equal contribution, so 2 and 5 are not "
                 "first-author. The year sits after the authors in APA entries. The invited presentation is "
                 "not a publication.",
    }


def build_econ(out: Path) -> dict:
    pdf = Pdf("serif", size=10.5, margin=20)
    col = 42.0
    pdf.line("Curriculum Vitae", "", 11, "R")
    pdf.line("Rafael Quintero Alarcón", "B", 18)
    pdf.gap(2)

    def block(title: str, entries: list[str]) -> None:
        """Section title in the left column, entries to its right (a classic economics layout)."""
        pdf.gap(2.5)
        y = pdf.pdf.get_y()
        pdf.font("B", 10.5)
        pdf.pdf.multi_cell(col - 4, 5.25, title, new_x="LMARGIN", new_y="NEXT")
        below_title = pdf.pdf.get_y()
        pdf.pdf.set_xy(pdf.pdf.l_margin + col, y)
        pdf.font("")
        for e in entries:
            pdf.pdf.set_x(pdf.pdf.l_margin + col)
            pdf.pdf.multi_cell(pdf.width - col, 5.25, e, new_x="LMARGIN", new_y="NEXT")
            pdf.pdf.ln(0.8)
        pdf.pdf.set_y(max(below_title, pdf.pdf.get_y()))

    block("Contact", ["Department of Economics and Business, Universitat Pompeu Fabra",
                      "Ramon Trias Fargas 25–27, 08005 Barcelona, Spain",
                      "Phone: +34 612 345 678",
                      "E-mail: rafael.quintero@upf.example.edu",
                      "Website: https://rquintero.example.es"])
    block("Fields", ["Primary: Labor economics, public economics", "Secondary: Applied econometrics"])
    block("Education", ["Ph.D. in Economics, Universitat Pompeu Fabra, 2020–2026 (expected)",
                        "M.Res. in Economics, Barcelona School of Economics, 2018–2020",
                        "B.A. in Economics, Universidad Carlos III de Madrid, 2014–2018"])
    block("Job Market Paper", ["“Minimum wages and the geography of informal work” — I exploit regional "
                               "minimum-wage bite in Spain to show that informal employment shifts across "
                               "municipal borders rather than falling."])
    block("Publications", ["“Unemployment insurance and job search effort: evidence from time-use diaries” "
                           "(with Ana Ortiz), Labour Economics, 2024, 88: 102517.",
                           "“Teacher shortages and student outcomes in rural Spain” (with Jordi Vallès and "
                           "Ana Ortiz), Economics of Education Review, 2023, 95: 102410."])
    block("Working Papers", ["“Remote work and the gender commuting gap” (with Marta Ferrer), 2025.",
                             "“Who pays the payroll tax? Evidence from a Spanish reform”, 2024."])
    block("Work in Progress", ["Pension information letters and retirement timing (data collection underway)"])
    block("Experience", ["Research Assistant, Banco de España, Madrid, 2018–2020",
                         "Trainee, European Central Bank, Directorate General Research, Jun–Sep 2022",
                         "Teaching Assistant, Universitat Pompeu Fabra, 2021–2024 (Labor Economics, Econometrics I)"])
    block("Fellowships and Awards", ["La Caixa Foundation Doctoral Fellowship, 2020–2023",
                                     "Best Graduate Student Paper, Spanish Economic Association (SAEe), 2024",
                                     "Severo Ochoa Excellence Scholarship, 2018"])
    block("Languages", ["Spanish (native), Catalan (fluent), English (fluent)"])
    block("References", ["Prof. Laura Giménez, Universitat Pompeu Fabra, laura.gimenez@upf.example.edu",
                         "Prof. Thomas Becker, London School of Economics, t.becker@lse.example.ac.uk",
                         "Dr. Ana Ortiz, CEMFI, ana.ortiz@cemfi.example.es"])
    pdf.save(out)
    return {
        "name": "Rafael Quintero Alarcón",
        "name_any": ["Rafael Quintero Alarcon", "Rafael Quintero"],
        "emails": ["rafael.quintero@upf.example.edu"],
        "phones": ["+34612345678"],
        "links": ["rquintero.example.es"],
        "education": [
            {"institution": "Universitat Pompeu Fabra", "degree_level": "phd", "start": "2020", "end": "2026"},
            {"institution": "Barcelona School of Economics", "degree_level": "master", "start": "2018", "end": "2020"},
            {"institution": "Universidad Carlos III de Madrid", "degree_level": "bachelor",
             "start": "2014", "end": "2018"},
        ],
        "experience": [
            {"organization": "Banco de España", "title": "Research Assistant", "start": "2018", "end": "2020"},
            {"organization": "European Central Bank", "title": "Trainee", "start": "2022-06", "end": "2022-09"},
            {"organization": "Universitat Pompeu Fabra", "title": "Teaching Assistant", "start": "2021", "end": "2024"},
        ],
        "publications_count": 5,
        "first_author_count": None,
        "publications_sample": [
            {"title": "Minimum wages and the geography of informal work", "venue": None, "year": None},
            {"title": "Unemployment insurance and job search effort: evidence from time-use diaries",
             "venue": "Labour Economics", "year": 2024},
            {"title": "Teacher shortages and student outcomes in rural Spain",
             "venue": "Economics of Education Review", "year": 2023},
            {"title": "Remote work and the gender commuting gap", "venue": None, "year": 2025},
        ],
        "research_interests_any": ["labor economics", "public economics", "applied econometrics"],
        "awards_count": 3,
        "layout": "A4 PDF, 'Curriculum Vitae' on the first line, section titles in a left column",
        "notes": "Publications: job market paper + 2 published + 2 working papers = 5; the work-in-progress "
                 "project (no paper yet) is not counted. Author order is not printed (economics '(with ...)' form), "
                 "so first authorship is not scored. Referees' e-mails are not the candidate's. "
                 "The PhD end 2026 is the expected date.",
    }
