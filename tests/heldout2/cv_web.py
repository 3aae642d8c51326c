"""CVs that live on the web (invented): a GitHub profile README and an academic site's CV page."""
from __future__ import annotations

from pathlib import Path

README = """\
# Hi there, I'm Santiago Ibarra 👋

[![Website](https://img.shields.io/badge/Website-santiagoibarra.example.dev-blue)](https://santiagoibarra.example.dev)
[![Google Scholar](https://img.shields.io/badge/Scholar-profile-4285F4?logo=googlescholar)](https://scholar.google.com/citations?user=AbCdEfGAAAAJ)
[![LinkedIn](https://img.shields.io/badge/LinkedIn-0A66C2?logo=linkedin)](https://www.linkedin.com/in/santiago-ibarra-nlp)
[![Twitter](https://img.shields.io/twitter/follow/sibarra_nlp?style=social)](https://twitter.com/sibarra_nlp)

## 🔭 About me

- 🎓 PhD student in NLP at the **University of Edinburgh** (ILCC), supervised by Prof. Fiona MacLeod
- 🌱 Research interests: multilingual NLP, low-resource machine translation, speech translation
- 📫 Reach me at **s.ibarra@ed.example.ac.uk**
- ⚡ Fun fact: I have translated a children's book into Mapudungun

## 🎓 Education

- **PhD in Informatics** — University of Edinburgh, UK *(Sep 2022 – present)*
- **MSc in Artificial Intelligence** — University of Amsterdam, NL *(Sep 2020 – Jul 2022)*
- **BSc in Computer Engineering** — Pontificia Universidad Católica de Chile *(Mar 2015 – Dec 2019)*

## 💼 Experience

- **Applied Scientist Intern** @ Amazon Alexa AI, Cambridge, UK *(Jun 2024 – Sep 2024)*
  - Speech-to-speech translation for low-resource language pairs
- **Research Intern** @ Naver Labs Europe, Grenoble *(Jun 2023 – Sep 2023)*
- **Software Engineer** @ NotCo, Santiago *(Jan 2020 – Jul 2020)*

## 📝 Publications

1. [**Phoneme-aware subword units for low-resource speech translation**](https://aclanthology.org/2024.emnlp-main.9999/)
   **S. Ibarra**, F. MacLeod, R. Okonjo · *EMNLP 2024*
2. [**Cross-lingual transfer for Mapudungun ASR**](https://www.isca-archive.org/interspeech_2024/example.html)
   T. Reyes, **S. Ibarra**, F. MacLeod · *Interspeech 2024*
3. [**How much parallel data does a polysynthetic language need?**](https://aclanthology.org/2023.findings-acl.9999/)
   **S. Ibarra**, F. MacLeod · *Findings of ACL 2023*
4. [**Character-level evaluation metrics fail on agglutinative languages**](https://arxiv.org/abs/2501.09999)
   **S. Ibarra**, T. Reyes, F. MacLeod · *arXiv 2025*

## 🏆 Awards

- 🥇 Best Paper Award, LoResMT Workshop 2023
- 🎓 Edinburgh Informatics Global PhD Scholarship (2022)

## 🛠️ Tech Stack

![Python](https://img.shields.io/badge/-Python-3776AB?logo=python&logoColor=white)
![PyTorch](https://img.shields.io/badge/-PyTorch-EE4C2C?logo=pytorch&logoColor=white)
![fairseq](https://img.shields.io/badge/-fairseq-333)

## 📊 GitHub Stats

![stats](https://github-readme-stats.vercel.app/api?username=sibarra-nlp&show_icons=true)
"""


