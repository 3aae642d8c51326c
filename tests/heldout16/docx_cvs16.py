"""The DOCX CVs 03, 04, 07."""
from __future__ import annotations

from docx16 import WORD_APP, WPS_APP, anchor_textbox, build, cell, dele, inline_pic, ins, para, run, table
from kit16 import FILES, SRC, label
from typst16 import placeholder_photo

EMU_CM = 360000


def cv03() -> dict:
    f = "03_zh_product_manager_wps_textbox_sidebar_photo.docx"
    photo = SRC / "03_photo_placeholder.jpg"
    placeholder_photo(photo, 240, 320)
    white = dict(color="FFFFFF")
    side = "".join([
        para(inline_pic("{IMG:photo}", int(2.6 * EMU_CM), int(3.5 * EMU_CM)), align="center", space_after=200),
        para(run("基本信息", b=True, sz=12, color="FFFFFF"), border="FFFFFF", space_after=80),
        para(run("性别：女", **white), space_after=40),
        para(run("年龄：31岁", **white), space_after=40),
        para(run("现居：浙江杭州", **white), space_after=40),
        para(run("电话：199 5550 0188", **white), space_after=40),
        para(run("邮箱：yishutong@example.com", sz=9, **white), space_after=200),
        para(run("专业技能", b=True, sz=12, color="FFFFFF"), border="FFFFFF", space_after=80),
        para(run("• 需求分析 / PRD / 原型（Axure、墨刀）", sz=9, **white), space_after=40),
        para(run("• 数据分析：SQL、Python、A/B 实验设计", sz=9, **white), space_after=40),
        para(run("• 项目管理：敏捷开发、Jira", sz=9, **white), space_after=200),
        para(run("证书", b=True, sz=12, color="FFFFFF"), border="FFFFFF", space_after=80),
        para(run("PMP 项目管理专业人士认证（2020）", sz=9, **white), space_after=40),
        para(run("英语六级（CET-6）", sz=9, **white), space_after=200),
        para(run("自我评价", b=True, sz=12, color="FFFFFF"), border="FFFFFF", space_after=80),
        para(run("8年互联网产品经验，擅长从0到1搭建B端SaaS产品，数据驱动，沟通协调能力强。", sz=9, **white)),
    ])
    box = anchor_textbox(side, 0, 0, int(6.4 * EMU_CM), int(29.7 * EMU_CM)).replace(
        '<wp:wrapSquare wrapText="right"/>', "<wp:wrapNone/>")
    def H(t):
        return para(run(t, b=True, sz=13, color="1F3A5F"), border="1F3A5F", space_before=240, space_after=100)
    TAB = [("right", 6350)]

    def row(org, role, dates):
        return para([run(org, b=True), run("  |  " + role, b=True), run("\t" + dates, color="595959")], tabs=TAB, space_before=120, space_after=40)

    def bullet(t):
        return para(run("▪ " + t, sz=10), ind=(240, 240), space_after=20)

    body = "".join([
        para([box, run("易书桐", b=True, sz=24, color="1F3A5F")], space_after=60),
        para(run("求职意向：高级产品经理 / 产品专家　｜　期望城市：杭州、上海　｜　到岗时间：一个月内", sz=10, color="595959"), space_after=120),
        H("工作经历"),
        row("阿里巴巴（中国）有限公司", "高级产品经理", "2021.03 - 至今"),
        para(run("钉钉事业部 · 协同办公产品线", i=True, color="595959"), space_after=40),
        bullet("负责审批与智能表单产品规划，带领4人产品小组，年度活跃企业数提升37%；"),
        bullet("主导表单引擎重构，建立指标体系与A/B实验流程。"),
        row("网易（杭州）网络有限公司", "产品经理", "2018.07 - 2021.02"),
        para(run("网易有道 · 智能硬件部", i=True, color="595959"), space_after=40),
        bullet("负责词典笔配套App的学习报告与家长端功能，DAU从12万增长至45万。"),
        row("杭州海康威视数字技术股份有限公司", "产品助理", "2016.07 - 2018.06"),
        bullet("参与园区安防管理平台需求调研与原型设计，输出PRD二十余份。"),
        H("项目经历"),
        row("智能表单 2.0", "产品负责人", "2022.04 - 2023.01"),
        bullet("从0到1设计低代码表单搭建能力，上线半年覆盖80万企业。"),
        row("有道学习报告", "核心产品经理", "2019.09 - 2020.06"),
        bullet("设计学习数据看板与推送策略，次月留存提升8个百分点。"),
        H("教育背景"),
        row("浙江大学", "信息管理与信息系统　本科（管理学学士）", "2012.09 - 2016.06"),
        bullet("主修课程：数据结构、管理信息系统、运筹学、统计学；GPA 3.6/4.0"),
        H("荣誉奖项"),
        para(run("2022年度 阿里巴巴集团优秀员工　　　2015年 浙江大学一等奖学金")),
    ])
    out = FILES / f
    build(out, body, fonts=("微软雅黑", "微软雅黑"), size=10.5, margins=(900, 900, 900, 4300),
          title="易书桐-产品经理简历", author="Administrator", app=WPS_APP, images={"photo": photo})
    return label(
        f, "易书桐", name_any=["Yi Shutong", "Shutong Yi"],
        emails=["yishutong@example.com"], phones=["+8619955500188"], links=[],
        education=[{"institution": "浙江大学", "degree_level": "bachelor", "start": "2012-09", "end": "2016-06"}],
        experience=[
            {"organization": "阿里巴巴（中国）有限公司", "title": "高级产品经理", "start": "2021-03", "end": "present"},
            {"organization": "网易（杭州）网络有限公司", "title": "产品经理", "start": "2018-07", "end": "2021-02"},
            {"organization": "杭州海康威视数字技术股份有限公司", "title": "产品助理", "start": "2016-07", "end": "2018-06"},
        ],
        publications_count=0, first_author_count=0, publications_sample=[],
        research_interests_any=[], awards_count=2,
        language="zh",
        layout="WPS-style DOCX: a full-height dark floating text box (wp:anchor + wps:txbx/w:txbxContent, wrapNone) at the left page edge holding the photo, 基本信息, skills, certificates and 自我评价; body text to its right",
        notes="The sidebar is a DrawingML text box anchored in the first body paragraph (the one holding the name), so its text sits inside that paragraph's run in document order; the photo is an inline picture inside the text box. "
              "Phone '199 5550 0188' and e-mail only in the sidebar (labelled '电话：', '邮箱：'). Body rows 'Company  |  Role<TAB>YYYY.MM - YYYY.MM' with a right tab stop, department in italics on the next line. "
              "项目经历 uses the same 'Name | Role | dates' row shape but are projects, not jobs. Education row '浙江大学 | 信息管理与信息系统　本科（管理学学士） | 2012.09 - 2016.06' = bachelor. "
              "荣誉奖项 on one line: 2 awards (优秀员工 2022, 一等奖学金 2015). PMP and CET-6 are certificates, not awards. docProps/app.xml names WPS Office.",
    )


