"""Builders 05-08: pdfLaTeX CVs with Type 1 fonts and ligatures (fi, fl, ff as single glyphs): the `curve`
class (a statistics professor, rubrics with numbered publication lists restarting per rubric), moderncv's
'oldstyle' style under pdfLaTeX (an economics postdoc, Harvard author-year entries), `currvita` (a history
lecturer, Chicago-style books and articles), and a hand-made Twenty-Seconds-like sidebar drawn with TikZ (an
undergraduate). All people, places and papers are invented."""
from __future__ import annotations

from pathlib import Path

from kit13 import label, pdflatex, tex


def curve_stats_professor(files: Path) -> dict:
    """05: statistics professor, `curve` class; numbered lists restart in each publication rubric."""
    fn = "05_statistics_professor_latex_curve.pdf"
    me = "Abernathy-Oyelaran, W."
    edu = [("Fenwick Institute of Technology", "Ph.D., Statistics", "1999–2004", "phd", "1999", "2004"),
           ("University of Lagosia", "B.Sc. (First Class), Mathematics", "1994–1998", "bachelor", "1994", "1998")]
    jobs = [("Professor of Statistics", "School of Mathematics, University of Dunmore", "2016–present", "2016",
             "present"),
            ("Reader in Statistics", "School of Mathematics, University of Dunmore", "2011–2016", "2011", "2016"),
            ("Lecturer in Statistics", "Department of Statistics, Castlegate College", "2006–2011", "2006", "2011"),
            ("Postdoctoral Fellow", "Biostatistics Unit (led by Prof. Irene Valcourt), Fenwick Institute of "
             "Technology", "2004–2006", "2004", "2006")]
    journals = [
        ("Shrinkage priors for sparse spatial effects", [me, "Nakashima, R.", "Oduya, F."],
         "Journal of the American Statistical Association", "2024", 2024, True, "published"),
        ("Exact conformal bands for functional regression", ["Oduya, F.", me],
         "Annals of Statistics", "2023", 2023, False, "published"),
        ("Variational inference for hidden Markov fields", [me, "Lindqvist, P."],
         "Journal of the Royal Statistical Society: Series B", "2021", 2021, True, "published"),
        ("Efficient influence functions for censored survival data", [me, "Greer, T.", "Nakashima, R."],
         "Biometrika", "in press", None, True, "in press")]
    confs = [
        ("Amortised posterior checks for simulation-based inference", ["Greer, T.", me],
         "AISTATS", "2024", 2024, False, "published"),
        ("Calibrated uncertainty for spatial transformers", [me, "Oduya, F.", "Greer, T."], "UAI", "2022",
         2022, True, "published")]
    submitted = [
        ("Sequential testing with e-values for clinical dashboards", [me, "Valcourt, I."],
         "Statistical Science", "under review", None, True, "under review"),
        ("A primer on spatial shrinkage", [me], None, "in preparation", None, True, "in preparation")]

    def entries(items):
        out = ""
        for t, au, v, yr, *_x in items:
            aus = "; ".join(r"\textbf{" + tex(a) + "}" if a == me else tex(a) for a in au)
            where = (r" \emph{" + tex(v) + "}.") if v else ""
            yrs = f"({tex(yr)})" if yr[0].isdigit() else f"({tex(yr)})"
            out += rf"\item {aus} {yrs}. {tex(t)}.{where}" + "\n"
        return out

    main = r"""\documentclass[a4paper,11pt]{curve}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[margin=2.2cm]{geometry}
\providecommand\descriptionlabel[1]{#1}\newenvironment{description}{\list{}{}}{\endlist}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\leftheader{\small Curriculum Vitae}
\rightheader{\small W. Abernathy-Oyelaran}
\title{Wuraola Abernathy-Oyelaran}
\subtitle{Professor of Statistics}
\photo[r]{}
\makeatletter\renewcommand\makeheaders[1][c]{}\makeatother
\begin{document}
\makeheaders[c]
\maketitle
\begin{center}\small School of Mathematics, University of Dunmore, Dunmore DN4 7QX, UK\\
+44 7700 900 731 \quad w.abernathy-oyelaran@dunmore.example.ac.uk \quad \url{https://wao-stats.example.org}
\end{center}
\makerubric{employment}
\makerubric{education}
\makerubric{interests}
\makerubric{publications}
\makerubric{submitted}
\makerubric{honours}
\end{document}
"""
    emp = r"\begin{rubric}{Appointments}" + "\n" + "".join(
        rf"\entry*[{tex(w)}] \textbf{{{tex(t)}}}, {tex(o)}." + "\n" for t, o, w, *_x in jobs) + r"\end{rubric}" + "\n"
    ed = r"\begin{rubric}{Education}" + "\n" + "".join(
        rf"\entry*[{tex(w)}] \textbf{{{tex(d)}}}, {tex(i)}." + "\n" for i, d, w, *_x in edu) + r"\end{rubric}" + "\n"
    it = (r"\begin{rubric}{Research Interests}" + "\n" + r"\entry*[] Bayesian spatial statistics, conformal "
          r"inference, survival analysis, simulation-based inference." + "\n" + r"\end{rubric}" + "\n")
    pubs = (r"\begin{rubric}{Refereed Publications (selected, of 61)}" + "\n"
            r"\subrubric{Journal articles}" + "\n" + r"\entry*[]\begin{enumerate}[label={[\arabic*]},leftmargin=*]"
            + "\n" + entries(journals) + r"\end{enumerate}" + "\n"
            r"\subrubric{Conference proceedings}" + "\n" + r"\entry*[]\begin{enumerate}[label={[\arabic*]},leftmargin=*]"
            + "\n" + entries(confs) + r"\end{enumerate}" + "\n" + r"\end{rubric}" + "\n")
    sub = (r"\begin{rubric}{Submitted and in Preparation}" + "\n" + r"\entry*[]\begin{enumerate}[label={[\arabic*]},"
           r"leftmargin=*]" + "\n" + entries(submitted) + r"\end{enumerate}" + "\n" + r"\end{rubric}" + "\n")
    hon = (r"\begin{rubric}{Honours and Grants}" + "\n"
           r"\entry*[2022] Dunmore Statistical Society Bronze Medal." + "\n"
           r"\entry*[2019] Harkness Senior Fellowship in Data Science (five years)." + "\n"
           r"\entry*[2017] Research grant: Spatial shrinkage for small-area health data, \pounds 412{,}000 (PI)." + "\n"
           r"\entry*[2003] Fenwick Graduate Teaching Prize." + "\n" + r"\end{rubric}" + "\n")
    pdflatex("05_curve_professor", {"cv.tex": main, "employment.tex": emp, "education.tex": ed,
                                    "interests.tex": it, "publications.tex": pubs, "submitted.tex": sub,
                                    "honours.tex": hon}, files / fn)
    allp = journals + confs + submitted
    return label(
        fn, "Wuraola Abernathy-Oyelaran", ["W. Abernathy-Oyelaran"], ["w.abernathy-oyelaran@dunmore.example.ac.uk"],
        ["+447700900731"], ["wao-stats.example.org"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[1], j[0], j[3], j[4]) for j in jobs], len(allp), sum(p[5] for p in allp),
        [(p[0], p[2], p[4], p[5], p[6], p[1]) for p in allp], ["Bayesian spatial statistics", "conformal inference", "survival analysis"], 3,
        "pdfLaTeX with the `curve` class (CTAN) and Latin Modern Type 1 fonts: name as the class title with a "
        "subtitle, running header 'Curriculum Vitae' / name; rubrics with the years in the left margin column "
        "('2016–present', en dashes); Professor -> Reader -> Lecturer at one school; 'Postdoctoral Fellow, "
        "Biostatistics Unit (led by Prof. ...)'. 'Refereed Publications (selected, of 61)' (heading with extra "
        "words) with sub-rubrics 'Journal articles' / 'Conference proceedings', each a numbered list restarting "
        "at [1] with the numbers in their own column; a separate rubric 'Submitted and in Preparation' numbered "
        "from [1] again. Author-year entries 'Surname, I.; Surname, I. (2024). Title. Journal.' with the "
        "candidate bold; '(in press)' in the year slot (no year printed, so year not scored); '(under review)', '(in "
        "preparation)'. 'Honours and Grants': a medal, a fellowship, a prize are awards (3); the grant is not.",
        layout="pdfLaTeX: curve class")


