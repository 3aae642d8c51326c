"""Word CVs (invented): a postdoc's academic CV and an industry data scientist's CV.

The postdoc CV uses "Positions", "Teaching", "Service" and "Selected Publications
(* denotes equal contribution)"; the data scientist CV has a skills table and no
publications at all.
"""
from __future__ import annotations

from pathlib import Path

from tests.heldout2.render import Docx

ME = "L. Fontaine"


def build_postdoc(out: Path) -> dict:
    d = Docx("Cambria", 10.5)
    d.para([("Léa Fontaine", "B")], align="C", size=20)
    d.para("Postdoctoral Researcher, Department of Computer Science, ETH Zürich", align="C")
    d.para("lea.fontaine@inf.ethz.example.ch · +41 44 555 01 23 · https://lfontaine.example.com · "
           "scholar.google.com/citations?user=Xy12AbCAAAAJ", align="C", size=9)

    d.heading("Research Interests")
    d.para("Identifiable representation learning; computational neuroscience; causal inference from "
           "neural population recordings.")

    d.heading("Positions")
    d.tabbed("Postdoctoral Researcher, ETH Zürich (Institute for Machine Learning)", "Oct 2023 – present")
    d.para([("Host: Prof. Matthias Roth. Funded by an ETH Postdoctoral Fellowship.", "I")])
    d.tabbed("Research Scientist Intern, Google DeepMind, London", "Jun 2021 – Oct 2021")
    d.para([("Self-supervised learning for spike sorting.", "I")])
    d.tabbed("Visiting Researcher, Gatsby Computational Neuroscience Unit, University College London",
             "Jan 2020 – Mar 2020")
    d.para("")

    d.heading("Education")
    d.tabbed("Ph.D. in Computer Science, Université Paris-Saclay (Inria)", "2019 – 2023")
    d.para([("Thesis: Latent variable models for large-scale neural recordings. Advisor: Pierre Garnier.", "I")])
    d.tabbed("M.Sc. Mathématiques, Vision, Apprentissage (MVA), École Normale Supérieure Paris-Saclay", "2017 – 2018")
    d.tabbed("Diplôme d'ingénieur, École Polytechnique", "2014 – 2017")

    d.heading("Selected Publications (* denotes equal contribution)")
    pubs = [
        (["L. Fontaine*", "K. Adeyemi*", "M. Roth"], "Identifiable representations from neural population recordings",
         "Advances in Neural Information Processing Systems (NeurIPS)", "NeurIPS", 2024),
        (["K. Adeyemi*", "L. Fontaine*", "T. Nakamura", "M. Roth"], "Contrastive time-warping for multi-session spike data",
         "International Conference on Machine Learning (ICML)", "ICML", 2024),
        (["L. Fontaine", "P. Garnier"], "Switching linear dynamics with sparse couplings",
         "International Conference on Learning Representations (ICLR)", "ICLR", 2023),
        (["L. Fontaine", "R. Moreau", "P. Garnier"], "Nonlinear ICA for calcium imaging",
         "Neural Computation, 36(2):255–291", "Neural Computation", 2024),
        (["T. Nakamura*", "S. Patel*", "L. Fontaine"], "Counterfactual stimuli for closed-loop experiments",
         "International Conference on Artificial Intelligence and Statistics (AISTATS)", "AISTATS", 2023),
        (["R. Moreau", "L. Fontaine", "P. Garnier"], "A benchmark for latent dynamics inference",
         "Transactions on Machine Learning Research (TMLR)", "TMLR", 2022),
        (["L. Fontaine", "M. Roth"], "When are neural latents causal?", "arXiv preprint arXiv:2503.04418", "arXiv", 2025),
    ]
    for i, (authors, title, venue, _short, year) in enumerate(pubs, 1):
        runs = [(f"{i}. ", "")]
        for j, a in enumerate(authors):
            runs.append((a, "B" if a.startswith(ME) else ""))
            if j < len(authors) - 2:
                sep = ", "
            elif j == len(authors) - 2:
                sep = " and " if len(authors) == 2 else ", and "
            else:
                sep = ". "
            runs.append((sep, ""))
        runs += [(title if title.endswith("?") else f"{title}.", ""), (" ", ""), (venue, "I"), (f", {year}.", "")]
        d.para(runs, space_after=4)

    d.heading("Teaching")
    d.bullet("Probabilistic Artificial Intelligence (MSc, ETH Zürich), Fall 2024: designed and gave two lectures "
             "on variational inference.")
    d.bullet("Machine Learning (M1, Université Paris-Saclay), 2019–2021: weekly exercise sessions, 64 h per year.")
    d.bullet("Supervised 3 MSc theses (ETH Zürich, 2024–2025).")

    d.heading("Service")
    d.bullet("Reviewer: NeurIPS (2021–2025), ICML (2022–2025), ICLR (2023–2025), TMLR.")
    d.bullet("Co-organizer, NeurIPS 2024 Workshop on Identifiable Representations.")
    d.bullet("Mentor, Women in Machine Learning (WiML) 2023.")

    d.heading("Awards")
    awards = ["ETH Zürich Postdoctoral Fellowship (2023)",
              "Best Ph.D. Thesis Award, Université Paris-Saclay Doctoral School of Computer Science (2023)",
              "Top Reviewer, ICML (2022)"]
    for a in awards:
        d.bullet(a)
    d.save(out)
    return {
        "name": "Léa Fontaine",
        "name_any": ["Lea Fontaine"],
        "emails": ["lea.fontaine@inf.ethz.example.ch"],
        "phones": ["+41445550123"],
        "links": ["lfontaine.example.com", "scholar.google.com/citations?user=Xy12AbCAAAAJ"],
        "education": [
            {"institution": "Université Paris-Saclay (Inria)", "degree_level": "phd", "start": "2019", "end": "2023"},
            {"institution": "École Normale Supérieure Paris-Saclay", "degree_level": "master",
             "start": "2017", "end": "2018"},
            {"institution": "École Polytechnique", "degree_level": None, "start": "2014", "end": "2017"},
        ],
        "experience": [
            {"organization": "ETH Zürich", "title": "Postdoctoral Researcher", "start": "2023-10", "end": "present"},
            {"organization": "Google DeepMind", "title": "Research Scientist Intern", "start": "2021-06", "end": "2021-10"},
            {"organization": "Gatsby Computational Neuroscience Unit, University College London",
             "title": "Visiting Researcher", "start": "2020-01", "end": "2020-03"},
        ],
        "publications_count": 7,
        "first_author_count": 5,
        "publications_sample": [{"title": t, "venue": v, "year": y} for _a, t, _p, v, y in pubs[:4]]
        + [{"title": pubs[6][1], "venue": "arXiv", "year": 2025}],
        "research_interests_any": ["identifiable representation learning", "computational neuroscience",
                                   "causal inference"],
        "awards_count": 3,
        "layout": "DOCX, Word headings, tab-aligned dates on the position line",
        "notes": "First author: 1, 3, 4, 7 (listed first) and 2 (second, marked * equal contribution with the "
                 "first author). In 5 the two * authors are others. Teaching lists courses, not positions. "
                 "The Diplôme d'ingénieur has no agreed level, so it is not scored.",
    }


