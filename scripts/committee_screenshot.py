"""The shared-committee screenshot for the README: two reviewers' windows side by
side on one PostgreSQL committee, a score made in the right one appearing in the
left one by itself (ui/live_updates.py).

    python scripts/committee_screenshot.py [--out docs/screenshots] [--url ADMIN_URL]

Without --url a throwaway PostgreSQL cluster is started and removed
(tests/pg_support.py). The committee is made as a chair would (`committee init`,
`add-reviewer`), the sample CVs imported as the chair, and both windows are the
real window on their own logins, drawn with Qt's offscreen platform.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHAIR, REVIEWER = "Ada Chair", "Ben Okafor"
SIZE = (1180, 780)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    ap.add_argument("--samples", type=Path, default=ROOT / "resources" / "samples")
    ap.add_argument("--url", help="PostgreSQL URL that may create databases and roles")
    args = ap.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="cvr-committee-shot-"))
    os.environ["REVIEWER_DATA_DIR"] = str(work)

    from sqlalchemy.engine import make_url

    from tests.pg_support import Cluster, start_own_cluster

    cluster = Cluster(make_url(args.url).set(drivername="postgresql+psycopg")) if args.url else start_own_cluster()
    if cluster is None:
        raise SystemExit("no PostgreSQL: pass --url or install postgresql")
    name = f"committee_{uuid.uuid4().hex[:8]}"
    cluster.execute(f"CREATE DATABASE {name}")
    try:
        return shoot(cluster.url(name), args.samples, args.out)
    finally:
        cluster.drop_database(name)
        cluster.execute(*[f'DROP ROLE IF EXISTS "{r}"' for r in _roles(cluster, name)])
        if not args.url:
            cluster.stop()
        shutil.rmtree(work, ignore_errors=True)


def shoot(admin: str, samples: Path, out: Path) -> int:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from db.store import open_store
    from reviewer import committee
    from reviewer import operations as ops
    from ui.app import create_window
    from ui.settings import Settings
    from ui.style import apply_theme

    app = QApplication.instance() or QApplication(["cv-reviewer"])
    app.setApplicationName("CV Reviewer")
    apply_theme(app, "light")
    _, _, chair = committee.init_committee(admin, chair=CHAIR)
    ben = committee.add_reviewer(admin, REVIEWER)
    with open_store(chair.url, daily_backup=False) as store:
        print(ops.import_folder(store, samples, workers=1).summary_line())
        rows = ops.list_candidates(store)
        shown = max(rows, key=lambda r: (r.publications, -r.id)).id
        ops.set_score(store, candidate_id=shown, reviewer=CHAIR, score=4)
        ops.set_comment(store, candidate_id=shown, reviewer=CHAIR,
                        comment="Clear research agenda; first-author papers at top venues.")

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

    windows = []
    for member in (chair, ben):
        w = create_window(member.url, settings=Settings())
        w.show_import_report = False
        w.resize(*SIZE)
        w.setWindowTitle(f"CV Reviewer — {member.name}")
        w.show()
        wait_until(lambda w=w: w.list.source.rowCount() == len(rows))
        w.list.select_ids([shown], current=shown)
        wait_until(lambda w=w: w.page.review_panel._detail is not None
                   and w.page.review_panel._detail.id == shown)
        windows.append(w)
    left, right = windows
    settle(400)

    # Ben scores and comments in his window; the chair's window picks it up by polling.
    panel = right.page.review_panel
    panel.score_buttons.button(5).click()
    panel.comment.setPlainText("Strongest of the batch. Invite.")
    panel.flush_comment()
    started = time.monotonic()
    wait_until(lambda: any(r.reviewer == REVIEWER and r.score == 5
                           for r in left.page.review_panel._detail.reviews))
    print(f"the chair's window showed Ben's score after {time.monotonic() - started:.1f} s")
    settle(600)
    compose(left, right, out / "committee-live.png")
    for w in windows:
        w.close()
        w.ctx.store.close()
    return 0


def compose(left, right, path: Path) -> None:  # noqa: ANN001
    """Both windows on one light-grey desk, with a caption above each."""
    from PySide6.QtCore import QPoint, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap

    shots = [left.grab(), right.grab()]
    ratio = shots[0].devicePixelRatio()
    w, h = (int(s / ratio) for s in (shots[0].width(), shots[0].height()))
    gap, caption = 24, 34
    canvas = QPixmap(int((2 * w + 3 * gap) * ratio), int((h + caption + 2 * gap) * ratio))
    canvas.setDevicePixelRatio(ratio)
    canvas.fill(QColor("#d9dde3"))
    painter = QPainter(canvas)
    font = QFont()
    font.setPointSize(12)
    font.setBold(True)
    painter.setFont(font)
    captions = [f"{CHAIR}'s window: {REVIEWER}'s 5 appears by itself",
                f"{REVIEWER}'s window, on another machine: scores 5"]
    for i, (shot, text) in enumerate(zip(shots, captions, strict=True)):
        x = gap + i * (w + gap)
        painter.setPen(QColor("#222"))
        painter.drawText(QRect(x, gap // 2, w, caption), Qt.AlignmentFlag.AlignVCenter, text)
        for j, alpha in enumerate((40, 25, 12)):  # a soft edge, as on a desktop
            painter.fillRect(x - 1 - j, gap + caption - 1 - j, w + 2 + 2 * j, h + 2 + 2 * j, QColor(0, 0, 0, alpha))
        painter.drawPixmap(QPoint(x, gap + caption), shot)
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    canvas.save(str(path))
    print("saved", path)


def _roles(cluster, database: str) -> list[str]:  # noqa: ANN001
    from sqlalchemy import create_engine, text

    engine = create_engine(cluster.admin)
    with engine.connect() as conn:
        roles = conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p ORDER BY oid DESC"),
                             {"p": f"{database}\\_%"}).scalars().all()
    engine.dispose()
    return list(roles)


if __name__ == "__main__":
    sys.exit(main())
