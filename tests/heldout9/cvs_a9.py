"""Builders 01-04: moderncv (classic, banking, casual) and Awesome-CV. All people are invented."""
from __future__ import annotations

from pathlib import Path

from kit9 import label, tex, write_src, xelatex

# ---------------------------------------------------------------------------------------------
# shared biblatex helper: highlight the candidate through biblatex's name annotations
BOLD_OWN = r"""
\renewcommand*{\mkbibnamegiven}[1]{\ifitemannotation{me}{\textbf{#1}}{#1}}
\renewcommand*{\mkbibnamefamily}[1]{\ifitemannotation{me}{\textbf{#1}}{#1}}
"""


def bib_entry(key: str, kind: str, fields: dict[str, str]) -> str:
    body = ",\n".join(f"  {k} = {{{v}}}" for k, v in fields.items())
    return f"@{kind}{{{key},\n{body}\n}}\n"


def _authors(names: list[str]) -> str:
    return " and ".join(names)


def _own_index(names: list[str], own: str) -> int:
    return next(i for i, n in enumerate(names) if own in n) + 1


# ---------------------------------------------------------------------------------------------
def moderncv_classic_postdoc(files: Path) -> dict:
    """01: moderncv classic (blue), biblatex numeric per type, own name bold, pubstate."""
    fn = "01_compbio_postdoc_moderncv_classic_biblatex.pdf"
    own = "Halvorsen-Mbeki"
    # (key, kind, authors, title, venue-field, venue, year, pubstate, keyword, first, status, venue label)
    pubs = [
        ("p1", "article", ["Halvorsen-Mbeki, Ingrid", "Ostrander, Paul", "Nwachukwu-Reyes, Dalia"],
         "Single-cell lineage tracing reveals plastic progenitor states in regenerating axolotl limbs",
         "journaltitle", "Nature Communications", "2024", "", "journal", True, "published", "Nature Communications"),
        ("p2", "article", ["Tiberius, Mona", "Halvorsen-Mbeki, Ingrid", "Castellanos, Ruy", "Ostrander, Paul"],
         "Chromatin accessibility dynamics during blastema formation",
         "journaltitle", "Developmental Cell", "2023", "", "journal", False, "published", "Developmental Cell"),
        ("p3", "article", ["Halvorsen-Mbeki, Ingrid", "Lindqvist, Aron", "Ostrander, Paul"],
         "A Bayesian mixture model for barcode collisions in lineage tracing data",
         "journaltitle", "Bioinformatics", "2025", "inpress", "journal", True, "in press", "Bioinformatics"),
        ("p4", "article", ["Kowalczyk, Ewa", "Halvorsen-Mbeki, Ingrid", "Saarinen, Tuomo"],
         "Spatial transcriptomics of the regenerating zebrafish fin ray",
         "journaltitle", "Development", "2021", "", "journal", False, "published", "Development"),
        ("c1", "inproceedings", ["Halvorsen-Mbeki, Ingrid", "Vance, Corrigan"],
         "Optimal transport for aligning developmental trajectories across species",
         "booktitle", "Proceedings of the International Conference on Research in Computational Molecular Biology (RECOMB)",
         "2023", "", "conf", True, "published", "RECOMB"),
        ("c2", "inproceedings", ["Vance, Corrigan", "Halvorsen-Mbeki, Ingrid", "Ostrander, Paul"],
         "Graph neural networks for cell-fate prediction from clonal barcodes",
         "booktitle", "ICML Workshop on Computational Biology", "2022", "", "conf", False, "published",
         "ICML Workshop"),
        ("r1", "online", ["Halvorsen-Mbeki, Ingrid", "Tiberius, Mona", "Ostrander, Paul"],
         "Dedifferentiation is dispensable for digit-tip regeneration: evidence from clonal analysis",
         "eprint", "", "2025", "submitted", "pre", True, "under review", "bioRxiv"),
    ]
    bib = ""
    for key, kind, au, title, vf, venue, year, state, kw, *_ in pubs:
        f = {"author": _authors(au), "author+an": f"{_own_index(au, own)}=me", "title": title, "date": year,
             "keywords": kw}
        if vf == "eprint":
            f.update(eprinttype="bioRxiv", eprint="10.1101/2025.02.11.555031", pubstate=state)
            f["note"] = "Under review"
            del f["pubstate"]
        else:
            f[vf] = venue
            if state:
                f["pubstate"] = state
        if kind == "article" and not state:
            f.update(volume=str(10 + len(bib) % 7), pages=f"{100 + len(bib) % 300}--{112 + len(bib) % 300}")
        bib += bib_entry(key, kind, f)

    edu = [
        ("2016", "2021", "Ph.D. in Computational Biology", "Ravensholm University", "Ravensholm, Norway",
         "Thesis: \\emph{Statistical models of clonal dynamics in regeneration}; advisor Prof. Paul Ostrander",
         "phd"),
        ("2014", "2016", "M.Sc. in Bioinformatics", "University of Tarnvik", "Tarnvik, Norway",
         "Graduated with distinction (grade A)", "master"),
        ("2011", "2014", "B.Sc. in Molecular Biology, minor in Statistics", "University of Tarnvik",
         "Tarnvik, Norway", "", "bachelor"),
    ]
    jobs = [
        ("2021", "present", "Postdoctoral Research Fellow", "Lindgren Institute for Regenerative Biology",
         "Cambridge, MA", "Single-cell and spatial methods for limb regeneration; group of Dr. Aron Lindqvist"),
        ("2019", "2019", "Visiting Researcher (3 months)", "Helix Analytics Lab, Corvallis Biosciences",
         "San Diego, CA", "Barcode error models for lineage-tracing kits"),
        ("2016", "2021", "Graduate Research Assistant", "Ravensholm University, Department of Biology",
         "Ravensholm", ""),
    ]
    awards = [("2024", "Lindgren Postdoctoral Fellowship (3 years)"),
              ("2022", "Best Poster Award, RECOMB Satellite on Regulatory Genomics"),
              ("2021", "Ravensholm University Prize for an outstanding doctoral thesis")]
    interests = "Single-cell genomics, lineage tracing, regeneration biology, probabilistic modelling"

    t = [r"""\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{classic}
\moderncvcolor{blue}
\usepackage[scale=0.77]{geometry}
\usepackage[backend=biber,style=ieee,sorting=ydnt,maxbibnames=99,dashed=false,defernumbers=true]{biblatex}
\addbibresource{pubs.bib}""", BOLD_OWN, r"""
\name{Ingrid}{Halvorsen-Mbeki}
\title{Curriculum Vit\ae}
\address{41 Alder Quay, Apt 5}{Cambridge, MA 02139}{USA}
\phone[mobile]{+1~(617)~555~0187}
\email{ihalvorsen@lirb.example.org}
\homepage{ingridhm.example.io}
\social[orcid]{0000-0002-5550-1837}
\social[github]{ihmbeki}
\begin{document}
\makecvtitle
\section{Research interests}
\cvitem{}{""" + tex(interests) + r"""}
\section{Positions}
"""]
    for a, b, role, org, city, desc in jobs:
        yrs = a if a == b else f"{a}--{b}"
        t.append(f"\\cventry{{{yrs}}}{{{tex(role)}}}{{{tex(org)}}}{{{tex(city)}}}{{}}{{{tex(desc)}}}\n")
    t.append("\\section{Education}\n")
    for a, b, deg, inst, city, desc, _ in edu:
        t.append(f"\\cventry{{{a}--{b}}}{{{tex(deg)}}}{{{tex(inst)}}}{{{tex(city)}}}{{}}{{{desc}}}\n")
    t.append("\\section{Honours and awards}\n")
    for y, a in awards:
        t.append(f"\\cvitem{{{y}}}{{{tex(a)}}}\n")
    t.append(r"""\section{Skills}
\cvitem{Computational}{Python, R, Stan, Nextflow, Scanpy, Seurat, PyTorch}
\cvitem{Wet lab}{scRNA-seq library preparation, CRISPR barcoding, confocal imaging}
\cvitem{Languages}{Norwegian (native), English (fluent), Swahili (conversational)}
\nocite{*}
\section{Publications}
\cvitem{}{\small My name is in bold. Numbering is reverse-chronological within each list.}
\printbibliography[heading=subbibliography,title={Journal articles},keyword=journal,resetnumbers=true]
\printbibliography[heading=subbibliography,title={Peer-reviewed conference and workshop papers},keyword=conf,resetnumbers=true]
\printbibliography[heading=subbibliography,title={Preprints},keyword=pre,resetnumbers=true]
\section{Teaching and service}
\cvitem{2019--2020}{Teaching assistant, BIO-4110 Quantitative Genomics, Ravensholm University}
\cvitem{2022--2024}{Reviewer for Bioinformatics, PLOS Computational Biology and RECOMB}
\end{document}
""")
    d = write_src("01_moderncv_classic", {"main.tex": "".join(t), "pubs.bib": bib})
    xelatex(d, "main.tex", files / fn, biber=True)

    def A(au):
        return [n.split(", ")[1][0] + ". " + n.split(", ")[0] for n in au]

    sample = [(p[3], p[11], int(p[6]), p[9], p[10], A(p[2])) for p in pubs]
    sample[6] = (pubs[6][3], "bioRxiv", 2025, True, "under review", A(pubs[6][2]))
    return label(
        fn, "Ingrid Halvorsen-Mbeki", [], ["ihalvorsen@lirb.example.org"], ["+16175550187"],
        ["ingridhm.example.io", "orcid.org/0000-0002-5550-1837", "github.com/ihmbeki"],
        [(e[3], e[6], e[0], e[1]) for e in edu],
        [(j[3] if "Ravensholm" not in j[3] else "Ravensholm University", j[2], j[0], j[1]) for j in jobs],
        len(pubs), sum(p[9] for p in pubs), sample,
        ["single-cell genomics", "lineage tracing", "regeneration biology", "probabilistic modelling"],
        len(awards),
        "moderncv 'classic' style (blue): name large at top left, contact block at the right with moderncv "
        "icons (phone, e-mail, homepage, ORCID, GitHub social links), section titles with a coloured bar in the "
        "left column, dates in the left column, '\\cventry' rows 'Role, Org, City' in one line with the "
        "description in italics below. Research interests as one comma list in a \\cvitem without a label. "
        "Publications typeset by biblatex (style=ieee, sorting=ydnt) under three sub-bibliographies "
        "(Journal articles / Peer-reviewed conference and workshop papers / Preprints) with numbering restarting "
        "at [1] in each; own name bold through biblatex name annotations (declared in a one-line note); an "
        "'in press' entry (pubstate) with its year, a bioRxiv preprint noted 'Under review' (status under review, "
        "venue bioRxiv); a workshop paper 'ICML Workshop on Computational Biology' = ICML Workshop. A 3-month "
        "visiting researcher post in a single year ('2019'). Bachelor's carries a minor. Teaching and reviewing "
        "items are not jobs (a TA line under 'Teaching and service').",
        layout="moderncv classic + biblatex ieee sub-bibliographies")


