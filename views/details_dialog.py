"""A document's details: its header fields and its item lines (the row a user opened).

Shipping units also get a "Track & Trace" button that opens the carrier's tracking page in
the browser, when the carrier has one. Actions on documents (order a quote, edit an
order, return, payment advice) come with their own issues and dialogs.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import Engine

from models.column_types import ColumnType, SectionSpec
from models.details import DocumentDetails, LinesModel, load_details
from views.badge_delegate import TONE_COLOURS, BadgeDelegate
from views.icons import pin_icon
from views.role_names import section_name


def open_tracking_page(url: str) -> None:
    QDesktopServices.openUrl(QUrl(url))


class DetailsDialog(QDialog):
    """Shows one document; ``details`` is None if it left the cache meanwhile."""

    def __init__(
        self,
        spec: SectionSpec,
        engine: Engine,
        doc_id: int,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.spec = spec
        self.details: DocumentDetails | None = load_details(engine, spec, doc_id, QLocale(), today)
        self.lines_view: QTableView | None = None
        self.track_button: QPushButton | None = None
        layout = QVBoxLayout(self)
        if self.details is None:
            self.setWindowTitle(section_name(spec.section))
            layout.addWidget(QLabel(self.tr("This document is no longer available.")))
        else:
            title = self.tr("%1 — %2").replace("%1", self.details.number)
            self.setWindowTitle(title.replace("%2", section_name(spec.section)))
            heading = QLabel(self.details.number)
            font = heading.font()
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            heading.setFont(font)
            heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(heading)
            layout.addLayout(self._header(self.details))
            if spec.lines is not None:
                layout.addWidget(self._lines(self.details), 1)
        self.setAccessibleName(self.windowTitle())

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        if self.details is not None and self.details.tracking_url:
            # "&&": a single "&" would make the next letter a keyboard shortcut
            self.track_button = QPushButton(pin_icon(), self.tr("Track && Trace"))
            self.track_button.setAccessibleName(self.tr("Track & Trace"))
            self.track_button.setToolTip(self.tr("Open the carrier's tracking page"))
            url = self.details.tracking_url
            self.track_button.clicked.connect(lambda: open_tracking_page(url))
            buttons.addButton(self.track_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self.resize(760, 520 if spec.lines is not None else 320)

    def _header(self, details: DocumentDetails) -> QGridLayout:
        """Fields in two columns of label/value pairs."""
        grid = QGridLayout()
        forms = [QFormLayout(), QFormLayout()]
        half = (len(details.fields) + 1) // 2
        for n, field in enumerate(details.fields):
            value = QLabel(field.text or "—")
            value.setAccessibleName(field.label)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if field.column.type is ColumnType.STATUS and field.value is not None:
                choice = field.column.choice(str(field.value))
                background, foreground = TONE_COLOURS[choice.tone.value if choice else "neutral"]
                value.setStyleSheet(
                    f"background: {background}; color: {foreground}; border-radius: 8px;"
                    " padding: 1px 8px;"
                )
                row = QHBoxLayout()
                row.addWidget(value)
                row.addStretch(1)
                forms[n >= half].addRow(self.tr("%1:").replace("%1", field.label), row)
                continue
            forms[n >= half].addRow(self.tr("%1:").replace("%1", field.label), value)
        if details.overdue:
            overdue = QLabel(self.tr("Overdue"))
            overdue.setStyleSheet("color: #b3261e; font-weight: bold;")
            overdue.setAccessibleName(self.tr("Overdue"))
            forms[1].addRow("", overdue)
        grid.addLayout(forms[0], 0, 0)
        grid.addLayout(forms[1], 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def _lines(self, details: DocumentDetails) -> QTableView:
        view = QTableView()
        view.setAccessibleName(self.tr("Items"))
        view.setModel(LinesModel(details, view))
        view.setItemDelegate(BadgeDelegate(view))
        view.setAlternatingRowColors(True)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().setVisible(False)
        view.setWordWrap(False)
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        description = [c.id for c in details.line_columns].index("description")
        header.setSectionResizeMode(description, QHeaderView.ResizeMode.Stretch)
        self.lines_view = view
        return view
