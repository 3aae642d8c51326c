"""A senior professor's long CV (invented): Appointments, Grants, numbered publications by kind.

Publications are numbered continuously across Journal Articles, Refereed
Conference Papers and Book Chapters; Invited Talks follow and are not
publications. The candidate is mostly the last author, as seniors are.
"""
from __future__ import annotations

from pathlib import Path

from tests.heldout2.render import Pdf

ME = "H. R. Marlowe"

# (authors, title, venue as printed, label venue, year, tail)
JOURNAL = [
    (["T. Okafor", "L. Brennan", ME], "Physics-guided recurrent networks for streamflow forecasting in snow-dominated basins",
     "Water Resources Research", "Water Resources Research", 2024, "60(3), e2023WR035512"),
    (["M. Ishikawa", ME], "Learning groundwater recharge from sparse well records with graph neural operators",
     "Journal of Hydrology", "Journal of Hydrology", 2023, "617, 129044"),
    (["R. Delgado-Pineda", "S. Volkova", "T. Okafor", ME], "Uncertainty-aware flood inundation mapping from synthetic aperture radar",
     "Remote Sensing of Environment", "Remote Sensing of Environment", 2023, "284, 113360"),
    ([ME, "J. K. Abernethy"], "Why hydrologic models disagree: a decomposition of structural error across 600 catchments",
     "Hydrology and Earth System Sciences", "Hydrology and Earth System Sciences", 2021, "25, 4411–4432"),
    (["P. Lindgren", "A. Mbeki", ME], "Transferable soil moisture retrieval across climate zones",
     "Geophysical Research Letters", "Geophysical Research Letters", 2021, "48(9), e2021GL092871"),
    (["S. Volkova", ME], "Nitrate transport under tile drainage: a coupled process and data model",
     "Environmental Science & Technology", "Environmental Science & Technology", 2020, "54(12), 7210–7219"),
    (["W. Chen", "T. Okafor", "J. K. Abernethy", ME], "Regionalizing low-flow statistics with hierarchical Bayesian models",
     "Water Resources Research", "Water Resources Research", 2019, "55(8), 6601–6620"),
    ([ME, "D. Fairweather", "C. Oyelaran"], "A benchmark of snowmelt runoff models for the Upper Colorado River Basin",
     "Journal of Hydrometeorology", "Journal of Hydrometeorology", 2016, "17(4), 1123–1141"),
    (["E. Castellanos", ME], "Stochastic rainfall generators conditioned on large-scale circulation",
     "Advances in Water Resources", "Advances in Water Resources", 2014, "71, 55–68"),
    ([ME, "G. P. Whitcombe"], "Identifiability of conceptual rainfall-runoff models under data scarcity",
     "Journal of Hydrology", "Journal of Hydrology", 2010, "391(1–2), 84–97"),
    (["K. Narayan", ME, "G. P. Whitcombe"], "Scaling of evapotranspiration from eddy covariance towers to watersheds",
     "Agricultural and Forest Meteorology", "Agricultural and Forest Meteorology", 2008, "148(11), 1802–1815"),
    ([ME, "G. P. Whitcombe"], "A particle filter for joint state and parameter estimation in distributed hydrologic models",
     "Water Resources Research", "Water Resources Research", 2005, "41(10), W10412"),
]
CONFERENCE = [
    (["T. Okafor", "M. Ishikawa", ME], "Foundation models for river basins: pretraining on continental streamflow records",
     "Proceedings of the AAAI Conference on Artificial Intelligence (AAAI)", "AAAI", 2025, "pp. 28110–28118"),
    (["A. Mbeki", ME], "Active sensor placement for groundwater monitoring networks",
     "Proceedings of the 29th ACM SIGKDD Conference on Knowledge Discovery and Data Mining (KDD)", "KDD", 2023, "pp. 4550–4560"),
    (["R. Delgado-Pineda", ME], "Weakly supervised flood segmentation from Sentinel-1 time series",
     "NeurIPS Workshop on Tackling Climate Change with Machine Learning", "NeurIPS Workshop", 2022, ""),
    (["M. Ishikawa", "W. Chen", ME], "Graph neural operators for aquifer response",
     "International Conference on Learning Representations (ICLR), Workshop on AI for Earth Sciences", "ICLR Workshop", 2022, ""),
    (["S. Volkova", "P. Lindgren", ME], "Sequential experimental design for tracer tests",
     "World Environmental and Water Resources Congress (EWRI)", "World Environmental and Water Resources Congress", 2021, "pp. 310–321"),
    (["W. Chen", ME], "Scalable Gaussian processes for regional hydrology",
     "Proceedings of the 13th International Conference on Hydroinformatics (HIC)", "International Conference on Hydroinformatics", 2018, "pp. 402–410"),
    ([ME, "E. Castellanos", "D. Fairweather"], "Operational ensemble forecasting for reservoir release decisions",
     "World Environmental and Water Resources Congress (EWRI)", "World Environmental and Water Resources Congress", 2017, "pp. 88–97"),
    (["E. Castellanos", ME], "Downscaling precipitation with analog ensembles",
     "Proceedings of the 11th International Conference on Hydroinformatics (HIC)", "International Conference on Hydroinformatics", 2014, "pp. 1201–1208"),
    (["C. Oyelaran", ME], "Real-time data assimilation for urban drainage networks",
     "International Conference on Urban Drainage (ICUD)", "International Conference on Urban Drainage", 2014, "pp. 77–84"),
    (["D. Fairweather", ME], "Snow water equivalent from passive microwave and terrain covariates",
     "IEEE International Geoscience and Remote Sensing Symposium (IGARSS)", "IGARSS", 2013, "pp. 3321–3324"),
    (["K. Narayan", ME], "Footprint-aware upscaling of latent heat flux",
     "IEEE International Geoscience and Remote Sensing Symposium (IGARSS)", "IGARSS", 2011, "pp. 1450–1453"),
    ([ME, "K. Narayan"], "Sequential Monte Carlo for hydrologic model calibration on clusters",
     "World Environmental and Water Resources Congress (EWRI)", "World Environmental and Water Resources Congress", 2009, "pp. 1–10"),
    ([ME, "G. P. Whitcombe", "L. Brennan"], "Ensemble Kalman smoothing of soil moisture profiles",
     "Proceedings of the 8th International Conference on Hydroinformatics (HIC)", "International Conference on Hydroinformatics", 2006, "pp. 512–519"),
    (["J. Ferreira", ME], "Interpretable features for drought early warning",
     "IEEE International Conference on Data Mining Workshops (ICDMW)", "ICDM Workshop", 2012, "pp. 845–852"),
]
CHAPTERS = [
    ([ME], "Data assimilation in hydrology: a practitioner's guide",
     "In: Handbook of Hydrologic Modeling (V. Sorensen, ed.), Springer", "Handbook of Hydrologic Modeling", 2019, "pp. 211–248"),
    (["T. Okafor", ME], "Machine learning for streamflow prediction",
     "In: Artificial Intelligence in Earth Science (N. Haddad and J. Qi, eds.), Elsevier", "Artificial Intelligence in Earth Science", 2023, "pp. 97–130"),
    ([ME, "S. Volkova"], "Coupling process models with data-driven components",
     "In: Advances in Environmental Modelling, Vol. 4 (R. Tamm, ed.), Wiley", "Advances in Environmental Modelling", 2020, "pp. 45–71"),
]
TALKS = [
    ("2024", "“Can machine learning be trusted with the water supply?” Keynote, European Geosciences Union General Assembly, Vienna, Austria."),
    ("2023", "“Hydrology in the age of foundation models.” Distinguished Lecture, Department of Civil Engineering, University of Toronto."),
    ("2022", "“Learning from 600 catchments.” Plenary, AGU Chapman Conference on Hydrologic Uncertainty, Jackson Hole, WY."),
    ("2019", "“Data assimilation for everyone.” Invited seminar, Deltares, Delft, The Netherlands."),
    ("2017", "“Forecasting reservoirs under drought.” Invited talk, Colorado Water Congress Annual Convention, Denver, CO."),
]


