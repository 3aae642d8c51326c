"""E-mails with the CV pasted in the body: 04 (printed by GNU enscript + Ghostscript), 10 (Chinese e-mail saved
as text and opened/printed by LibreOffice Writer), 11 (a forwarded thread kept as .txt)."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from kit33 import FILES, E, J, P, pin_pdf, run, write_label, write_src

MAIL04 = """From: Jonas Brenneke-Vaz <jonas.brenneke@physnet.example.de>
To: Annika Solberg <solberg@phys.example.ch>
Cc: qo-recruiting@phys.example.ch
Subject: Re: Postdoc position in quantum gases (ref. 2026-PD-14) - application J. Brenneke-Vaz
Date: Thu, 29 Oct 2026 21:47:12 +0100
Message-ID: <8f2c1a77-brenneke@physnet.example.de>
In-Reply-To: <cafe0131-solberg@phys.example.ch>

Dear Prof. Solberg,

thank you for your quick answer. As the upload form keeps rejecting my PDF,
I paste my CV below as plain text; the publication list is complete. Letters
will come from Prof. Dr. Klaus Wetterling (Hamburg) and Dr. Mireille Adjovi
(LMU Munich).

Best regards,
Jonas Brenneke-Vaz

--------------------------------------------------------------------------
CURRICULUM VITAE - Dr. Jonas Brenneke-Vaz
--------------------------------------------------------------------------
Institut fuer Quantenphysik, Universitaet Hamburg
Luruper Chaussee 149, 22761 Hamburg, Germany
Phone: +49 30 23125 447      E-mail: jonas.brenneke@physnet.example.de
Web:   https://jbrenneke.example.de

RESEARCH INTERESTS
  ultracold Fermi gases, quantum simulation of lattice models,
  quantum gas microscopy, Floquet engineering