def build_readme(out: Path) -> dict:
    out.write_text(README, encoding="utf-8")
    return {
        "name": "Santiago Ibarra",
        "name_any": [],
        "emails": ["s.ibarra@ed.example.ac.uk"],
        "phones": [],
        "links": ["santiagoibarra.example.dev", "scholar.google.com/citations?user=AbCdEfGAAAAJ",
                  "linkedin.com/in/santiago-ibarra-nlp"],
        "education": [
            {"institution": "University of Edinburgh", "degree_level": "phd", "start": "2022-09", "end": "present"},
            {"institution": "University of Amsterdam", "degree_level": "master", "start": "2020-09", "end": "2022-07"},
            {"institution": "Pontificia Universidad Católica de Chile", "degree_level": "bachelor",
             "start": "2015-03", "end": "2019-12"},
        ],
        "experience": [
            {"organization": "Amazon Alexa AI", "title": "Applied Scientist Intern", "start": "2024-06", "end": "2024-09"},
            {"organization": "Naver Labs Europe", "title": "Research Intern", "start": "2023-06", "end": "2023-09"},
            {"organization": "NotCo", "title": "Software Engineer", "start": "2020-01", "end": "2020-07"},
        ],
        "publications_count": 4,
        "first_author_count": 3,
        "publications_sample": [
            {"title": "Phoneme-aware subword units for low-resource speech translation", "venue": "EMNLP", "year": 2024},
            {"title": "Cross-lingual transfer for Mapudungun ASR", "venue": "Interspeech", "year": 2024},
            {"title": "Character-level evaluation metrics fail on agglutinative languages", "venue": "arXiv",
             "year": 2025},
        ],
        "research_interests_any": ["multilingual nlp", "low-resource machine translation", "speech translation"],
        "awards_count": 2,
        "layout": "GitHub profile README.md, emoji headings, badge links, venue and year after a middle dot",
        "notes": "The name is in the 'Hi there, I'm ...' greeting. The Twitter badge is also a link but is not "
                 "required. Tech-stack and stats images are not content.",
    }


HTML = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CV | Yusuf Demir</title>
<link rel="stylesheet" href="/assets/css/main.css">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-EXAMPLE1"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>
</head>
<body>
<nav class="masthead"><a href="/">Home</a> <a href="/publications/">Publications</a> <a href="/cv/">CV</a>
<a href="/blog/">Blog</a></nav>
<main class="page">
<h1>Yusuf Demir</h1>
<p class="subtitle">Research Scientist, Adobe Research &middot; San Jose, CA</p>
<p>Email: yusuf.demir [at] example [dot] com &middot;
<a href="https://github.com/ydemir-hci">GitHub</a> &middot;
<a href="https://scholar.google.com/citations?user=QwErTyUAAAAJ">Google Scholar</a> &middot;
<a href="/files/demir_cv.pdf">PDF version</a></p>

<h2>Research</h2>
<p>I study usable security and privacy: how people understand data collection, and how interfaces can make
consent meaningful. Interests: usable privacy, human-AI interaction, accessibility.</p>

<h2>Employment</h2>
<table class="cv">
<tr><td class="date">2022&ndash;present</td><td><b>Research Scientist</b>, Adobe Research, San Jose, CA</td></tr>
<tr><td class="date">2020&ndash;2022</td><td><b>Postdoctoral Researcher</b>, Paul G. Allen School of Computer
Science &amp; Engineering, University of Washington</td></tr>
<tr><td class="date">Summer 2018</td><td><b>Research Intern</b>, Microsoft Research, Redmond, WA</td></tr>
</table>

<h2>Education</h2>
<table class="cv">
<tr><td class="date">2015&ndash;2020</td><td><b>Ph.D., Computer Science</b>, Carnegie Mellon University.
Thesis: <i>Designing consent that people understand</i>.</td></tr>
<tr><td class="date">2011&ndash;2015</td><td><b>B.S., Computer Engineering</b>, Bo&#287;azi&ccedil;i University,
Istanbul</td></tr>
</table>

