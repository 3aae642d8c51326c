"""Phone, e-mail and link rules on invented contact lines."""
from __future__ import annotations

import pytest

from reviewer.parsing.cleaning import clean_line
from reviewer.parsing.contact import find_emails, find_links, find_phones, guess_region, merge_links
from reviewer.parsing.lines import Line
from tests.parsing_support import parse_text


def _c(text: str):
    return [clean_line(Line(text, 0))]


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("Tel/Wechat: (+86) 13912345678", "CN", ["+8613912345678"]),
        ("手机：139 1234 5678", "CN", ["+8613912345678"]),
        ("139 1234 5678", "CN", ["+8613912345678"]),
        ("Mobile +1 (617) 555 0142", "US", ["+16175550142"]),
        ("617-555-0142", "US", ["+16175550142"]),
        ("phone: 617.555.0142", "US", ["+16175550142"]),
        ("tel:(+82) 10-2345-6789", "US", ["+821023456789"]),
        ("+44 20 7946 0958", "US", ["+442079460958"]),
    ],
)
def test_phones_to_e164(text: str, region: str, expected: list[str]) -> None:
    assert find_phones(_c(text), region) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2013.09-2017.06 Northfield University",
        "Beihang Road 37, Beijing, China, 100084",
        "2019.9-2022.1",
        "doi: 10.1109/ICRA48506.2021.9561138",
        "arXiv:2301.06987",
        "ID number 110101199003071234",
        "Served 2015 - 2019, 2020 - 2021",
    ],
)
def test_not_phones(text: str) -> None:
    assert find_phones(_c(text), guess_region(text + " 中文")) == []
    assert find_phones(_c(text), "US") == []


def test_region_guess() -> None:
    assert guess_region("姓名：王小明") == "CN"
    assert guess_region("call +86 139 1234 5678") == "CN"
    assert guess_region("Dana Quill, Boston") == "US"
    # the country inside an address line that goes on with the e-mail and the number
    line = "The Invented University, SA 5005, Australia, dq@example.com, 0491 570 156"
    assert guess_region(line, ["dq@example.com"], header=line) == "AU"
    assert find_phones(_c(line), guess_region(line, ["dq@example.com"], header=line)) == ["+61491570156"]


def test_emails_plain_and_obfuscated() -> None:
    lines = _c("E-mail: dana.quill@northfield.edu | dq [at] mail [dot] example [dot] org")
    assert find_emails(lines) == ["dana.quill@northfield.edu"]
    assert find_emails(_c("dq [at] mail [dot] example [dot] org")) == ["dq@mail.example.org"]
    assert find_emails(_c("mailto:dq@example.com")) == ["dq@example.com"]


def test_links_are_personal_and_deduplicated() -> None:
    lines = _c("Homepage: https://dquill.github.io/ | GitHub: dquill | LinkedIn: /in/dana-quill | www.dquill.dev")
    links = find_links(lines)
    assert "https://dquill.github.io/" in links
    assert "github.com/dquill" in links
    assert "linkedin.com/in/dana-quill" in links
    assert "www.dquill.dev" in links
    merged = merge_links(links, ["https://github.com/dquill", "https://arxiv.org/abs/2101.00001", "mailto:x@y.z"])
    assert sum("github.com/dquill" in u for u in merged) == 1
    assert not any("arxiv" in u or "mailto" in u for u in merged)


def test_repository_and_paper_links_are_not_personal() -> None:
    assert find_links(_c("code: https://github.com/dquill/fastsort and https://doi.org/10.1/abc")) == []


def test_prose_with_at_is_not_an_email() -> None:
    assert find_emails(_c("Differentiable Agents at Scale. In NAACL, 2013.")) == []
    assert find_emails(_c("Estimators@Scale.In Proceedings")) == []


def test_number_with_country_code_is_trusted() -> None:
    # a number the validator does not know, written with its country code, is still the candidate's
    assert find_phones(_c("dq@example.org | +44 7648 604612"), "US") == ["+447648604612"]


def test_advisor_contact_is_not_the_candidates() -> None:
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    text = ["Dana Quill", "dana@example.org", "EDUCATION",
            "Ph.D. in Physics, Northfield University, 2015 - 2020",
            "Advisor: Prof. Lee (lee@northfield.example.edu, +1 617 555 0142, https://lee.example.edu)"]
    p = parse_document(ExtractedDocument(format="txt", lines=[TextLine(t) for t in text]), "x.txt")
    assert p.emails == ["dana@example.org"] and p.phones == [] and p.links == []


