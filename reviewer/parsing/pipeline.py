"""The parser's orchestra: document lines → sections → fields → Profile.

Each field has its own module; this one decides which lines each parser sees
(a References section never feeds contact details, entries outside an
Experience section must be complete to count), merges what a bilingual
document states twice, and records provenance, confidence and warnings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reviewer.extract import ExtractedDocument
from reviewer.parsing.awards import parse_awards
from reviewer.parsing.cleaning import Clean, body_lines, clean_line, furniture, repair_ligatures
from reviewer.parsing.contact import (
    candidate_links,
    find_emails,
    find_links,
    find_phones,
    guess_region,
    labelled_own_links,
    merge_links,
)
from reviewer.parsing.dedupe import dedupe_education, dedupe_experience
from reviewer.parsing.education import education_from_fields, parse_education, school_fields
from reviewer.parsing.europass import normalise_labels
from reviewer.parsing.experience import parse_experience
from reviewer.parsing.lexicon import INSTITUTION_RE, ORG_WORDS, ROLE_RE
from reviewer.parsing.lines import Line, document_lines
from reviewer.parsing.lists import (
    interests_from_fields,
    interests_from_intro,
    interests_from_statement,
    interests_of_section,
    parse_list,
    skills_from_fields,
)
from reviewer.parsing.names import find_name
from reviewer.parsing.needles import folded, may_match, needles
from reviewer.parsing.posts import employed_as, titled_post
from reviewer.parsing.pubblocks import paper_block_lines
from reviewer.parsing.pubfind import cut_at_foreign_heading, publication_runs
from reviewer.parsing.publications import parse_publications, without_repeats
from reviewer.parsing.pubsplit import continues_references
from reviewer.parsing.routing import route_entries
from reviewer.parsing.sections import Section, split_sections
from reviewer.parsing.wrapdates import stitch_wrapped_dates
from reviewer.profile import LOW_CONFIDENCE, Award, Education, Evidence, Experience, Profile, Publication

# Sections whose contact details, links and entries are someone else's or about other things.
# Parse time grows with length (~1 ms a line); the longest real CV seen has ~550
# lines, so a log file or book saved as .txt must not hold a worker for minutes.
MAX_LINES = 4000
_NOT_CANDIDATE = {"references"}
_NO_LINKS = {"references", "publications", "projects"}
_SOMEONE_ELSE = re.compile(
    r"(?i)\b(?:advis[oe]rs?|supervisors?|mentors?|referees?|references?|recommenders?|committee|"
    r"professor|pi)\b|\bprof\.?(?=\s|$)|导师|推荐人")  # "Prof. X": no word boundary follows a full stop
# "Placement Director: Prof. X, x@uni.edu, +1 ...": a labelled line that introduces someone
# who acts for the candidate (a department's job-market staff) gives that person's details
_SOMEONE_ELSE_SCREEN = needles(_SOMEONE_ELSE, shortest=2)  # most lines name no one: skip the scan
_STAFF_LABEL = re.compile(
    r"(?i)^\W*(?:[\w.-]+\s+){0,3}(?:placement|director|administrator|coordinator|officer|chair)\s*[:：]")
# "I am advised by Prof. X. My homepage is ...": the writer's own sentence about an advisor
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I am|[Mm]y)\b|我的?")
_TEACHING_POST = re.compile(
    r"(?i)^(?:(?:graduate|undergraduate|head|senior|lead)\s+)?(?:teaching\s+(?:assistant|fellow|associate)|"
    r"instructor|lecturer|adjunct\b.*)$")
_JOB_WORD = re.compile(r"(?i)实习|工作|任职|\b(?:internships?|employment|work|jobs?)\b")
# "Writing Tutor", "Senior Editor": capitalised words only ("Taught by Professor X" is a course note)
_PLAIN_ROLE = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3}")
_LINK_ZONE = {"header", "personal", "summary"}
_NOT_PAPERS = {"publications", "references", "talks"}  # sections never searched for stray papers
_DATED_ENTRIES = {"education", "experience", "projects", "teaching"}
_LOOSE_TEXT = {"header", "summary", "personal", "unknown", "other"}


def _lines_of(sections: list[Section], kinds: set[str], *, exclude: bool = False) -> list[Clean]:
    return [c for s in sections if (s.kind in kinds) != exclude for c in s.lines]


def _span(sections: list[Section], i: int, lines: list[Line], skip: set[int]) -> list[Line]:
    """The document lines of section i, heading excluded, as part B's parsers want them:
    blank lines kept (they separate references), page furniture dropped."""
    s = sections[i]
    if not s.heading:
        return [c.line for c in s.lines]
    end = next((t.heading.index for t in sections[i + 1:] if t.heading), len(lines))
    # "Honours and awards<tab>2022 – Best Paper": the first item shares the heading's line
    first = [replace(s.lines[0].line, text=s.lines[0].text)] if s.lines and s.lines[0].index == s.heading.index else []
    return first + [ln for ln in lines[s.heading.index + 1:end] if ln.index not in skip]


# Pastimes: an "Interests" section that names these is about hobbies, not research.
_HOBBY = re.compile(
    r"(?i)\b(?:runn(?:er|ing)|marathons?|half-marathon|chess|hiking|climbing|cycling|swimming|football|soccer|tennis|"
    r"basketball|yoga|cooking|baking|travel(?:l?ing)?|photography|piano|guitar|violin|singing|choir|painting|"
    r"reading novels|gardening|skiing|surfing|sailing|board games|volunteer(?:ing)?)\b|爱好|运动|旅行|摄影|篮球|足球|羽毛球")


def _hobbies(section: Section) -> bool:
    """An "Interests" section (no "research" in its heading) that lists pastimes."""
    head = section.heading.text if section.heading else ""
    if re.search(r"(?i)research|academic|scientific|研究|学术", head):
        return False
    return bool(_HOBBY.search(" ".join(c.text for c in section.lines)))


def _publications(sections: list[Section], lines: list[Line], name: str | None, skip: set[int]) -> list[Publication]:
    out: list[Publication] = []
    i = 0
    while i < len(sections):
        if sections[i].kind != "publications":
            i += 1
            continue
        span = _span(sections, i, lines, skip)
        # A wrapped title line, a note under a reference ("– Best Paper") or a
        # topic line ("Misc:") can pass for a heading: keep the list whole.
        j = i + 1
        while j < len(sections) and sections[j].kind in _LOOSE_TEXT and sections[j].heading:
            more = [sections[j].heading.line] + _span(sections, j, lines, skip)
            if not continues_references(more):
                break
            span += more
            j += 1
        heading = sections[i].heading
        span = cut_at_foreign_heading(heading.line if heading else None, span)
        out.extend(parse_publications(span, name, heading.text if heading else None))
        i = j
    out.extend(_stray_publications(sections, lines, name, skip))
    return without_repeats(out)


def _stray_publications(sections: list[Section], lines: list[Line], name: str | None, skip: set[int]) -> list[Publication]:
    """Papers listed inside other sections ("Selected Papers" under Research Experience,
    papers under Honors and Awards): see reviewer.parsing.pubfind."""
    out: list[Publication] = []
    for i, s in enumerate(sections):
        if s.kind in _NOT_PAPERS:
            continue
        for sub, body in publication_runs(_span(sections, i, lines, skip)):
            out.extend(parse_publications(body, name, sub))
    return out


def _awards(sections: list[Section], lines: list[Line], skip: set[int]) -> list[Award]:
    out: list[Award] = []
    for i, s in enumerate(sections):
        if s.kind == "awards":
            span = _span(sections, i, lines, skip)
            # papers printed under "Honors and Awards" are publications, not prizes
            papers = {ln.index for _, body in publication_runs(span) for ln in body}
            out.extend(parse_awards([ln for ln in span if ln.index not in papers]))
    return out


@dataclass
class _Contact:
    emails: list[str]
    phones: list[str]
    links: list[str]  # header links; hyperlinks and links elsewhere are added once the name is known
    elsewhere: list[str]
    header_text: str
    evidence: dict[str, Evidence]


def _is_staff_label(text: str) -> bool:
    # the label ends with a colon: a substring test spares most lines the pattern
    return (":" in text or "：" in text) and bool(_STAFF_LABEL.match(text))


def _someone_else(text: str) -> bool:
    return may_match(_SOMEONE_ELSE_SCREEN, text, folded(text)) and bool(_SOMEONE_ELSE.search(text))


def _contact(doc: ExtractedDocument, lines: list[Line], sections: list[Section], repeated: set[int]) -> _Contact:
    """Contact details from every line (bare numbers are not in the body), minus References;
    a line about an advisor or referee ("Advisor: Prof. X, x@uni.edu") only when nothing else is found."""
    foreign = {c.index for c in _lines_of(sections, _NOT_CANDIDATE)}
    own = [clean_line(ln) for ln in lines if ln.index not in foreign and ln.text.strip()]
    header = {c.index for c in _lines_of(sections, _LINK_ZONE)}
    others = {c.index for c in own if (_someone_else(c.text) and not _FIRST_PERSON.search(c.text) and (
        c.index not in header or re.search(r"(?i)advis|supervis|mentor|refere|recommend|导师|推荐人", c.text)))
        or _is_staff_label(c.text)}
    emails = find_emails([c for c in own if c.index not in others]) or find_emails(own)
    # publication lists hold page ranges, ids and grant numbers, never the candidate's phone
    pubs = {c.index for c in _lines_of(sections, {"publications"})}
    header = "\n".join(c.raw for c in _lines_of(sections, _LINK_ZONE))
    not_phones = pubs | others  # built once, not once per line
    phones = find_phones([c for c in own if c.index not in not_phones], guess_region(doc.text, emails, header))
    # links printed in the header zone are the candidate's; elsewhere they must prove it
    loose = [c for c in _lines_of(sections, _LINK_ZONE) if c.index not in others]
    owned = [c for c in _lines_of(sections, _NO_LINKS, exclude=True) if c.index not in others]
    # a running header or footer repeats what the writer puts on every page: their own site
    running = [clean_line(ln) for ln in lines if ln.index in repeated and ln.text.strip()]
    links = merge_links(find_links(loose), labelled_own_links(owned), find_links(running))
    elsewhere = find_links([c for c in _lines_of(sections, _NO_LINKS | _LINK_ZONE, exclude=True)
                            if c.index not in others])
    evidence: dict[str, Evidence] = {}
    for field_name, values in (("emails", emails), ("phones", phones), ("links", links)):
        if values:
            key = values[0].lower().split("//")[-1].removeprefix("www.").rstrip("/")
            digits = key.lstrip("+")[-6:] if field_name == "phones" else None
            src = next((c for c in own if (digits and digits in re.sub(r"\D", "", c.raw))
                        or (not digits and key in c.raw.lower())), None)
            if src:
                evidence[field_name] = src.line.evidence()
    return _Contact(emails, phones, links, elsewhere, "\n".join(c.raw for c in loose), evidence)


def _entries(sections: list[Section], warnings: list[str]) -> tuple[list[Education], list[Experience]]:
    kinds = {s.kind for s in sections}
    # a mixed "Education and Employment" section: each entry goes where its own shape says
    routed = {id(s): route_entries(s.lines, s.kind) for s in sections if s.kind in ("education", "experience")}
    education = [e for s in sections if s.kind == "education" for e in parse_education(routed[id(s)][0])]
    education += [e for s in sections if s.kind == "experience" for e in parse_education(routed[id(s)][1])]
    if not education:
        education = education_from_fields(_lines_of(sections, _LOOSE_TEXT))
    else:  # a form's "本科院校: X" field in the header states a degree even beside an Education section
        education += [e for e in school_fields(_lines_of(sections, _LOOSE_TEXT))
                      if not any(e.institution == d.institution for d in education)]
    if not education:  # "PhD student, Northfield University, 2019 – present" under the name
        education = [e for s in sections if s.kind in _LOOSE_TEXT for e in parse_education(s.lines, strict=True)]
    if "education" not in kinds and not education:
        warnings.append("no education section found")
    experience = [e for s in sections if s.kind == "experience" for e in parse_experience(routed[id(s)][0])]
    experience += [e for s in sections if s.kind == "education" for e in parse_experience(routed[id(s)][1])]
    for s in sections:
        if s.kind in _LOOSE_TEXT:  # a job stated before any heading, or under an unknown one
            experience.extend(parse_experience(s.lines, strict=True))
        elif s.kind == "teaching":
            # "2022 – 2024  Teaching Assistant, Some University": a teaching post held at an
            # institution is a job; a course taught ("Calculus | TA") is not
            # ...and so is a paid post under "Teaching & Writing Experience" ("Writing Tutor" at a
            # "Writing Center"): a role word at an organisation that says it is one
            experience.extend(e for e in parse_experience(s.lines, strict=True)
                              if (_TEACHING_POST.match(e.title or "") and INSTITUTION_RE.search(e.organization or ""))
                              or _employer_first_post(e) or titled_post(e))
        elif s.kind == "projects" and _JOB_WORD.search(s.title):
            # "项目与实习经历", "Work & Projects": the rows at a company are jobs ("Acme Ltd | Role | dates")
            experience.extend(e for e in parse_experience(s.lines, strict=True)
                              if re.search(r"公司|集团|银行|事务所|研究院|研究所|实验室", e.organization or "")
                              or ORG_WORDS.search(e.organization or "") or employed_as(e))
    return (sorted(dedupe_education(education), key=_doc_order),
            sorted(dedupe_experience(experience), key=_doc_order))


_SECTION_NAMES = {"education": "Education", "experience": "Experience", "publications": "Publications",
                  "awards": "Awards", "interests": "Research interests", "skills": "Skills"}


def _silent_sections(sections: list[Section], found: dict[str, list]) -> list[str]:
    """A section the document clearly has (a heading with lines under it) that gave nothing:
    say so, rather than show an empty field as if the CV had none."""
    out: list[str] = []
    for kind, items in found.items():
        heads = [s for s in sections if s.kind == kind and s.heading and any(c.text.strip() for c in s.lines)
                 and not (kind == "interests" and _hobbies(s))]  # pastimes are not research interests
        if heads and not items:
            out.append(f'{_SECTION_NAMES[kind]} section "{heads[0].title.strip()[:40]}" found, but nothing '
                       "could be read from it: check the document")
    return out


def _employer_first_post(e: Experience) -> bool:
    """"Writing Center ....... 07/2025 – Present" over "Writing Tutor": a post laid out like a
    job, the employer heading the entry and a plain role under it ("Tutor, Course X,
    Department" names a course first and stays teaching)."""
    org, title = e.organization or "", e.title or ""
    head = e.evidence.text if e.evidence else ""
    return bool(_PLAIN_ROLE.fullmatch(title) and ROLE_RE.search(title) and ORG_WORDS.search(org)
                and len(org.split()) >= 2 and head.startswith(org) and title not in head)


def _doc_order(entry: Education | Experience) -> int:
    """Entries in the order the document gives them (a job stated in the header comes first)."""
    return entry.evidence.line if entry.evidence and entry.evidence.line is not None else 10**9


def _merged(first: list[str], more: list[str]) -> list[str]:
    """`first`, then the items of `more` it does not have (case-insensitively)."""
    out = list(first)
    seen = {x.casefold() for x in out}
    for x in more:
        if x.casefold() not in seen:
            seen.add(x.casefold())
            out.append(x)
    return out


def parse(doc: ExtractedDocument, source: str) -> Profile:
    warnings: list[str] = list(doc.warnings)
    lines, skip, body, sections = _read_sections(doc, warnings)
    contact = _contact(doc, lines, sections, skip)
    evidence = dict(contact.evidence)
    guess = find_name(body, sections, contact.emails, [*contact.links, *doc.links])
    name = guess.name if guess else None
    mentions = " ".join(c.text for c in _lines_of(sections, _NOT_CANDIDATE, exclude=True))
    links = merge_links(contact.links, candidate_links([*contact.elsewhere, *doc.links], contact.header_text,
                                                       name, contact.emails, mentions))
    if guess:
        evidence["name"] = guess.line.line.evidence(guess.confidence)
        if guess.confidence < 0.75:
            warnings.append(f"name guessed ({guess.how}): check it")
    else:
        warnings.append("no name found: set it by hand")

    education, experience = _entries(sections, warnings)
    interests = _interests(sections, body)
    skills = _merged([i for s in sections if s.kind == "skills" for i in parse_list(s.lines)],
                     skills_from_fields(_lines_of(sections, {"skills"}, exclude=True)))
    publications = _publications(sections, lines, name, skip)
    if not publications and any(s.kind == "publications" and len(s.lines) >= 2 for s in sections):
        # a list the parser could not read must not pass for a candidate with no papers
        warnings.append("a publications section was found but no publication was read from it: check it")
    awards = _awards(sections, lines, skip)

    _note_evidence(sections, evidence, warnings, education, experience, interests, skills)
    if not contact.emails:
        warnings.append("no e-mail address found")
    warnings.extend(_silent_sections(sections, {
        "education": education, "experience": experience, "publications": publications,
        "awards": awards, "interests": interests, "skills": skills}))

    return Profile(
        source=source, name=name, emails=contact.emails, phones=contact.phones, links=links,
        education=education, experience=experience, publications=publications,
        research_interests=interests, skills=skills, awards=awards,
        warnings=warnings, field_evidence=evidence,
    )


def _read_sections(doc: ExtractedDocument, warnings: list[str]) -> tuple[list[Line], set[int], list[Clean], list[Section]]:
    """The document's lines, its page furniture, the body lines and the sections they fall into."""
    lines = repair_ligatures(document_lines(doc))  # before any word is classified
    if len(lines) > MAX_LINES:
        warnings.append(f"parsed the first {MAX_LINES:,} of {len(lines):,} lines (too long for a CV)")
        lines = lines[:MAX_LINES]
    skip = furniture(lines)  # page furniture, found once: body, contact, papers and awards all need it
    body = body_lines(lines, skip)
    sections = split_sections(body)
    for s in sections:
        s.lines = normalise_labels(s.lines)  # Europass "Occupation or position held  X" rows
        if s.kind in _DATED_ENTRIES:
            s.lines = stitch_wrapped_dates(s.lines)  # "2016 | Org" ... "2021" below: one range
            papers = paper_block_lines([c.line for c in s.lines])  # read as publications instead
            s.lines = [c for c in s.lines if c.index not in papers] if papers else s.lines
    return lines, skip, body, sections


def _interests(sections: list[Section], body: list[Clean]) -> list[str]:
    interests = _merged([i for s in sections if s.kind == "interests" and not _hobbies(s)
                         for i in interests_of_section(s.lines)], interests_from_fields(body))
    if not interests:  # no list anywhere: what the introduction says the candidate studies
        interests = interests_from_intro([c for s in sections if s.kind in ("summary", "header") for c in s.lines])
    # "我的研究兴趣涵盖了A、B和C。" in any paragraph of the candidate's own: a first-person
    # statement adds to a list stated elsewhere
    return _merged(interests, [i for s in sections if s.kind not in ("publications", "references")
                               for i in interests_from_statement(s.lines)])


def _note_evidence(sections: list[Section], evidence: dict[str, Evidence], warnings: list[str],
                   education: list[Education], experience: list[Experience],
                   interests: list[str], skills: list[str]) -> None:
    """Where each field was read (its first entry's line), and a warning for weak entries."""
    entries: tuple[tuple[str, list[Education] | list[Experience]], ...] = (
        ("education", education), ("experience", experience))
    for label, items in entries:
        weak = [e for e in items if e.evidence and e.evidence.confidence < LOW_CONFIDENCE]
        if weak:
            warnings.append(f"{len(weak)} {label} entr{'y' if len(weak) == 1 else 'ies'} read with low confidence")
        if items and items[0].evidence:
            evidence[label] = items[0].evidence
    for label, kind, values in (("research_interests", "interests", interests), ("skills", "skills", skills)):
        first = next((c for sec in sections if sec.kind == kind for c in sec.lines), None)
        if values and first:
            evidence[label] = first.line.evidence(0.8)
