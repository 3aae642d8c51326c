"""Chinese CVs in the shapes committees receive: the NSFC applicant form, Taiwanese résumés
in Traditional characters with Minguo dates, personal-details forms. Invented people."""
from __future__ import annotations

from reviewer.parsing.hanzi import both_scripts, both_scripts_pattern, traditional
from reviewer.parsing.sections import heading_kind
from tests.parsing_support import parse_text


def test_the_vocabulary_reads_traditional_characters_and_keeps_what_was_printed() -> None:
    assert traditional("学历") == "學歷" and both_scripts(["大学", "公司"]) == ("大学", "大學", "公司")
    # a regex's literals in either script; inside a class the form is added
    assert both_scripts_pattern(r"[市区]$|学\s*历") == r"[市区區]$|[学學]\s*[历歷]"
    assert [heading_kind(h) for h in ("學歷", "工作經歷", "獲獎紀錄", "研究專長", "專長技能", "著作目錄", "證照")] == [
        "education", "experience", "awards", "interests", "skills", "publications", "certificates"]


def test_a_taiwanese_resume_with_minguo_dates() -> None:
    p = parse_text("履\t歷\t表\n個人資料\n姓名\t林靜宜(LIN, CHING-YI)\t性別\t女\n"
                   "行動電話\t0900-555-101\tE-mail\tchingyi@example.com.tw\n"
                   "學歷\n民國 106 年 9 月 ~ 民國 108 年 6 月\t國立清華大學\t動力機械工程學系\t碩士\n"
                   "工作經歷\n和碩聯合科技股份有限公司 | 機構工程師 | 民國 108 年 10 月 ~ 迄今\n")
    assert p.name == "林靜宜"
    assert p.phones == ["+886900555101"]  # a Taiwanese mobile, not a mainland number
    assert [(e.institution, e.degree_level, e.start, e.end) for e in p.education] == [
        ("國立清華大學", "master", "2017-09", "2019-06")]
    assert [(e.title, e.start, e.end) for e in p.experience] == [("機構工程師", "2019-10", "present")]


def test_an_nsfc_applicant_form() -> None:
    # the identity line instead of a name field, headings that carry the form's instructions
    # (one wrapping to the next line), numbered entries, a legend in a note, prizes among papers
    p = parse_text(
        "个人简历\n林夏，女，临江大学，化学学院，副教授，硕士生导师。\n联系电话：139 0000 0000\n"
        "教育经历（从大学本科开始，按时间倒序排序；请列出攻读研究生学位阶段导师姓名）：\n"
        "(1) 2012/09-2017/06，临江大学，物理化学，博士，导师：王明\n"
        "科研与学术工作经历（按时间倒序排序；如为在站博士后研究人员或曾有博士后研究经历，请列\n"
        "出合作导师姓名）：\n(1) 2021/01-至今，临江大学，化学学院，副教授\n"
        "(2) 2017/07-2020/12，临江大学，化学学院，博士后，合作导师：周安\n"
        "曾使用其他证件信息（应使用注册时的证件号码作为申请人唯一标识）：\n无\n"
        "代表性研究成果和学术奖励情况\n（请注意：“#”标注共同第一作者，“*”标注通讯作者）\n"
        "一、代表性论著（请在“代表性论著”中列出不超过5篇）\n"
        "[1] Zhou A#, Lin X#, Wang M*. Single-atom nickel sites for CO2 electroreduction[J]. Nature Catalysis, "
        "2023, 6: 118-127.\n"
        "[2] 周安, 林夏*. 单原子催化剂研究进展[J]. 化学学报, 已接\n收.\n"
        "二、论著之外的代表性研究成果和学术奖励\n[1] 临江省自然科学奖，二等奖，2023（排名第3）\n")
    assert p.name == "林夏"
    assert [(e.title, e.start, e.end) for e in p.experience] == [("副教授", "2021-01", "present"),
                                                                 ("博士后", "2017-07", "2020-12")]
    assert [(x.venue, x.first_author, x.status) for x in p.publications] == [
        ("Nature Catalysis", True, "published"), ("化学学报", False, "accepted")]  # (# co-first, said in a note)
    assert [(a.title, a.year) for a in p.awards] == [("临江省自然科学奖,二等奖(排名第3)", 2023)]


