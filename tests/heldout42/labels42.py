"""Hand-written labels for heldout42 (python tests/heldout42/labels42.py writes expected/*.json).

Each label was written from what the rendered file shows (pdftotext -layout, page images, the DOCX text),
not from any parser output."""
from __future__ import annotations

import json
from pathlib import Path

from make_heldout42 import NAMES

HERE = Path(__file__).resolve().parent


def E(inst, level, start=None, end=None):
    return {"institution": inst, "degree_level": level, "start": start, "end": end}


def J(org, title, start=None, end=None):
    return {"organization": org, "title": title, "start": start, "end": end}


def P(title, venue, year, first, status="published"):
    return {"title": title, "venue": venue, "year": year, "first_author": first, "status": status}


LABELS = {}

LABELS["01"] = dict(
    name="Nathaniel Reid Whitcombe",
    name_any=["Nathaniel R. Whitcombe", "Nathaniel Reid Whitcombe, MD, PhD", "Nathaniel R. Whitcombe, MD, PhD"],
    emails=["nwhitcombe@example.org"], phones=["+12025550117"], links=[],
    education=[E("University of Wisconsin–Madison", "bachelor", "2001", "2005"),
               E("Washington University in St. Louis", "phd", "2007", "2011"),
               E("Washington University School of Medicine", None, "2005", "2013")],
    experience=[
        J("Massachusetts General Hospital", "Intern", "2013-07", "2014-06"),
        J("Massachusetts General Hospital", "Resident", "2014-07", "2016-06"),
        J("Brigham and Women's Hospital", "Clinical Fellow", "2016-07", "2019-06"),
        J("Brigham and Women's Hospital", "Advanced Fellow", "2019-07", "2020-06"),
        J("Harvard Medical School", "Clinical Fellow in Medicine", "2019-07", "2020-06"),
        J("Harvard Medical School", "Instructor in Medicine", "2020-07", "2022-06"),
        J("University of Michigan Medical School", "Assistant Professor of Internal Medicine", "2022-07", "present"),
        J("Brigham and Women's Hospital", "Associate Physician", "2020-07", "2022-06"),
        J("Michigan Medicine", "Attending Physician", "2022-07", "present"),
        J("Michigan Medicine", "Associate Director, Cardiogenetics Clinic", "2023", "present"),
    ],
    publications_count=10, first_author_count=6,
    publications_sample=[
        P("Allele-specific silencing of truncated titin restores sarcomere function in human cardiomyocytes",
          "Circulation", 2025, True),
        P("Penetrance of titin truncating variants in relatives undergoing cascade screening", "JAMA Cardiol", 2024,
          False),
        P("Myocardial energetics by phosphorus spectroscopy in titin variant carriers without cardiomyopathy",
          "Circ Heart Fail", 2023, True),
        P("Calcium-dependent remodelling of the cardiac Z-disc in zebrafish", "J Cell Biol", 2012, True),
        P("Genetic testing in dilated cardiomyopathy: who, when and what next?", "Heart", 2024, True),
        P("Peripartum presentation of a familial titin cardiomyopathy", "JACC Case Rep", 2021, True),
        P("Inherited cardiomyopathies", "Handbook of Heart Failure Practice", 2024, True),
    ],
    research_interests_any=[], awards_count=5, language="en",
    layout="US academic-medicine (AAMC / Harvard-style) CV of a heart-failure cardiologist, XeLaTeX article, 4 pages "
           "with a running header 'Name … Curriculum Vitae Page X of 4' and a footer date",
    notes="Three-column longtable rows 'dates | title/degree | field, institution' where the third column hyphenates "
          "hospital names at line ends ('Hos-/pital'). Education: BS 2001–2005, PhD 2007–2011 (Washington University "
          "in St. Louis), MD 2005–2013 (MSTP; M.D. level null as in earlier sets). Postdoctoral Training rows "
          "(intern, resident, clinical fellow, advanced fellow) are posts (jobs), titled with the title column only. "
          "Faculty and hospital appointments are jobs (Clinical Fellow in Medicine at HMS overlaps the BWH fellowship); "
          "of 'Major Administrative Leadership Positions' the clinic associate directorship is labelled a job, the "
          "committee co-chair is not (service; a judgement call). Societies, licences (with licence numbers) and board "
          "certifications are not jobs, degrees or awards. Honors and Prizes: 5 (a prize finalist counted). Grants not "
          "awards. Invited lectures/Grand Rounds (authored 'Whitcombe NR. Title. Venue; date') are not papers. "
          "Bibliography: 6 research investigations, 2 reviews, 1 case report, 1 book chapter = 10 papers; the 3 "
          "abstracts/posters are not papers. Vancouver with 'et al.' after 6 authors, doi/PMID/PMCID tails. First "
          "author 6. The narrative report mentions interests in prose only (not scored). ORCID is a bare number (no "
          "link).",
)