def cv04() -> dict:
    f = "04_zh_chemistry_lecturer_yingpin_dengjibiao_word_merged_grid.docx"
    G = [1300, 1500, 1000, 1300, 1200, 1500, 1700]  # 9500 twips
    def L(t, w, span=1, **k):
        return cell(para(run(t, b=True), align="center"), w, span, shade="F2F2F2", **k)
    def V(t, w, span=1, sdt=None, **k):
        return cell(para(run(t), align="center"), w, span, sdt=sdt, **k)
    def left(t):
        return para(run(t, sz=10), space_after=0)
    rows = [
        (560, [L("姓  名", G[0]), V("祝宛宁", G[1], sdt="姓名"), L("性  别", G[2]), V("女", G[3], sdt="性别"), L("出生年月", G[4]), V("1994.03", G[5], sdt="出生年月"),
               cell(para(run("照\n片".replace("\n", "")), align="center"), G[6], vmerge="restart")]),
        (560, [L("民  族", G[0]), V("汉", G[1]), L("政治面貌", G[2]), V("中共党员", G[3]), L("籍  贯", G[4]), V("浙江宁波", G[5]), cell("", G[6], vmerge="cont")]),
        (560, [L("最高学历", G[0]), V("博士研究生", G[1], sdt="最高学历"), L("最高学位", G[2]), V("理学博士", G[3], sdt="最高学位"), L("职  称", G[4]), V("无", G[5]), cell("", G[6], vmerge="cont")]),
        (560, [L("毕业院校", G[0]), V("厦门大学", G[1] + G[2], 2, sdt="毕业院校"), L("所学专业", G[3]), V("物理化学", G[4] + G[5], 2, sdt="专业"), cell("", G[6], vmerge="cont")]),
        (560, [L("联系电话", G[0]), V("199-5550-0174", G[1] + G[2], 2, sdt="电话"), L("电子邮箱", G[3]), V("zhuwanning@example.com", G[4] + G[5] + G[6], 3, sdt="邮箱")]),
        (560, [L("应聘岗位", G[0]), V("化学与材料科学学院  专任教师（讲师）", sum(G[1:4]), 3), L("研究方向", G[4]), V("电催化CO₂还原；单原子催化剂", G[5] + G[6], 2)]),
        # 学习经历
        (480, [cell(para(run("学习经历\n（从本科填起）".replace("\n", ""), b=True), align="center"), G[0], vmerge="restart", shade="F2F2F2"),
               L("起止时间", G[1]), L("学校", G[2] + G[3], 2), L("专业", G[4]), L("学历/学位", G[5]), L("导师", G[6])]),
        (480, [cell("", G[0], vmerge="cont"), V("2019.09-2023.06", G[1]), V("厦门大学", G[2] + G[3], 2), V("物理化学", G[4]), V("博士研究生/理学博士", G[5]), V("孙立恒", G[6])]),
        (480, [cell("", G[0], vmerge="cont"), V("2021.10-2022.10", G[1]), V("University of Toronto（国家公派联合培养）", G[2] + G[3], 2), V("化学", G[4]), V("联合培养博士生", G[5]), V("R. Okonkwo-Hale", G[6])]),
        (480, [cell("", G[0], vmerge="cont"), V("2016.09-2019.06", G[1]), V("厦门大学", G[2] + G[3], 2), V("物理化学", G[4]), V("硕士研究生/理学硕士", G[5]), V("孙立恒", G[6])]),
        (480, [cell("", G[0], vmerge="cont"), V("2012.09-2016.06", G[1]), V("宁波大学", G[2] + G[3], 2), V("化学", G[4]), V("本科/理学学士", G[5]), V("—", G[6])]),
        # 工作经历
        (480, [cell(para(run("工作经历", b=True), align="center"), G[0], vmerge="restart", shade="F2F2F2"),
               L("起止时间", G[1]), L("工作单位", G[2] + G[3], 2), L("岗位/职务", G[4] + G[5], 2), L("证明人", G[6])]),
        (480, [cell("", G[0], vmerge="cont"), V("2023.07-至今", G[1]), V("浙江大学化学系", G[2] + G[3], 2), V("博士后（在站，合作导师：陆景山）", G[4] + G[5], 2), V("陆景山", G[6])]),
        (480, [cell("", G[0], vmerge="cont"), V("2016.09-2017.06", G[1]), V("厦门大学化学化工学院", G[2] + G[3], 2), V("本科生助教（兼）", G[4] + G[5], 2), V("—", G[6])]),
        # 科研成果
        (2400, [cell(para(run("主要科研成果\n（论文、专利、项目）".replace("\n", ""), b=True), align="center"), G[0], shade="F2F2F2"),
                cell([
                    left("一、学术论文（#共同第一作者，*通讯作者）"),
                    left("1. Zhu W#, Lin Q#, Sun L*. Atomically dispersed Ni–N₃ sites with axial chloride ligands for CO₂-to-CO electroreduction at ampere-level current densities. J. Am. Chem. Soc., 2023, 145(19): 10211-10220.（SCI一区，IF=15.0）"),
                    left("2. Lin Q#, Zhu W#, Okonkwo-Hale R, Sun L*. Operando Raman evidence of *COOH stabilisation on single-atom Ni catalysts. Nat. Commun., 2022, 13: 5581.（SCI一区）"),
                    left("3. Zhu W, Chen J, Sun L*. Pulsed electrolysis suppresses flooding of gas-diffusion electrodes. ACS Catal., 2022, 12(9): 5120-5131.（SCI一区）"),
                    left("4. Chen J, Zhu W, Sun L*. Carbon-supported Cu clusters for CO₂ reduction to ethylene. J. Mater. Chem. A, 2021, 9: 20154-20162.（SCI二区）"),
                    left("5. Zhu W, Lu J*. Ligand-field engineering of single-atom catalysts. Angew. Chem. Int. Ed., 已接收（Accepted）."),
                    left("6. 祝宛宁, 孙立恒*. 单原子催化剂电还原二氧化碳研究进展. 物理化学学报, 2021, 37(5): 2009061.（中文核心）"),
                    left("二、授权发明专利1项：一种轴向配位单原子镍催化剂的制备方法（第二发明人）"),
                    left("三、参与国家自然科学基金面上项目1项（22172xxx，排名第3）"),
                ], sum(G[1:]), 6, valign="top")]),
        (900, [cell(para(run("获奖情况", b=True), align="center"), G[0], shade="F2F2F2"),
               cell([left("2022年 博士研究生国家奖学金"), left("2023年 厦门大学优秀毕业生"), left("2019年 中国化学会第十一届全国物理化学学术会议优秀墙报奖")], sum(G[1:]), 6, valign="top")]),
        (900, [cell(para(run("本人承诺", b=True), align="center"), G[0], shade="F2F2F2"),
               cell([left("本人保证以上所填信息真实有效，如有虚假，愿承担由此产生的一切后果。"), para(run("本人签名：____________      2024年6月    日"), align="right")], sum(G[1:]), 6, valign="top")]),
    ]
    body = "".join([
        para(run("宁波大学专任教师岗位应聘登记表", b=True, sz=16, font="黑体"), align="center", space_after=120),
        para(run("应聘单位（学院）：化学与材料科学学院                                  填表日期：2024年6月", sz=10), space_after=80),
        table(rows, G),
        para(run("注：本表请用A4纸双面打印，学习经历从本科填起，科研成果可另附页。", sz=9, color="595959"), space_before=80),
    ])
    build(FILES / f, body, fonts=("宋体", "宋体"), size=10.5, margins=(1000, 1000, 1000, 1000),
          title="应聘登记表", author="rsc", app=WORD_APP)
    return label(
        f, "祝宛宁", name_any=["Zhu Wanning", "Wanning Zhu"],
        emails=["zhuwanning@example.com"], phones=["+8619955500174"], links=[],
        education=[
            {"institution": "厦门大学", "degree_level": "phd", "start": "2019-09", "end": "2023-06"},
            {"institution": "University of Toronto", "degree_level": "other", "start": "2021-10", "end": "2022-10"},
            {"institution": "厦门大学", "degree_level": "master", "start": "2016-09", "end": "2019-06"},
            {"institution": "宁波大学", "degree_level": "bachelor", "start": "2012-09", "end": "2016-06"},
        ],
        experience=[
            {"organization": "浙江大学化学系", "title": "博士后", "start": "2023-07", "end": "present"},
            {"organization": "厦门大学化学化工学院", "title": "本科生助教", "start": "2016-09", "end": "2017-06"},
        ],
        publications_count=6, first_author_count=5,
        publications_sample=[
            {"title": "Atomically dispersed Ni–N₃ sites with axial chloride ligands for CO₂-to-CO electroreduction at ampere-level current densities",
             "venue": "J. Am. Chem. Soc.", "year": 2023, "first_author": True, "status": "published"},
            {"title": "Operando Raman evidence of *COOH stabilisation on single-atom Ni catalysts", "venue": "Nat. Commun.",
             "year": 2022, "first_author": True, "status": "published"},
            {"title": "Carbon-supported Cu clusters for CO₂ reduction to ethylene", "venue": "J. Mater. Chem. A", "year": 2021,
             "first_author": False, "status": "published"},
            {"title": "Ligand-field engineering of single-atom catalysts", "venue": "Angew. Chem. Int. Ed.", "year": None,
             "first_author": True, "status": "accepted"},
            {"title": "单原子催化剂电还原二氧化碳研究进展", "venue": "物理化学学报", "year": 2021, "first_author": True, "status": "published"},
        ],
        research_interests_any=["电催化CO₂还原", "单原子催化剂"], awards_count=3,
        language="zh",
        layout="University 应聘登记表 as a Word form: one 7-column grid table with gridSpan and vMerge (photo cell over 4 rows, 学习经历/工作经历 row headers merged down), several values inside plain-text content controls (w:sdt)",
        notes="A university's job-application form, not a free CV. Personal data as label/value cells (姓  名 | 祝宛宁 | 性  别 | 女 | 出生年月 | 1994.03 | photo); the name, degree, school, phone and e-mail values sit inside block-level content controls (w:sdt > w:sdtContent > w:p), as in real Word forms. "
              "学习经历 is a sub-table inside the grid: '起止时间 | 学校 | 专业 | 学历/学位 | 导师' with '2019.09-2023.06'. The 国家公派联合培养 year at Toronto is education, level other (heldout15 convention). PhD and master's at the same school. "
              "工作经历: 博士后 (title without '（在站…）') at 浙江大学化学系 since 2023.07 ('至今'), and a part-time undergraduate TA post (本科生助教（兼）), both jobs. "
              "主要科研成果 is one big merged cell: 6 papers (ACS-like abbreviations kept as printed: 'J. Am. Chem. Soc.', 'Nat. Commun.'), '#' co-first defined in the cell's sub-heading, so first authorship = papers 1, 2 (candidate listed second with '#'), 3, 5, 6 = 5; paper 4 lists Chen J first. "
              "Paper 5 '已接收（Accepted）' without year. The patent and the NSFC project are not papers. 获奖情况: 3 (国家奖学金, 优秀毕业生, 优秀墙报奖). 研究方向 cell = interests.",
    )