# ---------------------------------------------------------------------------------------------
def moderncv_banking_engineer(files: Path) -> dict:
    """02: moderncv banking (centred header, dates at the right); industry engineer, roles at one company."""
    fn = "02_ml_engineer_moderncv_banking_roles.pdf"
    jobs = [  # (start, end, role, org, city, printed dates, bullets)
        ("2022-03", "present", "Staff Machine Learning Engineer", "Brightwater Logistics", "Rotterdam",
         "Mar 2022 -- present", ["Lead a team of six on demand forecasting for 40 warehouses",
                                 "Cut forecast error (WAPE) by 18\\% with hierarchical gradient boosting"]),
        ("2019-07", "2022-02", "Senior Machine Learning Engineer", "Brightwater Logistics", "Rotterdam",
         "Jul 2019 -- Feb 2022", ["Built the route-time model serving 2M requests a day"]),
        ("2017-09", "2019-06", "Data Scientist", "Kestrel Mobility B.V.", "Utrecht",
         "Sep 2017 -- Jun 2019", ["Pricing experiments and causal uplift models for a ride-sharing app"]),
        ("2016-02", "2016-08", "Research Intern", "Nordhaven Research Labs", "Eindhoven",
         "Feb 2016 -- Aug 2016", ["Anomaly detection on smart-meter data (led to paper [2])"]),
    ]
    edu = [("2015-09", "2017-08", "MSc Computer Science (cum laude)", "Delfland University of Technology",
            "Delft", "Sep 2015 -- Aug 2017", "master", "Thesis: Probabilistic forecasting of parcel volumes; GPA 8.6/10"),
           ("2012-09", "2015-07", "BSc Applied Mathematics", "University of Haarlem-Zuid", "Haarlem",
            "Sep 2012 -- Jul 2015", "bachelor", "")]
    papers = [  # printed manually as \cvitem lines
        ("Hierarchical forecast reconciliation at warehouse scale",
         "R. Okonkwo-Sterling, J. de Wilde, M. Aydın", "KDD", "2023", True, "published",
         "KDD 2023 Applied Data Science Track"),
        ("Unsupervised anomaly detection for residential smart meters with seasonal autoencoders",
         "L. Verhoeven, R. Okonkwo-Sterling", "ECML PKDD", "2017", False, "published",
         "ECML PKDD 2017 Workshop on Data Analytics for Renewable Energy Integration"),
        ("Conformal prediction intervals for delivery-time estimates",
         "R. Okonkwo-Sterling, S. Baptiste", "arXiv", "2024", True, "preprint", "arXiv:2405.05512, 2024"),
    ]
    t = [r"""\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{banking}
\moderncvcolor{black}
\usepackage[scale=0.8]{geometry}
\name{Rafael}{Okonkwo-Sterling}
\title{Staff Machine Learning Engineer}
\address{Westzeedijk 212}{3016 AH Rotterdam}{The Netherlands}
\phone[mobile]{+31~6~5550~3318}
\email{rafael.os@example.nl}
\social[linkedin]{rokonkwo-sterling}
\social[github]{rafos}
\begin{document}
\makecvtitle
\section{Profile}
\cvitem{}{Machine learning engineer with eight years of experience shipping forecasting and pricing models in logistics and mobility.}
\section{Experience}
"""]
    for _s, _e, role, org, city, printed, bullets in jobs:
        items = "\\begin{itemize}" + "".join(f"\\item {b}" for b in bullets) + "\\end{itemize}"
        t.append(f"\\cventry{{{printed}}}{{{tex(role)}}}{{{tex(org)}}}{{{city}}}{{}}{{{items}}}\n")
    t.append("\\section{Education}\n")
    for _s, _e, deg, inst, city, printed, _, desc in edu:
        t.append(f"\\cventry{{{printed}}}{{{tex(deg)}}}{{{tex(inst)}}}{{{city}}}{{}}{{{tex(desc)}}}\n")
    t.append(r"""\section{Side projects}
\cventry{2020 -- present}{Maintainer}{tidyforecast-nl (open source)}{}{}{A Python library for Dutch holiday calendars in forecasting; 900 GitHub stars}
\section{Publications}
""")
    for i, (title, au, _v, _y, _f, _s, printed) in enumerate(papers, 1):
        t.append(f"\\cvitem{{[{i}]}}{{{tex(au)}. \\textit{{{tex(title)}}}. {tex(printed)}.}}\n")
    t.append(r"""\section{Patents}
\cvitem{2021}{Method for batching parcel routes under time windows. NL Patent 2055501 (granted).}
\section{Skills}
\cvdoubleitem{Languages}{Python, SQL, Scala}{ML}{LightGBM, PyTorch, statsmodels}
\cvdoubleitem{Platforms}{Spark, Airflow, Kubernetes}{Spoken}{English, Dutch, Yoruba}
\section{Awards}
\cvitem{2023}{Brightwater Innovation Award for the route-time model}
\cvitem{2017}{Best MSc Thesis Prize, Faculty of EEMCS, Delfland University of Technology}
\end{document}
""")
    d = write_src("02_moderncv_banking", {"main.tex": "".join(t)})
    xelatex(d, "main.tex", files / fn)
    return label(
        fn, "Rafael Okonkwo-Sterling", [], ["rafael.os@example.nl"], ["+31655503318"],
        ["linkedin.com/in/rokonkwo-sterling", "github.com/rafos"],
        [(e[3], e[6], e[0], e[1]) for e in edu],
        [(j[3], j[2], j[0], j[1]) for j in jobs],
        len(papers), 2,
        [(p[0], p[2], int(p[3]), p[4], p[5], p[1].split(", ")) for p in papers],
        [], 2,
        "moderncv 'banking' style (black): centred bold name with the title under it and one centred contact line "
        "(address, phone, e-mail, LinkedIn and GitHub handles shown as icons + handle); section titles centred-left "
        "over a full rule; \\cventry rows with bold role then org and city on the first line and the dates "
        "right-aligned ('Mar 2022 -- present'). Two consecutive roles at the same company (Brightwater Logistics: "
        "Staff then Senior ML Engineer) are separate entries. A side project with a 'Maintainer' role is not a "
        "job. Publications are manual \\cvitem lines '[n] Authors. Title. Venue-ish string.': 'KDD 2023 Applied "
        "Data Science Track' = KDD; 'ECML PKDD 2017 Workshop on ...' labelled ECML PKDD; an arXiv preprint. A "
        "patent is not a paper. Education with '(cum laude)' in the degree and GPA in the description. Skills in "
        "\\cvdoubleitem rows.",
        layout="moderncv banking")


