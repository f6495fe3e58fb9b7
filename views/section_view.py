"""The section view: one generic widget for Quotes, Orders, Deliveries, Track & Trace,
Invoices and Account balance (SPEC.md section 2), driven by the section's spec.

Search field and criteria on top, the table (15 rows, "More" for the next 15), "15 of
1,234" below. Every read goes through the table model on a worker thread of the view's
own pool, so a search over a million invoices never freezes the window (and a long sync on
the global pool never delays the table). The column choice and order are stored per user
and section (``models.preferences``); header drags are stored too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, QThreadPool
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from app.tasks import run_in_background
from models.columns import section_spec
from models.export import ExportFormat, ExportRequest
from models.formatting import money_text
from models.preferences import ColumnLayout, load_layout, save_layout
from models.roles import Section
from models.section_query import default_criteria, read_summaries
from models.table_model import Runner, SectionTableModel
from views.column_dialog import ColumnDialog
from views.criteria_panel import CriteriaPanel
from views.details_dialog import DetailsDialog
from views.export_dialog import ExportJob, ask_export_target, show_export_error
from views.icons import gear_icon, magnifier_icon
from views.role_names import section_name
from views.section_table import SectionTable


class SectionView(QWidget):
    def __init__(
        self,
        section: Section,
        cache_engine: Engine,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        runner: Runner | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.spec = section_spec(section)
        self._engine = cache_engine
        self._today = today
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # a page and a count at the same time
        self._run: Runner = runner or self._in_background
        self.model = SectionTableModel(
            self.spec, cache_engine, runner=self._run, today=today, parent=self
        )
        self.details_dialog: DetailsDialog | None = None
        self.column_dialog: ColumnDialog | None = None
        self.export_job: ExportJob | None = None

        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        self.criteria_panel = CriteriaPanel(self.spec)
        self.criteria_panel.setVisible(False)
        self.criteria_panel.set_values(default_criteria(self.spec, today()))
        self.criteria_panel.startRequested.connect(self._apply_criteria)
        self.criteria_panel.resetRequested.connect(self._reset_criteria)
        layout.addWidget(self.criteria_panel)
        self.table = SectionTable(self.model)
        self.table.documentActivated.connect(self._open_details)
        self.table.columnsMoved.connect(lambda: self._set_layout(self.table.current_layout()))
        layout.addWidget(self.table, 1)
        layout.addLayout(self._bottom_bar())

        self.model.rowsLoaded.connect(self._update_count)
        self.model.totalChanged.connect(self._update_count)
        self.model.loadingChanged.connect(self._update_count)
        self.model.loadFailed.connect(self._load_failed)
        self._apply_layout(load_layout(cache_engine, self.spec))
        self.retranslate()
        self.model.reload()
        self._update_summary()

    def _in_background(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        run_in_background(work, on_done, on_error, owner=self, pool=self._pool)

    # --- building ---------------------------------------------------------------------

    def _top_bar(self) -> QHBoxLayout:
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(260)
        self.search_edit.returnPressed.connect(self._search)
        self.search_edit.textChanged.connect(self._search_text_changed)
        self.search_button = QToolButton()
        self.search_button.setIcon(magnifier_icon())
        self.search_button.clicked.connect(self._search)
        self.criteria_button = QToolButton()
        self.criteria_button.setCheckable(True)
        self.criteria_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.criteria_button.setArrowType(Qt.ArrowType.RightArrow)
        self.criteria_button.toggled.connect(self._toggle_criteria)
        self.summary_label = QLabel()
        self.summary_label.setVisible(bool(self.spec.summaries))
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.columns_button = QToolButton()
        self.columns_button.setIcon(gear_icon())
        self.columns_button.clicked.connect(self.configure_columns)
        bar = QHBoxLayout()
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.search_button)
        bar.addWidget(self.criteria_button)
        bar.addStretch(1)
        bar.addWidget(self.summary_label)
        bar.addWidget(self.export_button)
        bar.addWidget(self.columns_button)
        return bar

    def _bottom_bar(self) -> QHBoxLayout:
        self.count_label = QLabel()
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.more_button = QPushButton()
        self.more_button.setEnabled(False)
        self.more_button.clicked.connect(self.model.load_more)
        bar = QHBoxLayout()
        bar.addWidget(self.count_label)
        bar.addWidget(self.message_label, 1)
        bar.addWidget(self.more_button)
        return bar

    def retranslate(self) -> None:
        name = section_name(self.section)
        named = (
            (self.search_edit, self.tr("Search")),
            (self.search_button, self.tr("Start search")),
            (self.criteria_button, self.tr("Criteria")),
            (self.export_button, self.tr("Export")),
            (self.columns_button, self.tr("Columns")),
            (self.table, name),
            (self.count_label, self.tr("Number of documents")),
            (self.summary_label, self.tr("Summary")),
            (self.more_button, self.tr("More")),
        )
        for widget, accessible in named:
            widget.setAccessibleName(accessible)
        self.search_edit.setPlaceholderText(self.tr("Search in the shown columns"))
        self.search_button.setToolTip(self.tr("Search"))
        self.criteria_button.setText(self.tr("Criteria"))
        self.export_button.setText(self.tr("Export…"))
        self.columns_button.setToolTip(self.tr("Choose columns"))
        self.more_button.setText(self.tr("More"))
        self.criteria_panel.retranslate()
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.set_locale(QLocale())
            self.retranslate()
            self._update_summary()
        super().changeEvent(event)

    # --- public API -------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the cache again (after a sync), keeping the rows shown."""
        self.model.refresh()
        self._update_summary()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def visible_columns(self) -> list[str]:
        """Ids of the shown columns, in the order the user sees them."""
        return self.table.visible_columns()

    # --- search, criteria, sort -------------------------------------------------------

    def _search(self) -> None:
        self.message_label.clear()
        self.model.set_search(self.search_edit.text())

    def _search_text_changed(self, text: str) -> None:
        if not text and self.model.state.search:  # the clear button ends the search
            self._search()

    def _toggle_criteria(self, shown: bool) -> None:
        self.criteria_panel.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.criteria_button.setArrowType(arrow)

    def _apply_criteria(self) -> None:
        criteria = self.criteria_panel.values()
        if criteria is not None:
            self.model.set_criteria(criteria)

    def _reset_criteria(self) -> None:
        defaults = default_criteria(self.spec, self._today())
        self.criteria_panel.set_values(defaults)
        self.model.set_criteria(defaults)

    # --- results ----------------------------------------------------------------------

    def _update_count(self) -> None:
        locale = QLocale()
        shown, total = self.model.rowCount(), self.model.total
        if total is None:
            text = self.tr("%1 of …").replace("%1", locale.toString(shown))
        elif total == 0:
            text = self.tr("No documents found")
        else:
            text = self.tr("%1 of %2").replace("%1", locale.toString(shown))
            text = text.replace("%2", locale.toString(total))
        self.count_label.setText(text)
        self.more_button.setEnabled(self.model.has_more and not self.model.loading)
        self.export_button.setEnabled(shown > 0)

    def _load_failed(self, reason: str) -> None:
        self.message_label.setText(
            self.tr("The documents could not be read: %1").replace("%1", reason)
        )

    def _update_summary(self) -> None:
        if not self.spec.summaries:
            return
        engine, spec, today = self._engine, self.spec, self._today()
        self._run(lambda: read_summaries(engine, spec, today), self._show_summary, lambda _e: None)

    def _show_summary(self, figures: list[tuple[str, int]]) -> None:
        locale = QLocale()
        parts = [
            self.tr("%1: %2").replace("%1", title).replace("%2", money_text(cents, locale))
            for title, cents in figures
        ]
        self.summary_label.setText("   ".join(parts))

    # --- columns ----------------------------------------------------------------------

    def configure_columns(self) -> None:
        _discard(self.column_dialog)
        dialog = ColumnDialog(self.spec, self.table.current_layout(), self)
        dialog.accepted.connect(lambda: self._set_layout(dialog.chosen_layout()))
        self.column_dialog = dialog
        dialog.open()

    def _set_layout(self, layout: ColumnLayout) -> None:
        save_layout(self._engine, self.spec, layout)
        self._apply_layout(layout)

    def _apply_layout(self, layout: ColumnLayout) -> None:
        self.table.apply_layout(layout)
        self.model.set_search_columns(layout.visible_columns)

    # --- rows -------------------------------------------------------------------------

    def _open_details(self, doc_id: int) -> None:
        _discard(self.details_dialog)
        self.details_dialog = DetailsDialog(self.spec, self._engine, doc_id, self._today(), self)
        self.details_dialog.open()

    # --- export -----------------------------------------------------------------------

    def export(self) -> None:
        target = ask_export_target(self, section_name(self.section))
        if target is not None:
            self.export_to(*target)

    def export_to(self, path: Path, fmt: ExportFormat) -> None:
        request = ExportRequest(
            self.spec,
            self.model.state,
            tuple(self.visible_columns()),
            path,
            fmt,
            QLocale(),
            self._today(),
            sheet_title=section_name(self.section),
        )
        self.message_label.clear()
        job = ExportJob(self._engine, request, self)
        job.finished.connect(self._exported)
        job.failed.connect(self._export_failed)
        self.export_job = job
        job.start()

    def _export_failed(self, message: str) -> None:
        self.export_job = None
        show_export_error(self, message)

    def _exported(self, path: str, rows: int) -> None:
        self.export_job = None
        text = self.tr("Exported %Ln rows to %1.", "", rows).replace("%1", Path(path).name)
        self.message_label.setText(text)


def _discard(dialog: QWidget | None) -> None:
    """Let a dialog that was used go (it is a child of the view until deleted)."""
    if dialog is not None:
        dialog.close()
        dialog.setParent(None)
        dialog.deleteLater()
