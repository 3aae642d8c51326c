"""The triage queue: a keyboard-first walk through my unreviewed candidates.

One candidate at a time (the profile as the committee may see it: blind when the
first round is blind), with the score (one box per rubric criterion, or the
single score), tags and a comment. Ctrl+Enter saves and moves on, Alt+Left /
Alt+Right (or Page Up / Page Down) step without saving, Esc leaves. Candidates I
declared a conflict with are not in the queue. Reads and writes run off the GUI
thread (AppContext), writes through the same queue as the review panel.
"""
from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reviewer import operations as ops
from reviewer import pending
from reviewer.operations import CandidateDetail
from reviewer.rubric import Criterion
from reviewer.triage import TriageQueue, unreviewed_ids
from ui.context import AppContext
from ui.profile_html import profile_html


def _score_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, 5)
    box.setSpecialValueText("–")  # 0: not scored
    return box


class TriageDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.queue = TriageQueue([])
        self._detail: CandidateDetail | None = None
        self._rubric: list[Criterion] = []
        self.setWindowTitle("Triage: my unreviewed candidates")
        self.resize(760, 680)

        self.progress = QLabel("Loading…")
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600")
        self.profile = QTextBrowser()
        self.profile.setOpenLinks(False)
        self.scores = QFormLayout()
        self.score_boxes: dict[str, QSpinBox] = {}
        self.tags = QLineEdit()
        self.tags.setPlaceholderText("tags, separated by commas")
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText("comment")
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(90)
        self.previous_button = QPushButton("← Previous")
        self.next_button = QPushButton("Save && next →")
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(self.save_and_next)

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.progress)
        layout.addLayout(top)
        layout.addWidget(self.profile, 1)
        form = QFormLayout()
        form.addRow(self.scores)
        form.addRow("Tags", self.tags)
        form.addRow("Comment", self.comment)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel("Ctrl+Enter save and next · Alt+←/→ step · Esc leave"))
        buttons.addStretch(1)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        layout.addLayout(buttons)
        for keys, slot in (("Ctrl+Return", self.save_and_next), ("Ctrl+Enter", self.save_and_next),
                           ("Alt+Right", lambda: self.step(1)), ("PgDown", lambda: self.step(1)),
                           ("Alt+Left", lambda: self.step(-1)), ("PgUp", lambda: self.step(-1))):
            QShortcut(QKeySequence(keys), self, slot)
        self._load_queue()

    def _load_queue(self) -> None:
        store, me = self._ctx.store, self._ctx.reviewer

        def load() -> tuple[list[int], list[Criterion]]:
            return unreviewed_ids(ops.list_candidates(store, reviewer=me)), ops.rubric(store)

        def loaded(result: tuple[list[int], list[Criterion]]) -> None:
            self.queue = TriageQueue(result[0])
            self._rubric = result[1]
            self._build_score_boxes()
            self._show_current()

        self._ctx.read(load, loaded, owner=self)

    def _build_score_boxes(self) -> None:
        names = [c.name for c in self._rubric] or ["Score"]
        for name in names:
            box = _score_box()
            self.score_boxes[name] = box
            self.scores.addRow(name, box)

    def _show_current(self) -> None:
        self.progress.setText(self.queue.progress())
        cid = self.queue.current
        self.next_button.setEnabled(cid is not None)
        if cid is None:
            self.title.setText("Nothing left to review" if not self.queue.ids else "")
            self.profile.clear()
            return
        store, me = self._ctx.store, self._ctx.reviewer
        self._ctx.read(lambda: ops.get_candidate(store, cid, viewer=me), self._shown, owner=self)

    def _shown(self, detail: CandidateDetail) -> None:
        if detail.id != self.queue.current:
            return  # the reviewer moved on while it loaded
        self._detail = detail
        self.title.setText(detail.profile.name or f"Candidate {detail.id}")
        self.profile.setHtml(profile_html(detail.profile))
        mine = next((r for r in detail.reviews if r.reviewer == self._ctx.reviewer), None)
        for name, box in self.score_boxes.items():
            given = (mine.criteria.get(name) if self._rubric else mine.score) if mine else None
            box.setValue(int(given or 0))
        self.tags.setText(", ".join(detail.tags))
        self.comment.setPlainText(mine.comment if mine else "")
        first = next(iter(self.score_boxes.values()), None)
        if first is not None:
            first.setFocus()
            first.selectAll()

    def step(self, delta: int) -> None:
        self.queue.step(delta)
        self._show_current()

    def save_and_next(self) -> None:
        detail = self._detail
        if detail is None or detail.id != self.queue.current:
            return
        self._save(detail)
        self.progress.setText(self.queue.progress())
        if self.queue.position < len(self.queue.ids) - 1:
            self.step(1)
        else:
            self.title.setText(f"End of the queue: {self.queue.progress()}")

    def _save(self, detail: CandidateDetail) -> None:
        me, cid = self._ctx.reviewer, detail.id
        mine = next((r for r in detail.reviews if r.reviewer == me), None)
        values = {name: box.value() or None for name, box in self.score_boxes.items()}
        for name, value in values.items():
            before = (mine.criteria.get(name) if self._rubric else mine.score) if mine else None
            if value == before:
                continue
            if self._rubric:
                self._ctx.write(pending.write("set_criterion_score", candidate_id=cid, reviewer=me,
                                              criterion=name, score=value))
            else:
                self._ctx.write(pending.write("set_score", candidate_id=cid, reviewer=me, score=value))
        for tag in {t.strip() for t in self.tags.text().split(",") if t.strip()} - set(detail.tags):
            self._ctx.write(pending.write("add_tag", candidate_ids=[cid], tag=tag, reviewer=me))
        text = self.comment.toPlainText()
        if text != (mine.comment if mine else ""):
            self._ctx.write(pending.write("set_comment", candidate_id=cid, reviewer=me, comment=text,
                                          expected_version=mine.version if mine else None))
        self.queue.mark(cid, any(v is not None for v in values.values()))
