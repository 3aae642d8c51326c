"""A new version of a CV: the candidate page shows what changed (new publications,
a new job, changed dates, education) as a diff of the two profiles, and reviews
saved on the previous version are marked until their reviewer saves again.
Two versions of an invented CV, real files, a real database on each engine."""
from __future__ import annotations

from db.store import open_store
from reviewer import operations as ops
from reviewer.profile_diff import diff_profiles, summary
from tests.conftest import fresh_database
from tests.factories import Person, write_docx, write_pdf

OLD = Person(name="Tamsin Varga", email="tamsin.varga@example.org", phone="+44 20 7946 0420",
             education=[("Ph.D. in Computer Science", "University of Examplestan", "2019 - 2024")],
             experience=[("Postdoctoral Researcher", "Imaginary Labs", "2024 - Present")],
             publications=["Tamsin Varga, Bob Stone. Learning Quiet Widgets. In NeurIPS, 2023."])
NEW = Person(name="Tamsin Varga", email="tamsin.varga@example.org", phone="+44 20 7946 0420",
             education=[("Ph.D. in Computer Science", "University of Examplestan", "2019 - 2025")],
             experience=[("Assistant Professor", "Northfield University", "2026 - Present"),
                         ("Postdoctoral Researcher", "Imaginary Labs", "2025 - 2026")],
             publications=["Tamsin Varga, Bob Stone. Learning Quiet Widgets. In NeurIPS, 2023.",
                           "Tamsin Varga, Carl Moss. Loud Gadgets at Scale. In ICML, 2026."])


def test_the_diff_names_what_a_reviewer_should_look_at_again():
    old = {"name": "A B", "experience": [{"organization": "Labs", "title": "Postdoc", "start": "2024",
                                          "end": "present"}],
           "education": [{"institution": "Uni", "degree": "PhD", "start": "2019", "end": "2024"}],
           "publications": [{"title": "Old Paper on Widgets", "venue": "ICML", "year": 2022}]}
    new = {"name": "A B", "experience": [{"organization": "Labs", "title": "Postdoc", "start": "2024", "end": "2025"},
                                         {"organization": "College", "title": "Lecturer", "start": "2025"}],
           "education": [{"institution": "Université", "degree": "PhD", "start": "2019", "end": "2024"}],
           "publications": [{"title": "Old paper on widgets.", "venue": "ICML", "year": 2022},
                            {"title": "New Paper", "venue": "NeurIPS", "year": 2025}]}
    sections = {s.title: [(c.sign, c.text) for c in s.changes] for s in diff_profiles(old, new)}
    assert sections["Experience"] == [("+", "Lecturer, College, 2025–?"),
                                      ("~", "Postdoc, Labs, 2024–2025 (was 2024–present)")]
    assert sections["Publications"] == [("+", "New Paper (NeurIPS, 2025)")]  # case and punctuation are no change
    assert sections["Education"] == [("+", "PhD, Université, 2019–2024"), ("-", "PhD, Uni, 2019–2024")]
    assert diff_profiles(old, old) == ()
    assert summary(diff_profiles(old, new)).startswith("1 new in experience, 1 changed in experience")


def test_a_new_cv_version_shows_its_changes_and_marks_older_reviews(request, tmp_path, backend):
    folder = tmp_path / "in"
    folder.mkdir()
    write_pdf(folder / "varga_cv.pdf", OLD)
    with open_store(fresh_database(request, backend, tmp_path)) as store:
        ops.import_folder(store, folder, workers=1)
        (row,) = ops.list_candidates(store)
        ops.set_score(store, candidate_id=row.id, reviewer="Ann", score=3)
        ops.set_comment(store, candidate_id=row.id, reviewer="Ann", comment="solid, no job yet")
        assert ops.get_candidate(store, row.id).cv_changes == ()

        write_pdf(folder / "varga_cv.pdf", NEW)  # the applicant sent an updated CV
        assert ops.import_folder(store, folder, workers=1).count("updated") == 1
        ops.set_score(store, candidate_id=row.id, reviewer="Ben", score=4)
        detail = ops.get_candidate(store, row.id)
        changes = {s.title: [(c.sign, c.text) for c in s.changes] for s in detail.cv_changes}
        assert ("+", "Loud Gadgets at Scale (ICML, 2026)") in changes["Publications"]
        assert ("+", "Assistant Professor, Northfield University, 2026–present") in changes["Experience"]
        assert any(sign == "~" and "Imaginary Labs" in text for sign, text in changes["Experience"])
        assert any(sign == "~" and "2019–2025" in text for sign, text in changes["Education"])
        assert detail.cv_replaced_at is not None
        marked = {r.reviewer: r.on_previous_cv for r in detail.reviews}
        assert marked == {"Ann": True, "Ben": False}

        ops.reparse(store, everything=True)  # the same bytes again: no new version
        assert ops.get_candidate(store, row.id).cv_changes == detail.cv_changes
        ops.set_score(store, candidate_id=row.id, reviewer="Ann", score=4)  # Ann looked again
        assert not any(r.on_previous_cv for r in ops.get_candidate(store, row.id).reviews)


def test_a_second_cv_file_of_the_same_person_is_a_new_version(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_pdf(folder / "varga_cv_2025.pdf", OLD)
    with open_store(tmp_path / "db.sqlite3") as store:
        ops.import_folder(store, folder, workers=1)
        (row,) = ops.list_candidates(store)
        ops.set_score(store, candidate_id=row.id, reviewer="Ann", score=3)
        write_docx(folder / "varga_cv_2026.docx", NEW)  # same e-mail: the same candidate
        ops.import_folder(store, folder, workers=1)
        detail = ops.get_candidate(store, row.id)
        assert len(detail.documents) == 2
        assert "Publications" in {s.title for s in detail.cv_changes}
        assert [r.on_previous_cv for r in detail.reviews] == [True]


def test_the_candidate_page_shows_the_changes_and_who_scored_the_old_cv(qtbot, tmp_path):
    from tests.ui_support import make_window, select_name

    folder = tmp_path / "in"
    folder.mkdir()
    write_pdf(folder / "varga_cv.pdf", OLD)
    db = tmp_path / "db.sqlite3"
    with open_store(db) as store:
        ops.import_folder(store, folder, workers=1)
        (row,) = ops.list_candidates(store)
        ops.set_score(store, candidate_id=row.id, reviewer="Ann", score=3)
        write_pdf(folder / "varga_cv.pdf", NEW)
        ops.import_folder(store, folder, workers=1)
    window = make_window(qtbot, db, reviewer="Ann")  # her own review: not hidden from her
    try:
        select_name(qtbot, window, "Tamsin Varga")
        box = window.page.cv_changes
        qtbot.waitUntil(lambda: box.isVisible(), timeout=10_000)
        assert box.headline.text().startswith("New CV version (")
        assert "new in publications" in box.headline.text()
        assert box.stale.text() == "Scored on the previous CV version: Ann. Look again."
        assert not box.changes.isVisible()
        box.toggle.click()
        assert box.changes.isVisible()
        assert "+ Loud Gadgets at Scale (ICML, 2026)" in box.changes.text()
        assert "+ Assistant Professor, Northfield University, 2026–present" in box.changes.text()
    finally:
        window.close()
        window.ctx.store.close()
