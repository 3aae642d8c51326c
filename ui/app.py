"""Start the desktop window: `reviewer` with no command calls `main`."""
from __future__ import annotations

import sys
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.startup import hold_collector
from ui.context import AppContext, ChangeBus
from ui.settings import APPLICATION, ORGANIZATION, Settings
from ui.style import apply_theme
from ui.tasks import TaskManager


def create_window(db: str | None = None, *, settings: Settings | None = None):  # noqa: ANN201
    """Open the store and build the main window (the QApplication must exist).
    The garbage collector is paused until the window's first list is in
    (reviewer/startup.py; `reviewer` pauses it before its imports already)."""
    hold_collector()
    from db.store import open_store

    # Every call from Qt into Python (a model's data(), a slot) must take the GIL.
    # While an import or a query runs Python on another thread, the GUI thread
    # would wait up to the switch interval (5 ms by default) for each such call, and
    # a repaint makes hundreds of them; 1 ms keeps the window fluid.
    sys.setswitchinterval(0.001)
    from reviewer.paths import default_database
    from reviewer.pending import queue_file
    from ui.main_window import MainWindow

    store = open_store(db or default_database())
    bus = ChangeBus()
    settings = settings or Settings()
    ctx = AppContext(store=store, tasks=TaskManager(), settings=settings, bus=bus,
                     member=store.committee_reviewer(), pending_file=queue_file(settings.folder(), store.url))
    window = MainWindow(ctx)
    bus.setParent(window)
    ctx.tasks.setParent(window)
    return window


def main(db: str | None = None) -> int:
    """Run the window on the database `db` (path or URL; None: the default). Returns the exit code."""
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("cv-reviewer")
    settings = Settings()
    apply_theme(app, settings.theme)
    try:
        window = create_window(db, settings=settings)
    except Exception as error:  # a database that cannot be opened or migrated
        from db.errors import explain
        from reviewer.paths import default_database

        # The same line the command line prints (db/errors.py); a bug shows as itself.
        line = explain(error, db or default_database()) or f"{type(error).__name__}: {error}"
        QMessageBox.critical(None, APPLICATION, f"The database could not be opened:\n{line}")
        return 1
    window.show()
    window.ensure_reviewer()
    code = app.exec()
    window.ctx.store.close()
    return code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else None))
