// 01: 高层次人才引进申请表 filled in Word (docx.js), kept as DOCX. Invented person.
const { d, para, cell, row, table, save } = require("./docx36.js");
const out = process.argv[2];
const G = "D9D9D9";
const W = [1300, 1500, 1100, 1500, 1100, 1450, 1600]; // 9550
const L = (t, o = {}) => cell(t, { fill: G, bold: true, align: d.AlignmentType.CENTER, ...o });
const V = (t, o = {}) => cell(t, { align: d.AlignmentType.CENTER, ...o });

const head = [
  row([L("姓  名"), V("贺明远"), L("性  别"), V("男"), L("出生年月"), V("1990.03"),
    V("（照片）\n\n近期免冠\n彩色照片", { rows: 5, size: 18 })], { h: 520 }),
  row([L("民  族"), V("汉族"), L("政治面貌"), V("中共党员"), L("籍  贯"), V("辽宁铁岭")], { h: 520 }),
  row([L("最高学历\n学位"), V("研究生/博士"), L("现职称"), V("副研究员"), L("职称取得\n时间"), V("2021年1月")], { h: 520 }),
  row([L("现工作单位\n及职务"), V("中国科学院金属研究所  副研究员、课题组长", { span: 5 })], { h: 520 }),
  row([L("手机"), V("155-0100-3672", { span: 2 }), L("电子邮箱"), V("hemy@imr.example.ac.cn", { span: 2 })], { h: 520 }),
  row([L("应聘学院"), V("材料科学与工程学院", { span: 2 }), L("应聘岗位"), V("教授（青年拔尖人才）", { span: 3 })], { h: 520 }),
  row([L("研究方向"), cell("高熵合金强韧化机理；金属增材制造组织调控；结构材料氢脆与防护", { span: 6 })], { h: 520 }),
];

const eduRows = [
  ["2012.09—2018.01", "中国科学院金属研究所", "材料学", "研究生/工学博士（硕博连读）"],
  ["2008.09—2012.07", "大连理工大学", "材料成型及控制工程", "本科/工学学士"],
];
const edu = [
  row([L("学习经历\n（从本科填起）", { rows: eduRows.length + 1 }), L("起止年月", { span: 2 }), L("毕业院校", { span: 2 }), L("所学专业"), L("学历/学位")]),
  ...eduRows.map((r) => row([V(r[0], { span: 2 }), V(r[1], { span: 2 }), V(r[2]), V(r[3], { size: 19 })], { h: 460 })),
];

const jobRows = [
  ["2021.01—至今", "中国科学院金属研究所 师昌绪先进材料创新中心", "副研究员、课题组长"],
  ["2019.02—2020.02", "Karlsruhe Institute of Technology (KIT), Institute for Applied Materials", "访问学者（国家公派）"],
  ["2018.03—2020.12", "中国科学院金属研究所", "博士后（合作导师：丁立新 研究员）"],
];
const jobs = [
  row([L("工作经历", { rows: jobRows.length + 1 }), L("起止年月", { span: 2 }), L("工作单位", { span: 2 }), L("职务/职称", { span: 2 })]),
  ...jobRows.map((r) => row([V(r[0], { span: 2 }), V(r[1], { span: 2, size: 19 }), V(r[2], { span: 2, size: 19 })], { h: 460 })),
];

const first = table([...head, ...edu, ...jobs], W);

// 科研成果: papers as table rows
const PW = [600, 3500, 1750, 1000, 1300, 1400];
const P = (t, o = {}) => cell(t, { size: 18, align: d.AlignmentType.CENTER, ...o });
const PL = (t, o = {}) => cell(t, { size: 18, ...o });
const papers = [
  ["1", "Heterogeneous lamellar structure enables strength–ductility synergy in a CoCrNi medium-entropy alloy", "Acta Materialia", "2023.05", "第一作者", "SCI一区 IF=9.4"],
  ["2", "Hydrogen embrittlement resistance of laser powder bed fused 316L stainless steel with cellular sub-structures", "Corrosion Science", "2021.11", "第二作者\n（通讯作者）", "SCI一区"],
  ["3", "激光增材制造GH4169合金的组织演变与高温蠕变行为", "金属学报", "2022.08", "第一作者", "EI、CSCD"],
  ["4", "Twin boundary migration mediated by partial dislocations in nanotwinned copper under cyclic loading", "Scripta Materialia", "2020.03", "第二作者\n（共同第一#）", "SCI二区"],
  ["5", "Grain boundary segregation of boron suppresses intergranular cracking in an additively manufactured Ni-based superalloy", "Journal of Materials Science & Technology", "已接收", "通讯作者", "SCI一区"],
  ["6", "Dislocation patterning and back stress in gradient-structured interstitial-free steel", "International Journal of Plasticity", "2019.06", "第三作者", "SCI一区"],
];
const pubT = table([
  row([cell("科研成果（论文，按重要性排序，限填代表性论文）", { span: 6, fill: G, bold: true })], { header: true }),
  row([P("序号", { fill: G }), P("论文题目", { fill: G }), P("期刊名称", { fill: G }), P("发表时间", { fill: G }), P("作者排序", { fill: G }), P("收录情况", { fill: G })], { header: true }),
  ...papers.map((r) => row([P(r[0]), PL(r[1]), P(r[2]), P(r[3]), P(r[4]), P(r[5])], { h: 480 })),
], PW);