POSITIONS
  since 04/2025     Postdoctoral researcher, Universitaet Hamburg,
                    Institut fuer Quantenphysik (group of K. Wetterling)
  10/2020 - 03/2025 Doctoral researcher (wiss. Mitarbeiter),
                    Universitaet Hamburg
  03/2019 - 08/2019 Visiting student, JILA, University of Colorado
                    Boulder (master's project)

EDUCATION
  2020 - 2025  Dr. rer. nat. in Physics, Universitaet Hamburg
               (summa cum laude, defended 12 March 2025)
               Thesis: "Site-resolved imaging of driven Hubbard systems"
  2017 - 2020  M.Sc. Physics, Ludwig-Maximilians-Universitaet Muenchen
  2014 - 2017  B.Sc. Physics, Ruprecht-Karls-Universitaet Heidelberg

PUBLICATIONS (* equal contribution)
  [1] J. Brenneke-Vaz*, T. Oyelowo*, M. Adjovi, K. Wetterling,
      "Floquet-engineered pair hopping in a fermionic quantum gas
      microscope", Phys. Rev. Lett. 134, 093401 (2025).
  [2] T. Oyelowo, J. Brenneke-Vaz, L. Haverkamp, K. Wetterling,
      "Thermometry of a driven Hubbard system from single snapshots",
      Phys. Rev. A 108, 043317 (2023).
  [3] J. Brenneke-Vaz, L. Haverkamp, K. Wetterling, "A digital
      micromirror potential for box-trapped lithium-6",
      Rev. Sci. Instrum. 93, 113201 (2022).
  [4] J. Brenneke-Vaz, M. Adjovi, "Heating rates in periodically
      driven optical lattices beyond the two-band model",
      arXiv:2509.01744 (2025), submitted to New J. Phys.
  [5] L. Haverkamp, J. Brenneke-Vaz, et al., "Spin-resolved
      microscopy of a 2D Fermi gas", in preparation.

AWARDS AND SCHOLARSHIPS
  2025  PIER PhD Thesis Prize, Partnership for Innovation,
        Education and Research (Hamburg)
  2023  Best poster award, DPG Spring Meeting, SAMOP section
  2014 - 2020  Scholar of the Studienstiftung des deutschen Volkes

TEACHING
  Tutor, Experimental Physics III and Quantum Optics (2020-2023)

SKILLS
  Python, C++, LabVIEW, ARTIQ, FPGA-based laser locking

--------------------------------------------------------------------------

On Tue, 27 Oct 2026 at 09:12, Annika Solberg <solberg@phys.example.ch> wrote:
> Dear Dr. Brenneke-Vaz,
>
> many thanks for your interest in the postdoctoral position in our
> quantum gases group. Could you please send a CV with a list of
> publications and the names of two referees? The call closes on
> 15 November.
>
> Best wishes,
> Annika Solberg
> --
> Prof. Dr. Annika Solberg | Institute for Quantum Electronics
> ETH Zurich | HPF D 14 | +41 44 555 01 23
"""


def build_04() -> None:
    out = FILES / "04_de_physics_postdoc_email_printout_enscript.pdf"
    write_src("04_mail.txt", MAIL04)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        eml = tmp / "Re_Postdoc_position_2026-PD-14.eml"
        eml.write_text(MAIL04, encoding="latin-1")
        os.utime(eml, (1793310600, 1793310600))  # 2026-10-29 21:50 UTC: enscript prints the file's mtime
        run(["enscript", "-q", "-G", "-f", "Courier9", "-M", "A4", "-o", "mail.ps", eml.name], cwd=tmp)
        run(["ps2pdf", "-dPDFSETTINGS=/default", "mail.ps", "mail.pdf"], cwd=tmp)
        shutil.copy(tmp / "mail.pdf", out)
    pin_pdf(out)
    write_label(
        out.name,
        name="Jonas Brenneke-Vaz",
        name_any=["Dr. Jonas Brenneke-Vaz"],
        emails=["jonas.brenneke@physnet.example.de"],
        phones=["+493023125447"],
        links=["https://jbrenneke.example.de"],
        education=[E("Universität Hamburg", "phd", "2020", "2025"),
                   E("Ludwig-Maximilians-Universität München", "master", "2017", "2020"),
                   E("Ruprecht-Karls-Universität Heidelberg", "bachelor", "2014", "2017")],
        experience=[J("Universität Hamburg", "Postdoctoral researcher", "2025-04", "present"),
                    J("Universität Hamburg", "Doctoral researcher", "2020-10", "2025-03"),
                    J("JILA, University of Colorado Boulder", "Visiting student", "2019-03", "2019-08")],
        publications_count=5,
        first_author_count=3,
        publications_sample=[
            P("Floquet-engineered pair hopping in a fermionic quantum gas microscope", "Phys. Rev. Lett.", 2025,
              True, "published"),
            P("Thermometry of a driven Hubbard system from single snapshots", "Phys. Rev. A", 2023, False,
              "published"),
            P("Heating rates in periodically driven optical lattices beyond the two-band model", "arXiv", None,
              True, "under review"),
            P("Spin-resolved microscopy of a 2D Fermi gas", None, None, False, "in preparation"),
        ],
        research_interests_any=["ultracold Fermi gases", "quantum simulation of lattice models",
                                "quantum gas microscopy", "Floquet engineering"],
        awards_count=3,
        language="en",
        layout="An e-mail printed to PDF: GNU enscript (-G gaudy header with the mail title, Courier 9, ASCII "
               "umlauts 'ue') + Ghostscript ps2pdf; the CV pasted as plain text in the body, the quoted earlier "
               "message below it",
        notes="Mail headers first: From (the candidate's address, same as in the CV), To the professor, Cc a "
              "recruiting list, Subject, Date, Message-ID, In-Reply-To (none of the other addresses is the "
              "candidate's). The covering text names two referees. The CV sits between dashed rules; the quoted "
              "reply ('> ...') signs off with the professor's ETH phone (not the candidate's). Umlauts are "
              "transliterated in the file (Universitaet, Muenchen); labels use the proper names. 'since 04/2025' = "
              "present; 'MM/YYYY - MM/YYYY'; the doctoral post printed as 'Doctoral researcher (wiss. Mitarbeiter)' "
              "is a job; the JILA master's project stay is a job ('Visiting student'). Dr. rer. nat. = phd. "
              "Publications [1]-[5]: [1] '*' equal first, [3] and [4] first = 3 first-author; [4] 'arXiv:… (2025), "
              "submitted to New J. Phys.' is labelled under review with venue arXiv and no year (as heldout15 "
              "labelled 'arXiv:…, submitted'; a year is labelled only for published/accepted/in-press papers and "
              "preprints); [5] in preparation. Awards: thesis prize, poster award, Studienstiftung scholarship = 3.",
    )

MAIL10 = """发件人: 贺婧彤 <hejingtong_md@example.cn>
发送时间: 2026年10月30日 星期五 22:16
收件人: 湘雅医院人事处博士后办公室 <postdoc-xy@example.cn>
抄送: 刘振邦 <liuzb@example.cn>
主题: 回复: 【博士后招收】心血管内科2026年博士后招收公告——应聘材料（贺婧彤）

尊敬的老师：

您好！我是中南大学湘雅二医院心血管内科住院医师贺婧彤，拟申请贵院心血管内科
2026年博士后（合作导师：刘振邦教授）。按公告要求，现将个人简历粘贴于正文，
附件为学位证书、论文首页扫描件。如需补充材料请随时联系，谢谢！

此致
敬礼！
贺婧彤
2026年10月30日

============================== 个人简历 ==============================

姓    名：贺婧彤          性    别：女
出生年月：1993年5月       政治面貌：中共党员
手    机：155-5501-7362   邮    箱：hejingtong_md@example.cn
现 单 位：中南大学湘雅二医院 心血管内科

【研究方向】
冠心病介入治疗；心肌缺血再灌注损伤；心脏代谢与线粒体功能

【教育经历】
2019.09—2022.06  中南大学湘雅医学院  内科学（心血管病）  医学博士
2016.09—2019.06  中南大学湘雅医学院  内科学  医学硕士（学术学位）
2011.09—2016.06  南华大学衡阳医学院  临床医学（五年制）  医学学士

【工作经历】
2022.07—至今     中南大学湘雅二医院 心血管内科  住院医师
2024.03—2024.09  中国医学科学院阜外医院  进修医师（冠脉介入）

【发表论文】（#共同第一作者，*通讯作者）
1. He JT#, Zhou Y#, Liu ZB*. Mitochondrial fission inhibitor Mdivi-1
   attenuates myocardial ischemia-reperfusion injury via PGC-1α signaling
   [J]. Cardiovascular Research, 2024, 120(6): 655-668. (IF 10.2)
2. He JT, Tan WQ, Liu ZB*. Serum lipocalin-2 predicts no-reflow after
   primary PCI in STEMI patients [J]. Frontiers in Cardiovascular
   Medicine, 2023, 10: 1187724.
3. Zhou Y, He JT, Liu ZB*. Sex differences in one-year outcomes after
   drug-coated balloon angioplasty [J]. BMC Cardiovascular Disorders,
   2022, 22: 391.
4. 贺婧彤, 刘振邦*. 急性心肌梗死患者血清铁蛋白与心功能的相关性研究[J].
   中南大学学报(医学版), 2021, 46(8): 842-849.
5. He JT, Liu ZB*. Time-restricted feeding and cardiac mitochondria in
   diabetic mice [J]. Journal of Molecular and Cellular Cardiology,
   2026（已接收，in press）.

【科研项目】
1. 湖南省自然科学基金青年项目（2024JJ40999），主持，2024.01—2026.12
2. 国家自然科学基金面上项目（82270000），参与，2022.01—2025.12

【获奖情况】
2021年  博士研究生国家奖学金
2023年  湖南省医学会心血管病学年会 优秀论文一等奖

【执业资格】
医师资格证书、医师执业证书（内科专业）；住院医师规范化培训合格证书

=====================================================================

-----------------  原始邮件  -----------------
发件人: "湘雅医院人事处博士后办公室"<postdoc-xy@example.cn>
发送时间: 2026年10月27日(星期二) 上午9:30
主题: 【博士后招收】心血管内科2026年博士后招收公告

各位申请人：
  请将个人简历（含论文目录）、学位证书扫描件发送至本邮箱，邮件主题注明
"应聘材料（姓名）"。咨询电话：0731-8555 0123（周老师）。
"""


def build_10() -> None:
    out = FILES / "10_zh_cardiology_postdoc_email_libreoffice_txt_import.pdf"
    write_src("10_mail.txt", MAIL10)
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        (tmp / "应聘材料_贺婧彤.txt").write_text(MAIL10, encoding="utf-8")
        run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--infilter=Text (encoded):UTF8,LF,"
             "Noto Sans Mono CJK SC,", "--convert-to", "pdf:writer_pdf_Export", "应聘材料_贺婧彤.txt"], cwd=tmp)
        shutil.copy(tmp / "应聘材料_贺婧彤.pdf", out)
    pin_pdf(out)
    write_label(
        out.name,
        name="贺婧彤",
        name_any=["He Jingtong", "Jingtong He"],
        emails=["hejingtong_md@example.cn"],
        phones=["+8615555017362"],
        links=[],
        education=[E("中南大学湘雅医学院", "phd", "2019-09", "2022-06"),
                   E("中南大学湘雅医学院", "master", "2016-09", "2019-06"),
                   E("南华大学衡阳医学院", "bachelor", "2011-09", "2016-06")],
        experience=[J("中南大学湘雅二医院", "住院医师", "2022-07", "present"),
                    J("中国医学科学院阜外医院", "进修医师", "2024-03", "2024-09")],
        publications_count=5,
        first_author_count=4,
        publications_sample=[
            P("Mitochondrial fission inhibitor Mdivi-1 attenuates myocardial ischemia-reperfusion injury via "
              "PGC-1α signaling", "Cardiovascular Research", 2024, True, "published"),
            P("Sex differences in one-year outcomes after drug-coated balloon angioplasty",
              "BMC Cardiovascular Disorders", 2022, False, "published"),
            P("急性心肌梗死患者血清铁蛋白与心功能的相关性研究", "中南大学学报(医学版)", 2021, True, "published"),
            P("Time-restricted feeding and cardiac mitochondria in diabetic mice",
              "Journal of Molecular and Cellular Cardiology", 2026, True, "in press"),
        ],
        research_interests_any=["冠心病介入治疗", "心肌缺血再灌注损伤"],
        awards_count=2,
        language="zh",
        layout="A Chinese e-mail (Foxmail/QQ-mail reply headers 发件人/发送时间/收件人/抄送/主题) saved as UTF-8 text "
               "and printed by LibreOffice Writer's text import (Noto Sans Mono CJK SC); the 个人简历 pasted in the "
               "body between '=' rules, the original notice quoted below '原始邮件'",
        notes="Mail headers name the recipient office and a cc'd professor (the intended 合作导师) with their "
              "addresses; only hejingtong_md@example.cn is the candidate's. The quoted notice at the end gives the "
              "office's phone (not the candidate's). Personal block as padded 'key：value' pairs two per line; "
              "'现 单 位' repeats the current job. Education rows 'YYYY.MM—YYYY.MM 学校 专业 学位'; 医学博士 = phd, "
              "医学硕士 = master, 医学学士 = bachelor; the same 湘雅医学院 for two degrees. Jobs: 住院医师 since "
              "2022.07 (至今 = present) and a 进修医师 stay at 阜外医院 (a training post, labelled as a job). "
              "5 papers: '#' co-first with the first author (1), first author (2, 4, 5) = 4; (3) second author; "
              "(5) '已接收，in press' with 2026 = in press. 科研项目 (funded projects) are not papers or awards; "
              "执业资格 (licences) are not awards; 获奖: 国家奖学金 and a paper prize = 2.",
    )

MAIL11 = """Subject: FW: Application PhD position "Compound flooding in Dutch deltas" (vacancy 26.117)
From: Wouter Kamphuis-Nair <w.kamphuisnair@utwente.example.nl>
To: Hydrology PhD selection committee <wre-phd-committee@utwente.example.nl>
Date: Mon, 2 Nov 2026 08:41:55 +0000

Dear committee members,

Below is the application of Femke van der Sluijs-Adeyemi, which reached me
directly instead of through the AFAS portal. I have asked her to upload it as
well; for now please use this e-mail. Interviews are planned for 23 November.

Wouter

--
dr. ir. W. Kamphuis-Nair | Associate Professor, Water Engineering & Management
University of Twente | +31 53 555 0190

-----Original Message-----
From: Femke van der Sluijs-Adeyemi <femke.vdsluijs@example.nl>
Sent: Friday, 30 October 2026 17:05
To: Wouter Kamphuis-Nair <w.kamphuisnair@utwente.example.nl>
Subject: Application PhD position "Compound flooding in Dutch deltas" (vacancy 26.117)

Dear dr. Kamphuis-Nair,

With great enthusiasm I apply for the PhD position on compound flooding in
Dutch deltas. My motivation letter is attached; because the portal
converts my CV badly, I have also pasted it below.

Kind regards,
Femke van der Sluijs-Adeyemi

> On 21 Oct 2026, at 10:02, Wouter Kamphuis-Nair <w.kamphuisnair@utwente.example.nl> wrote:
>
> Dear Ms van der Sluijs-Adeyemi,
> Thank you for your question. Yes, MSc students who graduate before
> 1 February 2027 are eligible. Please include a CV and a transcript.
> Best regards, Wouter Kamphuis-Nair

==========================================================================
FEMKE VAN DER SLUIJS-ADEYEMI
Curriculum vitae
Delft, the Netherlands | +31 6 5550 1473 | femke.vdsluijs@example.nl
linkedin.com/in/femke-vdsluijs-example | github.com/fvdsluijs
==========================================================================

PROFILE
MSc student in Water Management who likes models that meet field data.
Interests: compound flooding, storm surge - river discharge interaction,
hydrodynamic modelling (Delft3D FM, SFINCS), flood risk under sea-level
rise.

EDUCATION
Sep 2024 - present   MSc Civil Engineering, track Water Management
                     Delft University of Technology
                     Expected graduation: January 2027; GPA 8.3/10
                     Thesis (at Deltares): "Joint probability of surge and
                     discharge in the Rhine-Meuse delta"
Sep 2021 - Jul 2024  BSc Soil, Water, Atmosphere
                     Wageningen University & Research (cum laude)
Feb 2023 - Jun 2023  Exchange semester, Lund University, Sweden

WORK EXPERIENCE
Feb 2026 - present   Graduate intern, Deltares, Delft
                     (flood risk and hydrodynamics unit)
Sep 2024 - Jan 2026  Teaching assistant, Delft University of Technology
                     (CIE4440 Hydrological Modelling), 8 h/week
Jul 2023 - Aug 2023  Summer job, Waterschap Rivierenland, Tiel
                     (field assistant, levee inspections)

PUBLICATIONS AND PRESENTATIONS
- van der Sluijs-Adeyemi, F., Teunissen, M. & Kamara, D. (2025).
  Soil moisture memory and the 2022 drought in Gelderland. Journal of
  Hydrology: Regional Studies, 58, 102214. (from my BSc thesis)
- van der Sluijs-Adeyemi, F. & Teunissen, M. (2026). Surge-discharge
  dependence in the Rhine-Meuse delta. EGU General Assembly 2026,
  Vienna, EGU26-4417 (poster).
- Kamara, D., van der Sluijs-Adeyemi, F. et al. Lowland catchment
  response to extreme rainfall. In preparation.

AWARDS
2024  Best BSc thesis award, Netherlands Hydrological Society (NHV)
2021  Excellence scholarship, Wageningen University & Research

SKILLS
Python (xarray, pandas), MATLAB, Delft3D FM, SFINCS, QGIS, Git
Languages: Dutch (native), English (C2), German (B1), Yoruba (basic)

REFERENCES
Dr. Maaike Teunissen, TU Delft, m.teunissen@tudelft.example.nl
Dr. Daniel Kamara, Deltares, daniel.kamara@deltares.example.nl
==========================================================================
"""


def build_11() -> None:
    out = FILES / "11_nl_hydrology_phd_applicant_forwarded_email.txt"
    out.write_text(MAIL11, encoding="utf-8", newline="\r\n")
    write_src("11_mail.txt", MAIL11)
    write_label(
        out.name,
        name="Femke van der Sluijs-Adeyemi",
        name_any=["FEMKE VAN DER SLUIJS-ADEYEMI"],
        emails=["femke.vdsluijs@example.nl"],
        phones=["+31655501473"],
        links=["linkedin.com/in/femke-vdsluijs-example", "github.com/fvdsluijs"],
        education=[E("Delft University of Technology", "master", "2024-09", None),
                   E("Wageningen University & Research", "bachelor", "2021-09", "2024-07"),
                   E("Lund University", "other", "2023-02", "2023-06")],
        experience=[J("Deltares", "Graduate intern", "2026-02", "present"),
                    J("Delft University of Technology", "Teaching assistant", "2024-09", "2026-01"),
                    J("Waterschap Rivierenland", "Summer job", "2023-07", "2023-08")],
        publications_count=2,
        first_author_count=1,
        publications_sample=[
            P("Soil moisture memory and the 2022 drought in Gelderland", "Journal of Hydrology: Regional Studies",
              2025, True, "published"),
            P("Lowland catchment response to extreme rainfall", None, None, False, "in preparation"),
        ],
        research_interests_any=["compound flooding", "hydrodynamic modelling", "flood risk under sea-level rise"],
        awards_count=2,
        language="en",
        layout="Plain text (UTF-8, CRLF): an Outlook-style forward (FW:) of a candidate's e-mail whose body holds "
               "the pasted CV between '=' rules, with a quoted '>' reply in between",
        notes="The file opens with the forwarding professor's headers, note and signature (his e-mail and phone "
              "are not the candidate's), then '-----Original Message-----' with the candidate's own message and a "
              "'>'-quoted reply of the professor, then the CV. The committee list address, the professor's and the "
              "referees' e-mails are not the candidate's. Contact line with '|' separators; LinkedIn and GitHub "
              "without scheme. MSc 'Sep 2024 - present' with 'Expected graduation: January 2027' prints two "
              "ends, so the end is left null (not scored) and only the start 2024-09 is scored. The exchange semester at Lund is an "
              "education entry of level 'other'. Jobs: Deltares internship (present), TA (a job), the summer job "
              "at the water board ('Summer job' is how the title is printed; 'field assistant' is in brackets). "
              "'Publications and presentations': a journal paper (first author) and an 'In preparation' item "
              "(second author) = 2; the EGU poster with an abstract number is a presentation, not a paper (heldout16's "
              "rule), so first author 1. Awards: NHV thesis award, excellence scholarship = 2.",
    )
