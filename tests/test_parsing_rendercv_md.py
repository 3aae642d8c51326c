"""rendercv's Markdown output sent as a CV (an invented person)."""
from __future__ import annotations

from tests.parsing_support import parse_md

CV = """# Noa Invented-Castell's CV

- Email: [noa@example.co.il](mailto:noa@example.co.il)
- Location: Haifa, Israel

# Experience

## Invented Robotics, Senior Research Engineer (remote)

- Nov 2022 – present
- Sim-to-real transfer for made-up assembly.

## InventGrip Ltd. (acquired by Made-up Festo, 2022), Co-founder & CTO

- Mar 2018 – Jan 2022

## Made-up Institute of Technology, Visiting Researcher

- Oct 2019 – June 2020
- Haifa

# Publications

## InventFlow: dense shear estimation from a single made-up image

- 2024
- *Noa Invented-Castell*, Yuval Shenhar-Made, Lior Penn-Invented
- CoRL

## Contact-aware invented policies at scale

- 2023
- Ayelet Grin-Made, *Noa Invented-Castell*
- CoRL

## Low-cost invented tactile sensing for made-up parallel grippers

- *Noa Invented-Castell*, Amir Kessel-Made
- IEEE RA-L (under review)
"""


def test_rendercv_markdown() -> None:
    p = parse_md(CV)
    assert p.name == "Noa Invented-Castell"  # not "…'s CV"
    # the dates stand in a bullet of their own under each entry's heading
    assert [(e.organization, e.start, e.end) for e in p.experience] == [
        ("Invented Robotics", "2022-11", "present"), ("InventGrip Ltd.", "2018-03", "2022-01"),
        ("Made-up Institute of Technology", "2019-10", "2020-06")]
    # one bullet per field under each paper's title: year, authors, venue
    assert [(pub.venue, pub.year, pub.first_author) for pub in p.publications] == [
        ("CoRL", 2024, True), ("CoRL", 2023, False), ("IEEE RA-L", None, True)]


def test_rendercv_moderncv_stacked_rows() -> None:
    from tests.parsing_support import parse_text

    p = parse_text("Keziah Invented-Nguyen\n\nPublications\n"
                   "Mar 2024 Closed-loop ripple prolongation rescues invented memory\n"
                   "Keziah Invented-Nguyen, Oliver Made-Brandt, Mei Tanaka\n10.5555/nn.2024.0311 (Nature Neuroscience)\n"
                   "Aug 2022 Sharp-wave ripple rate declines in made-up models\nMei Tanaka, Keziah Invented-Nguyen\n"
                   "10.5555/jneurosci.2022.1180 (Journal of Neuroscience)\n"
                   "Sleep fragmentation and invented ripple coupling\nKeziah Invented-Nguyen, Mei Tanaka\nNeuron (under review)\n")
    assert [(pub.venue, pub.year, pub.first_author) for pub in p.publications] == [
        ("Nature Neuroscience", 2024, True), ("Journal of Neuroscience", 2022, False), ("Neuron", None, True)]
    assert p.publications[2].status == "under review"
