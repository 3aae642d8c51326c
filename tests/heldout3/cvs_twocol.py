"""An economics job-market CV: two-column header, placement contacts, references, page footer."""
from __future__ import annotations

from pathlib import Path

from kit import Pdf, label


def economist(out: Path) -> dict:
    f = "05_economist_twocol.pdf"
    p = Pdf(footer="Rafael Ostrowski Mendes \u2013 CV \u2013 Page {page} of {pages}", fmt="Letter", margin=20)
    top = p.get_y()
    p.set_font("sans", "B", 18)
    p.cell(100, 9, "Rafael Ostrowski Mendes")
    p.set_font("sans", "", 9)
    right = ["Department of Economics", "Northwestern University", "2211 Campus Drive, Evanston, IL 60208",
             "+1 (847) 555-0129", "rafael.mendes@u.northwestern.edu", "www.rafaelomendes.com"]
    for i, line in enumerate(right):
        p.set_xy(120, top + i * 4.5)
        p.cell(0, 4.5, line, align="R")
    p.set_xy(p.l_margin, top + 11)
    p.set_font("sans", "I", 10)
    p.cell(90, 5, "Job Market Candidate 2025\u20132026")
    p.set_y(top + 30)
    p.set_font("sans", "", 8.5)
    p.para("Placement Director: Prof. Corinne Alvarado, c-alvarado@northwestern.edu, +1 (847) 555-0170\n"
           "Placement Administrator: Dana Whitfield, econ-placement@northwestern.edu, +1 (847) 555-0171", 8.5)

    def head(t: str) -> None:
        p.ln(3)
        p.para(t, 11.5, "B", h=6)
        p.rule()

    head("Education")
    p.dated("2020 \u2013 2026", "Ph.D. in Economics, Northwestern University (expected June 2026)")
    p.dated("2016 \u2013 2018", "M.A. in Economics, Funda\u00e7\u00e3o Getulio Vargas (FGV EPGE), Rio de Janeiro")
    p.dated("2012 \u2013 2015", "B.A. in Economics, Universidade de S\u00e3o Paulo")
    head("Research Fields")
    p.para("Primary: Labor Economics. Secondary: Development Economics, Applied Econometrics.", 10)
    head("Job Market Paper")
    p.para("Informal Work and the Minimum Wage: Evidence from Brazilian Municipalities", 10, "B")
    p.para("Abstract: I study how municipal variation in enforcement shapes the pass-through of "
           "minimum-wage increases to informal earnings, using linked records for 11 million workers "
           "between 2003 and 2019. A 10% increase raises informal wages by 3.1%.", 9)
    head("Publications")
    p.para("Mendes, R. O. and T. Valadares (2023). \u201cCash Transfers and Local Labor Supply: Evidence "
           "from Bolsa Fam\u00edlia Expansions.\u201d Journal of Development Economics, 162, 103071.", 9.5)
    head("Working Papers")
    p.para("Asante, K., A. B. Leite, and R. O. Mendes (2025). \u201cApprenticeship Quotas and Youth "
           "Employment.\u201d Revise and resubmit, Journal of Labor Economics.", 9.5)
    p.ln(1)
    p.para("Mendes, R. O. (2024). \u201cCommuting Costs and the Informal Sector.\u201d", 9.5)
    head("Work in Progress")
    p.para("\u201cPublic Procurement and Firm Formalization\u201d (with Kwame Asante)\n"
           "\u201cMinimum Wages in Monopsonistic Rural Markets\u201d", 9.5)
    head("Research and Professional Experience")
    p.dated("2021 \u2013 2023", "Research Assistant to Prof. Hilary Brandt, Northwestern University")
    p.dated("2018 \u2013 2020", "Research Analyst, Inter-American Development Bank, Washington, DC")
    head("Teaching Experience")
    p.dated("2022 \u2013 2024", "Teaching Assistant, Northwestern University: Econometrics II (Ph.D.), "
            "Intermediate Microeconomics (undergraduate)")
    head("Fellowships and Awards")
    for d, a in [("2025", "Dissertation Year Fellowship, Northwestern University"),
                 ("2016 \u2013 2018", "CAPES Graduate Scholarship"),
                 ("2015", "Best Undergraduate Thesis in Economics, Universidade de S\u00e3o Paulo")]:
        p.dated(d, a, 10)
    head("Languages and Software")
    p.para("Portuguese (native), English (fluent), Spanish (fluent). Stata, R, Python, Julia.", 10)
    head("References")
    for r in ["Prof. Hilary Brandt, Northwestern University, h-brandt@northwestern.edu, +1 (847) 555-0188",
              "Prof. Tom\u00e1s Iturbide, Northwestern University, t-iturbide@northwestern.edu",
              "Prof. Beatriz Carvalho, FGV EPGE, beatriz.carvalho@fgv.br"]:
        p.para(r, 9.5)
    p.output(str(out / f))
    return label(
        f, "Rafael Ostrowski Mendes", emails=["rafael.mendes@u.northwestern.edu"],
        phones=["+18475550129"], links=["www.rafaelomendes.com"],
        education=[("Northwestern University", "phd", "2020", "2026"),
                   ("Funda\u00e7\u00e3o Getulio Vargas (FGV EPGE)", "master", "2016", "2018"),
                   ("Universidade de S\u00e3o Paulo", "bachelor", "2012", "2015")],
        experience=[("Northwestern University", "Research Assistant", "2021", "2023"),
                    ("Inter-American Development Bank", "Research Analyst", "2018", "2020"),
                    ("Northwestern University", "Teaching Assistant", "2022", "2024")],
        publications_count=4, first_author_count=3,
        publications_sample=[
            ("Cash Transfers and Local Labor Supply: Evidence from Bolsa Fam\u00edlia Expansions",
             "Journal of Development Economics", 2023),
            ("Informal Work and the Minimum Wage: Evidence from Brazilian Municipalities", None, None),
            ("Apprenticeship Quotas and Youth Employment", None, 2025)],
        research_interests_any=["labor economics", "development economics"],
        awards_count=3,
        notes="Header in two columns: name left, address/phone/e-mail/web right-aligned. Placement "
              "director, administrator and references carry other people's e-mails and phones: not the "
              "candidate's. Papers = job market paper + 1 publication + 2 working papers (4); work in "
              "progress without drafts not counted. JMP, the publication and 'Commuting Costs' are "
              "first-authored (3). The R&R paper names JOLE as a status, so its venue is not scored. "
              "Footer 'Page N of M' on both pages.")
