"""LaTeX sources: 01 (US neuroscience, pdfLaTeX article + longtable), 02 (German chemist, currvita),
03 (Scottish historian emeritus, XeLaTeX article), 08 (Japanese industrial research director, pdfLaTeX),
12 (Scottish epidemiologist, pdfLaTeX + BibTeX)."""
from __future__ import annotations

import re

from gen39 import VOCAB_CHEM, VOCAB_EPI, VOCAB_HIST, VOCAB_NEURO, VOCAB_OPT, make_pubs, names


def tx(s: str) -> str:
    s = s.replace("\\", "/").replace("&", "\\&").replace("%", "\\%").replace("$", "\\$").replace("#", "\\#")
    s = s.replace("_", "\\_").replace("–", "--").replace("—", "---")
    s = re.sub(r"\*\*(.+?)\*\*", r"\\textbf{\1}", s)
    return re.sub(r"\*(.+?)\*", r"\\emph{\1}", s)


HEAD_CONT = r"""
\usepackage{fancyhdr,lastpage}
\newcommand{\cursec}{}
\newcommand{\csec}[1]{\section*{#1}\markright{#1 (continued)}}
\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0.4pt}
"""


def rows(items, width="2.6cm"):
    out = []
    for d, t in items:
        out.append(rf"\noindent\hangindent={width}\hangafter=1\makebox[{width}][l]{{{tx(d)}}}{tx(t)}\par\smallskip")
    return "\n".join(out)


