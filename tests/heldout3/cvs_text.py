"""Text-format CVs of invented people: an academic homepage (HTML) and a plain-text CV (TXT)."""
from __future__ import annotations

from pathlib import Path

from kit import label

HOMEPAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Aroha Tuhiwai-Brennan | Atmospheric Scientist</title>
<style>body{font-family:Georgia,serif;max-width:46em;margin:auto} nav a{margin-right:1em}</style>
</head><body>
<nav><a href="#about">Home</a><a href="#research">Research</a><a href="#pubs">Publications</a>
<a href="#cv">CV</a><a href="#contact">Contact</a></nav>
<header id="about">
<h1>Aroha Tuhiwai-Brennan</h1>
<p>Atmospheric Scientist &middot; NIWA, Wellington, Aotearoa New Zealand</p>
<p>Kia ora! I study how atmospheric rivers deliver extreme rain to the mountains of Aotearoa, and how
well climate models capture them. I am also a co-lead of the Southern Hemisphere Rivers network.</p>
</header>
<section id="research"><h2>Research interests</h2>
<ul><li>Atmospheric rivers and extreme precipitation</li><li>Climate model evaluation</li>
<li>Orographic rainfall</li></ul></section>
<section id="cv"><h2>Curriculum Vitae</h2>
<h3>Positions</h3>
<ul>
<li><b>Climate Scientist</b>, National Institute of Water and Atmospheric Research (NIWA), Wellington &mdash; 2023&ndash;present</li>
<li><b>Postdoctoral Research Fellow</b>, Department of Meteorology, University of Reading, UK &mdash; 2020&ndash;2023</li>
</ul>
<h3>Education</h3>
<ul>
<li>PhD in Physical Geography (Climate Science), Victoria University of Wellington, 2016&ndash;2020</li>
<li>BSc (Hons) in Physics, University of Otago, 2012&ndash;2015</li>
</ul>
<h3>Honours</h3>
<ul><li>NIWA Early Career Research Excellence Award, 2024</li>
<li>Meteorological Society of New Zealand Student Prize, 2019</li></ul>
</section>
<section id="pubs"><h2>Publications</h2>
<p><small>Student co-authors I supervised are underlined. Full list on
<a href="https://scholar.google.com/citations?user=Tb9aRr2AAAAJ">Google Scholar</a>.</small></p>
<ol reversed>
<li>Tuhiwai-Brennan, A., Hodgkins, M. J., &amp; Lau, S. Y. (2024). Landfalling atmospheric rivers in
CMIP6: biases in moisture transport over the Southern Alps. <i>Journal of Climate</i>, 37(4), 1201&ndash;1219.
<a href="https://doi.org/10.1175/JCLI-D-23-0999.1">doi</a></li>
<li>Hodgkins, M. J., Tuhiwai-Brennan, A., &amp; <u>Pere, T.</u> (2023). A 40-year catalogue of New Zealand
extreme rainfall events. <i>Geophysical Research Letters</i>, 50, e2023GL104412.</li>
<li>Tuhiwai-Brennan, A., &amp; Lau, S. Y. (2022). Orographic enhancement under warming: a
storyline approach. <i>Quarterly Journal of the Royal Meteorological Society</i>, 148(745), 2210&ndash;2228.</li>
<li>Tuhiwai-Brennan, A., Reeve, P., &amp; Hodgkins, M. J. (2021). Tracking moisture sources of
West Coast floods. <i>Weather and Climate Dynamics</i>, 2, 915&ndash;933.</li>
<li>Lau, S. Y., Okonjo, C., &amp; Tuhiwai-Brennan, A. (2020). Blocking and rainfall in the
Tasman Sea region. <i>Climate Dynamics</i>, 55, 3011&ndash;3027.</li>
</ol></section>
<section id="contact"><h2>Contact</h2>
<p>Email: aroha.brennan [at] niwa.co.nz<br>
<a href="https://github.com/atuhiwai">GitHub</a> &middot;
<a href="https://orcid.org/0000-0002-9079-593X">ORCID</a></p>
</section>
<footer><p>&copy; 2025 Aroha Tuhiwai-Brennan. Last updated March 2025.</p></footer>
</body></html>
"""


def homepage(out: Path) -> dict:
    f = "09_homepage.html"
    (out / f).write_text(HOMEPAGE, encoding="utf-8")
    return label(
        f, "Aroha Tuhiwai-Brennan", emails=["aroha.brennan@niwa.co.nz"], phones=[],
        links=["https://github.com/atuhiwai", "https://orcid.org/0000-0002-9079-593X",
               "https://scholar.google.com/citations?user=Tb9aRr2AAAAJ"],
        education=[("Victoria University of Wellington", "phd", "2016", "2020"),
                   ("University of Otago", "bachelor", "2012", "2015")],
        experience=[("National Institute of Water and Atmospheric Research (NIWA)", "Climate Scientist",
                     "2023", "present"),
                    ("University of Reading", "Postdoctoral Research Fellow", "2020", "2023")],
        publications_count=5, first_author_count=3,
        publications_sample=[
            ("Landfalling atmospheric rivers in CMIP6: biases in moisture transport over the Southern Alps",
             "Journal of Climate", 2024),
            ("A 40-year catalogue of New Zealand extreme rainfall events", "Geophysical Research Letters", 2023),
            ("Orographic enhancement under warming: a storyline approach",
             "Quarterly Journal of the Royal Meteorological Society", 2022)],
        research_interests_any=["atmospheric rivers", "climate model evaluation"],
        awards_count=2,
        notes="Homepage: nav bar words (Home, Research, CV, Contact), e-mail obfuscated as "
              "'name [at] domain' (a reader resolves it), links are anchors. APA entries (year after "
              "authors) in a reversed <ol>. Copyright footer is not a date of anything.")


PLAIN = """MORIKAWA Ren, Ph.D.
Assistant Professor
Institute for Solid State Physics (ISSP), The University of Tokyo
5-1-5 Kashiwanoha, Kashiwa, Chiba 277-8581, Japan
Mobile: +81-80-4512-7730
E-mail: r.morikawa@issp.u-tokyo.ac.jp
researchmap: https://researchmap.jp/rmorikawa

