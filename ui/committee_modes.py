"""Reviewer menu entries of the committee's modes: the blind first round (a shared
setting, recorded with who turned it on or off) and the triage queue."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from reviewer import operations as ops
from reviewer.committee_settings import CommitteeSettings
from ui.context import AppContext

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

    # Imported when first opened, not with the menus at start-up (README, row d1).
    from ui.triage_dialog import TriageDialog

TRIAGE_KEYS = "Ctrl+Shift+T"


def blind_action(ctx: AppContext, parent: QWidget, menu: QMenu) -> QAction:
    """A checkable entry that follows the stored setting and changes it for everyone."""
    action = QAction("Blind first round: hide names, contact and photos (committee)", parent, checkable=True)
    action.setToolTip("For everyone on this database: candidates appear as 'Candidate 0042'; names, e-mail, "
                      "phone, links and photos are hidden in every view and export. Turning it off is recorded.")
    action.setObjectName("blind_first_round")

    toggles = [0]  # the reviewer's own changes: a read sent before the latest one is out of date

    def changed(on: bool) -> None:
        toggles[0] += 1
        store, me = ctx.store, ctx.reviewer
        ctx.write(lambda: ops.set_blind_first_round(store, on=on, reviewer=me))

    def loaded(settings: CommitteeSettings, sent: int = toggles[0]) -> None:
        if sent != toggles[0]:
            return  # read before the reviewer's toggle: it would undo the tick, not the setting
        action.blockSignals(True)
        action.setChecked(settings.blind_first_round)
        action.blockSignals(False)

    action.toggled.connect(changed)
    ctx.read(lambda: ops.committee_settings(ctx.store), loaded, owner=action)
    menu.addAction(action)
    return action


def triage_action(ctx: AppContext, parent: QWidget, menu: QMenu) -> QAction:
    action = QAction("Triage my unreviewed candidates…", parent)
    action.setShortcut(QKeySequence(TRIAGE_KEYS))
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    action.setObjectName("triage")
    action.triggered.connect(lambda _checked=False: open_triage(ctx, parent))
    menu.addAction(action)
    return action


def open_triage(ctx: AppContext, parent: QObject | QWidget) -> TriageDialog:
    from ui.triage_dialog import TriageDialog

    dialog = TriageDialog(ctx, parent if isinstance(parent, QWidget) else None)
    dialog.setObjectName("triage_dialog")
    dialog.show()
    return dialog
