"""An Italian 'curriculum vitae et studiorum' (an invented person)."""
from __future__ import annotations

from tests.parsing_support import parse_text

CV = """CURRICULUM VITAE ET STUDIORUM
della Dott.ssa Ilaria Invented Tarsi
Nata a Ferrara il 3 febbraio 1986
Cell. +39 333 555 0192 – e-mail: ilaria.invented@example.it
Titoli di studio e formazione
2011 – 2015	Dottorato di ricerca in Archeologia, Università degli Studi Inventati di Padova.
Esperienze professionali e incarichi di ricerca
dic. 2022 – oggi\tRicercatrice RTD-B, Università Inventata di Bologna
ott. 2019 – nov. 2022\tRicercatrice RTD-A, Università Inventata di Bologna
giu. 2016 – lug. 2019\tAssegnista di ricerca, Università degli Studi Inventati di Padova
marzo – agosto 2018\tFellow, British School at Rome (Rome Awards)
Interessi di ricerca
Ceramica ellenistica; archeologia dei paesaggi deltizi; archeometria.
"""


def test_an_italian_curriculum_vitae_et_studiorum() -> None:
    p = parse_text(CV)
    assert p.name == "Ilaria Invented Tarsi"  # not the document's title, nor "della Dott.ssa"
    assert [(e.organization, e.start, e.end) for e in p.experience][-4:] == [
        ("Università Inventata di Bologna", "2022-12", "present"), ("Università Inventata di Bologna", "2019-10", "2022-11"),
        ("Università degli Studi Inventati di Padova", "2016-06", "2019-07"),
        ("British School at Rome (Rome Awards)", "2018-03", "2018-08")]  # "X at Rome" is a name, not a desk at Rome
    assert p.research_interests[:2] == ["Ceramica ellenistica", "archeologia dei paesaggi deltizi"]
    from reviewer.parsing.sections import heading_kind

    assert heading_kind("Esperienze professionali e incarichi di ricerca") == "experience"


def test_italian_references_with_double_family_names_and_guillemets() -> None:
    p = parse_text("Ilaria Invented Tarsi\n\nPubblicazioni\nArticoli in rivista\n"
                   "2. I. Invented Tarsi, M. Cavallaro, Anfore e reti di scambio in età ellenistica, in «Ocnus», 31, 2023, pp. 45-71.\n"
                   "3. I. Invented Tarsi, L. Pasetti, Ceramiche inventate del Delta, in «Studi Inventati», 76, 2025 (in corso di stampa).\n")
    assert [(pub.venue, pub.year, pub.first_author) for pub in p.publications] == [
        ("Ocnus", 2023, True), ("Studi Inventati", 2025, True)]
    assert p.publications[1].status == "in press"


def test_british_post_nominals_are_no_part_of_the_name() -> None:
    from reviewer.parsing.names import name_from_text

    assert name_from_text("Professor Morag Elspeth HALCROW-INVENTED BSc PhD FRSE") == "Morag Elspeth Halcrow-Invented"
    assert name_from_text("Dr Sam Invented MBChB PhD FRCP") == "Sam Invented"
    assert name_from_text("Li Ma") == "Li Ma"  # a family name, not a master's degree