LABELS["02"] = dict(
    name="Danielle Marisa Ferreira",
    name_any=["Danielle M. Ferreira", "Danielle Marisa Ferreira, PhD, RN, ACNP-BC, CCRN"],
    emails=["dferreira@example.edu"], phones=["+12025550163"],
    education=[E("University of Pennsylvania School of Nursing", "phd", "2015", "2019"),
               E("Duke University School of Nursing", "master", "2012", "2014"),
               E("University of Pennsylvania School of Nursing", "bachelor", "2006", "2010")],
    experience=[
        J("Center for Health Outcomes and Policy Research, University of Pennsylvania",
          "NINR T32 Postdoctoral Fellow", "2019", "2021"),
        J("Nell Hodgson Woodruff School of Nursing, Emory University", "Assistant Professor", "2021-08", "present"),
        J("University of Pennsylvania", "Teaching Assistant", "2017", "2019"),
        J("Emory University Hospital", "Acute Care Nurse Practitioner", "2021", "present"),
        J("Duke University Hospital", "Acute Care Nurse Practitioner", "2014", "2015"),
        J("Hospital of the University of Pennsylvania", "Staff Nurse", "2010", "2014"),
    ],
    publications_count=7, first_author_count=5,
    publications_sample=[
        P("Nurse-driven sleep bundles and incident delirium after coronary artery bypass grafting: a stepped-wedge "
          "trial", "Am J Crit Care", 2025, True),
        P("Family presence and delirium recognition in the cardiothoracic ICU", "Heart Lung", 2024, False),
        P("Latent delirium trajectories after cardiac surgery and one-year functional decline", "J Am Geriatr Soc",
          2021, True),
        P("Melatonin timing and sleep continuity in the cardiac surgery ICU: a pilot trial", "Intensive Crit Care Nurs",
          None, True, "under review"),
    ],
    research_interests_any=["Postoperative delirium", "sleep in critical care",
                            "nurse-led interventions in cardiac surgery"],
    awards_count=4, language="en",
    layout="US nursing PhD / acute-care NP, assistant professor; python-docx DOCX with heading styles and hanging "
           "tab-stop date rows, running header",
    notes="Name with four post-nominals (PhD, RN, ACNP-BC, CCRN). Rows 'dates<TAB>text' with a hanging indent. "
          "Education PhD/MSN/BSN (MSN = master). Postdoctoral training (T32 fellow) is a job. Licensure rows carry "
          "RN/APRN/certification numbers (not phones, not jobs). Professional experience split into academic and "
          "clinical appointments; titles labelled in their short form before the unit ('Staff Nurse', 'Acute Care "
          "Nurse Practitioner'); the PhD-era teaching assistantship is printed as an appointment (job). Honors 4 "
          "(an F31 predoctoral fellowship counted as an award; research funding is not). Publications: a leading "
          "'*' marks data-based papers (NOT equal contribution) and '†' senior author; 6 articles + 1 'Submitted to' "
          "(under review) = 7; podium/poster presentations are not papers. First author 5 (items 1, 3, 5, 6, 7). "
          "Research interests as an inline list at the end.",
)

LABELS["03"] = dict(
    name="Priya Raman-Castillo",
    emails=["praman-castillo@example.org"], phones=["+12025550178", "+12025550194"],
    links=["https://faculty.example.org/profiles/praman-castillo"],
    education=[E("University of Texas Southwestern Medical School", None, None, "2013"),
               E("Johns Hopkins Bloomberg School of Public Health", "master", None, "2018"),
               E("Rice University", "bachelor", None, "2009")],
    experience=[
        J("Children's National Hospital", "Attending Physician", "2020-07", "present"),
        J("George Washington University School of Medicine and Health Sciences", "Assistant Professor of Pediatrics",
          "2020-07", "present"),
        J("Children's National Hospital", "Medical Director, Antimicrobial Stewardship Program", "2024-01", "present"),
        J("Houston Health Department", "Research Coordinator", "2009", "2011"),
        J("Texas Children's Hospital", "Resident", "2013", "2016"),
        J("Texas Children's Hospital", "Chief Resident", "2016", "2017"),
        J("Johns Hopkins Hospital", "Fellow", "2017", "2020"),
    ],
    publications_count=6, first_author_count=3,
    publications_sample=[
        P("Short versus standard intravenous-to-oral antibiotic duration for acute hematogenous osteomyelitis in "
          "children: a multicenter cohort", "J Pediatric Infect Dis Soc", 2025, True),
        P("Diagnostic stewardship of respiratory multiplex panels in a pediatric emergency department", "Pediatrics",
          2024, False),
        P("Congenital cytomegalovirus screening by dried blood spot PCR in a US birth cohort", "Clin Infect Dis", 2020,
          True),
        P("Neonatal herpes simplex virus infection: a case series with delayed presentation", "J Pediatr", 2019, False),
    ],
    research_interests_any=["Antibiotic duration in pediatric osteomyelitis",
                            "Outpatient parenteral antimicrobial therapy", "Diagnostic stewardship"],
    awards_count=3, language="en",
    layout="US pediatric infectious-diseases assistant professor, a hospital faculty-directory profile page printed "
           "from the browser ('Print profile'), headless Chromium, US Letter, 2 pages",
    notes="Web chrome in the text layer: a navy top bar with menu items, breadcrumbs, a 'Photo' placeholder, pills "
          "(accepting patients, languages, gender) and a fixed footer repeated on both pages with the profile URL and "
          "print date (the URL is the candidate's profile: labelled as a link). Left column: two phones "
          "('Appointments' and 'Academic office', both labelled), a Twitter handle (not a URL), board certifications "
          "(not degrees), 'Education & Training' as a label/value grid in which Medical School (MD, level null, "
          "only a year), Graduate (MPH) and Undergraduate (BA) are degrees and Residency / Chief Residency / "
          "Fellowship rows are posts (jobs; titles Resident, Chief Resident, Fellow); the narrow grid wraps every "
          "value over 3–5 lines. Clinical expertise is not research interests; 'Research Interests' is. Main column: "
          "biography, an Appointments list 'Org — Title, MM/YYYY–present' (the Houston job is also in the bio), "
          "'Selected Publications … 14 publications; showing 6' (6 counted, incl. one case series), each title bold "
          "with Vancouver authors/journal below and PMID/PMCID/DOI lines; a group-author tail '; Hopkins cCMV "
          "Screening Group'. First author 3. Presentations (grand rounds, invited lecture) and a K08 grant are not "
          "papers/awards. Awards 3 (a trainee travel grant listed under Awards & Honors counted).",
)

