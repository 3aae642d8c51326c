"""Held-out PDFs: publications grouped under sub-headings, a Europass-style CV,
and a three-page CV whose running header carries the contact line."""
from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from .labels import Edu, Job, Pub, label
from .pdfkit import dated, heading, line, new_pdf, para


def grouped_pdf(out: Path) -> dict:
    file = "05_pubs_grouped.pdf"
    jobs = [Job("Allen Institute for AI", "Postdoctoral Fellow", "2024", "present"),
            Job("Microsoft Research", "Research Intern", "2022", "2022"),
            Job("Flipkart", "Applied Scientist", "2016-07", "2018-07")]
    job_when = ["2024 – present", "Summer 2022", "Jul 2016 – Jul 2018"]
    edu = [Edu("University of Michigan", "phd", "Computer Science and Engineering", "2018", "2024"),
           Edu("Indian Institute of Technology Madras", "bachelor", "Computer Science and Engineering",
               "2012", "2016")]
    groups = {
        "Conference Papers": [
            Pub("P. Ramaswamy, A. Kowalczyk, and L. Brennan", "Faithfulness Probes for Retrieval-Augmented "
                "Generation", "In Proceedings of ACL 2024", 2024, True, "ACL"),
            Pub("A. Kowalczyk, P. Ramaswamy, and L. Brennan", "Counterfactual Data Augmentation for Multilingual "
                "NLI", "In Proceedings of EMNLP 2023", 2023, False, "EMNLP"),
            Pub("P. Ramaswamy and L. Brennan", "When Do Rationales Help? A Study of Explanation-Augmented "
                "Fine-Tuning", "In Proceedings of NAACL 2022", 2022, True, "NAACL"),
            Pub("P. Ramaswamy*, Y. Dorsey*, and L. Brennan", "Calibrating Long-Form Question Answering",
                "AAAI 2022", 2022, True, None)],
        "Journal Articles": [
            Pub("P. Ramaswamy and L. Brennan", "A Survey of Evaluation Practices for Faithful Explanations",
                "Transactions of the Association for Computational Linguistics (TACL), vol. 12, 2024", 2024,
                True, None),
            Pub("Y. Dorsey and P. Ramaswamy", "Annotator Disagreement as Signal, Not Noise",
                "Computational Linguistics, 49(2), 2023", 2023, False, None)],
        "Preprints": [
            Pub("P. Ramaswamy, M. Osei, and L. Brennan", "Retrieval Heads Are Sparse: Mechanistic Evidence from "
                "Long-Context Models", "arXiv preprint arXiv:2405.08813, 2024", 2024, True, "arXiv"),
            Pub("M. Osei and P. Ramaswamy", "Tokenizer-Free Multilingual Dense Retrieval",
                "arXiv:2311.02290, 2023", 2023, False, None)],
        "Workshop Papers": [
            Pub("P. Ramaswamy and A. Kowalczyk", "Probing Hindi–English Code-Mixed Representations",
                "In Proceedings of the Fifth Workshop on Computational Approaches to Linguistic Code-Switching, "
                "2021", 2021, True, None),
            Pub("Y. Dorsey and P. Ramaswamy", "Noisy Labels in Toxicity Datasets: An Audit",
                "NeurIPS 2021 Workshop on Data-Centric AI", 2021, False, "NeurIPS Workshop")],
    }
    pdf = new_pdf(margins=20)
    pdf.add_page()
    line(pdf, "Priyamvada Ramaswamy", family="sans", style="B", size=20, h=10)
    line(pdf, "Postdoctoral Fellow, Allen Institute for AI", family="sans", size=10)
    line(pdf, "pramaswamy@umich.edu  |  +1 734 555 0199  |  Google Scholar: "
              "scholar.google.com/citations?user=Xk3pQ2AAAAAJ", family="sans", size=8.5)
    heading(pdf, "Research Interests", family="sans", size=12)
    para(pdf, "Faithful explanations; retrieval-augmented generation; multilingual NLP.", family="sans", size=9.5)
    heading(pdf, "Appointments", family="sans", size=12)
    for j, when in zip(jobs, job_when, strict=False):
        dated(pdf, f"{j.title}, {j.organization}", when, family="sans", size=9.5)
    heading(pdf, "Education", family="sans", size=12)
    dated(pdf, "Ph.D., Computer Science and Engineering, University of Michigan", "2018 – 2024", family="sans",
          size=9.5)
    para(pdf, "Dissertation: Measuring and Improving the Faithfulness of Model Explanations", family="sans",
         style="I", size=9)
    dated(pdf, "B.Tech., Computer Science and Engineering, Indian Institute of Technology Madras", "2012 – 2016",
          family="sans", size=9.5)
    heading(pdf, "Publications", family="sans", size=12)
    line(pdf, "* equal contribution", family="sans", style="I", size=8.5)
    pubs: list[Pub] = []
    for group, items in groups.items():
        pdf.ln(1.5)
        line(pdf, group, family="sans", style="BI", size=10.5, h=6)
        letter = group[0]
        for k, p in enumerate(items, 1):
            y = pdf.get_y()
            pdf.set_font("sans", "", 9)
            pdf.cell(9, 4.6, f"{letter}{len(items) - k + 1}.")
            pdf.set_xy(pdf.l_margin + 9, y)
            pdf.multi_cell(0, 4.6, f"{p.authors}. {p.title}. {p.venue_printed}.", new_x=XPos.LMARGIN,
                           new_y=YPos.NEXT)
            pdf.ln(0.8)
        pubs.extend(items)
    heading(pdf, "Honors", family="sans", size=12)
    dated(pdf, "Outstanding Paper Award, ACL", "2024", family="sans", style="", size=9.5)
    dated(pdf, "Rackham Predoctoral Fellowship, University of Michigan", "2023", family="sans", style="", size=9.5)
    heading(pdf, "Service", family="sans", size=12)
    para(pdf, "Reviewer: ACL (2022–2024), EMNLP (2022, 2023), NeurIPS (2023), TACL. Area chair: ARR 2024.",
         family="sans", size=9.5)
    pdf.output(str(out / file))
    return label(file, "Priyamvada Ramaswamy", emails=["pramaswamy@umich.edu"], phones=["+17345550199"],
                 links=["scholar.google.com/citations?user=Xk3pQ2AAAAAJ"], education=edu, experience=jobs,
                 pubs=pubs, interests=["faithful explanations", "retrieval-augmented generation", "multilingual nlp"],
                 awards=2,
                 notes="Grouped C/J/P/W, numbered downwards in each group. 10 items; first-author: C4(eq)... = 6. "
                       "'Summer 2022' read as 2022..2022. Service venues are not publications.")


