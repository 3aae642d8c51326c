"""The parser's orchestra: document lines → sections → fields → Profile.

Each field has its own module; this one decides which lines each parser sees
(a References section never feeds contact details, entries outside an
Experience section must be complete to count), merges what a bilingual
document states twice, and records provenance, confidence and warnings.
"""
from __future__ import annotations

from dataclasses import replace

from reviewer.extract import ExtractedDocument
from reviewer.parsing.addresses import rejoin_broken_addresses
from reviewer.parsing.awards import as_award, awards_from_fields, parse_awards, prizes_among_papers
from reviewer.parsing.candidate_contact import NOT_CANDIDATE, own_emails, own_phones, read_contact
from reviewer.parsing.cleaning import (
    Clean,
    body_lines,
    close_cjk_spacing,
    furniture,
    gregorian_years,
    repair_ligatures,
)
from reviewer.parsing.columnflow import rejoin_column_continuations
from reviewer.parsing.contact import (
    candidate_links,
    merge_links,
)
from reviewer.parsing.entries import read_entries
from reviewer.parsing.europass import normalise_labels
from reviewer.parsing.interests import hobbies, read_interests
from reviewer.parsing.labelheads import split_label_headings
from reviewer.parsing.labelrows import split_label_rows
from reviewer.parsing.lines import Line, document_lines
from reviewer.parsing.lists import merged, parse_list, skills_from_fields
from reviewer.parsing.names import find_name
from reviewer.parsing.pubblocks import paper_block_lines
from reviewer.parsing.pubfind import cut_at_foreign_heading, is_publication_subheading, publication_runs
from reviewer.parsing.pubheads import PATENTS_ONLY_HEADING_RE
from reviewer.parsing.publications import parse_publications, without_repeats
from reviewer.parsing.pubsplit import continues_references
from reviewer.parsing.sections import LOOSE_TEXT, Section, heading_text, lines_of, split_sections
from reviewer.parsing.sectionshape import (
    holds_posts,
    kind_from_content,
    skills_with_honours,
    without_table_header,
)
from reviewer.parsing.wrapdates import stitch_wrapped_dates
from reviewer.profile import LOW_CONFIDENCE, Award, Education, Evidence, Experience, Profile, Publication

# Sections whose contact details, links and entries are someone else's or about other things.
# Parse time grows with length (~1 ms a line); the longest real CV seen has ~550
# lines, so a log file or book saved as .txt must not hold a worker for minutes.
MAX_LINES = 4000
_NOT_PAPERS = {"publications", "references", "talks"}  # sections never searched for stray papers
_DATED_ENTRIES = {"education", "experience", "projects", "teaching"}


def _span(sections: list[Section], i: int, lines: list[Line], skip: set[int]) -> list[Line]:
    """The document lines of section i, heading excluded, as part B's parsers want them:
    blank lines kept (they separate references), page furniture dropped."""
    s = sections[i]
    if not s.heading:
        return [c.line for c in s.lines]
    end = next((t.heading.index for t in sections[i + 1:] if t.heading), len(lines))
    # "Honours and awards<tab>2022 – Best Paper": the first item shares the heading's line
    first = [replace(s.lines[0].line, text=s.lines[0].text)] if s.lines and s.lines[0].index == s.heading.index else []
    span = [ln for ln in lines[s.heading.index + 1:end] if ln.index not in skip and ln.index not in s.given]
    for after, moved in s.taken:  # lines of this section's column from the next page (columnflow)
        at = next((k + 1 for k, ln in enumerate(span) if ln.index == after), len(span))
        span[at:at] = moved
    return first + span


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
        while j < len(sections) and sections[j].kind in LOOSE_TEXT and (loose := sections[j].heading):
            more = [loose.line] + _span(sections, j, lines, skip)
            if not continues_references(more):
                break
            span += more
            j += 1
        heading = sections[i].heading
        span = cut_at_foreign_heading(heading.line if heading else None, span)
        if heading and PATENTS_ONLY_HEADING_RE.match(heading_text(heading.text)):  # ("C. Patents")
            # a "Patents" section: listed like papers, counted as none - up to a papers sub-heading
            # inside it ("Selected Publications" under the patents, the section's heading not repeated)
            k = next((n for n, ln in enumerate(span) if is_publication_subheading(ln.text)), None)
            if k is None:
                i = j
                continue
            span = span[k:]
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
            span = without_table_header(_span(sections, i, lines, skip))
            # papers printed under "Honors and Awards" are publications, not prizes
            papers = {ln.index for _, body in publication_runs(span) for ln in body}
            out.extend(parse_awards([ln for ln in span if ln.index not in papers]))
    if not out:  # "Honors: X (2019)." on a line of "Skills & Interests" or "Additional"
        out = awards_from_fields([c.line for s in sections if s.kind in _AWARD_FIELD_KINDS for c in s.lines])
    return out


