"""heldout28: 06 Typst (typst-py), 10 rendercv 'moderncv' theme, 11 GitHub Markdown CV."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from kit28 import ENV, FILES, SRC, pin_pdf

# --------------------------------------------------------------------------------------------------
# 06  Singapore public-health research fellow, bilingual English/Chinese, hand-written Typst layout
# --------------------------------------------------------------------------------------------------
TYP06 = r"""
#set document(title: "CV - Ong Xue Ning Clarissa", author: "Ong Xue Ning Clarissa")
#set page(paper: "a4", margin: (x: 17mm, top: 15mm, bottom: 16mm),
  footer: context [#set text(7.5pt, fill: gray); Ong X. N. C. — Curriculum Vitae #h(1fr) #counter(page).display("1 / 1", both: true)])
#set text(font: ("Liberation Sans", "Noto Serif CJK SC"), size: 9.6pt, lang: "en")
#set par(justify: false, leading: 0.55em)
#let accent = rgb("#a4343a")
#let sec(en, zh) = {
  v(7pt)
  block(below: 5pt)[#text(11pt, weight: "bold", fill: accent)[#upper(en)] #h(6pt) #text(10pt, fill: accent)[#zh]
  #v(-6pt) #line(length: 100%, stroke: 0.6pt + accent)]
}
#let row(d, body) = grid(columns: (30mm, 1fr), column-gutter: 4mm, text(fill: rgb("#555"))[#d], body)

#grid(columns: (1fr, 34mm), column-gutter: 6mm,
  [
    #text(20pt, weight: "bold")[Dr ONG Xue Ning, Clarissa] #h(4pt) #text(15pt)[王雪宁] \
    #text(10.5pt, fill: accent)[Research Fellow · 研究员, Saw Swee Hock School of Public Health] \
    #v(3pt)
    12 Science Drive 2, Tahir Foundation Building, Singapore 117549 \
    Mobile: +65 9555 0137 · E-mail: clarissa.ong\@nus.example.edu.sg \
    ORCID: 0000-0001-5550-7746 · https://clarissaong-health.example.sg
  ],
  box(width: 30mm, height: 36mm, stroke: 0.5pt + gray)[#align(center + horizon)[#text(8pt, fill: gray)[Photo 照片]]]
)

#sec("Education", "教育背景")
#row[Aug 2016 – Jan 2021][*Doctor of Philosophy (Public Health)*, National University of Singapore (新加坡国立大学) \
  Thesis: _Loneliness and unplanned readmission among community-dwelling older Singaporeans_]
#row[2014 – 2015][*Master of Public Health*, The University of Hong Kong (香港大学)]
#row[2009 – 2013][*Bachelor of Science (Nursing) (Honours)*, National University of Singapore]

#sec("Employment", "工作经历")
#row[Feb 2021 – present][*Research Fellow*, Saw Swee Hock School of Public Health, National University of Singapore]
#row[Jan 2023 – present][*Adjunct Lecturer* (part-time), Singapore Institute of Technology — Health and Social Sciences]
#row[Sep 2015 – Jul 2016][*Research Assistant*, Centre for Ageing Research and Education (CARE), Duke-NUS Medical School]
#row[Jul 2013 – Jul 2014][*Staff Nurse*, Tan Tock Seng Hospital, Geriatric Medicine wards]

#sec("Research Interests", "研究方向")
Healthy ageing and social isolation; community nursing interventions; health services research in multi-ethnic Asian populations (多元种族社区的老龄健康).

#sec("Publications", "学术论文")
#text(8.5pt, style: "italic")[\* equal contribution; Vancouver style]
#set enum(numbering: "1.", indent: 0pt, body-indent: 5pt, spacing: 5pt)
+ *Ong XNC*, Lee JYK, Chia SE. Neighbourhood social cohesion and loneliness among older adults in Singapore public housing. BMC Public Health. 2024;24:1183.
+ Koh WL\*, *Ong XNC*\*, Rahman N, Chia SE. Loneliness and 30-day readmission: a retrospective cohort of 12,406 older inpatients. Lancet Reg Health West Pac. 2023;31:100655.
+ *Ong XNC*, Chia SE. Validating the three-item loneliness scale in Malay and Tamil. Age Ageing. 2022;51(3):afac041.
+ Raman P, *Ong XNC*, Tay HW, et al. A nurse-led befriending programme after discharge: protocol for a stepped-wedge trial. J Epidemiol Community Health. (under review)
+ *王雪宁*，李嘉欣，谢尚恩. 新加坡华人社区老年人孤独感与抑郁症状的关联研究[J]. 中华流行病学杂志, 2022, 43(5): 700-705.

#sec("Grants", "科研项目")
#row[2022 – 2025][NMRC Health Services Research New Investigator Grant (PI), S\$ 248,000 — _Befriending after discharge_]

#sec("Awards & Scholarships", "奖项")
#row[2019][Best Oral Presentation, Singapore Public Health & Occupational Medicine Conference]
#row[2016][NUS Research Scholarship (PhD, 4 years)]
#row[2009][Ministry of Health Nursing Undergraduate Scholarship]