def moderncv_oldstyle_econ_postdoc(files: Path) -> dict:
    """06: economics postdoc, moderncv 'oldstyle' under pdfLaTeX; Harvard author-year entries."""
    fn = "06_economics_postdoc_latex_moderncv_oldstyle.pdf"
    me = "Brannigan, C.E."
    edu = [("London School of Commerce", "Ph.D. in Economics", "2018--2024", "phd", "2018", "2024"),
           ("London School of Commerce", "M.Res. in Economics", "2017--2018", "master", "2017", "2018"),
           ("University of Kilmory", "M.A. (Hons) Economics and Mathematics", "2013--2017", "bachelor", "2013",
            "2017")]
    jobs = [("Postdoctoral Research Fellow", "Institute for Fiscal Futures", "Sep 2024--present", "2024-09",
             "present"),
            ("Research Assistant (part-time)", "Centre for Labour Studies, London School of Commerce",
             "Oct 2019--Jun 2023", "2019-10", "2023-06"),
            ("Economic Analyst", "Bank of Caledonia, Monetary Analysis Division", "Jul 2017--Aug 2017",
             "2017-07", "2017-08")]
    pubs = [
        ("Minimum wages and the geography of small firms", [me + "*", "Ferraro, L.*", "Whitlow, G."],
         "2024", "Journal of Labor Economics", 2024, True, "published",
         "Journal of Labor Economics, 42(3), pp.711--748"),
        ("Remote work and commuting zones: evidence from mobile data", ["Ferraro, L.", me],
         "2023", "American Economic Review: Insights", 2023, False, "published",
         "American Economic Review: Insights, 5(2), pp.201--218"),
        ("Forecasting regional unemployment with job-ad text", [me, "Okonjo, A.", "Whitlow, G."],
         "2022", "NeurIPS Workshop", 2022, True, "published",
         "In Proceedings of the NeurIPS Workshop on Machine Learning for Economic Policy"),
        ("Who pays for payroll tax holidays?", [me], "forthcoming", "Economic Journal", None, True, "in press",
         "Economic Journal"),
        ("Firm entry after broadband roll-outs", [me, "Ferraro, L."], "R&R", "Review of Economic Studies", None,
         True, "under review", "revise and resubmit, Review of Economic Studies")]
    refs = [("Prof. Gideon Whitlow", "London School of Commerce", "g.whitlow@lsc.example.ac.uk"),
            ("Dr. Lucia Ferraro", "Institute for Fiscal Futures", "l.ferraro@iff.example.org")]
    tx = r"""\documentclass[11pt,a4paper,roman]{moderncv}
\moderncvstyle{oldstyle}
\moderncvcolor{burgundy}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[utf8]{inputenc}
\usepackage[scale=0.8]{geometry}
\name{Cormac E.}{Brannigan}
\title{Curriculum Vitae}
\address{Institute for Fiscal Futures, 12 Pelham Row}{London WC1X 9ZZ}{United Kingdom}
\phone[mobile]{+44~7700~900~284}
\email{c.brannigan@iff.example.org}
\homepage{cbrannigan.example.net}
\begin{document}
\makecvtitle
\section{Research Fields}
\cvitem{Primary}{Labour economics, public finance}
\cvitem{Secondary}{Urban economics, text as data}
\section{Academic Positions and Other Employment}
"""
    for t, o, w, *_x in jobs:
        tx += rf"\cventry{{{w}}}{{{tex(t)}}}{{{tex(o)}}}{{}}{{}}{{}}" + "\n"
    tx += "\\section{Education}\n"
    for i, d, w, *_x in edu:
        tx += rf"\cventry{{{w}}}{{{tex(d)}}}{{{tex(i)}}}{{}}{{}}{{}}" + "\n"
    tx += ("\\section{Publications and Working Papers}\n"
           r"\cvitem{}{\small * denotes equal contribution.}" + "\n")
    for t, au, yr, _v, _y, _f, _s, where in pubs:
        aus = ", ".join(tex(a) for a in au[:-1]) + (" and " if len(au) > 1 else "") + tex(au[-1])
        aus = aus.replace(tex(me), r"\textbf{" + tex(me) + "}")
        tx += rf"\cvitem{{}}{{{aus}, {tex(yr)}. {tex(t)}. \emph{{{tex(where)}}}.}}" + "\n"
    tx += (r"\section{Grants, Fellowships and Awards}" + "\n"
           r"\cvitem{2024}{Fiscal Futures Postdoctoral Fellowship}" + "\n"
           r"\cvitem{2022}{Best Student Paper Prize, Caledonian Economic Society}" + "\n"
           r"\cvitem{2021}{Conference travel grant, Royal Economic Society}" + "\n"
           r"\cvitem{2018--2022}{Kilmory Doctoral Scholarship}" + "\n"
           r"\section{Teaching}" + "\n"
           r"\cvitem{2020--2023}{Class teacher, EC201 Microeconomics (Michaelmas term), London School of Commerce}" + "\n"
           r"\section{Skills}" + "\n" r"\cvitem{Software}{Stata, R, Python, Julia, Git}" + "\n"
           r"\section{References}" + "\n")
    for n, o, e in refs:
        tx += rf"\cvitem{{}}{{{tex(n)}, {tex(o)}, \texttt{{{e}}}}}" + "\n"
    tx += "\\end{document}\n"
    pdflatex("06_moderncv_oldstyle", {"cv.tex": tx}, files / fn)
    return label(
        fn, "Cormac E. Brannigan", ["Cormac Brannigan"], ["c.brannigan@iff.example.org"], ["+447700900284"],
        ["cbrannigan.example.net"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[1], j[0], j[3], j[4]) for j in jobs], len(pubs), sum(p[5] for p in pubs),
        [(p[0], p[3], p[4], p[5], p[6], p[1]) for p in pubs],
        ["Labour economics", "public finance", "Urban economics"], 3,
        "pdfLaTeX moderncv 2.x with the 'oldstyle' style (earlier sets used classic/banking/casual under "
        "XeLaTeX), Latin Modern roman Type 1 fonts: the name at the top left with contact lines and a rule, "
        "dates in the left margin column; the same school for the Ph.D. and the M.Res.; 'Academic Positions and "
        "Other Employment'; 'Research Fields' with Primary/Secondary rows. 'Publications and Working Papers': "
        "Harvard/Google-Scholar 'Brannigan, C.E.*, Ferraro, L.* and Whitlow, G., 2024. Title. Journal, 42(3), "
        "pp...' with '*' defined as equal contribution, a NeurIPS workshop paper 'In Proceedings of the "
        "NeurIPS Workshop on ...', 'forthcoming' in the year slot (in press; no year printed, year not scored), "
        "'R&R' / 'revise and resubmit' = under review. 'Grants, Fellowships and Awards': a fellowship, a paper "
        "prize, a scholarship (3 awards), a travel grant (not). A class teacher post in Teaching (not a separate "
        "job). Referee e-mails under References.",
        layout="pdfLaTeX: moderncv oldstyle")


