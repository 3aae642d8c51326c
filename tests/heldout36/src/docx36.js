// Small helpers over docx.js (npm "docx") shared by the heldout36 Word files.
const d = require("docx");
const fs = require("fs");

const FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体" };

function runs(text, o = {}) {
  // '**x**' marks bold pieces inside a cell text; '\n' makes a line break.
  const out = [];
  String(text).split("\n").forEach((line, li) => {
    const pieces = line.split(/(\*\*[^*]+\*\*)/).filter(Boolean);
    if (!pieces.length) pieces.push("");
    pieces.forEach((piece, pi) => {
      const bold = piece.startsWith("**");
      out.push(new d.TextRun({
        text: bold ? piece.slice(2, -2) : piece,
        bold: bold || o.bold, size: o.size || 21, color: o.color, font: o.font || FONT,
        break: li > 0 && pi === 0 ? 1 : undefined,
      }));
    });
  });
  return out;
}

function para(text, o = {}) {
  return new d.Paragraph({
    children: runs(text, o),
    alignment: o.align || d.AlignmentType.LEFT,
    spacing: { before: o.before || 0, after: o.after || 0, line: o.line || 300 },
    indent: o.indent,
    heading: o.heading,
    border: o.border,
    shading: o.shading,
  });
}

function cell(text, o = {}) {
  const paras = Array.isArray(text) ? text.map((t) => (typeof t === "string" ? para(t, o) : t)) : [para(text, o)];
  return new d.TableCell({
    children: paras,
    columnSpan: o.span,
    rowSpan: o.rows,
    verticalAlign: o.valign || d.VerticalAlign.CENTER,
    shading: o.fill ? { fill: o.fill, type: d.ShadingType.CLEAR, color: "auto" } : undefined,
    width: o.w ? { size: o.w, type: d.WidthType.DXA } : undefined,
    borders: o.borders,
    margins: o.margins || { left: 80, right: 80, top: 30, bottom: 30 },
  });
}

function row(cells, o = {}) {
  return new d.TableRow({ children: cells, height: o.h ? { value: o.h, rule: d.HeightRule.ATLEAST } : undefined,
    cantSplit: true, tableHeader: o.header });
}

function table(rows, widths, o = {}) {
  return new d.Table({
    rows, columnWidths: widths, layout: d.TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: d.WidthType.DXA },
    borders: o.borders,
  });
}

async function save(doc, out) {
  const buf = await d.Packer.toBuffer(doc);
  fs.writeFileSync(out, buf);
}

module.exports = { d, runs, para, cell, row, table, save, FONT };
