"""13: UK neuroscience senior research fellow, pandoc Markdown + citeproc Cell CSL -> ODT (pandoc's ODT writer)
-> LibreOffice PDF."""
from __future__ import annotations

import shutil

from kit20 import FILES, SRC, csl_refs, pin_pdf, run, workdir

STEM = "13_uk_neuroscience_fellow_pandoc_cell_odt_libreoffice"
ME = {"family": "Adeyemi-Strand", "given": "Folasade"}


def a(family, given):
    return {"family": family, "given": given}


def y(n):
    return {"date-parts": [[n]]}


PAPERS = [
    dict(id="n1", type="article-journal", author=[ME, a("Kerr", "Alasdair"), a("Mbeki-Holt", "Thandiwe"),
                                                   a("Vasquez", "Inés"), a("Harrington", "Oliver")],
         title="Hippocampal sharp-wave ripples coordinate prefrontal replay during post-learning sleep in mice",
         **{"container-title": "Neuron"}, issued=y(2025), volume="113", page="1204-1219.e7",
         DOI="10.1016/j.neuron.2025.02.011"),
    dict(id="n2", type="article-journal", author=[a("Kerr*", "Alasdair"), a("Adeyemi-Strand*", "Folasade"),
                                                   a("Harrington", "Oliver")],
         title="Closed-loop optogenetic suppression of ripples impairs schema updating",
         **{"container-title": "Nature Neuroscience"}, issued=y(2023), volume="26", page="1877-1889"),
    dict(id="n3", type="article-journal", author=[a("Vasquez", "Inés"), a("Chu", "Wing-sze"), ME,
                                                   a("Harrington", "Oliver")],
         title="Parvalbumin interneurons gate the timing of CA1 place-cell reactivation",
         **{"container-title": "Current Biology"}, issued=y(2022), volume="32", page="4410-4423"),
    dict(id="n4", type="article-journal", author=[ME, a("Harrington", "Oliver")],
         title="Memory consolidation beyond the hippocampus: a systems view",
         **{"container-title": "Trends in Neurosciences"}, issued=y(2021), volume="44", page="611-624"),
    dict(id="n5", type="article-journal", author=[ME, a("Chu", "Wing-sze"), a("Okafor", "Emeka")],
         title="Thalamic spindles predict the fidelity of cortical replay",
         **{"container-title": "Cell Reports"}, status="in press"),
]
PROC = [
    dict(id="c1", type="paper-conference", author=[a("Mbeki-Holt", "Thandiwe"), ME],
         title="Unsupervised detection of replay events with state-space models",
         **{"container-title": "Proceedings of the 45th Annual International Conference of the IEEE Engineering in Medicine and Biology Society (EMBC)"},
         issued=y(2023), page="1-4"),
]


TAIL = {"n5": " In press."}


def refs(entries, work, tag):
    return "\n\n".join(csl_refs([e], "cell", work, tag=f"{tag}{i}").strip() + TAIL.get(e["id"], "")
                       for i, e in enumerate(entries))


def build() -> str:
    work = workdir(STEM)
    md = f"""---
title: Dr Folasade Adeyemi-Strand
subtitle: Sir Henry Dale Fellow · Curriculum vitae
---

Nuffield Department of Clinical Neurosciences, University of Oxford, John Radcliffe Hospital, Oxford OX3 9DU\\
folasade.adeyemi-strand@ndcn.ox.example.ac.uk | +44 1865 555 0174 | https://fas-lab.example.org

# Positions held

**Sir Henry Dale Fellow and Group Leader** (Wellcome/Royal Society), University of Oxford --- *October 2022 – present*\\
**Junior Research Fellow** (non-stipendiary), Merton College, Oxford --- *2022 – present*\\
**Postdoctoral Research Scientist**, MRC Brain Network Dynamics Unit, University of Oxford --- *March 2018 – September 2022*\\
**Visiting Scientist**, RIKEN Center for Brain Science, Wako, Japan --- *June – August 2019*

# Education

**DPhil in Neuroscience**, University of Oxford (Wellcome Trust 4-year PhD programme) --- 2013 – 2017\\
**MBiochem (Hons), Biochemistry**, University of Bristol --- 2009 – 2013 (integrated master's degree)

# Research focus

Systems neuroscience of memory; sleep and offline replay; closed-loop neurotechnology; large-scale electrophysiology

# Research outputs

\\* equal contribution. Citations: 1,140 (Google Scholar); h-index 11.

## Primary research and review articles

{refs(PAPERS, work, "n")}

## Peer-reviewed conference proceedings

{refs(PROC, work, "c")}

## Selected invited talks

- 2025 — Cosyne workshop *Replay across scales*, Lisbon
- 2024 — Gordon Research Conference on Sleep Regulation and Function

## Patent

- Adeyemi-Strand F, Kerr A. *Closed-loop ripple detection device.* GB Patent Application 2301555.0 (filed 2023).

# Funding

- Wellcome/Royal Society Sir Henry Dale Fellowship 226155/Z/22/Z, £1.6M, 2022–2030 (PI)
- BBSRC Discovery Fellowship (declined on award of the above), 2022

# Prizes

- 2024 British Neuroscience Association Postdoctoral Prize for Outstanding Research
- 2017 Oxford Neuroscience Thesis Prize

# Teaching, supervision and citizenship

Tutor in Neuroscience, Merton College (2022–); supervisor of 3 DPhil students; ECR representative, NDCN.
Reviewing Editor, *eLife* (2024–).
"""
    src = SRC / f"{STEM}.md"
    src.write_text(md, encoding="utf-8")
    odt = work / "cv.odt"
    run(["pandoc", str(src), "-o", str(odt)])
    run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(odt)])
    out = FILES / f"{STEM}.pdf"
    shutil.copyfile(work / "cv.pdf", out)
    pin_pdf(out)
    return out.name