# ---------------------------------------------------------------------------------------------
def moderncv_casual_phd(files: Path) -> dict:
    """03: moderncv casual (orange), biblatex authoryear, equal contribution marks, statuses."""
    fn = "03_nlp_phd_moderncv_casual_authoryear.pdf"
    own = "Demirtaş-Clarke"
    pubs = [  # key, kind, authors, title, venue field, venue, year, note, first, status, label venue
        ("a", "inproceedings", ["Demirtaş-Clarke, Yusuf", "Abernathy, Selin", "Moreau-Tanaka, Élodie"],
         "Counterfactual data augmentation for dialect-robust question answering", "booktitle",
         "Proceedings of the 62nd Annual Meeting of the Association for Computational Linguistics (ACL)", "2024", "",
         True, "published", "ACL"),
        ("b", "inproceedings", ["Abernathy, Selin", "Demirtaş-Clarke, Yusuf", "Moreau-Tanaka, Élodie"],
         "Probing multilingual encoders for evidentiality markers", "booktitle",
         "Findings of the Association for Computational Linguistics: EMNLP 2023", "2023", "* equal contribution",
         True, "published", "EMNLP Findings"),
        ("c", "inproceedings", ["Falkner, Jonas", "Demirtaş-Clarke, Yusuf", "Ruiz Okafor, Marta", "Moreau-Tanaka, Élodie"],
         "Token-level calibration for low-resource machine translation", "booktitle",
         "Proceedings of the 2025 Conference of the North American Chapter of the ACL (NAACL)", "2025",
         "Accepted, to appear", False, "accepted", "NAACL"),
        ("d", "article", ["Demirtaş-Clarke, Yusuf", "Moreau-Tanaka, Élodie"],
         "A survey of dialectal variation in benchmark construction", "journaltitle",
         "Transactions of the Association for Computational Linguistics", "2025", "Under review", True,
         "under review", "Transactions of the Association for Computational Linguistics"),
        ("e", "online", ["Demirtaş-Clarke, Yusuf", "Park, Hyejin", "Moreau-Tanaka, Élodie"],
         "DialectBench-TR: evaluating Turkish dialect robustness in large language models", "eprint", "", "2024",
         "", True, "preprint", "arXiv"),
    ]
    bib = ""
    for key, kind, au, title, vf, venue, year, note, *_ in pubs:
        f = {"author": _authors(au), "author+an": f"{_own_index(au, own)}=me", "title": title, "date": year}
        if key == "b":
            f["author+an"] = "1=equal;2=me,equal"
        if vf == "eprint":
            f.update(eprinttype="arXiv", eprint="2406.05519", eprintclass="cs.CL")
        else:
            f[vf] = venue
        if note:
            f["addendum"] = note
        bib += bib_entry(key, kind, f)
    edu = [("2021-09", "2026-06", "Ph.D. in Computer Science (expected June 2026)", "Brackenridge University",
            "Edinburgh, UK", "Sep 2021 -- Jun 2026", "phd", "Advisor: Prof. Élodie Moreau-Tanaka"),
           ("2019", "2020", "M.Sc. in Speech and Language Processing (Distinction)", "Brackenridge University",
            "Edinburgh, UK", "2019 -- 2020", "master", ""),
           ("2015", "2019", "B.A. in Linguistics and Computer Science", "Anatolia Bosphorus University",
            "Istanbul, Türkiye", "2015 -- 2019", "bachelor", "High honours; GPA 3.81/4.00")]
    jobs = [("2023-06", "2023-09", "Research Scientist Intern", "Pellucid AI", "London", "Summer 2023"),
            ("2022-01", "2024-05", "Teaching Assistant", "School of Informatics, Brackenridge University", "Edinburgh",
             "Jan 2022 -- May 2024"),
            ("2020-10", "2021-08", "Research Assistant", "Centre for Speech Technology, Brackenridge University",
             "Edinburgh", "Oct 2020 -- Aug 2021")]
    t = [r"""\documentclass[11pt,a4paper,sans]{moderncv}
\moderncvstyle{casual}
\moderncvcolor{orange}
\usepackage[scale=0.78]{geometry}
\usepackage[backend=biber,style=authoryear,sorting=ydnt,maxbibnames=99,uniquename=false]{biblatex}
\addbibresource{pubs.bib}
\renewcommand*{\mkbibnamegiven}[1]{\ifitemannotation{me}{\textbf{#1}}{#1}}
\renewcommand*{\mkbibnamefamily}[1]{\ifitemannotation{me}{\textbf{#1}}{#1}\ifitemannotation{equal}{\textsuperscript{*}}{}}
\name{Yusuf}{Demirtaş-Clarke}
\title{PhD candidate in Natural Language Processing}
\address{14/3 Marchmont Crescent}{Edinburgh EH9 1HE}{United Kingdom}
\phone[mobile]{+44~7700~900~412}
\email{y.demirtas-clarke@ed.example.ac.uk}
\homepage{yusufdc.example.com}
\social[github]{ydclarke}
\begin{document}
\makecvtitle
\section{Research Interests}
\cvlistitem{Dialect and language variation in NLP}
\cvlistitem{Robustness and calibration of language models}
\cvlistitem{Low-resource machine translation}
\section{Education}
"""]
    for _s, _e, deg, inst, city, printed, _, desc in edu:
        t.append(f"\\cventry{{{printed}}}{{{tex(deg)}}}{{{tex(inst)}}}{{{city}}}{{}}{{{tex(desc)}}}\n")
    t.append("\\section{Experience}\n")
    for _s, _e, role, org, city, printed in jobs:
        t.append(f"\\cventry{{{printed}}}{{{tex(role)}}}{{{tex(org)}}}{{{city}}}{{}}{{}}\n")
    t.append(r"""\section{Publications}
\cvitem{}{\small $^*$ denotes equal contribution.}
\nocite{*}
\printbibliography[heading=none]
\section{Awards}
\cvitem{2024}{Outstanding Paper Award, ACL 2024}
\cvitem{2021}{Brackenridge Informatics Doctoral Studentship}
\cvitem{2019}{Anatolia Bosphorus University High Honour Graduate}
\section{Computer skills}
\cvitem{Programming}{Python, PyTorch, JAX, Bash}
\cvitem{Tools}{HuggingFace Transformers, fairseq, Slurm}
\section{Languages}
\cvitemwithcomment{Turkish}{Native}{}
\cvitemwithcomment{English}{Fluent}{}
\end{document}
""")
    d = write_src("03_moderncv_casual", {"main.tex": "".join(t), "pubs.bib": bib})
    xelatex(d, "main.tex", files / fn, biber=True)

    def A(au):
        return [n.split(", ")[0] + ", " + n.split(", ")[1][0] + "." for n in au]

    return label(
        fn, "Yusuf Demirtaş-Clarke", ["Yusuf Demirtas-Clarke"], ["y.demirtas-clarke@ed.example.ac.uk"],
        ["+447700900412"], ["yusufdc.example.com", "github.com/ydclarke"],
        [(e[3], e[6], e[0], e[1]) for e in edu],
        [("Pellucid AI", "Research Scientist Intern", "2023", "2023"),
         ("School of Informatics, Brackenridge University", "Teaching Assistant", "2022-01", "2024-05"),
         ("Centre for Speech Technology, Brackenridge University", "Research Assistant", "2020-10", "2021-08")],
        len(pubs), sum(p[8] for p in pubs),
        [(p[3], p[10], int(p[6]), p[8], p[9], A(p[2])) for p in pubs],
        ["dialect and language variation", "robustness and calibration", "low-resource machine translation"],
        3,
        "moderncv 'casual' style (orange): name large at the top with the title, contact in the footer "
        "(address, phone, e-mail, homepage, GitHub) with icons; dates in the left column. Research interests "
        "as \\cvlistitem bullets. PhD 'expected June 2026' (end 2026-06) with 'Sep 2021 -- Jun 2026' in the date "
        "column; master's and bachelor's with year-only dates; honours in the degree ('(Distinction)') and a "
        "'High honours; GPA' line. Internship dated 'Summer 2023' (= 2023). Publications by biblatex "
        "authoryear (sorting ydnt, full given names), own name bold; '*' superscripts after two names for "
        "equal contribution, defined in a note above the list (the candidate is second author and equal with "
        "the first -> first author). Statuses via addendum: 'Accepted, to appear' (NAACL), 'Under review' "
        "(TACL, venue printed in full); an arXiv eprint = preprint. An award mentions ACL but is not a paper.",
        layout="moderncv casual + biblatex authoryear")