def europass_pdf(out: Path) -> dict:
    file = "12_europass.pdf"
    jobs = [Job("Fondazione LINKS", "Research Engineer", "2019-03", "present"),
            Job("Reply S.p.A.", "Junior Data Scientist", "2017-09", "2019-02"),
            Job("Centro Ricerche Fiat", "Intern", "2016-06", "2016-08")]
    job_when = ["Mar-2019 – Present", "09/2017 – 02/2019", "06/2016 – 08/2016"]
    edu = [Edu("Politecnico di Torino", "phd", "Electrical, Electronics and Communications Engineering",
               "2020-09", "2024-07"),
           Edu("Politecnico di Torino", "master", "Telecommunications Engineering", "2014-10", "2016-07"),
           Edu("Università degli Studi di Genova", "bachelor", "Electronic Engineering", "2011-09", "2014-10")]
    edu_rows = [("09/2020 – 07/2024", "PhD in Electrical, Electronics and Communications Engineering",
                 "Politecnico di Torino, Torino (Italy)", "EQF level 8"),
                ("Oct-2014 – Jul-2016", "Master's Degree (Laurea Magistrale) in Telecommunications Engineering, "
                 "110/110 cum laude", "Politecnico di Torino, Torino (Italy)", "EQF level 7"),
                ("Sep-2011 – Oct-2014", "Bachelor's Degree (Laurea Triennale) in Electronic Engineering",
                 "Università degli Studi di Genova, Genova (Italy)", "EQF level 6")]
    pubs = [Pub("G. Ferrandino, M. Rinaldi", "Federated anomaly detection for 5G core networks",
                "IEEE Transactions on Network and Service Management, vol. 20, no. 3, 2023", 2023, True,
                "IEEE Transactions on Network and Service Management"),
            Pub("L. Conte, G. Ferrandino, M. Rinaldi", "Energy-aware scheduling of O-RAN xApps",
                "Proc. of IEEE INFOCOM Workshops, 2022", 2022, False, None),
            Pub("G. Ferrandino, L. Conte", "Graph neural networks for traffic forecasting in metropolitan "
                "networks", "Proc. of IEEE Globecom, 2021", 2021, True, "Globecom")]
    pdf = new_pdf(margins=15)
    pdf.add_page()
    lab_w = 52

    def row(left: str, right: str, *, style: str = "", size: float = 9.5, left_style: str = "") -> None:
        y = pdf.get_y()
        pdf.set_font("sans", left_style, 8.5)
        pdf.set_text_color(60, 80, 140)
        pdf.set_xy(pdf.l_margin, y)
        pdf.cell(lab_w - 4, 5, left, align="R")
        pdf.set_text_color(30, 30, 30)
        pdf.set_xy(pdf.l_margin + lab_w, y)
        pdf.set_font("sans", style, size)
        pdf.multi_cell(0, 5, right, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def block(title: str) -> None:
        pdf.ln(3)
        y = pdf.get_y()
        row(title, "")
        pdf.set_draw_color(60, 80, 140)
        pdf.line(pdf.l_margin + lab_w, y + 3, pdf.w - pdf.r_margin, y + 3)
        pdf.ln(1)

    line(pdf, "europass", family="sans", style="B", size=16)
    line(pdf, "Curriculum Vitae", family="sans", size=9)
    block("PERSONAL INFORMATION")
    row("", "Giulia Ferrandino", style="", size=15)
    row("", "Via dei Mille 14, 10123 Torino (Italy)")
    row("", "(+39) 011 555 0172     Mobile (+39) 347 555 0193")
    row("", "giulia.ferrandino.eng@gmail.com")
    row("", "https://gferrandino.eu   LinkedIn linkedin.com/in/giulia-ferrandino")
    row("", "Sex Female | Date of birth 14/03/1992 | Nationality Italian")
    block("JOB APPLIED FOR")
    row("", "Research Scientist – Network Intelligence", style="B")
    block("WORK EXPERIENCE")
    for j, when in zip(jobs, job_when, strict=False):
        row(when, j.title, style="B")
        row("", f"{j.organization}, Torino (Italy)" if j.organization != "Centro Ricerche Fiat"
            else f"{j.organization}, Orbassano (Italy)")
        row("", "Business or sector Research and development", size=8.5)
        pdf.ln(1)
    block("EDUCATION AND TRAINING")
    for when, deg, place, eqf in edu_rows:
        row(when, f"{deg}   {eqf}", style="B")
        row("", place)
        pdf.ln(1)
    block("PERSONAL SKILLS")
    row("Mother tongue(s)", "Italian")
    row("Other language(s)", "English C1, French B2 (Common European Framework of Reference)")
    row("Digital skills", "Python, PyTorch, ns-3, Kubernetes, SQL")
    row("Driving licence", "B")
    block("ADDITIONAL INFORMATION")
    row("Publications", "")
    for p in pubs:
        row("", f"{p.authors}, \"{p.title}\", {p.venue_printed}.", size=9)
    pdf.ln(1)
    row("Honours and awards", "2022 – Best Paper Award, IEEE MedComNet Workshop")
    row("", "2016 – Premio di Laurea, Fondazione CRT")
    row("Projects", "H2020 5G-SHINE (WP3 leader, 2020–2023)")
    pdf.output(str(out / file))
    return label(file, "Giulia Ferrandino", emails=["giulia.ferrandino.eng@gmail.com"],
                 phones=["+390115550172", "+393475550193"],
                 links=["https://gferrandino.eu", "linkedin.com/in/giulia-ferrandino"], education=edu,
                 experience=jobs, pubs=pubs, awards=2,
                 notes="Europass: label column on the left; two phones (landline and mobile), both hers.")


class _RunningPdf(FPDF):
    """Contact line in the header, 'Page n of N' in the footer, on every page."""

    def header(self) -> None:
        self.set_font("sans", "", 8)
        self.set_text_color(100, 100, 100)
        self.set_y(8)
        self.cell(0, 4, "nsorensenpike@ucl.ac.uk  ·  +44 7700 900456  ·  nadiasp.dev")
        self.set_x(self.l_margin)
        self.cell(0, 4, "N. Sørensen-Pike — Curriculum Vitae", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("sans", "", 8)
        self.cell(0, 4, f"Page {self.page_no()} of {{nb}}", align="C")


def running_pdf(out: Path) -> dict:
    file = "14_header_footer.pdf"
    edu = [Edu("University of Oxford", "phd", "Engineering Science", "2017-10", "2021-03"),
           Edu("Imperial College London", "master", "Biomedical Engineering", "2013", "2017")]
    jobs = [Job("University College London", "Lecturer", "2023-09", "present"),
            Job("The Alan Turing Institute", "Postdoctoral Research Associate", "2021-04", "2023-08"),
            Job("Babylon Health", "Research Intern", "2019-06", "2019-09")]
    job_rows = [("Lecturer (Assistant Professor), Department of Computer Science, University College London",
                 "Sep 2023 – present"),
                ("Postdoctoral Research Associate, The Alan Turing Institute, London", "Apr 2021 – Aug 2023"),
                ("Research Intern, Babylon Health, London", "Jun 2019 – Sep 2019")]
    coauth = ["R. Adeleke", "M. Farrow", "J. Castellanos", "E. Whitby", "K. Nair", "S. Dubois"]
    titles = ["Causal effect estimation from irregularly sampled electronic health records",
              "Counterfactual risk curves for sepsis treatment timing",
              "Missingness as signal in intensive-care time series",
              "Conformal early-warning scores for deterioration on general wards",
              "Transportability of clinical prediction models across NHS trusts",
              "Neural controlled differential equations for vital-sign forecasting",
              "Fair triage under distribution shift",
              "Learning treatment policies from observational ICU data with offline RL",
              "A benchmark for clinical time-series imputation",
              "Uncertainty-aware phenotyping of multimorbidity",
              "Synthetic control methods for hospital policy evaluation",
              "Self-supervised pretraining on ECG waveforms"]
    venues = [("Nature Medicine", None), ("Proceedings of Machine Learning for Healthcare (MLHC)", None),
              ("Advances in Neural Information Processing Systems", "NeurIPS"), ("The Lancet Digital Health", None),
              ("Proc. of ICML", "ICML"), ("Journal of Machine Learning Research", "JMLR"),
              ("Proc. of AAAI", "AAAI"), ("International Conference on Learning Representations (ICLR)", "ICLR"),
              ("Proc. of KDD", "KDD"), ("npj Digital Medicine", None),
              ("arXiv preprint arXiv:2104.04512", "arXiv"), ("NeurIPS Workshop on Learning from Time Series", "NeurIPS Workshop")]
    years = [2025, 2024, 2024, 2024, 2023, 2023, 2023, 2022, 2022, 2021, 2021, 2020]
    # Who leads: hand-chosen positions (0 = candidate first; -1 = equal-first star with first author).
    lead = [0, 2, 0, -1, 1, 0, 3, 1, 0, 2, 0, 1]
    pubs: list[Pub] = []
    for k, (t, (vp, vl), y, pos) in enumerate(zip(titles, venues, years, lead, strict=False)):
        others = [coauth[(k + i) % len(coauth)] for i in range(3)]
        if pos == -1:
            authors = f"{others[0]}*, N. Sørensen-Pike*, {others[1]}"
        else:
            names = others[:pos] + ["N. Sørensen-Pike"] + others[pos:3]
            authors = ", ".join(names)
        pubs.append(Pub(authors, t, f"{vp}, {y}" if "arXiv" not in vp else f"{vp}, {y}", y, pos in (0, -1), vl,
                        sample=k in (0, 2, 4, 7, 11)))
    pdf = new_pdf(margins=27, cls=_RunningPdf)
    pdf.alias_nb_pages()
    pdf.add_page()
    line(pdf, "Nadia Sørensen-Pike", style="B", size=22, h=11)
    line(pdf, "Lecturer in Machine Learning for Health", style="I", size=11, h=6)
    heading(pdf, "Research Interests")
    para(pdf, "Machine learning for healthcare; causal inference from electronic health records; clinical "
              "time series; uncertainty quantification.")
    heading(pdf, "Academic Positions")
    for left, when in job_rows:
        dated(pdf, left, when, style="")
    heading(pdf, "Education")
    dated(pdf, "DPhil in Engineering Science, University of Oxford", "Oct 2017 – Mar 2021", style="")
    para(pdf, "Thesis: Causal machine learning for critical care. Supervisors: Prof. H. Lindqvist-Rowe and "
              "Dr. P. Osei.", size=9.5, style="I")
    dated(pdf, "MEng in Biomedical Engineering (First Class), Imperial College London", "2013 – 2017", style="")
    heading(pdf, "Publications")
    line(pdf, "* equal contribution", size=9, style="I")
    for p in pubs:
        para(pdf, f"{p.authors}. {p.title}. {p.venue_printed}.", size=9.5)
        pdf.ln(1.5)
    heading(pdf, "Grants")
    for g in ("UKRI Future Leaders Fellowship (co-I), £1.2M, 2024–2028",
              "Wellcome Trust Digital Technology Development Award, £280k, 2023–2025",
              "EPSRC Impact Acceleration Account, £45k, 2022"):
        para(pdf, g)
    heading(pdf, "Fellowships and Awards")
    for left, right in (("Royal Academy of Engineering Research Fellowship", "2023"),
                        ("Best Paper Award, MLHC", "2022"), ("EPSRC Doctoral Prize", "2021")):
        dated(pdf, left, right, style="")
    pdf.add_page()  # the author forced a page break (\\newpage) before the teaching record
    heading(pdf, "Teaching")
    for t in ("COMP0171 Machine Learning for Health (module lead), UCL, 2023–present",
              "Tutor, Machine Learning (3rd year), Department of Engineering Science, Oxford, 2018–2020"):
        para(pdf, t)
    heading(pdf, "Invited Talks")
    for t in ("Causal questions in the ICU, Alan Turing Institute Health Programme, London, 2024",
              "When is missingness informative?, Royal Statistical Society Conference, Harrogate, 2023",
              "Offline RL for treatment policies, Cambridge Centre for AI in Medicine, 2022",
              "Clinical time series with neural CDEs, ELLIS Health Workshop, 2022"):
        para(pdf, t)
    heading(pdf, "Supervision")
    for t in ("PhD students: A. Quarshie (2023–), L. Menon (2024–, co-supervised with Prof. R. Gale)",
              "MSc theses: 9 completed at UCL (2023–2025), 4 at Oxford as co-supervisor (2019–2021)",
              "Summer interns: Turing Internship Network, 3 students (2021–2022)"):
        para(pdf, t)
    heading(pdf, "Service")
    para(pdf, "Area chair: MLHC 2024, CHIL 2024. Reviewer: NeurIPS, ICML, ICLR, Nature Medicine. Organiser: "
              "NeurIPS 2023 Workshop on Causal Representation Learning for Health.")
    pdf.output(str(out / file))
    return label(file, "Nadia Sørensen-Pike", name_any=["Nadia Sorensen-Pike"], emails=["nsorensenpike@ucl.ac.uk"],
                 phones=["+447700900456"], links=["nadiasp.dev"], education=edu, experience=jobs, pubs=pubs,
                 interests=["machine learning for healthcare", "clinical time series"], awards=3,
                 notes="Contact line only in the running header; footer 'Page n of N'. Grants, teaching, talks "
                       "and service are not positions, publications or awards. First-author: 5 listed first + 1 equal-first = 6.")
