"""09: Chinese pharmacology associate professor (zh), pandoc Markdown + citeproc GB/T 7714-2015 numeric CSL
-> LaTeX (pandoc's default template, xeCJK) -> XeLaTeX."""
from __future__ import annotations

import shutil

from kit20 import FILES, SRC, csl_refs, pin_pdf, run, workdir

STEM = "09_zh_pharmacology_assoc_prof_pandoc_gbt7714_xelatex"


def a(family, given):
    return {"family": family, "given": given}


ME = a("Wen", "Ruolan")
ME_ZH = a("闻", "若澜")

SCI = [
    dict(id="s1", type="article-journal", language="en", author=[ME, a("Qiao", "Zhenyu"), a("Lam", "Ka Ho"),
                                                                  a("Tan", "Jiawei")],
         title="Gut microbial bile acid metabolism modulates the efficacy of PD-1 blockade in hepatocellular carcinoma",
         **{"container-title": "Journal of Hepatology"}, issued={"date-parts": [[2024]]}, volume="81", issue="3",
         page="455-468", DOI="10.1016/j.jhep.2024.03.021"),
    dict(id="s2", type="article-journal", language="en", author=[a("Qiao#", "Zhenyu"), a("Wen#", "Ruolan"),
                                                                  a("He", "Yiming"), a("Tan*", "Jiawei")],
         title="A FXR-biased agonist ameliorates cholestatic liver injury without pruritus in mice",
         **{"container-title": "Acta Pharmaceutica Sinica B"}, issued={"date-parts": [[2023]]}, volume="13",
         issue="9", page="3790-3805"),
    dict(id="s3", type="article-journal", language="en", author=[a("Lam", "Ka Ho"), a("Wen*", "Ruolan")],
         title="Pharmacokinetic modelling of sorafenib–rifampicin interactions in patients with cirrhosis",
         **{"container-title": "Clinical Pharmacology & Therapeutics"}, issued={"date-parts": [[2022]]},
         volume="112", issue="4", page="871-880"),
    dict(id="s4", type="article-journal", language="en", author=[ME, a("Tan", "Jiawei")],
         title="Secondary bile acids as modulators of hepatic drug metabolism",
         **{"container-title": "Drug Metabolism and Disposition"}, status="已接收"),
]
ZH = [
    dict(id="z1", type="article-journal", language="zh", author=[ME_ZH, a("乔", "振宇"), a("谭", "嘉伟")],
         title="肠道菌群-胆汁酸轴在药物性肝损伤中的作用研究进展", **{"container-title": "药学学报"},
         issued={"date-parts": [[2023]]}, volume="58", issue="6", page="1452-1461"),
    dict(id="z2", type="article-journal", language="zh", author=[a("何", "一鸣"), ME_ZH],
         title="基于生理药代动力学模型的肝硬化患者给药剂量调整", **{"container-title": "中国临床药理学杂志"},
         issued={"date-parts": [[2021]]}, volume="37", issue="14", page="1890-1895"),
]
PREPRINT = [
    dict(id="p1", type="article", language="en", author=[ME, a("He", "Yiming"), a("Lam", "Ka Ho")],
         title="Single-cell atlas of bile acid receptors in human liver across fibrosis stages",
         publisher="bioRxiv", issued={"date-parts": [[2025]]}, DOI="10.1101/2025.01.08.631552"),
]

GBT = "china-national-standard-gb-t-7714-2015-numeric"


SUFFIX = {"s1": " （SCI 一区，IF=26.8）", "s2": " （SCI 一区，IF=14.7）", "s3": " （IF=6.3）",
          "s4": " （已接收）", "z1": " （中文核心）"}


def refs(entries, work, tag, start):
    out = []
    for i, e in enumerate(entries):
        text = csl_refs([e], GBT, work, tag=f"{tag}{i}").strip() + SUFFIX.get(e["id"], "")
        text = text.replace("\\[1\\]", f"\\[{start + i}\\]", 1)
        out.append(text)
    return "\n\n".join(out)


