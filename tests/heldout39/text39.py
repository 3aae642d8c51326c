"""Typst source of 10 (French professor) and the Markdown of 11 (US industrial research director)."""
from __future__ import annotations

from gen39 import VOCAB_FR, VOCAB_OPT, make_pubs, names


def typ_esc(s: str) -> str:
    for c in "#$@<>_[]`":
        s = s.replace(c, "\\" + c)
    return s


def build_10() -> tuple[str, dict]:
    me = ("H", "Dubreuil-Marchetti")
    acl = make_pubs(1001, VOCAB_FR, 30, ["Journal of Hydrology", "Water Resources Research",
                                         "Hydrology and Earth System Sciences", "La Houille Blanche",
                                         "Géomorphologie : relief, processus, environnement",
                                         "Earth Surface Processes and Landforms"], (2002, 2025), me, 0.3, 0.45)
    acti = make_pubs(1002, VOCAB_FR, 12, ["EGU General Assembly", "Colloque SHF", "Interpraevent"], (2004, 2023),
                     me, 0.4, 0.4)
    os_ = make_pubs(1003, VOCAB_FR, 4, ["Les risques naturels en montagne"], (2010, 2021), me, 0.5, 0.3, (1, 3))
    sub = make_pubs(1004, VOCAB_FR, 3, ["Journal of Hydrology"], (2025, 2025), me, 0.5, 0.4)
    for p in acl + acti + os_ + sub:
        p["title"] = p["title"][0].upper() + p["title"][1:]

    def au(p):
        return names(p, "last_init", bold=("*", "*")).replace(", and ", ", ").replace(" and ", ", ")

    L = []
    a = L.append
    a('#set document(title: "CV Hélène Dubreuil-Marchetti", author: "heldout39", date: datetime(year: 2025, '
      'month: 3, day: 1))')
    a('#set page(paper: "a4", margin: (x: 2cm, top: 2.4cm, bottom: 2.2cm), '
      'header: context { set text(8pt, fill: gray.darken(40%)); [Hélène Dubreuil-Marchetti -- Curriculum vitae '
      '#h(1fr) mis à jour le 1#super[er] mars 2025] }, '
      'footer: context { set text(8pt); align(center)[page #counter(page).display() / '
      '#counter(page).final().first()] })')
    a('#set text(font: "Liberation Serif", size: 10.5pt, lang: "fr")')
    a('#set par(justify: true)')
    a('#show heading.where(level: 1): it => block(above: 1.1em, below: 0.6em)[#set text(12pt, fill: rgb("#1f3b6d"))'
      '; #smallcaps(it.body) #v(-0.5em) #line(length: 100%, stroke: 0.6pt + rgb("#1f3b6d"))]')
    a('#show heading.where(level: 2): set text(10.5pt)')
    a('#let ent(d, body) = grid(columns: (3.2cm, 1fr), column-gutter: 0.3cm, d, body)')
    a('#align(center)[#text(18pt)[*Hélène Dubreuil-Marchetti*] \\ Professeure des universités (classe '
      'exceptionnelle) -- Hydrologie et géomorphologie de montagne \\ Institut des Géosciences de '
      "l'Environnement (IGE), Université Grenoble Alpes, 38058 Grenoble cedex 9 \\ "
      'helene.dubreuil-marchetti\\@example.fr #sym.dot.c 01 99 00 27 41 #sym.dot.c https://hdm.example.fr]')
    a('Née en 1974, nationalité française. Indicateurs bibliométriques (Web of Science, février 2025) : 3 140 '
      'citations, indice h = 29.')
    a('= Parcours professionnel')
    for d, t in [("depuis 2012", "*Professeure des universités*, Université Grenoble Alpes (Université Joseph-"
                                 "Fourier jusqu'en 2015), UFR PhITEM -- promue classe exceptionnelle en 2022"),
                 ("2019 -- 2023", "*Directrice adjointe*, Institut des Géosciences de l'Environnement (IGE), "
                                  "Grenoble"),
                 ("2004 -- 2012", "*Maîtresse de conférences*, Université Joseph-Fourier, Grenoble"),
                 ("2008 -- 09", "*Délégation CNRS* (mise à disposition), UMR 5194 PACTE"),
                 ("sept. 2016 -- févr. 2017", "*Professeure invitée* (congé pour recherches ou conversions "
                                              "thématiques, CRCT), Università degli Studi di Padova"),
                 ("2002 -- 2004", "*Ingénieure de recherche* (CDD), Irstea (ex-Cemagref), unité ETNA, Grenoble")]:
        a(f'#ent[{d}][{t}]')
    a('= Diplômes')
    for d, t in [("2010", "*Habilitation à diriger des recherches (HDR)*, Université Joseph-Fourier -- "
                          "_Dynamique sédimentaire des torrents alpins_"),
                 ("1998 -- 2001", "*Doctorat* en sciences de la Terre (mention très honorable avec félicitations), "
                                  "Université Joseph-Fourier, Grenoble"),
                 ("1997", "*DEA* Mécanique des milieux géophysiques et environnement, INP Grenoble"),
                 ("1994 -- 1997", "*Diplôme d'ingénieur*, École nationale supérieure d'hydraulique et de mécanique "
                                  "de Grenoble (ENSHMG)")]:
        a(f'#ent[{d}][{t}]')
    a('= Distinctions')
    for d, t in [("2021", "Membre senior de l'Institut universitaire de France (IUF)"),
                 ("2015", "Prix Paul Doistau–Émile Blutet de l'Académie des sciences"),
                 ("2002", "Prix de thèse de la Société hydrotechnique de France")]:
        a(f'#ent[{d}][{t}]')
    a('= Projets de recherche financés')
    for d, t in [("2022 -- 2026", "ANR PRC _TORRENTS-2100_, 540 k€ -- coordinatrice (PI)"),
                 ("2019 -- 2023", "Interreg ALCOTRA _RISK-ALP_, 1,2 M€ au total -- responsable scientifique "
                                  "partenaire UGA (co-PI)"),
                 ("2015 -- 2019", "LabEx OSUG\\@2020, projet _NEIGE-CRUE_, 120 k€ -- PI"),
                 ("2011 -- 2014", "Programme EC2CO (CNRS-INSU), 35 k€ -- PI")]:
        a(f'#ent[{d}][{t}]')
    a('= Encadrement doctoral')
    a('Co-direction de 9 thèses soutenues (taux d\'encadrement total 5,5) ; devenir des docteurs :')
    for d, t in [("2023", "Romain Delacroix -- aujourd'hui chargé de recherche INRAE, Lyon"),
                 ("2020", "Clara Pellegrini -- maîtresse de conférences, Université Savoie Mont Blanc"),
                 ("2017", "Mathieu Fairweather -- ingénieur hydrologue, EDF-DTG, Grenoble"),
                 ("2014", "Inès Grimaldi -- post-doctorante puis chercheuse, WSL Davos (Suisse)")]:
        a(f'#ent[{d}][{t}]')
    a('= Publications')
    a('Classement selon la nomenclature HCERES ; la numérotation est continue. Mon nom est en gras.')
    k = 0
    a('== Articles dans des revues internationales à comité de lecture (ACL)')
    for p in acl:
        k += 1
        a(f'#ent[[{k}]][{typ_esc(au(p))} ({p["year"]}). {typ_esc(p["title"])}. _{typ_esc(p["venue"])}_, {p["vol"]}, '
          f'{p["pages"]}.]')
    a('== Articles soumis')
    for p in sub:
        k += 1
        a(f'#ent[[{k}]][{typ_esc(au(p))}. {typ_esc(p["title"])}. Soumis à _{p["venue"]}_.]')
    a('== Communications avec actes dans un congrès international (ACTI)')
    for p in acti:
        k += 1
        a(f'#ent[[{k}]][{typ_esc(au(p))} ({p["year"]}). {typ_esc(p["title"])}. _{p["venue"]} {p["year"]}_, '
          f'{p["num"]} p.]')
    a('== Ouvrages et chapitres d\'ouvrages (OS)')
    for p in os_:
        k += 1
        a(f'#ent[[{k}]][{typ_esc(au(p))} ({p["year"]}). {typ_esc(p["title"])}. In : Richard D. et Gay M. (dir.), '
          f'_Les risques naturels en montagne_, Éditions Quæ, Versailles, p. {p["pages"]}.]')
    a('= Enseignement')
    a('Environ 220 h équivalent TD par an : hydrologie (L3), risques naturels (M1), géomorphologie torrentielle '
      '(M2 Sciences de la Terre), école d\'été franco-italienne (depuis 2017).')
    a('= Responsabilités collectives')
    for d, t in [("depuis 2020", "Membre nommée de la section 36 du CNU"),
                 ("2016 -- 2022", "Rédactrice associée, _Hydrological Sciences Journal_"),
                 ("2013 -- 2017", "Responsable du master Sciences de la Terre et de l'environnement")]:
        a(f'#ent[{d}][{t}]')
    a('= Diffusion et médias')
    a('Interventions dans _Le Monde_ (2022, crues de l\'Arve), France Culture (_La Méthode scientifique_, 2023).')
    return "\n".join(L), dict(acl=acl, sub=sub, acti=acti, os=os_)


