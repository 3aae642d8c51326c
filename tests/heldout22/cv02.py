"""02: US engineer turned teaching professor, promotions under one employer (python-docx, kept as DOCX)."""
from __future__ import annotations

import docx22 as W
from kit22 import FILES, edu, fix_docx, job, pub

NAME = "02_us_cs_teaching_professor_ex_aws_word.docx"


def build() -> None:
    d = W.new_doc("Arial", 10, 1.9, a4=False)
    W.core(d, "Dana Whitcombe", "Whitcombe resume 2024")
    tw = W.text_width(d)
    R = [(tw, "right", None)]
    W.para(d, [("DANA K. WHITCOMBE", "^b")], style=None, after=0)
    W.para(d, "Seattle, WA  |  (206) 555-0163  |  dana.whitcombe@example.com  |  "
              "linkedin.com/in/dana-whitcombe-example  |  github.com/dwhitcombe-example", after=6)

    def head(t):
        W.bottom_rule(W.para(d, [(t, "bC")], before=8, after=3, keep=True), color="000000", size=8)

    head("Summary")
    W.para(d, "Ten years building storage control planes at AWS, now teaching systems programming and software "
              "engineering full time. I bring production incident reviews, code review and on-call practice into "
              "undergraduate courses, and study how students learn to debug distributed systems.", after=2)

    head("Work History")
    W.para(d, [("University of Washington, Paul G. Allen School of Computer Science & Engineering", "b"),
               "\tSeattle, WA"], tabs=R, after=0)
    W.para(d, [("Assistant Teaching Professor", "i"), "\tSep 2022 – Present"], tabs=R, after=1)
    for b in ["Teach CSE 333 (Systems Programming) and CSE 403 (Software Engineering), 180–260 students a term",
              "Redesigned CSE 403 around a term-long team project with weekly incident post-mortems",
              "Supervise 6–10 undergraduate teaching assistants per term"]:
        W.para(d, b, style="List Bullet", after=0)

    W.para(d, [("Amazon Web Services (AWS)", "b"), "\tSeattle, WA  |  Jul 2012 – Aug 2022"], tabs=R,
           before=6, after=0)
    roles = [
        ("Senior Software Development Engineer, Amazon EBS", "Jan 2019 – Aug 2022",
         ["Tech lead (7 engineers) for the volume-modification control plane; cut p99 resize latency 41%",
          "Led 30+ correction-of-error reviews; author of the team's on-call onboarding guide"]),
        ("Software Development Engineer II, Amazon EBS", "Mar 2015 – Dec 2018",
         ["Designed the snapshot lineage service (Java, DynamoDB); 2 patents"]),
        ("Software Development Engineer I, Amazon S3", "Jul 2012 – Feb 2015",
         ["Built request-throttling tooling and the first canary dashboards for the S3 index fleet"]),
    ]
    for title, dates, bullets in roles:
        W.para(d, [(title, "i"), "\t" + dates], tabs=R, before=2, after=0)
        for b in bullets:
            W.para(d, b, style="List Bullet", after=0)

    W.para(d, [("Seattle Central College  |  Adjunct Instructor, Computer Science (part-time, evenings)", "b"),
               "\t2017 – 2021"], tabs=R, before=6, after=0)
    W.para(d, "Taught CSC 142/143 (Java) one evening section per quarter alongside the AWS role.", after=2)
    W.para(d, [("Microsoft  |  Software Engineering Intern, Windows Azure Storage", "b"), "\tSummer 2011"],
           tabs=R, before=4, after=2)

    head("Education")
    W.para(d, [("University of Washington", "b"), " — M.S. in Computer Science (part-time Professional Master's)",
               "\t2019 – 2021"], tabs=R, after=0)
    W.para(d, [("Georgia Institute of Technology", "b"), " — B.S. in Computer Engineering, Highest Honors",
               "\t2008 – 2012"], tabs=R, after=2)

    head("Skills")
    end = W.two_column_section(d, 2, 1.0)
    for s in ["Languages: C, C++, Java, Rust, Python", "Systems: Linux, distributed storage, DynamoDB",
              "Practice: design review, incident analysis", "Teaching: active learning, specs grading",
              "Tools: Git, Gradescope, Ed, GitHub Classroom", "Cloud: AWS (EBS, S3, Lambda), Terraform"]:
        W.para(d, s, style="List Bullet", after=0)
    end()

    head("Publications")
    pubs = [
        [("Whitcombe, D. K.", "b"), ", Ortiz-Baylor, M., and Tanaka, R. 2024. Post-mortems in the classroom: "
         "incident reviews as a software engineering pedagogy. In ", ("Proceedings of the 55th ACM Technical "
                                                                     "Symposium on Computer Science Education "
                                                                     "(SIGCSE TS 2024)", "i"), ". ACM, 1412–1418."],
        ["Ortiz-Baylor, M., ", ("Whitcombe, D. K.", "b"), " 2023. What do students print when they debug? A log "
         "study of a systems programming course. In ", ("Proceedings of ITiCSE 2023", "i"), ". ACM, 88–94."],
        [("Whitcombe, D. K.", "b"), " and Ortiz-Baylor, M. Debugging distributed systems without a distributed "
         "system: a simulator for CS2. Submitted to ", ("ACM Transactions on Computing Education", "i"),
         " (under review)."],
    ]
    for p in pubs:
        W.para(d, p, style="List Number", after=2)

    head("Patents")
    for p in ["U.S. patent, granted 2020 — Lineage tracking for incremental block storage snapshots",
              "U.S. patent, granted 2021 — Throttled volume modification in a multi-tenant block store"]:
        W.para(d, p, style="List Bullet", after=0)

    head("Recognition")
    W.para(d, [("Allen School Undergraduate Teaching Award", "b"), "\t2024"], tabs=R, after=0)
    W.para(d, [("AWS Storage \u201cBar Raiser of the Year\u201d (engineering excellence award)", "b"), "\t2020"],
           tabs=R, after=0)
    W.para(d, [("President's Undergraduate Research Award, Georgia Tech", "b"), "\t2011"], tabs=R, after=0)

    out = FILES / NAME
    d.save(out)
    fix_docx(out)