#sec("Languages", "语言")
English (native), Mandarin Chinese (fluent, 华文), Malay (conversational). Singapore Citizen.
"""


def build06(out: Path) -> None:
    import typst

    src = SRC / "06_ong.typ"
    src.write_text(TYP06.lstrip(), encoding="utf-8")
    typst.compile(str(src), output=str(out))
    pin_pdf(out)


# --------------------------------------------------------------------------------------------------
# 10  Australian neuroscience postdoc, rendercv 2.3 with the built-in 'moderncv' theme
# --------------------------------------------------------------------------------------------------
YAML10 = """cv:
  name: Keziah Armitage-Nguyen
  location: Parkville, VIC, Australia
  email: keziah.armitage@florey.example.edu.au
  phone: +61 491 570 143
  website: https://kezarmitage.example.net
  social_networks:
    - network: ORCID
      username: 0000-0002-5550-3021
    - network: GitHub
      username: kez-armitage
  sections:
    summary:
      - Systems neuroscientist studying how hippocampal sharp-wave ripples support memory consolidation in mouse
        models of Alzheimer's disease; in vivo electrophysiology, closed-loop optogenetics and large-scale
        spike sorting.
    research_interests:
      - bullet: Memory consolidation and sleep
      - bullet: Hippocampal oscillations in neurodegeneration
      - bullet: Closed-loop neurotechnology
    positions:
      - company: Florey Institute of Neuroscience and Mental Health
        position: Postdoctoral Research Fellow
        start_date: 2020-04
        end_date: present
        location: Melbourne, Australia
        highlights:
          - Dementia Australia Research Foundation Fellow (2021-2023), then NHMRC-funded
          - Supervise two PhD students and three Honours students
      - company: University College London
        position: Visiting Researcher (Sainsbury Wellcome Centre)
        start_date: 2022-09
        end_date: 2022-12
        location: London, UK
      - company: Monash University
        position: Research Assistant, Biomedicine Discovery Institute
        start_date: 2015-02
        end_date: 2016-01
        location: Clayton, Australia
    education:
      - institution: The University of Melbourne
        area: Neuroscience
        degree: PhD
        start_date: 2016-02
        end_date: 2020-03
        location: Melbourne, Australia
        highlights:
          - 'Thesis: Ripple-locked reactivation in the ageing hippocampus'
      - institution: Monash University
        area: Neuroscience (Honours, First Class)
        degree: BSc
        start_date: 2011-02
        end_date: 2014-11
        location: Melbourne, Australia
    publications:
      - title: Closed-loop ripple prolongation rescues spatial memory in APP/PS1 mice
        authors:
          - '***Keziah Armitage-Nguyen***'
          - Oliver Brandt
          - Mei Tanaka
          - Graham Pullar
        journal: Nature Neuroscience
        date: 2024-03
        doi: 10.5555/nn.2024.0311
      - title: Sharp-wave ripple rate declines before plaque onset in two amyloid models
        authors:
          - Mei Tanaka
          - '***Keziah Armitage-Nguyen***'
          - Graham Pullar
        journal: Journal of Neuroscience
        date: 2022-08
        doi: 10.5555/jneurosci.2022.1180
      - title: Ripple-locked replay in aged mice is preserved but desynchronised from cortex
        authors:
          - '***Keziah Armitage-Nguyen***'
          - Graham Pullar
        journal: eLife
        date: 2021-05
        doi: 10.5555/elife.2021.66012
      - title: Open-source hardware for sub-millisecond closed-loop optogenetics
        authors:
          - Oliver Brandt
          - '***Keziah Armitage-Nguyen***'
          - Daniel Okoro
        journal: bioRxiv (preprint)
        date: 2024-11
      - title: Sleep fragmentation and ripple coupling in early Alzheimer's disease
        authors:
          - '***Keziah Armitage-Nguyen***'
          - Mei Tanaka
          - Graham Pullar
        journal: Neuron (under review)
    grants_and_awards:
      - label: '2023'
        details: Dementia Australia Research Foundation Mid-Career Fellowship
      - label: '2021'
        details: NHMRC Investigator Grant EL1 (AUD 650,000)
      - label: '2019'
        details: Australasian Neuroscience Society Student Poster Prize
    skills:
      - label: Techniques
        details: Silicon-probe recordings, optogenetics, two-photon imaging, stereotaxic surgery
      - label: Computing
        details: Python, MATLAB, Kilosort, DeepLabCut
design:
  theme: moderncv
  page:
    size: a4
rendercv_settings:
  date: 2025-01-15