def build_01():
    me = ("M", "Holloway-Dunne")
    jv = ["Neuron", "Nature Neuroscience", "Journal of Neuroscience", "eLife", "Hippocampus", "Cell Reports",
          "PLoS Biology", "Current Biology"]
    arts = make_pubs(101, VOCAB_NEURO, 68, jv, (1999, 2025), me, 0.15, 0.65)
    chaps = make_pubs(102, VOCAB_NEURO, 5, ["Handbook"], (2008, 2022), me, 0.6, 0.3, (1, 3))
    pre = make_pubs(103, VOCAB_NEURO, 4, ["bioRxiv"], (2024, 2025), me, 0.0, 0.9)
    books = ["The Handbook of Behavioral Neuroscience, Vol. 28", "Oxford Handbook of Memory", "Space, Time and "
             "Memory in the Hippocampal Formation", "Hippocampal Microcircuits, 2nd ed.", "Learning and Memory: "
             "A Comprehensive Reference"]
    sel = [arts[4], arts[10], arts[23], arts[37], arts[52]]
    L = [r"\documentclass[11pt,letterpaper]{article}",
         r"\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{mathptmx}",
         r"\usepackage[margin=1in,headheight=14pt]{geometry}\usepackage{longtable,enumitem}",
         r"\usepackage[hidelinks]{hyperref}",
         HEAD_CONT,
         r"\lhead{\small Marguerite A. Holloway-Dunne, Ph.D.}\chead{\small\itshape\rightmark}\rhead{\small February 24, 2025}",
         r"\cfoot{\small CV -- page \thepage\ of \pageref{LastPage}}",
         r"\pdfinfo{/Title (Curriculum Vitae) /Author (heldout39)}",
         r"\begin{document}",
         r"\thispagestyle{plain}",
         r"\begin{center}{\LARGE\bfseries Marguerite A. Holloway-Dunne, Ph.D.}\\[3pt]",
         r"Professor of Molecular and Integrative Physiology and of Psychology\\",
         r"Director, Michigan Center for Memory Circuits\\ University of Michigan, 1137 Catherine St., Ann Arbor, "
         r"MI 48109\\ \href{mailto:mhdunne@umich.example.edu}{mhdunne@umich.example.edu} $\cdot$ (202) 555-0147 "
         r"$\cdot$ \url{https://hollowaydunnelab.example.org}\end{center}",
         r"\noindent\emph{Citation metrics (Google Scholar, Feb.\ 2025): h-index 41, 9,800 citations; i10-index "
         r"88.}\footnote{Metrics are given because the school's promotion template asks for them; see the DORA "
         r"statement in the teaching dossier.}"]
    sec = L.append

    def S(title):
        sec(rf"\csec{{{title}}}")

    S("Academic Appointments")
    apps = [("2016--present", r"\textbf{Professor} (with tenure), Department of Molecular and Integrative "
                              r"Physiology, University of Michigan Medical School",
             ["Joint appointment (0\\%) as Professor of Psychology, College of LSA, since 2018",
              "Director, Michigan Center for Memory Circuits (since 2020; 14 affiliated labs)",
              "Co-director, Neuroscience Graduate Program (2017--2022)",
              "Chair, Faculty Search Committee, Systems Neuroscience cluster hire (2019--2021)",
              "Member, Medical School Executive Committee on Research (2022--present)"]),
            ("2010--2016", r"\textbf{Associate Professor}, Department of Molecular and Integrative Physiology, "
                           r"University of Michigan", ["Tenure awarded 2012"]),
            ("2005--10", r"\textbf{Assistant Professor}, Department of Psychology, Boston University", []),
            ("2022--23", r"\textbf{Visiting Scholar} (sabbatical), Kavli Institute for Systems Neuroscience, "
                         r"Norwegian University of Science and Technology (NTNU), Trondheim", []),
            ("2003--2005", r"\textbf{Postdoctoral Fellow}, Picower Institute for Learning and Memory, "
                           r"Massachusetts Institute of Technology (NRSA F32)", [])]
    for d, t, bl in apps:
        sec(rf"\noindent\hangindent=2.4cm\hangafter=1\makebox[2.4cm][l]{{{d}}}{t}\par")
        if bl:
            sec(r"\begin{itemize}[leftmargin=3cm,itemsep=0pt,topsep=1pt]" + "".join(rf"\item {b}" for b in bl)
                + r"\end{itemize}")
        sec(r"\smallskip")
    S("Education")
    sec(rows([("1998--2003", "Ph.D., Neuroscience, Johns Hopkins University (advisor: Dr. E. Lindqvist)"),
              ("1993--97", "B.A. *summa cum laude*, Biology and Philosophy, Swarthmore College")]))
    S("Honors and Awards")
    sec(rows([("2024", "Elected Fellow, American Association for the Advancement of Science"),
              ("2019", "Society for Neuroscience Mika Salpeter Lifetime Achievement Award"),
              ("2011", "McKnight Scholar Award"), ("2007", "Sloan Research Fellowship"),
              ("2008", "Klingenstein Fellowship in the Neurosciences"),
              ("2003", "Lindsley Prize in Behavioral Neuroscience (best dissertation)")]))
    S("Research Support")
    sec(r"\begin{longtable}{@{}p{2.1cm}p{8.3cm}p{2.2cm}p{1.5cm}@{}}\textbf{Period}&\textbf{Award}&"
        r"\textbf{Total costs}&\textbf{Role}\\\hline\endhead")
    for r_ in [("2021--2026", "NIH R01 MH123456, \\emph{Replay sequences and memory consolidation in aging}",
                "\\$2,410,000", "PI"),
               ("2019--2024", "NIH BRAIN Initiative U01 NS112233, \\emph{Closed-loop control of ripples}",
                "\\$3,960,000", "MPI (contact)"),
               ("2017--2022", "NSF IOS 1700000, \\emph{Grid-cell drift}", "\\$810,000", "PI"),
               ("2016--2021", "NIH R01 NS098765, \\emph{Interneuron gating of theta}", "\\$1,875,000", "Co-I"),
               ("2013--2018", "Simons Foundation SCGB, \\emph{Population codes}", "\\$1,200,000", "PI"),
               ("2008--2013", "NIH R00 MH080000 (Pathway to Independence)", "\\$749,000", "PI"),
               ("2006--2008", "NIH K99 MH080000", "\\$180,000", "PI")]:
        sec(" & ".join(r_) + r"\\")
    sec(r"\end{longtable}")
    S("Trainees Supervised")
    sec(r"\noindent\emph{Postdoctoral fellows (current position)}\par")
    sec(rows([("2018--2022", "Dr. Sunniva Halvorsen --- now Assistant Professor, University of Oslo"),
              ("2014--2019", "Dr. Caleb Ingersoll --- now Associate Professor, University of Pennsylvania"),
              ("2011--2015", "Dr. Aiko Nakashima --- now Group Leader, RIKEN Center for Brain Science")]))
    sec(r"\noindent\emph{Doctoral students (year of Ph.D., current position)}\par")
    sec(rows([("2023", "Jonah Fairweather --- Postdoctoral Fellow, Stanford University"),
              ("2021", "Dr. Lucía Castellanos --- Scientist II, Allen Institute for Neural Dynamics"),
              ("2019", "Dr. Owen Prentiss --- Assistant Professor, Rice University"),
              ("2016", "Dr. Marta Zielinski --- Medical Science Liaison, Biogen"),
              ("2012", "Dr. Felix Gundersen --- Associate Professor, Emory University")]))
    S("Selected Publications")
    sec(r"\noindent Five representative papers (numbers refer to the complete list below).\par")

    def art(p):
        return (f"{tx(names(p))} ({p['year']}). {tx(p['title'])}. \\emph{{{p['venue']}}} "
                f"\\textbf{{{p['vol']}}}, {p['pages'].replace('–', '--')}.")

    nums = {id(p): len(arts) - i for i, p in enumerate(arts)}
    sec(r"\begin{itemize}[leftmargin=1.2cm,itemsep=1pt]")
    for p in sel:
        sec(rf"\item[[{nums[id(p)]}]] {art(p)}")
    sec(r"\end{itemize}")
    S("Complete Bibliography")
    sec(r"\noindent Journal articles are numbered in reverse order; chapters and preprints carry their own "
        r"letters. Trainees are marked with a dagger in the printed dossier but not here.\par")
    sec(r"\subsection*{Peer-reviewed journal articles}\begin{itemize}[leftmargin=1.2cm,itemsep=1pt]")
    for p in arts:
        sec(rf"\item[[{nums[id(p)]}]] {art(p)}")
    sec(r"\end{itemize}\subsection*{Book chapters and reviews in edited volumes}"
        r"\begin{itemize}[leftmargin=1.2cm,itemsep=1pt]")
    for i, p in enumerate(chaps):
        sec(rf"\item[[B{len(chaps) - i}]] {tx(names(p))} ({p['year']}). {tx(p['title'])}. In: "
            rf"\emph{{{tx(books[i])}}}, pp.\ {p['pages'].replace('–', '--')}. Elsevier/Oxford.")
    sec(r"\end{itemize}\subsection*{Preprints}\begin{itemize}[leftmargin=1.2cm,itemsep=1pt]")
    for i, p in enumerate(pre):
        sec(rf"\item[[P{len(pre) - i}]] {tx(names(p))} ({p['year']}). {tx(p['title'])}. \emph{{bioRxiv}} "
            rf"doi:10.1101/{p['year']}.0{p['num']}.{p['vol']}{p['num']}.")
    sec(r"\end{itemize}")
    S("Invited Lectures")
    sec(rows([("2024", "Keynote, Federation of European Neuroscience Societies (FENS) Forum, Vienna"),
              ("2023", "Kavli Lecture, NTNU Trondheim"), ("2021", "Grass Lecture, Society for Neuroscience"),
              ("2019", "Gordon Research Conference on Neurobiology of Learning and Memory, Les Diablerets")]))
    S("Teaching")
    sec(rows([("since 2011", "PHYSIOL 502, Systems Neurophysiology (course director)"),
              ("2005--2010", "PS 336, Neuroscience of Memory, Boston University")]))
    S("Service")
    sec(rows([("since 2019", "Reviewing Editor, \\emph{eLife}"),
              ("2015--2021", "Editorial board, \\emph{Journal of Neuroscience}"),
              ("2016--2020", "Standing member, NIH study section LAM (Learning and Memory)"),
              ("2022", "Program Committee, Society for Neuroscience")]))
    S("Media")
    sec(r"Interviews: NPR \emph{Science Friday} (2021), \emph{The New York Times} Science section (2023).")
    sec(r"\end{document}")
    return "\n".join(L), dict(arts=arts, chaps=chaps, pre=pre, sel=sel)