LABELS["04"] = dict(
    name="Eleanor J. Featherstone",
    name_any=["Dr Eleanor J. Featherstone", "Eleanor Featherstone"],
    emails=["e.featherstone@example.ac.uk"], phones=["+447700900482"],
    education=[E("University of Oxford", "phd", None, "2020"),
               E("King's College London GKT School of Medical Education", "bachelor", None, "2012"),
               E("King's College London", "bachelor", None, "2009")],
    experience=[
        J("University of Oxford and Oxford University Hospitals NHS Foundation Trust",
          "NIHR Academic Clinical Lecturer in Cardiology", "2022-08", "present"),
        J("Royal Berkshire Hospital", "ST5 Cardiology", "2021-08", "2022-07"),
        J("John Radcliffe Hospital", "ST4 Cardiology", "2020-08", "2021-07"),
        J("Wexham Park Hospital", "ST3 Cardiology", "2016-08", "2017-07"),
        J("Oxford University Hospitals NHS Foundation Trust", "Core Medical Trainee (CT1–CT2)", "2014-08", "2016-07"),
        J("Guy's and St Thomas' NHS Foundation Trust", "Academic Foundation Programme (FY1–FY2)", "2012-08", "2014-07"),
        J("University of Oxford, Oxford Centre for Clinical Magnetic Resonance Research",
          "BHF Clinical Research Training Fellow", "2017-10", "2020-09"),
    ],
    publications_count=4, first_author_count=3,
    publications_sample=[
        P("Persistent myocardial inflammation on CMR six months after COVID-19 hospitalisation",
          "Eur Heart J Cardiovasc Imaging", 2021, True),
        P("Native T1 mapping reproducibility across 1.5T and 3T scanners", "J Cardiovasc Magn Reson", 2020, False),
        P("Extracellular volume and arrhythmic events in post-acute COVID-19", "JACC Cardiovasc Imaging", 2023, True),
    ],
    research_interests_any=["Cardiac magnetic resonance", "myocardial inflammation and fibrosis",
                            "post-viral cardiac injury"],
    awards_count=3, language="en",
    layout="UK NIHR academic clinical lecturer in cardiology (ST6), python-docx DOCX built as borderless layout "
           "tables (header table with a shaded contact cell, one two-column table per section)",
    notes="Header table: name (maroon, 20 pt) + post-nominals line 'MBBS BSc(Hons) MRCP(UK) PhD' + post; shaded "
          "right cell with '07700 900 482' (UK mobile, +44), e-mail, GMC number 7184432 (7 digits, not a phone), "
          "National Training Number, bare ORCID. Footer repeats name and GMC. Every section is a two-column table: "
          "left cell dates or a year, right cell 'Bold title, organisation' + detail lines. Qualifications: PhD 2020, "
          "MRCP(UK) 2015 (a membership exam, not a degree), MBBS 2012 and intercalated BSc 2009 (both bachelor, one "
          "year = end). Clinical experience by rotation: ST5/ST4/ST3 Cardiology at named hospitals, CT1–CT2, "
          "FY1–FY2 (each a job; title = the rotation as printed); the OOPR research fellowship 2017–2020 sits under "
          "'Research experience' (a job). Audit/QIP rows are not jobs or papers. Publications 4 (one review); the "
          "BCS oral (with an abstract in a Heart supplement) and the poster are not papers. First author 3. Prizes 3. "
          "Research interests in the last row. ALS/GCP courses are not awards.",
)