def build() -> str:
    work = workdir(STEM)
    md = f"""---
title: 个人简历
documentclass: article
geometry: "a4paper,margin=2.2cm"
CJKmainfont: Noto Serif CJK SC
mainfont: Liberation Serif
fontsize: 11pt
header-includes: |
  \\usepackage{{fancyhdr}}
  \\pagestyle{{fancy}}\\fancyhf{{}}\\renewcommand{{\\headrulewidth}}{{0.4pt}}
  \\lhead{{\\small 闻若澜\\quad 个人简历}}\\rhead{{\\small 第 \\thepage\\ 页}}
---

# 基本信息

**姓名**：闻若澜（WEN Ruolan）　　**性别**：女　　**出生年月**：1988年3月\\
**职称**：副教授、博士生导师　　**单位**：复旦大学药学院药理学系\\
**电子邮箱**：wenruolan@fudan.example.edu.cn　　**办公电话**：（021）5555-0147\\
**通讯地址**：上海市浦东新区蔡伦路826号，201203

# 教育经历

- 2010.09–2015.06　北京大学，药学院，药理学，博士（硕博连读），导师：谭嘉伟 教授
- 2013.10–2014.10　University of Toronto, Leslie Dan Faculty of Pharmacy，国家公派联合培养博士研究生
- 2006.09–2010.07　中国药科大学，药学，学士

# 工作经历

- 2021.12–至今　　复旦大学，药学院药理学系，副教授
- 2024.03–至今　　复旦大学附属中山医院，临床药理研究中心，兼职研究员
- 2018.07–2021.11　复旦大学，药学院，青年研究员
- 2015.07–2018.06　香港大学，李嘉诚医学院，博士后（Postdoctoral Fellow）

# 研究方向

肠道菌群与药物代谢；胆汁酸受体药理学；肝病精准用药；生理药代动力学（PBPK）建模

# 主持科研项目

1. 国家自然科学基金面上项目（82273991），胆汁酸-FXR轴调控免疫检查点抑制剂疗效的机制，2023.01–2026.12，52万元，主持
2. 上海市"科技创新行动计划"启明星项目（22QA1401234），2022.07–2025.06，20万元，主持

# 代表性论文

（#共同第一作者，\\*通讯作者；影响因子为 JCR 2024）

## 一、SCI 收录论文

{refs(SCI, work, "s", 1)}

## 二、中文核心期刊论文

{refs(ZH, work, "z", len(SCI) + 1)}

## 三、预印本

{refs(PREPRINT, work, "p", len(SCI) + len(ZH) + 1)}

# 授权专利

1. 闻若澜，谭嘉伟．一种胆汁酸衍生物及其在肝损伤治疗中的应用：ZL 2022 1 0555012.3［P］．2024-05-17．

# 获奖情况

- 2023年　上海市青年科技英才扬帆计划
- 2020年　中国药理学会施维雅青年药理学工作者奖
- 2015年　北京大学优秀博士学位论文

# 学术兼职

《药学学报》青年编委（2022–至今）；中国药理学会药物代谢专业委员会委员
"""
    src = SRC / f"{STEM}.md"
    src.write_text(md, encoding="utf-8")
    tex = work / "cv.tex"
    run(["pandoc", str(src), "-s", "-o", str(tex)])
    shutil.copyfile(tex, SRC / f"{STEM}.pandoc-output.tex")
    for _ in range(2):
        run(["xelatex", "-interaction=nonstopmode", "-halt-on-error", "cv.tex"], cwd=work)
    out = FILES / f"{STEM}.pdf"
    shutil.copyfile(work / "cv.pdf", out)
    pin_pdf(out)
    return out.name