def test_only_the_candidates_hyperlinks_are_kept() -> None:
    from reviewer.extract import ExtractedDocument, TextLine
    from reviewer.parsing import parse_document

    lines = ["Dana Quill", "dq@northfield.example.edu | Homepage | Google Scholar | GitHub: dquill",
             "EXPERIENCE", "Research Intern, Acme Robotics, 2021 - 2022 (mentor: Lee)",
             "PUBLICATIONS", "[1] D. Quill, B. Stone. A paper. In ICML, 2022."]
    links = ["https://danaquill.example.io", "https://scholar.google.com/citations?user=AAA",
             "https://github.com/dquill", "https://acme-robotics.example.com", "https://www.linkedin.com/in/lee-x",
             "https://scholar.google.com/citations?user=BBB", "https://northfield.example.edu/lab"]
    doc = ExtractedDocument(format="pdf", lines=[TextLine(t) for t in lines], links=links)
    got = parse_document(doc, "x.pdf").links
    assert "https://danaquill.example.io" in got and "https://github.com/dquill" in got
    assert "https://scholar.google.com/citations?user=AAA" in got
    assert not {"https://acme-robotics.example.com", "https://www.linkedin.com/in/lee-x",
                "https://scholar.google.com/citations?user=BBB", "https://northfield.example.edu/lab"} & set(got)


def test_capitalised_address_is_still_an_address() -> None:
    assert find_emails(_c("Jane.Doe@Example.com")) == ["Jane.Doe@Example.com"]


def test_national_number_read_in_the_candidates_country() -> None:
    assert guess_region("", ["dq@example.co.uk"]) == "GB"
    assert guess_region("", [], "Dana Quill\nLondon, United Kingdom") == "GB"
    assert find_phones(_c("Mobile: 07700 900123"), guess_region("", ["dq@example.co.uk"])) == ["+447700900123"]


def test_context_words_inside_a_url_do_not_block_a_phone() -> None:
    line = "zhang.pavel943@example.org | +86 137 5068 4405 | https://zhangpavel.example.org"
    assert find_phones(_c(line), "CN") == ["+8613750684405"]


def test_a_handle_label_with_a_dotted_capital_i_does_not_stop_the_parse():
    """'LİNKEDIN: x' matched the case-blind label pattern but was no key of the host
    table: a KeyError failed the whole CV."""
    assert find_links(_c("LİNKEDIN: nadiaferro")) == []
    assert find_links(_c("GitHub: nferro")) == ["github.com/nferro"]


def test_footer_contact_row_printed_inside_the_publication_list_gives_the_phone() -> None:
    """A page's running footer lands between two references; its phone is the candidate's,
    while the references' page ranges and ids are never phones."""
    p = parse_text("Yusuf Arden-Clarke\n\nPublications\n"
                   "Arden-Clarke, Y. (2024). An invented survey. Journal of Made-up Studies, 12, 1187–1203.\n"
                   "+44 7700 900 412 • y.arden@ed.example.ac.uk\n"
                   "Arden-Clarke, Y. (2023). Another invented study. Fen Letters 7700 900412.\n")
    assert p.phones == ["+447700900412"]


def test_a_cv_pasted_into_an_email_keeps_the_recipients_address_out() -> None:
    p = parse_text("From: Jane Roe <jane.roe@example.org>\nTo: Prof. Bo Ek <bo.ek@uni.example.edu>\n"
                   "Cc: office@uni.example.edu\nSubject: Application\n\nJANE ROE\njane.roe@example.org\n"
                   "EDUCATION\nPhD in Physics, Tarn University, 2019 - 2024\n")
    assert p.emails == ["jane.roe@example.org"]


def test_a_homepage_only_in_a_footer_stamp_is_the_candidates() -> None:
    # printed once at a page's foot: inside the publication list, or below the references
    p = parse_text("Mira Castellane\nmira@example.com\nPUBLICATIONS\n"
                   "[1] M. Castellane, “Tidal mixing in estuaries,” J. Phys. Oceanogr., 2024.\n"
                   "Mira Castellane — Curriculum Vitae\tmcastellane.example.io\n"
                   "[2] M. Castellane, “Sediment plumes,” Ocean Model., 2023.\n")
    assert p.links == ["mcastellane.example.io"]


def test_a_footer_stamp_below_the_references_is_still_the_candidates() -> None:
    p = parse_text("Mira Castellane\nmira@example.com\nREFERENCES\nProf. Oren Hale, hale@uni.example.edu\n"
                   "castellane.example.dev · last updated May 2025\n")
    assert p.links == ["castellane.example.dev"]


