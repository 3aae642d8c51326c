"""05: French CNRS ecology research director (English CV), python-docx kept as DOCX; papers under year sub-headings."""
from __future__ import annotations

import docx29 as dx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

NAME = "05_fr_ecology_research_director_docx"
ME = "**Vasseur-Lindgren H**"

# __x__ = student or postdoc supervised by HVL (underlined), † = equal contribution
BY_YEAR = {
    "2025": [
        f"__Bouchard-Nguyen L__, {ME}. Thermal tolerance of Mediterranean ants along an urban gradient. "
        "*Ecology Letters* (in press).",
        f"{ME}, Okafor T, Lindholm P, et al. Pollinator network rewiring after the 2022 drought in southern France. "
        "*Nature Ecology & Evolution* (accepted).",
    ],
    "2024": [
        f"__Marín-Echeverri C__†, __Dubois A__†, Castel F, {ME}. Urban heat islands shift flowering phenology "
        "and bee visitation. *Journal of Ecology* 112: 1455–1469.",
        f"Global Pollinator Observatory Consortium: Haugen R, Moreau S, {ME} and 23 others. Standardised pan-trap "
        "data for 412 sites on five continents. *Scientific Data* 11: 318.",
        f"{ME}, __Bouchard-Nguyen L__, Castel F. Microclimate buffering in garrigue shrublands. *Oikos* 2024: e10422.",
    ],
    "2023": [
        f"{ME}, Lindholm P. Network robustness under species loss: a reassessment. *Ecology* 104: e3988.",
        f"__Dubois A__, {ME}. Nesting resources limit ground-nesting bees in vineyards. *Agriculture, Ecosystems "
        "& Environment* 345: 108327.",
        f"Okafor T, Brennan-Reyes J, {ME}, et al. Insect declines in protected areas of Europe. *Conservation "
        "Biology* 37: e14102.",
    ],
    "2022": [
        f"{ME}, __Marín-Echeverri C__, Moreau S. Climate-driven mismatch between orchids and their pollinators. "
        "*Global Change Biology* 28: 3310–3324.",
        f"Castel F, {ME}. Allometry of foraging range in solitary bees revisited. *Functional Ecology* 36: 612–623.",
    ],
    "2021": [
        f"{ME}. Plant–pollinator networks in a warming Mediterranean (Review). *Annual Review of Ecology, Evolution, "
        "and Systematics* 52: 211–234.",
        f"__Kowalski J__, {ME}, Haugen R. Wild bee occupancy from citizen-science records. *Ecography* 44: 1021–1033.",
        f"Moreau S, Brennan-Reyes J, Lindholm P, Okafor T, {ME}. Pesticide exposure across land-use gradients. "
        "*Journal of Applied Ecology* 58: 2340–2351.",
    ],
    "2020": [
        f"{ME}, __Kowalski J__. Phenological plasticity of bumblebees on Mont Ventoux. *Proceedings of the Royal "
        "Society B* 287: 20201145.",
        f"Haugen R, {ME}, Castel F. Trait matching and network specialisation. *American Naturalist* 195: 880–893.",
    ],
    "2019": [
        f"{ME}, Moreau S. Specialisation asymmetry in Mediterranean pollination webs. *Ecology Letters* 22: 1321–1331.",
        f"__Lefèvre M__, {ME}. Thermal niches of hoverflies. *Insect Conservation and Diversity* 12: 377–388.",
    ],
    "2018": [
        f"{ME}, Lindholm P, Okafor T. Seasonal turnover in pollinator networks. *Oikos* 127: 1544–1555.",
        f"Brennan-Reyes J, {ME}. Habitat amount versus fragmentation for wild bees. *Landscape Ecology* 33: 901–914.",
    ],
    "2016": [
        f"{ME}. Extinction cascades in empirical plant–pollinator webs. *Ecology* 97: 2455–2466.",
        f"Castel F, Haugen R, {ME}. Body size and flight temperature in Andrena. *Journal of Thermal Biology* "
        "60: 73–81.",
    ],
    "2014": [
        f"{ME}, Haugen R. Altitudinal shifts of bumblebee communities in the Pyrenees. *Global Change Biology* "
        "20: 1822–1834.",
    ],
    "2012": [
        f"Lindholm P, {ME}. Modularity in tropical pollination networks. *Oecologia* 169: 1067–1076.",
        f"{ME}. Null models for network nestedness. *Methods in Ecology and Evolution* 3: 522–531.",
    ],
    "2009": [
        f"{ME}, Sheldon-Achebe R. Great tit breeding phenology and caterpillar peaks. *Journal of Animal Ecology* "
        "78: 1000–1010.",
    ],
}