LABELS["05"] = dict(
    name="Callum Duncan Ashworth-Reid",
    name_any=["Callum D. Ashworth-Reid", "Mr Callum Duncan Ashworth-Reid", "Callum Ashworth-Reid"],
    emails=["c.ashworth-reid@example.co.uk"], phones=["+441134960527", "+447700900316"],
    education=[E("University of Leeds", None, None, "2017"),
               E("University of Edinburgh", "master", None, "2011"),
               E("University of Glasgow", "bachelor", None, "2006")],
    experience=[
        J("Leeds Teaching Hospitals NHS Trust", "Consultant Trauma and Orthopaedic Surgeon", "2020-10", "present"),
        J("University of Leeds", "Honorary Senior Lecturer", "2021", "present"),
        J("Harrogate and District NHS Foundation Trust", "Locum Consultant, Trauma & Orthopaedics", "2020-02", "2020-09"),
        J("Pulvertaft Hand Centre, Royal Derby Hospital", "Post-CCT Hand and Wrist Fellow", "2019-08", "2020-01"),
        J("Yorkshire and Humber Deanery", "Specialty Registrar (ST3–ST8), Trauma & Orthopaedics", "2013-08", "2019-07"),
        J("Leeds Institute of Rheumatic and Musculoskeletal Medicine, University of Leeds",
          "Research Fellow (out of programme)", "2011-08", "2013-07"),
        J("NHS Education for Scotland", "Core Surgical Trainee (CT1–CT2)", "2008-08", "2010-07"),
        J("Glasgow Royal Infirmary", "Foundation Year 1 and 2", "2006-08", "2008-07"),
    ],
    publications_count=5, first_author_count=3,
    publications_sample=[
        P("Headless compression screw versus plate for displaced scaphoid waist fractures: a cadaveric biomechanical "
          "study", "J Hand Surg Eur Vol", 2018, True),
        P("Cyclic loading of scaphoid waist fixation constructs", "Bone Joint J", 2016, True),
        P("Wide-awake local anaesthesia no tourniquet surgery in a UK hand unit: a cohort of 1,000 cases",
          "Bone Joint Open", 2023, False),
    ],
    research_interests_any=[], awards_count=2, language="en",
    layout="UK consultant trauma & orthopaedic (hand) surgeon, Word document built with python-docx and printed to "
           "PDF by LibreOffice (2 pages, running header in small italics)",
    notes="'Mr' (UK surgeons) before the name; post-nominals line 'MBChB MSc MD FRCS (Tr & Orth)'. Personal Details "
          "as bold-key / tab / value rows: a 0113 496 secretary line and a 07700 900 mobile on one 'Telephone' line "
          "(both labelled), GMC number with 'Specialist Register … 2019' and an MDU membership number (not phones). "
          "Qualifications as 'year<TAB>qualification, body': FRCS (Tr & Orth) 2019 and MRCS (Ed) 2010 are college "
          "exams (not degrees); MD Leeds 2017 (a UK research MD: level null, as M.D. in earlier sets), MSc 2011 "
          "(master), MBChB 2006 (bachelor). Current post in a bold/italic run line, with 'Honorary Senior Lecturer, "
          "University of Leeds (2021 – present)' inside the following sentence (labelled a job). Previous "
          "Appointments in a gridded table with a shaded header row 'Dates | Post | Hospital / Employer', cells "
          "wrapping. Audit/QI bullets are not jobs. 5 papers, first author 3; presentations (podium/poster) not "
          "papers. Prizes 2.",
)

LABELS["06"] = dict(
    name="Ananya Venkataraghavan", name_any=["Dr. Ananya Venkataraghavan"],
    emails=["ananya.venkat@example.in"], phones=["+919845061207"],
    education=[E("Government Dental College and Research Institute, Bengaluru", "master", "2017", "2020"),
               E("Manipal College of Dental Sciences, Manipal", "bachelor", "2010", "2015"),
               E("Sri Kumaran Children's Home PU College", "other", None, "2010")],
    experience=[
        J("Manipal College of Dental Sciences, Mangalore", "Assistant Professor", "2023-08", "present"),
        J("All India Institute of Medical Sciences, New Delhi", "Senior Resident", "2021-07", "2023-07"),
        J("Tata Memorial Hospital", "Fellow in Head & Neck Oncology", "2020-08", "2021-06"),
        J("Government Dental College and Research Institute, Bengaluru", "Post-graduate Resident (MDS)", "2017", "2020"),
        J("Sparsh Superspeciality Dental Clinic", "Junior Dental Surgeon", "2015-06", "2017-05"),
    ],
    publications_count=6, first_author_count=3,
    publications_sample=[
        P("Radial forearm versus anterolateral thigh free flaps for tongue reconstruction: donor-site morbidity at "
          "one year", "J Oral Maxillofac Surg", 2024, True),
        P("Salivary biomarkers for malignant transformation of oral submucous fibrosis: a prospective cohort",
          "Oral Oncol", 2023, False),
        P("Virtual surgical planning in fibula free flap mandibular reconstruction: accuracy in an Indian tertiary "
          "centre", "J Maxillofac Oral Surg", 2022, True),
        P("Enhanced recovery after major head and neck surgery in a low-resource setting: a quality-improvement study",
          "Br J Oral Maxillofac Surg", 2026, False, "in press"),
    ],
    research_interests_any=[], awards_count=3, language="en",
    layout="Indian oral & maxillofacial surgeon (dentistry), pdfLaTeX article with a bordered qualifications table, "
           "2 pages",
    notes="Header minipages: name with 'Dr.', 'BDS, MDS (Oral & Maxillofacial Surgery), FDSRCS (Eng)', current post "
          "left; phone '+91 98450 61207', e-mail, Karnataka State Dental Council registration number, DOB right. "
          "Academic Qualifications as a 'Degree | Institution / University | Year | Result' table: MDS 2017–2020 "
          "(Indian postgraduate degree = master), BDS 2010–2015 incl. internship (bachelor), Class XII row (level "
          "other, one year = end). FDSRCS is a college diploma (not a degree). Work Experience 'Title bold  dates "
          "right / department, institution / italic detail'; 'till date' = present; the fellowship at Tata Memorial "
          "and the MDS post-graduate residency (same years as the degree) are printed as posts (jobs). "
          "Publications '[n]' Vancouver: 5 published + 1 'In press, 2026' under 'Accepted / in press' = 6; "
          "'#equal contribution' on item 4 with the owner first. Paper/poster presentations are not papers (one "
          "carries '(Best Paper Award)', also listed under Awards). Awards 3 (best paper, gold medal, travel "
          "fellowship). Summary prose, skills and a signed declaration; no research-interest list.",
)

