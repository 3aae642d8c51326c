"""Same person, suggested: names that match across scripts and spellings (Chinese
characters and pinyin, initials, accents, swapped order) together with a shared
institution or publication make a suggestion; a "not the same person" answer is
remembered through re-imports and re-parses; a merge keeps every review, tag and
comment of both. Invented people, real CV files, a real database on each engine."""
from __future__ import annotations

import pytest

from db.store import NotAllowed, open_store
from reviewer import operations as ops
from reviewer.same_person import names_match
from tests.conftest import fresh_database
from tests.factories import Person, write_docx, write_pdf, write_txt
from tests.test_committee import admin_url, committee_db  # noqa: F401 - fixtures

TSINGHUA = [("Ph.D. in Computer Science", "Tsinghua University", "2016 - 2021")]
PAPER = ["Wei Zhang, Bob Stone. Graph Sparsifiers for Streaming Review. In NeurIPS, 2023."]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("张伟", "Wei Zhang", True), ("张伟", "Zhang Wei", True), ("李小明", "Xiao-Ming Li", True),
    ("J. Doe", "Jane Doe", True), ("Zoë Müller", "Zoe Muller", True), ("Jane Q. Doe", "Doe, Jane", True),
    ("Jane Doe", "John Doe", False), ("张伟", "Wei Zhao", False), ("Jane Doe", "Jane Roe", False),
])
def test_names_match_across_scripts_and_spellings(a, b, same):
    assert names_match(a, b) is same


def _ids(store) -> dict[str, int]:
    return {row.name: row.id for row in ops.list_candidates(store)}


def _pairs(store) -> set[frozenset[str]]:
    return {frozenset((s.name_a, s.name_b)) for s in ops.same_person_suggestions(store)}


def test_suggestions_in_both_scripts_and_a_no_that_survives_reimport_and_reparse(request, tmp_path, backend):
    folder = tmp_path / "in"
    folder.mkdir()
    write_txt(folder / "zhang_cn.txt", Person(name="张伟", email="zw@example.cn", phone="+86 10 6278 0001",
                                            education=TSINGHUA, publications=[]))
    write_pdf(folder / "zhang_en.pdf", Person(name="Wei Zhang", email="wei.zhang@example.org",
                                              phone="+44 20 7946 0001", education=TSINGHUA, publications=PAPER))
    write_docx(folder / "muller_a.docx", Person(name="Zoë Müller", email="zm@example.de", phone="+49 30 1234 5601",
                                                publications=PAPER[:0] + ["Zoë Müller. Counting Quiet Widgets "
                                                                          "Carefully. In ICML, 2022."]))
    write_pdf(folder / "muller_b.pdf", Person(name="Zoe Muller", email="zoe@example.org", phone="+49 30 1234 5602",
                                              education=[("M.Sc.", "Northfield College", "2015 - 2017")],
                                              publications=["Zoe Muller. Counting Quiet Widgets Carefully. "
                                                            "In ICML, 2022."]))
    # A namesake who shares nothing else: never suggested.
    write_pdf(folder / "zhang_other.pdf", Person(name="Zhang Wei", email="other@example.com",
                                                 phone="+1 617 555 0101",
                                                 education=[("B.Sc.", "Examplestan Tech", "2010 - 2014")],
                                                 experience=[], publications=[]))
    with open_store(fresh_database(request, backend, tmp_path)) as store:
        assert ops.import_folder(store, folder, workers=1).count("failed") == 0
        ids = _ids(store)
        assert set(ids) == {"张伟", "Wei Zhang", "Zoë Müller", "Zoe Muller", "Zhang Wei"}
        assert _pairs(store) == {frozenset(("张伟", "Wei Zhang")), frozenset(("Zoë Müller", "Zoe Muller"))}
        (mine,) = ops.same_person_suggestions(store, candidate_id=ids["张伟"])
        assert any("Tsinghua University" in r for r in mine.reasons)

        ops.mark_not_same_person(store, a=ids["Zoe Muller"], b=ids["Zoë Müller"], reviewer="Chair")
        assert _pairs(store) == {frozenset(("张伟", "Wei Zhang"))}
        write_pdf(folder / "muller_b.pdf", Person(name="Zoe Muller", email="zoe@example.org",
                                                  phone="+49 30 1234 5602", skills="Rust",
                                                  publications=["Zoe Muller. Counting Quiet Widgets Carefully. "
                                                                "In ICML, 2022."]))
        assert ops.import_folder(store, folder, workers=1).count("updated") == 1
        ops.reparse(store, everything=True)
        assert _ids(store) == ids
        assert _pairs(store) == {frozenset(("张伟", "Wei Zhang"))}


