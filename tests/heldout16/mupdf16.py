"""01 and 10: HTML laid out by MuPDF's own HTML engine (PyMuPDF Story + DocumentWriter)."""
from __future__ import annotations

from pathlib import Path

import pymupdf
from kit16 import FILES, SRC, label

FONTDIR = "/usr/share/fonts/truetype"


def story_pdf(html: str, css: str, out: Path, *, columns: int = 1, footer: str | None = None,
              header: str | None = None, title: str = "") -> None:
    (SRC / (out.stem + ".html")).write_text(f"<style>\n{css}\n</style>\n{html}", encoding="utf-8")
    archive = pymupdf.Archive(FONTDIR)
    story = pymupdf.Story(html=html, user_css=css, archive=archive)
    tmp = out.with_suffix(".tmp.pdf")
    writer = pymupdf.DocumentWriter(str(tmp))
    box = pymupdf.paper_rect("a4")
    if columns == 1:
        rects = [box + (54, 60, -54, -60)]
    else:
        w = (box.width - 108 - 18) / 2
        rects = [pymupdf.Rect(54, 60, 54 + w, box.height - 60), pymupdf.Rect(54 + w + 18, 60, box.width - 54, box.height - 60)]
    more = 1
    while more:
        dev = writer.begin_page(box)
        for r in rects:
            if more:
                more, _ = story.place(r)
                story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open(str(tmp))
    n = doc.page_count
    for i, page in enumerate(doc):
        if footer:
            page.insert_text((box.width / 2 - 40, box.height - 30), footer.format(i=i + 1, n=n), fontname="ft", fontfile=FONTDIR + "/wqy/wqy-microhei.ttc", fontsize=8)
        if header and i > 0:
            page.insert_text((54, 38), header, fontname="ft", fontfile=FONTDIR + "/wqy/wqy-microhei.ttc", fontsize=8, color=(0.4, 0.4, 0.4))
    doc.subset_fonts()
    doc.set_metadata({"title": title, "author": "", "creator": "", "producer": "PyMuPDF / MuPDF",
                      "creationDate": "D:20240701000000Z", "modDate": "D:20240701000000Z"})
    doc.save(str(out), garbage=3, deflate=True, no_new_id=True)
    doc.close()
    tmp.unlink()


CSS_01 = """
@font-face { font-family: song; src: url(arphic/uming.ttc); }
@font-face { font-family: hei; src: url(wqy/wqy-microhei.ttc); }
body { font-family: song; font-size: 10.5pt; line-height: 1.45; }
h1 { font-family: hei; font-size: 16pt; text-align: center; margin: 0 0 6pt 0; }
h2 { font-family: hei; font-size: 11pt; margin: 10pt 0 3pt 0; }
p { margin: 0 0 2pt 0; text-align: justify; }
p.ref { margin-left: 2em; text-indent: -2em; }
.small { font-size: 9pt; color: #444; }
"""


