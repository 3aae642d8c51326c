"""The packet screenshots in docs/screenshots: the Packet tab of an applicant
whose third letter is missing (packet-view.png), of a merged portal PDF split
into its documents (packet-merged.png), a same-person suggestion (same-person.png)
and a new CV version's changes (cv-diff.png). Invented applicants imported into a
throw-away database with the committee's required documents set.

    python scripts/screenshot_packets.py [--out DIR]

Uses Qt's offscreen platform unless DISPLAY is set (e.g. under xvfb-run)."""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = ap.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="cvr-packet-shot-"))
    os.environ["REVIEWER_DATA_DIR"] = str(work)
    if not os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        return shoot(args.out, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def shoot(out: Path, work: Path) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from db.store import open_store
    from reviewer import operations as ops
    from tests.packet_factory import REQUIRED, Applicant, write_packets
    from ui.app import create_window
    from ui.settings import Settings

    writers = ["Harriet Vance", "Lucius Fenn", "Maren Skov"]
    people = [Applicant("Ada", "Quill", 1, "robotics", writers),
              Applicant("Bruno", "Brask", 6, "databases", writers, letters=2),
              Applicant("Chiara", "Castellane", 3, "machine learning", writers, missing={"teaching_statement"}),
              Applicant("Dmitri", "Dorvin", 4, "computational biology", writers)]
    write_packets(work / "packets", people, shape="folders")
    db = work / "reviewer.sqlite3"
    with open_store(db) as store:
        ops.set_required_documents(store, required=REQUIRED)
        ops.import_folder(store, work / "packets", workers=2)
        extra = add_merged_pairs_and_versions(store, work)
        ids = {r.name: r.id for r in ops.list_candidates(store)}
        bruno = ids["Bruno Brask"]

    def settle(ms: int) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def wait_until(predicate, timeout: float = 30.0) -> None:  # noqa: ANN001
        end = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > end:
                raise TimeoutError("condition not met")
            settle(50)

    app = QApplication.instance() or QApplication(["cv-reviewer"])
    settings = Settings()
    settings.reviewer_name = "Ada Chair"
    window = create_window(str(db), settings=settings)
    window.show_import_report = False
    window.resize(1400, 820)
    window.show()
    wait_until(lambda: window.list.proxy.rowCount() == len(people) + extra)
    window.list.select_ids([bruno], current=bruno)
    wait_until(lambda: window.page.candidate_id == bruno)
    window.page.show_packet()
    packet = window.page.packet_view
    packet.tree.setCurrentItem(packet.tree.topLevelItem(packet.tree.topLevelItemCount() - 1).child(0))
    settle(400)
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / "packet-view.png"))
    print("saved", out / "packet-view.png")

    def show(name: str) -> None:
        window.list.select_ids([ids[name]], current=ids[name])
        wait_until(lambda: window.page.candidate_id == ids[name])
        settle(600)

    show("Elif Ekwueme")
    window.page.show_packet()
    wait_until(lambda: packet.tree.topLevelItemCount() > 0)
    packet.tree.setCurrentItem(packet.tree.topLevelItem(0).child(0))
    settle(300)
    window.grab().save(str(out / "packet-merged.png"))
    print("saved", out / "packet-merged.png")

    show("Wei Zhang")
    window.page.show_profile()
    wait_until(lambda: window.page.same_person.isVisible())
    settle(300)
    window.grab().save(str(out / "same-person.png"))
    print("saved", out / "same-person.png")

    show("Tamsin Varga")
    window.page.show_profile()
    wait_until(lambda: window.page.cv_changes.isVisible())
    window.page.cv_changes.toggle.click()
    settle(400)
    window.grab().save(str(out / "cv-diff.png"))
    print("saved", out / "cv-diff.png")
    window.close()
    window.ctx.store.close()
    del app
    return 0


def add_merged_pairs_and_versions(store, work: Path) -> int:  # noqa: ANN001 (a db.store.Store)
    """A merged portal PDF, a same-person pair in two scripts, and a CV sent again in
    a newer version (reviewed on the old one). Returns how many candidates it adds."""
    from reviewer import operations as ops
    from tests.factories import Person, write_pdf, write_txt
    from tests.packet_factory import Applicant, write_merged_pdf

    more = work / "more"
    more.mkdir()
    write_merged_pdf(more / "Ekwueme_Elif_application.pdf",
                     Applicant("Elif", "Ekwueme", 5, "robotics", ["Harriet Vance", "Lucius Fenn", "Maren Skov"]),
                     bookmarks=True, cover=True)
    tsinghua = [("Ph.D. in Computer Science", "Tsinghua University", "2016 - 2021")]
    paper = ["Wei Zhang, Bob Stone. Graph Sparsifiers for Streaming Review. In NeurIPS, 2023."]
    write_txt(more / "zhang_cn.txt", Person(name="张伟", email="zw@example.cn", phone="+86 10 6278 0001",
                                          education=tsinghua, publications=paper))
    write_pdf(more / "zhang_en.pdf", Person(name="Wei Zhang", email="wei.zhang@example.org",
                                            phone="+44 20 7946 0001", education=tsinghua, publications=paper))
    old = Person(name="Tamsin Varga", email="tamsin.varga@example.org", phone="+44 20 7946 0420",
                 education=[("Ph.D. in Computer Science", "University of Examplestan", "2019 - 2024")],
                 experience=[("Postdoctoral Researcher", "Imaginary Labs", "2024 - Present")],
                 publications=["Tamsin Varga, Bob Stone. Learning Quiet Widgets. In NeurIPS, 2023."])
    write_pdf(more / "varga_cv.pdf", old)
    ops.import_folder(store, more, workers=2)
    varga = next(r.id for r in ops.list_candidates(store) if r.name == "Tamsin Varga")
    ops.set_score(store, candidate_id=varga, reviewer="Ada Chair", score=3)
    ops.set_comment(store, candidate_id=varga, reviewer="Ada Chair", comment="Strong papers; no position yet.")
    old.education = [("Ph.D. in Computer Science", "University of Examplestan", "2019 - 2025")]
    old.experience = [("Assistant Professor", "Northfield University", "2026 - Present"),
                      ("Postdoctoral Researcher", "Imaginary Labs", "2025 - 2026")]
    old.publications = [*old.publications, "Tamsin Varga, Carl Moss. Loud Gadgets at Scale. In ICML, 2026."]
    write_pdf(more / "varga_cv.pdf", old)
    ops.import_folder(store, more, workers=2)
    return 4


if __name__ == "__main__":
    raise SystemExit(main())