# (and after a paper list: "授权专利：…" / "荣誉奖励：…" rows close a job site's 科研成果 block)
_AWARD_FIELD_KINDS = {"skills", "interests", "other", "summary", "personal", "unknown", "header", "education",
                      "publications"}


_SECTION_NAMES = {"education": "Education", "experience": "Experience", "publications": "Publications",
                  "awards": "Awards", "interests": "Research interests", "skills": "Skills"}


def _silent_sections(sections: list[Section], found: dict[str, list]) -> list[str]:
    """A section the document clearly has (a heading with lines under it) that gave nothing:
    say so, rather than show an empty field as if the CV had none."""
    out: list[str] = []
    for kind, items in found.items():
        heads = [s for s in sections if s.kind == kind and s.heading and any(c.text.strip() for c in s.lines)
                 and not (kind == "interests" and hobbies(s))  # pastimes are not research interests
                 and not (kind == "publications" and PATENTS_ONLY_HEADING_RE.match(heading_text(s.heading.text)))]
        if heads and not items:
            out.append(f'{_SECTION_NAMES[kind]} section "{heads[0].title.strip()[:40]}" found, but nothing '
                       "could be read from it: check the document")
    return out


def parse(doc: ExtractedDocument, source: str) -> Profile:
    warnings: list[str] = list(doc.warnings)
    lines, skip, body, sections = _read_sections(doc, warnings)
    contact = read_contact(doc, lines, sections, skip)
    evidence = dict(contact.evidence)
    guess = find_name(body, sections, contact.emails, [*contact.links, *doc.links])
    if guess:
        _end_section_at_name(sections, guess.line)
    name = guess.name if guess else None
    emails = own_emails(contact.emails, name)
    phones = own_phones(contact.phones, lines, emails)
    for field_name, before, after in (("emails", contact.emails, emails), ("phones", contact.phones, phones)):
        if after[:1] != before[:1]:
            evidence.pop(field_name, None)  # (it pointed at someone else's address or number)
    contact.emails, contact.phones = emails, phones
    mentions = " ".join(c.text for c in lines_of(sections, NOT_CANDIDATE, exclude=True))
    links = merge_links(contact.links, candidate_links([*contact.elsewhere, *doc.links], contact.header_text,
                                                       name, contact.emails, mentions))
    if guess:
        evidence["name"] = guess.line.line.evidence(guess.confidence)
        if guess.confidence < 0.75:
            warnings.append(f"name guessed ({guess.how}): check it")
    else:
        warnings.append("no name found: set it by hand")

    education, experience = read_entries(sections, warnings)
    interests = read_interests(sections, body)
    skills = merged([i for s in sections if s.kind == "skills" for i in parse_list(s.lines)],
                     skills_from_fields(lines_of(sections, {"skills"}, exclude=True)))
    publications = _publications(sections, lines, name, skip)
    if not publications and any(s.kind == "publications" and len(s.lines) >= 2 for s in sections):
        # a list the parser could not read must not pass for a candidate with no papers
        warnings.append("a publications section was found but no publication was read from it: check it")
    awards = _awards(sections, lines, skip)
    if prizes := prizes_among_papers(publications):  # a prize listed with the papers is a prize
        publications = [p for p in publications if not any(p is q for q in prizes)]
        known = {a.title for a in awards}
        awards += [a for a in map(as_award, prizes) if a.title not in known]

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
    # (before any word is classified)
    lines = rejoin_broken_addresses(gregorian_years(close_cjk_spacing(repair_ligatures(document_lines(doc)))))
    if len(lines) > MAX_LINES:
        warnings.append(f"parsed the first {MAX_LINES:,} of {len(lines):,} lines (too long for a CV)")
        lines = lines[:MAX_LINES]
    skip = furniture(lines)  # page furniture, found once: body, contact, papers and awards all need it
    body = split_label_headings(body_lines(lines, skip))  # "WORK<tab>Acme …": a label column's headings
    sections = split_label_rows(split_sections(body))  # Europass "Publications – A. Author, …" rows
    rejoin_column_continuations(sections)  # a side bar's last section does not take page two
    for s in sections:
        s.lines = without_table_header(s.lines)  # "Period | Degree | Institution"
        if s.kind == "unknown":  # "Where I learned", "Shiny things": what the entries are says
            s.kind = kind_from_content(s.lines) or "unknown"
        elif s.kind == "awards" and s.heading and skills_with_honours(s.heading.text, s.lines):
            s.kind = "skills"
        elif (s.kind == "experience" and s.heading and heading_text(s.heading.text).lower() in _RESEARCH_HEADINGS
              and kind_from_content(s.lines) == "publications" and not holds_posts(s.lines)):
            s.kind = "publications"  # an academic homepage's "Research": its papers, title over authors over venue
        s.lines = normalise_labels(s.lines)  # Europass "Occupation or position held  X" rows
        if s.kind in _DATED_ENTRIES:
            s.lines = stitch_wrapped_dates(s.lines)  # "2016 | Org" ... "2021" below: one range
            papers = paper_block_lines([c.line for c in s.lines]) | _listed_papers(s.lines)  # read as publications
            s.lines = [c for c in s.lines if c.index not in papers] if papers else s.lines
    return lines, skip, body, sections


