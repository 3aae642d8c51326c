"""python-docx builders for heldout47's Word CVs (06 Singapore, 07 India, 12 Chinese-born US researcher, printed to PDF).

All people, co-authors, numbers and titles are invented."""
from __future__ import annotations

import re

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt, RGBColor

TOKEN = re.compile(r"(\*\*|__|//)")


def rich(p, text, size=10, font="Calibri", color=None):
    """Add runs to p from a tiny markup: **bold**, __underline__, //italic//."""
    bold = under = ital = False
    for part in TOKEN.split(text):
        if part == "**":
            bold = not bold
        elif part == "__":
            under = not under
        elif part == "//":
            ital = not ital
        elif part:
            r = p.add_run(part)
            r.bold, r.underline, r.italic = bold, under, ital
            r.font.size, r.font.name = Pt(size), font
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
    return p


def para(container, text="", size=10, after=2, before=0, align=None, font="Calibri", color=None, style=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    p.paragraph_format.space_after, p.paragraph_format.space_before = Pt(after), Pt(before)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rich(p, text, size, font, color)
    return p


def bottom_rule(p, color="1F3864"):
    p._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="1" w:color="{color}"/></w:pBdr>'))


def no_borders(table):
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{e} w:val="nil"/>' for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))


def heading(doc, text, color="1F3864", size=12, font="Calibri"):
    p = para(doc, f"**{text}**", size=size, after=3, before=9, font=font, color=color)
    bottom_rule(p, color)
    return p


def rows(doc, data, widths=(3.2, 13.8), size=10, font="Calibri"):
    """A borderless two-column table: left dates, right text (each cell may hold several lines split by \\n)."""
    t = doc.add_table(rows=0, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    no_borders(t)
    t.autofit = False
    for col, w in zip(t.columns, widths, strict=True):
        col.width = Cm(w)
    for left, right in data:
        cells = t.add_row().cells
        for c, w in zip(cells, widths, strict=True):
            c.width = Cm(w)
        for cell, txt in ((cells[0], left), (cells[1], right)):
            first = True
            for line in txt.split("\n"):
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                p.paragraph_format.space_after = Pt(1)
                rich(p, line, size, font)
    return t


def setup(doc, margins=1.8, font="Calibri", size=10):
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(1.5)
    st = doc.styles["Normal"]
    st.font.name, st.font.size = font, Pt(size)


def pin(doc, author):
    cp = doc.core_properties
    import datetime as dt
    cp.author = cp.last_modified_by = author
    cp.created = cp.modified = dt.datetime(2025, 11, 3, 9, 0, 0)
    cp.revision = 1


# --------------------------------------------------------------------------------------------------------- 06
def build_06(out):
    doc = Document()
    setup(doc, 1.7, "Cambria", 10)
    F = "Cambria"
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Cm(10.5), Cm(7)
    left, right = t.rows[0].cells
    left.width, right.width = Cm(10.5), Cm(7)
    p = left.paragraphs[0]
    rich(p, "**LIM Jun Hao, Marcus**", 20, F, "7A0019")
    para(left, "Assistant Professor, Department of Computer Science", 10, 0, font=F)
    para(left, "School of Computing, National University of Singapore", 10, 0, font=F)
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rich(rp, "COM2-03-14, 15 Computing Drive, Singapore 117418", 9, F)
    for line in ("Tel: +65 6555 0142", "Email: marcus.lim@example.edu.sg", "Web: marcuslim.example.sg",
                 "Scholar: scholar.google.com/citations?user=MLjh0000AAAJ"):
        para(right, line, 9, 0, align="right", font=F)

    heading(doc, "RESEARCH SUMMARY", "7A0019", font=F)
    para(doc, "My group studies the security of machine-learning systems: adversarial robustness that survives adaptive "
              "attacks, privacy of training data in large models, and provable defences for deployed vision and language "
              "models. Research interests: //Adversarial machine learning; Privacy attacks on foundation models; "
              "Certified robustness; Systems security//.", 10, 4, font=F)

    heading(doc, "APPOINTMENTS", "7A0019", font=F)
    rows(doc, [
        ("Jul 2021 – present", "**Assistant Professor** (tenure track), National University of Singapore, Department of Computer Science"),
        ("Aug 2020 – Jun 2021", "**Postdoctoral Scholar**, University of California, Berkeley, EECS (host: Prof. Dana Whitcombe)"),
        ("Jun 2018 – Sep 2018", "**Research Intern**, Microsoft Research Asia, Beijing — Systems and Networking Group"),
    ], font=F)

    heading(doc, "EDUCATION", "7A0019", font=F)
    rows(doc, [
        ("2015 – 2020", "**Ph.D., Electrical Engineering and Computer Sciences**, University of California, Berkeley\n"
                        "Dissertation: //Robustness You Can Verify//"),
        ("2011 – 2015", "**B.Comp. (Computer Science), First Class Honours**, National University of Singapore"),
    ], font=F)

    heading(doc, "SELECTED PUBLICATIONS", "7A0019", font=F)
    para(doc, "//Tag = venue and year. ‡ = student I advise; * = equal contribution. Security venues (S&P, USENIX Security, "
              "CCS, NDSS) and ML venues are both top-tier in my field.//", 9, 4, font=F)
    pubs = [
        "**[S&P'24]** Chua Kai Xin‡, **Marcus Lim**. Membership Inference on Diffusion Models Is Easier Than You Think. "
        "//IEEE Symposium on Security and Privacy//, 2024.",
        "**[USENIX Sec'23]** **Marcus Lim**, Ravi Sundaram, Chua Kai Xin‡. TextShield: Certified Defences against Word-Substitution "
        "Attacks at Scale. //32nd USENIX Security Symposium//, 2023.",
        "**[CVPR'23]** Wong Jia Min‡*, Ahmad Faris‡*, **Marcus Lim**. Patch-Agnostic Certification for Object Detectors. "
        "//IEEE/CVF Conference on Computer Vision and Pattern Recognition//, 2023.",
        "**[CCS'22]** **Marcus Lim**, Dana Whitcombe. Adaptive Attacks Break 11 of 12 Published Defences: Lessons for Evaluation. "
        "//ACM Conference on Computer and Communications Security//, 2022. **Distinguished Paper Award.**",
        "**[ICML'20]** **Marcus Lim**, Oren Feldstein, Dana Whitcombe. Randomized Smoothing Beyond L2: Tight Certificates for "
        "Sparse Perturbations. //International Conference on Machine Learning//, 2020.",
        "**[NDSS'19]** Oren Feldstein, **Marcus Lim**, Dana Whitcombe. Fingerprinting Deep Models through Decision Boundaries. "
        "//Network and Distributed System Security Symposium//, 2019.",
    ]
    for i, ptxt in enumerate(pubs, 1):
        p = para(doc, f"{i}.  " + ptxt, 10, 3, font=F)
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
    para(doc, "**Under review**", 10, 2, before=4, font=F)
    p = para(doc, "7.  Ahmad Faris‡, **Marcus Lim**. Watermarks Do Not Survive Fine-Tuning: A Systematic Study of LLM "
                  "Watermark Removal. Under review, //IEEE S&P 2026//.", 10, 3, font=F)
    p.paragraph_format.left_indent = Cm(0.6)
    p.paragraph_format.first_line_indent = Cm(-0.6)

    heading(doc, "GRANTS", "7A0019", font=F)
    rows(doc, [("2022 – 2025", "NRF Singapore AI Programme, //Trustworthy Vision Models//, S$ 1.2M (PI)"),
               ("2021 – 2024", "MOE Academic Research Fund Tier 1, S$ 240k (PI)")], font=F)

    heading(doc, "HONOURS AND AWARDS", "7A0019", font=F)
    rows(doc, [("2024", "NUS Young Investigator Award"),
               ("2022", "ACM CCS Distinguished Paper Award"),
               ("2019", "Berkeley EECS Outstanding Graduate Student Instructor"),
               ("2015", "A*STAR National Science Scholarship (PhD)")], font=F)

    heading(doc, "TEACHING AND MENTORING", "7A0019", font=F)
    para(doc, "CS3235 Computer Security (2022–2025, feedback 4.6/5); CS5340 Trustworthy Machine Learning (new module, 2023–). "
              "Current PhD students: Chua Kai Xin, Wong Jia Min, Ahmad Faris. Alumni: 1 postdoc now faculty at SUTD.", 10, 3,
         font=F)

    heading(doc, "PROFESSIONAL SERVICE", "7A0019", font=F)
    para(doc, "Program Committee: IEEE S&P (2023–2026), USENIX Security (2022–2025), ACM CCS (2023, 2024). Area Chair: NeurIPS "
              "2024. Reviewer: CVPR, ICLR, TDSC, TIFS.", 10, 3, font=F)
    pin(doc, "Marcus Lim")
    doc.save(out)


# --------------------------------------------------------------------------------------------------------- 07
def build_07(out):
    doc = Document()
    setup(doc, 2.0, "Calibri", 10.5)
    title = doc.add_paragraph(style="Title")
    rich(title, "Dr. Aditi Venkataraman", 24, "Calibri Light")
    para(doc, "Research Scientist, Google Research India  |  Bengaluru, Karnataka 560016, India", 10, 0)
    para(doc, "+91 98450 01732  •  aditi.venkataraman@example.in  •  aditiv.example.in  •  github.com/aditi-v-nlp", 10, 6)

    doc.add_heading("Research Statement (summary)", level=1)
    para(doc, "I work on language technology for the next billion users: multilingual LLMs for Indic languages, evaluation "
              "that reflects code-mixed usage, and speech-text models for low-resource settings. I am applying for faculty "
              "positions to build a lab that releases open Indic benchmarks and trains students in responsible NLP.", 10.5, 4)
    doc.add_heading("Research Interests", level=1)
    for x in ("Multilingual NLP and Indic languages", "Code-mixed language understanding", "Evaluation of large language models",
              "Speech translation for low-resource languages"):
        para(doc, x, 10.5, 0, style="List Bullet")

    doc.add_heading("Education", level=1)
    for a, b in (("**Ph.D., Computer Science and Automation**, Indian Institute of Science (IISc), Bengaluru", "Aug 2016 – Jul 2021"),
                 ("**B.Tech., Computer Science and Engineering**, IIT Madras", "Jul 2012 – May 2016")):
        p = para(doc, a + "\t" + b, 10.5, 1)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.9), alignment=2)
    para(doc, "Thesis: //Cross-Lingual Transfer for Code-Mixed Indic Text//. Advisor: Prof. Raghavan Iyengar. "
              "CGPA 9.4/10 (B.Tech.).", 10, 3)

    doc.add_heading("Research Experience", level=1)
    for a, b, c in (("Research Scientist", "Google Research India, Bengaluru", "Aug 2021 – Present"),
                    ("Research Intern", "Microsoft Research India, Bengaluru", "May 2019 – Aug 2019"),
                    ("Research Intern", "Adobe Research, Bengaluru", "May 2015 – Jul 2015")):
        p = para(doc, f"**{a}**, {b}\t{c}", 10.5, 1)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.9), alignment=2)
    para(doc, "At Google: led the IndicEval benchmark (22 languages) used by Gemini and open models; mentored 6 AI residents.", 10, 4)

    doc.add_heading("Publications", level=1)
    para(doc, "Google Scholar: 2,318 citations, h-index 16. Citation counts as of November 2025. CORE ranks in brackets.", 9.5, 3)
    pubs = [
        "Aditi Venkataraman, Kiran Rao, Meera Pillai, Tanvir Hossain, Sanjay Bhat, Rohit Malhotra, Lakshmi Narayan, "
        "Partha Sen, Arjun Kapoor, Nandini Joshi, Vikram Sethi. IndicEval: Holistic Evaluation of LLMs in 22 Indian "
        "Languages. ACL 2024 (CORE A*). [Cited by 188]",
        "Kiran Rao*, Aditi Venkataraman*, Partha Sen. Code-Mixed Instruction Tuning with Synthetic Hinglish. EMNLP 2023 "
        "(CORE A*). [Cited by 97]",
        "Meera Pillai, Aditi Venkataraman. Transliteration-Robust Tokenizers for Dravidian Languages. ACL Findings 2024. "
        "[Cited by 31]",
        "Aditi Venkataraman, Raghavan Iyengar. Zero-Shot Transfer to Code-Mixed Text via Adversarial Alignment. NAACL 2021 "
        "(CORE A). [Cited by 412]",
        "Aditi Venkataraman, Sunil Mehta, Raghavan Iyengar. SentiMix-IN: A Benchmark for Code-Mixed Sentiment. LREC 2020 "
        "(CORE B). [Cited by 265]",
        "Tanvir Hossain, Aditi Venkataraman, et al. Whisper-Indic: Speech Translation for Low-Resource Indian Languages. "
        "Interspeech 2023 (CORE A). [Cited by 44]",
        "Aditi Venkataraman, Kiran Rao, Partha Sen. Do LLMs Understand Indian Cultural Context? arXiv:2508.04417, 2025 "
        "(preprint, under review at ICLR 2026). [Cited by 3]",
    ]
    for ptxt in pubs:
        para(doc, ptxt.replace("Aditi Venkataraman", "**Aditi Venkataraman**"), 10, 2, style="List Number")
    para(doc, "* equal contribution", 9, 4)

    doc.add_heading("Patents", level=1)
    para(doc, "Venkataraman A., Rao K. //System and method for script-agnostic tokenization of Indic text.// US Patent "
              "Application 2024/0123456 A1, filed 2023.", 10, 2, style="List Bullet")
    para(doc, "Venkataraman A., Iyengar R. //Method for detecting code-mixed language spans.// Indian Patent 412345, granted "
              "2022.", 10, 2, style="List Bullet")

    doc.add_heading("Awards and Fellowships", level=1)
    for x in ("Google PhD Fellowship in Natural Language Processing, 2019",
              "Best Thesis Award, Department of CSA, IISc, 2021",
              "Outstanding Paper Award, ACL 2024",
              "Institute Silver Medal, IIT Madras, 2016"):
        para(doc, x, 10.5, 0, style="List Bullet")

    doc.add_heading("Teaching, Mentoring and Service", level=1)
    para(doc, "Teaching assistant, E0 334 Deep Learning for NLP, IISc (2018, 2019). Guest lectures at IIT Bombay and IIIT "
              "Hyderabad. Area Chair: ACL 2025, EMNLP 2024–2025. Reviewer: NeurIPS, ICLR, TACL, COLING. Co-organiser, "
              "Workshop on Indic NLP at EMNLP 2024.", 10.5, 3)
    doc.add_heading("Open-Source Software", level=1)
    para(doc, "indic-eval (1.9k GitHub stars), hinglish-synth (640 stars).", 10.5, 3)
    pin(doc, "Aditi Venkataraman")
    doc.save(out)


