"""Invented CV content for the benchmarks: people, not layouts.

`make_person(rng, chinese)` draws one made-up candidate from word pools. Every
name, email and title here is synthetic; venues and universities are real
places (a CV without them would not exercise the parser's venue and
institution rules), the people and papers are not.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

FIRST = ["Ada", "Bram", "Cleo", "Dario", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kaia", "Lior", "Mara", "Nico", "Oona", "Pavel", "Quinn", "Rosa", "Sami", "Tove", "Ulla", "Viggo", "Wren", "Xavi", "Yara", "Zeno", "Anouk", "Basil", "Carys", "Dmitri", "Esme", "Florin", "Gaia", "Hamid", "Iris", "Jakob", "Kenji", "Lena", "Milo", "Nadia", "Otto", "Priya", "Rafe", "Selin", "Tariq", "Uma", "Vera", "Willem", "Ximena", "Yusuf", "Zora"]
LAST = ["Quill", "Stone", "Moss", "Varga", "Lindqvist", "Okafor", "Brandt", "Castell", "Duarte", "Eriksen", "Falk", "Gorski", "Halloran", "Ibarra", "Jansen", "Kowal", "Larkin", "Mendel", "Novak", "Orsini", "Petrov", "Quade", "Rautio", "Sorensen", "Tamm", "Ulrich", "Vance", "Whitlow", "Yilmaz", "Zeller", "Abara", "Bellweather", "Crane", "Dunmore", "Ellery", "Fenwick", "Garland", "Holm", "Iverson", "Juric"]
ZH_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
ZH_GIVEN = "子涵浩然欣怡宇轩思远雨桐俊杰梓萱博文诗琪明哲佳怡一鸣晨曦嘉禾若溪"
PINYIN = {"王": "Wang", "李": "Li", "张": "Zhang", "刘": "Liu", "陈": "Chen", "杨": "Yang", "黄": "Huang",
          "赵": "Zhao", "吴": "Wu", "周": "Zhou", "徐": "Xu", "孙": "Sun", "马": "Ma", "朱": "Zhu", "胡": "Hu",
          "郭": "Guo", "何": "He", "林": "Lin", "罗": "Luo", "高": "Gao"}
UNIVERSITIES = ("University of Cambridge", "ETH Zurich", "Stanford University", "Tsinghua University",
                "Peking University", "University of Toronto", "Carnegie Mellon University",
                "Technical University of Munich", "National University of Singapore", "KU Leuven",
                "University of Edinburgh", "EPFL", "Zhejiang University", "University of Tokyo",
                "Shanghai Jiao Tong University", "University of Amsterdam", "McGill University")
ZH_UNIVERSITIES = ("清华大学", "北京大学", "浙江大学", "上海交通大学", "复旦大学", "南京大学", "中国科学技术大学")
COMPANIES = ("Imaginary Labs", "Fictional AI", "Northwind Research", "Contoso Vision", "Globex Robotics",
             "Initech Data", "Umbrella Analytics", "Hooli Brain", "Vandelay Systems", "Tyrell Compute")
FIELDS = ("Computer Science", "Electrical Engineering", "Statistics", "Applied Mathematics",
          "Machine Learning", "Physics", "Computational Linguistics")
VENUES = ("NeurIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "ACL", "EMNLP", "NAACL", "AAAI", "IJCAI", "KDD",
          "SIGIR", "WWW", "TPAMI", "JMLR", "arXiv", "NeurIPS Workshop", "Nature Machine Intelligence")
VENUE_LONG = {"NeurIPS": "Advances in Neural Information Processing Systems (NeurIPS)",
              "ICML": "International Conference on Machine Learning (ICML)",
              "CVPR": "IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)",
              "TPAMI": "IEEE Transactions on Pattern Analysis and Machine Intelligence",
              "ACL": "Annual Meeting of the Association for Computational Linguistics (ACL)"}
TOPICS = ("graph neural networks", "diffusion models", "causal inference", "reinforcement learning",
          "speech recognition", "retrieval-augmented generation", "federated learning", "3D reconstruction",
          "program synthesis", "robust optimisation", "multilingual NLP", "medical imaging",
          "time-series forecasting", "Bayesian deep learning", "self-supervised learning")
TITLE_A = ("Scalable", "Efficient", "Robust", "Sparse", "Provable", "Towards", "Rethinking", "Learning",
           "Adaptive", "Hierarchical", "Contrastive", "Unsupervised", "Differentiable", "Calibrated")
TITLE_B = ("Attention", "Representations", "Transformers", "Priors", "Embeddings", "Policies", "Kernels",
           "Flows", "Agents", "Retrievers", "Tokenizers", "Planners", "Graphs", "Estimators")
TITLE_C = ("for Long Documents", "under Distribution Shift", "with Limited Labels", "at Web Scale",
           "in the Wild", "for Scientific Discovery", "without Backpropagation", "via Weak Supervision",
           "for Low-Resource Languages", "on Edge Devices", "from Noisy Feedback", "with Guarantees")
AWARDS = ("Best Paper Award", "Outstanding Reviewer", "Graduate Fellowship", "Dean's List",
          "National Scholarship", "Best Student Paper Honourable Mention", "Rising Star in ML",
          "Teaching Excellence Award", "Travel Grant")
SKILLS = ("Python", "PyTorch", "JAX", "TensorFlow", "C++", "CUDA", "SQL", "Rust", "Kubernetes", "Spark",
          "LaTeX", "R", "Julia", "Docker", "Triton")
VERBS = ("Designed", "Led", "Built", "Evaluated", "Shipped", "Scaled", "Profiled", "Co-supervised")
OBJECTS = ("a training pipeline for billion-token corpora", "the evaluation harness used by four teams",
           "a retrieval service answering 2k queries per second", "an annotation tool for clinicians",
           "the distributed data loader", "a benchmark suite for long-context models",
           "an on-device speech model", "the team's experiment tracking")


@dataclass
class Person:
    name: str
    email: str
    phone: str
    homepage: str
    chinese: bool
    interests: list[str]
    education: list[tuple[str, str, str, str, str]]  # degree, field, institution, start, end
    experience: list[tuple[str, str, str, str, list[str]]]  # title, org, start, end, bullets
    publications: list[tuple[list[str], str, str, int]]  # authors, title, venue, year
    awards: list[tuple[str, int]]
    skills: list[str]
    projects: list[str] = field(default_factory=list)  # filler paragraphs that set the page count


def _paper_title(rng: random.Random) -> str:
    return f"{rng.choice(TITLE_A)} {rng.choice(TITLE_B)} {rng.choice(TITLE_C)}"


def _coauthor(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def make_person(rng: random.Random, *, chinese: bool = False) -> Person:
    """One invented candidate; the same rng state always yields the same person."""
    if chinese:
        surname = rng.choice(ZH_SURNAMES)
        given = "".join(rng.sample(ZH_GIVEN, 2))
        name = surname + given
        latin = f"{PINYIN[surname]} {rng.choice(FIRST)}"
        phone = f"+86 1{rng.randint(30, 99)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    else:
        latin = name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        # Wide ranges: the import merges CVs that share an email or phone, and
        # 10,000 invented people must stay 10,000 candidates.
        phone = f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    handle = latin.lower().replace(" ", ".")
    email = f"{handle}{rng.randint(1, 99999)}@example.{rng.choice(('org', 'edu', 'com'))}"
    phd_end = rng.randint(2012, 2025)
    unis = ZH_UNIVERSITIES if chinese and rng.random() < 0.6 else UNIVERSITIES
    education = [
        ("Ph.D.", rng.choice(FIELDS), rng.choice(unis), str(phd_end - 5), str(phd_end)),
        ("M.Sc.", rng.choice(FIELDS), rng.choice(UNIVERSITIES), str(phd_end - 7), str(phd_end - 5)),
        ("B.Sc.", rng.choice(FIELDS), rng.choice(unis), str(phd_end - 11), str(phd_end - 7)),
    ][: rng.randint(2, 3)]
    experience = []
    start = phd_end
    for _ in range(rng.randint(1, 4)):
        end = min(start + rng.randint(1, 4), 2026)
        bullets = [f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}." for _ in range(rng.randint(1, 3))]
        title = rng.choice(("Research Scientist", "Postdoctoral Researcher", "Research Intern",
                            "Machine Learning Engineer", "Assistant Professor"))
        experience.append((title, rng.choice(COMPANIES + UNIVERSITIES), str(start),
                           "Present" if end >= 2026 else str(end), bullets))
        start = end
    experience.reverse()
    publications = []
    for _ in range(rng.randint(5, 40)):
        authors = [_coauthor(rng) for _ in range(rng.randint(1, 5))]
        authors.insert(rng.randint(0, len(authors)), latin)
        publications.append((authors, _paper_title(rng), rng.choice(VENUES), rng.randint(phd_end - 6, 2026)))
    publications.sort(key=lambda p: -p[3])
    awards = [(rng.choice(AWARDS), rng.randint(phd_end - 8, 2026)) for _ in range(rng.randint(1, 5))]
    return Person(
        name=name, email=email, phone=phone, homepage=f"https://{handle.replace('.', '')}.example.org",
        chinese=chinese, interests=rng.sample(TOPICS, rng.randint(2, 4)), education=education,
        experience=experience, publications=publications, awards=awards,
        skills=rng.sample(SKILLS, rng.randint(4, 9)),
        projects=[f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}, studying {rng.choice(TOPICS)} "
                  f"with {_coauthor(rng)}; results appeared at {rng.choice(VENUES)} and were adopted by "
                  f"{rng.choice(COMPANIES)} for {rng.choice(TOPICS)}." for _ in range(40)],
    )


HEADINGS_EN = {"interests": "Research Interests", "education": "Education", "experience": "Experience",
               "publications": "Publications", "awards": "Honors and Awards", "skills": "Skills",
               "projects": "Selected Projects"}
HEADINGS_ZH = {"interests": "研究兴趣", "education": "教育背景", "experience": "工作经历",
               "publications": "发表论文", "awards": "获奖情况", "skills": "专业技能", "projects": "项目经历"}


def format_publication(pub: tuple[list[str], str, str, int], n: int, rng: random.Random) -> str:
    authors, title, venue, year = pub
    shown = VENUE_LONG.get(venue, venue) if rng.random() < 0.3 else venue
    return f"[{n}] {', '.join(authors)}. {title}. In {shown}, {year}."


def sections(person: Person, rng: random.Random, n_projects: int = 0) -> list[tuple[str, list[str]]]:
    """The CV body as (heading, lines) in reading order; `n_projects` filler paragraphs pad the length."""
    h = HEADINGS_ZH if person.chinese else HEADINGS_EN
    out = [
        (h["interests"], [", ".join(person.interests)]),
        (h["education"], [f"{d} in {f}, {i}, {s} - {e}" for d, f, i, s, e in person.education]),
        (h["experience"], [line for t, o, s, e, bullets in person.experience
                           for line in (f"{t}, {o}, {s} - {e}", *(f"- {b}" for b in bullets))]),
        (h["publications"], [format_publication(p, n, rng) for n, p in enumerate(person.publications, 1)]),
        (h["awards"], [f"{a}, {y}" for a, y in person.awards]),
        (h["skills"], [", ".join(person.skills)]),
    ]
    if n_projects:
        out.append((h["projects"], person.projects[:n_projects]))
    return out


def header_lines(person: Person) -> list[str]:
    return [person.name, f"{person.email} | {person.phone} | {person.homepage}"]