CHAPTERS = [
    f"{ME}, Castel F (2021). Pollination in Mediterranean ecosystems. In: Arianoutsou M, Ruiz-Prieto J (eds.), "
    "*Mediterranean Ecosystems in a Changing World*. Springer, Cham, pp. 233–259.",
    f"{ME} (2015). Les réseaux plantes–pollinisateurs. In: Leroux X (ed.), *Écologie des communautés*. Éditions "
    "Quæ, Versailles, pp. 101–122.",
]


def build(path):
    doc = dx.new_doc("Calibri", 10, 2.0)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dx.page_line(hp, "H. Vasseur-Lindgren – CV – ", "/", "")
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("CEFE UMR 5175, 1919 route de Mende, 34293 Montpellier cedex 5, France").font.size = Pt(7.5)
    ffp = sec.first_page_footer.paragraphs[0]
    ffp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ffp.add_run("CV updated 15 January 2025").font.size = Pt(7.5)

    p = doc.add_paragraph()
    r = p.add_run("Hélène VASSEUR-LINDGREN")
    r.bold = True
    r.font.size = Pt(18)
    dx.rich(doc.add_paragraph(), "Research Director (Directrice de recherche) CNRS – Centre d'Écologie Fonctionnelle et "
            "Évolutive (CEFE), Montpellier")
    dx.rich(doc.add_paragraph(), "Born 1977, French and Swedish citizen  |  ✉ helene.vasseur-lindgren@cefe.cnrs.example.fr  |  "
            "☎ +33 4 65 71 07 42  |  ORCID 0000-0003-5550-2291")

    dx.heading(doc, "Research interests", 11)
    doc.add_paragraph("Plant–pollinator interactions; ecological networks; climate change ecology; urban ecology; "
                      "insect conservation.")

    dx.heading(doc, "Positions", 11)
    dx.dated(doc, "2021 – present", "Deputy Director, CEFE (UMR 5175, CNRS – Université de Montpellier)")
    dx.dated(doc, "2017 – present", "Directrice de recherche (DR2), CNRS, CEFE Montpellier")
    dx.dated(doc, "2009 – 2017", "Chargée de recherche (CR1), CNRS, CEFE Montpellier")
    dx.dated(doc, "Jan – Apr 2014", "Visiting scientist, Smithsonian Tropical Research Institute, Panama")
    dx.dated(doc, "2006 – 2009", "Postdoctoral researcher, Edward Grey Institute, Department of Zoology, University "
             "of Oxford (UK)")

    dx.heading(doc, "Education", 11)
    dx.dated(doc, "2013", "Habilitation à diriger des recherches (HDR), Université de Montpellier")
    dx.dated(doc, "2002 – 2005", "PhD in Ecology, Université Paris-Sud (Orsay). Supervisor: Prof. Guy Arnaudet")
    dx.dated(doc, "2001 – 2002", "DEA (Master 2) Écologie, Sorbonne Université (then Université Pierre et Marie Curie)")
    dx.dated(doc, "1998 – 2001", "Magistère de Biologie, École normale supérieure de Lyon")

    dx.heading(doc, "Awards and distinctions", 11)
    dx.dated(doc, "2020", "CNRS Silver Medal (Médaille d'argent)")
    dx.dated(doc, "2016", "ERC Consolidator Grant laureate (see Funding)")
    dx.dated(doc, "2011", "British Ecological Society Founders' Prize")

    dx.heading(doc, "Funding (as PI unless stated)", 11)
    for d, t in (("2022 – 2026", "ANR PRC 'URBANPOLL', €548,000 (coordinator)"),
                 ("2017 – 2022", "ERC Consolidator Grant 'NETWARM' (No. 772211), €1,996,000 (PI)"),
                 ("2019 – 2023", "Biodiversa+ 'BeeConnect', €310,000 (partner; co-I)"),
                 ("2012 – 2015", "ANR Jeunes Chercheurs 'PHENOPOLL', €220,000 (PI)")):
        dx.dated(doc, d, t)

    dx.heading(doc, "Publications", 11)
    dx.rich(doc.add_paragraph(), "h-index 38 (Web of Science). Underlined: students and postdocs I supervised; "
            "† equal contribution. 52 peer-reviewed articles; selected below by year.")
    dx.subheading(doc, "Peer-reviewed articles")
    for year, items in BY_YEAR.items():
        q = doc.add_paragraph()
        q.paragraph_format.space_before = Pt(4)
        q.paragraph_format.keep_with_next = True
        r = q.add_run(year)
        r.bold = True
        r.font.size = Pt(10.5)
        for t in items:
            dx.hanging(doc, t, "•", 0.5)
    dx.subheading(doc, "Book chapters")
    for t in CHAPTERS:
        dx.hanging(doc, t, "•", 0.5)

    dx.heading(doc, "Supervision", 11)
    doc.add_paragraph("PhD students (6 defended, 2 ongoing): Léa Bouchard-Nguyen (2021–, co-supervised); Camila "
                      "Marín-Echeverri (2019–2023, now postdoc at ETH Zürich); Antoine Dubois (2018–2022, now "
                      "ecologist at the Office français de la biodiversité); Jakub Kowalski (2016–2020, now Assistant "
                      "Professor, Jagiellonian University); Mathilde Lefèvre (2015–2019, now CNRS researcher). "
                      "Postdocs: 5. Master students: 14.")
    dx.heading(doc, "Editorial and evaluation activities", 11)
    dx.dated(doc, "2019 – present", "Senior Editor, *Journal of Ecology*")
    dx.dated(doc, "2015 – 2020", "Associate Editor, *Oikos*")
    dx.dated(doc, "2021 – 2025", "Member, CNRS National Committee, Section 29")
    dx.dated(doc, "2018, 2022", "ERC Starting Grant panel LS8, remote reviewer")
    dx.heading(doc, "Invited talks (selection)", 11)
    for d, t in (("Sep 2024", "Plenary, European Ecological Federation congress, Cluj-Napoca, Romania"),
                 ("Dec 2023", "Keynote, British Ecological Society Annual Meeting, Belfast, UK"),
                 ("May 2022", "Seminar, Swedish University of Agricultural Sciences, Uppsala"),
                 ("Nov 2019", "Seminar, University of Bristol, School of Biological Sciences")):
        dx.dated(doc, d, t)
    dx.heading(doc, "Teaching", 11)
    doc.add_paragraph("Université de Montpellier, Master BEE: 'Ecological networks' (HAV912E, 24 h/yr, 2012–present); "
                      "field course 'Mediterranean pollinators' (Mont Lozère, annually in June).")
    dx.heading(doc, "Outreach and media", 11)
    doc.add_paragraph("Interviews: Le Monde (2023), France Culture 'La Terre au carré' (2022), ARTE documentary "
                      "'Les abeilles sauvages' (scientific adviser, 2021).")
    dx.heading(doc, "Memberships", 11)
    doc.add_paragraph("British Ecological Society; Société Française d'Écologie et d'Évolution (board member "
                      "2019–2022); Ecological Society of America.")
    doc.core_properties.author = "Hélène Vasseur-Lindgren"
    doc.save(path)
