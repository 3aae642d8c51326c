"""Plain-text-family CVs of invented people: a physician-scientist (TXT, Vancouver style with
the candidate in **bold**), an engineering manager (Markdown) and an economist (RTF)."""
from __future__ import annotations

from pathlib import Path

from kit4 import label, write_rtf

MEDICAL = """\
CURRICULUM VITAE

Chidinma N. Okafor, MD, MPH
Assistant Professor of Medicine, Division of Infectious Diseases
Vanderbilt University Medical Center, 1161 21st Avenue South, Nashville, TN 37232
Email: c.okafor@vumc.example.org    Office: (615) 555-0193

EDUCATION
2000–2004    BS, Biology (magna cum laude), Emory University, Atlanta, GA
2004–2008    MD, Vanderbilt University School of Medicine, Nashville, TN
2013–2015    MPH, Epidemiology, Johns Hopkins Bloomberg School of Public Health, Baltimore, MD

CLINICAL TRAINING
2008–2011    Resident, Internal Medicine, Massachusetts General Hospital, Boston, MA
2011–2014    Clinical Fellow, Infectious Diseases, Johns Hopkins Hospital, Baltimore, MD

ACADEMIC APPOINTMENTS
2014–2020    Instructor in Medicine, Johns Hopkins University School of Medicine, Baltimore, MD
2020–present Assistant Professor of Medicine, Vanderbilt University Medical Center, Nashville, TN

LICENSURE AND BOARD CERTIFICATION
2011         American Board of Internal Medicine, Internal Medicine (recertified 2021)
2014         American Board of Internal Medicine, Infectious Disease
Tennessee Medical License MD-61742 (active)

HONORS AND AWARDS
2019         Young Investigator Award, Infectious Diseases Society of America
2016         Clinical Teaching Award, Johns Hopkins Department of Medicine
2008         Alpha Omega Alpha Honor Medical Society

RESEARCH SUPPORT
Active
K23 AI155123 (PI: Okafor)                                2021–2026
NIH/NIAID. Linkage to HIV care after hospital discharge in the southern United States.

PEER-REVIEWED PUBLICATIONS
1. Hughes AL, **Okafor CN**. Emergency department HIV screening yield in Tennessee, 2018-2022: a
   cross-sectional study. JAMA Netw Open. 2024;7(1):e2350123.
2. **Okafor CN**, Whitfield S. Doxycycline post-exposure prophylaxis uptake in an urban sexual health
   clinic. Open Forum Infect Dis. 2023 Mar 14;10(3):ofad098.
3. **Okafor CN**, Bellamy JR, Tran PH, Whitfield S. Time to antiretroviral therapy initiation after
   hospital discharge in Tennessee, 2016-2021. Clin Infect Dis. 2022;75(4):612-20.
4. Bellamy JR, **Okafor CN**, Hughes AL. Hepatitis C reinfection among people who inject drugs: a
   retrospective cohort. J Infect Dis. 2021;223(9):1580-8.
5. **Okafor CN**, Tran PH, Bellamy JR. Bacterial co-infection in adults hospitalised with influenza.
   Lancet Infect Dis. 2020;20(11):1290-8.
6. Tran PH, Nguyen K, **Okafor CN**, et al. Predictors of retention in HIV care among rural adults.
   AIDS. 2019;33(2):301-9.

INVITED PRESENTATIONS
2023  Grand Rounds, University of Alabama at Birmingham: "Getting patients to care after discharge"
2022  IDWeek, Washington, DC (oral abstract)

TEACHING
Attending physician, Infectious Diseases consult service, 8 weeks per year (2014–present)
"""