LABEL = {
    "file": NAME,
    "name": "Dana K. Whitcombe",
    "name_any": ["DANA K. WHITCOMBE", "Dana Whitcombe"],
    "emails": ["dana.whitcombe@example.com"],
    "phones": ["+12065550163"],
    "links": ["linkedin.com/in/dana-whitcombe-example", "github.com/dwhitcombe-example"],
    "education": [
        edu("University of Washington", "master", "2019", "2021"),
        edu("Georgia Institute of Technology", "bachelor", "2008", "2012"),
    ],
    "experience": [
        job("University of Washington", "Assistant Teaching Professor", "2022-09", "present"),
        job("Amazon Web Services (AWS)", "Senior Software Development Engineer", "2019-01", "2022-08"),
        job("Amazon Web Services (AWS)", "Software Development Engineer II", "2015-03", "2018-12"),
        job("Amazon Web Services (AWS)", "Software Development Engineer I", "2012-07", "2015-02"),
        job("Seattle Central College", "Adjunct Instructor, Computer Science", "2017", "2021"),
        job("Microsoft", "Software Engineering Intern", "2011", "2011"),
    ],
    "publications_count": 3,
    "first_author_count": 2,
    "publications_sample": [
        pub("Post-mortems in the classroom: incident reviews as a software engineering pedagogy", "SIGCSE", 2024,
            True, "published"),
        pub("What do students print when they debug? A log study of a systems programming course", "ITiCSE", 2023,
            False, "published"),
        pub("Debugging distributed systems without a distributed system: a simulator for CS2",
            "ACM Transactions on Computing Education", None, True, "under review"),
    ],
    "research_interests_any": [],
    "awards_count": 3,
    "language": "en",
    "layout": "US industry-to-teaching resume, python-docx kept as DOCX (Arial, US Letter, right tab stops, "
              "'Company | Role' lines, automatic bullets/numbers, a two-column Skills section)",
    "notes": "Word DOCX. Name in capitals; contact line with pipes (phone, e-mail, LinkedIn and GitHub without "
             "https). 'Work History': the current UW post as employer line + italic title with right-tab dates "
             "'Sep 2022 – Present'; AWS as one employer line 'Seattle, WA | Jul 2012 – Aug 2022' with three "
             "promotions under it, each with its own right-tab dates (three jobs, organisation 'Amazon Web Services "
             "(AWS)'; the team name after the comma is not part of the title); a concurrent part-time adjunct post "
             "as 'Company | Role (part-time, evenings)' with years 2017 – 2021; an internship 'Summer 2011' = "
             "2011-2011. Education: the part-time M.S. 2019-2021 overlaps the AWS job. Skills in a two-column Word "
             "section. Publications: ACM reference format, 2 proceedings papers (SIGCSE TS 2024 -> 'SIGCSE', "
             "ITiCSE 2023) + 1 'Submitted to ... (under review)' = 3, first author 2. Patents are not papers. "
             "Recognition: 3 awards (an employer award counts, as heldout19). No research-interests section.",
}