def currvita_history_lecturer(files: Path) -> dict:
    """07: history lecturer, `currvita` package; Chicago-style books, articles and chapters."""
    fn = "07_history_lecturer_latex_currvita.pdf"
    me_first = "Moyo-Kendrick, Philippa"
    edu = [("University of Ashgrove", "D.Phil. in History", "2012--2016", "phd", "2012", "2016"),
           ("University of Ashgrove", "M.St. in Global and Imperial History", "2011--2012", "master", "2011", "2012"),
           ("Kestrel College, University of Harrowgate", "B.A. (Hons) History", "2008--2011", "bachelor", "2008",
            "2011")]
    jobs = [("Lecturer in Modern African History", "Department of History, University of Penhallow",
             "2020--present", "2020", "present"),
            ("Junior Research Fellow", "St Brannoc's College, University of Ashgrove", "2016--2020", "2016", "2020"),
            ("Visiting Fellow", "Institute of Maritime History, Hallerstad", "Jan--Jun 2019", "2019-01",
             "2019-06")]
    pubs = [  # title, authors, venue, year, first, status, printed
        ("Salt and Sovereignty: Coastal Trade and the Making of Colonial Borders, 1850–1914", [me_first],
         "Penhallow University Press", 2022, True, "published",
         r"\emph{Salt and Sovereignty: Coastal Trade and the Making of Colonial Borders, 1850--1914}. "
         r"Penhallow: Penhallow University Press, 2022."),
        ("Tide tables and tax ledgers: measuring the colonial coast", [me_first], "Journal of African History",
         2021, True, "published",
         r"``Tide tables and tax ledgers: measuring the colonial coast.'' \emph{Journal of African History} "
         r"62, no.\ 3 (2021): 311--334."),
        ("Dhows, duties and the customs house at Lindi", [me_first, "Samuel Okwir"], "Past & Present", 2024, True,
         "published",
         r"With Samuel Okwir. ``Dhows, duties and the customs house at Lindi.'' \emph{Past \& Present} 262 "
         r"(2024): 145--181."),
        ("Archives of the shoreline", [me_first], "The Oxford-style Handbook of Indian Ocean History", None, True,
         "in press",
         r"``Archives of the shoreline.'' In \emph{The Handbook of Indian Ocean History}, edited by Rukmini Desai "
         r"and Tomás Herrera. Forthcoming."),
        ("Mapping salt: a digital gazetteer of East African coastal markets", [me_first], None, None, True,
         "in preparation", r"``Mapping salt: a digital gazetteer of East African coastal markets.'' In preparation.")]
    pubs[3] = (pubs[3][0], pubs[3][1], "The Handbook of Indian Ocean History", *pubs[3][3:])
    tx = r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[utf8]{inputenc}