<h2>Publications</h2>
<h3>Conference Papers</h3>
<ol reversed>
<li><b>Yusuf Demir</b>, Hannah Ostrowski, and Lakshmi Iyer. Consent flows that survive dark patterns.
<i>CHI Conference on Human Factors in Computing Systems (CHI)</i>, 2024.
<span class="badge">Best Paper</span></li>
<li>Marco Bellini, <b>Yusuf Demir</b>, and Lakshmi Iyer. Privacy nudges for voice assistants.
<i>ACM Symposium on User Interface Software and Technology (UIST)</i>, 2023.</li>
<li>Aylin Kaya, Jonah Whitfield, <b>Yusuf Demir</b>, and Ravi Deshpande. Measuring cookie-banner compliance at scale.
<i>USENIX Security Symposium</i>, 2021.</li>
<li><b>Yusuf Demir</b> and Ravi Deshpande. What do users think a privacy label means?
<i>CHI Conference on Human Factors in Computing Systems (CHI)</i>, 2019.</li>
</ol>
<h3>Journal Articles</h3>
<ol reversed>
<li><b>Yusuf Demir</b>, Aylin Kaya, and Ravi Deshpande. Collective privacy decisions in shared smart homes.
<i>Proceedings of the ACM on Human-Computer Interaction (CSCW)</i>, 6(2), 2022.</li>
<li>Hannah Ostrowski and <b>Yusuf Demir</b>. Accessible authentication for blind users.
<i>ACM Transactions on Computer-Human Interaction (TOCHI)</i>, 28(4), 2021.</li>
</ol>

<h2>Awards</h2>
<ul>
<li>Best Paper Award, CHI 2024</li>
<li>Google PhD Fellowship in Privacy and Security, 2018</li>
<li>CMU Presidential Fellowship, 2015</li>
</ul>

<h2>Service</h2>
<ul>
<li>Program Committee: CHI (2022&ndash;2025), SOUPS (2021&ndash;2024)</li>
<li>Associate Chair, CSCW 2023</li>
</ul>
</main>
<footer>&copy; 2025 Yusuf Demir. Last updated March 2025. Powered by Jekyll &amp; Minimal Mistakes.</footer>
</body>
</html>
"""


def build_html(out: Path) -> dict:
    out.write_text(HTML, encoding="utf-8")
    return {
        "name": "Yusuf Demir",
        "name_any": [],
        "emails": ["yusuf.demir@example.com"],
        "phones": [],
        "links": ["github.com/ydemir-hci", "scholar.google.com/citations?user=QwErTyUAAAAJ"],
        "education": [
            {"institution": "Carnegie Mellon University", "degree_level": "phd", "start": "2015", "end": "2020"},
            {"institution": "Boğaziçi University", "degree_level": "bachelor", "start": "2011", "end": "2015"},
        ],
        "experience": [
            {"organization": "Adobe Research", "title": "Research Scientist", "start": "2022", "end": "present"},
            {"organization": "University of Washington", "title": "Postdoctoral Researcher", "start": "2020",
             "end": "2022"},
            {"organization": "Microsoft Research", "title": "Research Intern", "start": "2018", "end": "2018"},
        ],
        "publications_count": 6,
        "first_author_count": 3,
        "publications_sample": [
            {"title": "Consent flows that survive dark patterns", "venue": "CHI", "year": 2024},
            {"title": "Privacy nudges for voice assistants", "venue": "UIST", "year": 2023},
            {"title": "Measuring cookie-banner compliance at scale", "venue": "USENIX Security Symposium", "year": 2021},
            {"title": "Accessible authentication for blind users", "venue": "TOCHI", "year": 2021},
        ],
        "research_interests_any": ["usable privacy", "human-ai interaction", "accessibility"],
        "awards_count": 3,
        "layout": "HTML page of a Jekyll academic site: nav, date/entry tables, reversed ordered lists, footer",
        "notes": "The e-mail is written 'yusuf.demir [at] example [dot] com'; a reader reads "
                 "yusuf.demir@example.com. 'Summer 2018' is the year 2018. The 'Best Paper' badge on a "
                 "publication repeats the first award and is not a separate award.",
    }
