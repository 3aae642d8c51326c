"""Section heading vocabulary: which words name which kind of section.

Data only (sections.py reads headings with it), kept apart so the words can grow
without the heading rules' module growing with them.
"""
from __future__ import annotations

from reviewer.parsing.hanzi import both_scripts

# Canonical kind → English keywords (whole words, lower case) and Chinese keywords.
# Order matters: the first kind whose keyword appears in a heading wins, so the
# specific kinds ("teaching experience", "research interests") come before the
# generic ones ("experience", "research").
SECTION_KINDS: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("interests", ("research interests", "research interest", "interests", "research directions",
                   "research direction", "research areas", "research area", "research topics", "research fields",
                   "areas of interest", "research focus", "areas of research", "area of research", "fields of research",
                   # a philosopher's "Areas of Specialisation / Competence" ("AOS: …", "AOC: …")
                   "areas of specialisation", "areas of specialization", "area of specialisation",
                   "area of specialization", "research expertise", "areas of expertise", "topics of interest", "fields", "fields of specialization",
                   "fields of specialisation", "fields of interest", "research and teaching fields",
                   # French, German
                   "thèmes de recherche", "intérêts de recherche", "axes de recherche", "forschungsinteressen",
                   "forschungsschwerpunkte",
                   # Italian, Spanish, Portuguese
                   "interessi di ricerca", "temi di ricerca", "intereses de investigación", "líneas de investigación",
                   "áreas de interesse", "áreas de interés", "linhas de pesquisa", "interesses de pesquisa"),
     ("研究兴趣", "研究方向", "研究领域", "兴趣方向", "研究专长")),
    ("publications", ("publications", "publication", "papers", "preprints", "preprint", "manuscripts",
                      "journal articles", "conference proceedings", "patents", "bibliography", "articles",
                      "working papers", "working paper", "job market paper", "job market papers",
                      # the humanities list books and chapters apart from articles
                      "books", "book chapters", "chapters", "monographs", "edited volumes", "journals",
                      # papers by their status, and the shorter kinds HCI and medicine list
                      "in submission", "under review", "submitted", "in preparation", "posters",
                      "late-breaking work", "extended abstracts", "abstracts",
                      # an engineer's or writer's "Writing and talks": papers and posts first
                      "writing and talks", "writing and speaking", "writing & talks", "writing & speaking",
                      "selected writing", "writings", "research and writing", "research & writing",
                      # ORCID's and an arts or humanities CV's "Works", "Published Works"
                      "works", "published works", "research output", "research outputs",  # (Pure, Elements portals)
                      "publikationen", "veröffentlichungen", "publications scientifiques",
                      # (a DFG CV's "Wissenschaftliche Veröffentlichungen (max. 10)")
                      "wissenschaftliche veröffentlichungen", "ausgewählte veröffentlichungen",
                      "ausgewählte publikationen", "publikationsliste", "schriftenverzeichnis",
                      # Italian, Spanish, Portuguese (Europass and national CVs)
                      "pubblicazioni", "publicaciones", "publicações", "produção bibliográfica",
                      "artículos", "artigos", "artigos publicados",
                      # Lattes' own headings: "Produções", "Artigos completos publicados em periódicos"
                      "produções", "produção", "produção científica", "artigos completos publicados em periódicos",
                      # US funders' biosketches: NIH's "Contribution to Science", NSF's "Products"
                      "contribution to science", "contributions to science", "products", "other significant products"),
     # 科研成果, 学术成果, 研究成果: a researcher's output, which is papers first
     ("论文", "发表", "出版", "专利", "著作", "论著", "文献", "成果")),
    ("awards", ("awards", "award", "honors", "honours", "honor", "honour", "scholarships", "scholarship",
                "fellowships", "prizes", "achievements", "distinctions", "honers", "recognitions", "recognition", "accomplishments",
                "honors-awards",  # (LinkedIn's "Save to PDF" names its honours so)
                "prix et distinctions", "auszeichnungen", "preise", "stipendien", "riconoscimenti e premi", "premi",
                "riconoscimenti", "premios", "distinciones", "premios y distinciones", "prêmios", "prémios",
                "prêmios e títulos", "premiações"),
     ("获奖", "荣誉", "奖项", "奖励")),
    # Grants and funding are money raised for research, which CV conventions list apart
    # from honours; a mixed "Awards and Grants" heading stays awards (awards come first).
    ("grants", ("grants", "grant", "funding", "research funding", "research grants", "funded projects",
                "grants and funding", "external funding", "grant support", "research support", "funding support",
                "sponsored research",
                # French, German, Spanish, Italian and Portuguese lists of funded projects
                "projets de recherche financés", "financements", "contrats de recherche", "drittmittel",
                "drittmitteleinwerbung", "eingeworbene drittmittel", "proyectos financiados", "financiación",
                "progetti finanziati", "finanziamenti", "projetos financiados", "financiamentos"),
     ("基金", "资助", "科研基金")),
    # (an economics job-market CV's "Placement Information": the placement officers, not the candidate)
    ("references", ("references", "referees", "referee", "recommenders", "reference", "placement information",
                    "placement contacts", "placement officers", "placement director"), ("推荐人", "证明人")),
    ("teaching", ("teaching", "teaching assistant", "teaching assistantships", "mentoring", "mentees", "mentorship",
                  "trainees", "trainees supervised", "research trainees",
                  "attività didattica", "didattica", "docencia", "experiencia docente", "docência", "ensino",
                  "students supervised", "supervision", "supervised theses", "theses supervised",
                  "thesis supervision",
                  "encadrement", "encadrement doctoral", "enseignement", "lehre", "lehrtätigkeit", "betreuung",
                  "dirección de tesis", "orientações"), ("教学", "助教", "授课", "指导学生", "学生指导", "指导研究生", "研究生指导")),
    ("service", ("service", "services", "professional service", "academic service", "reviewing", "reviewer",
                 "peer review", "peer reviewing", "peer review activity", "journal reviewing",
                 "activities", "extracurricular", "leadership", "volunteering", "volunteer", "volunteer work", "memberships", "community",
                 # (Commonwealth forms: "Membership of Professional Bodies", "... of Learned Societies")
                 "membership", "professional bodies", "learned societies", "professional societies",
                 "professional associations",
                 "outreach", "organizing", "positions of responsibility", "responsibilities",
                 "leadership roles", "committee memberships", "committee membership", "committees",
                 "committee work", "board memberships"), ("服务", "活动", "社会工作", "学生工作", "学术兼职", "社会兼职")),
    # ("Work Published In": an architect's press coverage, the candidate's work in others' pages)
    ("talks", ("talks", "invited talks", "presentations", "media", "press", "appearances", "seminars",
               "work published in", "published in", "press coverage",
               "lectures", "invited lectures", "keynotes"),
     ("报告", "演讲")),
    ("projects", ("projects", "project", "research projects", "selected projects", "open source",
                  "proposal writing", "proposals",
                  # a professor's consulting engagements: projects for a client, not posts held
                  "consultancy", "consultancies", "consulting", "consultancy projects", "consulting projects",
                  "consulting engagements", "consultancy work"), ("项目", "研究计划", "研究计画")),
    ("skills", ("skills", "skill", "technical skills", "languages", "language", "tools", "technologies",
                "programming", "computer skills", "competencies", "expertise", "kenntnisse", "compétences",
                "langues", "sprachen", "competenze", "competenze digitali", "competenze linguistiche",
                "competenze personali", "lingue", "competencias", "competencias digitales", "idiomas",
                "habilidades", "competências", "competências digitais", "línguas"), ("技能", "语言", "能力", "特长", "专长")),
    ("education", ("education", "educational background", "academic background", "academic qualifications",
                   "qualifications", "professional preparation",  # (an NSF biosketch's degrees)
                   "studies", "degrees", "schooling", "academic training",
                   "institutions attended", "educational institutions attended", "schools attended",
                   # an American medical CV's sub-headings under "Education and Training"
                   "graduate and professional", "graduate and professional education",
                   "formation", "diplômes", "ausbildung", "studium", "bildungsweg", "akademischer werdegang",
                   "istruzione e formazione", "istruzione", "titoli di studio", "educación y formación",
                   "educación", "formación académica", "formación", "educação e formação", "educação",
                   "formação acadêmica", "formação académica", "formação"), ("教育", "学历", "学习经历", "毕业院校", "院校", "求学")),
    ("certificates", ("certificates", "certifications", "certification", "licenses", "licences",
                      "professional qualifications", "licensure", "board certification", "board certifications",
                      "bar admissions", "bar admission", "competitive examinations", "examinations qualified",
                      "professional registration", "professional registrations", "registration", "registrations",
                      "certificações", "certificados", "certificaciones", "certificazioni", "zertifikate"),
     ("证书", "资格", "证照")),
    ("experience", ("experience", "experiences", "employment", "work", "appointments", "appointment",
                    "positions", "position", "career", "internships", "internship", "occupations",
                    "occupation", "industry", "industrial training", "professional", "jobs", "research",
                    # a British academic's "Current and Previous Posts" (not a blog's "Recent posts")
                    "previous posts", "current posts", "current post", "posts held",
                    # an artist's "Positions and residencies", French "Postes et résidences"
                    "residencies", "postes", "résidences", "postes et résidences",
                    # the Turkish council's CV form: the posts held, in order of academic rank
                    "academic titles", "academic ranks",
                    # a physician's residency and fellowship years are posts held
                    "clinical training", "postgraduate training", "residency", "residency and fellowship",
                    "practice", "professional practice", "clinical practice", "private practice",
                    # a law CV's practice years and judicial clerkships are posts held
                    "clerkship", "clerkships", "judicial clerkship", "judicial clerkships", "legal practice",
                    "legal experience", "consulting experience", "consultancy experience",
                    "postes occupés", "expérience professionnelle", "parcours professionnel", "berufserfahrung",
                    "esperienza lavorativa", "esperienza professionale", "esperienze professionali",
                    "posizione attuale", "posizioni ricoperte", "incarichi", "incarichi di ricerca", "cargo actual",
                    "cargos", "posição atual",
                    "experiencia laboral", "experiencia profesional", "trayectoria profesional",
                    "antecedentes laborales", "antecedentes profesionales",
                    "experiência profissional", "atuação profissional", "experiência",
                    "beruflicher werdegang", "berufliche tätigkeit", "wissenschaftlicher werdegang"),
     ("工作", "实习", "经历", "任职", "科研", "实践锻炼")),
    ("summary", ("summary", "profile", "about me", "about", "overview", "objective", "bio", "biography",
                 "short bio", "introduction", "statement", "highlights"),
     # (job sites: "个人优势" and "期望职位" open a résumé, above its experience)
     ("自我评价", "个人简介", "简介", "总览", "概述", "求职意向", "自传", "个人优势", "个人总结", "个人评价",
      "期望职位", "求职条件")),  # (Taiwan's 104: "求職條件", the same in Traditional characters)
    ("personal", ("personal information", "personal details", "contact", "contact information",
                  "basic information", "personal data", "personal", "details", "information",
                  "informazioni personali", "dati personali", "datos personales", "información personal",
                  "dados pessoais", "informações pessoais", "contato", "contacto", "contatti", "kontakt",
                  "identificação", "endereço", "angaben zur person", "persönliche angaben", "persönliche daten"),
     ("个人信息", "基本信息", "联系方式", "个人资料")),
    ("other", ("others", "other", "miscellaneous", "misc", "hobbies", "interests and hobbies", "additional",
               "additional information", "conferences", "conference attendance", "workshops", "courses",
               "coursework", "relevant coursework", "trainings", "affiliations", "datasets", "news",
               "fieldwork", "field work", "field campaigns", "expeditions", "cruises",  # (campaigns, not posts)
               # an artist's shows: exhibitions are no posts, schools or papers
               "exhibitions", "solo exhibitions", "group exhibitions", "selected exhibitions", "expositions",
               "expositions personnelles", "expositions collectives",
               "patente di guida", "trattamento dei dati personali", "permiso de conducir", "carta de condução",
               "declaration", "strengths", "personal interests", "extra-curricular",
               "work in progress", "research in progress",
               # a DFG CV's "Weitere Angaben" and "Unterbrechungen der wissenschaftlichen Tätigkeit" (career breaks)
               "weitere angaben", "sonstiges", "unterbrechungen der wissenschaftlichen tätigkeit", "career breaks",
               # software a candidate wrote: not papers, however author-like its lines look
               "software", "software packages", "packages", "code"), ("其他", "爱好", "软件", "程序", "代码", "开源")),
]
# (the Chinese headings in Traditional characters too: 學歷, 經歷, 獲獎紀錄)
SECTION_KINDS = [(kind, en, both_scripts(zh)) for kind, en, zh in SECTION_KINDS]
# Words a heading may carry besides its keywords.
FILLER = {"and", "&", "/", "selected", "recent", "other", "my", "of", "list", "key", "relevant", "academic",
          "und", "et",  # (German, French "and")
          "scientific",  # (NIH: "Positions, Scientific Appointments and Honors")
          "side",  # ("Side Projects")
          "dates",  # (a Nigerian form's "Academic Qualifications with Dates")
          "professional", "technical", "research", "honors", "the", "and/or", "main", "personal", "major",
          "full", "select", "a", "in", "for", "with", "+", "|", "-", "–", "(selection)", "selection",
          "(selected)", "(chronological)", "peer-reviewed", "refereed", "journal", "conference", "international",
          "domestic", "national", "industry", "work", "invited", "current", "previous", "previously", "history",
          "record", "summary", "overview", "highlights", "achievements",
          "prior", "awarded", "experience", "experiences", "graduate", "undergraduate", "first-author",
          # "selected" in Portuguese, Spanish, Italian, French, German ("Publicações selecionadas")
          "selecionadas", "selecionados", "seleccionadas", "seleccionados", "selezionate", "selezionati",
          "sélectionnées", "choisies", "ausgewählte",
          "exams",  # ("Awards, Fellowships & Exams": an Indian CV's national tests with its prizes)
          "titulação"}  # (Lattes: "Formação acadêmica/titulação")