MANAGER = """\
# Rafael Montenegro

Engineering leader · Madrid, Spain
rafael@montenegro.example · +34 612 345 678 · [LinkedIn](https://www.linkedin.com/in/rafa-montenegro) · [GitHub](https://github.com/rmontenegro)

## Summary

Fifteen years building and running product engineering teams in marketplaces and SaaS. I grow
managers, keep on-call humane and ship.

## Experience

### Cabify — Director of Engineering, Marketplace (2022–present)
- Own pricing, dispatch and driver-supply engineering: 6 teams, 48 engineers, 3 engineering managers.
- Cut dispatch p99 latency from 900 ms to 180 ms; moved matching to an event-driven design.

### Cabify — Senior Engineering Manager (2019–2022)
- Grew the rider-app group from 9 to 26 engineers across Madrid and Lisbon.

### Typeform — Engineering Manager (2016–2019)
- Led the forms-builder team through the React rewrite; introduced RFCs and blameless postmortems.

### Tuenti — Senior Software Engineer (2012–2016)
- Messaging backend (PHP, then Java); on-call lead for the VoIP launch.

### ThoughtWorks — Software Developer (2010–2012)

## Education

### Universidad Politécnica de Madrid — MSc in Computer Science (2008–2010)

**BSc, Computer Engineering** — Universidad de Sevilla, 2004–2008

## Speaking

- *Scaling dispatch without scaling pain* — Commit Conf, Madrid, 2023
- *Managers of managers* — LeadDev Berlin, 2022

## Skills

Go, Java, Kafka, PostgreSQL, Kubernetes · hiring · org design · incident management

## Languages

Spanish (native) · English (C2) · Portuguese (B2)
"""


def medical_txt(out: Path) -> dict:
    f = "08_physician_scientist_vancouver.txt"
    (out / f).write_text(MEDICAL, encoding="utf-8")
    return label(
        f, "Chidinma N. Okafor", ["Chidinma N. Okafor, MD, MPH", "Chidinma Okafor", "Chidinma N. Okafor MD MPH"],
        ["c.okafor@vumc.example.org"], ["+16155550193"], [],
        [("Emory University", "bachelor", "2000", "2004"),
         ("Vanderbilt University School of Medicine", None, "2004", "2008"),
         ("Johns Hopkins Bloomberg School of Public Health", "master", "2013", "2015")],
        [("Massachusetts General Hospital", "Resident", "2008", "2011"),
         ("Johns Hopkins Hospital", "Clinical Fellow", "2011", "2014"),
         ("Johns Hopkins University School of Medicine", "Instructor in Medicine", "2014", "2020"),
         ("Vanderbilt University Medical Center", "Assistant Professor of Medicine", "2020", "present")],
        6, 3,
        [("Emergency department HIV screening yield in Tennessee, 2018-2022: a cross-sectional study",
          "JAMA Netw Open", 2024),
         ("Doxycycline post-exposure prophylaxis uptake in an urban sexual health clinic", "Open Forum Infect Dis", 2023),
         ("Time to antiretroviral therapy initiation after hospital discharge in Tennessee, 2016-2021",
          "Clin Infect Dis", 2022),
         ("Hepatitis C reinfection among people who inject drugs: a retrospective cohort", "J Infect Dis", 2021)],
        [], 3,
        "US academic-medicine CV: residency and fellowship under 'Clinical Training' are positions "
        "(experience); the MD's degree level is not scored; Vancouver references with the candidate as "
        "**Surname Initials**; titles contain year ranges; grants, board certifications, presentations "
        "are not publications or awards. Phone printed as US national '(615) ...' with a Tennessee address.")


def manager_md(out: Path) -> dict:
    f = "09_engineering_manager.md"
    (out / f).write_text(MANAGER, encoding="utf-8")
    return label(
        f, "Rafael Montenegro", [], ["rafael@montenegro.example"], ["+34612345678"],
        ["linkedin.com/in/rafa-montenegro", "github.com/rmontenegro"],
        [("Universidad Politécnica de Madrid", "master", "2008", "2010"),
         ("Universidad de Sevilla", "bachelor", "2004", "2008")],
        [("Cabify", "Director of Engineering, Marketplace", "2022", "present"),
         ("Cabify", "Senior Engineering Manager", "2019", "2022"),
         ("Typeform", "Engineering Manager", "2016", "2019"),
         ("Tuenti", "Senior Software Engineer", "2012", "2016"),
         ("ThoughtWorks", "Software Developer", "2010", "2012")],
        0, 0, [], [], 0,
        "Markdown: '### Company — Title (YYYY–present)' entries, two consecutive roles at one company, "
        "links only as Markdown link targets, a second education entry in a different bold shape; "
        "conference talks are not publications.")


