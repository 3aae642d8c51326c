"""10: a Canva-like résumé drawn with fpdf2 (photo circle, skill bars, two columns, timeline rail)."""
from __future__ import annotations

import datetime as _dt
from pathlib import Path

from fpdf import FPDF

LIB = "/usr/share/fonts/truetype/liberation/"
DEJ = "/usr/share/fonts/truetype/dejavu/"


def build_10(out: Path) -> None:
    pdf = FPDF(format="Letter", unit="pt")
    pdf.set_creation_date(_dt.datetime(2024, 7, 1, tzinfo=_dt.UTC))
    pdf.set_title("Aurélie Tremblay-Nakamura — Résumé")
    pdf.set_author("Aurélie Tremblay-Nakamura")
    pdf.set_creator("Canva")
    pdf.add_font("Sans", "", LIB + "LiberationSans-Regular.ttf")
    pdf.add_font("Sans", "B", LIB + "LiberationSans-Bold.ttf")
    pdf.add_font("Sans", "I", LIB + "LiberationSans-Italic.ttf")
    pdf.add_font("Dv", "", DEJ + "DejaVuSans.ttf")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    W, H = pdf.w, pdf.h
    side_w = 200
    pdf.set_fill_color(238, 242, 240)
    pdf.rect(0, 0, side_w, H, style="F")
    # photo circle
    pdf.set_fill_color(190, 205, 198)
    pdf.ellipse(50, 34, 100, 100, style="F")
    pdf.set_font("Sans", "", 7)
    pdf.set_text_color(110, 120, 115)
    pdf.set_xy(50, 80)
    pdf.cell(100, 8, "photo", align="C")
    green = (46, 125, 98)

    def side_head(y, t):
        pdf.set_xy(22, y)
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_text_color(*green)
        pdf.cell(160, 14, t.upper())
        pdf.set_draw_color(*green)
        pdf.set_line_width(1)
        pdf.line(22, y + 16, 60, y + 16)
        return y + 24

    y = side_head(152, "Contact")
    pdf.set_text_color(40, 40, 40)
    for icon, txt in [("\u2706", "(514) 555-0162"), ("\u2709", "aurelie.tn@example.ca"),
                      ("\u2302", "Montréal, QC"), ("\u25c9", "github.com/atnakamura"),
                      ("\u25c9", "atn-robotics.example.ca")]:
        pdf.set_xy(22, y)
        pdf.set_font("Dv", "", 8.5)
        pdf.set_text_color(*green)
        pdf.cell(14, 12, icon)
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(40, 40, 40)
        pdf.cell(150, 12, txt)
        y += 15
    y = side_head(y + 12, "Skills")
    for s, lvl in [("Embedded C / C++", 0.95), ("Zephyr RTOS", 0.8), ("ROS 2", 0.75), ("KiCad PCB design", 0.85),
                   ("Motor control (FOC)", 0.8), ("Python", 0.7), ("Rust (learning)", 0.35)]:
        pdf.set_xy(22, y)
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(150, 11, s)
        pdf.set_fill_color(205, 214, 210)
        pdf.rect(22, y + 12, 150, 4, style="F")
        pdf.set_fill_color(*green)
        pdf.rect(22, y + 12, 150 * lvl, 4, style="F")
        y += 23
    y = side_head(y + 8, "Languages")
    for ln in ["Français — langue maternelle", "English — fluent", "日本語 — conversational"]:
        pdf.set_xy(22, y)
        pdf.set_font("Dv" if "日" in ln else "Sans", "", 8.5)
        if "日" in ln:
            pdf.set_font("Sans", "", 8.5)
            ln = "Japanese — conversational"
        pdf.cell(160, 11, ln)
        y += 13
    y = side_head(y + 10, "Certifications")
    for ln in ["IPC-A-610 Certified IPC", "Specialist (2022)", "Ordre des ingénieurs du", "Québec — CPI (junior engineer)"]:
        pdf.set_xy(22, y)
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(160, 11, ln)
        y += 12

    # main column
    x0 = side_w + 26
    mw = W - x0 - 30
    pdf.set_xy(x0, 40)
    pdf.set_font("Sans", "B", 25)
    pdf.set_text_color(30, 45, 40)
    pdf.cell(mw, 28, "AURÉLIE")
    pdf.set_xy(x0, 68)
    pdf.set_font("Sans", "", 25)
    pdf.cell(mw, 28, "TREMBLAY-NAKAMURA")
    pdf.set_xy(x0, 100)
    pdf.set_font("Sans", "", 11)
    pdf.set_text_color(*green)
    pdf.set_char_spacing(1.5)
    pdf.cell(mw, 14, "EMBEDDED SYSTEMS ENGINEER")
    pdf.set_char_spacing(0)
    y = 126
    pdf.set_xy(x0, y)
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(50, 50, 50)
    pdf.multi_cell(mw, 12, align="L", text="Firmware and hardware engineer for collaborative robot arms: motor drives, safety "
                   "controllers and the test rigs around them. Co-op veteran (4 terms), happiest between an "
                   "oscilloscope and a code review.")
    y = pdf.get_y() + 10

    def main_head(y, t):
        pdf.set_xy(x0, y)
        pdf.set_font("Sans", "B", 11.5)
        pdf.set_text_color(30, 45, 40)
        pdf.cell(mw, 14, t.upper())
        pdf.set_draw_color(*green)
        pdf.set_line_width(0.8)
        pdf.line(x0, y + 17, x0 + mw, y + 17)
        return y + 25

    def entry(y, title, org, dates, bullets):
        pdf.set_fill_color(*green)
        pdf.ellipse(x0, y + 3, 6, 6, style="F")
        pdf.set_draw_color(190, 205, 198)
        pdf.set_xy(x0 + 14, y)
        pdf.set_font("Sans", "B", 9.8)
        pdf.set_text_color(30, 30, 30)
        pdf.cell(mw - 14 - 110, 12, title)
        pdf.set_font("Sans", "", 8.5)
        pdf.set_text_color(*green)
        pdf.cell(110, 12, dates, align="R")
        pdf.set_xy(x0 + 14, y + 12)
        pdf.set_font("Sans", "I", 9)
        pdf.set_text_color(70, 70, 70)
        pdf.cell(mw - 14, 12, org)
        yy = y + 26
        pdf.set_font("Sans", "", 8.6)
        pdf.set_text_color(50, 50, 50)
        for b in bullets:
            pdf.set_xy(x0 + 14, yy)
            pdf.multi_cell(mw - 14, 11, "•  " + b, align="L")
            yy = pdf.get_y()
        pdf.line(x0 + 3, y + 11, x0 + 3, yy)
        return yy + 6

    y = main_head(y, "Experience")
    y = entry(y, "Embedded Software Engineer II", "Kinova Robotics · Boisbriand, QC", "Mar 2021 – Present",
              ["Joint-controller firmware (Zephyr, STM32H7) for the Gen3 arm; safety-rated torque limiting (ISO 10218).",
               "Cut boot-to-ready time from 9 s to 2.4 s; owns the hardware-in-the-loop CI rig."])
    y = entry(y, "Freelance PCB Designer", "Self-employed (Upwork clients)", "Jun 2020 – Feb 2021",
              ["Six boards for three start-ups: BLDC drivers, a LoRa sensor node, a USB-C PD sink."])
    y = entry(y, "Firmware Developer (Co-op)", "CAE Inc. · Saint-Laurent, QC", "Summer 2020",
              ["Second co-op term: CAN bus diagnostics for flight-simulator motion platforms."])
    y = entry(y, "Firmware Developer (Co-op)", "CAE Inc. · Saint-Laurent, QC", "Winter 2019",
              ["First co-op term: bootloader and field-update tool for I/O boards."])
    y = main_head(y + 4, "Education")
    y = entry(y, "B.Eng. Electrical Engineering (Co-op), Honours", "McGill University · Montréal",
              "Sep 2016 – Dec 2020", ["Minor in Computer Science; capstone: sensorless FOC for a quadruped leg."])
    y = main_head(y + 4, "Projects")
    pdf.set_xy(x0, y)
    pdf.set_font("Sans", "", 8.6)
    pdf.set_text_color(50, 50, 50)
    pdf.multi_cell(mw, 11, align="L", text="OpenGripper — open-hardware two-finger gripper (KiCad + Zephyr), 300+ GitHub stars.\n"
                   "McGill Robotics — electrical lead, rover team (2018–2020); University Rover Challenge finalist.")
    y = pdf.get_y() + 6
    y = main_head(y, "Publications")
    pdf.set_xy(x0, y)
    pdf.set_font("Sans", "", 8.6)
    pdf.set_text_color(50, 50, 50)
    pdf.multi_cell(mw, 11, align="L", text="M. Beaulieu, A. Tremblay-Nakamura, and K. Oyelaran, \"Current-sensorless collision "
                   "detection for lightweight manipulators,\" in Proc. IEEE/RSJ Int. Conf. Intelligent Robots and "
                   "Systems (IROS), Kyoto, 2022, pp. 4410–4416.")
    y = pdf.get_y() + 6
    y = main_head(y, "Awards")
    pdf.set_xy(x0, y)
    pdf.set_font("Sans", "", 8.6)
    pdf.set_text_color(50, 50, 50)
    pdf.multi_cell(mw, 11, align="L", text="NSERC Undergraduate Student Research Award (USRA), 2019\n"
                   "McGill Faculty of Engineering Dean's Honour List, 2018, 2019")
    pdf.output(str(out))
