"""Exporting a section view to CSV or Excel: ask where, then write in the background.

The rows are written by ``models.export`` on a worker thread; a progress dialog (shown only
when an export takes more than half a second) reports the rows written and can cancel.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget
from sqlalchemy.engine import Engine

from app.tasks import run_in_background
from models.export import (
    EXCEL_MAX_ROWS,
    ExportCancelled,
    ExportFormat,
    ExportRequest,
    TooManyRowsForExcel,
    export_rows,
)


def ask_export_target(parent: QWidget, suggested: str) -> tuple[Path, ExportFormat] | None:
    """The file the user picks, with the format its name (or the chosen filter) implies."""
    excel = QCoreApplication.translate("Export", "Excel workbook (*.xlsx)")
    csv = QCoreApplication.translate("Export", "CSV file (*.csv)")
    start = str(Path.home() / f"{suggested}.xlsx")
    path, chosen = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Export", "Export"), start, f"{excel};;{csv}"
    )
    if not path:
        return None
    target = Path(path)
    by_name = {".xlsx": ExportFormat.XLSX, ".csv": ExportFormat.CSV}.get(target.suffix.lower())
    fmt = by_name or (ExportFormat.CSV if chosen == csv else ExportFormat.XLSX)
    if by_name is None:
        target = target.with_name(f"{target.name}.{fmt.value}")
    return target, fmt


class ExportJob(QObject):
    """One export in the background. ``finished(path, rows)`` or ``failed(message)``;
    a cancelled export emits neither and leaves no file."""

    finished = Signal(str, int)
    failed = Signal(str)
    _progressed = Signal(int, int)  # emitted on the worker thread, delivered queued

    def __init__(self, engine: Engine, request: ExportRequest, parent: QWidget) -> None:
        super().__init__(parent)
        self._engine = engine
        self._request = request
        self._cancel = threading.Event()
        self.progress = QProgressDialog(
            QCoreApplication.translate("Export", "Exporting…"),
            QCoreApplication.translate("Export", "Cancel"),
            0,
            0,
            parent,
        )
        self.progress.setWindowTitle(QCoreApplication.translate("Export", "Export"))
        self.progress.setAccessibleName(QCoreApplication.translate("Export", "Export progress"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(500)  # small exports finish before it shows
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self._cancel.set)
        self._progressed.connect(self._on_progress)

    def start(self) -> None:
        engine, request, cancel = self._engine, self._request, self._cancel

        def work() -> int:
            return export_rows(
                engine, request, progress=self._progressed.emit, cancelled=cancel.is_set
            )

        self.progress.setValue(0)
        run_in_background(work, self._done, self._error, owner=self)

    def cancel(self) -> None:
        self._cancel.set()

    def _on_progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            return
        self.progress.setMaximum(max(total, 1))
        self.progress.setLabelText(
            QCoreApplication.translate("Export", "Exported %1 of %2 rows…")
            .replace("%1", QLocale().toString(done))
            .replace("%2", QLocale().toString(total))
        )
        self.progress.setValue(min(done, total))

    def _done(self, rows: int) -> None:
        self.progress.close()
        self.finished.emit(str(self._request.path), rows)
        self.deleteLater()

    def _error(self, err: Exception) -> None:
        self.progress.close()
        if not isinstance(err, ExportCancelled):
            self.failed.emit(self._message(err))
        self.deleteLater()

    @staticmethod
    def _message(err: Exception) -> str:
        if isinstance(err, TooManyRowsForExcel):
            return (
                QCoreApplication.translate(
                    "Export",
                    "%1 rows do not fit in an Excel worksheet (at most %2)."
                    " Export them as CSV or narrow the search.",
                )
                .replace("%1", QLocale().toString(err.rows))
                .replace("%2", QLocale().toString(EXCEL_MAX_ROWS))
            )
        if isinstance(err, OSError):
            return QCoreApplication.translate(
                "Export", "The file could not be written: %1"
            ).replace("%1", err.strerror or str(err))
        return QCoreApplication.translate("Export", "The export failed: %1").replace("%1", str(err))


def show_export_error(parent: QWidget, message: str) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Export", "Export"),
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setAccessibleName(QCoreApplication.translate("Export", "Export failed"))
    box.open()  # not exec(): background callbacks keep running
    return box