def cv07() -> dict:
    f = "07_zh_cardiology_attending_word_tracked_changes.docx"
    def H(t):
        return para(run(t, b=True, sz=12, font="黑体"), shade="D9E2F3", space_before=200, space_after=80)
    TAB = [("left", 2000)]
    def line(*r):
        return para(list(r), tabs=TAB, ind=(2000, 2000), space_after=40)
    def ref(*r):
        return para(list(r), ind=(360, 360), space_after=40)
    body = "".join([
        para(run("个 人 简 历", b=True, sz=18, font="黑体"), align="center", space_after=160),
        para([run("姓名：", b=True), run("廖清禾　　　"), run("性别：", b=True), run("男　　　"), run("出生年月：", b=True), run("1992年4月")], space_after=40),
        para([run("职称：", b=True), dele("住院医师", 1), ins("主治医师", 2), run("　　　"), run("科室：", b=True), run("心血管内科")], space_after=40),
        para([run("手机：", b=True), dele("199-5550-0131", 3), ins("199-5550-0139", 4), run("　　　"), run("邮箱：", b=True), run("liaoqinghe@example.com")], space_after=40),
        H("教育背景"),
        line(run("2018.09–2021.06\t中山大学中山医学院　内科学（心血管病）　博士研究生，医学博士　导师：许晖 教授")),
        line(run("2015.09–2018.07\t中山大学中山医学院　内科学　硕士研究生（专业学位，与住院医师规范化培训并轨），医学硕士")),
        line(run("2010.09–2015.07\t中山大学中山医学院　临床医学（五年制）　本科，医学学士")),
        H("工作及临床培训经历"),
        line(run("2024.01–至今\t中山大学附属第一医院　心血管内科　"), dele("住院医师", 5), ins("主治医师", 6)),
        line(run("2021.07–2023.12\t中山大学附属第一医院　心血管内科　住院医师")),
        line(run("2015.09–2018.07\t中山大学附属第一医院　内科住院医师规范化培训（内科基地），已取得合格证书")),
        H("执业资格"),
        para(run("医师资格证书（2016）；医师执业证书（执业范围：内科专业）；住院医师规范化培训合格证书（2018）"), space_after=40),
        H("临床专长与研究方向"),
        para(run("冠心病介入诊疗；急性心肌梗死后心室重构；心血管疾病的炎症机制。"), space_after=40),
        H("发表论文"),
        ref(run("1. Liao Q, Ouyang M, Xu H. Colchicine attenuates adverse ventricular remodelling after anterior STEMI: a single-centre randomised pilot trial. Eur Heart J Open. 2023;3(4):oead071.")),
        ref(run("2. Ouyang M, Liao Q, Tan Y, et al. Neutrophil extracellular traps predict microvascular obstruction after primary PCI. JACC Cardiovasc Interv. 2022;15(18):1850-1861.")),
        ref(run("3. 廖清禾, 欧阳曼, 许晖. 急性心肌梗死后左心室血栓的危险因素分析[J]. 中华心血管病杂志, 2022, 50(6): 571-577.")),
        ref(run("4. Liao Q, Xu H. Interleukin-1β blockade and the infarct border zone in mice. Cardiovasc Res. 2021;117(9):2120-2131.")),
        para([dele("5. Liao Q, Chen R. Trends in door-to-balloon time in Guangdong province, 2015-2019. Chin Med J. (under review)", 7)], ind=(360, 360), space_after=40),
        para([ins("5. Liao Q, Tan Y, Ouyang M, Xu H. Sex differences in infarct healing after primary PCI: a cardiac MRI cohort. Int J Cardiol. In press.", 8)], ind=(360, 360), space_after=40),
        H("科研项目"),
        para(run("广东省自然科学基金面上项目（2023A15150xxxxx），主持，2023.01–2025.12"), space_after=40),
        H("获奖情况"),
        para(run("2023年 广东省医学科技奖三等奖（排名第5）"), space_after=20),
        para(run("2020年 中山大学附属第一医院优秀住院医师"), space_after=20),
    ])
    build(FILES / f, body, fonts=("Times New Roman", "宋体"), size=10.5, margins=(1200, 1200, 1200, 1200),
          title="个人简历-廖清禾", author="廖清禾", app=WORD_APP)
    return label(
        f, "廖清禾", name_any=["Liao Qinghe", "Qinghe Liao"],
        emails=["liaoqinghe@example.com"], phones=["+8619955500139"], links=[],
        education=[
            {"institution": "中山大学中山医学院", "degree_level": "phd", "start": "2018-09", "end": "2021-06"},
            {"institution": "中山大学中山医学院", "degree_level": "master", "start": "2015-09", "end": "2018-07"},
            {"institution": "中山大学中山医学院", "degree_level": "bachelor", "start": "2010-09", "end": "2015-07"},
        ],
        experience=[
            {"organization": "中山大学附属第一医院", "title": "主治医师", "start": "2024-01", "end": "present"},
            {"organization": "中山大学附属第一医院", "title": "住院医师", "start": "2021-07", "end": "2023-12"},
            {"organization": "中山大学附属第一医院", "title": "住院医师规范化培训", "start": "2015-09", "end": "2018-07"},
        ],
        publications_count=5, first_author_count=4,
        publications_sample=[
            {"title": "Colchicine attenuates adverse ventricular remodelling after anterior STEMI: a single-centre randomised pilot trial",
             "venue": "Eur Heart J Open", "year": 2023, "first_author": True, "status": "published"},
            {"title": "Neutrophil extracellular traps predict microvascular obstruction after primary PCI",
             "venue": "JACC Cardiovasc Interv", "year": 2022, "first_author": False, "status": "published"},
            {"title": "急性心肌梗死后左心室血栓的危险因素分析", "venue": "中华心血管病杂志", "year": 2022, "first_author": True, "status": "published"},
            {"title": "Sex differences in infarct healing after primary PCI: a cardiac MRI cohort", "venue": "Int J Cardiol",
             "year": None, "first_author": True, "status": "in press"},
        ],
        research_interests_any=["冠心病介入诊疗", "心室重构"], awards_count=2,
        language="zh",
        layout="Word 个人简历 of a hospital doctor with tracked changes left in (w:ins / w:del by 'HR-张老师'): the rank, the phone and one paper were revised and the revisions never accepted",
        notes="Word shows the file with All Markup: deleted text struck through, inserted text underlined. Labels follow the document with all changes accepted (what the sender meant): "
              "职称 '住院医师' deleted -> '主治医师' inserted; mobile '199-5550-0131' deleted -> '199-5550-0139' inserted (only the inserted number is the candidate's phone); "
              "paper 5 'Trends in door-to-balloon time … (under review)' is a deletion and does not count, its replacement 'Sex differences in infarct healing … In press.' does (in press, no year). "
              "Deleted text sits in w:delText, so a reader of w:t sees the accepted version. Dates in a hanging-indent column '2018.09–2021.06<TAB>…' (en dash). "
              "Master's in 专业学位 '与住院医师规范化培训并轨' and the 规培 line under 工作及临床培训经历: the residency training (2015.09–2018.07) is labelled as a job with title '住院医师规范化培训' (a salaried training post at the hospital), "
              "besides the master's degree of the same years. Three degrees at the same school. 执业资格 (certificates) are not awards; the provincial grant is not an award. "
              "Vancouver refs with abbreviated journals kept as printed; first authorship (accepted version): 1, 3, 4 and the inserted 5 = 4; 2 has 'Ouyang M' first.",
    )