def test_a_merge_keeps_every_review_tag_and_comment_of_both(request, tmp_path, backend):
    folder = tmp_path / "in"
    folder.mkdir()
    write_txt(folder / "zhang_cn.txt", Person(name="张伟", email="zw@example.cn", phone="+86 10 6278 0001",
                                            education=TSINGHUA, publications=PAPER))
    write_pdf(folder / "zhang_en.pdf", Person(name="Wei Zhang", email="wei.zhang@example.org",
                                              phone="+44 20 7946 0001", education=TSINGHUA, publications=PAPER))
    with open_store(fresh_database(request, backend, tmp_path)) as store:
        ops.import_folder(store, folder, workers=1)
        ids = _ids(store)
        keep, drop = ids["Wei Zhang"], ids["张伟"]
        ops.set_score(store, candidate_id=keep, reviewer="Ann", score=4)
        ops.set_comment(store, candidate_id=keep, reviewer="Ann", comment="strong systems work")
        ops.set_score(store, candidate_id=drop, reviewer="Ann", score=3)
        ops.set_comment(store, candidate_id=drop, reviewer="Ann", comment="read the Chinese CV too")
        ops.set_score(store, candidate_id=drop, reviewer="Ben", score=5)
        ops.add_tag(store, candidate_ids=[keep], tag="systems")
        ops.add_tag(store, candidate_ids=[drop], tag="bilingual")
        ops.correct_field(store, candidate_id=drop, field="name", value="Zhang Wei (张伟)")
        history = len(ops.candidate_history(store, candidate_id=keep)) + len(
            ops.candidate_history(store, candidate_id=drop))

        ops.merge_candidates(store, keep=keep, drop=drop)
        assert _ids(store) == {"Zhang Wei (张伟)": keep}  # the name a person typed outlives the parsed one
        assert len(ops.candidate_history(store, candidate_id=keep)) == history
        detail = ops.get_candidate(store, keep)
        assert sorted(d.path.rsplit("/", 1)[-1] for d in detail.documents) == ["zhang_cn.txt", "zhang_en.pdf"]
        reviews = {r.reviewer: r for r in detail.reviews}
        assert set(reviews) == {"Ann", "Ben"}
        assert reviews["Ann"].score == 3  # the newer of Ann's two scores
        assert "strong systems work" in reviews["Ann"].comment and "read the Chinese CV too" in reviews["Ann"].comment
        assert reviews["Ben"].score == 5
        assert set(detail.tags) == {"systems", "bilingual"}
        assert ops.same_person_suggestions(store) == []


def test_the_command_line_lists_merges_and_answers(tmp_path):
    from tests.test_cli import run

    folder = tmp_path / "in"
    folder.mkdir()
    write_txt(folder / "zhang_cn.txt", Person(name="张伟", email="zw@example.cn", phone="+86 10 6278 0001",
                                            education=TSINGHUA, publications=PAPER))
    write_pdf(folder / "zhang_en.pdf", Person(name="Wei Zhang", email="wei.zhang@example.org",
                                              phone="+44 20 7946 0001", education=TSINGHUA, publications=PAPER))
    db = str(tmp_path / "db.sqlite3")
    run("--db", db, "import", folder)
    out = run("--db", db, "same-person").stdout
    assert "张伟" in out and "Wei Zhang" in out and "Tsinghua University" in out
    assert "1 possible same-person pairs" in out
    ids = [int(w) for w in out.splitlines()[0].replace("<->", " ").split() if w.isdigit()]
    run("--db", db, "not-same", *map(str, ids), "--reviewer", "Chair")
    assert "0 possible same-person pairs" in run("--db", db, "same-person").stdout
    run("--db", db, "merge", str(ids[0]), str(ids[1]))
    listed = run("--db", db, "list", "--json").stdout
    assert listed.count('"id"') == 1


