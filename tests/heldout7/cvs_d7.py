"""Held-out set 7, builders 14-15 (Markdown / plain text): a markdown-cv (elipapa) page with
backtick date lines and HTML in the Markdown, and a monospaced plain-text resume whose dates are
pushed right with spaces under '=====' underlined headings."""
from __future__ import annotations

from pathlib import Path

from kit7 import label


def _write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text.lstrip("\n"), encoding="utf-8")


def markdown_cv_backticks(folder: Path) -> dict:
    name = "14_neuroscience_postdoc_markdown_cv.md"
    edu = [("Universidade de Vale Claro", "PhD in Computational Neuroscience", "2016-2021", "phd", "2016", "2021"),
           ("Universidade de Vale Claro", "MSc in Physics", "2014-2016", "master", "2014", "2016"),
           ("Kisumu Polytechnic University", "BSc in Physics and Mathematics", "2010-2014", "bachelor", "2010",
            "2014")]
    exp = [("Halden Brain Institute", "Postdoctoral Fellow", "Current", "2022", "present",
            "`2022-`\n__Halden Brain Institute__, Postdoctoral Fellow"),
           ("Synapse Analytics", "Machine Learning Engineer (contract)", "2021-2022", "2021", "2022",
            "`2021-2022`\n__Synapse Analytics__, Machine Learning Engineer (contract)")]
    me = "**Odhiambo-Reyes M**"
    pubs = [
        ("Journals", "2024", ("Recurrent dynamics of grid cells during virtual navigation", "Neuron", 2024, True,
                              "published", ["Odhiambo-Reyes M", "Albuquerque T", "Nyberg H"]),
         f"{me}, Albuquerque T, Nyberg H. [Recurrent dynamics of grid cells during virtual navigation]"
         "(https://doi.org/10.5555/neuron.2024.0117). *Neuron*."),
        ("Journals", "2022", ("Spike-sorting drift correction with optimal transport", "eLife", 2022, False,
                              "published", ["Albuquerque T", "Odhiambo-Reyes M"]),
         f"Albuquerque T, {me}. [Spike-sorting drift correction with optimal transport]"
         "(https://doi.org/10.5555/elife.2022.80311). *eLife*."),
        ("Journals", "2020", ("A mean-field account of theta sequences", "PLOS Computational Biology", 2020, True,
                              "published", ["Odhiambo-Reyes M", "Albuquerque T"]),
         f"{me}, Albuquerque T. [A mean-field account of theta sequences]"
         "(https://doi.org/10.5555/pcbi.2020.1008) *PLOS Computational Biology*."),
        ("Conferences", "2023", ("Latent manifolds of hippocampal replay", "NeurIPS", 2023, True, "published",
                                 ["Odhiambo-Reyes M*", "Chen L*", "Nyberg H"]),
         f"{me}\\*, Chen L\\*, Nyberg H. Latent manifolds of hippocampal replay. *Advances in Neural Information "
         "Processing Systems (NeurIPS)*. \\*equal contribution"),
        ("Preprints", "2025", ("Place fields emerge from predictive coding in spiking networks", "bioRxiv", 2025,
                               False, "preprint", ["Chen L", "Odhiambo-Reyes M", "Nyberg H"]),
         f"Chen L, {me}, Nyberg H. Place fields emerge from predictive coding in spiking networks. *bioRxiv* "
         "2025.02.11.637702."),
    ]
    lines = ["---", "layout: cv", "title: Mateus Odhiambo-Reyes's CV", "---", "",
             "# Mateus Odhiambo-Reyes", "Computational neuroscientist.", "",
             '<div id="webaddress">',
             '<a href="mailto:m.odhiambo@halden.example.org">m.odhiambo@halden.example.org</a>',
             '| <a href="https://modhiambo.example.io">modhiambo.example.io</a>',
             '| <a href="https://github.com/modhiambo">github.com/modhiambo</a>',
             "</div>", "", "", "## Currently", "",
             "Postdoctoral fellow modelling how the hippocampus replays and plans routes.", "",
             "### Specialized in", "", "Spiking network models, neural manifolds, large-scale electrophysiology.",
             "", "### Research interests", "", "Hippocampal replay, grid cells, predictive coding.", "",
             "## Education", ""]
    for inst, deg, when, *_ in edu:
        lines += [f"`{when}`", f"__{inst}__", "", f"- {deg}", ""]
    lines += ["## Occupation", ""]
    for *_, md in exp:
        lines += [md, ""]
    lines += ["## Publications", "", "<!-- A full list is on [Google Scholar](https://scholar.google.com/) -->", ""]
    current = None
    for group, yr, _p, md in pubs:
        if group != current:
            current = group
            lines += [f"### {group}", ""]
        lines += [f"`{yr}`", md, ""]
    awards = [("2023", "Halden Brain Institute Independent Fellowship shortlist"),
              ("2019", "Best poster, Computational Neuroscience Meeting")]
    lines += ["## Awards", ""]
    for yr, t in awards:
        lines += [f"`{yr}`", t, ""]
    lines += ["## Languages", "", "English, Portuguese, Swahili", "", "", "<!-- ### Footer", "",
              "Last updated: March 2026 -->", ""]
    _write(folder, name, "\n".join(lines))
    return label(
        name, "Mateus Odhiambo-Reyes", [], ["m.odhiambo@halden.example.org"], [],
        ["modhiambo.example.io", "github.com/modhiambo"], [(e[0], e[3], e[4], e[5]) for e in edu],
        [(e[0], e[1], e[3], e[4]) for e in exp], len(pubs), sum(p[2][3] for p in pubs), [p[2] for p in pubs],
        ["hippocampal replay", "grid cells", "predictive coding"], len(awards),
        "markdown-cv (Jekyll 'layout: cv') page: YAML front matter whose title repeats the name, an H1 name, "
        "contact as raw HTML <a> tags inside a <div>, and every entry preceded by a line holding only a "
        "backtick date ('`2016-2021`', open-ended '`2022-`' = present). Education entries put the degree in a "
        "bullet under the __bold__ institution; jobs are '__Org__, Role'. Publications under ### Journals / "
        "Conferences / Preprints with the year only on the backtick line above; titles are sometimes Markdown "
        "links; own name in **bold**; escaped '\\*' equal contribution; a bioRxiv preprint. HTML comments "
        "hold a Scholar link and a footer (not the candidate's profile). No phone.",
        layout="markdown-cv, backtick date lines")