# --------------------------------------------------------------------------------------------------------- 12
def build_12(out):
    doc = Document()
    setup(doc, 2.0, "Georgia", 10)
    F = "Georgia"
    para(doc, "**Haoran Xu**", 22, 0, align="center", font=F, color="2E5597")
    para(doc, "Senior Researcher, Microsoft Research, Redmond", 11, 0, align="center", font=F)
    para(doc, "14820 NE 36th St, Redmond, WA 98052  ·  (425) 555-0119  ·  haoran.xu@example.com", 9.5, 0, align="center",
         font=F)
    para(doc, "haoranxu.example.net  ·  github.com/hxu-ml  ·  Google Scholar: 5,912 citations, h-index 24", 9.5, 6,
         align="center", font=F)

    heading(doc, "Research Interests", "2E5597", 12, F)
    para(doc, "Efficient foundation models; parameter-efficient fine-tuning; multimodal reasoning; on-device inference.", 10, 3,
         font=F)
    heading(doc, "Employment", "2E5597", 12, F)
    rows(doc, [
        ("2022 – present", "**Senior Researcher**, Microsoft Research, Redmond, WA"),
        ("2019 – 2022", "**Researcher**, Microsoft Research Asia, Beijing, China"),
        ("2018", "**Research Intern**, Microsoft Research Asia, Beijing (Jun – Sep)"),
        ("2017", "**Research Intern**, Google AI, Mountain View (May – Aug)"),
    ], widths=(3.0, 14.0), font=F)
    heading(doc, "Education", "2E5597", 12, F)
    rows(doc, [
        ("2014 – 2019", "**Ph.D. in Computer Science**, University of Illinois Urbana-Champaign\n"
                        "Advisor: Prof. Gregory Halvorsen. Thesis: //Compressing Deep Networks without Retraining//"),
        ("2010 – 2014", "**B.Eng. in Computer Science and Technology**, Zhejiang University, Hangzhou, China"),
    ], widths=(3.0, 14.0), font=F)

    heading(doc, "Selected Publications", "2E5597", 12, F)
    para(doc, "//Three representative papers; the full list follows. * equal contribution, † corresponding author.//", 9, 3, font=F)
    sel = [
        "**PhiLite-Adapter: Zero-Init Attention for Parameter-Efficient Multimodal Instruction Tuning.** **Haoran Xu***, "
        "Minghao Sun*, Lijuan Feng, Renata Vogel, ... , Jian Gao†. //ICLR 2024//. (Cited by 1,204)",
        "**LoRA-Drop: Pruning Low-Rank Adapters at Inference Time.** Yiwen Tang, **Haoran Xu**, Jian Gao. //NeurIPS 2023//. "
        "(Cited by 388)",
        "**TinyVLM: A 1B Vision-Language Model for Phones.** **Haoran Xu**, Yiwen Tang, Priya Menon, Ashok Reddy, Lijuan Feng, "
        "Tomas Herrera, Keisuke Ono, Fatima Zahra, Carlos Ibarra, Wen Li, Jian Gao. //CVPR 2024// (Highlight). (Cited by 256)",
    ]
    for i, s in enumerate(sel, 1):
        p = para(doc, f"S{i}. {s}", 9.5, 3, font=F)
        p.paragraph_format.left_indent = Cm(0.7)
        p.paragraph_format.first_line_indent = Cm(-0.7)

    heading(doc, "Full Publication List", "2E5597", 12, F)
    full = [
        "**Haoran Xu**, Minghao Sun, Jian Gao. Reasoning Tokens Are Compressible: Distilling Chain-of-Thought into 1B Models. "
        "In submission to //ICML 2026//.",
        "**Haoran Xu**, Yiwen Tang, Priya Menon, Ashok Reddy, Lijuan Feng, Tomas Herrera, Keisuke Ono, Fatima Zahra, Carlos "
        "Ibarra, Wen Li, Jian Gao. TinyVLM: A 1B Vision-Language Model for Phones. //CVPR 2024// (Highlight).",
        "**Haoran Xu***, Minghao Sun*, Lijuan Feng, Renata Vogel, et al. PhiLite-Adapter: Zero-Init Attention for "
        "Parameter-Efficient Multimodal Instruction Tuning. //ICLR 2024//.",
        "Yiwen Tang, **Haoran Xu**, Jian Gao. LoRA-Drop: Pruning Low-Rank Adapters at Inference Time. //NeurIPS 2023//.",
        "Minghao Sun, **Haoran Xu**, Gregory Halvorsen. Quantization-Aware Distillation for Vision Transformers. "
        "//AAAI-23//.",
        "**Haoran Xu**, Gregory Halvorsen. Data-Free Pruning via Activation Matching. //ECCV 2020//.",
        "**Haoran Xu**, Wen Li, Gregory Halvorsen. Retraining-Free Compression of Deep Networks. //IEEE Transactions on "
        "Pattern Analysis and Machine Intelligence (TPAMI)//, 2021.",
    ]
    for i, s in enumerate(full, 1):
        p = para(doc, f"[{i}] {s}", 9.5, 2, font=F)
        p.paragraph_format.left_indent = Cm(0.7)
        p.paragraph_format.first_line_indent = Cm(-0.7)

    heading(doc, "Patents", "2E5597", 12, F)
    para(doc, "H. Xu, J. Gao. //Adapter-based multimodal model serving.// US Patent App. 18/123,456, 2023.", 9.5, 2, font=F)
    heading(doc, "Honors", "2E5597", 12, F)
    rows(doc, [("2023", "Microsoft Research Asia Star of Tomorrow Mentor Award"),
               ("2018", "NVIDIA Graduate Fellowship"),
               ("2014", "Outstanding Graduate of Zhejiang Province")], widths=(3.0, 14.0), font=F)
    heading(doc, "Teaching and Mentoring Statement (excerpt)", "2E5597", 12, F)
    para(doc, "Mentored 14 research interns at MSRA and MSR (5 now faculty in China and the US). Co-taught 'Efficient Deep "
              "Learning' at Tsinghua University as an industry lecturer (Fall 2021). I would teach machine learning, "
              "computer vision and a new graduate course on efficient AI.", 10, 3, font=F)
    heading(doc, "Service", "2E5597", 12, F)
    para(doc, "Area Chair: CVPR 2025, NeurIPS 2024–2025. Reviewer: ICML, ICLR, ECCV, TPAMI, IJCV.", 10, 3, font=F)
    pin(doc, "Haoran Xu")
    doc.save(out)
