"""10: Kenyan banker/NGO programme lead turned lecturer; the text of a LinkedIn 'Save to PDF' profile pasted
into a .txt (sidebar first, then the main column; 'Page n of 3' lines; durations in brackets)."""
from __future__ import annotations

from kit22 import FILES, edu, job, pub

NAME = "10_ke_agrifinance_lecturer_linkedin_profile_paste.txt"

TEXT = """\
Contact
+254 20 5550184 (Work)
wanjiru.kamau@example.co.ke
www.linkedin.com/in/wanjiru-kamau-
odhiambo-example (LinkedIn)

Top Skills
Agricultural Finance
Impact Evaluation
Stata

Languages
English (Full Professional)
Kiswahili (Native or Bilingual)
Kikuyu (Native or Bilingual)

Certifications
Chartered Financial Analyst (CFA) Level II Candidate
Foundations of Digital Credit (CGAP)

Honors-Awards
Mastercard Foundation Scholar
Strathmore Business School Faculty Excellence Award

Publications
Digital credit and smallholder input use: evidence from Kenya
Who repays? Gender, group lending and mobile loans in Kiambu

Wanjiru Kamau-Odhiambo
Lecturer, Strathmore Business School | PhD candidate, Agricultural
Economics | ex-Mercy Corps AgriFin, Equity Bank
Nairobi County, Kenya

Summary
Ten years between banking, development programmes and the classroom. I led data and product work
on digital credit for smallholder farmers at Mercy Corps AgriFin, lent to agribusinesses at Equity
Bank, and now teach development finance while finishing a PhD on how mobile loans change what farmers
plant.

Experience
Strathmore University
2 years 4 months
Lecturer, Strathmore Business School
January 2023 - Present (1 year 7 months)
Nairobi County, Kenya
Development Finance and Financial Inclusion (MBA and MSc DF); Research Methods II.
Adjunct Faculty
April 2022 - December 2022 (9 months)
Nairobi County, Kenya

Mercy Corps
4 years 1 month
Senior Program Manager, AgriFin
March 2020 - March 2022 (2 years 1 month)
Nairobi, Kenya
Led a 14-person team across Kenya, Uganda and Zambia; managed lender partnerships reaching 1.1m
farmers.
Data & Insights Lead, AgriFin
March 2018 - February 2020 (2 years)
Nairobi, Kenya

Equity Bank Kenya Limited
Relationship Manager, Agribusiness
June 2013 - February 2018 (4 years 9 months)
Thika, Kenya
Page 1 of 2
\f
Central Bank of Kenya
Graduate Trainee, Banking Supervision
July 2012 - May 2013 (11 months)
Nairobi

Education
University of Nairobi
Doctor of Philosophy - PhD, Agricultural Economics · (2021 - 2025)

London School of Economics and Political Science
Master of Science - MSc, Development Studies · (2016 - 2017)

Jomo Kenyatta University of Agriculture and Technology
Bachelor of Commerce - BCom, Finance · (2008 - 2012)

Alliance Girls High School
KCSE · (2004 - 2007)
Page 2 of 2
"""


def build() -> None:
    (FILES / NAME).write_text(TEXT, encoding="utf-8")


LABEL = {
    "file": NAME,
    "name": "Wanjiru Kamau-Odhiambo",
    "emails": ["wanjiru.kamau@example.co.ke"],
    "phones": ["+254205550184"],
    "links": ["linkedin.com/in/wanjiru-kamau-odhiambo-example"],
    "education": [
        edu("University of Nairobi", "phd", "2021", "2025"),
        edu("London School of Economics and Political Science", "master", "2016", "2017"),
        edu("Jomo Kenyatta University of Agriculture and Technology", "bachelor", "2008", "2012"),
        edu("Alliance Girls High School", "other", "2004", "2007"),
    ],
    "experience": [
        job("Strathmore University", "Lecturer, Strathmore Business School", "2023-01", "present"),
        job("Strathmore University", "Adjunct Faculty", "2022-04", "2022-12"),
        job("Mercy Corps", "Senior Program Manager, AgriFin", "2020-03", "2022-03"),
        job("Mercy Corps", "Data & Insights Lead, AgriFin", "2018-03", "2020-02"),
        job("Equity Bank Kenya Limited", "Relationship Manager, Agribusiness", "2013-06", "2018-02"),
        job("Central Bank of Kenya", "Graduate Trainee, Banking Supervision", "2012-07", "2013-05"),
    ],
    "publications_count": 2,
    "first_author_count": None,
    "publications_sample": [
        pub("Digital credit and smallholder input use: evidence from Kenya", None, None, None, None),
        pub("Who repays? Gender, group lending and mobile loans in Kiambu", None, None, None, None),
    ],
    "research_interests_any": [],
    "awards_count": 2,
    "language": "en",
    "layout": "LinkedIn 'Save to PDF' profile text pasted into a .txt: the sidebar (Contact, Top Skills, Languages, "
              "Certifications, Honors-Awards, Publications) comes first, then name, headline, Summary, Experience, "
              "Education; 'Page n of 2' lines and a form feed",
    "notes": "Plain text in LinkedIn's export order. The sidebar precedes the name; the LinkedIn URL is wrapped over "
             "two lines ('…/wanjiru-kamau-' / 'odhiambo-example (LinkedIn)'), labelled joined. Phone '(Work)' is the "
             "candidate's. Headline under the name mentions three employers (not jobs). Experience: LinkedIn's "
             "grouped shape for several roles at one company (company, total tenure '2 years 4 months', then each "
             "title with 'Month YYYY - Present (duration)' and a location line) -> two Strathmore and two Mercy "
             "Corps jobs; single-role companies print the title under the company. A page break ('Page 1 of 2', "
             "form feed) falls between two jobs. Education lines 'Degree - ABBR, Field · (YYYY - YYYY)': PhD "
             "2021-2025 (the end LinkedIn shows for a current degree), high school with KCSE = level other. "
             "Publications in the sidebar are bare titles: counted (2) with no venue, year, authors or status, "
             "so first_author_count is null. Honors-Awards: 2; certifications are not awards. No interests section.",
}