LABEL = {
    "file": f"{STEM}.pdf",
    "name": "闻若澜",
    "name_any": ["WEN Ruolan", "Wen Ruolan", "Ruolan Wen"],
    "emails": ["wenruolan@fudan.example.edu.cn"],
    "phones": ["+862155550147"],
    "links": [],
    "education": [
        {"institution": "北京大学", "degree_level": "phd", "start": "2010-09", "end": "2015-06"},
        {"institution": "University of Toronto", "degree_level": "other", "start": "2013-10", "end": "2014-10"},
        {"institution": "中国药科大学", "degree_level": "bachelor", "start": "2006-09", "end": "2010-07"},
    ],
    "experience": [
        {"organization": "复旦大学", "title": "副教授", "start": "2021-12", "end": "present"},
        {"organization": "复旦大学附属中山医院", "title": "兼职研究员", "start": "2024-03", "end": "present"},
        {"organization": "复旦大学", "title": "青年研究员", "start": "2018-07", "end": "2021-11"},
        {"organization": "香港大学", "title": "博士后", "start": "2015-07", "end": "2018-06"},
    ],
    "publications_count": 7,
    "first_author_count": 5,
    "publications_sample": [
        {"title": SCI[0]["title"], "venue": "Journal of Hepatology", "year": 2024, "first_author": True,
         "status": "published"},
        {"title": SCI[1]["title"], "venue": "Acta Pharmaceutica Sinica B", "year": 2023, "first_author": True,
         "status": "published"},
        {"title": SCI[2]["title"], "venue": "Clinical Pharmacology & Therapeutics", "year": 2022,
         "first_author": False, "status": "published"},
        {"title": SCI[3]["title"], "venue": "Drug Metabolism and Disposition", "year": None, "first_author": True,
         "status": "accepted"},
        {"title": ZH[0]["title"], "venue": "药学学报", "year": 2023, "first_author": True, "status": "published"},
        {"title": PREPRINT[0]["title"], "venue": "bioRxiv", "year": 2025, "first_author": True,
         "status": "preprint"},
    ],
    "research_interests_any": ["肠道菌群与药物代谢", "胆汁酸受体药理学", "肝病精准用药"],
    "awards_count": 3,
    "language": "zh",
    "layout": "Chinese associate professor 个人简历, pandoc Markdown + citeproc GB/T 7714-2015 numeric CSL -> LaTeX (pandoc template, xeCJK, Noto Serif CJK SC) -> XeLaTeX",
    "notes": "pandoc's default LaTeX template with a centred title 个人简历 and a fancyhdr header '闻若澜 个人简历 / 第 n "
             "页' from page 2. 基本信息 as bold 'key：value' pairs three to a line (name with 'WEN Ruolan' in "
             "brackets, a Shanghai office phone '（021）5555-0147'). Bullet rows 'YYYY.MM–YYYY.MM　学校，学院，专业，学位': "
             "硕博连读 = one PhD from 2010.09; a 国家公派联合培养博士研究生 year at the University of Toronto is an "
             "education entry of level 'other' (heldout15). 工作经历 with '–至今' (present) and a 兼职研究员 post at a "
             "hospital beside the main post (joint appointment: a job). 主持科研项目 are NSFC/Shanghai grants, not "
             "jobs or awards. Papers: GB/T 7714 as this CSL prints them (authors in capitals joined by full stops "
             "'WEN R. QIAO Z. LAM K H. 等.', [J]/[J/OL]/[M/OL] tags), one numbering [1]..[7] over three sub-headings "
             "(一、SCI 收录论文 / 二、中文核心期刊论文 / 三、预印本), hand-added tails '（SCI 一区，IF=26.8）', "
             "'（已接收）' (accepted, no year), '#' = 共同第一作者 (QIAO# Z. WEN# R.: counts as first), '*' = "
             "通讯作者 (not first). 7 papers; the patent [P] is not one. First author: 1, 2, 4, 5, 7 = 5. "
             "获奖情况: 3 (the 扬帆计划 talent title is listed as an honour and counted; unsure).",
}
