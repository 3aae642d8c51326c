// 10: an English academic CV of a mainland Chinese postdoc, laid out by pdfmake 0.2 with a date column table.
const PdfPrinter = require("pdfmake");
const fs = require("fs");
const LIB = "/usr/share/fonts/truetype/liberation/";
const printer = new PdfPrinter({
  Sans: { normal: LIB + "LiberationSans-Regular.ttf", bold: LIB + "LiberationSans-Bold.ttf",
    italics: LIB + "LiberationSans-Italic.ttf", bolditalics: LIB + "LiberationSans-BoldItalic.ttf" },
  Hei: { normal: ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "WenQuanYiMicroHei"], bold: ["/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "WenQuanYiMicroHei"] },
});
const BLUE = "#1F4E79";
const sec = (t) => ({ text: t.toUpperCase(), bold: true, color: BLUE, fontSize: 11.5, margin: [0, 10, 0, 3],
  decoration: undefined });
const rule = { canvas: [{ type: "line", x1: 0, y1: 0, x2: 511, y2: 0, lineWidth: 0.8, lineColor: BLUE }], margin: [0, 0, 0, 4] };
const grid = (rows) => ({ table: { widths: [92, "*"], body: rows }, layout: { hLineWidth: () => 0, vLineWidth: () => 0, paddingTop: () => 2, paddingBottom: () => 2, paddingLeft: () => 0 } });
const r = (date, main) => [{ text: date, color: "#333333", fontSize: 9.5 }, main];
const pub = (n, parts) => ({ columns: [{ text: `[${n}]`, width: 22 }, { text: parts, width: "*" }], margin: [0, 1.5, 0, 1.5], fontSize: 9.5 });
const B = (t) => ({ text: t, bold: true });
const I = (t) => ({ text: t, italics: true });
const dd = {
  pageSize: "A4", pageMargins: [42, 44, 42, 46],
  info: { title: "CV_Yiming_QIAO_2025", author: "Yiming Qiao", producer: "pdfmake",
    creationDate: new Date(Date.UTC(2025, 9, 8)), modDate: new Date(Date.UTC(2025, 9, 8)) },
  defaultStyle: { font: "Sans", fontSize: 10, lineHeight: 1.2 },
  footer: (p, n) => ({ text: `Yiming QIAO — Curriculum Vitae — Page ${p} of ${n}`, alignment: "center", fontSize: 8, color: "#777777", margin: [0, 14, 0, 0] }),
  content: [
    { text: [{ text: "Yiming QIAO, Ph.D. " }, { text: "（乔一鸣）", font: "Hei" }], fontSize: 20, bold: true, color: BLUE },
    { text: "Postdoctoral Researcher (Shuimu Tsinghua Scholar), School of Environment, Tsinghua University, Beijing 100084, China", margin: [0, 3, 0, 1] },
    { text: "Email: qiaoym@tsinghua.example.edu.cn  |  Mobile: +86 185-5550-0190  |  Homepage: yqiao-water.example.org  |  Google Scholar: scholar.google.com/citations?user=QyM0example", fontSize: 9 },
    sec("Research Interests"), rule,
    { text: "Resource recovery from wastewater; electrochemical nitrogen recovery; decentralized sanitation; life cycle assessment of water systems" },
    sec("Education"), rule,
    grid([
      r("2017.09 – 2022.07", { text: [B("Ph.D. in Environmental Science and Engineering"), ", Tsinghua University, Beijing\nAdvisor: Prof. Hongwei Wang; Dissertation: Electrochemical ammonia recovery from source-separated urine"] }),
      r("2019.10 – 2020.10", { text: [B("Joint Ph.D. Student"), " (China Scholarship Council), Department of Civil and Environmental Engineering, University of Michigan, Ann Arbor, USA"] }),
      r("2013.09 – 2017.06", { text: [B("B.Eng. in Environmental Engineering"), ", Tongji University, Shanghai\nGPA 3.81/4.00, Rank 3/62"] }),
    ]),
    sec("Research and Professional Experience"), rule,
    grid([
      r("2022.08 – Present", { text: [B("Postdoctoral Researcher"), ", School of Environment, Tsinghua University\nCo-advisor: Prof. Hongwei Wang; pilot-scale urine diversion and nutrient recovery in rural Yunnan"] }),
      r("2016.07 – 2016.09", { text: [B("Research Intern"), ", R&D Center, Beijing Enterprises Water Group Limited, Beijing"] }),
    ]),
    sec("Publications"), rule,
    { text: "# equal contribution; * corresponding author. Citations: 612; h-index: 12 (Google Scholar, Oct 2025)", fontSize: 8.5, italics: true, margin: [0, 0, 0, 3] },
    pub(1, [B("Qiao Y#"), ", Feng L#, Zhang X, Wang H*. Electrochemical recovery of ammonia from source-separated urine using flow-through carbon electrodes. ", I("Environmental Science & Technology"), ", 2024, 58(12): 5301–5312. (IF = 10.8, 中科院一区 TOP)"]),
    pub(2, [B("Qiao Y"), ", Li M, Lindqvist TA, Wang H*. Decentralized nutrient recovery can offset the carbon footprint of rural sanitation in China. ", I("Nature Water"), ", 2023, 1: 842–851."]),
    pub(3, ["Feng L, ", B("Qiao Y"), ", Chen J, Wang H*. Gas-permeable membrane stripping of ammonia from hydrolysed urine: fouling and long-term stability. ", I("Water Research"), ", 2023, 229: 119455."]),
    pub(4, ["Zhang X, Zhao R, ", B("Qiao Y*"), ". Nitrogen speciation changes during urine storage in household diversion toilets. ", I("Journal of Hazardous Materials"), ", 2022, 436: 129176."]),
    pub(5, ["Li M, ", B("Qiao Y"), ", Wang H*. Scaling-up of electrochemical stripping: a techno-economic assessment. ", I("ACS ES&T Engineering"), ", 2021, 1(4): 702–711."]),
    pub(6, [B("Qiao Y"), ", Wang H*. Research progress on nutrient recovery from source-separated urine (in Chinese). ", I("Acta Scientiae Circumstantiae"), ", 2020, 40(8): 2741–2750."]),
    pub(7, [B("Qiao Y"), ", Zhang X, Zhao R, Wang H*. Life cycle trade-offs of urine diversion in peri-urban China. Under review at ", I("Environmental Science & Technology Letters"), "."]),
    { text: "Conference presentations: IWA World Water Congress 2024, Toronto (oral); ACS Fall 2023, San Francisco (oral).", fontSize: 9.5, margin: [0, 4, 0, 0] },
    sec("Grants"), rule,
    grid([
      r("2024 – 2026", "National Natural Science Foundation of China, Young Scientists Fund (No. 52400081), PI, CNY 300,000"),
      r("2023 – 2024", "China Postdoctoral Science Foundation, General Program (No. 2023M730155), PI"),
    ]),
    sec("Honors and Awards"), rule,
    grid([
      r("2022", "Shuimu Tsinghua Scholar Program (postdoctoral fellowship), Tsinghua University"),
      r("2022", "Outstanding Doctoral Dissertation Award, Tsinghua University"),
      r("2021", "Best Poster Award, IWA Resource Recovery Conference, Istanbul"),
      r("2020", "National Scholarship for Doctoral Students, Ministry of Education of China"),
    ]),
    sec("Teaching and Service"), rule,
    { text: "Teaching assistant, Water Pollution Control Engineering (2018, 2019). Reviewer for Water Research, Environmental Science & Technology, Chemical Engineering Journal." },
    sec("Skills"), rule,
    { text: "Electrochemical methods (CV, EIS); ion chromatography; SimaPro / openLCA; Python, R; COMSOL Multiphysics. Languages: Chinese (native), English (fluent; IELTS 7.5)." },
  ],
};
const doc = printer.createPdfKitDocument(dd);
doc.pipe(fs.createWriteStream(process.argv[2]));
doc.end();