WEAK = {"research", "work", "professional", "industry", "position", "career", "programming", "tools",
        "personal", "details", "information", "about", "profile", "statement", "studies", "language", "project",
        "activities", "community", "media", "press", "articles", "reference", "award", "honor", "honour",
        "skill", "publication", "appointment", "occupation", "internship", "service", "jobs", "other", "contact",
        "grant",
        # ("Consulting Experience" holds posts: a consultancy alone is projects only when nothing stronger is named)
        "consultancy", "consultancies", "consulting"}
# Specific keywords first, so "Summary of My Research" is a summary, not research experience.
EN_ORDER = [(kind, k) for kind, en, _ in SECTION_KINDS for k in en if k not in WEAK] + [
    (kind, k) for kind, en, _ in SECTION_KINDS for k in en if k in WEAK]
VOCAB = {w for _, en, _ in SECTION_KINDS for k in en for w in k.split()}
STRONG = {"education", "experience", "experiences", "publications", "projects", "awards", "honors", "honours",
          "skills", "interests", "internships", "employment", "services", "teaching", "talks", "references",
          "preprints", "papers", "scholarships", "appointments", "activities", "certificates", "conferences",
          "workshops", "courses", "coursework", "hobbies", "affiliations", "grants", "funding", "books",
          "chapters", "monographs", "lectures"}
