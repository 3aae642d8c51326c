// 05: a two-column bilingual Word CV (Chinese left, English right) built with docx.js, printed by LibreOffice.
const { d, para, cell, row, table, save } = require("./docx36.js");
const out = process.argv[2];
const ZH = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体" };
const EN = { ascii: "Garamond", hAnsi: "Garamond", eastAsia: "宋体" };
const Z = (t, o = {}) => cell(t, { font: ZH, size: 20, valign: d.VerticalAlign.TOP, ...o });
const E = (t, o = {}) => cell(t, { font: EN, size: 20, valign: d.VerticalAlign.TOP, ...o });
const H = (zh, en) => row([Z(zh, { bold: true, fill: "DEEAF6", size: 22 }), E(en, { bold: true, fill: "DEEAF6", size: 22 })]);
const R = (zh, en) => row([Z(zh), E(en)]);
const S = (t) => row([cell(t, { span: 2, font: EN, size: 20 })]);
const NB = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
const TB = { style: d.BorderStyle.SINGLE, size: 4, color: "9DC3E6" };

const rows = [
  row([Z("钟雨桐", { bold: true, size: 36, align: d.AlignmentType.CENTER }), E("ZHONG Yutong", { bold: true, size: 34, align: d.AlignmentType.CENTER })]),
  R("苏州大学外国语学院 讲师\n电话：+86 185 5550 0173\n邮箱：zhongyt@suda.example.edu.cn\n通讯地址：江苏省苏州市姑苏区十梓街1号（邮编215006）",
    "Lecturer, School of Foreign Languages, Soochow University\nTel: +86 185 5550 0173\nEmail: zhongyt@suda.example.edu.cn\nORCID: 0000-0002-5550-0173"),
  H("研究方向", "Research Interests"),
  R("中英比较文学；翻译史与翻译研究；维多利亚小说；晚清报刊文化", "Sino-British comparative literature; history of translation; Victorian fiction; late-Qing periodical culture"),
  H("教育背景", "Education"),
  R("2017年9月—2021年7月\n英国爱丁堡大学 比较文学 博士\n论文：《连载与改写：维多利亚小说在晚清上海报刊中的旅行》",
    "Sep 2017 – Jul 2021\nPhD in Comparative Literature, University of Edinburgh\nThesis: Serial Journeys: Victorian Fiction in Late-Qing Shanghai Newspapers"),
  R("2014年9月—2017年6月\n北京外国语大学 英语语言文学 文学硕士", "Sep 2014 – Jun 2017\nMA in English Language and Literature, Beijing Foreign Studies University"),
  R("2010年9月—2014年6月\n南开大学 英语 文学学士", "Sep 2010 – Jun 2014\nBA in English, Nankai University"),
  H("工作经历", "Employment"),
  R("2021年9月至今\n苏州大学外国语学院 讲师（硕士生导师，2023年起）", "Sep 2021 – present\nLecturer, School of Foreign Languages, Soochow University (MA supervisor since 2023)"),
  R("2019年9月—2020年6月\n爱丁堡大学 文学、语言与文化学院 助教", "Sep 2019 – Jun 2020\nGraduate Tutor, School of Literatures, Languages and Cultures, University of Edinburgh"),
  H("科研成果", "Publications"),
  R("1. 钟雨桐. 狄更斯小说在晚清的“意译”与叙事改写[J]. 外国文学评论, 2023(2): 45-62.",
    "1. ZHONG Yutong. “Free translation” and narrative rewriting of Dickens in late-Qing China. Foreign Literature Review, 2023(2): 45-62. [in Chinese]"),
  R("2. 王思远, 钟雨桐. 林纾译本中的维多利亚家庭伦理[J]. 中国比较文学, 2022(1): 101-116.",
    "2. WANG Siyuan, ZHONG Yutong. Victorian domestic ethics in Lin Shu’s translations. Comparative Literature in China, 2022(1): 101-116. [in Chinese]"),
  S("3. Zhong, Yutong. “Serial Time: Reading Victorian Instalments in Shanghai Newspapers, 1872–1907.” Comparative Literature Studies 61, no. 2 (2024): 233–255."),
  S("4. Zhong, Yutong, and Kirsty McAllan. “Translating Domestic Interiors: Furniture Words in Chinese Versions of Jane Eyre.” In The Routledge Handbook of Translation and Material Culture, edited by Fiona Baird and Chen Lu, 188–203. London: Routledge, 2022."),
  S("5. Zhong, Yutong. “Lin Shu’s Readers: Marginalia in Commercial Press Copies.” Submitted to Modern Language Quarterly (under review)."),
  H("科研项目", "Grants"),
  R("国家社会科学基金青年项目“维多利亚小说在晚清报刊中的连载与接受研究”（22CWW018），2022—2025，主持",
    "National Social Science Fund of China, Youth Project (22CWW018), 2022–2025, PI"),
  H("获奖与荣誉", "Honours and Awards"),
  R("2024  江苏省哲学社会科学优秀成果奖 三等奖", "2024  Third Prize, Jiangsu Provincial Award for Outstanding Achievements in Philosophy and Social Sciences"),
  R("2017  爱丁堡大学校长博士奖学金", "2017  Principal’s Career Development PhD Scholarship, University of Edinburgh"),
  R("2016  北京外国语大学 研究生国家奖学金", "2016  National Scholarship for Graduate Students, BFSU"),
  H("教学", "Teaching"),
  R("本科：英国文学史、英汉翻译；研究生：比较文学方法论", "Undergraduate: History of English Literature; English–Chinese Translation. Postgraduate: Methods in Comparative Literature"),
  H("语言", "Languages"),
  R("汉语（母语）、英语（精通）、法语（阅读）", "Chinese (native), English (fluent), French (reading)"),
];
const t = table(rows, [4300, 5300], { borders: { top: TB, bottom: TB, left: NB, right: NB, insideHorizontal: TB, insideVertical: TB } });
const doc = new d.Document({
  creator: "zhongyt", title: "钟雨桐 简历 CV",
  sections: [{
    properties: { page: { margin: { top: 1000, bottom: 1000, left: 1150, right: 1150 } } },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.RIGHT, children: [new d.TextRun({ text: "钟雨桐 ZHONG Yutong — CV (updated Oct 2025)   ", size: 16, color: "777777" }), new d.TextRun({ children: [d.PageNumber.CURRENT], size: 16 })] })] }) },
    children: [para("个人简历  Curriculum Vitae", { align: d.AlignmentType.CENTER, size: 28, bold: true, after: 160 }), t],
  }],
});
save(doc, out);
