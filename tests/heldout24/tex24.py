"""TeX and Typst CVs: zachscrivena/simple-resume-cv under XeLaTeX (06), a Japanese researcher's English CV in Typst
(09), a long senior professor's CV in pdfLaTeX (10); and a Google Docs plain-text export (11)."""
from __future__ import annotations

import random
import shutil
import subprocess

from kit24 import FILES, SRC, pin_pdf, run, workdir

MIRROR = "/work/.mirror/zachscrivena+simple-resume-cv/repo"
TEMPLATE_COMMIT = "23fbc6a"


def cv06() -> None:
    """The public-domain simple-resume-cv class as fetched (src/simpleresumecv.cls); its Tinos / GNU FreeFont files
    are read from the local mirror at build time (not copied here)."""
    stem = "06_pt_se_coastal_research_fellow_simple_resume_cv_xelatex"
    w = workdir(stem)
    shutil.copy(SRC / "simpleresumecv.cls", w / "simpleresumecv.cls")
    shutil.copy(SRC / "06_body.tex", w / f"{stem}.tex")
    tar = subprocess.run(["git", "-C", MIRROR, "archive", TEMPLATE_COMMIT, "Fonts"], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(w)], input=tar, check=True)
    for _ in range(2):
        run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", f"{stem}.tex"], w)
    shutil.copy(w / f"{stem}.pdf", FILES / f"{stem}.pdf")
    pin_pdf(FILES / f"{stem}.pdf")


def cv09() -> None:
    import typst
    stem = "09_jp_seismology_asst_prof_english_cv_typst"
    src = SRC / "09_cv.typ"
    out = FILES / f"{stem}.pdf"
    typst.compile(str(src), output=str(out), root=str(SRC))
    pin_pdf(out)


# ---- 10: a long senior professor's CV ---------------------------------------------------------------------------
SURN = ["Abernathy", "Kowalczyk", "Ndiaye", "Lindgren", "Paredes", "Hollingworth", "Sato", "Rahimi", "Delacroix",
        "Okafor", "Brennan", "Vashti", "Muir", "Castellanos", "Ferrante", "Haddad", "Nakagawa", "Whitlock", "Zielinski",
        "Oduya", "Prentice", "Quintero", "Ellery", "Szabo", "Taggart", "Imbert", "Gorecki", "Yardley", "Moulton", "Achebe"]
INIT = ["J", "AR", "K", "ML", "S", "DT", "E", "H", "PJ", "R", "CA", "N", "T", "BW", "L", "F", "GM", "Y", "V", "O"]
TOPIC_A = ["Lipoprotein(a)", "Coronary artery calcium", "High-sensitivity troponin", "Arterial stiffness",
           "Left ventricular hypertrophy", "Atrial fibrillation burden", "Sleep duration", "Neighborhood deprivation",
           "Statin adherence", "Hypertensive disorders of pregnancy", "Polygenic risk", "NT-proBNP",
           "Blood pressure variability", "Heart failure with preserved ejection fraction", "Ideal cardiovascular health"]
TOPIC_B = ["and incident heart failure", "and stroke risk in older women", "in young adults: the CARDIA Study",
           "and long-term mortality", "among Black and White adults", "and subclinical atherosclerosis",
           "after acute myocardial infarction", "in the Women's Health Initiative", "and cognitive decline",
           "in rural Appalachian communities", "and coronary events: a pooled cohort analysis",
           "during the COVID-19 pandemic"]
VENUES = [("J Am Coll Cardiol", 0), ("Circulation", 0), ("JAMA Cardiol", 0), ("Eur Heart J", 0), ("Hypertension", 0),
          ("Am J Epidemiol", 0), ("J Am Heart Assoc", 0), ("Circ Cardiovasc Qual Outcomes", 0), ("Ann Intern Med", 0),
          ("Am Heart J", 0), ("Prev Med", 0), ("Heart", 0)]


def _papers() -> list[dict]:
    rnd = random.Random(24)
    seen, out = set(), []
    year = 2024
    while len(out) < 58:
        t = f"{rnd.choice(TOPIC_A)} {rnd.choice(TOPIC_B)}"
        if t in seen:
            continue
        seen.add(t)
        n = rnd.randint(3, 8)
        co = [f"{s} {rnd.choice(INIT)}" for s in rnd.sample(SURN, n - 1)]
        pos = rnd.choice(["first", "last", "last", "last", "middle", "second"])
        me = "Osterholt-Baines ML"
        if pos == "first":
            authors = [me, *co]
        elif pos == "last":
            authors = [*co, me]
        elif pos == "second":
            authors = [co[0], me, *co[1:]]
        else:
            authors = [*co[:2], me, *co[2:]]
        if len(authors) > 6:
            authors = [*authors[:3], "et al"] if me in authors[:3] else [*authors[:3], "...", me]
        out.append({"title": t[0].upper() + t[1:], "authors": authors, "venue": rnd.choice(VENUES)[0], "year": year,
                    "vol": rnd.randint(8, 150), "page": rnd.randint(100, 2900)})
        if rnd.random() < 0.35:
            year -= 1
    return out