\usepackage[margin=2.5cm]{geometry}
\usepackage[LabelsAligned]{currvita}
\usepackage{url}
\renewcommand*{\cvheadingfont}{\LARGE\bfseries}
\renewcommand*{\cvlistheadingfont}{\large\scshape}
\setlength{\cvlabelwidth}{30mm}
\pagestyle{plain}
\begin{document}
\begin{cv}{Dr Philippa Moyo-Kendrick}
\begin{flushleft}\small
Department of History, University of Penhallow, Penhallow PL9 4AA\\
philippa.moyo-kendrick@penhallow.example.ac.uk \quad 07700 900 613
\end{flushleft}
"""
    tx += r"\begin{cvlist}{Current and Previous Posts}" + "\n"
    for t, o, w, *_x in jobs:
        tx += rf"\item[{w}] {tex(t)}, {tex(o)}" + "\n"
    tx += r"\end{cvlist}" + "\n" + r"\begin{cvlist}{Degrees}" + "\n"
    for i, d, w, *_x in edu:
        tx += rf"\item[{w}] {tex(d)}, {tex(i)}" + "\n"
    tx += (r"\item[] Thesis: \emph{Customs and the coast: fiscal frontiers in East Africa} (supervised by Prof.\ "
           r"Helena Strand)" + "\n" + r"\end{cvlist}" + "\n")
    tx += (r"\begin{cvlist}{Research}" + "\n" + r"\item[] My work is on fiscal and maritime history, the "
           r"colonial state in East Africa, and digital history of trade." + "\n"
           r"\item[2023--2026] Leverett Research Fellowship (project: \emph{Mapping salt})" + "\n"
           r"\item[2021] Network grant, Penhallow Humanities Fund, \pounds 9{,}800" + "\n" + r"\end{cvlist}" + "\n")
    heads = [("Monograph", [0]), ("Articles in refereed journals", [1, 2]), ("Chapters and work in progress", [3, 4])]
    tx += r"\begin{cvlist}{Publications}" + "\n"
    for head, idx in heads:
        tx += rf"\item[\emph{{{head}}}]" + "\\mbox{}\\\\[-\\baselineskip]\n"
        for k in idx:
            tx += r"\item[] " + pubs[k][6] + "\n"
    tx += r"\end{cvlist}" + "\n"
    tx += (r"\begin{cvlist}{Prizes}" + "\n" r"\item[2023] Whitcombe Prize for the best first book in African history"
           "\n" r"\item[2017] Royal-style Historical Society Alexander Medal (proxime accessit)" + "\n"
           r"\end{cvlist}" + "\n" + r"\begin{cvlist}{Teaching and Supervision}" + "\n"
           r"\item[2020--] Convenor, HIST 2204 Empires of the Sea (Michaelmas term); supervisor of three D.Phil. "
           r"students" + "\n" + r"\end{cvlist}" + "\n" + r"\begin{cvlist}{Languages}" + "\n"
           r"\item[] English, Swahili (fluent), Portuguese (reading), German (reading)" + "\n"
           r"\end{cvlist}" + "\n\\end{cv}\n\\end{document}\n")
    tx = tx.replace("Royal-style Historical Society", "Penhallow Historical Society")
    pdflatex("07_currvita_lecturer", {"cv.tex": tx}, files / fn)
    return label(
        fn, "Philippa Moyo-Kendrick", ["Dr Philippa Moyo-Kendrick"], ["philippa.moyo-kendrick@penhallow.example.ac.uk"],
        ["+447700900613"], [], [(e[0], e[3], e[4], e[5]) for e in edu], [(j[1], j[0], j[3], j[4]) for j in jobs],
        len(pubs), sum(p[4] for p in pubs), [(p[0], p[2], p[3], p[4], p[5], p[1]) for p in pubs],
        ["fiscal and maritime history", "digital history of trade"], 3,
        "pdfLaTeX article + the `currvita` package (LabelsAligned), Latin Modern Type 1 fonts: 'Dr Philippa "
        "Moyo-Kendrick' as the cv heading (title before the name), small-caps list headings with labels in a "
        "30 mm column ('2012--2016', 'Jan--Jun 2019', '2020--' with an open end); the same university for the "
        "D.Phil. and the M.St.; UK national phone '07700 900 613'. 'Research' holds a statement (the interests), "
        "a research fellowship (an award) and a grant (not) — content differing from the heading. 'Publications' "
        "with italic sub-heads in the label column (Monograph / Articles in refereed journals / Chapters and work "
        "in progress); Chicago notes-bibliography style without the author's own name except 'With Samuel "
        "Okwir.' (the candidate is first author throughout); a book whose venue is its press; a chapter "
        "'Forthcoming.' (in press, no year); 'In preparation.' Prizes: a book prize and a medal; with the "
        "fellowship 3 awards. Teaching is inside the lectureship (no extra job).",
        layout="pdfLaTeX: currvita")


def sidebar_tikz_undergrad(files: Path) -> dict:
    """08: undergraduate, Twenty-Seconds-CV-like sidebar drawn with TikZ; lower-case name."""
    fn = "08_undergraduate_latex_tikz_sidebar.pdf"
    edu = [("Ostrava-Lake Institute of Technology", "B.S. Computer Engineering, minor in Mathematics",
            "Aug 2022 – expected May 2026", "bachelor", "2022-08", "2026-05"),
           ("Pemberton Community College", "Dual-enrollment coursework (24 credits)", "2020 – 2022", "other",
            "2020", "2022")]
    jobs = [("Embedded Software Intern", "Corvane Medical", "May 2025 – Aug 2025", "2025-05", "2025-08",
             ["Firmware tests for an insulin-pump Bluetooth stack (Zephyr RTOS)"]),
            ("Undergraduate Research Assistant", "Edge Systems Lab (led by Prof. Mireille Aston)",
             "Jan 2024 – present", "2024-01", "present",
             ["Spring 2024: profiled TinyML kernels on RISC-V boards", "Fall 2024: co-wrote an ICML workshop paper"]),
            ("Peer Tutor", "OLIT Learning Commons", "Sep 2023 – May 2024", "2023-09", "2024-05",
             ["Digital logic and C programming, 6 h/week"])]
    pubs = [("Quantisation-aware pruning for microcontroller keyword spotting",
             ["J. W. Ferreira-Ito", "K. Salim", "M. Aston"], "ICML Workshop", 2025, True, "published")]
    side = r"""{\color{white}\raggedright
{\Huge\bfseries jonah w.\\[2pt] ferreira-ito}\\[6pt]
{\large computer engineering student}\\[14pt]
\textbf{\large about me}\\[3pt]\small
Junior who likes small devices and fast code. Looking for a 2026 embedded/firmware role.\\[12pt]
\textbf{\large contact}\\[3pt]
\texttt{+1 (470) 555-0166}\\
\texttt{jwferreira@example.edu}\\
\texttt{github.com/jwfi}\\[12pt]
\textbf{\large skills}\\[3pt]
C \textbullet{} C++ \textbullet{} Rust\\ Zephyr \textbullet{} FreeRTOS\\ Verilog \textbullet{} KiCad\\ Python \textbullet{} PyTorch\\[12pt]
\textbf{\large languages}\\[3pt]
English, Portuguese, Japanese (basic)
}"""
    main = r"\section*{education}" + "\n"
    for i, d, w, *_x in edu:
        main += rf"\entry{{{tex(w)}}}{{{tex(i)}}}{{{tex(d)}}}" + "\n"
    main += r"\section*{experience}" + "\n"
    for t, o, w, _s, _e, bl in jobs:
        main += rf"\entry{{{tex(w)}}}{{{tex(t)}}}{{{tex(o)}\begin{{itemize}}" + "".join(
            rf"\item {tex(b)}" for b in bl) + r"\end{itemize}}" + "\n"
    main += (r"\section*{projects}" + "\n"
             r"\entry{Fall 2023}{Solder-fume monitor}{ESP32 + particulate sensor, dashboard in Grafana}" + "\n"
             r"\entry{Spring 2023}{8-bit CPU on an FPGA}{Verilog, 5-stage pipeline, course project}" + "\n"
             r"\section*{publication}" + "\n")
    for t, au, *_x in pubs:
        aus = ", ".join(r"\textbf{" + tex(a) + "}" if "Ferreira" in a else tex(a) for a in au)
        main += rf"\entry{{2025}}{{{tex(t)}}}{{{aus}. \emph{{ICML 2025 Workshop on Tiny Machine Learning}}}}" + "\n"
    main += (r"\section*{honors}" + "\n" r"\entry{2024}{Dean's List (4 semesters)}{}" + "\n"
             r"\entry{2023}{OLIT Presidential Scholarship}{}" + "\n"
             r"\entry{2022}{First place, Peach State Robotics Challenge}{}" + "\n")
    tx = r"""\documentclass[10pt,letterpaper]{article}
