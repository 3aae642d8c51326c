"""09: Chinese medicinal chemist, pharma industry back to a university chair; a Word 个人简历 with bilingual
headings, a personal-information grid with a photo cell, dates-left tab rows, python-docx -> LibreOffice PDF."""
from __future__ import annotations

import docx22 as W
from docx.shared import Cm
from kit22 import FILES, SRC, edu, fix_docx, job, pub, soffice_pdf

NAME = "09_zh_medicinal_chemistry_professor_ex_pharma_word_lo.pdf"


def build() -> None:
    d = W.new_doc("Times New Roman", 10.5, 2.0, east_asia="SimSun")
    W.core(d, "邵怀瑾", "个人简历")
    W.header_footer(d, [("邵怀瑾 个人简历 / CV of SHAO Huaijin", "-g")], page_field=False)
    W.para(d, [("个 人 简 历", "+b")], align="center", after=0)
    W.para(d, [("Curriculum Vitae", "g")], align="center", after=8)
    g = W.grid_table(d, 4, [2.6, 4.6, 2.6, 4.6, 3.0])
    cells = [("姓    名", "邵怀瑾（SHAO Huaijin）", "性    别", "男"),
             ("出生年月", "1984年5月", "职    称", "研究员、博士生导师"),
             ("手    机", "+86 21 5550 0192", "电子邮箱", "shaohj@fudan.example.edu.cn"),
             ("通讯地址", "上海市浦东新区蔡伦路826号 复旦大学药学院 201203", "", "")]
    for r, vals in zip(g.rows, cells, strict=False):
        for c, v in zip(r.cells[:4], vals, strict=False):
            W.cell_text(c, v)
    g.cell(3, 1).merge(g.cell(3, 3))
    g.cell(0, 4).merge(g.cell(3, 4))
    W.cell_text(g.cell(0, 4), [("（照片）", "g")])
    T = [(Cm(4.2), "left", None)]

    def head(zh, en):
        p = W.para(d, [(zh + " ", "b"), (en, "bg")], before=10, after=3, keep=True)
        W.bottom_rule(p, "000000", 6)

    head("研究方向", "Research Interests")
    W.para(d, "靶向蛋白降解（PROTAC、分子胶）；共价抑制剂设计；肿瘤小分子药物的药物化学与成药性优化", after=2)

    head("教育背景", "Education")
    for dt, line in [("2006.09–2011.12", "北京大学  药学院  药物化学专业  理学博士（硕博连读）  导师：林振邦 教授"),
                     ("2002.09–2006.07", "中国药科大学  药学院  药学专业  理学学士")]:
        W.para(d, [dt, "\t", line], tabs=T, indent_cm=4.2, first_cm=-4.2, after=1)

    head("工作经历", "Work Experience")
    rows = [
        ("2021.09–至今", [("复旦大学药学院  研究员、博士生导师", "b")]),
        ("2017.03–2021.08", [("江苏恒瑞医药股份有限公司  上海研发中心", "b")]),
        ("", ["2019.07–2021.08  项目总监（小分子肿瘤药物平台）"]),
        ("", ["2017.03–2019.06  高级研究员"]),
        ("2014.10–2017.02", [("Roche Innovation Center Shanghai", "b"), "  Scientist, Medicinal Chemistry"]),
        ("2012.01–2014.09", [("University of California, San Francisco (UCSF)", "b"),
                             "  Postdoctoral Scholar\v合作导师：Prof. Miriam Castellano-Reyes"]),
    ]
    for dt, parts in rows:
        W.para(d, [dt, "\t", *parts], tabs=T, indent_cm=4.2, first_cm=-4.2, after=1)
    W.para(d, "在恒瑞期间负责 3 个临床前候选化合物（PCC），其中 1 个进入 I 期临床。", indent_cm=4.2, after=2)

    head("代表性论文", "Selected Publications")
    W.para(d, [("（# 共同第一作者，* 通讯作者）", "g")], after=2)
    n = W.new_num(d)
    pubs = [
        "Shao H#, Qian Y#, Lu T, Castellano-Reyes M, et al. Covalent recruitment of DCAF16 enables degradation "
        "of mutant KRAS. J. Med. Chem. 2024, 67(8): 6120–6141.",
        "Qian Y#, Shao H#, Wen Z. Linker rigidity tunes ternary-complex cooperativity in BRD9 "
        "degraders. Eur. J. Med. Chem. 2023, 258: 115602.",
        "Wen Z, Lu T, Shao H*. 基于片段的共价探针发现 SMARCA2 选择性配体. 药学学报, 2023, 58(4): 901–910.",
        "Shao H, Castellano-Reyes M. Acrylamide warheads with tunable reactivity for cysteine-targeting "
        "inhibitors. ACS Med. Chem. Lett. 2014, 5(9): 1011–1016.",
        "Lu T, Qian Y, Shao H*. A molecular glue for CK1α with oral exposure in mice. Nat. Commun., "
        "已接收 (accepted).",
        "Shao H, et al. Targeted protein degradation in 2024: from tools to drugs (review). 投稿中 "
        "(submitted to Acta Pharm. Sin. B).",
    ]
    for p in pubs:
        W.set_num(W.para(d, p, style="List Number", after=2), n)

    head("授权专利", "Patents")
    W.para(d, "1. 一种含吡唑并嘧啶结构的KRAS降解剂及其用途，发明专利（已授权，第一发明人）", after=1)
    W.para(d, "2. Substituted quinazolines as covalent EGFR inhibitors, PCT application (Hengrui, co-inventor)",
           after=2)

    head("科研项目", "Grants")
    W.para(d, "国家自然科学基金面上项目（2023–2026，主持）；上海市科委基础研究重点项目（2022–2025，主持）", after=2)

    head("获奖情况", "Honors")
    W.para(d, "2019  恒瑞医药年度创新奖（项目团队负责人）", after=0)
    W.para(d, "2012  北京大学优秀博士学位论文", after=2)

    docx = SRC / "09_cv.python-docx.docx"
    d.save(docx)
    fix_docx(docx)
    soffice_pdf(docx, FILES / NAME)