LABELS["07"] = dict(
    name="Lachlan P. Dunmore-Kite", name_any=["Dr Lachlan P. Dunmore-Kite", "Lachlan Dunmore-Kite"],
    emails=["l.dunmore-kite@example.edu.au"], phones=["+61491570156"],
    education=[E("The University of Queensland", "phd", "2015", "2019"),
               E("The University of Melbourne", "bachelor", "2008", "2013")],
    experience=[
        J("Sydney School of Veterinary Science, The University of Sydney", "Resident, Large Animal Internal Medicine",
          "2019", "2022"),
        J("Randwick Equine Centre", "Rotating Equine Intern", "2013", "2014"),
        J("Charles Sturt University", "Lecturer in Equine Medicine", "2022-02", "present"),
        J("The University of Sydney", "Associate Lecturer (clinical)", "2019", "2022"),
        J("Scone Equine Hospital", "Equine Veterinarian", "2014", "2015"),
    ],
    publications_count=5, first_author_count=3,
    publications_sample=[
        P("Oral sugar test repeatability in Australian ponies across seasons", "Equine Vet J", 2025, True),
        P("Antimicrobial prescribing for hospitalised foals in three Australian referral hospitals", "Aust Vet J", 2024,
          False),
        P("Hyperinsulinaemia predicts laminitis in pasture-fed ponies: a 3-year cohort", "J Vet Intern Med", 2020, True),
        P("Velagliflozin and insulin responses in ponies: a pilot crossover study", "Vet J", 2019, True),
    ],
    research_interests_any=["Equine metabolic syndrome", "endocrinopathic laminitis", "neonatal foal sepsis"],
    awards_count=3, language="en",
    layout="Australian equine veterinary specialist (lecturer), Typst two-page CV with a green rule-heading design, "
           "date column grid and a running header from page 2",
    notes="Name 'Dr Lachlan P. Dunmore-Kite' then a post-nominals line 'BVSc (Hons) PhD MANZCVS (Equine Medicine) "
          "DipACVIM (LAIM)'; a tinted contact block with an Australian mobile '0491 570 156' (+61) and a veterinary "
          "board registration number. 'Qualifications' mixes board/college credentials (Diplomate ACVIM 2023, "
          "MANZCVS 2021: not degrees) with the PhD 2015–2019 and BVSc 2008–2013 (bachelor). 'Clinical training' "
          "(residency, rotating internship) = jobs, as are the three Appointments ('Feb 2022 – present'; the "
          "associate lectureship concurrent with the residency). Research interests as a '·'-separated line. Grants "
          "not awards. 5 refereed articles (one clinical case series), first author 3; 'Conference abstracts' A/B "
          "(abstract, poster) are not papers. Awards 3 (a resident abstract award counted).",
)