def _tex_escape(s: str) -> str:
    return s.replace("&", r"\&").replace("%", r"\%").replace("#", r"\#")


def cv10_papers() -> tuple[list[dict], list[dict]]:
    papers = _papers()
    reviews = [
        {"title": "Lipoprotein(a) testing in primary prevention: time for universal screening?",
         "authors": ["Osterholt-Baines ML"], "venue": "JAMA Cardiol", "year": 2023, "kind": "Viewpoint"},
        {"title": "Sex differences in cardiovascular risk prediction: a state-of-the-art review",
         "authors": ["Osterholt-Baines ML", "Ferrante L", "Whitlock J"], "venue": "J Am Coll Cardiol", "year": 2021,
         "kind": "Review"},
        {"title": "Coronary calcium scoring in women: underused and underinterpreted",
         "authors": ["Haddad F", "Osterholt-Baines ML"], "venue": "Circulation", "year": 2019, "kind": "Editorial"},
        {"title": "Social determinants of hypertension control",
         "authors": ["Osterholt-Baines ML", "Achebe O"], "venue": "Hypertension", "year": 2017, "kind": "Review"},
        {"title": "Cardiovascular epidemiology in the era of wearables",
         "authors": ["Yardley T", "Osterholt-Baines ML"], "venue": "Eur Heart J", "year": 2015, "kind": "Commentary"},
        {"title": "Preventive cardiology after pregnancy complications",
         "authors": ["Osterholt-Baines ML"], "venue": "Heart", "year": 2012, "kind": "Review"},
    ]
    return papers, reviews


def cv10() -> None:
    stem = "10_us_cardiology_professor_long_cv_pdflatex"
    papers, reviews = cv10_papers()
    items = []
    for p in papers:
        au = ", ".join(("\\textbf{" + a + "}") if a.startswith("Osterholt") else a for a in p["authors"])
        items.append(f"\\item {au}. {_tex_escape(p['title'])}. \\textit{{{p['venue']}}}. {p['year']};{p['vol']}:{p['page']}--{p['page'] + 9}.")
    # two statuses in the list (typed by hand on top of the generated entries)
    items.insert(0, "\\item Kowalczyk AR, Ndiaye K, \\textbf{Osterholt-Baines ML}. Lipoprotein(a) and aortic stenosis "
                    "progression in women. \\textit{JACC Cardiovasc Imaging}. In press.")
    items.insert(0, "\\item \\textbf{Osterholt-Baines ML}, Brennan CA, Sato E, et al. Troponin-guided statin initiation "
                    "in adults aged 75 and older: the TROP-75 trial design. \\textit{Am Heart J}. Submitted.")
    rev = []
    for r in reviews:
        au = ", ".join(("\\textbf{" + a + "}") if a.startswith("Osterholt") else a for a in r["authors"])
        rev.append(f"\\item {au}. {_tex_escape(r['title'])} [{r['kind']}]. \\textit{{{r['venue']}}}. {r['year']}.")
    body = (SRC / "10_frame.tex").read_text(encoding="utf-8")
    body = body.replace("%%PAPERS%%", "\n".join(items)).replace("%%REVIEWS%%", "\n".join(rev))
    w = workdir(stem)
    (w / f"{stem}.tex").write_text(body, encoding="utf-8")
    (SRC / "10_cv.generated.tex").write_text(body, encoding="utf-8")
    for _ in range(2):
        run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"{stem}.tex"], w)
    shutil.copy(w / f"{stem}.pdf", FILES / f"{stem}.pdf")
    pin_pdf(FILES / f"{stem}.pdf")


def cv11() -> None:
    """Google Docs 'File > Download > Plain text (.txt)': UTF-8 with a BOM, CRLF line ends, '* ' bullets, tabs."""
    stem = "11_ca_neuroscience_msc_student_one_page_google_docs"
    text = (SRC / "11_cv.txt").read_text(encoding="utf-8")
    data = "\ufeff" + text.replace("\n", "\r\n")
    (FILES / f"{stem}.txt").write_bytes(data.encode("utf-8"))


ALL = {"06": cv06, "09": cv09, "10": cv10, "11": cv11}
