"""03: US economics professor, python-docx with Word PAGE/NUMPAGES fields, printed to PDF by LibreOffice."""
from __future__ import annotations

import docx29 as dx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

NAME = "03_us_economics_professor_word_libreoffice"
ME = "**Varnhagen, G. P.**"

PUBLISHED = [
    f"Beltrán-Sousa, A., {ME} and L. Whitcombe (forthcoming). “Minimum Wages and the Geography of Firm Entry.” "
    "*Journal of Political Economy*.",
    f"{ME} and H. Okonjo-Lindqvist (conditionally accepted). “Search Frictions in Teacher Labor Markets.” "
    "*Review of Economic Studies*.",
    f"{ME}, T. Amadi and R. Szczepański (2024). “Monopsony in Rural Hospitals.” *American Economic Review* "
    "114(6): 1702–1741.",
    f"Castellanos, M. and {ME} (2023). “Occupational Licensing and Interstate Mobility.” *Journal of Labor "
    "Economics* 41(S1): S233–S270.",
    f"{ME} (2022). “Noncompete Enforcement and Wage Growth: Evidence from Court Rulings.” *Quarterly Journal of "
    "Economics* 137(3): 1555–1601.",
    f"Ebrahimi, S., K. Lund-Halvorsen, {ME} and Y. Tsuji (2021). “Remote Work and the Wage Ladder.” *Journal of "
    "Public Economics* 201: 104488.",
    f"{ME} and L. Whitcombe (2020). “Employer Concentration and the Gender Pay Gap.” *AEJ: Applied Economics* "
    "12(4): 98–131.",
    f"Abernathy, J., {ME} and P. Moreau-Diallo (2019). “Unemployment Insurance Extensions and Job Search "
    "Intensity.” *Review of Economics and Statistics* 101(2): 215–229.",
    f"{ME} (2018). “Mobility Costs and Labor Market Power.” *Journal of Labor Economics* 36(4): 1003–1042.",
    f"{ME} and A. Beltrán-Sousa (2017). “Local Labor Demand Shocks and Firm Size.” *Journal of Urban Economics* "
    "99: 47–66.",
    f"Halvorsen, E., {ME} and D. Ikeda (2016). “Wage Posting in Online Job Boards.” *Labour Economics* 42: 11–27.",
    f"{ME} (2015). “Teacher Turnover and the Structure of Pay.” *Economics of Education Review* 47: 75–90.",
    f"{ME} and R. Okafor (2013). “A Structural Model of Layoffs and Recalls.” *International Economic Review* "
    "54(2): 621–650.",
    f"Prendergast-Nwosu, C. and {ME} (2012). “Minimum Wage Spillovers in Franchised Firms.” *Industrial and "
    "Labor Relations Review* 65(3): 556–581.",
    f"{ME} (2010). “Job Ladders with Learning.” *Journal of Economic Theory* 145(5): 1760–1790.",
    f"{ME} (2009). “Estimating Search Costs from Quit Behavior.” *Economics Letters* 104(3): 126–129.",
]

CHAPTERS = [
    f"{ME} and L. Whitcombe (2023). “Monopsony in Labor Markets: Empirical Methods.” In: D. Card-Ortiz and "
    "M. Lindqvist (eds.), *Handbook of Labor Economics*, Vol. 6, pp. 411–489. Amsterdam: North-Holland.",
    f"{ME} (2014). “Search Models of Teacher Labor Markets.” In: E. Hanushek-Marsh (ed.), *Handbook of the "
    "Economics of Education*, Vol. 5, pp. 211–260. Amsterdam: Elsevier.",
]

WORKING = [
    f"{ME}, S. Ebrahimi and J. Kowalczyk-Reid. “Algorithmic Wage Setting in Gig Platforms.” NBER Working Paper "
    "31877 (2023). *Revise and resubmit, Econometrica.*",
    f"Amadi, T. and {ME}. “Hospital Mergers and Nurse Wages.” NBER Working Paper 32510 (2024). *Under review.*",
    f"{ME} and Y. Tsuji. “Firm Wage Premia over the Business Cycle.” IZA Discussion Paper 16902 (2024).",
    f"Whitcombe, L., {ME} and M. Castellanos. “Licensing Reciprocity and Military Spouses.” Working paper "
    "(2024). *Submitted.*",
]

PROGRESS = [
    "“Non-solicitation Agreements in Professional Services” (with A. Beltrán-Sousa)",
    "“The Long Shadow of Company Towns” (with R. Szczepański and T. Amadi)",
]


