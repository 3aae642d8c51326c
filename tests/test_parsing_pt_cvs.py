"""Brazilian CVs: Portuguese headings, posts, degrees, month names and ABNT references (invented people)."""
from __future__ import annotations

import pytest

from reviewer.extract import extract
from reviewer.parsing import parse_document
from tests.factories import UNICODE_FONT
from tests.parsing_support import parse_text

CV = """Marina Quelhas-Invented
marina@example.com.br

EXPERIÊNCIA PROFISSIONAL
Pesquisadora Visitante, Instituto Nacional de Pesquisas Inventadas
2019 – 2021 · São José dos Campos
Pós-doutorado, University of Made-up Reading
set. 2017 – ago. 2019 · Reading, Reino Unido
Professora Substituta @ Universidade Federal Inventada
2016 – 2017

FORMAÇÃO ACADÊMICA
Doutorado em Meteorologia — Universidade de São Paulo
2013 – 2017
Mestrado em Meteorologia — Instituto Nacional de Pesquisas Inventadas
2011 – 2013
Bacharelado em Ciências Atmosféricas — Universidade Federal Inventada
2007 – 2010

P U B L I C A Ç Õ E S  S E L E C I O N A D A S
1. QUELHAS-INVENTED, M.; TEIXEIRA, G. M.; SALLES, R.. Chuva inventada no Sudeste. Revista Brasileira de Meteorologia, v. 56, p. 1-11, 2022.
2. TEIXEIRA, G. M.; QUELHAS-INVENTED, M.. Downscaling of invented rain. Climate Dynamics, v. 51, p. 88-99, 2020.
"""


def test_a_portuguese_cv_reads_posts_degrees_and_abnt_references() -> None:
    p = parse_text(CV)
    assert [(e.title, e.start, e.end) for e in p.experience] == [
        ("Pesquisadora Visitante", "2019", "2021"), ("Pós-doutorado", "2017-09", "2019-08"),
        ("Professora Substituta", "2016", "2017")]
    assert [e.degree_level for e in p.education] == ["phd", "master", "bachelor"]
    # ABNT: family names in capitals, "v." before the volume
    assert [(pub.venue, pub.year, pub.first_author) for pub in p.publications] == [
        ("Revista Brasileira de Meteorologia", 2022, True), ("Climate Dynamics", 2020, False)]


def _side_bar_first_pdf(path, email: str = "marina.quelhas@example.com.br"):
    """A Kickresume-like page whose side bar comes first in the text: contact, prizes, then
    the name set large over two lines at the top of the main column."""
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="mm")
    pdf.add_font("dejavu", "", str(UNICODE_FONT))
    pdf.add_font("dejavu", "B", str(UNICODE_FONT.with_name("DejaVuSans-Bold.ttf")))
    pdf.add_page()
    # (the side bar's headings letter-spaced, a kerned pair run together: "C O N TAT O")
    side = [("B", 10, "C O N TAT O"), ("", 9, email), ("", 9, "⌂ São José dos Campos, SP"),
            ("B", 10, "PRÊMIOS"), ("", 9, "Prêmio Inventado de Tese — 2018"), ("", 9, "Bolsa de Produtividade em"),
            ("", 9, "Pesquisa Inventada, 2021–2024")]
    y = 20.0
    for style, size, text in side:
        pdf.set_font("dejavu", style, size)
        pdf.text(10, y, text)
        y += 7
    main = [("B", 22, "Marina Quelhas"), ("B", 22, "Invented"), ("", 10, "Cientista do Clima Sênior"),
            ("", 9, "Cientista do clima com 10 anos entre pesquisa pública e setor privado."),
            ("B", 11, "EXPERIÊNCIA PROFISSIONAL"), ("B", 10, "Cientista de Dados Sênior @ Climainventado"),
            ("", 9, "mar. 2021 – dez. 2022 · São Paulo")]
    y = 20.0
    for style, size, text in main:
        pdf.set_font("dejavu", style, size)
        pdf.text(80, y, text)
        y += 10 if size > 20 else 7
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("email", ["marina.quelhas@example.com.br", "office@example.com.br"])
def test_a_side_bar_read_first_ends_at_the_name_set_in_the_main_column(tmp_path, email) -> None:
    # (the name found by the e-mail address it spells, or as the page's largest lines)
    path = _side_bar_first_pdf(tmp_path / "cv.pdf", email)
    p = parse_document(extract(path), str(path))
    assert p.name == "Marina Quelhas Invented"  # not the place beside its icon, nor one banner line
    # the prize wrapped after "em" is one prize; the banner, tagline and profile are none
    assert [a.title for a in p.awards] == ["Prêmio Inventado de Tese — 2018",
                                           "Bolsa de Produtividade em Pesquisa Inventada, 2021–2024"]
    assert [(e.organization, e.title) for e in p.experience] == [("Climainventado", "Cientista de Dados Sênior")]


