"""The packet view's screenshot (docs/screenshots/packet-view.png): invented
applicants' packets imported into a throw-away database, the committee's required
documents set, and the Packet tab of an applicant whose third letter is missing.

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
        bruno = next(r.id for r in ops.list_candidates(store) if r.name == "Bruno Brask")

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
    wait_until(lambda: window.list.proxy.rowCount() == len(people))
    window.list.select_ids([bruno], current=bruno)
    wait_until(lambda: window.page.candidate_id == bruno)
    window.page.show_packet()
    packet = window.page.packet_view
    packet.tree.setCurrentItem(packet.tree.topLevelItem(packet.tree.topLevelItemCount() - 1).child(0))
    settle(400)
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / "packet-view.png"))
    print("saved", out / "packet-view.png")
    window.close()
    window.ctx.store.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