def cv01() -> dict:
    f = "01_zh_materials_assoc_prof_nsfc_gerenjianli_pymupdf_story.pdf"
    html = """
<h1>个人简历</h1>
<p><b>蒲思韵</b>，女，中南大学，材料科学与工程学院，副教授，硕士生导师。</p>
<p class="small">联系电话：199-5550-0127　　电子邮箱：pusiyun@csu.example.edu.cn　　通讯地址：湖南省长沙市岳麓区（虚构地址）</p>
<h2>教育经历（从大学本科开始，按时间倒序排序；请列出攻读研究生学位阶段导师姓名）：</h2>
<p>(1) 2012/09-2017/06，北京科技大学，材料科学与工程，博士，导师：严立群</p>
<p>(2) 2015/10-2016/10，Karlsruhe Institute of Technology，Institute for Applied Materials，联合培养博士研究生，合作导师：Jonas Brenner-Falk</p>
<p>(3) 2008/09-2012/06，中南大学，冶金工程，学士</p>
<h2>科研与学术工作经历（按时间倒序排序；如为在站博士后研究人员或曾有博士后研究经历，请列出合作导师姓名）：</h2>
<p>(1) 2021/01-至今，中南大学，材料科学与工程学院，副教授</p>
<p>(2) 2017/07-2020/12，中南大学，材料科学与工程学院，博士后，合作导师：韩振东</p>
<h2>曾使用其他证件信息（应使用注册时的证件号码作为申请人唯一标识）：</h2>
<p>无</p>
<h2>主持或参加科研项目（课题）情况（按时间倒序排序）：</h2>
<p>(1) 国家自然科学基金青年科学基金项目，52201xxx，高强铝合金蠕变时效成形中晶界析出相的演化机理，2023/01-2025/12，30万元，在研，主持</p>
<p>(2) 湖南省自然科学基金面上项目，2022JJ3xxxx，含钪Al-Zn-Mg-Cu合金动态再结晶行为研究，2022/01-2024/12，5万元，结题，主持</p>
<p>(3) 国家重点研发计划课题，2021YFB37xxxxx，航空用大规格铝合金构件形性协同调控，2021/12-2025/11，380万元，在研，参与</p>
<h2>代表性研究成果和学术奖励情况</h2>
<p>（请注意：①投稿阶段的论文不要列出；②“#”标注共同第一作者，“*”标注通讯作者；③论文后注明收录情况及影响因子）</p>
<p><b>一、代表性论著（请在“代表性论著”中列出不超过5篇，其余列入“其他”）</b></p>
<p class="ref">[1] Pu S Y#, Kuang B W#, Yan L Q*. Grain-boundary segregation of scandium suppresses dynamic recrystallization in hot-extruded Al–Zn–Mg–Cu alloys[J]. Acta Materialia, 2023, 246: 118705. (SCI, 一区, IF=9.4)</p>
<p class="ref">[2] Kuang B W#, Pu S Y#, Tan H*. Machine-learning-guided design of high-strength 7xxx aluminium alloys with low quench sensitivity[J]. Journal of Materials Science &amp; Technology, 2022, 118: 41-53. (SCI, 一区, IF=10.9)</p>
<p class="ref">[3] Lü Z H, Pu S Y*. In situ TEM observation of η′ precipitate coarsening during creep ageing of an Al–Zn–Mg–Cu alloy[J]. Scripta Materialia, 2024, 239: 115802. (SCI, 二区, IF=5.6)</p>
<p class="ref">[4] 蒲思韵, 严立群*. 7xxx系铝合金蠕变时效成形的研究进展[J]. 中国有色金属学报, 2021, 31(8): 2045-2060. (EI, 中文核心)</p>
<p class="ref">[5] Pu S Y, Brenner-Falk J, Yan L Q*. Quench-induced heterogeneous precipitation at grain boundaries of an Al–Zn–Mg–Cu alloy[C]//Proceedings of the 17th International Conference on Aluminium Alloys. Grenoble, 2020: 301-308. (EI)</p>
<p><b>其他：</b></p>
<p class="ref">[6] 邝博文, 蒲思韵*, 谭慧. 基于高通量计算的铝合金析出相界面能数据库[J]. 金属学报, 已接收. (SCI, 中文核心)</p>
<p class="ref">[7] 严立群, 蒲思韵, 邝博文. 铝合金热处理组织调控[M]. 北京: 冶金工业出版社, 2022.</p>
<p><b>二、论著之外的代表性研究成果和学术奖励</b></p>
<p class="ref">[1] 蒲思韵, 严立群, 韩振东. 一种含钪高强铝合金的短流程热处理方法: 中国, ZL2021 1 0XXXXXX.X[P]. 2023-03-14.（发明专利，已授权）</p>
<p class="ref">[2] 湖南省科学技术进步奖，二等奖，2023（排名第3）</p>
<p class="ref">[3] 湖南省优秀博士后，2020</p>
"""
    story_pdf(html, CSS_01, FILES / f, footer="第 {i} 页 / 共 {n} 页", title="个人简历")
    return label(
        f, "蒲思韵", name_any=["Pu Siyun", "Siyun Pu"],
        emails=["pusiyun@csu.example.edu.cn"], phones=["+8619955500127"], links=[],
        education=[
            {"institution": "北京科技大学", "degree_level": "phd", "start": "2012-09", "end": "2017-06"},
            {"institution": "Karlsruhe Institute of Technology", "degree_level": "other", "start": "2015-10", "end": "2016-10"},
            {"institution": "中南大学", "degree_level": "bachelor", "start": "2008-09", "end": "2012-06"},
        ],
        experience=[
            {"organization": "中南大学", "title": "副教授", "start": "2021-01", "end": "present"},
            {"organization": "中南大学", "title": "博士后", "start": "2017-07", "end": "2020-12"},
        ],
        publications_count=7, first_author_count=4,
        publications_sample=[
            {"title": "Grain-boundary segregation of scandium suppresses dynamic recrystallization in hot-extruded Al–Zn–Mg–Cu alloys",
             "venue": "Acta Materialia", "year": 2023, "first_author": True, "status": "published"},
            {"title": "Machine-learning-guided design of high-strength 7xxx aluminium alloys with low quench sensitivity",
             "venue": "Journal of Materials Science & Technology", "year": 2022, "first_author": True, "status": "published"},
            {"title": "In situ TEM observation of η′ precipitate coarsening during creep ageing of an Al–Zn–Mg–Cu alloy",
             "venue": "Scripta Materialia", "year": 2024, "first_author": False, "status": "published"},
            {"title": "7xxx系铝合金蠕变时效成形的研究进展", "venue": "中国有色金属学报", "year": 2021, "first_author": True, "status": "published"},
            {"title": "Quench-induced heterogeneous precipitation at grain boundaries of an Al–Zn–Mg–Cu alloy",
             "venue": "International Conference on Aluminium Alloys", "year": 2020, "first_author": True, "status": "published"},
            {"title": "基于高通量计算的铝合金析出相界面能数据库", "venue": "金属学报", "year": None, "first_author": False, "status": "accepted"},
        ],
        research_interests_any=[], awards_count=2,
        language="zh",
        layout="NSFC 申请书 个人简历 format (the template's bracketed instructions kept in the headings), HTML laid out by MuPDF (PyMuPDF Story), footer '第 n 页 / 共 N 页'",
        notes="The NSFC applicant CV: one identity line '蒲思韵，女，中南大学，…，副教授' (name in bold, no 姓名 label), contact line added below. "
              "Headings carry the NSFC instructions in brackets ('教育经历（从大学本科开始，按时间倒序排序；…）：'). Entries are '(n) 2012/09-2017/06，institution，field，degree，导师：X' (YYYY/MM). "
              "The 联合培养博士研究生 year at KIT is an education entry of level other (heldout15 convention). 博士后 at the same university is a job (title 博士后). "
              "Projects (国家自然科学基金青年项目, 省基金, 重点研发计划) are grants: not papers, not awards. "
              "代表性论著 [1]-[5] plus 其他 [6]-[7] = 7 publications (a [M] monograph counts; its venue is not sampled); the patent under 二、论著之外 is not a paper. "
              "'#' = co-first author as the CV says: [1] first and [2] second-listed with '#' both count as first authorship; [3] and [6] have the candidate as corresponding (*) only. First authorship: [1], [2], [4], [5] = 4 ([7] lists 严立群 first). "
              "Remarks '(SCI, 一区, IF=9.4)', '(EI, 中文核心)' are not part of the venue. [6] '已接收' = accepted, no year. [5] [C]// proceedings: venue = the conference name as printed (without 'Proceedings of the 17th'). "
              "Awards: 湖南省科学技术进步奖 and 湖南省优秀博士后 = 2 (the granted patent is not an award).",
    )


