// 04: a WPS 简历模板 look (coloured side bar cell, photo box, icon glyphs) built with docx.js, kept as DOCX.
const { d, para, cell, row, save } = require("./docx36.js");
const out = process.argv[2];
const TEAL = "1F5F6B";
const F = { ascii: "Microsoft YaHei", hAnsi: "Microsoft YaHei", eastAsia: "微软雅黑" };
const W = (t, o = {}) => para(t, { color: "FFFFFF", font: F, size: 19, line: 320, ...o });
const M = (t, o = {}) => para(t, { font: F, size: 20, line: 320, ...o });
const head = (zh, en) => new d.Paragraph({
  spacing: { before: 220, after: 100 },
  border: { bottom: { style: d.BorderStyle.SINGLE, size: 12, color: TEAL } },
  children: [
    new d.TextRun({ text: "▌", color: TEAL, font: F, size: 26 }),
    new d.TextRun({ text: zh, bold: true, color: TEAL, font: F, size: 26 }),
    new d.TextRun({ text: "  " + en, color: "9AA9AD", font: F, size: 18 }),
  ],
});
const dated = (left, mid, right) => new d.Paragraph({
  spacing: { before: 80, after: 20 },
  tabStops: [{ type: d.TabStopType.LEFT, position: 2300 }, { type: d.TabStopType.RIGHT, position: 6900 }],
  children: [
    new d.TextRun({ text: left, bold: true, font: F, size: 20 }),
    new d.TextRun({ text: "\t" + mid, bold: true, font: F, size: 20 }),
    new d.TextRun({ text: "\t" + right, font: F, size: 20, color: "555555" }),
  ],
});
const bullet = (t) => M("• " + t, { size: 19, indent: { left: 200, hanging: 200 } });

const side = [
  para("", { after: 200 }),
  new d.Table({ rows: [row([cell(["", "", "照 片", ""], { align: d.AlignmentType.CENTER, fill: "E8EEF0", color: "7F8C8D", size: 18 })], { h: 1900 })],
    columnWidths: [1500], width: { size: 1500, type: d.WidthType.DXA }, alignment: d.AlignmentType.CENTER }),
  W("林若溪", { size: 40, bold: true, align: d.AlignmentType.CENTER, before: 200 }),
  W("求职意向：宏观研究员 / 研究助理", { align: d.AlignmentType.CENTER, size: 17, after: 200 }),
  W("基本信息", { bold: true, size: 22, border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: "FFFFFF" } } }),
  W("🎂  1998.11"),
  W("📍  福建·厦门"),
  W("☎  176-5550-0139"),
  W("✉  linruoxi_wise@example.com"),
  W("🎓  硕士在读"),
  W("研究兴趣", { bold: true, size: 22, before: 200, border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: "FFFFFF" } } }),
  W("宏观金融"), W("家庭金融与消费"), W("劳动经济学"),
  W("专业技能", { bold: true, size: 22, before: 200, border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: "FFFFFF" } } }),
  W("Stata  ■■■■■"), W("Python  ■■■■□"), W("R  ■■■□□"), W("MATLAB  ■■■□□"), W("Wind / CSMAR / CEIC"),
  W("语言证书", { bold: true, size: 22, before: 200, border: { bottom: { style: d.BorderStyle.SINGLE, size: 6, color: "FFFFFF" } } }),
  W("CET-6（612）"), W("证券从业资格"), W("计算机二级"),
];

const main = [
  head("教育背景", "EDUCATION"),
  dated("2024.09-2026.06（预计）", "厦门大学 王亚南经济研究院", "经济学 | 硕士"),
  M("主修：高级计量经济学、高级宏观经济学、动态优化；导师：吴致远 教授；GPA 3.86/4.0", { size: 19 }),
  dated("2020.09-2024.06", "西南财经大学 金融学院", "金融学 | 学士"),
  M("数学与金融实验班；GPA 3.82/4.0，专业排名 5/96；毕业论文获校级优秀", { size: 19 }),
  head("实习经历", "INTERNSHIP"),
  dated("2025.06-2025.09", "中信证券股份有限公司", "宏观研究实习生"),
  bullet("跟踪社融、CPI/PPI等高频数据，独立撰写月度数据点评6篇；"),
  bullet("搭建地方专项债发行数据库（Python爬虫+清洗），支持专题报告《财政发力的节奏》。"),
  dated("2024.12-2025.03", "中国人民银行厦门市中心支行", "调查统计处 实习生"),
  bullet("参与企业景气调查问卷录入与季节调整，编写县域信贷投放简报。"),
  dated("2023.07-2023.08", "国家统计局四川调查总队", "数据助理（暑期）"),
  bullet("协助住户收支调查数据核查与抽样权重计算。"),
  head("科研成果", "RESEARCH"),
  M("[1] 林若溪, 吴致远. 数字普惠金融与县域家庭消费韧性——基于CHFS数据的证据[J]. 统计研究, 2025, 42(6): 88-101.", { size: 19, indent: { left: 300, hanging: 300 } }),
  M("[2] 郑文博, 林若溪*. 最低工资上调对制造业企业自动化投资的影响[J]. 经济学（季刊）, 已录用.", { size: 19, indent: { left: 300, hanging: 300 } }),
  M("[3] Lin, Ruoxi and Hao Zhang. Local government debt and bank credit allocation: Evidence from city investment bonds. Working paper, under review at China Economic Review.", { size: 19, indent: { left: 300, hanging: 300 } }),
  M("参与课题：国家社会科学基金重大项目“共同富裕背景下的家庭金融脆弱性研究”（子课题成员）", { size: 19, before: 60 }),
  head("荣誉奖项", "HONORS"),
  dated("2025.10", "研究生国家奖学金", "厦门大学"),
  dated("2022.11", "全国大学生数学建模竞赛 四川赛区一等奖", "省级"),
  dated("2021.10", "西南财经大学 一等奖学金", "校级"),
  head("自我评价", "ABOUT ME"),
  M("计量基础扎实，熟悉面板与准自然实验方法；对宏观数据敏感，文字表达流畅；性格开朗，抗压能力强。", { size: 19 }),
];

const NB = { style: d.BorderStyle.NONE, size: 0, color: "FFFFFF" };
const layout = new d.Table({
  rows: [row([
    cell(side, { fill: TEAL, w: 3000, valign: d.VerticalAlign.TOP, margins: { left: 180, right: 180, top: 120, bottom: 120 } }),
    cell(main, { w: 7300, valign: d.VerticalAlign.TOP, margins: { left: 280, right: 160, top: 60, bottom: 60 } }),
  ])],
  columnWidths: [3000, 7300], width: { size: 10300, type: d.WidthType.DXA }, layout: d.TableLayoutType.FIXED,
  borders: { top: NB, bottom: NB, left: NB, right: NB, insideHorizontal: NB, insideVertical: NB },
});
const doc = new d.Document({
  creator: "WPS_1633857812", lastModifiedBy: "林若溪", title: "个人简历",
  sections: [{ properties: { page: { margin: { top: 500, bottom: 500, left: 800, right: 800 } } }, children: [layout] }],
});
save(doc, out);
