r"""07: US epidemiology professor (MD, ScD), pdfLaTeX tufte-handout (margin dates) + biblatex-nejm, biber."""

NAME = "07_us_epidemiology_professor_tufte_nejm"

ME = "Deshmukh-Larsen, Priyanka"
_A = [
    ("a1", f"{ME} and Okonjo, Chidi and Bhatnagar, Rohit and Feld, Ingrid", "Sugar-sweetened beverage taxes and incident type 2 diabetes in Indian states: a difference-in-differences analysis", "Lancet Diabetes Endocrinol", "2025", "in press"),
    ("a2", f"Feld, Ingrid and {ME}", "Continuous glucose monitoring in pregnancy in rural Georgia", "Diabetes Care", "2024", ""),
    ("a3", f"{{{{GBD 2023 Diabetes Collaborators}}}} and Amundsen, Kari and Zhou, Wen and Ramaswamy, Lalitha and {ME} and Tembo, Grace and Ojukwu, Obinna and Halvorsen, Liv", "Global burden of diabetes, 1990--2023: a systematic analysis", "Lancet", "2024", ""),
    ("a4", f"{ME} and Bhatnagar, Rohit and Mwangi, Faith", "Prediabetes progression among South Asian immigrants in the United States", "JAMA Intern Med", "2023", ""),
    ("a5", f"Okonjo, Chidi and Tembo, Grace and {ME}", "Cost-effectiveness of community health worker diabetes screening in Malawi", "BMJ Glob Health", "2023", ""),
    ("a6", f"{ME} and Feld, Ingrid and Ramaswamy, Lalitha and Okonjo, Chidi and Ojukwu, Obinna and Zhou, Wen and Amundsen, Kari", "Trajectories of HbA1c and mortality in the CARRS cohort", "Diabetologia", "2022", ""),
    ("a7", f"Mwangi, Faith and {ME}", "Gestational diabetes and long-term cardiovascular risk: a cohort study", "Am J Epidemiol", "2022", ""),
    ("a8", f"{ME} and Zhou, Wen", "Neighbourhood food environments and glycaemic control", "Epidemiology", "2021", ""),
    ("a9", f"{ME} and Halvorsen, Liv and Bhatnagar, Rohit", "COVID-19 mortality among adults with diabetes in Atlanta hospitals", "Diabetes Care", "2020", ""),
    ("a10", f"Ramaswamy, Lalitha and Ojukwu, Obinna and {ME}", "Validity of self-reported diabetes in national surveys of India", "Int J Epidemiol", "2020", ""),
    ("a11", f"{ME}", "The epidemiology of diabetes in South Asia", "N Engl J Med", "2019", ""),
    ("a12", f"Tembo, Grace and {ME} and Okonjo, Chidi", "Hypertension and diabetes co-management in primary care in Lilongwe", "Lancet Glob Health", "2019", ""),
    ("a13", f"{ME} and Amundsen, Kari", "Birth weight, adult adiposity, and insulin resistance", "Am J Epidemiol", "2018", ""),
    ("a14", f"{ME} and Feld, Ingrid and Mwangi, Faith", "Metformin adherence and statin co-prescription", "Pharmacoepidemiol Drug Saf", "2017", ""),
    ("a15", f"Zhou, Wen and {ME}", "Machine-learned risk scores for incident diabetes", "J Clin Epidemiol", "2016", ""),
    ("a16", f"{ME} and Bhatnagar, Rohit", "Lifestyle intervention for prediabetes in Chennai workplaces: a cluster randomised trial", "Lancet Diabetes Endocrinol", "2015", ""),
    ("a17", f"{ME} and Halvorsen, Liv", "Secular trends in diabetes incidence in Norway", "Diabetologia", "2013", ""),
    ("a18", f"{ME}", "Waist circumference thresholds for South Asian adults", "Obesity", "2011", ""),
    ("a19", f"{ME} and Amundsen, Kari and Halvorsen, Liv", "Physical activity and incident diabetes in the HUNT study", "Diabetes Care", "2009", ""),
]
_R = [
    ("r1", f"{ME} and Okonjo, Chidi", "Taxing sugar to prevent diabetes: what the evidence says", "BMJ", "2024", ""),
    ("r2", f"{ME}", "Diabetes in transition economies", "Annu Rev Public Health", "2021", ""),
    ("r3", f"Bhatnagar, Rohit and {ME}", "Screening for diabetes in low-resource settings", "Curr Diab Rep", "2018", ""),
]
_S = [
    ("s1", f"{ME} and Tembo, Grace and Mwangi, Faith", "Time-restricted eating in women with prior gestational diabetes: a pilot trial", "", "", "submitted"),
    ("s2", f"Ojukwu, Obinna and {ME}", "Insulin prices and rationing in sub-Saharan Africa", "medRxiv", "2024", ""),
]


