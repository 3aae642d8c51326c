"""My score, tags and comment for one candidate, and the other reviewers' reviews.

Every edit is written at once through the serial writer lane; the comment is
saved as it is typed (debounced), so there is no Save button to forget. The
panel is used beside the profile and, compact, under each column of Compare.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer import operations as ops
from reviewer import pending
from reviewer.operations import CandidateDetail, Changes
from reviewer.stages import DEFAULT_STAGE, NEEDS_REASON, STAGES
from ui.conflict_box import ConflictBox
from ui.context import AppContext
from ui.criteria_form import CriteriaForm
from ui.others_view import OthersView
from ui.widgets import Chip, FlowLayout, plain_label
from ui.write_queue import QueueState

KEPT = "Kept here until the server is back"

COMMENT_SAVE_DELAY_MS = 600
SCORE_STYLE = ("QToolButton:checked { background: palette(highlight); color: palette(highlighted-text);"
               " border: 1px solid palette(highlight); border-radius: 3px; font-weight: bold; }")


class ReviewPanel(QWidget):
    """Review controls for one candidate (tags may target several selected candidates)."""

    saved = Signal()  # a write of this panel finished (tests wait on it)
    reviewer_needed = Signal()  # the reviewer tried to review before saying who they are

    def __init__(self, ctx: AppContext, *, compact: bool = False, self_refresh: bool = True,
                 parent: QWidget | None = None) -> None:
        """`self_refresh`: reload the candidate when a change concerns it (off when a
        parent view reloads and passes the detail in)."""
        super().__init__(parent)
        self._ctx = ctx
        self._self_refresh = self_refresh
        self._compact = compact
        self._detail: CandidateDetail | None = None
        self._tag_targets: list[int] = []  # the list's selection, when several rows are selected
        self._pending_comment: tuple[int, str, str] | None = None  # (candidate, reviewer, text)
        # candidate id -> the version of my comment this editor started from. Written
        # here on loading and after each save; a save queued behind another starts from
        # the version that one made (ui/write_queue.py moves it on).
        self._comment_base: dict[int, int] = {}
        self._take_stored_comment = False  # after a conflict: show the other machine's text
        self._comment_timer = QTimer(self, singleShot=True, interval=COMMENT_SAVE_DELAY_MS)
        self._comment_timer.timeout.connect(self.flush_comment)
        ctx.queue.state_changed.connect(self._queue_state)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8 if compact else 12, 8, 8 if compact else 12, 8)
        layout.setSpacing(6)
        self.title = plain_label("My review", wrap=False, selectable=False, bold=True, scale=1.1)
        if not compact:
            layout.addWidget(self.title)
        self.conflict_box = ConflictBox(ctx)  # my conflict of interest, or the CV's suggestions
        self.conflict_box.saved.connect(self.saved)
        layout.addWidget(self.conflict_box)

        # Score: 1..5 as an exclusive button row; clicking the checked one clears it.
        score_row = QHBoxLayout()
        score_row.setSpacing(2)
        if not compact:
            score_row.addWidget(plain_label("Score", wrap=False, selectable=False))
        self.score_buttons = QButtonGroup(self)
        self.score_buttons.setExclusive(False)
        for n in range(1, 6):
            b = QToolButton()
            b.setText(str(n))
            b.setCheckable(True)
            b.setToolTip(f"Score {n} (key {n})")
            b.setMinimumWidth(30)
            b.setAccessibleName(f"Score {n}")
            self.score_buttons.addButton(b, n)
            score_row.addWidget(b)
        self.score_buttons.idClicked.connect(self._score_clicked)
        # A checked score must read at a glance, in either palette. Set on the buttons
        # only: a style sheet on the panel would pin its labels to the palette of the day.
        for button in self.score_buttons.buttons():
            button.setStyleSheet(SCORE_STYLE)
        score_row.addStretch(1)
        layout.addLayout(score_row)

        self.criteria_host = CriteriaForm()  # the rubric's boxes, when the committee has one
        self.criteria_host.scored.connect(self.set_criterion)
        layout.addWidget(self.criteria_host)

        # Stage: the committee's decision (one per candidate, not per reviewer).
        stage_row = QHBoxLayout()
        stage_row.setSpacing(6)
        stage_row.addWidget(plain_label("Stage", wrap=False, selectable=False))
        self.stage_box = QComboBox()
        self.stage_box.setAccessibleName("Stage")
        self.stage_box.setToolTip("Where the candidate stands in the search (a rejection asks for its reason)")
        for stage in STAGES:
            self.stage_box.addItem(stage.capitalize(), stage)
        self.stage_box.activated.connect(lambda i: self.choose_stage(self.stage_box.itemData(i)))
        stage_row.addWidget(self.stage_box)
        self.stage_reason = plain_label("", dim=True)
        stage_row.addWidget(self.stage_reason, 1)
        self.stage_host = QWidget()
        self.stage_host.setLayout(stage_row)
        stage_row.setContentsMargins(0, 0, 0, 0)
        self.stage_host.setVisible(not compact)
        layout.addWidget(self.stage_host)

        # Tags: chips with a remove button, and an entry with completion.
        self.tag_flow_host = QWidget()
        self.tag_flow = FlowLayout(self.tag_flow_host, spacing=4)
        layout.addWidget(self.tag_flow_host)
        self.tag_edit = QLineEdit()
        self.tag_edit.setPlaceholderText("Add tag… (T)")
        self.tag_edit.setClearButtonEnabled(True)
        self._tag_names = QStringListModel(self)
        completer = QCompleter(self._tag_names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tag_edit.setCompleter(completer)
        self.tag_edit.returnPressed.connect(self._add_tag_from_edit)
        self.tag_edit.installEventFilter(self)  # Escape abandons a half-typed tag
        layout.addWidget(self.tag_edit)

        # Comment, saved as typed.
        if not compact:
            layout.addWidget(plain_label("My comment", wrap=False, selectable=False))
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText("Notes for the committee… (saved as you type)")
        self.comment.setTabChangesFocus(True)
        self.comment.textChanged.connect(self._comment_edited)
        if not compact:
            self.comment.setMinimumHeight(120)
            self.comment.setMaximumHeight(260)  # room below for the other reviewers
        layout.addWidget(self.comment, 2)
        self.save_state = plain_label("", wrap=False, selectable=False, dim=True, scale=0.9)
        layout.addWidget(self.save_state)

        # The other reviewers.
        self.others_view = OthersView()
        layout.addWidget(self.others_view)
        layout.addStretch(1)

        ctx.bus.changed.connect(self._on_changes)
        ctx.bus.reviewer_changed.connect(self._reviewer_changed)
        self.refresh_tag_names()
        self.show_candidate(None)

    # -- public -----------------------------------------------------------
    @property
    def candidate_id(self) -> int | None:
        return self._detail.id if self._detail else None

    def show_candidate(self, detail: CandidateDetail | None) -> None:
        """Show `detail` (None: nothing selected). A pending comment is saved first."""
        if self._detail and detail and detail.id != self._detail.id or detail is None:
            self.flush_comment()
        keep_comment = (
            self._detail is not None and detail is not None and detail.id == self._detail.id
            and (self.comment.hasFocus() or self._pending_comment is not None)
            and not self._take_stored_comment
        )
        self._take_stored_comment = False
        if detail is None or self._detail is None or detail.id != self._detail.id:
            # A half-typed tag belongs to the candidate it was typed for: Enter on the
            # next one must not tag the wrong person.
            self.tag_edit.clear()
        previous, self._detail = self._detail, detail
        self.setEnabled(detail is not None)
        mine = self._my_review()
        for n in range(1, 6):
            self.score_buttons.button(n).setChecked(mine is not None and mine.score == n)
        self._show_tags()
        same = previous is not None and detail is not None and previous.id == detail.id
        stored = mine.comment if mine else ""
        if detail is not None and not keep_comment:
            self._comment_base[detail.id] = mine.version if mine else 0
        if not keep_comment and self.comment.toPlainText() != stored:
            self.comment.blockSignals(True)  # loading is not typing: no save
            self.comment.setPlainText(stored)
            self.comment.blockSignals(False)
        if not same:
            self.save_state.setText("")
        self.criteria_host.show_review(detail.rubric if detail else (), mine)
        self.conflict_box.show_detail(None if self._compact else detail)
        # A declared conflict: the core refuses my review, so the controls say so first.
        blocked = bool(detail and detail.conflict and detail.conflict.declared)
        for widget in (*self.score_buttons.buttons(), self.criteria_host, self.comment):
            widget.setEnabled(not blocked)
        self._show_stage()
        self._show_others()
        self.title.setText(f"My review — {self._ctx.reviewer}" if self._ctx.reviewer else "My review")

    def set_tag_targets(self, candidate_ids: list[int]) -> None:
        """Tags typed here go to every selected candidate (bulk tagging)."""
        self._tag_targets = list(candidate_ids)
        n = len(self._tag_targets)
        self.tag_edit.setPlaceholderText(f"Add tag to {n} selected… (T)" if n > 1 else "Add tag… (T)")

    def set_score(self, score: int | None) -> None:
        if self._detail is None:
            return
        if not self._ctx.reviewer:
            self.reviewer_needed.emit()
            if not self._ctx.reviewer:
                self.show_candidate(self._detail)  # undo the button's check
                return
        for n in range(1, 6):
            self.score_buttons.button(n).setChecked(n == score)
        self._ctx.write(pending.write("set_score", candidate_id=self._detail.id, reviewer=self._ctx.reviewer,
                                      score=score),
                        on_done=lambda _c: self.saved.emit(), owner=self)

    def choose_stage(self, stage: str) -> None:
        """Move the candidate to `stage`; a rejection first asks for its reason
        (cancelling leaves the stage as it was)."""
        if self._detail is None:
            return
        reason = None
        if stage in NEEDS_REASON:
            reason, ok = QInputDialog.getText(self, "Reason", f"Why is this candidate {stage}? "
                                              "(kept with the decision and exported)")
            if not ok or not reason.strip():
                self._show_stage()
                return
        self._ctx.write(pending.write("set_stage", candidate_id=self._detail.id, stage=stage, reason=reason,
                                      reviewer=self._ctx.reviewer or None),
                        on_done=lambda _c: self.saved.emit(), owner=self)

    def add_tag(self, tag: str) -> None:
        tag = " ".join(tag.split())
        ids = self._tag_targets if len(self._tag_targets) > 1 else ([self._detail.id] if self._detail else [])
        if not tag or not ids:
            return
        self._ctx.write(pending.write("add_tag", candidate_ids=list(ids), tag=tag,
                                      reviewer=self._ctx.reviewer or None),
                        on_done=lambda _c: self.saved.emit(), owner=self)

    def remove_tag(self, tag: str) -> None:
        if self._detail is None:
            return
        self._ctx.write(pending.write("remove_tag", candidate_ids=[self._detail.id], tag=tag,
                                      reviewer=self._ctx.reviewer or None),
                        on_done=lambda _c: self.saved.emit(), owner=self)

    def focus_tag_entry(self) -> None:
        self.tag_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def flush_comment(self) -> None:
        """Write a comment still waiting for its debounce (on switching candidate or closing)."""
        self._comment_timer.stop()
        if self._pending_comment is None:
            return
        (cid, me, text), self._pending_comment = self._pending_comment, None
        self.save_state.setText("Saving…")
        # The version this text was typed on; the queue moves it on for comments
        # typed meanwhile, after an earlier one is saved (reviewer/pending.py).
        item = pending.write("set_comment", candidate_id=cid, reviewer=me, comment=text,
                             expected_version=self._comment_base.get(cid))

        def done(changes: Changes) -> None:
            if changes.comment_version is not None:
                self._comment_base[cid] = changes.comment_version
            if self._pending_comment is None and self._ctx.queue.state().waiting == 0:
                self.save_state.setText("Saved")
            self.saved.emit()

        def failed(error: BaseException) -> None:
            if isinstance(error, ops.ReviewConflict):
                self._resolve_conflict(cid, me, text, error)
            else:
                self.save_state.setText("Not saved")
                self._ctx.bus.failed.emit(f"{type(error).__name__}: {error}")

        self._ctx.write(item, on_done=done, on_failed=failed, owner=self)

    def _queue_state(self, state: QueueState) -> None:
        """While the server is away a comment is kept, not saved: say which."""
        if not state.online and self.save_state.text() == "Saving…":
            self.save_state.setText(KEPT)
        elif state.online and not state.waiting and self.save_state.text() == KEPT:
            self.save_state.setText("Saved")

    def _resolve_conflict(self, cid: int, me: str, text: str, conflict: ops.ReviewConflict) -> None:
        """My comment was saved on another machine since this editor loaded it: ask,
        rather than overwrite it or drop what was typed here."""
        answer = QMessageBox.question(
            self, "Comment changed on another machine",
            "Your comment on this candidate was saved on another machine after you started editing it "
            "here.\n\nYes: keep the text typed here (it replaces the other one).\n"
            "No: show the other machine's text instead.")
        if answer == QMessageBox.StandardButton.Yes:
            self._comment_base[cid] = conflict.current_version  # overwrite, knowingly
            self._pending_comment = (cid, me, text)
            self.flush_comment()
        else:
            self._comment_base.pop(cid, None)
            self._take_stored_comment = True
            self.save_state.setText("")
            self._reload()

    def refresh_reviews(self) -> None:
        """Reload this candidate's reviews (another machine saved); typing is kept."""
        self._reload()

    def refresh_tag_names(self) -> None:
        store = self._ctx.store
        self._ctx.read(lambda: ops.all_tags(store), self._tag_names.setStringList, owner=self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.tag_edit and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape and self.tag_edit.text()):
            self.tag_edit.clear()
            return True
        return super().eventFilter(watched, event)

    # -- internals --------------------------------------------------------
    def _my_review(self) -> ops.ReviewInfo | None:
        if not self._detail:
            return None
        return next((r for r in self._detail.reviews if r.reviewer == self._ctx.reviewer), None)

    def _score_clicked(self, score: int) -> None:
        mine = self._my_review()
        checked = self.score_buttons.button(score).isChecked()
        self.set_score(score if checked or (mine and mine.score != score) else None)

    def _add_tag_from_edit(self) -> None:
        text = self.tag_edit.text()
        self.tag_edit.clear()
        for tag in text.split(","):
            self.add_tag(tag)

    def _comment_edited(self) -> None:
        if self._detail is None:
            return
        if not self._ctx.reviewer:
            self.reviewer_needed.emit()
            if not self._ctx.reviewer:
                return
        self._pending_comment = (self._detail.id, self._ctx.reviewer, self.comment.toPlainText())
        self.save_state.setText("Editing…")
        self._comment_timer.start()

    @property
    def criterion_boxes(self) -> dict[str, QSpinBox]:
        return self.criteria_host.boxes

    @property
    def overall_label(self) -> QLabel:
        return self.criteria_host.overall_label

    def set_criterion(self, criterion: str, score: int | None) -> None:
        """My 1-5 score on one rubric criterion (None clears it)."""
        if self._detail is None:
            return
        if not self._ctx.reviewer:
            self.reviewer_needed.emit()
            if not self._ctx.reviewer:
                self.show_candidate(self._detail)
                return
        self._ctx.write(pending.write("set_criterion_score", candidate_id=self._detail.id,
                                      reviewer=self._ctx.reviewer, criterion=criterion, score=score),
                        on_done=lambda _c: self.saved.emit(), owner=self)

    def _show_stage(self) -> None:
        stage = self._detail.stage if self._detail else DEFAULT_STAGE
        self.stage_box.setCurrentIndex(max(self.stage_box.findData(stage), 0))
        reason = self._detail.stage_reason if self._detail else None
        self.stage_reason.setText(reason or "")
        self.stage_reason.setToolTip(reason or "")

    def _show_tags(self) -> None:
        self.tag_flow.clear()
        for tag in self._detail.tags if self._detail else ():
            chip = Chip(tag, parent=self.tag_flow_host)
            chip.remove_requested.connect(self.remove_tag)
            self.tag_flow.addWidget(chip)
            chip.show()
        self.tag_flow_host.setVisible(bool(self._detail and self._detail.tags))
        self.tag_flow.invalidate()

    def _show_others(self) -> None:
        others = [r for r in (self._detail.reviews if self._detail else []) if r.reviewer != self._ctx.reviewer]
        if self._compact:  # Compare shows everyone's scores in its own "Reviews" row
            others = []
        hidden = self._detail.hidden_reviews if self._detail and not self._compact else 0
        self.others_view.show_reviews(others, hidden, conflicted=self.conflict_box.declared)

    def _on_changes(self, changes: Changes) -> None:
        if changes.tags:
            self.refresh_tag_names()
        if self._self_refresh and self._detail and (not changes.candidate_ids or self._detail.id in changes.candidate_ids):
            self._reload()

    def _reviewer_changed(self, _name: str) -> None:
        """Redraw at once as the new reviewer: the detail holds every reviewer's review,
        so the heading, score and comment must not wait for a reload or a new score."""
        self.flush_comment()
        detail, self._detail = self._detail, None  # not "the same candidate": the comment is reloaded too
        if detail is not None:
            # The others' reviews were loaded for the previous reviewer; until the reload
            # for this one arrives, show none (they may be hidden from this reviewer).
            mine = [r for r in detail.reviews if r.reviewer == self._ctx.reviewer]
            detail = replace(detail, reviews=mine, hidden_reviews=0)
        self.show_candidate(detail)
        if self._self_refresh:
            self._reload()

    def _reload(self) -> None:
        if self._detail is None:
            return
        cid, store = self._detail.id, self._ctx.store

        def loaded(detail: CandidateDetail) -> None:
            if self._detail is not None and self._detail.id == detail.id:
                self.show_candidate(detail)

        self._ctx.read(lambda: ops.get_candidate(store, cid), loaded, owner=self)