CSS_10 = """
@font-face { font-family: ming; src: url(arphic/uming.ttc); }
@font-face { font-family: kai; src: url(arphic/ukai.ttc); }
body { font-family: ming; font-size: 9.5pt; line-height: 1.4; }
h1 { font-family: kai; font-size: 18pt; margin: 0; }
p.en { font-size: 10pt; margin: 0 0 6pt 0; color: #333; }
h2 { font-family: kai; font-size: 11.5pt; color: #7a1f1f; margin: 8pt 0 3pt 0; border-bottom: 1px solid #7a1f1f; }
h3 { font-size: 10pt; margin: 5pt 0 2pt 0; }
p { margin: 0 0 3pt 0; }
p.ref { margin-left: 1.5em; text-indent: -1.5em; }
p.d { color: #555; font-size: 9pt; margin: 0 0 4pt 0; }
"""


def cv10() -> dict:
    f = "10_zh_hant_tw_edpsych_asst_prof_two_column_pymupdf_story.pdf"
    html = """
<h1>簡郁婷 教師履歷</h1>
<p class="en">Yu-Ting Chien, Ph.D.</p>
<p>國立臺灣師範大學 教育心理與輔導學系 助理教授</p>
<p>電子郵件：ytchien@ntnu.example.edu.tw</p>
<p>研究室電話：(02) 7749-0000 分機 5550</p>
<h2>學歷</h2>
<p><b>博士</b>　美國威斯康辛大學麥迪遜分校（University of Wisconsin–Madison）教育心理學系</p>
<p class="d">2016年9月 – 2021年5月　論文：自我調整學習之潛在轉換分析</p>
<p><b>碩士</b>　國立政治大學 教育學系</p>
<p class="d">2013年9月 – 2015年6月</p>
<p><b>學士</b>　國立臺灣大學 心理學系</p>
<p class="d">2009年9月 – 2013年6月</p>
<h2>經歷</h2>
<p><b>助理教授</b>　國立臺灣師範大學 教育心理與輔導學系</p>
<p class="d">2021年8月 – 迄今</p>
<p><b>研究助理（Research Assistant）</b>　Wisconsin Center for Education Research, UW–Madison</p>
<p class="d">2017年1月 – 2021年5月</p>
<p><b>兼任研究助理</b>　國立政治大學 教育學系</p>
<p class="d">2015年7月 – 2016年7月</p>
<h2>研究專長</h2>
<p>學習動機、自我調整學習、量化研究方法（潛在類別與多層次模型）</p>
<h2>著作目錄</h2>
<h3>（一）期刊論文（*為通訊作者）</h3>
<p class="ref">1. Lin, P.-J., Chien, Y.-T.*, &amp; Hsu, C.-W. (2024). Teacher autonomy support and student engagement: A multilevel meta-analysis. <i>Educational Psychology Review, 36</i>, Article 12. (SSCI)</p>
<p class="ref">2. Chien, Y.-T., &amp; Ramírez-Okafor, L. (2023). Motivational profiles and homework persistence in Taiwanese adolescents. <i>Contemporary Educational Psychology, 72</i>, 102139. (SSCI)</p>
<p class="ref">3. 簡郁婷、林佩蓉（2022）。國中生自我調整學習策略量表之編製與驗證。<i>教育心理學報，53</i>(4)，811–838。(TSSCI)</p>
<p class="ref">4. Chien, Y.-T. (刊印中). Latent transition analysis of achievement goals across the middle-school transition. <i>Journal of Educational Psychology</i>. (SSCI)</p>
<p class="ref">5. 許嘉文、簡郁婷*（審查中）。高中生數學焦慮與作業拖延之縱貫研究。<i>中華心理學刊</i>。</p>
<h3>（二）研討會發表</h3>
<p class="ref">1. Chien, Y.-T. (2019, April). <i>Measuring momentary motivation with experience sampling</i> [Paper presentation]. AERA Annual Meeting, Toronto, ON, Canada.</p>
<p class="ref">2. 簡郁婷（2022年10月）。國中生學習動機剖面之轉變〔口頭發表〕。台灣教育心理學會年會，臺北市。</p>
<h2>研究計畫</h2>
<p>國科會專題研究計畫（主持人）：青少年自我調整學習的日常波動，NSTC 112-2410-H-003-xxx，2023/08 – 2025/07</p>
<h2>榮譽</h2>
<p>2023　國立臺灣師範大學 教學優良獎</p>
<p>2016　UW–Madison Graduate School Fellowship</p>
<h2>授課科目</h2>
<p>教育心理學、學習動機專題、多層次模型（研究所）</p>
"""
    story_pdf(html, CSS_10, FILES / f, columns=2, header="簡郁婷 教師履歷（續）", title="教師履歷")
    return label(
        f, "簡郁婷", name_any=["Yu-Ting Chien", "Chien Yu-Ting", "Yu-Ting Chien, Ph.D."],
        emails=["ytchien@ntnu.example.edu.tw"], phones=["+886277490000"], links=[],
        education=[
            {"institution": "University of Wisconsin–Madison", "degree_level": "phd", "start": "2016-09", "end": "2021-05"},
            {"institution": "國立政治大學", "degree_level": "master", "start": "2013-09", "end": "2015-06"},
            {"institution": "國立臺灣大學", "degree_level": "bachelor", "start": "2009-09", "end": "2013-06"},
        ],
        experience=[
            {"organization": "國立臺灣師範大學", "title": "助理教授", "start": "2021-08", "end": "present"},
            {"organization": "Wisconsin Center for Education Research", "title": "研究助理", "start": "2017-01", "end": "2021-05"},
            {"organization": "國立政治大學", "title": "兼任研究助理", "start": "2015-07", "end": "2016-07"},
        ],
        publications_count=5, first_author_count=3,
        publications_sample=[
            {"title": "Teacher autonomy support and student engagement: A multilevel meta-analysis", "venue": "Educational Psychology Review",
             "year": 2024, "first_author": False, "status": "published"},
            {"title": "Motivational profiles and homework persistence in Taiwanese adolescents", "venue": "Contemporary Educational Psychology",
             "year": 2023, "first_author": True, "status": "published"},
            {"title": "國中生自我調整學習策略量表之編製與驗證", "venue": "教育心理學報", "year": 2022, "first_author": True, "status": "published"},
            {"title": "Latent transition analysis of achievement goals across the middle-school transition", "venue": "Journal of Educational Psychology",
             "year": None, "first_author": True, "status": "in press"},
            {"title": "高中生數學焦慮與作業拖延之縱貫研究", "venue": "中華心理學刊", "year": None, "first_author": False, "status": "under review"},
        ],
        research_interests_any=["學習動機", "自我調整學習", "量化研究方法"], awards_count=2,
        language="zh-Hant+en",
        layout="Taiwanese 教師履歷 in two newspaper columns: MuPDF's HTML engine (PyMuPDF Story) flowing into two rectangles per page, AR PL UMing/UKai TW; one page, the left column continuing at the top of the right",
        notes="Traditional Chinese academic CV with English names where the institution is foreign. Degree/post line first ('**博士**　美國威斯康辛大學麥迪遜分校（University of Wisconsin–Madison）教育心理學系') with its dates on the next, grey line ('2016年9月 – 2021年5月'; '迄今' = present). "
              "The text flows in two columns, so the left column ends mid-list and continues at the top of the right column. The office phone '(02) 7749-0000 分機 5550' is a Taipei landline with an extension (labelled without the extension). "
              "著作目錄 (一) 期刊論文: APA 7 English entries and Taiwanese-APA Chinese entries, '(刊印中)' in the year slot = in press, '（審查中）' = under review, '*為通訊作者' so 1 (candidate second, corresponding) is not first authorship; first: 2, 3, 4 = 3. "
              "(二) 研討會發表 are paper presentations/talks ([Paper presentation], 〔口頭發表〕) and are not counted as publications. The NSTC project is a grant. 榮譽: 2.",
    )
