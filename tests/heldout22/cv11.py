"""11: South African macroeconomist moving between the Reserve Bank and a university; a Markdown CV with pipe
tables for appointments, short year ranges and a sabbatical visit."""
from __future__ import annotations

from kit22 import FILES, edu, job, pub

NAME = "11_za_macroeconomics_assoc_prof_ex_central_bank.md"

TEXT = """\
# Thandeka Mokoena-Pillay

**Associate Professor of Economics, University of Cape Town**
School of Economics, Middle Campus, Rondebosch 7701, South Africa
+27 21 555 0193 · <t.mokoena-pillay@example.ac.za> · [tmokoena.example.org](https://tmokoena.example.org)

*Last updated: July 2024*

---

## Appointments

| Years | Position | Institution |
|---|---|---|
| 2022– | Associate Professor | School of Economics, University of Cape Town |
| 2023–24 | Visiting Scholar (sabbatical) | Research Department, International Monetary Fund, Washington DC |
| 2019–21 | Senior Lecturer | School of Economics, University of Cape Town |

## Professional Background

**South African Reserve Bank (SARB)**, Economic Research Department, Pretoria

- *Lead Economist*, Macro Models Unit, 2016–2019 — owner of the Quarterly Projection Model's
  fiscal block; briefings for the Monetary Policy Committee
- *Economist*, 2012–2016

**Economic Research Southern Africa (ERSA)**, Research Fellow (part-time), 2017 – 2019

## Education

- **PhD Economics**, Stellenbosch University, 2008 – 2012.
  Thesis: *Fiscal dominance and inflation expectations in emerging markets*.
  Supervisors: Prof. W. Fourie-Naidoo and Prof. K. Dlamini
- **MCom Economics** (cum laude), University of the Witwatersrand, 2006 – 2007
- **BCom (Hons) Economics**, University of the Witwatersrand, 2005
- **BCom** (Economics and Statistics), University of the Witwatersrand, 2002 – 2004

## Research fields

Monetary and fiscal policy interaction · inflation expectations · macroeconomic modelling for central banks ·
sovereign debt in emerging markets

## Publications

### Refereed articles

1. Mokoena-Pillay, T. and Steyn, R. (2024). "Fiscal news and the term structure in South Africa."
   *South African Journal of Economics*, 92(1), 45–68.
2. Adeyinka, O., Mokoena-Pillay, T. and Steyn, R. (2022). "Do household inflation expectations respond to
   the inflation target? Survey evidence from six African economies." *Journal of African Economies*, 31(4),
   377–401.
3. Mokoena-Pillay, T. (2021). "A fiscal block for a small open-economy projection model." *Economic
   Modelling*, 98, 211–229.
4. Mokoena-Pillay, T., Nkosi-Brand, L. and Steyn, R. (forthcoming). "Sovereign spreads and the
   credibility of debt anchors." *Journal of International Money and Finance*.

### Working papers and policy papers

5. Mokoena-Pillay, T. and Halvorsen, E. (2024). "Debt anchors under fiscal stress." IMF Working Paper
   WP/24/118.
6. Mokoena-Pillay, T., Botha, J. and Kruger, A. (2018). "QPM fiscal extension: technical note." SARB Working
   Paper WP/18/07.
7. Steyn, R. and Mokoena-Pillay, T. (under review). "Expectations anchoring in a high-debt regime."
   *Journal of Money, Credit and Banking*.

## Grants, ratings and prizes

- NRF Thuthuka grant (2020–2023), R 600 000 — grant
- NRF rating: Y2 (2021)
- Economic Society of South Africa (ESSA) Young Economist Prize, 2015
- UCT College of Fellows' Young Researcher Award, 2023

## Teaching

ECO4007F Advanced Macroeconomics (Honours); ECO5020S Monetary Economics (MCom); PhD supervision: 3
completed, 4 current.

## Service

Associate Editor, *South African Journal of Economics* (2022–); ESSA Council member (2021–2023);
external examiner, University of Pretoria.
"""


def build() -> None:
    (FILES / NAME).write_text(TEXT, encoding="utf-8")


LABEL = {
    "file": NAME,
    "name": "Thandeka Mokoena-Pillay",
    "emails": ["t.mokoena-pillay@example.ac.za"],
    "phones": ["+27215550193"],
    "links": ["https://tmokoena.example.org"],
    "education": [
        edu("Stellenbosch University", "phd", "2008", "2012"),
        edu("University of the Witwatersrand", "master", "2006", "2007"),
        edu("University of the Witwatersrand", "bachelor", None, "2005"),
        edu("University of the Witwatersrand", "bachelor", "2002", "2004"),
    ],
    "experience": [
        job("University of Cape Town", "Associate Professor", "2022", "present"),
        job("International Monetary Fund", "Visiting Scholar (sabbatical)", "2023", "2024"),
        job("University of Cape Town", "Senior Lecturer", "2019", "2021"),
        job("South African Reserve Bank (SARB)", "Lead Economist", "2016", "2019"),
        job("South African Reserve Bank (SARB)", "Economist", "2012", "2016"),
        job("Economic Research Southern Africa (ERSA)", "Research Fellow (part-time)", "2017", "2019"),
    ],
    "publications_count": 7,
    "first_author_count": 5,
    "publications_sample": [
        pub("Fiscal news and the term structure in South Africa", "South African Journal of Economics", 2024, True,
            "published"),
        pub("Do household inflation expectations respond to the inflation target? Survey evidence from six African "
            "economies", "Journal of African Economies", 2022, False, "published"),
        pub("Sovereign spreads and the credibility of debt anchors", "Journal of International Money and Finance",
            None, True, "in press"),
        pub("Debt anchors under fiscal stress", "IMF Working Paper", 2024, True, "preprint"),
        pub("Expectations anchoring in a high-debt regime", "Journal of Money, Credit and Banking", None, False,
            "under review"),
    ],
    "research_interests_any": ["Monetary and fiscal policy interaction", "inflation expectations",
                               "macroeconomic modelling for central banks", "sovereign debt in emerging markets"],
    "awards_count": 2,
    "language": "en",
    "layout": "South African economics CV in Markdown: a pipe table of appointments ('2022–', '2023–24', "
              "'2019–21'), a 'Professional Background' employer block with two ranks, numbered publications "
              "under two sub-headings",
    "notes": "Markdown. Contact with an autolink e-mail and a Markdown link to the homepage. 'Appointments' is a "
             "pipe table with the years first and the institution last (the department before the university): "
             "'2022–' open end = present; '2023–24 Visiting Scholar (sabbatical)' at the IMF is a job 2023-2024 "
             "(heldout20: a visiting stay among positions is a job); '2019–21' = 2019-2021. 'Professional "
             "Background' (the heading does not say jobs): SARB as employer line with two ranks as bullets with "
             "their own years (two jobs; title without the unit), and an ERSA part-time fellowship concurrent with "
             "SARB (a job). Education: BCom (Hons) with only '2005' = bachelor with only an end; MCom = master. "
             "Publications: 4 refereed (one '(forthcoming)' = in press without a year) + 3 working/policy papers "
             "(IMF and SARB working papers = preprints with venue as printed, heldout20; one '(under review)' "
             "journal paper) = 7; first author 5. 'Grants, ratings and prizes': the NRF grant and the NRF Y2 "
             "rating are not awards; 2 prizes. Associate editorship and council seats are service, not jobs.",
}