def test_lattes_headings_and_a_postdoc_that_is_no_degree() -> None:
    p = parse_text("Marina Quelhas-Invented\n\nIdentificação\nNome\tMarina Quelhas-Invented\n"
                   "Formação acadêmica/titulação\n2006 - 2010\tDoutorado em Fitotecnia.\n"
                   "Universidade Federal Inventada, UFI, Brasil.\n"
                   "Pós-doutorado\n2011 - 2012\tPós-Doutorado.\nEmpresa Inventada de Pesquisa, EIP, Brasil.\n")
    assert [e.degree_level for e in p.education if e.degree_level] == ["phd"]  # the postdoc is a post
    from reviewer.parsing.sections import heading_kind

    assert heading_kind("Formação acadêmica/titulação") == "education"


def test_lattes_posts_under_their_institutions() -> None:
    p = parse_text("Marina Quelhas-Invented\n\nAtuação Profissional\nUniversidade Federal Inventada, UFI, Brasil.\n"
                   "Vínculo institucional\n2019 - Atual Vínculo: Servidor Público, Enquadramento Funcional: "
                   "Professora Adjunta, Carga horária: 40, Regime: Dedicação exclusiva.\n"
                   "Fundação Inventada de Pesquisa, FIP, Brasil.\nVínculo institucional\n"
                   "2017 - 2018 Vínculo: Bolsista, Enquadramento Funcional: Pesquisadora de pós-doutorado, Carga horária: 40\n"
                   "Página gerada pelo Sistema Currículo Lattes em 05/02/2025 às 10:14:22\t1\n")
    assert [(e.organization, e.title, e.start, e.end) for e in p.experience] == [
        ("Universidade Federal Inventada", "Professora Adjunta", "2019", "present"),
        ("Fundação Inventada de Pesquisa", "Pesquisadora de pós-doutorado", "2017", "2018")]


def test_lattes_education_details_are_no_schools() -> None:
    p = parse_text("Marina Quelhas-Invented\n\nFormação acadêmica/titulação\n2012 - 2016 Doutorado em Epidemiologia.\n"
                   "Universidade Federal Inventada, UFI, Brasil.\n"
                   "2010 - 2012 Mestrado em Saúde Coletiva.\nUniversidade Federal da Bahia Inventada, UFBI, Brasil.\n"
                   "Título: Incidência de dengue inventada em Salvador, 2001-2010, Ano de Obtenção: 2012.\n"
                   "Bolsista do(a): Conselho Nacional de Desenvolvimento Científico e Tecnológico, CNPq, Brasil.\n"
                   "2002 - 2008 Graduação em Medicina.\nUniversidade Federal da Bahia Inventada, UFBI, Brasil.\n"
                   "Pós-doutorado\n2017 - 2018 Pós-Doutorado.\nFundação Inventada, FI, Brasil.\n")
    # (the thesis's years and the funder are details of the master's; the postdoc is a post)
    assert [(e.institution, e.degree_level) for e in p.education] == [
        ("Universidade Federal Inventada", "phd"), ("Universidade Federal da Bahia Inventada", "master"),
        ("Universidade Federal da Bahia Inventada", "bachelor")]