def bib() -> str:
    out = []
    for kw, rows in (("orig", _A), ("rev", _R)):
        for key, auth, title, j, y, st in rows:
            f = [f"author={{{auth}}}", f"title={{{title}}}", f"keywords={{{kw}}}"]
            if j:
                f.append(f"journaltitle={{{j}}}")
            if y:
                f.append(f"date={{{y}}}")
            if st:
                f.append(f"pubstate={{{st}}}")
            out.append(f"@article{{{key}, " + ", ".join(f) + "}")
    out.append("@incollection{c1, author={" + ME + " and Bhatnagar, Rohit}, title={Diabetes and the metabolic syndrome}, "
               "booktitle={Oxford Textbook of Global Public Health}, editor={Detels, Roger and Karim, Quarraisha Abdool}, "
               "edition={7}, publisher={Oxford University Press}, location={Oxford}, date={2022}, pages={1201--1218}, "
               "keywords={chap}}")
    out.append("@incollection{c2, author={" + ME + "}, title={Epidemiology of type 2 diabetes in South Asians}, "
               "booktitle={Textbook of Diabetes}, editor={Holt, Richard and Flyvbjerg, Allan}, edition={5}, "
               "publisher={Wiley-Blackwell}, location={Chichester}, date={2017}, pages={55--70}, keywords={chap}}")
    for key, auth, title, j, y, st in _S:
        f = [f"author={{{auth}}}", f"title={{{title}}}", "keywords={sub}"]
        if j:
            f.append(f"journaltitle={{{j}}}")
        if y:
            f.append(f"date={{{y}}}")
        if st:
            f.append(f"pubstate={{{st}}}")
        out.append(f"@article{{{key}, " + ", ".join(f) + "}")
    return "\n".join(out) + "\n"


