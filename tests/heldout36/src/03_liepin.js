// 03: a 猎聘-style résumé export laid out by pdfmake 0.2 (node, PdfPrinter). Invented person.
const PdfPrinter = require("pdfmake");
const fs = require("fs");
const WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";
const printer = new PdfPrinter({
  Hei: { normal: [WQY, "WenQuanYiMicroHei"], bold: [WQY, "WenQuanYiMicroHei"] },
});
const ORANGE = "#FF6A00";
const GREY = "#888888";
const sec = (t) => ({
  table: { widths: [4, "*"], body: [[{ text: "", fillColor: ORANGE }, { text: t, bold: true, fontSize: 12.5, margin: [6, 1, 0, 1] }]] },
  layout: "noBorders", margin: [0, 12, 0, 6],
});
const job = (co, title, dates, dept, lines) => [
  { columns: [{ text: [{ text: co, bold: true }, { text: "  |  " + title }], width: "*" }, { text: dates, width: 120, alignment: "right", color: GREY }], margin: [0, 4, 0, 1] },
  { text: dept, color: GREY, fontSize: 9, margin: [0, 0, 0, 2] },
  { text: "工作描述：", fontSize: 9.5, bold: true },
  { ul: lines, fontSize: 9.5, margin: [8, 0, 0, 4] },
];
const proj = (name, dates, role, desc, duty) => [
  { columns: [{ text: name, bold: true, width: "*" }, { text: dates, width: 120, alignment: "right", color: GREY }], margin: [0, 4, 0, 1] },
  { text: "担任职务：" + role, fontSize: 9.5 },
  { text: [{ text: "项目描述：", bold: true }, desc], fontSize: 9.5, margin: [0, 1, 0, 1] },
  { text: [{ text: "责任描述：", bold: true }, duty], fontSize: 9.5, margin: [0, 0, 0, 4] },
];
const dd = {
  pageSize: "A4", pageMargins: [42, 56, 42, 48],
  info: { title: "欧阳振华的简历", author: "猎聘", creator: "liepin resume export", producer: "pdfmake",
    creationDate: new Date(Date.UTC(2025, 8, 12, 0, 0, 0)), modDate: new Date(Date.UTC(2025, 8, 12, 0, 0, 0)) },
  defaultStyle: { font: "Hei", fontSize: 10, lineHeight: 1.25 },
  header: (page) => ({ columns: [{ text: "猎聘 · 简历", color: ORANGE, bold: true }, { text: "简历编号：LP2025091283361    更新时间：2025-09-12", alignment: "right", color: GREY, fontSize: 8 }], margin: [42, 22, 42, 0] }),
  footer: (page, n) => ({ columns: [{ text: "本简历由猎聘网提供，仅供招聘使用，请勿外传", color: GREY, fontSize: 7.5 }, { text: `${page} / ${n}`, alignment: "right", fontSize: 8 }], margin: [42, 12, 42, 0] }),
  content: [
    { columns: [
      { width: "*", stack: [
        { text: "欧阳振华", fontSize: 22, bold: true },
        { text: "男 ｜ 38岁 ｜ 本科及以上：硕士 ｜ 工作15年 ｜ 现居住地：深圳-南山区", margin: [0, 4, 0, 2], color: "#444444" },
        { text: "手机：159-5550-0162    邮箱：ouyangzh_civil@example.cn", color: "#444444" },
        { text: "目前状态：在职，看看新机会", color: GREY, fontSize: 9, margin: [0, 2, 0, 0] },
      ] },
      { width: 70, table: { widths: [62], heights: [78], body: [[{ text: "\n\n头像", alignment: "center", color: "#BBBBBB" }]] },
        layout: { hLineColor: () => "#CCCCCC", vLineColor: () => "#CCCCCC" } },
    ] },
    sec("求职意向"),
    { table: { widths: [70, "*", 70, "*"], body: [
      [{ text: "期望职位", color: GREY }, "项目总工程师 / 技术总监（土木工程）", { text: "期望城市", color: GREY }, "深圳、广州"],
      [{ text: "期望行业", color: GREY }, "建筑/建材/工程；房地产开发", { text: "期望薪资", color: GREY }, "40-50k·14薪"],
    ] }, layout: "noBorders" },
    sec("工作经历"),
    ...job("中国建筑第八工程局有限公司", "项目总工程师", "2019.07 - 至今", "华南分公司 ｜ 工程技术部 ｜ 下属人数：22人", [
      "负责超高层及大型公建项目的施工组织设计、专项方案编制与论证，主持深基坑、高支模、钢结构吊装等危大工程方案评审；",
      "组织BIM深化设计与图纸会审，推动铝模+爬架体系在标准层应用，单层施工周期由6天压缩至4.5天；",
      "对接设计院、监理及业主，负责技术质量与科技创新、工法与专利申报。"]),
    ...job("上海建工四建集团有限公司", "技术主管", "2016.03 - 2019.06", "第六工程公司 ｜ 技术部", [
      "主管两个装配式住宅项目的技术工作，编制预制构件吊装与节点灌浆施工方案；",
      "负责施工监测数据分析，协助编写企业工法2项。"]),
    ...job("上海建工四建集团有限公司", "结构工程师", "2013.04 - 2016.02", "第六工程公司 ｜ 技术部", [
      "参与大跨度钢桁架累积滑移施工的计算分析与现场监测；负责施工阶段结构验算。"]),
    sec("项目经历"),
    ...proj("深圳前海某超高层商业综合体（塔楼268m）", "2020.03 - 2023.12", "项目总工程师",
      "总建筑面积32万㎡，框架-核心筒结构，钢管混凝土柱+钢梁组合楼盖，地下4层。",
      "主持核心筒顶模与外框钢结构不等高同步施工方案；组织钢管混凝土柱顶升浇筑工艺试验；项目获中国建设工程鲁班奖（参建）。"),
    ...proj("上海浦东某装配式保障房项目（PC率45%）", "2016.05 - 2018.10", "技术主管",
      "12栋18层装配整体式剪力墙住宅，总建筑面积15.6万㎡。",
      "编制预制构件吊装、套筒灌浆专项方案；建立构件进场验收与灌浆饱满度检测流程。"),
    sec("教育经历"),
    { columns: [{ text: [{ text: "同济大学", bold: true }, "  ｜  结构工程  ｜  硕士  ｜  统招"], width: "*" }, { text: "2010.09 - 2013.03", width: 120, alignment: "right", color: GREY }], margin: [0, 2, 0, 2] },
    { columns: [{ text: [{ text: "湖南大学", bold: true }, "  ｜  土木工程  ｜  本科  ｜  统招"], width: "*" }, { text: "2006.09 - 2010.06", width: 120, alignment: "right", color: GREY }], margin: [0, 2, 0, 2] },
    sec("证书与职称"),
    { text: "高级工程师（2020年，广东省住房和城乡建设厅）；一级注册建造师（建筑工程）；一级注册结构工程师；英语CET-6", fontSize: 9.5 },
    sec("论文与专利"),
    { ol: [
      "施工技术 2022, 超高层钢管混凝土柱顶升浇筑施工关键技术 (一作)",
      "建筑结构 2018, 大跨度钢桁架累积滑移施工全过程监测与数值分析 (二作)",
      "Journal of Constructional Steel Research 2014, Post-fire behaviour of concrete-filled steel tubular stub columns with recycled aggregate (三作)",
    ], fontSize: 9.5 },
    { text: "发明专利：一种超高层核心筒顶模与外框钢结构同步施工方法（ZL 2022 1 0000418.6，第1发明人）；实用新型专利3项。", fontSize: 9.5, margin: [0, 4, 0, 0] },
    sec("获奖荣誉"),
    { table: { widths: [60, "*"], body: [
      ["2022", "中国建设工程鲁班奖（国家优质工程），主要参建人员"],
      ["2021", "中建八局“优秀项目总工程师”"],
      ["2018", "上海市科学技术进步奖 三等奖（排名第7）"],
    ] }, layout: "lightHorizontalLines", fontSize: 9.5 },
    sec("自我评价"),
    { text: "15年施工技术管理经验，熟悉超高层、装配式建筑施工全流程；熟练使用Midas Gen、ABAQUS、Revit、Tekla；沟通协调能力强，能适应出差。", fontSize: 9.5 },
  ],
};
const doc = printer.createPdfKitDocument(dd);
doc.pipe(fs.createWriteStream(process.argv[2]));
doc.end();