LABELS["08"] = dict(
    name="Chiamaka Adaobi Nwosu-Eze", name_any=["Chiamaka Nwosu-Eze", "Chiamaka Adaobi Nwosu-Eze, MBBS, MPH, FWACP"],
    emails=["chiamaka.nwosu-eze@example.com", "c.nwosueze@example.edu.ng"], phones=["+2348035550142"],
    links=["https://orcid.org/0000-0001-8843-2716"],
    education=[E("University of Lagos", "master", "2018", "2019"),
               E("University of Nigeria", "bachelor", "2005", "2012"),
               E("West African College of Physicians", "other", None, "2021")],
    experience=[
        J("Lagos State University Teaching Hospital", "Consultant Paediatrician (Neonatology)", "2022-03", "present"),
        J("Lagos State University College of Medicine", "Honorary Lecturer I", "2022", "present"),
        J("Lagos University Teaching Hospital", "Senior Registrar, Paediatrics", "2018-07", "2022-02"),
        J("Lagos University Teaching Hospital", "Registrar, Paediatrics", "2015-01", "2018-06"),
        J("General Hospital Gboko", "Medical Officer (NYSC)", "2013", "2014"),
        J("University of Nigeria Teaching Hospital", "House Officer", "2012", "2013"),
        J("NeoAMR-West Africa Network", "Site Principal Investigator", "2022", "present"),
    ],
    publications_count=6, first_author_count=5,
    publications_sample=[
        P("Pathogens and antimicrobial resistance in early-onset neonatal sepsis in Lagos: a multicentre surveillance "
          "study", "Lancet Glob Health", 2024, True),
        P("Kangaroo mother care initiation in secondary-level hospitals in Lagos State: a cluster-randomised "
          "implementation trial", "BMJ Glob Health", 2023, False),
        P("Point prevalence of antibiotic use in Nigerian neonatal units", "J Trop Pediatr", 2022, True),
        P("Cost-effectiveness of facility-based kangaroo mother care in Lagos", "PLOS Glob Public Health", None, True,
          "under review"),
        P("Chlorhexidine cord care and omphalitis in Lagos: a retrospective cohort", None, None, True,
          "in preparation"),
    ],
    research_interests_any=["Neonatal sepsis", "Kangaroo mother care", "Antimicrobial stewardship"],
    awards_count=3, language="en",
    layout="Nigerian consultant paediatrician (neonatology), Markdown CV following the structure of a public "
           "medical-CV Markdown template (Jekyll front matter, '**Title** | dates' lines)",
    notes="Front matter '---/layout: default/---' before '# Name, MBBS, MPH, FWACP'. Contact as '**Phone:**', "
          "'**Email:**' (two linked addresses separated by ' · '), ORCID link, MDCN folio number (not a phone). "
          "'Research Highlights' bullets whose bold heads are research areas (scored as interests). 'Current "
          "Position' holds two posts; Education: MPH 2018–2019 (master), MBBS 2005–2012 (bachelor) and the FWACP "
          "(postgraduate college fellowship, printed under Education with a dissertation: labelled as education of "
          "level other, a judgement call). 'Clinical Experience' list items '**Title** | Month YYYY – Month YYYY' + "
          "hospital on the next line: senior registrar and registrar (residency) posts, NYSC medical officer and "
          "house officer = jobs; 'Chief resident, 2020–2021' inside a bullet is not a separate job. 'Research "
          "Experience' site PI = job; society secretary (Leadership and Service) is not. Publications: 4 "
          "peer-reviewed + 'Under review, PLOS Glob Public Health' + 'Manuscript in preparation' = 6; first author 5; "
          "oral/poster presentations and the peer-review line are not papers. Awards 3.",
)

LABELS["09"] = dict(
    name="Geneviève Marchetti-Lowe",
    emails=["g.marchetti-lowe@example.ca"], phones=["+16135550129"],
    links=["https://gmarchettilowe.example.ca", "https://github.com/gml-epi-example"],
    education=[E("McGill University", "phd", "2015", "2018"),
               E("Queen's University", "master", "2011", "2013"),
               E("McMaster University", "bachelor", "2007", "2011")],
    experience=[
        J("Dalla Lana School of Public Health, University of Toronto", "Assistant Professor, Epidemiology Division",
          "2021", "present"),
        J("ICES", "Adjunct Scientist", "2022", "present"),
        J("McGill University", "CIHR Postdoctoral Fellow", "2018", "2021"),
        J("Public Health Ontario", "Epidemiologist", "2013", "2015"),
    ],
    publications_count=8, first_author_count=4,
    publications_sample=[
        P("Relative effectiveness of high-dose versus adjuvanted influenza vaccines in long-term care residents: a "
          "target-trial emulation", "CMAJ", 2025, True),
        P("SARS-CoV-2 reinfection and hospitalisation among residents of Ontario long-term care homes",
          "Clin Infect Dis", 2024, False),
        P("Bivalent mRNA booster effectiveness against severe COVID-19 in adults 60 and older in four Canadian "
          "provinces", "Lancet Infect Dis", 2023, False),
        P("Negative control outcomes for healthy-vaccinee bias in RSV vaccine studies", "medRxiv", 2025, True,
          "preprint"),
        P("Influenza vaccine effectiveness against hospitalisation in Canada, 2022/23", "Vaccine", 2024, False),
    ],
    research_interests_any=["Vaccine effectiveness in older adults",
                            "pharmacoepidemiology with linked health administrative data",
                            "causal inference for observational studies"],
    awards_count=4, language="en",
    layout="Canadian epidemiologist (assistant professor), moderncv 'banking' style (no symbols), XeLaTeX, 2 pages",
    notes="moderncv banking title: the long name wraps at its hyphen ('Geneviève Marchetti-' / 'Lowe | "
          "Epidemiologist'), contact line with letter icons 'M', 'E', 'W' (613 555 01xx mobile). Entries "
          "'Institution  City' / 'Title  dates' / detail; ICES adjunct appointment only inside the detail line "
          "'(2022–present)' (labelled a job). Education PhD/MSc/BHSc. Honours 4 (a declined Banting fellowship is "
          "still listed and counted). Grants not awards. Publications, banking '\\cvitem' with '1.:' labels: 6 "
          "refereed + a medRxiv preprint + one 'Consortium authorship (listed as collaborator only)' item, which is "
          "listed in her publication list and counted (8), not first author. Consortium forms: '; for the CANVAS-LTC "
          "Study Group' after 4 authors (2nd author), 'CANVAS Investigators (writing committee: Marchetti-Lowe G, "
          "…)' = group author first, so not first author. First author 4 (1, 4, 6, 7). Invited talks are not papers.",
)