def build(path):
    doc = dx.new_doc("Cambria", 10.5, 2.3)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    hp.add_run("Gideon P. Varnhagen — Curriculum Vitae")
    hp.add_run("\t\t")
    dx.page_line(hp, "Page ")
    for r in hp.runs:
        r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Last updated: January 2025").font.size = Pt(8)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("GIDEON P. VARNHAGEN")
    r.bold = True
    r.font.size = Pt(17)
    for line in ("Department of Economics, Boston University, 270 Bay State Road, Boston, MA 02215",
                 "Office: (617) 555-0186  ·  Email: gvarnhagen@bu.example.edu  ·  Web: https://sites.bu.example.edu/varnhagen"):
        q = doc.add_paragraph(line)
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER

    dx.heading(doc, "Appointments")
    dx.dated(doc, "2018 – present", "Professor of Economics, **Boston University**")
    dx.dated(doc, "2020 – 2023", "Director of Graduate Studies, Department of Economics, Boston University")
    dx.dated(doc, "2019 – present", "Research Associate, National Bureau of Economic Research (Labor Studies)")
    dx.dated(doc, "2016 – 2019", "Visiting Scholar, Federal Reserve Bank of Boston (part-time)")
    dx.dated(doc, "2013 – 2018", "Associate Professor of Economics, Boston University")
    dx.dated(doc, "2007 – 2013", "Assistant Professor of Economics, **University of Rochester**")
    dx.dated(doc, "2010 – 2011", "Visiting Assistant Professor, Princeton University, Industrial Relations Section")

    dx.heading(doc, "Education")
    dx.dated(doc, "2007", "Ph.D. in Economics, **Massachusetts Institute of Technology**")
    dx.dated(doc, "2001", "B.A. in Economics and Mathematics, with High Honors, **Swarthmore College**")

    dx.heading(doc, "Research Fields")
    doc.add_paragraph("Labor economics, industrial organization of labor markets, public economics, applied "
                      "econometrics")

    dx.heading(doc, "Honors, Fellowships and Awards")
    dx.dated(doc, "2019", "Gitner Prize for Excellence in Teaching, Boston University")
    dx.dated(doc, "2014", "IZA Young Labor Economist Award")
    dx.dated(doc, "2011 – 2013", "Alfred P. Sloan Research Fellowship")

    dx.heading(doc, "Publications")
    dx.subheading(doc, "Refereed Journal Articles")
    for t in PUBLISHED:
        dx.hanging(doc, t)
    dx.subheading(doc, "Handbook Chapters")
    for t in CHAPTERS:
        dx.hanging(doc, t)
    dx.subheading(doc, "Working Papers")
    for t in WORKING:
        dx.hanging(doc, t)
    dx.subheading(doc, "Work in Progress")
    for t in PROGRESS:
        dx.hanging(doc, t)

    dx.heading(doc, "Research Grants")
    dx.dated(doc, "2021 – 2024", "National Science Foundation, SES-2117731, “Employer Power and Wage Dynamics,” "
             "$412,000 (PI; co-PI L. Whitcombe)")
    dx.dated(doc, "2017 – 2019", "Russell Sage Foundation, “Noncompetes and Low-Wage Workers,” $148,500 (PI)")
    dx.dated(doc, "2009 – 2012", "National Science Foundation, SES-0962145, $186,000 (co-PI)")

    dx.heading(doc, "Invited Seminars and Conference Keynotes (since 2020)")
    doc.add_paragraph(
        "2024: Keynote, European Association of Labour Economists (EALE), Bergen; Stanford GSB; Bocconi. "
        "2023: NBER Summer Institute, Labor Studies; Princeton; Federal Reserve Board; University of Chicago "
        "Harris. 2022: Society of Labor Economists (SOLE) plenary, Minneapolis; LSE; UCL. 2021: Yale (online); "
        "Bank of Canada. 2020: Columbia; Northwestern (online).")

    dx.heading(doc, "Editorial Positions")
    dx.dated(doc, "2021 – present", "Co-editor, *Journal of Human Resources*")
    dx.dated(doc, "2016 – 2021", "Associate Editor, *Labour Economics*")
    dx.dated(doc, "", "Referee for AER, Econometrica, QJE, JPE, REStud, JOLE, AEJ: Applied, and others; NSF panelist "
             "(2019, 2022)")

    dx.heading(doc, "Teaching")
    dx.dated(doc, "Boston University", "EC 101 Introductory Microeconomic Analysis (Fall 2014–2017); EC 481 Labor "
             "Economics (Spring, annually); EC 781 Graduate Labor Economics I; EC 782 Graduate Labor Economics II",
             indent_cm=3.6)
    dx.dated(doc, "Rochester", "ECO 231 Econometrics; ECO 535 Labor Economics (graduate)", indent_cm=3.6)

    dx.heading(doc, "Ph.D. Advising (main advisor; first placement)")
    for yr, who in (("2024", "Priya Ramaswamy-Holt — Assistant Professor, University of Michigan"),
                    ("2023", "Javier Ocampo-Lind — Economist, Federal Reserve Bank of New York"),
                    ("2022", "Mei-Ling Corcoran — Assistant Professor, Tilburg University"),
                    ("2020", "Oluwaseun Adeyemi-Park — Economist, Amazon"),
                    ("2018", "Fredrik Sandahl — Assistant Professor, Stockholm School of Economics")):
        dx.dated(doc, yr, who, indent_cm=1.6)

    dx.heading(doc, "Service")
    doc.add_paragraph("Department: Director of Graduate Studies (2020–2023); Graduate Admissions Committee (chair, "
                      "2016–2019); Recruiting Committee (2014, 2017, 2022). University: Faculty Council (2021–2024). "
                      "Profession: Program Committee, SOLE (2019, 2023); Organizer, NBER Labor Studies Fall Meeting "
                      "(2022).")

    dx.heading(doc, "Consulting")
    doc.add_paragraph("Expert report for the U.S. Federal Trade Commission on noncompete clauses (2023); consulting "
                      "for the Massachusetts Department of Labor Standards (2019–2020).")
    dx.heading(doc, "Media")
    doc.add_paragraph("Interviews and quotes: The New York Times, The Wall Street Journal, NPR Planet Money (2022), "
                      "The Economist (2023).")
    doc.save(path)