def build_02():
    me = ("W", "Eisenhuth-Brandl")
    jv = ["J. Am. Chem. Soc.", "Angew. Chem. Int. Ed.", "Chem. Sci.", "Org. Lett.", "ACS Catal.",
          "Chem. Eur. J.", "Nat. Chem."]
    arts = make_pubs(201, VOCAB_CHEM, 58, jv, (1994, 2025), me, 0.1, 0.8)
    revs = make_pubs(202, VOCAB_CHEM, 6, ["Chem. Rev.", "Acc. Chem. Res.", "Chem. Soc. Rev."], (2008, 2024), me,
                     0.4, 0.6, (1, 3))
    L = [r"\documentclass[10pt,a4paper]{article}",
         r"\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{lmodern}",
         r"\usepackage[a4paper,margin=2.3cm,headheight=14pt]{geometry}\usepackage[NoDate]{currvita}",
         r"\usepackage{fancyhdr,lastpage}\pagestyle{fancy}\fancyhf{}",
         r"\lhead{\footnotesize Prof.\ Dr.\ W.\ Eisenhuth-Brandl}\rhead{\footnotesize CV, as of 1 March 2025}",
         r"\cfoot{\footnotesize Page \thepage\ of \pageref{LastPage}}",
         r"\pdfinfo{/Title (CV) /Author (heldout39)}",
         r"\setlength{\cvlabelwidth}{3.1cm}",
         r"\begin{document}",
         r"\begin{cv}{Prof.\ Dr.\ Wolfram Eisenhuth-Brandl}",
         r"\noindent Chair of Organic Chemistry II, Faculty of Chemistry and Food Chemistry, Technische Universität "
         r"Dresden, 01062 Dresden, Germany\\ Phone +44 20 7946 0382 (UK office, Royal Society of Chemistry "
         r"visiting chair) $\cdot$ w.eisenhuth-brandl@example.org\\ Born 1965 in Kassel; German citizen.\par"
         r"\medskip"]
    a = L.append

    def blk(title, items):
        a(rf"\begin{{cvlist}}{{{title}}}")
        for d, t in items:
            a(rf"\item[{tx(d)}] {tx(t)}")
        a(r"\end{cvlist}")

    blk("Academic Career", [
        ("since 2009", "**Full Professor (W3)** and Chair of Organic Chemistry II, TU Dresden"),
        ("2014--2018", "**Dean**, Faculty of Chemistry and Food Chemistry, TU Dresden"),
        ("2003--2009", "**Associate Professor (C3)** of Organic Chemistry, Julius-Maximilians-Universität Würzburg"),
        ("1998--2003", "**Habilitand** and group leader (Liebig fellow of the Fonds der Chemischen Industrie), "
                       "Ludwig-Maximilians-Universität München"),
        ("1996--98", "**Postdoctoral Fellow** (Feodor Lynen fellowship, Alexander von Humboldt Foundation), "
                     "California Institute of Technology, Pasadena"),
        ("Oct 2016--Mar 2017", "**Visiting Professor** (sabbatical), ETH Zürich, Laboratory of Organic Chemistry"),
        ("since 2020", "**Honorary Professor**, University of St Andrews (unpaid)")])
    blk("Academic Education", [
        ("2003", "**Habilitation** in Organic Chemistry, LMU München (venia legendi)"),
        ("1992--1996", "**Dr. rer. nat.** (summa cum laude), Ruprecht-Karls-Universität Heidelberg"),
        ("1986--1992", "**Diplom-Chemiker**, Philipps-Universität Marburg (incl. ERASMUS year at the University "
                       "of Bristol 1989--90)")])
    blk("Honours", [("2021", "Member, German National Academy of Sciences Leopoldina"),
                    ("2015", "Otto Bayer Prize"), ("2010", "ERC Advanced Grant (see below)"),
                    ("2004", "ADUC Prize for habilitands"), ("1997", "Heinz Maier-Leibnitz Prize (DFG)")])
    blk("Third-party funding (selection)", [
        ("2011--2016", "ERC Advanced Grant *COOPCAT*, EUR 2.3 million --- PI"),
        ("2019--2026", "DFG Collaborative Research Centre SFB/TRR 3xx, project B04 --- PI; deputy speaker"),
        ("2017--2020", "BMBF project *FLOWPHARM* with Bayer AG, EUR 890,000 --- coordinator"),
        ("2005--2008", "DFG individual grant EI 123/4-1, EUR 210,000 --- PI")])
    blk("Doctoral and postdoctoral researchers", [
        ("2024", "Dr. Katrin Rosenthal --- since 2024 Laboratory Head, BASF SE, Ludwigshafen"),
        ("2022", "Dr. Jonas Lindqvist --- Junior Professor (W1), Universität Leipzig"),
        ("2019", "Dr. Mei Xiong --- Associate Professor, Zhejiang University"),
        ("2016", "Dr. Piotr Juhasz --- Senior Scientist, Merck KGaA, Darmstadt"),
        ("", "In total: 38 completed doctorates, 21 postdoctoral researchers, 6 habilitations")])
    a(r"\end{cv}")
    a(r"\section*{List of Publications}")
    a(r"\noindent Scopus: h-index 52; 11,340 citations (excluding self-citations 10,205). \par\smallskip")
    a(r"\subsection*{A. Original research articles}")
    a(r"\begin{enumerate}\setlength{\itemsep}{1pt}")
    for p in arts:
        a(rf"\item {tx(names(p, 'init'))}, \emph{{{p['venue']}}} \textbf{{{p['year']}}}, \emph{{{p['vol']}}}, "
          rf"{p['pages'].replace('–', '--')}: {tx(p['title'])}.")
    a(r"\end{enumerate}\subsection*{B. Reviews and accounts}\begin{enumerate}\setlength{\itemsep}{1pt}")
    for p in revs:
        a(rf"\item {tx(names(p, 'init'))}, \emph{{{p['venue']}}} \textbf{{{p['year']}}}, \emph{{{p['vol']}}}, "
          rf"{p['pages'].replace('–', '--')}: {tx(p['title'])}.")
    a(r"\end{enumerate}\subsection*{C. Patents}\begin{enumerate}")
    for i in range(1, 5):
        a(rf"\item W. Eisenhuth-Brandl, K. Rosenthal, \emph{{Verfahren zur Herstellung chiraler Amine {i}}}, "
          rf"DE 10 2019 1{i}0 2{i}4 B3 (20{17 + i}).")
    a(r"\end{enumerate}")
    a(r"\section*{Teaching and academic service}")
    a(r"Lectures in organic chemistry I--IV (Bachelor) and catalysis (Master), about 6 SWS per semester. "
      r"Associate Editor of \emph{Chemistry -- A European Journal} (2012--2020); member of the DFG review board "
      r"322 (2016--2024); Board of Directors, GDCh (since 2022).")
    a(r"\end{document}")
    return "\n".join(L), dict(arts=arts, revs=revs)