_RESEARCH_HEADINGS = {"research", "selected research", "research highlights"}
_BANNER_SCALE = 1.3  # a name set this much larger than a section's text is a banner, not one of its items
_SIDE_BAR_KINDS = {"publications", "skills", "certificates", "awards", "interests", "other"}


def _end_section_at_name(sections: list[Section], name: Clean) -> None:
    """A side bar read before the main column ("Contact", "Skills", "Awards", then the banner
    with the name): the last side-bar section ends where the name's banner begins, so the
    name, the tagline and the profile under it are not read as that section's items."""
    for k, s in enumerate(sections):
        at = next((n for n, c in enumerate(s.lines) if c is name), None)
        if at is None or s.kind in ("header", "personal", "summary", "unknown"):
            continue
        sizes = sorted(c.line.size for c in s.lines[:at] if c.line.size)
        if sizes and (name.line.size or 0) < _BANNER_SCALE * sizes[len(sizes) // 2]:
            return
        if not sizes and not (at and s.kind in _SIDE_BAR_KINDS):
            return  # (text without sizes: a side bar's list, the name after its items, as LinkedIn pastes)
        sections.insert(k + 1, Section("header", name, s.lines[at + 1:]))
        s.lines = s.lines[:at]
        return


def _listed_papers(lines: list[Clean]) -> set[int]:
    """Indices of a paper list inside a section of entries ("发表 SCI 论文:" and its papers under
    研究经历), its sub-heading too: papers, not jobs dated by their years."""
    found: set[int] = set()
    plain = [c.line for c in lines]
    for sub, body in publication_runs(plain):
        found.update(ln.index for ln in body)
        at = next((k for k, ln in enumerate(plain) if body and ln.index == body[0].index), None)
        if sub and at:
            found.add(plain[at - 1].index)
    return found


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