TEX = r"""\documentclass[nobib,justified]{tufte-handout}
\usepackage[T1]{fontenc}
\usepackage[backend=biber,style=nejm,sorting=none,maxnames=7,minnames=3]{biblatex}
\addbibresource{07_us_epidemiology_professor_tufte_nejm.bib}
\usepackage{lastpage,fancyhdr}
\pagestyle{fancy}\fancyhf{}
\fancyhead[L]{\footnotesize\textsc{Priyanka Deshmukh-Larsen, MD, MPH, ScD}}
\fancyhead[R]{\footnotesize \thepage/\pageref{LastPage}}
\fancyfoot[R]{\footnotesize CV as of February 2025}
\fancyfootoffset[R]{\marginparsep+\marginparwidth}
\fancyheadoffset[R]{\marginparsep+\marginparwidth}
\renewcommand{\headrulewidth}{0pt}
\newcommand{\when}[1]{\marginnote{\footnotesize #1}}
\newcommand{\entry}[2]{\when{#1}#2\par\smallskip}
\setlength{\parindent}{0pt}
\title{Curriculum Vitae}
\author{Priyanka Deshmukh-Larsen, MD, MPH, ScD}
\date{}
\begin{document}
\maketitle
\begin{fullwidth}
Professor of Epidemiology and Global Health \textbullet\ Rollins School of Public Health, Emory University\\
1518 Clifton Road NE, Atlanta, GA 30322 \textbullet\ 404-555-0117 \textbullet\ pdeshmukhlarsen@emory.example.edu
\end{fullwidth}

\section*{Appointments}
\entry{2018--}{Professor of Epidemiology and Global Health, Rollins School of Public Health, \textbf{Emory University}, Atlanta, GA}
\entry{2020--}{Director, Emory Global Diabetes Research Center, Emory University}
\entry{2015--}{Adjunct Professor, Public Health Foundation of India, New Delhi (secondary appointment)}
\entry{Sep--Dec 2016}{Visiting Scientist (sabbatical), London School of Hygiene \& Tropical Medicine, UK}
\entry{2012--2018}{Associate Professor of Epidemiology, Emory University}
\entry{2009--2012}{Assistant Professor of Epidemiology, Emory University}

\section*{Education and Training}
\entry{2005--2009}{ScD in Epidemiology, Harvard T.H. Chan School of Public Health, Boston, MA}
\entry{2003--2004}{MPH (Global Health), Rollins School of Public Health, Emory University}
\entry{2001--2003}{Residency in Internal Medicine, Massachusetts General Hospital, Boston}
\entry{1997--2001}{MD, University of Michigan Medical School, Ann Arbor}
\entry{1993--1997}{BS in Biology, University of Washington, Seattle}

\section*{Licensure and Certification}
Georgia Composite Medical Board, licence no.\ 05550 (inactive); Diplomate, American Board of Internal Medicine (2003).

\section*{Research Interests}
Type 2 diabetes epidemiology; diabetes in South Asia and sub-Saharan Africa; fiscal and food-environment policy; pregnancy and cardiometabolic risk.

\section*{Honors and Awards}
\entry{2023}{Kelly West Award for Outstanding Achievement in Epidemiology, American Diabetes Association}
\entry{2019}{Elected Member, American Epidemiological Society}
\entry{2014}{Thomas Jefferson Award, Emory University}
\entry{2008}{Delta Omega Honorary Society in Public Health}

\section*{Research Support}
\subsection*{Current}
\entry{2021--2026}{NIH/NIDDK R01 DK129944 ``Sugar taxes and diabetes in India'' \$3.1M. Role: PI (contact)}
\entry{2022--2027}{NIH/Fogarty D43 TW012250 ``Diabetes research training in Malawi'' \$1.4M. Role: Multiple PI}
\entry{2023--2025}{Bill \& Melinda Gates Foundation INV-055501 ``CGM in pregnancy'' \$750,000. Role: Co-Investigator}
\subsection*{Completed}
\entry{2015--2020}{NIH/NHLBI U01 HL138613 ``CARRS cohort follow-up'' Role: Site PI}
\entry{2010--2015}{NIH/NIDDK K23 DK088411 ``Prediabetes in South Asian workers'' Role: PI}

\section*{Publications}
Numbered continuously; h-index 47 (Scopus). Original articles listed in full with up to seven authors.
\nocite{*}
\printbibliography[keyword=orig,heading=subbibliography,title={Original Research Articles}]
\printbibliography[keyword=rev,heading=subbibliography,title={Reviews, Editorials and Commentaries}]
\printbibliography[keyword=chap,heading=subbibliography,title={Book Chapters}]
\printbibliography[keyword=sub,heading=subbibliography,title={Submitted Manuscripts and Preprints}]

\section*{Teaching}
\entry{2010--}{EPI 530 Epidemiologic Methods I (Fall; 120 MPH students)}
\entry{2014--}{GH 560 Global Noncommunicable Disease Epidemiology (Spring)}
\entry{2019--}{EPI 750 Doctoral Seminar in Chronic Disease Epidemiology}

\section*{Mentoring}
Doctoral advisees (primary): Faith Mwangi, PhD 2022 (now CDC Epidemic Intelligence Service); Wen Zhou, PhD 2017 (now Assistant Professor, University of Toronto); Obinna Ojukwu, PhD candidate. Postdoctoral fellows: Grace Tembo (2018--2020, now Lecturer, Kamuzu University of Health Sciences).

\section*{Professional Service}
Associate Editor, \emph{American Journal of Epidemiology} (2019--); Editorial Board, \emph{Diabetes Care} (2016--2022); NIH Kidney, Nutrition, Obesity and Diabetes (KNOD) study section, standing member (2018--2022); WHO Technical Advisory Group on Diabetes (2021--2024); Chair, Rollins Faculty Council (2022--2023).

\section*{Invited Presentations (selected)}
\entry{Jun 2024}{Plenary lecture, American Diabetes Association Scientific Sessions, Orlando}
\entry{Sep 2023}{Keynote, European Association for the Study of Diabetes, Hamburg}
\entry{Nov 2021}{Grand Rounds, Johns Hopkins Bloomberg School of Public Health (virtual)}
\entry{Feb 2019}{Invited speaker, Public Health Foundation of India annual symposium, New Delhi}

\section*{Memberships}
Society for Epidemiologic Research; American Diabetes Association; American Epidemiological Society; International Epidemiological Association.
\end{document}
"""