def build_03():
    me = ("A", "Penhallow-Greaves")
    jv = ["Scottish Historical Review", "Historical Journal", "Past & Present", "English Historical Review",
          "Journal of British Studies", "Economic History Review", "Innes Review"]
    arts = make_pubs(301, VOCAB_HIST, 26, jv, (1980, 2023), me, 0.8, 0.1, (1, 2))
    chaps = make_pubs(302, VOCAB_HIST, 14, ["ed."], (1988, 2024), me, 0.9, 0.05, (1, 1))
    books = [("Credit and Kirk: Money, Morals and the Glasgow Merchant, 1690–1760", "Edinburgh University Press",
              1989), ("The Presbyterian Marketplace: Religion and Trade in Lowland Scotland", "Oxford University "
                      "Press", 1997),
             ("Improvers and Their Enemies: Scottish Estates, 1707–1800", "Boydell Press", 2006),
             ("A Nation of Shopkeepers? Retail and Credit in Georgian Scotland", "Cambridge University Press", 2014),
             ("Counting the Poor: Parish Relief in Scotland, 1650–1845", "Edinburgh University Press", 2022)]
    edited = [("The Scottish Burgh, 1600–1800: New Perspectives", "John Donald", 2001),
              ("Commerce and Conscience: Essays for Rosalind Mitchison", "Tuckwell Press", 2009),
              ("The Oxford Handbook of Early Modern Scottish History", "Oxford University Press", 2018)]
    L = [r"\documentclass[11pt,a4paper]{article}",
         r"\usepackage{fontspec}\setmainfont{Liberation Serif}",
         r"\usepackage[a4paper,margin=2.5cm,headheight=14pt]{geometry}\usepackage{enumitem}",
         r"\usepackage{fancyhdr,lastpage}\pagestyle{fancy}\fancyhf{}",
         r"\renewcommand{\headrulewidth}{0pt}",
         r"\newcommand{\cursec}{}",
         r"\fancyhead[L]{\footnotesize\scshape A. Penhallow-Greaves}\fancyhead[R]{\footnotesize\itshape\rightmark}",
         r"\fancyfoot[C]{\footnotesize \thepage/\pageref{LastPage}}",
         r"\fancyfoot[R]{\footnotesize January 2025}",
         r"\newcommand{\hd}[1]{\par\bigskip\noindent{\large\scshape #1}\par\nobreak\smallskip"
         r"\markright{#1 (cont.)}}",
         r"\begin{document}",
         r"\begin{center}{\Large\scshape Alasdair Penhallow-Greaves}\\[2pt] MA (St Andrews), DPhil (Oxon), FRSE, "
         r"FBA\\ Professor Emeritus of Scottish History, University of Edinburgh\\ School of History, Classics "
         r"and Archaeology, William Robertson Wing, Old Medical School, Teviot Place, Edinburgh EH8 9AG\\ "
         r"a.penhallow-greaves@example.ac.uk $\cdot$ 020 7946 0419\end{center}"]
    a = L.append

    def ent(d, t):
        a(rf"\noindent\hangindent=2.2cm\hangafter=1\makebox[2.2cm][l]{{{tx(d)}}}{tx(t)}\par")

    a(r"\hd{Posts held}")
    for d, t in [("2019–", "Professor Emeritus of Scottish History, University of Edinburgh"),
                 ("1998–2019", "Professor of Scottish History (Sir William Fraser Chair from 2005), University of "
                               "Edinburgh; Head of School 2008–11"),
                 ("1991–8", "Reader in Scottish History, University of Edinburgh"),
                 ("1982–91", "Lecturer in History, University of Aberdeen"),
                 ("1979–82", "Junior Research Fellow, Merton College, Oxford"),
                 ("2005–6", "Visiting Fellow (sabbatical), All Souls College, Oxford"),
                 ("Spring 2012", "Visiting Professor, Harvard University, Department of History"),
                 ("2020–", "Honorary Professorial Fellow, University of Glasgow")]:
        ent(d, t)
    a(r"\hd{Education}")
    for d, t in [("1975–9", "DPhil in Modern History, University of Oxford (Balliol College); thesis: "
                            "‘The Glasgow tobacco lords and their creditors, 1707–1776’"),
                 ("1971–5", "MA (Hons) Mediaeval and Modern History, 1st class, University of St Andrews")]:
        ent(d, t)
    a(r"\hd{Fellowships and honours}")
    for d, t in [("2016", "Fellow of the British Academy"), ("2003", "Fellow of the Royal Society of Edinburgh"),
                 ("2015", "Saltire Society Scottish History Book of the Year"),
                 ("1998", "Hume Brown Senior Prize in Scottish History")]:
        ent(d, t)
    a(r"\hd{Research grants}")
    for d, t in [("2015–19", "AHRC Research Grant AH/N000000/1, ‘Parish relief in Scotland’, £742,000 (PI)"),
                 ("2009–12", "Leverhulme Trust Major Research Fellowship, £148,000"),
                 ("2001–4", "ESRC project on burgh credit, £196,000 (co-investigator with Dr M. Colquhoun)")]:
        ent(d, t)
    a(r"\hd{Doctoral supervision}")
    a(r"Twenty-three doctoral students to completion, among them Dr Morag Mackintosh (1996; now Professor, "
      r"University of Stirling), Dr Euan Brannigan (2004; now Senior Lecturer, University of Dundee), Dr Kirsty "
      r"Ellwood (2011; now Keeper of Manuscripts, National Records of Scotland) and Dr Ian Yardley (2019; now "
      r"Lecturer, Queen's University Belfast).\par")
    a(r"\hd{Publications}")
    a(r"\noindent\emph{Monographs}\par\begin{enumerate}[label=\arabic*.,leftmargin=*,itemsep=1pt]")
    for t, pub, y in books:
        a(rf"\item \emph{{{tx(t)}}} ({tx(pub)}, {y}).")
    a(r"\end{enumerate}\noindent\emph{Edited volumes}\par\begin{enumerate}[label=\arabic*.,leftmargin=*,"
      r"itemsep=1pt,resume]")
    for t, pub, y in edited:
        a(rf"\item (ed., with M. Colquhoun) \emph{{{tx(t)}}} ({tx(pub)}, {y}).")
    a(r"\end{enumerate}\noindent\emph{Articles in refereed journals}\par"
      r"\begin{enumerate}[label=\arabic*.,leftmargin=*,itemsep=1pt,resume]")
    for p in arts:
        co = [x for x in p["authors"] if not x[2]]
        w = f" (with {co[0][0]}. {co[0][1]})" if co else ""
        a(rf"\item ‘{tx(p['title'])}’{w}, \emph{{{tx(p['venue'])}}}, {p['vol']} ({p['year']}), "
          rf"{p['pages'].replace('–', '--')}.")
    a(r"\end{enumerate}\noindent\emph{Chapters in books}\par"
      r"\begin{enumerate}[label=\arabic*.,leftmargin=*,itemsep=1pt,resume]")
    eds = ["T. M. Devine and J. R. Young (eds), Eighteenth-Century Scotland: New Perspectives",
           "E. Foyster and C. Whatley (eds), A History of Everyday Life in Scotland, 1600–1800",
           "B. Harris (ed.), Scotland in the Age of the French Revolution",
           "R. A. Houston and I. D. Whyte (eds), Scottish Society, 1500–1800"]
    for i, p in enumerate(chaps):
        a(rf"\item ‘{tx(p['title'])}’, in {tx(eds[i % 4].split(', ', 1)[0])}, \emph{{{tx(eds[i % 4].split(', ', 1)[1])}}} "
          rf"(Edinburgh, {p['year']}), pp.~{p['pages'].replace('–', '--')}.")
    a(r"\end{enumerate}")
    a(r"\noindent\emph{Reviews}: some 120 book reviews in the journals above (not listed).\par")
    a(r"\hd{Broadcasting and public engagement}")
    a(r"Historical adviser to BBC Scotland, \emph{The Union} (2007); frequent contributor to BBC Radio Scotland.")
    a(r"\hd{Service}")
    for d, t in [("2010–16", "President, Scottish History Society"),
                 ("2012–21", "Editor, Scottish Historical Review"),
                 ("2014", "REF 2014 sub-panel 30 (History), member")]:
        ent(d, t)
    a(r"\end{document}")
    return "\n".join(L), dict(arts=arts, chaps=chaps, books=books, edited=edited)