LABEL = {
    "file": f"{STEM}.pdf",
    "name": "Folasade Adeyemi-Strand",
    "name_any": ["Dr Folasade Adeyemi-Strand"],
    "emails": ["folasade.adeyemi-strand@ndcn.ox.example.ac.uk"],
    "phones": ["+4418655550174"],
    "links": ["https://fas-lab.example.org"],
    "education": [
        {"institution": "University of Oxford", "degree_level": "phd", "start": "2013", "end": "2017"},
        {"institution": "University of Bristol", "degree_level": "master", "start": "2009", "end": "2013"},
    ],
    "experience": [
        {"organization": "University of Oxford", "title": "Sir Henry Dale Fellow and Group Leader",
         "start": "2022-10", "end": "present"},
        {"organization": "Merton College, Oxford", "title": "Junior Research Fellow", "start": "2022",
         "end": "present"},
        {"organization": "MRC Brain Network Dynamics Unit, University of Oxford",
         "title": "Postdoctoral Research Scientist", "start": "2018-03", "end": "2022-09"},
        {"organization": "RIKEN Center for Brain Science", "title": "Visiting Scientist", "start": "2019-06",
         "end": "2019-08"},
    ],
    "publications_count": 6,
    "first_author_count": 4,
    "publications_sample": [
        {"title": PAPERS[0]["title"], "venue": "Neuron", "year": 2025, "first_author": True, "status": "published"},
        {"title": PAPERS[1]["title"], "venue": "Nature Neuroscience", "year": 2023, "first_author": True,
         "status": "published"},
        {"title": PAPERS[2]["title"], "venue": "Current Biology", "year": 2022, "first_author": False,
         "status": "published"},
        {"title": PAPERS[3]["title"], "venue": "Trends in Neurosciences", "year": 2021, "first_author": True,
         "status": "published"},
        {"title": PAPERS[4]["title"], "venue": "Cell Reports", "year": None, "first_author": True,
         "status": "in press"},
        {"title": PROC[0]["title"], "venue": "EMBC", "year": 2023, "first_author": False, "status": "published"},
    ],
    "research_interests_any": ["Systems neuroscience of memory", "sleep and offline replay",
                               "closed-loop neurotechnology"],
    "awards_count": 2,
    "language": "en",
    "layout": "UK neuroscience fellow, pandoc Markdown + citeproc Cell CSL -> ODT (pandoc's ODT writer) -> LibreOffice PDF",
    "notes": "Title 'Dr Folasade Adeyemi-Strand' with a subtitle; homepage URL broken at its hyphen across lines "
             "('https://fas-' / 'lab.example.org'). Positions as 'Bold title (funder), Organisation --- "
             "*Month YYYY – present*' with the dates after an em dash, wrapping to the next line; a non-stipendiary "
             "college JRF held with the fellowship (a job); 'June – August 2019' visit (2019-06..2019-08). DPhil = "
             "phd; 'MBiochem (Hons) ... (integrated master's degree)' = master. Cell-style references (citeproc "
             "'1. ' labels become an ODT ordered list: numbers generated by the list, restarting at 1 for the "
             "proceedings), '*' = equal contribution (Kerr*, Adeyemi-Strand* = first), DOI without a prefix, "
             "'Cell Reports. In press.' (no year; 'In press.' typed after the citeproc output, which prints no "
             "status), an EMBC proceedings paper (venue EMBC). Invited talks and the patent application are not "
             "papers: 6 counted, first author 4. Funding lists the Sir Henry Dale Fellowship with amount and PI "
             "role and a declined BBSRC fellowship: treated as grants (unsure: heldout15 counts fellowships as "
             "awards, but these are listed as funding); 'Prizes': 2.",
}
