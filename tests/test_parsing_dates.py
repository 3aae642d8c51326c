"""Every date form the parser promises, on invented snippets."""
from __future__ import annotations

import pytest

from reviewer.parsing.dates import find_dates, first_range, opens_with_range, parse_date, strip_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021.9", "2021-09"),
        ("2021.09", "2021-09"),
        ("Sep. 2022", "2022-09"),
        ("September 2022", "2022-09"),
        ("09/2020", "2020-09"),
        ("Mar-2019", "2019-03"),
        ("2013年9月", "2013-09"),
        ("2013年", "2013"),
        ("Summer 2013", "2013"),
        ("2021", "2021"),
        ("2019-12", "2019-12"),
        ("Present", "present"),
        ("now", "present"),
        ("至今", "present"),
    ],
)
def test_single_dates(text: str, expected: str) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2013.09-2017.06", "2013-09", "2017-06"),
        ("2021.9 – 2026.7 (expected)", "2021-09", "2026-07"),
        ("Sep. 2022 - Jul. 2026 (Expected)", "2022-09", "2026-07"),
        ("Aug. 2021 – Present", "2021-08", "present"),
        ("Jun 2023 - now", "2023-06", "present"),
        ("02/2020-today", "2020-02", "present"),
        ("2009/08 – 至今", "2009-08", "present"),
        ("2013年9月-2017年6月", "2013-09", "2017-06"),
        ("2023年 9-12月", "2023-09", "2023-12"),
        ("Sep - Dec 2023", "2023-09", "2023-12"),
        ("May. 2024 - Ongoing", "2024-05", "present"),
        ("2018 – 2020", "2018", "2020"),
        ("2019~2020", "2019", "2020"),
        ("Sep. 2023 \u00ad Mar. 2024", "2023-09", "2024-03"),
        ("Jun '19 – Aug '20", "2019-06", "2020-08"),
        ("2019 年 9 月 - 2023 年 6 月", "2019-09", "2023-06"),
        ("2019/20", "2019", "2020"),
        ("2015–18", "2015", "2018"),
        ("Sept. 2019 – Current", "2019-09", "present"),
        ("Mar 2023 → Present", "2023-03", "present"),  # Notion, Europass
        ("01/09/2018 → 31/08/2023", "2018-09", "2023-08"),
        ("2018 -> 2020", "2018", "2020"),
        ("2019.09 一 2023.06", "2019-09", "2023-06"),  # a spaced dash as OCR reads it
        ("01.08.2022 – till date", "2022-08", "present"),  # Indian CVs
        ("2021–:\tProfessor", "2021", "present"),  # an open range before its colon
        ("01.07.2021\tTill date", "2021-07", "present"),  # a table's From and To columns
        ("mayo 2020 - actual", "2020-05", "present"),  # Spanish, Italian, Portuguese, German months
        ("septiembre 2018 - abril 2020", "2018-09", "2020-04"),
        ("01/03/2023 – ATTUALE", "2023-03", "present"),
        ("März 2021 – heute", "2021-03", "present"),
        ("setembro de 2019 – presente", "2019-09", "present"),
        ("01-01-2016\t31-12-2017", "2016-01", "2017-12"),  # day-month-year with hyphens (South Asian forms)
        ("Assistant Professor\t01.06.2016\t30.06.2021", "2016-06", "2021-06"),
        ("Apr 24 - present   Research Associate", "2024-04", "present"),  # two-digit years, only in a range
        ("Oct 20 - Jun 23    Graduate Teaching Assistant", "2020-10", "2023-06"),
        ("Jun 95 – May 99", "1995-06", "1999-05"),
    ],
)
def test_ranges(text: str, start: str, end: str) -> None:
    d = first_range(text)
    assert d is not None and (d.start, d.end) == (start, end)


@pytest.mark.parametrize("text", ["GPA 3.87/4.00", "arXiv:2410.11474", "ranking 1/111", "pp. 123-145",
                                  "May 16 – 20"])
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


def test_strip_dates_keeps_the_words() -> None:
    assert strip_dates("Acme Robotics  2019.03 - 2021.07 (expected)") == "Acme Robotics"


def test_year_slash_month_ranges_are_not_academic_years() -> None:
    from reviewer.parsing.dates import first_range

    span = first_range("2008/09–2012/06\tPh.D. in Geography, Marsh University")
    assert (span.start, span.end) == ("2008-09", "2012-06")
    span = first_range("Academic year 2008/09")
    assert (span.start, span.end) == ("2008", "2009")


@pytest.mark.parametrize(("text", "dates"), [
    ("01/02/2020–31/08/2022", [("2020-02", "2022-08")]),  # Europass: day first
    ("01/09/2022–present", [("2022-09", "present")]),
    ("31.12.2019 - 01.01.2021", [("2019-12", "2021-01")]),
    ("09/30/2022 - 10/14/2023", [("2022-09", "2023-10")]),  # US: a middle number over 12 is the day
    ("Date of birth 14/03/1991", [("1991-03", "1991-03")]),
    ("06/2023", [("2023-06", "2023-06")]),
])
def test_day_month_year_dates(text: str, dates: list[tuple[str, str]]) -> None:
    assert [(d.start, d.end) for d in find_dates(text)] == dates


def test_a_researcher_id_ends_in_a_year_that_dates_nothing() -> None:
    assert find_dates("ORCID 0000-0002-0000-0000 • Researcher ID: AAZ-4412-2019") == []
    assert [d.start for d in find_dates("2019-2021")] == ["2019"]


def test_an_addresss_room_or_suite_number_is_no_year() -> None:
    from reviewer.parsing.dates import find_dates
    from tests.parsing_support import parse_text

    assert find_dates("315 S 1400 E, Room 2020, Salt Lake City, UT 84112") == []
    assert find_dates("PO Box 2012, Suite 2010") == []
    assert [(d.start, d.end) for d in find_dates("Office of the Provost, 2019 – 2021")] == [("2019", "2021")]
    # the header's post and its address line are no dated job of their own
    p = parse_text("Tomasz Quill\nAssistant Professor, Department of Chemistry, University of Nowhere\n"
                   "315 Invented Road, Room 2020, Salt Lake City · q@example.org\n\nIndependent Career\n"
                   "07/2023 – present Assistant Professor of Chemistry, University of Nowhere\n")
    assert [(x.title, x.start) for x in p.experience] == [("Assistant Professor of Chemistry", "2023-07")]


@pytest.mark.parametrize(("text", "expected"), [
    ("2021/01-至今，Acme 研究院，工程师", True),
    ("2019年9月 - 2021年6月 北方大学", True),
    ("2016 至今 南方研究所", True),
    ("Mentored interns in 2020 - 2021", False),   # the range is not where the line starts
    ("2020 北方大学", False),                      # a single year is no range
])
def test_a_line_opens_with_a_date_range(text: str, expected: bool) -> None:
    assert opens_with_range(text) is expected


def test_a_street_addresss_postcode_after_its_suburb_is_no_year() -> None:
    assert find_dates("1 Jan Quill Avenue, Braamfontein 2000, Johannesburg, South Africa") == []
    assert [d.start for d in find_dates("Lecturer, Quill Avenue, 2011 – 2014")] == ["2011"]