def build_08():
    me = ("K", "Matsudaira")
    jv = ["Journal of Lightwave Technology", "IEEE Photonics Technology Letters", "Electronics Letters",
          "Japanese Journal of Applied Physics", "IEICE Transactions on Electronics", "Optics Express"]
    arts = make_pubs(801, VOCAB_OPT, 31, jv, (1993, 2024), me, 0.35, 0.3)
    confs = make_pubs(802, VOCAB_OPT, 17, ["OFC", "ECOC", "IEEE ISSCC", "OECC"], (1995, 2023), me, 0.3, 0.3)
    L = [r"\documentclass[10pt,a4paper]{article}",
         r"\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{helvet}\renewcommand{\familydefault}{\sfdefault}",
         r"\usepackage[a4paper,margin=2cm,headheight=14pt]{geometry}\usepackage{longtable,enumitem,booktabs}",
         r"\usepackage{fancyhdr,lastpage}\pagestyle{fancy}\fancyhf{}",
         r"\lhead{\scriptsize Kenjiro Matsudaira, Dr. Eng. --- Curriculum Vitae}\rhead{\scriptsize 2025-03-01}",
         r"\lfoot{\scriptsize Confidential --- for the Selection Committee}\rfoot{\scriptsize p.~\thepage/"
         r"\pageref{LastPage}}",
         r"\pdfinfo{/Title (CV) /Author (heldout39)}",
         r"\begin{document}",
         r"{\Large\bfseries Kenjiro Matsudaira}, Dr. Eng.\hfill \small k.matsudaira@example.co.jp\\",
         r"\small General Manager, Center for Technology Innovation -- Photonics, Research \& Development Group, "
         r"Hitachi, Ltd.\ \\ 1-280 Higashi-Koigakubo, Kokubunji-shi, Tokyo 185-8601, Japan\par\medskip",
         r"\noindent\small Publication summary: 31 journal papers, 17 conference papers, 96 granted patents (JP "
         r"58, US 27, EP 11). Google Scholar: h-index 23; 2,460 citations.\normalsize"]
    a = L.append
    a(r"\section*{Career}")
    a(r"\begin{longtable}{@{}p{3.2cm}p{13cm}@{}}")
    for d, t in [("Apr 2021 -- present", "General Manager, Center for Technology Innovation -- Photonics, Hitachi, "
                                         "Ltd. (about 140 researchers in Kokubunji, Yokohama and Hitachi city)"),
                 ("Apr 2016 -- Mar 2021", "Department Manager, Optical Interconnect Research Department, Central "
                                          "Research Laboratory, Hitachi, Ltd."),
                 ("Apr 2008 -- Mar 2016", "Chief Researcher (Unit Leader), Central Research Laboratory, Hitachi, Ltd."),
                 ("Oct 2003 -- Sep 2004", "Visiting Researcher, University of California, Santa Barbara (company "
                                          "overseas study programme)"),
                 ("Apr 1995 -- Mar 2008", "Researcher, then Senior Researcher (2001), Central Research Laboratory, "
                                          "Hitachi, Ltd."),
                 ("Apr 2018 -- present", "Visiting Professor (concurrent, part-time), Research Institute of "
                                         "Electrical Communication, Tohoku University")]:
        a(rf"{tx(d)} & {tx(t)}\\[2pt]")
    a(r"\end{longtable}")
    a(r"\section*{Education}")
    a(r"\begin{longtable}{@{}p{3.2cm}p{13cm}@{}}")
    for d, t in [("Mar 1995", "Doctor of Engineering (Dr. Eng.), The University of Tokyo, Department of Electronic "
                              "Engineering (course doctorate, 1992--1995)"),
                 ("Mar 1992", "Master of Engineering, The University of Tokyo"),
                 ("Mar 1990", "Bachelor of Engineering, Keio University")]:
        a(rf"{tx(d)} & {tx(t)}\\[2pt]")
    a(r"\end{longtable}")
    a(r"\section*{Awards}")
    for d, t in [("2022", "Commendation for Science and Technology by the Minister of Education, Culture, Sports, "
                          "Science and Technology (Development Category)"),
                 ("2014", "IEICE Achievement Award"), ("2009", "Hitachi President's Award (Gold)"),
                 ("1999", "IEICE Young Researcher's Award")]:
        a(rf"\noindent\makebox[1.5cm][l]{{{d}}}{tx(t)}\par")
    a(r"\section*{National projects led}")
    a(r"\begin{longtable}{@{}p{2.6cm}p{9.4cm}p{2.6cm}p{1.8cm}@{}}\toprule Period & Project & Funder & Role\\"
      r"\midrule\endhead")
    for r_ in [("2020--2024", "Post-5G information and communication systems: optical I/O chiplets", "NEDO",
                "Project leader"),
               ("2013--2017", "Photonics--electronics convergence system technology (PECST), subtheme 3", "NEDO / "
                "PETRA", "Group leader"),
               ("2008--2012", "Vertical-cavity laser arrays for board-level interconnects", "MIC SCOPE", "co-PI")]:
        a(" & ".join(tx(x) for x in r_) + r"\\")
    a(r"\bottomrule\end{longtable}")
    a(r"\section*{Publications}")
    a(r"\subsection*{(1) Journal papers (refereed)}\begin{enumerate}[label={[\arabic*]},leftmargin=*,itemsep=0pt]")
    for p in arts:
        a(rf"\item {tx(names(p, bold=('**', '**')))}, ``{tx(p['title'])},'' \emph{{{tx(p['venue'])}}}, vol.~{p['vol']}, "
          rf"no.~{p['num']}, pp.~{p['pages'].replace('–', '--')}, {p['year']}.")
    a(r"\end{enumerate}\subsection*{(2) International conference papers (refereed)}"
      r"\begin{enumerate}[label={[\arabic*]},leftmargin=*,itemsep=0pt]")
    for p in confs:
        a(rf"\item {tx(names(p, bold=('**', '**')))}, ``{tx(p['title'])},'' in \emph{{Proc.\ {p['venue']} {p['year']}}}, "
          rf"paper {p['num']}{chr(65 + p['vol'] % 6)}.{p['vol'] % 5 + 1}, {p['year']}.")
    a(r"\end{enumerate}\subsection*{(3) Patents (selected granted US patents)}\begin{enumerate}[label={[P\arabic*]},"
      r"leftmargin=*,itemsep=0pt]")
    for i in range(1, 6):
        a(rf"\item K. Matsudaira et al., ``Optical module and optical transmission device {i},'' US "
          rf"{9 + i // 3},{(i * 373) % 900 + 100},{(i * 619) % 900 + 100} B2, {2014 + 2 * i}.")
    a(r"\end{enumerate}")
    a(r"\section*{External activities}")
    a(r"Chair, IEICE Technical Committee on Optical Communication Systems (2019--2021); Steering Committee, OECC "
      r"(since 2016); Board member, Photonics Electronics Technology Research Association (PETRA) (2020--2024).")
    a(r"\end{document}")
    return "\n".join(L), dict(arts=arts, confs=confs)