def monospace_txt(folder: Path) -> dict:
    name = "15_data_engineer_monospace_resume.txt"
    w = 78

    def lr(left: str, right: str) -> str:
        return left + " " * max(2, w - len(left) - len(right)) + right

    def head(t: str) -> list[str]:
        return ["", t, "=" * len(t), ""]

    exp = [("Greywharf Payments", "Staff Data Engineer", "Apr 2022 - present", "2022-04", "present"),
           ("Greywharf Payments", "Senior Data Engineer", "Jan 2020 - Mar 2022", "2020-01", "2022-03"),
           ("Tallis & Brook Insurance", "Data Engineer", "Jul 2016 - Dec 2019", "2016-07", "2019-12"),
           ("Northmere City Council", "GIS Analyst (graduate scheme)", "Sep 2014 - Jun 2016", "2014-09", "2016-06")]
    edu = [("University of Hollinsford", "MSc Computing (part-time)", "2017 - 2019", "master", "2017", "2019"),
           ("University of Hollinsford", "BSc (Hons) Geography", "2011 - 2014", "bachelor", "2011", "2014")]
    out = ["R H E A   K O W A L S K I - B A N D A", "",
           lr("rhea.kowalski (at) example.com", "+44 (0)20 7946 0321"),
           lr("https://rkb.example.dev", "Bristol, UK"), ""]
    out += ["Staff data engineer. Eleven years moving data from where it is to where it is",
            "needed, mostly batch and streaming pipelines for payments and insurance."]
    out += head("EXPERIENCE")
    for org, t, when, *_ in exp:
        out += [lr(f"{t}, {org}", when)]
        out += ["  * " + {"Staff": "Owns the ledger CDC pipeline (Debezium -> Kafka -> Iceberg), 4 bn rows/day.",
                          "GIS A": "Kept the council's address gazetteer in PostGIS; ward maps for elections."}
                .get(t[:5], "Built and ran batch ETL in Airflow and dbt; on-call rota."), ""]
    out += head("EDUCATION")
    for inst, deg, when, *_ in edu:
        out += [lr(f"{deg}, {inst}", when)]
    out += head("PUBLICATIONS & TALKS")
    pubs = [("Exactly-once ledgers on a lakehouse: lessons from payments", "VLDB Workshop", 2024, True, "published",
             ["R. Kowalski-Banda", "S. Idowu"])]
    out += ["Papers", "------",
            "[1] R. Kowalski-Banda, S. Idowu. \"Exactly-once ledgers on a lakehouse: lessons",
            "    from payments.\" VLDB 2024 Workshop on Data Platforms (DaPlat), 2024.", "",
            "Talks", "-----",
            "- \"Backfills without tears\", Data Council Europe, London, 2023",
            "- \"Iceberg at the till\", PyData Bristol, 2022"]
    out += head("AWARDS")
    awards = [("Greywharf Engineering Impact Award", "2023")]
    for t, yr in awards:
        out += [lr(t, yr)]
    out += head("SKILLS")
    out += ["Languages ...... Python, Scala, SQL, Bash",
            "Streaming ...... Kafka, Flink, Debezium",
            "Storage ........ Iceberg, Postgres, BigQuery, S3",
            "Ops ............ Terraform, Kubernetes, Airflow, dbt"]
    out += head("REFERENCES"), ["Available on request."]
    flat: list[str] = []
    for part in out:
        flat += part if isinstance(part, list) else [part]
    _write(folder, name, "\n".join(flat) + "\n")
    return label(
        name, "Rhea Kowalski-Banda", ["R H E A   K O W A L S K I - B A N D A", "RHEA KOWALSKI-BANDA"],
        ["rhea.kowalski@example.com"], ["+442079460321"], ["rkb.example.dev"],
        [(e[0], e[3], e[4], e[5]) for e in edu], [(e[0], e[1], e[3], e[4]) for e in exp],
        len(pubs), 1, pubs, [], len(awards),
        "Monospaced plain-text resume, 78 columns: the name letter-spaced in capitals ('R H E A   K O W A L S K "
        "I - B A N D A'), the e-mail obfuscated as 'name (at) example.com', headings underlined with '=' and "
        "sub-headings with '-', each entry 'Title, Organisation' with the dates pushed to column 78 by spaces. "
        "Two roles at the same company; the MSc overlaps a job (part-time). One workshop paper whose quoted "
        "title wraps onto an indented second line; talks are not papers. Skills as dotted leaders. "
        "'References: Available on request.'",
        layout="monospace text, space-aligned dates")