# Chinese heading words: a Chinese heading is made of these and nothing else, so a
# project title ending in 项目 or a label such as 项目描述 is not a heading.
CJK_VOCAB = sorted(set(both_scripts({
    "教育", "经历", "背景", "工作", "实习", "科研", "研究", "项目", "论文", "发表", "获奖", "情况", "荣誉", "奖项",
    "专业", "技能", "兴趣", "方向", "领域", "其他", "活动", "证书", "语言", "能力", "自我", "评价", "个人", "简介",
    "信息", "基本", "总览", "概述", "学术", "成果", "出版", "专利", "著作", "奖励", "服务", "社会", "学生", "爱好",
    "联系", "方式", "经验", "任职", "学历", "学习", "求职", "意向", "主要", "代表性", "已", "会议", "期刊", "竞赛",
    "教学", "助教", "报告", "文献", "毕业", "院校", "技术", "演讲", "基金", "资助", "推荐人", "证明人", "特长", "校园", "实践", "社团", "相关", "部分", "精选", "资格",
    "软件", "程序", "程序包", "代码", "开源", "主持", "承担", "参与", "兼职",
    "求学", "锻炼", "清单", "所获", "获得", "论著", "参加", "指导", "研究生",
    "专长", "证照", "资料", "纪录", "记录", "目录", "计划", "计画", "授课", "科目", "自传",
    "优势", "总结", "期望", "职位", "条件",  # ("求職條件": a 104 résumé's job conditions)
    "执业", "职业", "注册",  # "执业资格", "职业资格证书": a clinician's or engineer's licences
    # an NSFC form's "博士后工作经历", "主持或参加科研项目（课题）及人才计划项目情况", "曾使用其他证件信息"
    "博士后", "人才", "曾使用", "证件",
})), key=len, reverse=True)