def build_11() -> tuple[str, dict]:
    me = ("T", "Vance-Okafor")
    jv = ["Journal of Lightwave Technology", "Optics Express", "IEEE Photonics Technology Letters", "Optica",
          "Nature Photonics", "IEEE Journal of Selected Topics in Quantum Electronics"]
    cv = ["OFC", "ECOC", "CLEO"]
    sel_note = {}
    jour = make_pubs(1101, VOCAB_OPT, 34, jv, (2001, 2024), me, 0.25, 0.4)
    conf = make_pubs(1102, VOCAB_OPT, 30, cv, (2000, 2024), me, 0.3, 0.35)
    book = make_pubs(1103, VOCAB_OPT, 1, ["Springer"], (2019, 2019), me, 1.0, 0.0, (2, 2))
    chap = make_pubs(1104, VOCAB_OPT, 3, ["Optical Fiber Telecommunications VII"], (2016, 2020), me, 0.6, 0.2,
                     (1, 3))
    longc = {"OFC": "Optical Fiber Communication Conference (OFC)", "ECOC": "European Conference on Optical "
             "Communication (ECOC)", "CLEO": "Conference on Lasers and Electro-Optics (CLEO)"}
    sel = [jour[2], conf[1], jour[9], jour[15], conf[20], jour[27]]
    L = []
    a = L.append
    a("# Theodora Vance-Okafor, Ph.D.")
    a("")
    a("**Vice President and Director, Optical Interconnect Research** · Nokia Bell Labs, Murray Hill, NJ  ")
    a("theo.vanceokafor@example.com · +1 202 555 0139 · [LinkedIn](https://www.linkedin.example.com/in/tvo) · "
      "[Scholar](https://scholar.example.com/citations?user=tvo00)")
    a("")
    a("*Last updated: 1 March 2025 · 13 pages when printed*")
    a("")
    a("> Google Scholar: 9,812 citations · h-index 44 · i10-index 128 · 61 granted US patents")
    a("")
    a("## Summary")
    a("")
    a("Research leader with 24 years in optical communications: silicon photonics, coherent transceivers and "
      "co-packaged optics. Leads a department of 65 researchers across Murray Hill, Nozay (France) and Stuttgart. "
      "IEEE Fellow and Optica Fellow.")
    a("")
    a("## Professional Experience")
    a("")
    for h, d, bl in [
        ("Nokia Bell Labs, Murray Hill, NJ — Vice President and Director, Optical Interconnect Research",
         "2019 – present", ["Owns the co-packaged optics roadmap; budget USD 38M/year",
                            "Grew the department from 22 to 65 researchers"]),
        ("Nokia Bell Labs, Holmdel, NJ — Department Head, Photonic Subsystems", "2014 – 2019",
         ["Led the 1.2 Tb/s transceiver prototype programme"]),
        ("Alcatel-Lucent Bell Labs, Holmdel, NJ — Distinguished Member of Technical Staff", "2008 – 2014", []),
        ("Alcatel-Lucent Bell Labs — Member of Technical Staff", "2001 – 08", []),
        ("Columbia University, Department of Electrical Engineering — Adjunct Professor", "since 2012",
         ["Teaches EE E6940 Optical Networks every spring"]),
        ("Technical University of Denmark (DTU Fotonik) — Visiting Professor (industrial sabbatical)",
         "Sep 2017 – Feb 2018", []),
    ]:
        a(f"### {h}")
        a(f"*{d}*")
        a("")
        for b in bl:
            a(f"- {b}")
        if bl:
            a("")
    a("## Education")
    a("")
    a("- **Ph.D.**, Electrical Engineering, Stanford University, 1996–2001. Thesis: *Monolithic wavelength "
      "converters for burst-mode networks*")
    a("- **M.S.**, Electrical Engineering, Stanford University, 1998")
    a("- **B.Eng.** (First Class), Electronic Engineering, University of Lagos, 1994")
    a("")
    a("## Honours")
    a("")
    for t in ["IEEE Fellow (2020)", "Optica (OSA) Fellow (2017)", "Bell Labs President's Gold Award (2016, 2021)",
              "John Tyndall Award finalist (2023)", "Member, US National Academy of Engineering (2024)"]:
        a(f"- {t}")
    a("")
    a("## Selected Publications")
    a("")
    a("Six papers chosen for this application; all appear again in the full list below.")
    a("")

    def item(p, kind):
        au = names(p, bold=("**", "**"))
        if kind == "j":
            return f"{au}, \"{p['title']},\" *{p['venue']}*, vol. {p['vol']}, no. {p['num']}, pp. {p['pages']}, {p['year']}."
        if kind == "c":
            return f"{au}, \"{p['title']},\" in *{longc[p['venue']]} {p['year']}*, paper {p['venue'][0]}{p['num']}.{p['vol'] % 9 + 1}."
        return ""

    for p in sel:
        a(f"- {item(p, 'j' if p in jour else 'c')}")
    a("")
    a("## Full List of Publications")
    a("")
    a("### Books")
    a("")
    a(f"1. {names(book[0])}, *{book[0]['title']}*. Cham: Springer, 2019. 412 pp.")
    a("")
    a("### Book chapters")
    a("")
    for i, p in enumerate(chap, 2):
        a(f"{i}. {names(p)}, \"{p['title']},\" in A. Willner (ed.), *Optical Fiber Telecommunications VII*, "
          f"Academic Press, {p['year']}, ch. {p['num']}.")
    a("")
    a("### Journal papers")
    a("")
    k = 1 + len(chap)
    for p in jour:
        k += 1
        a(f"{k}. {item(p, 'j')}")
    a("")
    a("### Conference papers (peer reviewed)")
    a("")
    for p in conf:
        k += 1
        a(f"{k}. {item(p, 'c')}")
    a("")
    a("## Patents (selected, of 61 granted)")
    a("")
    for i in range(1, 7):
        a(f"- US {10 + i},{(i * 137) % 900 + 100:03d},{(i * 731) % 900 + 100:03d} B2, \"Optical transceiver with "
          f"{['adaptive', 'shared', 'thermal', 'passive', 'integrated', 'redundant'][i - 1]} wavelength control,\" "
          f"granted {2012 + 2 * i}.")
    a("")
    a("## Invited and Plenary Talks (selection)")
    a("")
    for t in ["Plenary, OFC 2024, San Diego", "Tutorial, ECOC 2021, Bordeaux", "Keynote, Photonics West 2019",
              "Invited, CLEO 2015, San Jose"]:
        a(f"- {t}")
    a("")
    a("## Professional Service")
    a("")
    a("- General Chair, OFC 2022; Technical Program Chair, OFC 2020")
    a("- Associate Editor, *Journal of Lightwave Technology* (2015–2021)")
    a("- Board of Directors, Optica (2022–2025)")
    a("")
    a("## Mentoring")
    a("")
    a("- Mentored 14 postdoctoral researchers at Bell Labs; six are now faculty (e.g. Dr. K. Halvorsen, now "
      "Associate Professor, Chalmers University of Technology; Dr. R. Oyelowo, now Assistant Professor, UC Santa "
      "Barbara).")
    a("")
    a("## Media")
    a("")
    a("- Quoted in *IEEE Spectrum* (2023) and *The Economist* (2024) on optical links for AI clusters.")
    _ = sel_note
    return "\n".join(L) + "\n", dict(jour=jour, conf=conf, book=book, chap=chap, sel=sel)