def _authors(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", and " + names[-1] if len(names) > 2 \
        else " and ".join(names)


def build(out: Path) -> dict:
    pdf = Pdf("serif", size=11, margin=22, letter=True)
    pdf.line("CURRICULUM VITAE", "B", 10, "C")
    pdf.gap(2)
    pdf.line("Helena R. Marlowe", "B", 17, "C")
    pdf.line("Professor of Civil, Environmental, and Geo-Engineering", "", 11, "C")
    pdf.line("University of Minnesota, 500 Pillsbury Drive SE, Minneapolis, MN 55455", "", 10, "C")
    pdf.line("Tel: (612) 555-0147   •   Email: hmarlowe@umn.example.edu", "", 10, "C")
    pdf.line("https://marlowe-hydro.example.org", "", 10, "C", link="https://marlowe-hydro.example.org")

    pdf.heading("Appointments")
    for when, what in [
        ("2016–present", "Professor, Department of Civil, Environmental, and Geo-Engineering, University of Minnesota"),
        ("2021–present", "Director, Center for Water Informatics, University of Minnesota"),
        ("2011–2016", "Associate Professor, Department of Civil and Environmental Engineering, Colorado State University"),
        ("2013", "Visiting Scientist (sabbatical), Swiss Federal Institute of Aquatic Science and Technology (Eawag), Dübendorf"),
        ("2005–2011", "Assistant Professor, Department of Civil and Environmental Engineering, Colorado State University"),
        ("2003–2005", "Postdoctoral Researcher, National Center for Atmospheric Research, Boulder, CO"),
    ]:
        pdf.dated(when, what)

    pdf.heading("Education")
    for when, what in [
        ("2003", "Ph.D., Civil and Environmental Engineering, Stanford University. "
                 "Dissertation: Sequential data assimilation for distributed hydrologic models. Advisor: G. P. Whitcombe."),
        ("1999", "M.S., Civil Engineering, University of Washington"),
        ("1997", "B.Eng., Civil Engineering (with distinction), McGill University"),
    ]:
        pdf.dated(when, what)

    pdf.heading("Research Interests")
    pdf.line("Hydrologic data assimilation; machine learning for water resources; flood and drought forecasting; "
             "uncertainty quantification in environmental models.")

    pdf.heading("Honors and Awards")
    awards = [
        ("2022", "Fellow, American Geophysical Union"),
        ("2020", "Walter L. Huber Civil Engineering Research Prize, ASCE"),
        ("2018", "Distinguished McKnight University Professorship, University of Minnesota"),
        ("2015", "Editor's Citation for Excellence in Refereeing, Water Resources Research"),
        ("2012", "George T. Abell Outstanding Mid-Career Faculty Award, Colorado State University"),
        ("2008", "NSF CAREER Award"),
        ("2004", "Best Dissertation Award, Consortium of Universities for the Advancement of Hydrologic Science"),
    ]
    for when, what in awards:
        pdf.dated(when, what)

    pdf.heading("Grants and Funding")
    for when, what in [
        ("2023–2027", "NSF Convergence Accelerator, “Trustworthy AI for regional water supply” (PI), $1,450,000."),
        ("2021–2024", "NOAA Joint Technology Transfer Initiative, “Operational streamflow ensembles” (Co-PI), $620,000."),
        ("2019–2022", "USDA NIFA, “Nitrate under tile drainage” (PI), $498,000."),
        ("2016–2020", "NASA Terrestrial Hydrology Program, “SAR flood mapping” (Co-PI), $735,000."),
        ("2008–2013", "NSF CAREER, “Particle filters for hydrology: research and education” (PI), $402,000."),
    ]:
        pdf.dated(when, what)

    pdf.heading("Publications")
    pdf.line("Advisees are listed first in most papers; total citations ≈ 7,900 (Google Scholar, 2025).", "I", 9.5)
    n = 0
    for title, group in [("Journal Articles", JOURNAL), ("Refereed Conference Papers", CONFERENCE),
                         ("Book Chapters", CHAPTERS)]:
        pdf.heading(title, size=11.5, rule=False, before=2)
        for authors, ttl, printed, _label, year, tail in group:
            n += 1
            text = f"{_authors(authors)}. “{ttl}.” {printed}"
            text += f", {tail}, {year}." if tail else f", {year}."
            pdf.dated(f"[{n}]", text, col=11)

    pdf.heading("Invited Talks")
    for when, what in TALKS:
        pdf.dated(when, what, col=14)

    pdf.heading("Teaching")
    for when, what in [
        ("2016–present", "CEGE 5411 Stochastic Hydrology (graduate); CEGE 3502 Fluid Mechanics (undergraduate)"),
        ("2005–2016", "CIVE 520 Physical Hydrology; CIVE 622 Data Assimilation (new course, 2007)"),
    ]:
        pdf.dated(when, what)

    pdf.heading("Advising")
    pdf.line("Ph.D. graduates (9): T. Okafor (2024, now at NOAA), M. Ishikawa (2023), R. Delgado-Pineda (2023), "
             "S. Volkova (2021), W. Chen (2019), E. Castellanos (2015), D. Fairweather (2014), C. Oyelaran (2014), "
             "K. Narayan (2011). Current Ph.D. students: A. Mbeki, P. Lindgren, J. Ferreira.")

    pdf.heading("Professional Service")
    for when, what in [
        ("2019–2024", "Associate Editor, Water Resources Research"),
        ("2017–present", "Editorial Board, Journal of Hydrology"),
        ("2022", "Panelist, NSF Hydrologic Sciences Program"),
        ("2015–2018", "Chair, AGU Hydrology Section Technical Committee on Hydrologic Uncertainty"),
    ]:
        pdf.dated(when, what)
    pages = pdf.save(out)
    assert pages >= 4, f"professor CV should run to 4+ pages, got {pages}"

    pubs = JOURNAL + CONFERENCE + CHAPTERS
    return {
        "name": "Helena R. Marlowe",
        "name_any": ["Helena Marlowe", "Helena R. Marlowe", "H. R. Marlowe"],
        "emails": ["hmarlowe@umn.example.edu"],
        "phones": ["+16125550147"],
        "links": ["marlowe-hydro.example.org"],
        "education": [
            {"institution": "Stanford University", "degree_level": "phd", "start": None, "end": "2003"},
            {"institution": "University of Washington", "degree_level": "master", "start": None, "end": "1999"},
            {"institution": "McGill University", "degree_level": "bachelor", "start": None, "end": "1997"},
        ],
        "experience": [
            {"organization": "University of Minnesota", "title": "Professor", "start": "2016", "end": "present"},
            {"organization": "Center for Water Informatics, University of Minnesota", "title": "Director",
             "start": "2021", "end": "present"},
            {"organization": "Colorado State University", "title": "Associate Professor", "start": "2011", "end": "2016"},
            {"organization": "Swiss Federal Institute of Aquatic Science and Technology (Eawag)",
             "title": "Visiting Scientist", "start": "2013", "end": "2013"},
            {"organization": "Colorado State University", "title": "Assistant Professor", "start": "2005", "end": "2011"},
            {"organization": "National Center for Atmospheric Research", "title": "Postdoctoral Researcher",
             "start": "2003", "end": "2005"},
        ],
        "publications_count": len(pubs),
        "first_author_count": sum(1 for p in pubs if p[0][0] == ME),
        "publications_sample": [
            {"title": JOURNAL[0][1], "venue": JOURNAL[0][3], "year": JOURNAL[0][4]},
            {"title": JOURNAL[3][1], "venue": JOURNAL[3][3], "year": JOURNAL[3][4]},
            {"title": CONFERENCE[1][1], "venue": "KDD", "year": 2023},
            {"title": CONFERENCE[2][1], "venue": "NeurIPS Workshop", "year": 2022},
            {"title": CHAPTERS[0][1], "venue": CHAPTERS[0][3], "year": 2019},
        ],
        "research_interests_any": ["hydrologic data assimilation", "machine learning for water resources",
                                   "flood and drought forecasting"],
        "awards_count": len(awards),
        "layout": "4+ page letter PDF, date column on the left, numbered publications by kind",
        "notes": "29 publications numbered [1]-[29] across Journal Articles / Refereed Conference Papers / "
                 "Book Chapters; the 5 Invited Talks are not publications; Grants are neither awards nor "
                 "experience; the Advising list names students, not the candidate's positions.",
    }