LABEL = {
    "file": NAME,
    "name": "邵怀瑾",
    "name_any": ["SHAO Huaijin", "Huaijin Shao", "Shao Huaijin"],
    "emails": ["shaohj@fudan.example.edu.cn"],
    "phones": ["+862155500192"],
    "links": [],
    "education": [
        edu("北京大学", "phd", "2006-09", "2011-12"),
        edu("中国药科大学", "bachelor", "2002-09", "2006-07"),
    ],
    "experience": [
        job("复旦大学药学院", "研究员、博士生导师", "2021-09", "present"),
        job("江苏恒瑞医药股份有限公司", "项目总监", "2019-07", "2021-08"),
        job("江苏恒瑞医药股份有限公司", "高级研究员", "2017-03", "2019-06"),
        job("Roche Innovation Center Shanghai", "Scientist, Medicinal Chemistry", "2014-10", "2017-02"),
        job("University of California, San Francisco (UCSF)", "Postdoctoral Scholar", "2012-01", "2014-09"),
    ],
    "publications_count": 6,
    "first_author_count": 4,
    "publications_sample": [
        pub("Covalent recruitment of DCAF16 enables degradation of mutant KRAS", "J. Med. Chem.", 2024, True,
            "published"),
        pub("Linker rigidity tunes ternary-complex cooperativity in BRD9 degraders", "Eur. J. Med. Chem.", 2023,
            True, "published"),
        pub("基于片段的共价探针发现 SMARCA2 选择性配体", "药学学报", 2023, False, "published"),
        pub("A molecular glue for CK1α with oral exposure in mice", "Nat. Commun.", None, False, "accepted"),
        pub("Targeted protein degradation in 2024: from tools to drugs", "Acta Pharm. Sin. B", None, True,
            "under review"),
    ],
    "research_interests_any": ["靶向蛋白降解", "共价抑制剂设计"],
    "awards_count": 2,
    "language": "zh",
    "layout": "Chinese 个人简历 in Word (bilingual headings, 'Table Grid' personal-information grid with a merged "
              "photo column, dates-left hanging-indent rows, automatic numbering), python-docx -> LibreOffice PDF",
    "notes": "Word CV printed by LibreOffice (SimSun requested for East Asian text; LibreOffice substitutes a "
             "CJK font). Name in the grid '邵怀瑾（SHAO Huaijin）' (the pinyin form in name_any). Education rows "
             "'2006.09–2011.12  北京大学 … 理学博士（硕博连读）' (硕博连读 = PhD, heldout21), Chinese institutions "
             "labelled in Chinese (the CV prints them only in Chinese). Work rows with dates left: Fudan "
             "'2021.09–至今' with title '研究员、博士生导师' as printed (heldout21 keeps such combined titles); "
             "Hengrui employer line with two indented roles with their own dates (two jobs, organisation without "
             "the R&D-centre suffix, title '项目总监' without the bracket, heldout19); Roche and UCSF rows in "
             "English with the title after the organisation; UCSF postdoc has a 合作导师 line. Publications: "
             "legend '# 共同第一作者, * 通讯作者'; [1] and [2] have the candidate co-first with '#' (first author), "
             "[3] and [5] only corresponding ('*', not first); [4] listed first; [6] 'Shao H, et al.' listed first "
             "with '投稿中 (submitted to …)' = under review -> first-author count 4 of 6. '已接收 (accepted)' = "
             "accepted without a year. Patents and 国家自然科学基金 grants are neither papers nor awards. Honours: 2.",
}