def test_the_candidate_page_suggests_and_merges_or_remembers_a_no(qtbot, tmp_path):
    from tests.ui_support import make_window, select_name

    folder = tmp_path / "in"
    folder.mkdir()
    write_txt(folder / "zhang_cn.txt", Person(name="张伟", email="zw@example.cn", phone="+86 10 6278 0001",
                                            education=TSINGHUA, publications=PAPER))
    write_pdf(folder / "zhang_en.pdf", Person(name="Wei Zhang", email="wei.zhang@example.org",
                                              phone="+44 20 7946 0001", education=TSINGHUA, publications=PAPER))
    write_pdf(folder / "doe_a.pdf", Person(name="Jane Doe", email="jd@example.org", phone="+44 20 7946 0002"))
    write_pdf(folder / "doe_b.pdf", Person(name="J. Doe", email="jane@example.net", phone="+44 20 7946 0003"))
    db = tmp_path / "db.sqlite3"
    with open_store(db) as store:
        ops.import_folder(store, folder, workers=1)
        ops.set_score(store, candidate_id=_ids(store)["张伟"], reviewer="Ann", score=4)
    window = make_window(qtbot, db)
    try:
        bar = window.page.same_person
        select_name(qtbot, window, "Wei Zhang")
        qtbot.waitUntil(lambda: bar.isVisible(), timeout=10_000)
        assert bar.merge_button.isEnabled()  # a local database: no committee roles
        assert bar.message.text().startswith("Possibly the same person as 张伟: names match")
        assert "Tsinghua University" in bar.message.text()
        bar.merge_button.click()
        qtbot.waitUntil(lambda: window.list.proxy.rowCount() == 3, timeout=10_000)
        qtbot.waitUntil(lambda: len(window.page.detail.documents) == 2, timeout=10_000)
        kept = ops.get_candidate(window.ctx.store, window.page.candidate_id)
        assert [r.reviewer for r in kept.reviews] == ["Ann"]  # made on the merged-away candidate

        select_name(qtbot, window, "Jane Doe")
        qtbot.waitUntil(lambda: bar.isVisible(), timeout=10_000)
        assert "J. Doe" in bar.message.text()
        bar.different_button.click()
        qtbot.waitUntil(lambda: not bar.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: ops.same_person_suggestions(window.ctx.store) == [], timeout=10_000)
        with qtbot.waitSignal(bar.looked_up, timeout=10_000):
            select_name(qtbot, window, "J. Doe")
        assert not bar.isVisible()  # its own lookup finds nothing either
    finally:
        window.close()
        window.ctx.store.close()


def test_on_a_shared_committee_the_administrator_merges_and_chairs_answer(request):
    committee = request.getfixturevalue("committee_db")  # PostgreSQL roles: tests/test_committee.py
    chair, bo, ids = committee["chair"], committee["bo"], committee["ids"]
    with open_store(chair.url) as store, pytest.raises(NotAllowed, match="only the administrator merges"):
        ops.merge_candidates(store, keep=ids[0], drop=ids[1])
    with open_store(bo.url) as store, pytest.raises(NotAllowed, match="chair"):
        ops.mark_not_same_person(store, a=ids[0], b=ids[1])
    with open_store(chair.url) as store:
        ops.mark_not_same_person(store, a=ids[0], b=ids[1], reviewer="Ada Chair")
    with open_store(committee["admin"]) as store:
        ops.merge_candidates(store, keep=ids[0], drop=ids[1])
        (detail,) = [ops.get_candidate(store, r.id) for r in ops.list_candidates(store)]
        assert [r.reviewer for r in detail.reviews] == ["Cy Reviewer"] and detail.tags == ("chair-pick",)


def test_a_blind_round_suggests_by_label_without_names_or_contacts(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_txt(folder / "zhang_cn.txt", Person(name="张伟", email="zw@example.cn", phone="+86 10 6278 0001",
                                            education=TSINGHUA, publications=[]))
    write_pdf(folder / "zhang_en.pdf", Person(name="Wei Zhang", email="wei.zhang@example.org",
                                              phone="+44 20 7946 0001", education=TSINGHUA, publications=PAPER))
    with open_store(tmp_path / "blind.db") as store:
        ops.import_folder(store, folder, workers=1)
        ops.set_blind_first_round(store, on=True, reviewer="Chair")
        (found,) = ops.same_person_suggestions(store)
    shown = " ".join((found.name_a, found.name_b, *found.reasons))
    assert found.name_a.startswith("Candidate ") and found.name_b.startswith("Candidate ")
    for secret in ("张伟", "Wei", "Zhang", "zw@example.cn", "wei.zhang", "6278", "7946"):
        assert secret not in shown
    assert "Tsinghua University" in shown  # what they share, without who they are