LABELS["10"] = dict(
    name="韩思远",
    emails=["hansiyuan@example.edu.cn"], phones=["+8613800138427"],
    education=[E("复旦大学上海医学院", "phd", "2020-09", "2024-06"),
               E("复旦大学上海医学院", "master", "2014-09", "2017-07"),
               E("南京医科大学", "bachelor", "2009-09", "2014-07")],
    experience=[
        J("复旦大学附属中山医院", "规培住院医师", "2014-09", "2017-08"),
        J("北京协和医院", "进修医师", "2023-03", "2023-08"),
        J("复旦大学附属中山医院", "主治医师", "2022-12", "present"),
        J("复旦大学附属中山医院", "住院医师", "2017-08", "2022-11"),
    ],
    publications_count=6, first_author_count=4,
    publications_sample=[
        P("Epicardial adipose tissue radiomics predicts atrial fibrillation recurrence after catheter ablation",
          "Europace", 2024, True),
        P("Intravascular lithotripsy for calcified left main lesions: a single-centre experience",
          "Catheter Cardiovasc Interv", 2023, False),
        P("Drug-coated balloon versus drug-eluting stent in small-vessel disease of Chinese patients: a "
          "propensity-matched study", "Front Cardiovasc Med", 2022, True),
        P("经皮冠状动脉介入治疗术后双联抗血小板治疗依从性调查", "中华心血管病杂志", 2020, True),
        P("房颤消融术后早期复发的危险因素分析", "中国介入心脏病学杂志", 2023, False),
    ],
    research_interests_any=["冠心病介入治疗", "心房颤动导管消融术后复发预测", "心血管影像组学"],
    awards_count=3, language="zh",
    layout="Chinese cardiology 主治医师 (attending) with an in-service 医学博士, Typst, 2 pages, blue-block headings, "
           "personal-information table and 3-column date | school/org | degree/title rows",
    notes="Info table (性别/出生年月/民族/手机/邮箱/政治面貌/工作单位/职称). 教育背景: 医学博士（在职）2020.09–2024.06, "
          "临床医学硕士（专业学位）2014.09–2017.07 at 复旦大学上海医学院, 医学学士 (五年制) 南京医科大学 2009–2014; a note "
          "says the professional master's ran together with 规培 (并轨). '规范化培训与进修': 上海市住院医师规范化培训 at the "
          "中山医院 base, title 规培住院医师 (a post, not a degree; its org labelled as the training hospital), and a "
          "进修 stay at 北京协和医院 (a post). 工作经历 住院医师 → 主治医师 ('至今' = present); the 援疆 挂职 inside a "
          "bullet of the resident post is not a separate job (judgement call). 执业资格与证书 with 15-digit certificate "
          "numbers (not phones, not awards). SCI list with '#共同第一作者 *通讯作者' and '(IF x, JCR Qn)' tails: item 3 "
          "'Gao P#, Han SY#' = equal first; 4 SCI + 2 中文核心 = 6, first author 4 (SCI 1, 3, 4; 中文 1); 会议摘要与壁报 "
          "(explicitly '不计入论文') are not papers. 科研项目 not awards. 获奖 3. 研究方向 one line with '；'.",
)

LABELS["11"] = dict(
    name="钟立衡",
    emails=["zhonglh@example.edu.cn"], phones=["+8613800138562"],
    education=[E("北京协和医学院", "phd", "2004-09", "2012-07")],
    experience=[
        J("四川大学华西医院", "副主任医师", "2020-12", "present"),
        J("四川大学华西医院", "主治医师", "2015-12", "2020-11"),
        J("四川大学华西医院", "住院医师", "2012-08", "2015-11"),
        J("The University of Texas MD Anderson Cancer Center", "访问学者（Visiting Scientist）", "2017-09", "2018-09"),
    ],
    publications_count=8, first_author_count=6,
    publications_sample=[
        P("Longitudinal ctDNA methylation predicts early progression on osimertinib in EGFR-mutant NSCLC",
          "J Clin Oncol", 2025, True),
        P("Tertiary lymphoid structures and response to neoadjuvant chemoimmunotherapy in resectable NSCLC",
          "Nat Commun", 2024, True),
        P("Sintilimab plus chemotherapy as neoadjuvant treatment in stage IIIA NSCLC: a phase 2 trial",
          "Lancet Respir Med", 2023, True),
        P("Real-world outcomes of ALK inhibitor sequencing in western China", "Thorac Cancer", 2022, False),
        P("Minimal residual disease after resection of NSCLC detected by tumour-informed ctDNA: a prospective cohort",
          "Clin Cancer Res", 2026, True, "in press"),
        P("免疫检查点抑制剂相关肺炎 86 例临床特征分析", "中华肿瘤杂志", 2021, True),
    ],
    research_interests_any=["非小细胞肺癌免疫治疗耐药机制", "循环肿瘤 DNA 动态监测与微小残留病灶", "真实世界研究与临床试验设计"],
    awards_count=4, language="zh",
    layout="Chinese thoracic-oncology 副主任医师 and master's supervisor, XeLaTeX ctexart, 3 pages with a running "
           "header (name + 个人学术简历 / hospital) and '第 X 页 / 共 3 页' footer",
    notes="Centred header with 医学博士 / 副主任医师 / 硕士研究生导师 and '+86 138 0013 8562'. 教育经历: one row, 八年制 "
          "临床医学 ending in 医学博士（MD）= phd (earlier sets' convention), with a 导师 line. 工作经历 in a two-column "
          "table: 副主任医师 / 主治医师 / 住院医师（含住院医师规范化培训…）at 华西医院 ('至今' = present), and an MD "
          "Anderson 访问学者（Visiting Scientist）row printed AFTER the later rows (out of order) with a hyphenated "
          "department name. 资格证书 paragraph with a 15-digit licence number. 主持科研项目 (NSFC numbers) not awards. "
          "代表性论文: a note '共发表 SCI 论文 26 篇' (a count, not the listed items), '#' co-first, '*' corresponding, "
          "'(IF x)' tails; 7 SCI (item 2 'Fu YQ#, Zhong LH#' = equal first; item 3 with '; for the CTONG-2003 "
          "Investigators'; item 6 a case report; item 7 'Accepted, in press (2026)') + 1 中文 = 8; first author 6. "
          "会议交流 (ASCO poster, CSCO 专题发言) and 学术讲座 are not papers. 获奖与荣誉 4.",
)

