"""Other applications of the manufacturer: the Webshop activation request and the
Stand By Me registration notice (the Library has its own dialog)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from views.notify import confirm
from views.retranslate import Retranslating


class OtherApplicationsBox(Retranslating, QGroupBox):
    """The landing page's row of links to the other applications."""

    webshop_clicked = Signal()
    library_clicked = Signal()
    standbyme_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        self.webshop_button = QPushButton()
        self.library_button = QPushButton()
        self.standbyme_button = QPushButton()
        for button, signal in (
            (self.webshop_button, self.webshop_clicked),
            (self.library_button, self.library_clicked),
            (self.standbyme_button, self.standbyme_clicked),
        ):
            button.clicked.connect(signal)
            row.addWidget(button)
        row.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Other applications"))
        self.webshop_button.setText(self.tr("Webshop"))
        self.library_button.setText(self.tr("Library"))
        self.standbyme_button.setText(self.tr("Stand By Me"))
        for button in (self.webshop_button, self.library_button, self.standbyme_button):
            button.setAccessibleName(button.text())


class WebshopActivationDialog(QDialog):
    """The activation request form: a reason, sent to the portal.

    ``submitted(reason)`` is emitted on Send; the caller reports back with ``show_error``
    (the typed reason stays) or closes the dialog.
    """

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(True)
        self.setWindowTitle(self.tr("Activate the webshop"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The webshop needs to be activated before its first use. Tell us why you "
                "need it; the manufacturer activates it and lets you know by e-mail."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Reason")))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        layout.addWidget(self.reason_edit)
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setVisible(False)
        layout.addWidget(self.message_label)
        buttons = QDialogButtonBox()
        self.send_button = buttons.addButton(
            self.tr("Send request"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setAccessibleName(self.tr("Send request"))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _send(self) -> None:
        reason = self.reason_edit.toPlainText().strip()
        if not reason:
            self.show_error(self.tr("Say why you need the webshop."))
            return
        self.send_button.setEnabled(False)
        self.message_label.setVisible(False)
        self.submitted.emit(reason)

    def show_error(self, message: str) -> None:
        self.send_button.setEnabled(True)
        self.message_label.setText(message)
        self.message_label.setVisible(True)


def confirm_standbyme(parent: QWidget | None, on_open: Callable[[], object]) -> QMessageBox:
    """Stand By Me needs a one-time registration: say so before linking out."""
    return confirm(
        parent,
        QCoreApplication.translate("OtherApplications", "Stand By Me"),
        QCoreApplication.translate(
            "OtherApplications",
            "Stand By Me needs a one-time registration. Your browser opens its "
            "registration page; after registering, sign in there with your portal account.",
        ),
        on_open,
        QMessageBox.StandardButton.Open,
    )
