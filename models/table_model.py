"""The section table: a Qt model over the cache that holds only the rows shown.

It never loads all rows: each page is one SQL query by keyset (``models.section_query``),
"More" appends the next 15, the total is an SQL COUNT. Reads go through a *runner*, a
callable ``runner(work, on_done, on_error)``: the views pass ``app.tasks.run_in_background``
so that no query (say a search matching a million invoices, or its count) ever blocks the
window; the default runs the work at once, which is what model tests want. A result that
arrives after the query changed again is dropped (each query has a generation number).

Rows are plain tuples (``Row``) with their display texts formatted once, when they are
read, by per-column formatters (``models.formatting``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from sqlalchemy.engine import Engine

from models.column_types import ColumnType, SectionSpec
from models.formatting import Formatter, build_formatters, is_numeric
from models.section_query import (
    PAGE_SIZE,
    QueryState,
    Row,
    count_rows,
    default_state,
    fetch_rows,
)

log = logging.getLogger(__name__)

Runner = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]], None]
Index = QModelIndex | QPersistentModelIndex


def run_now(
    work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
) -> None:
    """The default runner: the work runs at once, on the calling thread."""
    try:
        result = work()
    except Exception as err:  # handed to on_error like the background runner does
        on_error(err)
    else:
        on_done(result)


# (row, display texts)
_Cached = tuple[Row, tuple[str, ...]]

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class SectionTableModel(QAbstractTableModel):
    SortRole = Qt.ItemDataRole.UserRole  # the raw value (cents, ISO date, stored status)
    DocumentIdRole = Qt.ItemDataRole.UserRole + 1
    StatusRole = Qt.ItemDataRole.UserRole + 2  # stored value of a status cell, else None
    ToneRole = Qt.ItemDataRole.UserRole + 3  # a status cell's badge tone (models.column_types)
    OverdueRole = Qt.ItemDataRole.UserRole + 4  # the row is an overdue open item
    UrlRole = Qt.ItemDataRole.UserRole + 5  # a link cell's URL

    rowsLoaded = Signal()  # a page landed (new query, More or refresh)
    totalChanged = Signal()
    # No bool argument: PySide6 6.12 drops a reference to True/False on every emit of a
    # bool through a signal with no receiver, which in time crashes the interpreter.
    loadingChanged = Signal()
    loadFailed = Signal(str)

    def __init__(
        self,
        spec: SectionSpec,
        engine: Engine,
        *,
        runner: Runner = run_now,
        today: Callable[[], dt.date] = dt.date.today,
        locale: QLocale | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._spec = spec
        self._engine = engine
        self._runner = runner
        self._today = today
        self._state = default_state(spec, today())
        self._rows: list[_Cached] = []
        self._has_more = False
        self._total: int | None = None
        self._loading = False
        self._generation = 0
        self._overdue_brush = QBrush(QColor("#b3261e"))
        kinds = [c.type for c in spec.columns]
        self._align = [_RIGHT if is_numeric(k) else _LEFT for k in kinds]
        self._badge = [k is ColumnType.STATUS for k in kinds]
        self._link = [k is ColumnType.LINK for k in kinds]
        self._tones = [{c.value: c.tone.value for c in col.choices} for col in spec.columns]
        self._locale = QLocale(locale) if locale is not None else QLocale()
        self._formatters: list[Formatter] = build_formatters(spec.columns, self._locale)

    # --- what the view reads ----------------------------------------------------------

    @property
    def spec(self) -> SectionSpec:
        return self._spec

    @property
    def state(self) -> QueryState:
        return self._state

    @property
    def total(self) -> int | None:
        """How many rows match, or None while it is being counted."""
        return self._total

    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def loading(self) -> bool:
        return self._loading

    def today(self) -> dt.date:
        return self._today()

    def document_id(self, row: int) -> int:
        return self._rows[row][0].id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._spec.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, texts = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align[col]
        if role == self.SortRole:
            return row.values[col]
        if role == self.DocumentIdRole:
            return row.id
        if role == self.StatusRole:
            return row.values[col] if self._badge[col] else None
        if role == self.ToneRole:
            return self._tones[col].get(row.values[col]) if self._badge[col] else None
        if role == self.OverdueRole:
            return row.overdue
        if role == self.UrlRole:
            return row.values[col] if self._link[col] else None
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue:
            return self._overdue_brush
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        return None

    def _tooltip(self, row: Row, col: int) -> str | None:
        if self._link[col] and row.values[col]:
            return QCoreApplication.translate(
                "SectionTableModel", "Open the carrier's tracking page"
            )
        if row.overdue:
            return QCoreApplication.translate("SectionTableModel", "Overdue")
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._spec.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._spec.columns[section].display_title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align[section]
        return None

    # --- what the view asks for -------------------------------------------------------

    def set_state(self, state: QueryState, total: int | None = None) -> None:
        """Run a new query: its first page, then its count (unless ``total`` is known)."""
        self._state = state
        self._generation += 1
        self._total = total
        self.totalChanged.emit()
        self._read(after=None, limit=PAGE_SIZE + 1, mode="reset")

    def set_search(self, text: str) -> None:
        self._replace(search=text.strip())

    def set_criteria(self, criteria: Mapping[str, Any]) -> None:
        self._replace(criteria=dict(criteria))

    def set_search_columns(self, column_ids: Sequence[str]) -> None:
        """The visible columns: the general search looks in these."""
        columns = tuple(column_ids)
        if columns == self._state.search_columns:
            return
        if self._state.search:
            self._replace(search_columns=columns)
        else:  # the result does not depend on them: no need to query again
            self._state = replace(self._state, search_columns=columns)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._spec.columns) or not self._spec.columns[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        # Another order of the same rows: the count stays, only the first page is read.
        state = replace(
            self._state, sort_column=self._spec.columns[column].id, descending=descending
        )
        self.set_state(state, total=self._total)

    def sort_column(self) -> int:
        return self._spec.column_index(self._state.sort_column)

    def reload(self) -> None:
        self.set_state(self._state)

    def load_more(self) -> None:
        """Append the next page ("More")."""
        if self._loading or not self._has_more or not self._rows:
            return
        self._read(after=self._rows[-1][0], limit=PAGE_SIZE + 1, mode="append")

    def refresh(self) -> None:
        """Read again after a sync, keeping as many rows as are shown."""
        self._generation += 1
        self._read(after=None, limit=max(len(self._rows), PAGE_SIZE) + 1, mode="refresh")

    def set_locale(self, locale: QLocale) -> None:
        """Format again in another locale (or language: labels are translated too)."""
        self._locale = QLocale(locale)
        self._formatters = build_formatters(self._spec.columns, self._locale)
        self._rows = [(row, self._format(row, self._formatters)) for row, _texts in self._rows]
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._spec.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._spec.columns) - 1)

    # --- reading ----------------------------------------------------------------------

    def _replace(self, **changes: Any) -> None:
        self.set_state(replace(self._state, **changes))

    @staticmethod
    def _format(row: Row, formatters: list[Formatter]) -> tuple[str, ...]:
        return tuple(f(v, row.currency) for f, v in zip(formatters, row.values, strict=True))

    def _read(self, after: Row | None, limit: int, mode: str) -> None:
        generation = self._generation
        spec, state, engine = self._spec, self._state, self._engine
        locale, today, formatters = QLocale(self._locale), self._today(), self._formatters

        def work() -> list[_Cached]:
            with engine.connect() as conn:
                rows = fetch_rows(conn, spec, state, locale, today, after, limit)
            return [(row, self._format(row, formatters)) for row in rows]

        self._set_loading(True)
        self._runner(
            work,
            lambda rows: self._landed(generation, mode, limit - 1, rows),
            lambda err: self._failed(generation, err),
        )

    def _landed(self, generation: int, mode: str, shown: int, result: list[_Cached]) -> None:
        if generation != self._generation:
            return  # an older query's answer
        self._set_loading(False)
        self._has_more = len(result) > shown
        rows = result[:shown]
        if mode == "reset":
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif mode == "append":
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
        else:
            self._replace_rows(rows)
        if not self._has_more:
            self._set_total(len(self._rows))  # all matching rows are shown: no count needed
        elif mode == "refresh" or (mode == "reset" and self._total is None):
            self._count(generation)
        self.rowsLoaded.emit()

    def _replace_rows(self, rows: list[_Cached]) -> None:
        old, new = len(self._rows), len(rows)
        if new < old:
            self.beginRemoveRows(QModelIndex(), new, old - 1)
            self._rows = rows
            self.endRemoveRows()
        elif new > old:
            self.beginInsertRows(QModelIndex(), old, new - 1)
            self._rows = rows
            self.endInsertRows()
        self._rows = rows
        if min(old, new):
            last = self.index(min(old, new) - 1, len(self._spec.columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _count(self, generation: int) -> None:
        spec, state, engine = self._spec, self._state, self._engine
        locale, today = QLocale(self._locale), self._today()

        def work() -> int:
            with engine.connect() as conn:
                return count_rows(conn, spec, state, locale, today)

        self._runner(
            work,
            lambda n: self._set_total(n) if generation == self._generation else None,
            lambda err: log.warning("Counting %s failed: %s", spec.table, err),
        )

    def _set_total(self, total: int) -> None:
        if total != self._total:
            self._total = total
            self.totalChanged.emit()

    def _failed(self, generation: int, err: Exception) -> None:
        log.warning("Reading %s failed: %s", self._spec.table, err)
        if generation == self._generation:
            self._set_loading(False)
            self.loadFailed.emit(str(err))

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loadingChanged.emit()