const PJ = [600, 3900, 2200, 1350, 1500];
const projT = table([
  row([cell("主持或参与的科研项目", { span: 5, fill: G, bold: true })]),
  row([P("序号", { fill: G }), P("项目名称", { fill: G }), P("项目来源", { fill: G }), P("起止年月", { fill: G }), P("经费/本人角色", { fill: G })]),
  row([P("1"), PL("CoCrNi基中熵合金异质层片结构的形成机制与强韧化"), P("国家自然科学基金青年科学基金"), P("2022.01-2024.12"), P("30万元/主持")]),
  row([P("2"), PL("增材制造高温合金晶界偏聚调控与抗开裂设计"), P("辽宁省自然科学基金"), P("2023.07-2025.06"), P("10万元/主持")]),
  row([P("3"), PL("航空发动机用高温合金构件增材制造技术"), P("国家重点研发计划课题"), P("2021.12-2025.11"), P("参与（骨干）")]),
], PJ);

const patT = table([
  row([cell("授权专利", { span: 4, fill: G, bold: true })]),
  row([P("序号", { fill: G }), P("专利名称", { fill: G }), P("专利号", { fill: G }), P("排名", { fill: G })]),
  row([P("1"), PL("一种具有异质层片结构的中熵合金板材及其制备方法"), P("ZL 2021 1 0000361.5"), P("1/5")]),
  row([P("2"), PL("一种抑制增材制造镍基高温合金凝固裂纹的成分设计方法"), P("ZL 2022 1 0000925.X"), P("2/6")]),
], [600, 5200, 2350, 1400]);

const awT = table([
  row([cell("获奖及荣誉", { span: 3, fill: G, bold: true })]),
  row([P("时间", { fill: G }), P("奖项名称及等级", { fill: G }), P("本人排名", { fill: G })]),
  row([P("2023"), PL("辽宁省自然科学奖 二等奖"), P("3/5")]),
  row([P("2017"), PL("中国科学院院长优秀奖"), P("—")]),
  row([P("2016"), PL("博士研究生国家奖学金"), P("—")]),
], [1300, 6250, 2000]);

const sign = table([
  row([cell(["本人承诺：以上所填内容真实有效，如有虚假，愿承担一切责任。", "", "申请人签名：                     日期：    年   月   日"], { span: 1, valign: d.VerticalAlign.TOP })], { h: 1100 }),
], [9550]);

const sp = () => para("", { after: 60 });
const doc = new d.Document({
  creator: "Administrator", lastModifiedBy: "Administrator", title: "高层次人才引进申请表",
  sections: [{
    properties: { page: { margin: { top: 1200, bottom: 1100, left: 1100, right: 1100 } } },
    headers: { default: new d.Header({ children: [para("东北大学高层次人才引进申请表（2025年版）", { align: d.AlignmentType.RIGHT, size: 16, color: "666666" })] }) },
    footers: { default: new d.Footer({ children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: ["第 ", d.PageNumber.CURRENT, " 页 共 ", d.PageNumber.TOTAL_PAGES, " 页"], size: 18 })] })] }) },
    children: [
      para("东北大学高层次人才引进申请表", { align: d.AlignmentType.CENTER, bold: true, size: 36, after: 120 }),
      para("填表日期：2025年3月18日                                            编号：（由人事处填写）", { size: 18, after: 80 }),
      first, sp(), pubT, sp(), projT, sp(), patT, sp(), awT, sp(), sign,
    ],
  }],
});
save(doc, out);