# ---------------------------------------------------------------------------------------------
def awesome_cv_professor(files: Path) -> dict:
    """04: Awesome-CV (cv.tex look): associate professor, [J1]/[C1] tagged papers, students, grants."""
    fn = "04_ee_associate_professor_awesome_cv_tagged.pdf"
    me = "M. Quintanar-Obi"
    positions = [  # org, role, location, printed dates, start, end
        ("Calloway Institute of Technology", "Associate Professor, Department of Electrical Engineering",
         "Austin, TX", "Aug. 2021 - Present", "2021-08", "present"),
        ("Calloway Institute of Technology", "Assistant Professor, Department of Electrical Engineering",
         "Austin, TX", "Aug. 2015 - Jul. 2021", "2015-08", "2021-07"),
        ("Meridian Semiconductor Research", "Senior Research Engineer", "San Jose, CA",
         "Jan. 2013 - Jul. 2015", "2013-01", "2015-07"),
        ("Pradera University", "Postdoctoral Scholar", "Tucson, AZ", "Sep. 2011 - Dec. 2012", "2011-09", "2012-12"),
    ]
    edu = [("Pradera University", "Ph.D. in Electrical and Computer Engineering", "Tucson, AZ", "2006 - 2011",
            "phd", "2006", "2011", "Dissertation: Low-power sigma-delta converters for implantable sensors"),
           ("Universidad Técnica de Valdemora", "Ingeniero Electrónico (B.Eng., 5-year degree)", "Valdemora, Chile",
            "2000 - 2005", "bachelor", "2000", "2005", "Summa cum laude, ranked 1st of 96")]
    # (tag, authors, title, venue printed, venue label, year, first, status)
    journal = [
        ("J1", ["A. Bhattacharjee", "L. Ferraro", me], "A 12-bit 2-MS/s SAR ADC with noise-shaping for neural recording",
         "IEEE Journal of Solid-State Circuits, vol. 60, no. 2, pp. 411-423, Feb. 2025", "IEEE Journal of Solid-State Circuits",
         2025, False, "published"),
        ("J2", [me, "T. Okafor", "R. Lindahl"], "Energy-harvesting front ends for ingestible sensors: a tutorial",
         "IEEE Transactions on Biomedical Circuits and Systems, to appear, 2025", "IEEE Transactions on Biomedical Circuits and Systems",
         2025, True, "accepted"),
        ("J3", ["L. Ferraro", me], "Chopper-stabilized instrumentation amplifiers below 1 µW",
         "IEEE Transactions on Circuits and Systems I, vol. 70, no. 9, pp. 3501-3512, 2023", "IEEE Transactions on Circuits and Systems I",
         2023, False, "published"),
        ("J4", [me, "K. Haddad", "S. Yilmaz", "P. Novak", "et al."], "Wireless power telemetry for deep brain stimulators",
         "IEEE Transactions on Biomedical Engineering, vol. 66, no. 4, pp. 1022-1033, 2019", "IEEE Transactions on Biomedical Engineering",
         2019, True, "published"),
    ]
    conf = [
        ("C1", ["T. Okafor", me], "A 0.6-V bandgap reference with curvature compensation for wearables",
         "in Proc. IEEE ISSCC, Feb. 2024, pp. 88-90", "ISSCC", 2024, False, "published"),
        ("C2", ["A. Bhattacharjee", "T. Okafor", me], "Incremental ADCs with digital calibration for EEG headsets",
         "in Proc. IEEE Custom Integrated Circuits Conference (CICC), 2022", "CICC", 2022, False, "published"),
        ("C3", [me, "R. Lindahl"], "Backscatter uplinks for millimetre-scale implants",
         "in Proc. IEEE BioCAS, 2020", "BioCAS", 2020, True, "published"),
    ]
    honors = [("NSF CAREER Award", "National Science Foundation", "USA", "2019"),
              ("Best Paper Award", "IEEE BioCAS 2020", "Atlanta, GA", "2020"),
              ("Outstanding Teaching Award", "Calloway Institute of Technology", "Austin, TX", "2018"),
              ("Fulbright Doctoral Fellowship", "Fulbright Commission", "Chile", "2006")]

    def entry(role, org, loc, dates, items=""):
        return (f"\\cventry{{{tex(role)}}}{{{tex(org)}}}{{{tex(loc)}}}{{{tex(dates)}}}"
                f"{{{items}}}\n")

    def cite(tag, au, title, venue):
        aus = ", ".join(f"\\textbf{{{a}}}" if a == me else a for a in au)
        return f"\\item[{tag}] {tex(aus).replace(chr(92)+'textbackslash{}textbf', chr(92)+'textbf').replace(chr(92)+'{', '{').replace(chr(92)+'}', '}')}, ``{tex(title)},'' \\textit{{{tex(venue)}}}.\n"

    t = [r"""\documentclass[11pt, a4paper]{awesome-cv-h9}
\geometry{left=1.4cm, top=.8cm, right=1.4cm, bottom=1.8cm, footskip=.5cm}
\colorlet{awesome}{awesome-concrete}
\setbool{acvSectionColorHighlight}{true}
\renewcommand{\acvHeaderSocialSep}{\quad\textbar\quad}
\name{Mariela}{Quintanar-Obi}
\position{Associate Professor{\enskip\cdotp\enskip}Electrical Engineering}
\address{Calloway Institute of Technology, 2200 Speedway Ave., Austin, TX 78712, USA}
\mobile{(+1) 512-555-0143}
\email{mquintanar@ece.calloway.example.edu}
\homepage{lab.calloway.example.edu/mqo}
\googlescholar{QmO5550AAAAJ}{Google Scholar}
\orcid{0000-0001-5550-2291}
\quote{``Mixed-signal circuits for medicine that disappears into the body.''}
\begin{document}
\makecvheader
\makecvfooter{June 2025}{Mariela Quintanar-Obi~~~·~~~Curriculum Vitae}{\thepage}
\cvsection{Research Interests}
\begin{cvparagraph}
Ultra-low-power analog and mixed-signal integrated circuits; data converters; wireless power and telemetry for implantable and ingestible medical devices.
\end{cvparagraph}
\cvsection{Academic Appointments}
\begin{cventries}
"""]
    for org, role, loc, dates, *_ in positions[:2]:
        t.append(entry(role, org, loc, dates))
    t.append("\\end{cventries}\n\\cvsection{Previous Positions}\n\\begin{cventries}\n")
    for org, role, loc, dates, *_ in positions[2:]:
        t.append(entry(role, org, loc, dates))
    t.append("\\end{cventries}\n\\cvsection{Education}\n\\begin{cventries}\n")
    for inst, deg, loc, dates, _, _, _, desc in edu:
        t.append(entry(deg, inst, loc, dates, "\\begin{cvitems}\\item {" + tex(desc) + "}\\end{cvitems}"))
    t.append("\\end{cventries}\n\\cvsection{Honors \\& Awards}\n\\begin{cvhonors}\n")
    for a, ev, loc, y in honors:
        t.append(f"\\cvhonor{{{a}}}{{{ev}}}{{{loc}}}{{{y}}}\n")
    t.append(r"""\end{cvhonors}
\cvsection{Research Funding}
\begin{cvitems}
\item {NSF ECCS-1955501, ``CAREER: Batteryless implant interfaces'', PI, \$550,000, 2019--2025.}
\item {Lonestar Health Innovation Grant, ``Ingestible pH telemetry'', co-PI, \$240,000, 2022--2024.}
\end{cvitems}
\cvsection{Publications}
\cvparagraph{My name is in bold. Full list on Google Scholar.}
\cvsubsection{Journal Articles}
\begin{cvitems}
""")
    for p in journal:
        t.append(cite(*p[:3], p[3]))
    t.append("\\end{cvitems}\n\\cvsubsection{Conference Proceedings}\n\\begin{cvitems}\n")
    for p in conf:
        t.append(cite(*p[:3], p[3]))
    t.append(r"""\end{cvitems}
\cvsection{Teaching}
\begin{cventries}
\cventry{Instructor}{EE 338K: Analog Integrated Circuit Design}{Calloway Institute of Technology}{2016 - Present}{}
\end{cventries}
\cvsection{Skills}
\begin{cvskills}
\cvskill{EDA}{Cadence Virtuoso, Spectre, Calibre, MATLAB}
\cvskill{Languages}{Spanish (native), English (fluent), Portuguese (reading)}
\end{cvskills}
\end{document}
""")
    d = write_src("04_awesome_cv", {"main.tex": "".join(t)})
    xelatex(d, "main.tex", files / fn, texinputs=[Path(__file__).resolve().parent / "src" / "awesome-cv"])
    allp = journal + conf
    return label(
        fn, "Mariela Quintanar-Obi", [], ["mquintanar@ece.calloway.example.edu"], ["+15125550143"],
        ["lab.calloway.example.edu/mqo", "orcid.org/0000-0001-5550-2291"],
        [(e[0], e[4], e[5], e[6]) for e in edu],
        [(p[0], p[1], p[4], p[5]) for p in positions],
        len(allp), sum(p[6] for p in allp),
        [(p[2], p[4], p[5], p[6], p[7], p[1]) for p in allp],
        ["analog and mixed-signal integrated circuits", "data converters", "wireless power"],
        len(honors),
        "Awesome-CV (posquit0, cv.tex look; class copied with a font/icon shim, see README): centred name with "
        "the light first name and bold family name, position line, address, then one line of icon + contact "
        "items separated by '|' (mobile, e-mail, homepage, Google Scholar shown as the words 'Google Scholar', "
        "ORCID), an italic quote. Section titles with the first three letters coloured ('Research Interests'). "
        "\\cventry rows: bold organisation with location at the right, then the role in small caps with dates "
        "'Aug. 2021 - Present' at the right. Two appointments at the same institute under 'Academic "
        "Appointments', more under 'Previous Positions'. Chilean 5-year 'Ingeniero Electrónico (B.Eng., 5-year "
        "degree)' = bachelor; 'Summa cum laude, ranked 1st' as an item. Honours as a \\cvhonor table (award, "
        "event, location, year). 'Research Funding' grants are not awards. Publications in sub-headings "
        "'Journal Articles' and 'Conference Proceedings', items tagged [J1]..[J4], [C1]..[C3] in IEEE style, own "
        "name bold, 'et al.' in one list, one 'to appear, 2025' (accepted); venue labels as printed for the "
        "journals, the conference short forms (ISSCC, CICC, BioCAS). Teaching rendered as a \\cventry (not a job).",
        layout="Awesome-CV cv")