\usepackage[T1]{fontenc}
\usepackage[scaled]{helvet}\renewcommand\familydefault{\sfdefault}
\usepackage[left=7.4cm,right=1.2cm,top=1.2cm,bottom=1cm]{geometry}
\usepackage{xcolor,tikz,enumitem}
\definecolor{side}{HTML}{2E4A62}\definecolor{accent}{HTML}{E07A2E}
\pagestyle{empty}
\setlist[itemize]{leftmargin=10pt,itemsep=0pt,topsep=1pt}
\makeatletter
\renewcommand\section{\@startsection{section}{1}{0pt}{8pt}{4pt}{\color{accent}\Large\bfseries}}
\makeatother
\newcommand\entry[3]{\noindent\begin{minipage}[t]{2.6cm}\raggedright\footnotesize\color{gray}#1\end{minipage}%
\begin{minipage}[t]{\dimexpr\linewidth-2.6cm}\textbf{#2}\\ {\small #3}\end{minipage}\par\vspace{5pt}}
\begin{document}
\begin{tikzpicture}[remember picture,overlay]
\fill[side] (current page.north west) rectangle ([xshift=6.4cm]current page.south west);
\node[anchor=north west,text width=5.2cm,inner sep=0pt] at ([xshift=0.6cm,yshift=-1.2cm]current page.north west) {%
SIDEBAR};
\end{tikzpicture}
MAIN
\end{document}
""".replace("SIDEBAR", side).replace("MAIN", main)
    pdflatex("08_tikz_sidebar_undergrad", {"cv.tex": tx}, files / fn)
    return label(
        fn, "Jonah W. Ferreira-Ito", ["jonah w. ferreira-ito", "Jonah Ferreira-Ito"], ["jwferreira@example.edu"],
        ["+14705550166"], ["github.com/jwfi"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(j[1], j[0], j[3], j[4]) for j in jobs], len(pubs), 1, [(p[0], p[2], p[3], p[4], p[5], p[1]) for p in pubs],
        [], 3,
        "pdfLaTeX, a Twenty-Seconds-CV-like page written for this set: a full-height dark sidebar drawn by a TikZ "
        "overlay node holding the name in lower case with an initial on two lines ('jonah w.' / "
        "'ferreira-ito'), a lower-case tagline, 'about me', contact in typewriter type, skills with bullets, "
        "languages; lower-case orange section headings in the main column (helvet: URW Nimbus Sans Type 1 fonts); a narrow grey date "
        "column that wraps ('Aug 2022 – expected May 2026'); dual-enrollment community-college coursework "
        "(degree level other). Experience: an internship, 'Undergraduate Research Assistant' at 'Edge Systems "
        "Lab (led by Prof. ...)' with 'Spring 2024:' / 'Fall 2024:' bullets, a peer-tutor job. Projects dated "
        "'Fall 2023' / 'Spring 2023' (not jobs). One workshop paper titled in bold with the year in the date "
        "column and 'ICML 2025 Workshop on Tiny Machine Learning' (venue ICML Workshop). Honors: Dean's list, a "
        "scholarship, a competition prize (3).",
        layout="pdfLaTeX: TikZ sidebar")