def test_taiwanese_apa_references_in_chinese_and_traditional_family_names() -> None:
    from reviewer.parsing.lines import Line
    from reviewer.parsing.publications import parse_publications

    texts = ["3. 簡郁婷、林佩蓉(2022)。國中生自我調整學習策略量表之編製與驗證。教育心理學報,53(4),811–838。(TSSCI)",
             "4. Chien, Y.-T. (刊印中). Latent transition analysis of achievement goals. Journal of Educational Psychology.",
             "5. 許嘉文、簡郁婷*(審查中)。高中生數學焦慮與作業拖延之縱貫研究。中華心理學刊。"]
    pubs = parse_publications([Line(t, i) for i, t in enumerate(texts)], "簡郁婷 (Yu-Ting Chien)")
    assert [(p.title, p.venue, p.year, p.status) for p in pubs] == [
        ("國中生自我調整學習策略量表之編製與驗證", "教育心理學報", 2022, "published"),
        ("Latent transition analysis of achievement goals", "Journal of Educational Psychology", None, "in press"),
        ("高中生數學焦慮與作業拖延之縱貫研究", "中華心理學刊", None, "under review")]
    assert pubs[0].first_author and not pubs[2].first_author  # 簡 is 简: a family name in either script


def test_form_labels_and_employer_endings_in_traditional_characters() -> None:
    from reviewer.parsing.experience import _CJK_ORG
    from reviewer.parsing.segments import PERSONAL_LABEL

    assert PERSONAL_LABEL.match("性別:男") and PERSONAL_LABEL.match("年齡：30") and PERSONAL_LABEL.match("性别:女")
    assert _CJK_ORG.search("鴻海精密工業股份有限公司") and _CJK_ORG.search("國立臺灣大學")


