"""Invented publication lists for heldout39 (seeded, deterministic).

Every title, co-author and number here is made up from word lists; venues are public journal/conference names."""
from __future__ import annotations

import random

SURNAMES = [
    "Abernethy", "Balogun", "Castellanos", "Dunmore", "Eskildsen", "Fairweather", "Gundersen", "Halvorsen",
    "Iwasaki", "Jablonski", "Kettering", "Lindqvist", "Moravec", "Nakashima", "Okonkwo", "Pellegrini",
    "Quarshie", "Rosenthal", "Szabo", "Thorvaldsen", "Umeki", "Varga", "Wexford", "Xiong", "Yardley",
    "Zielinski", "Ashdown", "Brannigan", "Colquhoun", "Delacroix", "Ellwood", "Fenwick", "Grimaldi",
    "Hartigan", "Ingersoll", "Juhasz", "Kowalczyk", "Larkspur", "Mackintosh", "Nordstrom", "Oyelowo",
    "Prentiss", "Rademaker", "Sorensen", "Tamburini", "Vasquez-Orr", "Whitcombe", "Yamaguchi", "Zhou",
]
INITIALS = "ABCDEFGHJKLMNOPRSTVW"


def coauthor(r: random.Random) -> tuple[str, str]:
    return r.choice(INITIALS), r.choice(SURNAMES)


def make_titles(r: random.Random, vocab: dict, n: int) -> list[str]:
    pats = vocab.get("P") or [
        "{A} {N} in {C}",
        "{A} {N} of {C}",
        "On the {N} of {C}",
        "{G} {N}: evidence from {C}",
        "A {A} approach to {N} in {C}",
        "{N} and {N2} in {C}",
        "Towards {A} {N} for {C}",
        "{G} {N} under {K}",
    ]
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        t = r.choice(pats).format(A=r.choice(vocab["A"]), N=r.choice(vocab["N"]), N2=r.choice(vocab["N"]),
                                  C=r.choice(vocab["C"]), G=r.choice(vocab["G"]), K=r.choice(vocab["K"]))
        t = t[0].upper() + t[1:]
        key = " ".join(t.lower().split()[:6])
        if t in seen or key in seen:
            continue
        seen.add(t)
        seen.add(key)
        out.append(t)
    return out


def make_pubs(seed: int, vocab: dict, n: int, venues: list[str], years: tuple[int, int], me: tuple[str, str],
              first_rate: float = 0.3, last_rate: float = 0.5, nauth: tuple[int, int] = (2, 6)) -> list[dict]:
    """Newest first. Each item: authors [(initial, surname, is_me)], title, venue, year, first, vol, pages."""
    r = random.Random(seed)
    titles = make_titles(r, vocab, n)
    out = []
    y0, y1 = years
    for i, t in enumerate(titles):
        year = y1 - int((y1 - y0 + 1) * i / n)
        k = r.randint(*nauth)
        others = []
        while len(others) < k - 1:
            c = coauthor(r)
            if c not in others and c[1] != me[1]:
                others.append(c)
        x = r.random()
        if x < first_rate:
            pos = 0
        elif x < first_rate + last_rate:
            pos = k - 1
        else:
            pos = r.randint(1, max(1, k - 1))
        auth = [(a, b, False) for a, b in others]
        auth.insert(pos, (me[0], me[1], True))
        out.append(dict(authors=auth, title=t, venue=r.choice(venues), year=year, first=(pos == 0),
                        vol=r.randint(5, 140), pages=f"{r.randint(1, 900)}–{r.randint(901, 1400)}",
                        num=r.randint(1, 12)))
    return out


def names(p: dict, style: str = "init", bold=("**", "**")) -> str:
    parts = []
    for a, b, me in p["authors"]:
        if style == "init":
            s = f"{a}. {b}"
        elif style == "last_init":
            s = f"{b}, {a}."
        else:  # vancouver
            s = f"{b} {a}"
        parts.append(f"{bold[0]}{s}{bold[1]}" if me else s)
    if style == "vanc":
        return ", ".join(parts)
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + (", and " if len(parts) > 2 else " and ") + parts[-1]