def test_a_sidebar_contact_block_set_down_inside_the_paper_list() -> None:
    p = parse_text("Mira Castellane\nPUBLICATIONS\n"
                   "1. M. Castellane, O. Hale. Tidal mixing in estuaries. J. Phys. Oceanogr., 2024.\n"
                   "(+44) 7700 900123\nmira@example.ac.uk\ngithub.com/mcastellane\nmcastellane.example.io\n"
                   "2. M. Castellane. Sediment plumes. Ocean Model., 2023.\n")
    assert p.links == ["github.com/mcastellane", "mcastellane.example.io"]


def test_a_cv_pasted_into_an_e_mail_keeps_only_the_candidates_details() -> None:
    """A forwarded application: the forwarder's From line and signature, the recipients, the
    ids of the message and a quoted reply's "wrote:" line all carry someone else's details;
    the salutation is no name."""
    p = parse_text(
        "From: Wendel Harrow-Quist <w.harrowquist@northfield.example.edu>\n"
        "To: Selection committee <phd-committee@northfield.example.edu>\n"
        "Message-ID: <7a1b-harrowquist@northfield.example.edu>\n\n"
        "Dear committee members,\n\nBelow is an application that reached me directly.\n\n"
        "--\nWendel Harrow-Quist | Northfield University | +31 53 555 0190\n\n"
        "From: Ilse Brandvold <ilse.brandvold@example.nl>\nTo: Wendel Harrow-Quist <w.harrowquist@northfield.example.edu>\n\n"
        "Ilse Brandvold\nDelft | +31 6 5550 1473 | ilse.brandvold@example.nl\n\n"
        "Education\n2021 - 2023  MSc Hydrology, Invented University of Delft\n\n"
        "> On 21 Oct 2026, at 10:02, Wendel Harrow-Quist <w.harrowquist@northfield.example.edu> wrote:\n"
        "> Please send your CV.\n")
    assert p.emails == ["ilse.brandvold@example.nl"]
    assert p.phones == ["+31655501473"]
    assert "555 0190" not in (p.field_evidence["phones"].text if "phones" in p.field_evidence else "")


def test_once_an_address_spells_the_name_the_others_in_a_packet_are_someone_elses() -> None:
    """A cover letter before the CV names the people who will write, with their addresses."""
    p = parse_text("Ilse Brandvold\nilse.brandvold@example.nl\n\nDear members of the search committee,\n"
                   "Letters will come from Ada Renwick (renwick@northfield.example.edu) and\n"
                   "Tom Kellgren (kellgren@usgs.example.gov). Sincerely, Ilse Brandvold\n\n"
                   "Education\n2021 - 2023  MSc Hydrology, Invented University of Delft\n")
    assert p.emails == ["ilse.brandvold@example.nl"]


def test_a_salutation_is_no_name() -> None:
    p = parse_text("Dear Prof. Solvang,\n\nplease find my CV below.\n\nJonas Brekke-Vaz\n"
                   "jonas.brekke@example.de\n\nEducation\n2015 - 2020  PhD Physics, Invented University\n")
    assert p.name == "Jonas Brekke-Vaz"


def test_an_exported_grant_number_is_no_phone() -> None:
    # ORCID's funding record prints "GRANT_NUMBER: 2022-99881": an id, not a number to call
    assert find_phones(_c("GRANT_NUMBER: 2022-99881"), "SE") == []


def test_a_browsers_printed_footer_is_furniture_and_its_address_the_candidates() -> None:
    # Chrome prints the page's address at the foot with "1/2": not the last award's words
    p = parse_text("Mira Castellane\nmira@example.com\nAWARDS\nBest Thesis Award, Tarn University, 2022\n"
                   "https://castellane.example.io/cv.html\t1/1\n")
    assert [a.title for a in p.awards] == ["Best Thesis Award, Tarn University, 2022"]
    assert p.links == ["https://castellane.example.io/cv.html"]


def test_an_address_a_narrow_side_bar_broke_at_its_edge_is_joined_back() -> None:
    p = parse_text("Nadia Quillstone\nCONTACT\nnadia.quillstone@example.co\nm\n"
                   "linkedin.com/in/nadia-quillston\ne-example\n"
                   "github.com/nadia-quillstone-labs\n0000-0002-1825-0097\n"
                   "EDUCATION\nPhD in Biomechanics, Quillford University, 2021 – 2025\n")
    assert p.emails == ["nadia.quillstone@example.com"]
    assert "linkedin.com/in/nadia-quillstone-example" in p.links
    assert "github.com/nadia-quillstone-labs" in p.links  # an ORCID under a link is no piece of it