Born: March 3, 1991, Osaka, Japan

RESEARCH FIELDS
  Spin caloritronics, topological magnets, thermoelectric transport in thin films

EDUCATION
  Mar. 2018   Ph.D. (Science), Division of Physics and Astronomy, Graduate School of
              Science, Kyoto University
              Dissertation: "Magnon-mediated thermal transport in layered antiferromagnets"
  Mar. 2015   M.S. (Science), Graduate School of Science, Kyoto University
  Mar. 2013   B.S., School of Science, Osaka University

PROFESSIONAL EXPERIENCE
  Apr. 2022 - present     Assistant Professor, Institute for Solid State Physics,
                          The University of Tokyo
  Apr. 2019 - Mar. 2022   Postdoctoral Researcher, RIKEN Center for Emergent Matter
                          Science (CEMS)
  Apr. 2018 - Mar. 2019   JSPS Research Fellow (PD), Kyoto University
  Apr. 2016 - Mar. 2018   JSPS Research Fellow (DC2), Kyoto University

RESEARCH GRANTS
  2022-2025   JSPS KAKENHI Grant-in-Aid for Early-Career Scientists, No. 22K14001,
              4,100,000 JPY (Principal Investigator)
  2019-2021   JST PRESTO "Thermal Management", 12,000,000 JPY (co-investigator)

AWARDS
  2023   Young Scientist Award of the Physical Society of Japan
  2021   Outstanding Young Researcher Award, The Magnetics Society of Japan

PUBLICATIONS (peer-reviewed)
  1. R. Morikawa, S. Ishiguro, and T. Kanemoto, "Anomalous Nernst effect in a kagome
     ferromagnet thin film," Phys. Rev. B 108, 125142 (2023).
  2. A. Hirano, R. Morikawa, and T. Kanemoto, "Thermal Hall conductivity from magnon
     Berry curvature in a honeycomb antiferromagnet," Phys. Rev. Lett. 129, 067201 (2022).
  3. R. Morikawa and N. Osada, "Spin Seebeck effect across a compensation point,"
     J. Phys. Soc. Jpn. 90, 044703 (2021).
  4. R. Morikawa, Y. Chen, M. Fujita, and N. Osada, "Gate-tunable magnon transport in
     van der Waals antiferromagnets," Nature Communications 11, 5120 (2020).
  5. K. Sugimoto, R. Morikawa, and N. Osada, "Thermal conductivity of spin-ladder oxide
     films," Appl. Phys. Lett. 114, 182401 (2019).

INVITED TALKS
  1. "Kagome magnets as thermoelectric materials", JPS Autumn Meeting, Sept. 2023.
  2. "Magnon Hall effects", International Conference on Magnetism (ICM2021), Feb. 2022.

LANGUAGES
  Japanese (native), English (fluent; TOEIC 945)
"""


def japanese_plain(out: Path) -> dict:
    f = "10_jp_plaintext.txt"
    (out / f).write_text(PLAIN, encoding="utf-8")
    return label(
        f, "MORIKAWA Ren", name_any=["Ren Morikawa", "Morikawa Ren"],
        emails=["r.morikawa@issp.u-tokyo.ac.jp"], phones=["+818045127730"],
        links=["https://researchmap.jp/rmorikawa"],
        education=[("Kyoto University", "phd", None, "2018-03"),
                   ("Kyoto University", "master", None, "2015-03"),
                   ("Osaka University", "bachelor", None, "2013-03")],
        experience=[("Institute for Solid State Physics, The University of Tokyo", "Assistant Professor",
                     "2022-04", "present"),
                    ("RIKEN Center for Emergent Matter Science (CEMS)", "Postdoctoral Researcher",
                     "2019-04", "2022-03"),
                    ("Kyoto University", "JSPS Research Fellow (PD)", "2018-04", "2019-03"),
                    ("Kyoto University", "JSPS Research Fellow (DC2)", "2016-04", "2018-03")],
        publications_count=5, first_author_count=3,
        publications_sample=[
            ("Anomalous Nernst effect in a kagome ferromagnet thin film", "Phys. Rev. B", 2023),
            ("Thermal Hall conductivity from magnon Berry curvature in a honeycomb antiferromagnet",
             "Phys. Rev. Lett.", 2022),
            ("Spin Seebeck effect across a compensation point", "J. Phys. Soc. Jpn.", 2021)],
        research_interests_any=["spin caloritronics", "topological magnets"],
        awards_count=2,
        notes="Family name first in capitals (MORIKAWA Ren) with ', Ph.D.'. Japanese convention: "
              "degrees dated by completion month only. Entries wrap onto indented continuation lines. "
              "Grants are not awards; invited talks are not publications. Physics style: title in "
              "quotes, journal abbreviation, volume, article number, (year).")