VOCAB_NEURO = dict(
    A=["hippocampal", "cortical", "dopaminergic", "thalamic", "sparse", "oscillatory", "state-dependent",
       "cholinergic", "predictive", "adaptive"],
    N=["place-cell remapping", "sharp-wave ripples", "dendritic integration", "replay sequences",
       "gamma coupling", "synaptic tagging", "grid-cell drift", "memory consolidation", "theta phase precession",
       "interneuron gating"],
    C=["freely moving mice", "the aged rat", "virtual navigation", "human intracranial recordings",
       "the entorhinal cortex", "sleep deprivation", "spatial learning", "a two-photon imaging study"],
    G=["Cell-type specific", "Closed-loop", "Longitudinal", "Optogenetic", "Population-level"],
    K=["anaesthesia", "novel environments", "reward uncertainty", "chronic stress"],
)
VOCAB_CHEM = dict(
    A=["chiral", "cooperative", "photoredox", "ligand-accelerated", "enantioselective", "cobalt-catalysed",
       "frustrated", "heterobimetallic", "bench-stable", "atom-economic"],
    N=["C–H activation", "hydroamination", "Lewis pairs", "carbene transfer", "cross-coupling",
       "dearomatisation", "hydrofunctionalisation", "transfer hydrogenation", "ring expansion", "borylation"],
    C=["unactivated alkenes", "N-heterocycles", "flow conditions", "late-stage diversification",
       "aqueous media", "strained rings", "pharmaceutical building blocks", "allylic systems"],
    G=["Mechanistic", "Kinetic", "Scalable", "Computational", "Divergent"],
    K=["visible light", "ambient air", "microwave heating", "high pressure"],
)
VOCAB_HIST = dict(
    A=["Jacobite", "Presbyterian", "mercantile", "Hanoverian", "civic", "Highland", "Atlantic", "clerical",
       "provincial", "patrician"],
    N=["credit networks", "kirk sessions", "pamphlet culture", "burgh politics", "estate management",
       "sermon literature", "tobacco trade", "poor relief", "improvement societies", "marriage contracts"],
    C=["eighteenth-century Glasgow", "the Scottish Enlightenment", "early modern Aberdeen",
       "the Union debates of 1706–7", "Restoration Edinburgh", "the Atlantic world", "the Lowland parish"],
    G=["Rethinking", "Reading", "Counting", "Mapping", "Recovering"],
    K=["the Union", "war and dearth", "Whig rule", "the Forty-Five"],
)
VOCAB_ML = dict(
    A=["equivariant", "sparse", "probabilistic", "contrastive", "certified", "scalable", "amortised",
       "geometric", "federated", "calibrated"],
    N=["message passing", "normalising flows", "attention", "variational inference", "diffusion models",
       "graph transformers", "uncertainty estimation", "representation learning", "active learning",
       "policy optimisation"],
    C=["molecular graphs", "point clouds", "medical images", "tabular data", "long sequences",
       "partially observed dynamics", "robotic manipulation", "weather forecasting"],
    G=["Provably robust", "Efficient", "Self-supervised", "Latent", "Hierarchical"],
    K=["distribution shift", "label noise", "adversarial perturbations", "limited supervision"],
)
VOCAB_MARINE = dict(
    A=["coral", "thermal", "larval", "mesophotic", "benthic", "symbiotic", "herbivorous", "acidified",
       "cross-shelf", "inshore"],
    N=["bleaching thresholds", "recruitment dynamics", "microbiome shifts", "connectivity", "reef resilience",
       "heat tolerance", "grazing pressure", "calcification rates", "spawning synchrony", "community turnover"],
    C=["the Great Barrier Reef", "the Coral Sea", "Torres Strait", "Ningaloo Reef", "the Great Barrier Reef",
       "marine heatwaves", "turbid nearshore reefs", "Lord Howe Island"],
    G=["Decadal", "Experimental", "Genomic", "Spatially explicit", "Regional"],
    K=["repeated heatwaves", "cyclone disturbance", "ocean warming", "nutrient loading"],
)
VOCAB_TCS = dict(
    A=["near-linear", "deterministic", "dynamic", "distributed", "approximate", "streaming", "parameterised",
       "fault-tolerant", "oblivious", "local"],
    N=["spanners", "vertex cuts", "matching", "shortest paths", "graph sparsification", "edge colouring",
       "distance oracles", "flow rounding", "low-diameter decompositions", "connectivity certificates"],
    C=["planar graphs", "the CONGEST model", "sublinear space", "directed graphs", "bounded-degree expanders",
       "the massively parallel model", "weighted hypergraphs", "minor-free graphs"],
    G=["Improved bounds for", "Simple", "Optimal", "Faster", "Lower bounds for"],
    K=["edge failures", "adaptive adversaries", "bounded recourse", "limited memory"],
)
VOCAB_MAT = dict(
    A=["perovskite", "layered", "solid-state", "high-entropy", "nickel-rich", "sulfide", "flexible",
       "self-healing", "single-crystal", "amorphous"],
    N=["electrolytes", "cathodes", "interphase stability", "ion transport", "thin-film transistors",
       "defect passivation", "lithium plating", "grain boundaries", "phase segregation", "dendrite suppression"],
    C=["all-solid-state batteries", "tandem solar cells", "wearable electronics", "high-voltage operation",
       "sodium-ion cells", "humid environments", "fast charging", "low-temperature operation"],
    G=["In situ", "Operando", "Interface-engineered", "Scalable", "Atomic-scale"],
    K=["mechanical strain", "thermal cycling", "high current density", "moisture exposure"],
)
VOCAB_OPT = dict(
    A=["silicon", "coherent", "low-noise", "integrated", "wavelength-tunable", "polarisation-diverse",
       "high-speed", "thermally stable", "compact", "hybrid"],
    N=["optical transceivers", "ring modulators", "photodetectors", "laser arrays", "frequency combs",
       "waveguide couplers", "optical interconnects", "phase shifters", "clock recovery", "multiplexers"],
    C=["data-centre links", "400G Ethernet", "co-packaged optics", "automotive LiDAR", "5G fronthaul",
       "short-reach links", "quantum key distribution", "hyperscale networks"],
    G=["Demonstration of", "Design of", "Wafer-scale", "Energy-efficient", "Reliable"],
    K=["high temperature", "fabrication variation", "burst traffic", "aggressive power budgets"],
)
VOCAB_FR = dict(
    A=["hydrologique", "alpin", "glaciaire", "torrentiel", "nivale", "sédimentaire", "climatique",
       "régional", "saisonnier", "extrême"],
    N=["régimes de crue", "transport solide", "bilans de masse", "débits d'étiage", "laves torrentielles",
       "manteau neigeux", "risques naturels", "recharge des nappes", "variabilité des précipitations",
       "modélisation distribuée"],
    C=["les Alpes françaises", "le bassin de l'Isère", "les Pyrénées", "le massif du Mont-Blanc",
       "les bassins versants de montagne", "le Haut-Rhône", "les Écrins", "le Vercors"],
    G=["Analyse des", "Évolution des", "Observation des", "Modélisation des", "Sur les"],
    K=["changement climatique", "fonte rapide", "forçage anthropique", "crues éclair"],
    P=["{G} {N} dans {C}", "{G} {N} en contexte de {K}", "{N} et {N2} : le cas de {C}",
       "Approche {A} des {N} dans {C}", "{G} {N} face au {K}"],
)
VOCAB_EPI = dict(
    A=["socioeconomic", "life-course", "maternal", "cardiometabolic", "area-level", "multimorbid",
       "ethnic", "occupational", "intergenerational", "sex-specific"],
    N=["inequalities in mortality", "birthweight", "hypertension", "frailty", "hospital admissions",
       "dementia risk", "obesity trajectories", "health literacy", "cancer survival", "prescribing patterns"],
    C=["Scottish record-linkage cohorts", "the Aberdeen Children of the 1950s", "UK Biobank",
       "primary care records", "older adults", "a national birth cohort", "deprived communities",
       "the Scottish Longitudinal Study"],
    G=["Trends in", "Pathways to", "Associations between", "Trajectories of", "Determinants of"],
    K=["austerity", "the COVID-19 pandemic", "welfare reform", "rural isolation"],
)
VOCAB_ZH = dict(
    A=["高强", "超高性能", "纤维增强", "再生骨料", "低碳", "自密实", "纳米改性", "耐久", "智能", "装配式"],
    N=["混凝土", "钢-混凝土组合梁", "桥梁结构", "节点", "抗震性能", "疲劳损伤", "徐变", "氯离子侵蚀",
       "裂缝控制", "剪力墙"],
    C=["冻融循环", "高温作用", "海洋环境", "地震作用", "长期荷载", "复杂应力状态", "碳化", "冲击荷载"],
)


def make_zh_titles(r: random.Random, n: int) -> list[str]:
    pats = ["{A}{N}在{C}下的{M}研究", "{C}下{A}{N}{M}试验研究", "基于{X}的{A}{N}{M}分析", "{A}{N}{M}及其设计方法"]
    seen: set[str] = set()
    out = []
    while len(out) < n:
        t = r.choice(pats).format(A=r.choice(VOCAB_ZH["A"]), N=r.choice(VOCAB_ZH["N"]), C=r.choice(VOCAB_ZH["C"]),
                                  M=r.choice(["力学性能", "损伤演化", "承载力", "变形", "耐久性"]),
                                  X=r.choice(["数字图像相关", "机器学习", "细观模型", "有限元"]))
        if t not in seen:
            seen.add(t)
            out.append(t)
    return out
