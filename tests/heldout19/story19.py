"""04: a 智联招聘-style résumé laid out by MuPDF's HTML engine (PyMuPDF Story)."""
from __future__ import annotations

from pathlib import Path

import pymupdf

CSS = """
@font-face { font-family: wqy; src: url(wqy-microhei.ttc); }
* { font-family: wqy; }
body { font-size: 9.5pt; line-height: 1.45; color: #333; }
.nm { font-size: 20pt; font-weight: bold; color: #222; margin: 0 0 4px 0; }
.meta { font-size: 9.5pt; color: #555; margin: 0; }
.upd { font-size: 7.5pt; color: #999; text-align: right; margin: 6px 0 0 0; }
h2 { font-size: 11.5pt; color: #1f5fbf; border-bottom: 1px solid #1f5fbf; margin: 12px 0 5px 0; padding-bottom: 2px; }
.when { color: #666; font-size: 9pt; margin: 6px 0 0 0; }
.dur { color: #999; }
.org { font-weight: bold; font-size: 10pt; margin: 1px 0 0 0; }
.role { margin: 0; }
.small { font-size: 8pt; color: #888; margin: 0; }
.desc { margin: 2px 0 4px 0; }
.kv td { padding: 1px 6px 1px 0; font-size: 9.3pt; }
.k { color: #777; }
p { margin: 2px 0; }
"""


def build_04(src: Path, out: Path) -> None:
    html = src.read_text(encoding="utf-8")
    story = pymupdf.Story(html=html, user_css=CSS, archive=pymupdf.Archive("/usr/share/fonts/truetype/wqy"))
    mediabox = pymupdf.paper_rect("a4")
    where = mediabox + (48, 48, -48, -56)
    tmp = out.with_suffix(".tmp.pdf")
    writer = pymupdf.DocumentWriter(str(tmp))
    more = True
    while more:
        dev = writer.begin_page(mediabox)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = pymupdf.open(str(tmp))
    for i, page in enumerate(doc):
        page.insert_font(fontname="wqyf", fontfile="/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
        page.insert_text((48, mediabox.height - 30), f"智联招聘 zhaopin.com  ·  第 {i + 1} 页 / 共 {doc.page_count} 页",
                         fontsize=7, fontname="wqyf", color=(0.6, 0.6, 0.6))
    doc.subset_fonts()
    doc.set_metadata({"title": "苏念禾的简历", "author": "", "creator": "zhaopin", "producer": "PyMuPDF",
                      "creationDate": "D:20240701000000Z", "modDate": "D:20240701000000Z"})
    doc.save(str(out), garbage=3, deflate=True, no_new_id=True)
    doc.close()
    tmp.unlink()