def test_a_plain_text_copy_with_headings_run_onto_the_paragraph_above() -> None:
    # pdftotext runs the next heading onto the last row of a paragraph ("…监测。科研经历"); a PhD
    # at a research institute of a university with an expected end is a degree, not a post; an
    # internship's post opens the line under the employer ("项目实习生,协助……").
    p = parse_text("阮虚构\nruan@example.cn\n教育背景\n"
                   "虚构科学院动物研究所 2019.09 – 2025.06(预计)\n生态学 博士研究生\n"
                   "虚构材料研究所(虚构科学院大学)\t2017.09 – 2019.06\n材料学 硕士研究生\n"
                   "虚构大学\t2015.09 – 2019.06\n生态学 理学学士\n"
                   "研究方向\n虚构草甸小型哺乳动物群落;放牧干扰与植物相互作用。实习经历\n"
                   "虚构自然基金会北京代表处\t2018.07 – 2018.09\n淡水项目实习生,协助编写虚构保护调查报告。发表论文\n"
                   "[1] Ruan X, Ma L. Invented pika burrows and imaginary plants. Journal of Invented Ecology, 2024, 61(3): 512-524.\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("虚构科学院动物研究所", "phd"), ("虚构材料研究所", "master"), ("虚构大学", "bachelor")]
    assert [(x.organization, x.title, x.start) for x in p.experience] == [("虚构自然基金会北京代表处", "淡水项目实习生", "2018-07")]
    assert [x.venue for x in p.publications] == ["Journal of Invented Ecology"]


def test_a_bilingual_heading_whose_note_wraps_onto_the_next_line(tmp_path) -> None:
    from reviewer.extract import extract
    from reviewer.parsing import parse_document

    rule = "-" * 60
    (tmp_path / "cv.txt").write_text(f"贺虚构  HE Xugou\nhe@example.cn\n\n{rule}\n教育背景 EDUCATION\n{rule}\n"
                   "2018.09 - 2023.06   虚构大学 Invented University\n"
                   "环境科学 博士 Ph.D. in Environmental Science\n\n"
                   f"{rule}\n工作经历 EMPLOYMENT\n{rule}\n2023.07 - present   虚构研究院 博士后 Postdoc\n\n"
                   f"{rule}\n论文发表 PUBLICATIONS  (按时间顺序 chronological; # equal contribution\n"
                   f"共同第一作者; * corresponding author 通讯作者)\n{rule}\n2021\n"
                   "  [1] He X, Sun W*. Invented leachates from imaginary plastics[J]. Water Research, 2021, 203: 117530.\n"
                   "2022\n  [2] Liu Q, He X*. Made-up by-products of fictional chlorination[J]. Water Research, 2022, 210: 1.\n\n"
                   f"{rule}\n荣誉奖励 HONOURS\n{rule}\n2022  虚构奖学金 Invented Scholarship\n", encoding="utf-8")
    p = parse_document(extract(tmp_path / "cv.txt"), "cv.txt")
    assert [x.title for x in p.publications] == ["Invented leachates from imaginary plastics",
                                                  "Made-up by-products of fictional chlorination"]


def test_bilingual_present_and_a_post_with_a_lower_case_remark() -> None:
    p = parse_text("张虚构\nzhang@example.cn\n工作经历 EMPLOYMENT\n2023.07 - 至今 present\n"
                   "虚构大学环境学院\t博士后 Postdoctoral Research Fellow\n"
                   "2017.07 - 2017.09\t虚构省环境监测中心\t实习生 Intern (water quality lab)\n")
    assert [(x.organization, x.start, x.end) for x in p.experience] == [
        ("虚构大学环境学院", "2023-07", "present"), ("虚构省环境监测中心", "2017-07", "2017-09")]


def test_research_fields_named_after_the_advisor_under_a_degree() -> None:
    p = parse_text("严虚构\nyan@example.cn\n教育背景\n2021.09 – 至今\t虚构大学 材料科学与工程 博士\n"
                   "导师:某某教授 研究方向:虚构负极界面工程、固态电解质\n")
    assert p.research_interests == ["虚构负极界面工程", "固态电解质"]


def test_an_nsfc_resume_whose_identity_line_gives_no_gender() -> None:
    """"谭启航，某某大学，药学院，研究员": the name before the employer opens the form."""
    p = parse_text("个人简历\n谭启澜，临江药科大学，药学院，研究员，博士生导师。\n"
                   "科研与学术工作经历（按时间倒序排序）：\n(1) 2020-01 至 今，临江药科大学，药学院，研究员\n")
    assert p.name == "谭启澜"


def test_a_date_cell_wrapped_after_its_end_year_gives_the_month_back() -> None:
    """A table's narrow date cell: "2019 年 9 月—2021" on the entry's row, "年 11 月" starting
    the next row, whose other cells carry on the entry."""
    p = parse_text("麥曉澄\n學歷 Education\n"
                   "2019 年 9 月—2021 臨江理工大學護理學碩士\t優異\n年 11 月\tMSc in Nursing, Linjiang Polytechnic University\n"
                   "2013 年 9 月—2018 臨江大學護理學學士\t一級榮譽\n年 6 月\tBachelor of Nursing, University of Linjiang\n")
    assert [(e.start, e.end) for e in p.education] == [("2019-09", "2021-11"), ("2013-09", "2018-06")]


def test_a_minguo_range_whose_end_year_has_no_era_of_its_own() -> None:
    """"民國104年9月至110年1月": the end year is a Minguo year too (2021, not the year 110)."""
    p = parse_text("賴冠澄\n一、學歷\n學校名稱\t系所\t學位\t起訖年月\n"
                   "國立臨江大學\t歷史學研究所\t博士\t民國104年9月至110年1月\n"
                   "二、經歷\n服務機關\t職稱\t起訖年月\n國立臨江大學歷史學系\t助理教授\t民國111年8月至今\n")
    assert [(e.start, e.end) for e in p.education] == [("2015-09", "2021-01")]
    assert [(e.start, e.end) for e in p.experience] == [("2022-08", "present")]


def test_posts_under_an_employer_line_with_a_lab_and_a_part_time_label_among_them() -> None:
    """"某某研究中心" over "date post" rows: a lab named beside one post goes with that post, the
    posts after it are still the employer's, and "兼职" over the part-time posts is no employer."""
    p = parse_text("钟雁澄\n工作经历\n临江生态环境研究中心\n2017.12–至今 研究员、博士生导师\n"
                   "2020.01–2024.12 水污染控制实验室 副主任(兼)\n2012.07–2017.11 副研究员\n"
                   "2009.07–2012.06 助理研究员\n兼职\n2019.09–至今 临江大学 岗位教授(兼职)\n")
    assert [(e.organization, e.title) for e in p.experience] == [
        ("临江生态环境研究中心", "研究员、博士生导师"), ("临江生态环境研究中心", "水污染控制实验室 副主任(兼)"),
        ("临江生态环境研究中心", "副研究员"), ("临江生态环境研究中心", "助理研究员"), ("临江大学", "岗位教授")]


def test_compact_paper_lines_above_patent_and_software_blocks() -> None:
    """"期刊2023，标题（一作）" one paper a line, then "五、授权专利" and "六、软件著作权" blocks in
    the same section: the papers are read in their compact form, the patents and the registered
    software are no papers."""
    p = parse_text("韦建澄\n四、论文（*通讯作者）\n1. 电力系统自动化2023，基于暂态零序电流的接地故障选线方法（一作）\n"
                   "2. International Journal of Electrical Power & Energy Systems 2019, "
                   "A graph-based method for self-healing distribution networks (一作)\n"
                   "3. 电网技术2020，计及终端通信时延的馈线自动化时序优化（三作*）\n"
                   "五、授权专利\n1. 一种配电网单相接地故障定位方法，ZL202010000482.9，发明专利，第1发明人，2022\n"
                   "2. 配电自动化终端即插即用识别装置，ZL201920000773.4，实用新型，第2发明人，2020\n"
                   "六、软件著作权\n1. 配电网故障行波定位分析软件V1.0，登记号2021SR0000367，第1完成人\n"
                   "2. 分布式光伏集群电压监控平台V2.0，登记号2022SR0000815，第2完成人\n"
                   "3. 变电站巡检图像识别系统V1.2，登记号2023SR0000921，第1完成人\n")
    assert [(x.venue, x.year) for x in p.publications] == [
        ("电力系统自动化", 2023), ("International Journal of Electrical Power & Energy Systems", 2019), ("电网技术", 2020)]


def test_a_forms_row_label_merged_down_its_rows_is_no_field() -> None:
    """A Word form's "学习经历"/"工作经历" label cell spans its rows, and a DOCX repeats it on each
    row; "(从本科填起)" is the form's note on how to fill the rows in."""
    p = parse_text("贺明澄\n学习经历\t起止年月\t毕业院校\t所学专业\t学历/学位\n(从本科填起)\n"
                   "学习经历\t2012.09—2018.01\t临江大学\t材料学\t研究生/工学博士\n"
                   "学习经历\t2008.09—2012.07\t北岭理工大学\t材料成型\t本科/工学学士\n(从本科填起)\n"
                   "工作经历\t起止年月\t工作单位\t职务/职称\n"
                   "工作经历\t2021.01—至今\t临江材料研究所\t副研究员、课题组长\n")
    assert [(e.institution, e.degree_level) for e in p.education] == [("临江大学", "phd"), ("北岭理工大学", "bachelor")]
    assert [(e.organization, e.title) for e in p.experience] == [("临江材料研究所", "副研究员、课题组长")]


def test_year_groups_written_with_nian_and_a_status_group_after_them() -> None:
    """"2024年" over its papers is a year group; "在审" after the groups holds papers with no year."""
    p = parse_text("钟雁澄\n五、代表性论文（*通讯作者）\n2024年\n"
                   "Liu Q, Wen H, Zhong Y S*. Electro-peroxone degradation of short-chain PFAS in concentrate. "
                   "Environ. Sci. Technol., 58(12): 5410-5421.\n2021年\n"
                   "Wen H, Zhong Y S*. Occurrence of 42 antibiotics in drinking water sources of the Haihe basin. "
                   "J. Hazard. Mater., 403: 123960.\n在审论文\n"
                   "Tang J Y, Zhong Y S*. Machine-learning prediction of PFAS breakthrough in GAC filters. "
                   "Water Research(审稿中).\n")
    assert [x.year for x in p.publications] == [2024, 2021, None]
