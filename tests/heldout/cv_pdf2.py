"""Held-out PDFs: an awesome-cv-like CV and a plain LaTeX-article CV with
reverse-numbered publications and equal-contribution stars."""
from __future__ import annotations

from pathlib import Path

from fpdf.enums import XPos, YPos

from .labels import Edu, Job, Pub, label
from .pdfkit import dated, heading, line, new_pdf, para


def _awesome_section(pdf, title: str) -> None:
    pdf.ln(3)
    pdf.set_font("sans", "B", 13)
    pdf.set_text_color(220, 60, 60)
    pdf.cell(pdf.get_string_width(title[:3]), 7, title[:3])
    pdf.set_text_color(40, 40, 40)
    pdf.cell(pdf.get_string_width(title[3:]) + 2, 7, title[3:])
    y = pdf.get_y() + 3.8
    pdf.set_draw_color(150, 150, 150)
    pdf.line(pdf.get_x() + 1, y, pdf.w - pdf.r_margin, y)
    pdf.ln(8)


def awesome_pdf(out: Path) -> dict:
    file = "03_awesome_cv.pdf"
    jobs = [Job("DeepVox Ltd.", "Senior Research Scientist", "2023-01", "present"),
            Job("Spotify", "Research Scientist", "2020-09", "2022-12"),
            Job("Google", "Research Intern", "2019-06", "2019-09")]
    job_rows = [("London, UK", "Jan. 2023 – Present"), ("London, UK", "Sept. 2020 – Dec. 2022"),
                ("Mountain View, CA", "June 2019 – Sept. 2019")]
    edu = [Edu("University of Edinburgh", "phd", "Informatics", "2016-09", "2020-08"),
           Edu("University of Cambridge", "master", "Machine Learning, Speech and Language Technology",
               "2015-10", "2016-08"),
           Edu("University of Lagos", "bachelor", "Electrical and Electronics Engineering", "2011", "2015")]
    edu_rows = [("Ph.D. in Informatics (Speech Processing)", "Edinburgh, UK", "Sept. 2016 – Aug. 2020"),
                ("MPhil in Machine Learning, Speech and Language Technology", "Cambridge, UK",
                 "Oct. 2015 – Aug. 2016"),
                ("B.Sc. in Electrical and Electronics Engineering", "Lagos, Nigeria", "2011 – 2015")]
    pubs = [
        Pub("A. Okonkwo-Reyes, B. Thornton, and S. Iyer",
            "Streaming Speech Translation with Monotonic Chunk Attention", "in Proc. Interspeech, 2023",
            2023, True, "Interspeech"),
        Pub("S. Iyer and A. Okonkwo-Reyes", "Low-Resource ASR for Yoruba and Igbo via Cross-Lingual Pretraining",
            "in Proc. ICASSP, 2022", 2022, False, "ICASSP"),
        Pub("A. Okonkwo-Reyes and C. Adeyemi", "Neural Vocoders Under Packet Loss",
            "IEEE/ACM Transactions on Audio, Speech, and Language Processing, vol. 29, pp. 2210–2222, 2021",
            2021, True, None),
        Pub("B. Thornton and A. Okonkwo-Reyes", "Prosody Transfer Without Parallel Data",
            "Advances in Neural Information Processing Systems (NeurIPS), 2020", 2020, False, "NeurIPS"),
    ]
    pdf = new_pdf(margins=15)
    pdf.add_page()
    pdf.set_font("sans", "", 28)
    w1 = pdf.get_string_width("Adaeze ")
    pdf.set_font("sans", "B", 28)
    w2 = pdf.get_string_width("OKONKWO-REYES")
    pdf.set_x((pdf.w - w1 - w2) / 2)
    pdf.set_font("sans", "", 28)
    pdf.set_text_color(120, 120, 120)
    pdf.cell(w1, 12, "Adaeze ")
    pdf.set_font("sans", "B", 28)
    pdf.set_text_color(30, 30, 30)
    pdf.cell(w2, 12, "OKONKWO-REYES", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(220, 60, 60)
    line(pdf, "SENIOR RESEARCH SCIENTIST · SPEECH & AUDIO ML", family="sans", size=8.5, align="C", h=6)
    pdf.set_text_color(60, 60, 60)
    parts = [("☎ +44 20 7946 0321", ""), ("✉ adaeze.or@proton.me", "mailto:adaeze.or@proton.me"),
             ("⌂ adaeze.dev", "https://adaeze.dev"), ("aokonkwo-reyes", "https://github.com/aokonkwo-reyes"),
             ("adaeze-okonkwo-reyes", "https://www.linkedin.com/in/adaeze-okonkwo-reyes")]
    pdf.set_font("sans", "", 8.5)
    sep = "  |  "
    total = sum(pdf.get_string_width(t) for t, _ in parts) + pdf.get_string_width(sep) * (len(parts) - 1)
    pdf.set_x((pdf.w - total) / 2)
    for k, (t, url) in enumerate(parts):
        pdf.cell(pdf.get_string_width(t), 5, t, link=url)
        if k < len(parts) - 1:
            pdf.cell(pdf.get_string_width(sep), 5, sep)
    pdf.ln(8)
    pdf.set_text_color(40, 40, 40)
    _awesome_section(pdf, "Summary")
    para(pdf, "Research scientist with seven years of experience in streaming speech recognition, speech "
              "translation and neural audio coding, shipping models to hundreds of millions of listeners.",
         family="sans", size=9)
    _awesome_section(pdf, "Work Experience")
    for j, (place, when) in zip(jobs, job_rows, strict=False):
        dated(pdf, j.organization, place, family="sans", size=10, right_style="I")
        dated(pdf, j.title.upper(), when, family="sans", style="", size=8.5, right_style="I")
        para(pdf, "• Led the design of low-latency models; published and deployed results.", family="sans",
             size=8.5, x=pdf.l_margin + 4)
        pdf.ln(1)
    _awesome_section(pdf, "Education")
    for e, (deg, place, when) in zip(edu, edu_rows, strict=False):
        dated(pdf, e.institution, place, family="sans", size=10, right_style="I")
        dated(pdf, deg, when, family="sans", style="I", size=8.5, right_style="I")
        pdf.ln(1)
    _awesome_section(pdf, "Publications")
    for p in pubs:
        para(pdf, f"{p.authors}, “{p.title},” {p.venue_printed}.", family="sans", size=8.5, h=4.4)
        pdf.ln(1)
    _awesome_section(pdf, "Honors & Awards")
    for year, what, where in (("2020", "Best Student Paper Award", "Interspeech 2020"),
                              ("2016", "Commonwealth Scholarship", "Commonwealth Scholarship Commission"),
                              ("2015", "Prize for Best Graduating Student", "University of Lagos")):
        dated(pdf, f"{year}    {what}, {where}", "", family="sans", style="", size=9)
    _awesome_section(pdf, "Skills")
    for k, v in (("Programming", "Python, C++, Rust, CUDA"), ("ML", "PyTorch, JAX, k2, ESPnet, Kaldi"),
                 ("Languages", "English, Igbo, Yoruba, Spanish")):
        dated(pdf, f"{k}    {v}", "", family="sans", style="", size=9)
    pdf.output(str(out / file))
    return label(file, "Adaeze Okonkwo-Reyes", name_any=["Adaeze OKONKWO-REYES"],
                 emails=["adaeze.or@proton.me"], phones=["+442079460321"],
                 links=["https://adaeze.dev", "https://github.com/aokonkwo-reyes",
                        "https://www.linkedin.com/in/adaeze-okonkwo-reyes"],
                 education=edu, experience=jobs, pubs=pubs, awards=3,
                 notes="GitHub and LinkedIn are shown as bare handles carrying link annotations.")


def article_pdf(out: Path) -> dict:
    file = "04_latex_article_numbered.pdf"
    edu = [Edu("University of Wisconsin–Madison", "phd", "Statistics", "2021", "2026"),
           Edu("Seoul National University", "bachelor", "Mathematical Sciences and Statistics", "2015", "2021")]
    jobs = [Job("Amazon", "Applied Scientist Intern", "2024-05", "2024-08"),
            Job("Seoul National University", "Research Assistant", "2019-03", "2021-02")]
    P = Pub
    pubs = [
        P("H. Baek*, S. Pellegrino*, and D. Ahn", "Conformal prediction under covariate shift with unlabeled "
          "target data", "arXiv preprint arXiv:2501.04417, 2025", 2025, True, "arXiv"),
        P("S. Pellegrino*, H. Baek*, and M. Rhee", "Doubly robust estimation of heterogeneous effects with many "
          "instruments", "Journal of the American Statistical Association, to appear, 2025", 2025, True, None),
        P("H. Baek and D. Ahn", "Sharp oracle inequalities for sparse isotonic regression",
          "Annals of Statistics, 52(3):1104–1131, 2024", 2024, True, "Annals of Statistics"),
        P("J. Oyelaran, H. Baek, and D. Ahn", "Finite-sample valid prediction sets for time series",
          "Advances in Neural Information Processing Systems 37, 2024", 2024, False, "NeurIPS"),
        P("H. Baek", "Selective inference after cross-validation", "Biometrika, 111(1):55–72, 2024", 2024, True,
          None),
        P("T. Kimura, L. Vasquez, H. Baek*, and R. Chen*", "Calibrated uncertainty for graph neural networks via "
          "conformal risk control", "Proceedings of the 40th International Conference on Machine Learning "
          "(ICML), 2023", 2023, False, "ICML"),
        P("H. Baek and M. Rhee", "Minimax rates for change-point localisation in high dimensions",
          "Electronic Journal of Statistics, 17:3021–3060, 2023", 2023, True, None),
        P("D. Ahn and H. Baek", "A note on the bootstrap for high-dimensional U-statistics",
          "Statistics & Probability Letters, 189, 2022", 2022, False, None),
        P("H. Baek* and J. Oyelaran*", "Debiased lasso under weak sparsity", "Bernoulli, 28(4):2511–2540, 2022",
          2022, True, None),
        P("S. Kwon, H. Baek, and Y. Lim", "Robust covariance estimation for heavy-tailed financial returns",
          "Journal of Multivariate Analysis, 185, 2021", 2021, False, None),
        P("H. Baek and S. Kwon", "Bayesian nonparametric clustering of wearable sensor data",
          "ICML Workshop on Time Series, 2021", 2021, True, "ICML Workshop"),
        P("Y. Lim and H. Baek", "Penalised spline estimation for complex survey data",
          "Korean Journal of Applied Statistics, 33(5), 2020", 2020, False, None),
    ]
    pdf = new_pdf(margins=25)
    pdf.add_page()
    line(pdf, "Hyun-woo Baek", style="B", size=17, align="C", h=9)
    line(pdf, "Department of Statistics, University of Wisconsin–Madison", size=10, align="C")
    line(pdf, "1300 University Avenue, Madison, WI 53706", size=10, align="C")
    line(pdf, "hbaek7@wisc.edu  ·  (608) 555-0187  ·  hyunwoobaek.github.io", size=10, align="C")
    heading(pdf, "Research Interests", size=12)
    para(pdf, "High-dimensional statistics, causal inference, conformal prediction and selective inference.")
    heading(pdf, "Education", size=12)
    dated(pdf, "University of Wisconsin–Madison", "2021 – 2026 (expected)")
    line(pdf, "Ph.D. candidate in Statistics. Advisor: Prof. Daniel Ahn", style="I")
    dated(pdf, "Seoul National University", "2015 – 2021")
    line(pdf, "B.S. in Mathematical Sciences and Statistics (double major), summa cum laude", style="I")
    line(pdf, "Leave of absence for mandatory military service, 2017–2019", size=9)
    heading(pdf, "Research Experience", size=12)
    dated(pdf, "Amazon, Applied Scientist Intern, Seattle, WA", "May 2024 – Aug. 2024", style="")
    dated(pdf, "Seoul National University, Research Assistant, Dept. of Statistics", "Mar. 2019 – Feb. 2021",
          style="")
    heading(pdf, "Publications", size=12)
    line(pdf, "(* denotes equal contribution¹)", size=9, style="I")
    n = len(pubs)
    for k, p in enumerate(pubs):
        y = pdf.get_y()
        pdf.set_font("serif", "", 10)
        pdf.cell(10, 5, f"[{n - k}]")
        pdf.set_xy(pdf.l_margin + 10, y)
        pdf.multi_cell(0, 5, f"{p.authors}. {p.title}. {p.venue_printed}.", new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT)
        pdf.ln(1.2)
    heading(pdf, "Invited Talks", size=12)
    for t in ("Conformal inference beyond exchangeability. Joint Statistical Meetings, Portland, 2024.",
              "Selective inference after model search. Korea Statistical Society Winter Meeting, 2023."):
        para(pdf, t)
    heading(pdf, "Honors and Awards", size=12)
    for left, right in (("Wisconsin Distinguished Graduate Fellowship", "2021–2023"),
                        ("IMS Hannan Graduate Student Travel Award", "2024"),
                        ("Kwanjeong Educational Foundation Scholarship", "2021"),
                        ("Presidential Science Scholarship, Korea Student Aid Foundation", "2015–2021")):
        dated(pdf, left, right, style="")
    heading(pdf, "Computing", size=12)
    para(pdf, "R (author of two CRAN packages), Python, C++, Stan; high-throughput computing with HTCondor.")
    pdf.ln(4)
    line(pdf, "¹ Equal contribution: the starred authors contributed equally and are listed in alphabetical order.",
         size=8)
    pdf.output(str(out / file))
    return label(file, "Hyun-woo Baek", name_any=["Hyun-Woo Baek", "Hyunwoo Baek"], emails=["hbaek7@wisc.edu"],
                 phones=["+16085550187"], links=["hyunwoobaek.github.io"], education=edu, experience=jobs,
                 pubs=pubs, interests=["high-dimensional statistics", "causal inference", "conformal prediction"],
                 awards=4,
                 notes="Numbered [12]..[1]. First-author: [12],[11] (starred with first),[10],[8],[6],[4],[2] = 7; "
                       "[7] has stars but not on the first author. Talks are not publications.")