LABELS["12"] = dict(
    name="林晓棠", name_any=["Xiaotang Lin", "林晓棠 Xiaotang Lin"],
    emails=["linxiaotang@example.edu.cn"], phones=["+8613800138735"],
    education=[E("Monash University", "phd", "2015-02", "2019-03"),
               E("中国药科大学", "master", "2012-09", "2015-06"),
               E("中国药科大学", "bachelor", "2008-09", "2012-06")],
    experience=[
        J("浙江大学医学院附属第一医院", "副主任药师 Associate Chief Pharmacist", "2023-12", "present"),
        J("浙江大学医学院附属第一医院", "主管药师（临床药师） Pharmacist-in-charge", "2019-09", "2023-11"),
        J("Monash Institute of Pharmaceutical Sciences", "博士后研究员 Postdoctoral Research Fellow", "2019-04",
          "2019-08"),
    ],
    publications_count=6, first_author_count=5,
    publications_sample=[
        P("Population pharmacokinetics of meropenem in critically ill patients receiving continuous renal replacement "
          "therapy", "J Antimicrob Chemother", 2024, True),
        P("Model-informed precision dosing of vancomycin in Chinese ICU patients: a randomised controlled trial",
          "Crit Care", 2023, False),
        P("Augmented renal clearance and beta-lactam target attainment: a prospective observational study",
          "Clin Pharmacokinet", 2019, True),
        P("基于群体药动学模型的万古霉素个体化给药实践", "中国医院药学杂志", 2022, True),
        P("Polymyxin B dosing in renal impairment: a population PK analysis", "Antimicrob Agents Chemother", 2025, True,
          "under review"),
    ],
    research_interests_any=["Therapeutic drug monitoring of antimicrobials", "Population pharmacokinetic modelling",
                            "Model-informed precision dosing"],
    awards_count=3, language="zh-en",
    layout="Bilingual Chinese/English CV of a clinical pharmacist with a Monash PhD (副主任药师), WeasyPrint, A4, 2 pages",
    notes="Header '林晓棠 Xiaotang Lin, PhD' with a left colour bar, bilingual post line, contact line with ✆ ✉ ⌂ "
          "symbols. Every heading Chinese + letter-spaced English. Three-column table rows 'dates | 中文机构 / English "
          "institution (second line, grey) | 学位/职称 + English (right)': the right column wraps ('博士 PhD（临床药学 / "
          "Clinical Pharmacy）'). Institutions are labelled by the form every reading contains (Monash University; "
          "中国药科大学; 浙江大学医学院附属第一医院; Monash Institute of Pharmaceutical Sciences); titles bilingual as "
          "printed. '至今 Present' = present. Licensure & training: 执业药师 certificate with a 16-digit number, an NHC "
          "clinical-pharmacist training programme (a trainee course in her own hospital during her post: not a "
          "job) and a BCPS review course (not a certificate, not an award). Research interests and Honours in two "
          "side-by-side columns (pdftotext interleaves them). Honours 3 (incl. a scholarship and a thesis prize). "
          "Publications: 5 + 'Under review' with a year = 6; '#' co-first on item 1 with the owner first; '*' "
          "corresponding; first author 5; posters in a note line are not papers.",
)


def write_all() -> None:
    out = HERE / "expected"
    out.mkdir(exist_ok=True)
    for nn, lab in LABELS.items():
        fname = NAMES[nn]
        data = {"file": fname, **lab}
        (out / (Path(fname).stem + ".json")).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                                      encoding="utf-8")


if __name__ == "__main__":
    write_all()