def economist_rtf(out: Path) -> dict:
    f = "10_economist_job_market.rtf"
    write_rtf(out / f, [
        ("title", "SEBASTIÁN FERREIRA LAGE"),
        ("c", "Department of Agricultural and Resource Economics, University of California, Davis"),
        ("c", "One Shields Avenue, Davis, CA 95616"),
        ("c", "sferreira@ucdavis.example.edu  |  +1 (530) 555-0178  |  sebastianferreira.example.com"),
        ("h", "EDUCATION"),
        ("p", "Ph.D., Agricultural and Resource Economics, University of California, Davis, 2025 (expected)"),
        ("p", "M.A., Economics, Universidad de la República, Montevideo, Uruguay, 2018"),
        ("p", "Licenciatura en Economía, Universidad de la República, Montevideo, Uruguay, 2016"),
        ("h", "FIELDS OF SPECIALIZATION"),
        ("p", "Environmental economics, development economics, applied econometrics"),
        ("h", "JOB MARKET PAPER"),
        ("b", "Drought, Water Markets, and Farm Exit: Evidence from Chile"),
        ("p", "Abstract: I study how tradable water rights shape farm exit during the 2010–2019 megadrought ..."),
        ("h", "PUBLICATIONS"),
        ("p", "Ferreira Lage, S. and M. Quiroga (2022). \u201cRainfall Shocks and Child Labor in Rural Uruguay.\u201d "
              "Journal of Development Economics, 158, 102934."),
        ("h", "WORKING PAPERS"),
        ("p", "\u201cGroundwater Pricing and Crop Choice\u201d (with Ana Beltrán and Tom Keller), 2024."),
        ("p", "\u201cWho Buys Water? Transaction-Level Evidence from Chilean Markets,\u201d 2023."),
        ("h", "RESEARCH EXPERIENCE"),
        ("p", "Graduate Student Researcher, University of California, Davis, 2019–2021"),
        ("p", "Research Analyst, Inter-American Development Bank, Montevideo, 2016–2019"),
        ("h", "FELLOWSHIPS AND AWARDS"),
        ("p", "Giannini Foundation Graduate Fellowship, 2023"),
        ("p", "Henry A. Jastro Research Award, UC Davis, 2022"),
        ("p", "ANII Master's Scholarship, Uruguay, 2016–2018"),
        ("h", "REFERENCES"),
        ("p", "Professor Lucía Carvalho, UC Davis, lcarvalho@ucdavis.example.edu"),
        ("p", "Professor Martin Oyelaran, UC Davis, moyelaran@ucdavis.example.edu"),
        ("p", "Professor Helen Strand, UC Berkeley, hstrand@berkeley.example.edu"),
    ])
    return label(
        f, "Sebastián Ferreira Lage", ["Sebastian Ferreira Lage"], ["sferreira@ucdavis.example.edu"],
        ["+15305550178"], ["sebastianferreira.example.com"],
        [("University of California, Davis", "phd", None, "2025"),
         ("Universidad de la República", "master", None, "2018"),
         ("Universidad de la República", "bachelor", None, "2016")],
        [("University of California, Davis", "Graduate Student Researcher", "2019", "2021"),
         ("Inter-American Development Bank", "Research Analyst", "2016", "2019")],
        4, None,
        [("Rainfall Shocks and Child Labor in Rural Uruguay", "Journal of Development Economics", 2022),
         ("Who Buys Water? Transaction-Level Evidence from Chilean Markets", None, 2023)],
        ["environmental economics", "development economics"], 3,
        "RTF economics job-market CV: name in capitals, degrees with completion year only, the "
        "Licenciatura counted as a bachelor; papers = job market paper + publication + two working papers "
        "(first-author count not scored: '(with ...)' papers do not list the candidate); referees' "
        "e-mails are not the candidate's.")
