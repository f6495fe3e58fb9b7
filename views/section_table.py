"""The table of a section view: header sorting in SQL, movable and hideable columns.

The model has every column of the section in spec order; which ones show, and where, is
the header's business (``apply_layout``). Clicking a header asks the model to sort in
SQL; columns that cannot be sorted leave the indicator where it was. A header dragged by
the user is announced with ``columnsMoved`` so that the view can store the new order.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from models.preferences import ColumnLayout, normalised
from models.table_model import SectionTableModel
from views.badge_delegate import BadgeDelegate
from views.details_dialog import open_tracking_page

MAX_INITIAL_COLUMN_WIDTH = 320  # long addresses would push the rest out of sight


class SectionTable(QTableView):
    columnsMoved = Signal()  # the user dragged a header: ``current_layout()`` changed
    documentActivated = Signal(int)  # double-click or Enter on a row: its document id

    def __init__(self, model: SectionTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._spec = model.spec
        self._visible = frozenset(self._spec.column_ids)
        self._applying = False
        self._fitting = False
        self._user_sized: set[int] = set()  # columns the user resized: left alone
        self.setModel(model)
        self.setItemDelegate(BadgeDelegate(self))
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.activated.connect(self._activated)  # double-click and Enter
        self.clicked.connect(self._clicked)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(model.sort_column(), Qt.SortOrder.DescendingOrder)
        # Not setSortingEnabled: the model sorts in SQL, and unsortable columns say no.
        header.sortIndicatorChanged.connect(self._sort_changed)
        header.sectionMoved.connect(self._section_moved)
        header.sectionResized.connect(self._section_resized)
        model.rowsLoaded.connect(self._rows_loaded)

    # --- columns ----------------------------------------------------------------------

    def apply_layout(self, layout: ColumnLayout) -> None:
        header = self.horizontalHeader()
        self._applying = True
        try:
            for visual, column_id in enumerate(layout.order):
                logical = self._spec.column_index(column_id)
                header.moveSection(header.visualIndex(logical), visual)
                header.setSectionHidden(logical, column_id not in layout.visible)
        finally:
            self._applying = False
        self._visible = layout.visible

    def current_layout(self) -> ColumnLayout:
        header = self.horizontalHeader()
        order = [self._spec.columns[header.logicalIndex(v)].id for v in range(header.count())]
        return normalised(self._spec, order, self._visible)

    def visible_columns(self) -> list[str]:
        """Ids of the shown columns, in the order the user sees them."""
        return self.current_layout().visible_columns

    def _section_moved(self, _logical: int, _old: int, _new: int) -> None:
        if not self._applying:
            self.columnsMoved.emit()

    def _section_resized(self, logical: int, _old: int, _new: int) -> None:
        if not self._fitting and not self._applying:
            self._user_sized.add(logical)

    def _rows_loaded(self) -> None:
        self._fit_columns()
        self._show_sort_indicator()

    def _fit_columns(self) -> None:
        """Widen columns to what the loaded rows need (never narrower, never beyond a
        limit), except those the user sized by hand."""
        header = self.horizontalHeader()
        self._fitting = True
        try:
            for column in range(self._model.columnCount()):
                if column in self._user_sized or header.isSectionHidden(column):
                    continue
                needed = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
                width = min(needed, MAX_INITIAL_COLUMN_WIDTH)
                if width > self.columnWidth(column):
                    self.setColumnWidth(column, width)
        finally:
            self._fitting = False

    # --- sorting and rows -------------------------------------------------------------

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self._spec.columns[column].sortable:
            self._model.sort(column, order)
        else:
            self._show_sort_indicator()

    def _show_sort_indicator(self) -> None:
        """The indicator where the rows are sorted (after a refused click, or a sort that
        did not come from the header)."""
        header = self.horizontalHeader()
        descending = self._model.state.descending
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (
            self._model.sort_column(),
            order,
        ):
            header.blockSignals(True)
            header.setSortIndicator(self._model.sort_column(), order)
            header.blockSignals(False)

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.isValid():
            self.documentActivated.emit(self._model.document_id(index.row()))

    def _clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        url = index.data(SectionTableModel.UrlRole)  # the Track & Trace pin
        if url:
            open_tracking_page(str(url))