"""


def build10(out: Path) -> None:
    (SRC / "10_armitage_nguyen_CV.yaml").write_text(YAML10, encoding="utf-8")
    with tempfile.TemporaryDirectory() as td:
        y = Path(td) / "Keziah_Armitage-Nguyen_CV.yaml"
        y.write_text(YAML10, encoding="utf-8")
        subprocess.run(["rendercv", "render", y.name, "--dont-generate-png", "--dont-generate-html",
                        "--dont-generate-markdown"], cwd=td, check=True, env=ENV, capture_output=True, timeout=300)
        pdf = next((Path(td) / "rendercv_output").glob("*.pdf"))
        typ = next((Path(td) / "rendercv_output").glob("*.typ"))
        shutil.copy(typ, SRC / "10_rendercv-output.typ")
        shutil.copy(pdf, out)
    pin_pdf(out)


# --------------------------------------------------------------------------------------------------
# 11  Irish historian, a CV kept as README.md of a GitHub 'cv' repository
# --------------------------------------------------------------------------------------------------
MD11 = """<!-- Last updated: 2025-01-19 · PDF version: see Releases -->
# Órlaith Ní Bhriain-Castellan, PhD

[![ORCID](https://img.shields.io/badge/ORCID-0000--0003--5550--9184-green)](https://orcid.org/0000-0003-5550-9184)
[![Website](https://img.shields.io/badge/web-orlaithnb.example.ie-blue)](https://orlaithnb.example.ie)

📍 School of History, University College Cork, Cork T12 YN60, Ireland
✉️ [orlaith.nibhriain@ucc.example.ie](mailto:orlaith.nibhriain@ucc.example.ie) · ☎️ +353 85 555 0176
🐙 [github.com/orlaith-nb](https://github.com/orlaith-nb)

> Historian of nineteenth-century Ireland and France: famine relief, emigration and Catholic
> women's religious orders. Currently writing a book on convent networks between Cork and Brittany.

---

## Current position
**Government of Ireland Postdoctoral Fellow** (Irish Research Council), School of History, University College Cork
*October 2023 – present*

## Previous appointments
| Dates | Role | Institution |
|---|---|---|
| 2019 – 2022 | Teaching Assistant (European history survey, 2nd-year seminars) | Trinity College Dublin |
| 2021 (Jan–Jun) | Occasional Lecturer, *Modern Ireland 1800–1922* | Maynooth University |
| 2017 – 2018 | Research Assistant, Dictionary of Irish Biography | Royal Irish Academy |

## Education
- **PhD in History**, Trinity College Dublin, 2018 – 2023
  - Thesis: *Sisters of relief: convents and famine charity in Munster, 1845–1852* (viva passed with minor corrections, March 2023)
- **MA in Modern Irish History**, University College Dublin, 2016 – 2017 (First Class Honours)
- **BA (Joint Honours) History and French**, NUI Galway, 2012 – 2016
  - Erasmus year: Université Rennes 2, 2014 – 2015

## Research interests
`famine relief` · `emigration` · `women religious` · `Franco-Irish history` · `digital archives`

## Publications

### Peer-reviewed articles
1. **Ní Bhriain-Castellan, Ó.** (forthcoming, 2025). 'Bread and catechism: convent relief in Cork city, 1846–7'. *Irish Historical Studies*.
2. **Ní Bhriain-Castellan, Ó.** (2023). 'Breton sisters in Munster: a transnational congregation, 1830–1880'. *French History*, 37(2), 201–222.
3. Dolan, P. & **Ní Bhriain-Castellan, Ó.** (2021). 'Mapping famine soup kitchens with GIS'. *Journal of Historical Geography*, 74, 33–45.

### Book chapters
4. **Ní Bhriain-Castellan, Ó.** (2024). 'Letters home: emigrant nuns and their families'. In M. Keane & C. Roche (eds), *Irish Women and Emigration, 1800–1950* (pp. 88–109). Cork University Press.

### In preparation
5. *Convent Networks: Cork, Brittany and the Famine World* (monograph, under contract with Four Courts Press).
6. **Ní Bhriain-Castellan, Ó.** 'Who counted the hungry? Religious statistics in the 1847 relief returns'. Submitted to *Past & Present*.

### Public writing & reviews (not peer reviewed)
- 'The nuns who fed Cork', *The Irish Times*, 12 February 2024.
- Review of *The Famine Ships* by E. Laxton (new ed.), *History Ireland* 31:4 (2023).

## Awards & fellowships
- 2023 — Irish Research Council Government of Ireland Postdoctoral Fellowship
- 2021 — Irish Historical Society Postgraduate Essay Prize
- 2019 — Irish Research Council Government of Ireland Postgraduate Scholarship

## Teaching
Seminar teaching in European and Irish history (TCD 2019–2022); lecture course at Maynooth (2021).

## Languages
Irish (fluent), French (fluent), English (native).

---
*This CV lives on GitHub; the Markdown is the source of truth, the PDF in Releases is built with pandoc.*
"""


def build11(out: Path) -> None:
    out.write_text(MD11, encoding="utf-8")


BUILDERS = {
    "06": ("06_sg_en_zh_public_health_fellow_typst.pdf", build06),
    "10": ("10_au_neuroscience_postdoc_rendercv_moderncv.pdf", build10),
    "11": ("11_ie_history_postdoc_github_markdown.md", build11),
}


def build(key: str) -> Path:
    name, fn = BUILDERS[key]
    out = FILES / name
    fn(out)
    return out
