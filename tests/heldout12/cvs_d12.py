"""Builders 12-13: plain-text CVs in shapes people send: a professor's CV copied out of a PDF viewer (broken line
wraps, hyphenation, ligatures, running footers and page numbers) and a job-site profile exported as text
(Indeed-like). All people, places and papers are invented."""
from __future__ import annotations

import textwrap
from pathlib import Path

from kit12 import label


def _wrap(s: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(s, width=width, subsequent_indent=indent, break_on_hyphens=False) or [""]


def pdf_copied_professor_txt(files: Path) -> dict:
    """12: ecology professor, the CV as copied out of a PDF viewer into a .txt."""
    fn = "12_ecology_professor_copied_from_pdf.txt"
    jobs = [("2018–present", "Professor", "Department of Biology, Norrhaven University", "2018", "present"),
            ("2012–2018", "Associate Professor", "Department of Biology, Norrhaven University", "2012", "2018"),
            ("2007–2012", "Assistant Professor", "School of Environmental Sciences, Calloway College", "2007", "2012"),
            ("2005–2007", "Postdoctoral Fellow", "Institute for Arctic Ecology, Tromvik (with Dr. Halvor Aune)",
             "2005", "2007")]
    edu = [("2005", "Ph.D., Ecology", "University of Skarholt", "phd"),
           ("2001", "M.Sc., Marine Biology", "University of Skarholt", "master"),
           ("1999", "B.Sc. (Hons), Biology", "Dunloe College", "bachelor")]
    pubs = [  # text, title, venue, year, first, status, authors
        ("Aalto, R.*, & Brekke, F. M. (2025, in press). Thermal refugia for juvenile salmon in glacier-fed rivers. "
         "Ecology Letters.", "Thermal refugia for juvenile salmon in glacier-fed rivers", "Ecology Letters", 2025,
         False, "in press", ["Aalto, R.*", "Brekke, F. M."]),
        ("Brekke, F. M., Ngata, P., & Sørlie, K. (2023). Permafrost thaw alters stream food webs across a 600 km "
         "gradient. Global Change Biology, 29(8), 2210–2226.",
         "Permafrost thaw alters stream food webs across a 600 km gradient", "Global Change Biology", 2023, True,
         "published", ["Brekke, F. M.", "Ngata, P.", "Sørlie, K."]),
        ("Ngata, P.*, Brekke, F. M., Sørlie, K., et al. (2022). Riparian shading buffers macroinvertebrate "
         "communities against heatwaves. Freshwater Biology, 67(11), 1893–1907.",
         "Riparian shading buffers macroinvertebrate communities against heatwaves", "Freshwater Biology", 2022,
         False, "published", ["Ngata, P.*", "Brekke, F. M.", "Sørlie, K.", "et al."]),
        ("Brekke, F. M. (2020). Invertebrate drift as an early warning signal of catchment thaw. Oikos, 129(7), "
         "1001–1012.", "Invertebrate drift as an early warning signal of catchment thaw", "Oikos", 2020, True,
         "published", ["Brekke, F. M."]),
        ("Brekke, F. M., & Haldane, J. (2015). Carbon subsidies from a melting snowpack fuel alpine lake food "
         "chains. Limnology and Oceanography, 60(2), 455–470.",
         "Carbon subsidies from a melting snowpack fuel alpine lake food chains", "Limnology and Oceanography", 2015,
         True, "published", ["Brekke, F. M.", "Haldane, J."]),
        ("Sørlie, K., Brekke, F. M., & Aune, H. (submitted). Fifty years of ice-off dates and fish recruitment in "
         "subarctic lakes. Nature Ecology & Evolution.",
         "Fifty years of ice-off dates and fish recruitment in subarctic lakes", "Nature Ecology & Evolution", None,
         False, "under review", ["Sørlie, K.", "Brekke, F. M.", "Aune, H."]),
        ("Brekke, F. M., Aalto, R.*, & Ngata, P.* (in prep). A pan-Arctic synthesis of stream warming and "
         "invertebrate phenology.", "A pan-Arctic synthesis of stream warming and invertebrate phenology", None,
         None, True, "in preparation", ["Brekke, F. M.", "Aalto, R.*", "Ngata, P.*"]),
    ]
    awards = ["2021 Fellow, Society for Northern Freshwater Science", "2016 Norrhaven University Distinguished "
              "Teaching Award", "2008 Calloway Early Career Research Fellowship"]
    W = 86
    lines: list[str] = []
    page = [1]

    def footer():
        lines.extend(["", f"F. M. Brekke – Curriculum Vitae{' ' * 40}{page[0]}", "\f"])
        page[0] += 1

    lines += ["CURRICULUM VITAE", "", "Fionnuala M. Brekke", "Professor of Freshwater Ecology",
              "Department of Biology, Norrhaven University", "1200 Tundra Way, Fairhollow, AK 99709",
              "f.brekke@norrhaven.example.edu | +1 (907) 555-0135", "", "RESEARCH INTERESTS",
              *_wrap("Arctic and alpine freshwater ecology; stream food webs; eﬀects of permafrost thaw and "
                     "climate warming on rivers; long-term ecological monitoring.", W), "",
              "ACADEMIC APPOINTMENTS"]
    for d, t, o, *_x in jobs:
        lines += _wrap(f"{t}, {o}", W - 14) + [d]
    lines += ["", "EDUCATION"]
    for y, dg, i, _l in edu:
        lines += [f"{dg}, {i}", y]
    lines += ["", "HONOURS AND FELLOWSHIPS", *awards, ""]
    footer()
    lines += ["GRANTS (selected, as PI)", "2022–2026 National Science Foundation-like award “Thaw and ﬂow”, "
              "$1.2M", "2016–2020 Arctic Rivers Consortium, $480k", "",
              "PUBLICATIONS AND SUBMITTED MANUSCRIPTS", "(* indicates a student or postdoctoral trainee I "
              "supervised)", ""]
    # wrap the references as a PDF viewer copies them: a hyphenated break inside one title
    for text, *_x in pubs:
        wr = _wrap(text, W)
        if "macroinvertebrate" in text:
            wr = [ln.replace("macroinvertebrate", "macroinver-\u0007") for ln in wr]
            fixed = []
            for ln in wr:
                if "\u0007" in ln:
                    a, b = ln.split("\u0007")
                    if a.strip() == "macroinver-" and fixed:  # keep the hyphenated half at the end of a line
                        fixed[-1] += " " + a.strip()
                    else:
                        fixed.append(a.rstrip())
                    fixed.append("tebrate" + b)
                else:
                    fixed.append(ln)
            wr = fixed
        lines += wr
    lines += [""]
    footer()
    lines += ["TEACHING", "Fall 2019, Fall 2021, Fall 2023: BIOL 351 Freshwater Ecology (48–60 students)",
              "Spring 2020–2024: BIOL 620 Graduate Seminar in Climate Ecology", "",
              "MENTORING", "Graduated 7 PhD and 11 MSc students; hosted 5 postdoctoral fellows.", "",
              "SERVICE", "Associate Editor, Freshwater Biology (2019–present); panel member, national science "
              "foundation-like", "agencies (2017, 2020, 2023).", ""]
    footer()
    text = "\n".join(lines).replace("\f\n", "\f") + "\n"
    (files / fn).write_text(text, encoding="utf-8")
    return label(
        fn, "Fionnuala M. Brekke", ["Fionnuala Brekke"], ["f.brekke@norrhaven.example.edu"], ["+19075550135"], [],
        [(i, lv, None, y) for y, _d, i, lv in edu], [(j[2], j[1], j[3], j[4]) for j in jobs], len(pubs),
        sum(p[4] for p in pubs), [(p[1], p[2], p[3], p[4], p[5], p[6]) for p in pubs],
        ["Arctic and alpine freshwater ecology", "stream food webs"], len(awards),
        "A professor's CV as copied out of a PDF viewer into a .txt: the right-aligned date column of the PDF "
        "comes out as its own line after each entry ('Professor, Department of Biology, Norrhaven University' / "
        "'2018–present'; degrees with one year, end only); three appointments at one university; a running footer "
        "'F. M. Brekke – Curriculum Vitae   N' and a form feed at each page break (one falls between Honours and "
        "Grants); ligatures 'ﬀ'/'ﬂ' left in; references hard-wrapped at 86 columns with no hanging indent, one "
        "title hyphenated over a line break ('macroinver-' / 'tebrate'). 'PUBLICATIONS AND SUBMITTED "
        "MANUSCRIPTS' in APA with '*' meaning a trainee the candidate supervised (NOT equal contribution: first "
        "author only when listed first); '(2025, in press)' (in press, year 2025), 'et al.', '(submitted)' = "
        "under review and '(in prep)' = in preparation (years not scored). Honours: three (fellowships count); "
        "grants are not awards; teaching term lists are not jobs.",
        layout="plain text copied from a PDF")


def indeed_like_export_txt(files: Path) -> dict:
    """13: research coordinator, a job-site (Indeed-like) profile exported as text."""
    fn = "13_research_coordinator_jobsite_profile_export.txt"
    jobs = [("Research Coordinator", "Halberd Neuroscience Institute", "Boston, MA", "March 2021 to Present",
             "2021-03", "present", ["Coordinates three NIH-funded sleep and memory studies (n = 410)",
                                    "Trains and schedules 6 research assistants; manages IRB amendments"]),
            ("Clinical Research Assistant", "Bayview Children's Hospital", "Quincy, MA",
             "July 2018 to February 2021", "2018-07", "2021-02",
             ["Consented families and ran overnight polysomnography visits"]),
            ("Laboratory Technician (Part-time)", "Corliss University", "Providence, RI",
             "September 2016 to May 2018", "2016-09", "2018-05", ["EEG cap preparation; data entry in REDCap"])]
    edu = [("Master's degree in Neuroscience", "Corliss University", "Providence, RI", "September 2016 to May 2018",
            "master", "2016-09", "2018-05"),
           ("Bachelor's degree in Psychology", "Wenham State College", "Wenham, MA", "2012 to 2016", "bachelor",
            "2012", "2016")]
    pubs = [("Sleep spindle density predicts overnight memory consolidation in adolescents with ADHD",
             "https://doi.org/10.5555/jsr.2022.118", "2022", "Second author. Journal of Sleep Research.",
             "Journal of Sleep Research", 2022, False, "published"),
            ("A low-cost protocol for at-home EEG in pediatric sleep studies", "", "January 2024",
             "First author. Poster and short paper, Sleep Research Society Annual Meeting (SLEEP 2024).",
             "SLEEP", 2024, True, "published")]
    out = ["Jordan T. Whitcombe", "Research Coordinator - Halberd Neuroscience Institute", "Boston, MA 02115",
           "jwhitcombe5@example.com", "+1 617 555 0133", "",
           "Research coordinator with six years in pediatric and adult sleep research; IRB, REDCap and EEG.", "",
           "Willing to relocate to: Providence, RI - New Haven, CT", "Authorized to work in the US for any employer",
           "", "Work Experience", ""]
    for t, o, loc, d, _s, _e, bl in jobs:
        out += [t, f"{o}-{loc}", d, ""] + [f"• {b}" for b in bl] + [""]
    out += ["Education", ""]
    for dg, i, loc, d, *_x in edu:
        out += [dg, f"{i}-{loc}", d, ""]
    out += ["Skills", "", "• REDCap (6 years)", "• Polysomnography (5 years)", "• SPSS (5 years)",
            "• R (3 years)", "• IRB submissions (4 years)", "", "Certifications and Licenses", "",
            "CITI Human Subjects Research", "January 2024 to January 2027", "",
            "Registered Polysomnographic Technologist (RPSGT)", "June 2020 to Present", "", "Publications", ""]
    for t, url, d, desc, *_x in pubs:
        out += [t] + ([url] if url else []) + [d, "", desc, ""]
    out += ["Awards", "", "Employee of the Quarter", "October 2023", "",
            "Halberd Institute Research Excellence Award", "2022", "", "Languages", "",
            "• Spanish - Intermediate", ""]
    (files / fn).write_text("\n".join(out) + "\n", encoding="utf-8")
    return label(
        fn, "Jordan T. Whitcombe", ["Jordan Whitcombe"], ["jwhitcombe5@example.com"], ["+16175550133"],
        [], [(e[1], e[4], e[5], e[6]) for e in edu],
        [(j[1], j[0], j[4], j[5]) for j in jobs], len(pubs), sum(p[6] for p in pubs),
        [(p[0], p[4], p[5], p[6], p[7], []) for p in pubs], [], 2,
        "Job-site (Indeed-like) profile exported as plain text: name, a headline 'Role - Employer', city, e-mail, "
        "'+1 617 555 0133', a summary, 'Willing to relocate to:' and work-authorisation lines. Work Experience "
        "blocks 'Title' / 'Employer-City, ST' (no space around the hyphen) / 'Month YYYY to Present' / bullets. "
        "Education blocks 'Master's degree in Neuroscience' / 'Institution-City, ST' / 'September 2016 to May "
        "2018' (the bachelor's years only). Skills with '(N years)'; certifications with validity dates (not jobs, "
        "not awards). Publications in the site's shape: title line, a DOI URL line, a date line ('2022' / "
        "'January 2024'), then a description naming the author position and the venue ('Second author. Journal "
        "of Sleep Research.'; 'First author. ... (SLEEP 2024)'). Awards: two, title then date line. The DOI URL "
        "of a paper is not a personal link, so links are not scored.",
        layout="plain text: job-site profile export")