def build_data_scientist(out: Path) -> dict:
    d = Docx("Calibri", 10.5)
    d.para([("DANIEL ACHTERBERG", "B")], size=18)
    d.para("Lead Data Scientist | London, UK | 07700 900461 | daniel.achterberg@example.com")
    d.para("linkedin.com/in/daniel-achterberg-ds | github.com/dachterberg", size=9)

    d.heading("Profile", 2)
    d.para("Data scientist with 10+ years in fintech and e-commerce: credit risk, fraud, pricing and experimentation. "
           "Led teams of up to 7; shipped models serving 9M customers.")

    d.heading("Core Skills", 2)
    d.table([
        ["Area", "Tools and methods"],
        ["Languages", "Python, SQL, R, Scala"],
        ["Machine learning", "scikit-learn, XGBoost, LightGBM, PyTorch, causal inference (DoWhy, EconML)"],
        ["Data engineering", "Spark, dbt, Airflow, Snowflake, BigQuery"],
        ["MLOps & cloud", "AWS SageMaker, MLflow, Docker, Kubernetes, GCP Vertex AI"],
        ["Experimentation", "A/B testing, CUPED, sequential testing, Bayesian bandits"],
    ])

    d.heading("Professional Experience", 2)
    roles = [
        ("Lead Data Scientist – Monzo Bank, London", "Mar 2022 – Present",
         ["Own fraud-detection models for card payments; cut fraud losses 23% year on year.",
          "Manage 5 data scientists; set up model review and monitoring standards."]),
        ("Senior Data Scientist – Deliveroo, London", "Jan 2019 – Feb 2022",
         ["Built dynamic delivery-fee pricing with contextual bandits (+4% order margin).",
          "Designed the company experimentation platform's variance-reduction methods."]),
        ("Data Scientist – Ocado Technology, Hatfield", "Sep 2016 – Dec 2018",
         ["Demand forecasting for 50k SKUs with gradient-boosted trees; reduced waste by 11%."]),
        ("Graduate Analyst – Lloyds Banking Group, Bristol", "Sep 2014 – Aug 2016",
         ["Credit-risk scorecards and regulatory model validation (IRB)."]),
    ]
    for left, right, bullets in roles:
        d.tabbed(left, right)
        for b in bullets:
            d.bullet(b)

    d.heading("Education", 2)
    d.tabbed("MSc Statistics (Distinction), University College London", "2013 – 2014")
    d.tabbed("BSc Economics (First Class Honours), University of Nottingham", "2010 – 2013")

    d.heading("Certifications", 2)
    d.bullet("AWS Certified Machine Learning – Specialty (2021)")
    d.bullet("Databricks Certified Data Engineer Associate (2023)")

    d.heading("Interests", 2)
    d.para("Open-source contributor to a Python A/B-testing library; half-marathon runner; chess (club level).")
    d.save(out)
    return {
        "name": "Daniel Achterberg",
        "name_any": ["DANIEL ACHTERBERG"],
        "emails": ["daniel.achterberg@example.com"],
        "phones": ["+447700900461"],
        "links": ["linkedin.com/in/daniel-achterberg-ds", "github.com/dachterberg"],
        "education": [
            {"institution": "University College London", "degree_level": "master", "start": "2013", "end": "2014"},
            {"institution": "University of Nottingham", "degree_level": "bachelor", "start": "2010", "end": "2013"},
        ],
        "experience": [
            {"organization": "Monzo Bank", "title": "Lead Data Scientist", "start": "2022-03", "end": "present"},
            {"organization": "Deliveroo", "title": "Senior Data Scientist", "start": "2019-01", "end": "2022-02"},
            {"organization": "Ocado Technology", "title": "Data Scientist", "start": "2016-09", "end": "2018-12"},
            {"organization": "Lloyds Banking Group", "title": "Graduate Analyst", "start": "2014-09", "end": "2016-08"},
        ],
        "publications_count": 0,
        "first_author_count": 0,
        "publications_sample": [],
        "research_interests_any": None,
        "awards_count": 0,
        "layout": "DOCX industry CV, skills in a Word table, 'Title – Company, City<TAB>dates' lines",
        "notes": "No publications, no awards: certifications are not awards and the Interests paragraph is "
                 "hobbies, not research interests. UK mobile 07700 900461 is +44 7700 900461.",
    }