def build_12():
    me = ("I", "Drummond-Achebe")
    jv = ["BMJ", "The Lancet Public Health", "International Journal of Epidemiology", "J Epidemiol Community "
          "Health", "PLoS Medicine", "BMJ Open", "American Journal of Epidemiology", "Social Science & Medicine"]
    arts = make_pubs(1201, VOCAB_EPI, 80, jv, (1996, 2025), me, 0.2, 0.5, (3, 8))
    sel = [arts[2], arts[9], arts[21], arts[40], arts[66]]
    bib = []
    for i, p in enumerate(arts):
        au = " and ".join(f"{b}, {a}." for a, b, _m in p["authors"])
        bib.append(f"@article{{a{i:03d},\n  author = {{{au}}},\n  title = {{{{{tx(p['title'])}}}}},\n"
                   f"  journal = {{{tx(p['venue'])}}},\n  year = {{{p['year']}}},\n  volume = {{{p['vol']}}},\n"
                   f"  pages = {{{p['pages'].replace('–', '--')}}}\n}}\n")
    L = [r"\documentclass[11pt,a4paper]{article}",
         r"\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage{charter}",
         r"\usepackage[a4paper,margin=2.4cm,headheight=14pt]{geometry}\usepackage{enumitem}",
         r"\usepackage{fancyhdr,lastpage}\pagestyle{fancy}\fancyhf{}",
         r"\lhead{\footnotesize Professor Isobel Drummond-Achebe}\chead{\footnotesize\rightmark}"
         r"\rhead{\footnotesize 28/02/2025}\cfoot{\footnotesize Page \thepage\ of \pageref{LastPage}}",
         r"\renewcommand{\sectionmark}[1]{\markright{#1 (continued)}}",
         r"\renewcommand{\refname}{Full list of peer-reviewed publications}",
         r"\pdfinfo{/Title (CV) /Author (heldout39)}",
         r"\begin{document}\thispagestyle{plain}",
         r"{\LARGE Professor Isobel Drummond-Achebe} \hfill MBChB, PhD, DSc, FRCP(Edin), FFPH, FMedSci\par",
         r"\noindent Chair in Social Epidemiology, Usher Institute, University of Edinburgh, Edinburgh EH16 4UX\\ "
         r"isobel.drummond@example.ac.uk \quad +44 20 7946 0733 \quad ORCID 0000-0003-0000-0039\par"]
    a = L.append

    def ent(d, t):
        a(rf"\noindent\hangindent=2.5cm\hangafter=1\makebox[2.5cm][l]{{{tx(d)}}}{tx(t)}\par")

    a(r"\section{Current and previous posts}")
    for d, t in [("2013–present", "Chair in Social Epidemiology, University of Edinburgh"),
                 ("2013–present", "Honorary Consultant in Public Health, NHS Lothian"),
                 ("2006–2013", "Reader, then Personal Chair (2010), University of Aberdeen"),
                 ("2001–2006", "Senior Lecturer in Epidemiology, University of Aberdeen"),
                 ("1998–2001", "MRC Training Fellow, University of Glasgow, Social and Public Health Sciences Unit"),
                 ("2019 (6 months)", "Visiting Professor, University of Melbourne, School of Population and "
                                     "Global Health (sabbatical)")]:
        ent(d, t)
    a(r"\section{Qualifications}")
    for d, t in [("2015", "DSc (higher doctorate on published work), University of Glasgow"),
                 ("1995–1998", "PhD in Epidemiology, London School of Hygiene and Tropical Medicine"),
                 ("1988–1993", "MBChB, University of Glasgow"),
                 ("2004", "FFPH (Faculty of Public Health)"), ("2011", "FRCP Edinburgh")]:
        ent(d, t)
    a(r"\section{Prizes}")
    for d, t in [("2020", "Fellow of the Academy of Medical Sciences"),
                 ("2017", "Society for Social Medicine & Population Health Cochrane Lecture"),
                 ("2008", "Royal Society of Edinburgh Fellow")]:
        ent(d, t)
    a(r"\section{Grant income}")
    a(r"Total £14.2m as PI or co-PI since 2001; selected:\par")
    for d, t in [("2022–2027", "Wellcome Discovery Award, ‘Inequalities in multimorbidity’, £3.1m (PI)"),
                 ("2018–2023", "MRC Programme Grant MC\\_UU\\_000, £2.4m (co-PI)"),
                 ("2014–2019", "CSO Scotland HIPS/14/00, £480k (PI)"),
                 ("2008–2011", "ESRC Secondary Data Analysis Initiative, £190k (co-I)")]:
        ent(d, t)
    a(r"\section{Research supervision}")
    a(r"PhD students graduated: 17. Among them: Dr Ewan Sorensen (2022), now Senior Epidemiologist at Public "
      r"Health Scotland; Dr Nkechi Balogun (2018), now Reader at the University of Bristol; Dr Fiona Hartigan "
      r"(2014), now Consultant in Public Health Medicine, NHS Grampian.\par")
    a(r"\section{Selected publications (five most relevant)}")
    a(r"\begin{enumerate}[label=S\arabic*.,leftmargin=*]")
    for p in sel:
        a(rf"\item {tx(names(p, 'vanc', bold=('**', '**')))}. {tx(p['title'])}. \emph{{{tx(p['venue'])}}} "
          rf"{p['year']};{p['vol']}:{p['pages'].replace('–', '--')}.")
    a(r"\end{enumerate}")
    a(r"\section{Publication metrics}")
    a(r"Web of Science (February 2025): 162 items, 8,930 citations, h-index 47. Google Scholar: 15,100 citations, "
      r"h-index 58.\footnote{Scholar counts include reports and conference abstracts not listed here.}\par")
    a(r"\nocite{*}\bibliographystyle{unsrt}\bibliography{12_pubs}")
    a(r"\section{Teaching, service and public engagement}")
    for d, t in [("since 2014", "Programme Director, MPH (online)"),
                 ("2016–2022", "Editor-in-Chief, J Epidemiol Community Health"),
                 ("2020–2022", "Member, Scottish Government COVID-19 Advisory Group"),
                 ("2021", "Evidence to the UK COVID-19 Inquiry (Module 2A)")]:
        ent(d, t)
    a(r"\end{document}")
    return "\n".join(L), "".join(bib), dict(arts=arts, sel=sel)
