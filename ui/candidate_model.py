"""The candidate list: a table model over `operations.CandidateRow` (its filtered view
is `ui.candidate_proxy`).

Roles (documented because views, the proxy and tests rely on them):
  DisplayRole   text as shown
  SortRole      a typed value to order by: int/float for counts and scores, a
                casefolded str for text; an unscored cell sorts after every score
  IdRole        the candidate id (int) for any cell of the row
  DisagreementRole  bool: the reviewers' scores differ by 2 or more (Spread is bold and flagged)
  ToolTipRole   the full text of cells that may be elided
  InitialSortOrderRole (header)  the order of a column's first click: best first
                for scores and counts (highest), A-Z for text, 1 first for rank
Whatever the order, a cell without a value (unscored, unranked, no position)
sorts after every cell with one; ties keep the committee's rank order.
The rows come ranked from the core (`list_candidates`); the "#" column restores
that order. Nothing here decides rank, match or filter semantics.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from reviewer.aggregates import CALIBRATION_METHOD
from reviewer.operations import CandidateRow
from reviewer.stages import DEFAULT_STAGE, stage_order
from ui.formatting import plain_markup

SortRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
DisagreementRole = Qt.ItemDataRole.UserRole + 3

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """Left to right as a reviewer scans: rank, warnings, who, scores, output, then places."""

    RANK = 0
    WARNINGS = 1
    NAME = 2
    MY_SCORE = 3
    MEAN_SCORE = 4
    REVIEWS = 5
    PUBLICATIONS = 6
    FIRST_AUTHOR = 7
    TAGS = 8
    POSITION = 9
    DEGREE = 10
    # Appended, not inserted, so a header layout saved by an older version still
    # fits its columns; the view places them where they read best.
    STAGE = 11
    MEDIAN = 12
    SPREAD = 13
    STDEV = 14
    CALIBRATED = 15
    COMPLETE = 16


HEADERS: dict[Column, tuple[str, str]] = {
    Column.RANK: ("#", "Committee ranking: mean score, then number of reviews"),
    Column.NAME: ("Name", "Candidate name (a reviewer's correction wins over the parsed name)"),
    Column.POSITION: ("Position / affiliation", "Current position, or latest affiliation"),
    Column.DEGREE: ("Highest degree", "Highest degree and institution"),
    Column.PUBLICATIONS: ("Pubs", "Publications the CV lists, of any status (published, accepted, in press, "
                                  "under review, in preparation, preprint): the candidate page gives each one's"),
    Column.FIRST_AUTHOR: ("1st", "First-author (or equal-first) publications, of any status"),
    Column.MY_SCORE: ("Mine", "My score (1-5)"),
    Column.MEAN_SCORE: ("Mean", "Mean score across reviewers"),
    Column.REVIEWS: ("Reviews", "Number of reviewers who scored"),
    Column.TAGS: ("Tags", "Tags"),
    Column.WARNINGS: ("!", "The parser reported warnings: check the original document"),
    Column.MEDIAN: ("Median", "Median score across reviewers"),
    Column.SPREAD: ("Spread", "Highest minus lowest score; marked when reviewers differ by 2 or more"),
    Column.STDEV: ("SD", "Standard deviation of the scores"),
    Column.CALIBRATED: ("Calib.", f"Calibrated score ({CALIBRATION_METHOD}): each reviewer's scores are centred "
                                  "on that reviewer's own mean and divided by their own standard deviation, "
                                  "then averaged, so a harsh or lenient reviewer weighs like everyone else"),
    Column.COMPLETE: ("Complete", "Whether the application packet holds every document the committee requires "
                                  "(Reviewer → Required documents…)"),
    Column.STAGE: ("Stage", "Where the candidate stands: new, longlist, shortlist, interview, offer, declined, "
                            "rejected"),
}

_COLUMNS = tuple(Column)  # by index: Column(i) costs a microsecond per call
_COLUMN_COUNT = len(_COLUMNS)
_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_FONT = Qt.ItemDataRole.FontRole
_DECORATION = Qt.ItemDataRole.DecorationRole
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NUMERIC = {Column.RANK, Column.PUBLICATIONS, Column.FIRST_AUTHOR, Column.MY_SCORE, Column.MEAN_SCORE,
            Column.REVIEWS, Column.MEDIAN, Column.SPREAD, Column.STDEV, Column.CALIBRATED}
# The first click on these sorts highest first (best scores, most publications).
# (Spread and SD: the most disagreement first, which is what a chair looks for.)
_BEST_FIRST = {Column.MY_SCORE, Column.MEAN_SCORE, Column.REVIEWS, Column.PUBLICATIONS, Column.FIRST_AUTHOR,
               Column.MEDIAN, Column.SPREAD, Column.STDEV, Column.CALIBRATED}
# The roles data() answers (the documented ones above and what the cells draw with).
_ANSWERED = frozenset({_DISPLAY, _ALIGNMENT, _FOREGROUND, _FONT, _DECORATION, SortRole, IdRole, DisagreementRole,
                       Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole})
# A cell with no value has this sort value; it goes after every value in both orders.
_MISSING = float("inf")
_NO_TEXT = "\uffff"


def _value(number: float | None) -> float:
    return number if number is not None else _MISSING


UNKNOWN_COUNT = "?"  # a publications section the parser could not read: never a silent 0
UNKNOWN_TIP = ("Unknown: the CV has a publications section the parser could not read. "
               "Open the original, and type the count under Correct parsed fields (F2).")


def _count(value: int | None) -> str:
    return str(value) if value is not None else UNKNOWN_COUNT


def _number(value: float | None, fmt: str = "{:.2f}") -> str:
    if value is None:
        return ""
    if fmt == "{:g}":  # short: 4, 3.5, 3.75, 3.33
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return fmt.format(value)


def sort_value(row: CandidateRow, column: Column) -> Any:
    """The typed value a column orders by (exposed as SortRole)."""
    match column:
        case Column.RANK:
            return row.rank if row.rank is not None else _MISSING
        case Column.NAME:
            return row.name.casefold()
        case Column.POSITION:
            return (row.position or _NO_TEXT).casefold()
        case Column.DEGREE:
            return (row.highest_degree or _NO_TEXT).casefold()
        case Column.PUBLICATIONS:
            return _value(row.publications)
        case Column.FIRST_AUTHOR:
            return _value(row.first_author)
        case Column.MY_SCORE:
            return row.my_score if row.my_score is not None else _MISSING
        case Column.MEAN_SCORE:
            return row.mean_score if row.mean_score is not None else _MISSING
        case Column.REVIEWS:
            return row.review_count
        case Column.TAGS:
            return ", ".join(row.tags).casefold() or _NO_TEXT
        case Column.WARNINGS:
            return 0 if row.has_warnings else 1
        case Column.STAGE:
            return stage_order(row.stage)
        case Column.MEDIAN:
            return _value(row.median_score)
        case Column.SPREAD:
            return _value(row.spread)
        case Column.STDEV:
            return _value(row.stdev)
        case Column.CALIBRATED:
            return _value(row.calibrated)
        case Column.COMPLETE:
            return len(row.missing)


# sort_value per column as a plain function: no `match` per row when sorting 10,000.
_SORT_KEYS: dict[Column, Any] = {c: (lambda column: lambda r: sort_value(r, column))(c) for c in Column}
_SORT_KEYS[Column.NAME] = lambda r: r.name.casefold()
_SORT_KEYS[Column.REVIEWS] = lambda r: r.review_count


def _rank_key(row: CandidateRow) -> tuple[Any, str]:
    return (row.rank if row.rank is not None else _MISSING, row.name.casefold())


def _rank_order(rows: list[CandidateRow]) -> list[CandidateRow]:
    """Rows in the committee's order (rank, unranked by name). The core already sends
    them so; checking that is one pass, cheaper than sorting again."""
    keys = [_rank_key(r) for r in rows]
    if all(a <= b for a, b in zip(keys, keys[1:], strict=False)):
        return rows
    return sorted(rows, key=_rank_key)


def display_value(row: CandidateRow, column: Column) -> str:
    match column:
        case Column.RANK:
            return str(row.rank) if row.rank is not None else ""
        case Column.NAME:
            return row.name
        case Column.POSITION:
            return row.position or ""
        case Column.DEGREE:
            return row.highest_degree or ""
        case Column.PUBLICATIONS:
            return _count(row.publications)
        case Column.FIRST_AUTHOR:
            return _count(row.first_author)
        case Column.MY_SCORE:
            return _number(row.my_score, "{:g}")
        case Column.MEAN_SCORE:
            if row.scores_hidden:
                return "conflict" if row.conflict else "hidden"
            return f"{row.mean_score:.2f}" if row.mean_score is not None else ""
        case Column.REVIEWS:
            return str(row.review_count) if row.review_count else ""
        case Column.TAGS:
            return ", ".join(row.tags)
        case Column.WARNINGS:
            return ""
        case Column.STAGE:
            return "" if row.stage == DEFAULT_STAGE else row.stage
        case Column.MEDIAN:
            return _number(row.median_score, "{:g}")
        case Column.SPREAD:
            text = _number(row.spread, "{:g}")
            return f"{text} ⚑" if row.disagreement else text
        case Column.STDEV:
            return _number(row.stdev)
        case Column.CALIBRATED:
            return _number(row.calibrated, "{:+.2f}")
        case Column.COMPLETE:
            return "✓" if not row.missing else f"{len(row.missing)} missing"


class CandidateTableModel(QAbstractTableModel):
    """All candidates, in the order the core ranked them (or a column sort of that)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[CandidateRow] = []
        self._ranked: list[CandidateRow] = []  # the same rows in rank order (what column sorts start from)
        self._row_of: dict[int, int] = {}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self._warning_icon = None
        self._bold_font: QFont | None = None
        self._shown: dict[int, tuple[CandidateRow, tuple[str, ...]]] = {}  # id -> (row, its texts)

    # -- Qt model API -----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMN_COUNT

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # One call instead of Qt's hasIndex(), which asks rowCount() and columnCount():
        # the proxy maps every cell it draws through here.
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < _COLUMN_COUNT):
            return QModelIndex()
        return self.createIndex(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks every visible cell for seven roles (~2,200 calls per repaint of
        # the list), most of which we never answer: those return before any other work,
        # and the shown texts are made once per row (see _texts).
        if role not in _ANSWERED:
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, r: int, c: int, role: int) -> Any:
        """data() of row `r`, column `c` (the proxy draws through this directly)."""
        if role not in _ANSWERED or not (0 <= r < len(self._rows) and 0 <= c < _COLUMN_COUNT):
            return None  # (an invalid index has row -1)
        row = self._rows[r]
        if role == _DISPLAY:
            return self._texts(row)[c]
        if role == _ALIGNMENT:
            return _RIGHT if c in _NUMERIC else None
        if role == _FOREGROUND:
            if c == Column.MEAN_SCORE and row.scores_hidden:
                return QApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
            return None
        if role == _FONT:
            return self._bold() if c == Column.SPREAD and row.disagreement else None
        if role == _DECORATION:
            return self._warning() if c == Column.WARNINGS and row.has_warnings else None
        column = _COLUMNS[c]
        if role == SortRole:
            return sort_value(row, column)
        if role == IdRole:
            return row.id
        if role == DisagreementRole:
            return row.disagreement
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if column == Column.WARNINGS:
                return "parser warnings" if row.has_warnings else "no warnings"
            return None
        return self._tool_tip(row, column)

    def _tool_tip(self, row: CandidateRow, column: Column) -> str | None:
        if column == Column.WARNINGS:
            return HEADERS[column][1] if row.has_warnings else None
        if column in (Column.PUBLICATIONS, Column.FIRST_AUTHOR) and display_value(row, column) == UNKNOWN_COUNT:
            return UNKNOWN_TIP
        if column == Column.MEAN_SCORE and row.scores_hidden:
            if row.conflict:
                return "You declared a conflict of interest: the others' scores are hidden from you"
            return "The others' scores are hidden until you score this candidate (committee setting)"
        if column == Column.COMPLETE:
            return "Complete packet" if not row.missing else plain_markup("Missing: " + "; ".join(row.missing))
        if column == Column.STAGE:
            return plain_markup(f"{row.stage}: {row.stage_reason}" if row.stage_reason else row.stage)
        if column == Column.SPREAD and row.spread is not None:
            sd = f", standard deviation {row.stdev:.2f}" if row.stdev is not None else ""
            flag = "; reviewers disagree (2 or more apart)" if row.disagreement else ""
            return f"Scores range over {row.spread:g}{sd}{flag}"
        text = display_value(row, column)
        return plain_markup(text) if text else None

    def _texts(self, row: CandidateRow) -> tuple[str, ...]:
        """Every shown text of `row`, made on its first paint and kept while the row
        (a frozen value) is the same object; rows replaced by set_rows are made anew."""
        cached = self._shown.get(row.id)
        if cached is None or cached[0] is not row:
            cached = (row, tuple(display_value(row, column) for column in _COLUMNS))
            self._shown[row.id] = cached
        return cached[1]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        label, tip = HEADERS[Column(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return label
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            best_first = Column(section) in _BEST_FIRST
            # An int: QHeaderView reads this role with QVariant::toInt.
            return (Qt.SortOrder.DescendingOrder if best_first else Qt.SortOrder.AscendingOrder).value
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Stable sort by SortRole in Python: one key per row instead of a Python
        data() call per comparison, which keeps 10,000 rows well under 100 ms."""
        self._sort = (column, order)
        self._relayout(self._by_column(self._ranked, self._rows))

    # -- our API ----------------------------------------------------------
    def set_rows(self, rows: Sequence[CandidateRow]) -> None:
        """Replace the rows with the core's latest ranking, doing the least a view must redo.

        New candidates whose arrival leaves everyone else in order (an import running)
        are inserted where they belong; a re-ranking is a layout change; either way
        the current row, the selection and the scroll position survive, and only rows
        whose values changed are reported as changed. Anything else is a reset.
        """
        given = list(rows)
        self._shown = {r.id: self._shown[r.id] for r in given if r.id in self._shown}  # forget the deleted
        self._ranked = _rank_order(given)
        new_rows = self._by_column(self._ranked, given)
        old_by_id = {r.id: r for r in self._rows}
        new_ids = {r.id for r in new_rows}
        if not self._rows or not old_by_id.keys() <= new_ids:
            self.beginResetModel()
            self._rows = new_rows
            self._reindex()
            self.endResetModel()
            return
        kept_order = [r.id for r in new_rows if r.id in old_by_id]
        if kept_order == [r.id for r in self._rows]:
            self._insert_runs(new_rows, old_by_id)
        else:
            added = [r for r in new_rows if r.id not in old_by_id]
            if added:  # a layout change may not change the row count: append first
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(added) - 1)
                self._rows.extend(added)
                self._reindex()
                self.endInsertRows()
            self._relayout(new_rows)
        changed = [i for i, r in enumerate(self._rows) if r.id in old_by_id and old_by_id[r.id] != r]
        for first, last in runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(Column) - 1))

    def _insert_runs(self, new_rows: list[CandidateRow], old_by_id: dict[int, CandidateRow]) -> None:
        """Insert each run of new candidates at its place; existing rows keep their order."""
        position = 0
        while position < len(new_rows):
            if new_rows[position].id in old_by_id:
                self._rows[position] = new_rows[position]  # same place, maybe new values
                position += 1
                continue
            end = position
            while end < len(new_rows) and new_rows[end].id not in old_by_id:
                end += 1
            self.beginInsertRows(QModelIndex(), position, end - 1)
            self._rows[position:position] = new_rows[position:end]
            self._reindex()
            self.endInsertRows()
            position = end

    def _relayout(self, rows: list[CandidateRow]) -> None:
        """Reorder to `rows` (already sorted), keeping persistent indexes on their candidate."""
        self.layoutAboutToBeChanged.emit()
        old_ids = [r.id for r in self._rows]
        self._rows = list(rows)
        self._reindex()
        persistent = self.persistentIndexList()
        moved = [self.index(self._row_of[old_ids[i.row()]], i.column()) for i in persistent]
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def rows(self) -> list[CandidateRow]:
        return list(self._rows)

    def shown_rows(self) -> Sequence[CandidateRow]:
        """The rows in their current order, not copied: read, never change."""
        return self._rows

    def row_for_id(self, candidate_id: int) -> int | None:
        return self._row_of.get(candidate_id)

    def candidate(self, row: int) -> CandidateRow:
        return self._rows[row]

    def ids(self) -> Iterable[int]:
        return self._row_of.keys()

    def _by_column(self, ranked: list[CandidateRow], unsorted: list[CandidateRow]) -> list[CandidateRow]:
        """The chosen column's order of `ranked` (the committee's order, which breaks
        ties: the sort is stable, also in reverse), or `unsorted` as it is when no
        column is chosen. One sort per click: the rank order is kept from set_rows."""
        column, order = self._sort
        if column < 0:
            return list(unsorted)
        key = _SORT_KEYS[Column(column)]
        keyed = [(key(r), r) for r in ranked]
        present = [pair for pair in keyed if pair[0] != _MISSING and pair[0] != _NO_TEXT]
        missing = [r for k, r in keyed if k in (_MISSING, _NO_TEXT)]
        # Python's sort is stable also with reverse=True, so equal values keep rank order;
        # the cells without a value stay at the end, in rank order, whichever the direction.
        present.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        return [r for _, r in present] + missing

    def _reindex(self) -> None:
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}

    def _bold(self) -> QFont:
        if self._bold_font is None:
            self._bold_font = QFont(QApplication.font())
            self._bold_font.setBold(True)
        return self._bold_font

    def _warning(self) -> Any:
        if self._warning_icon is None:
            self._warning_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon


def runs(indexes: list[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7, 8] -> [(1, 3), (7, 8)]: contiguous ranges for dataChanged."""
    out: list[tuple[int, int]] = []
    for i in indexes:
        if out and out[-1][1] == i - 1:
            out[-1] = (out[-1][0], i)
        else:
            out.append((i, i))
    return out
