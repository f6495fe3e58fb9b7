"""The sign-in dialog: e-mail and password, and the demo accounts in demo mode."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.portal.contract import DemoAccount
from models.roles import Role
from views.role_names import role_name


class SignInDialog(QDialog):
    """Asks for e-mail and password; the caller runs the sign-in and reports back.

    ``submitted(email, password)`` is emitted on "Sign in"; the caller then calls
    ``show_error`` (the dialog stays open with the input kept) or ``accept``.
    """

    submitted = Signal(str, str)

    def __init__(
        self,
        demo_accounts: list[DemoAccount],
        email: str = "",
        notice: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to DealerDesk"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)

        intro = QLabel(
            self.tr("Sign in with the e-mail address and password of your portal account.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.email_edit = QLineEdit(email)
        self.email_edit.setAccessibleName(self.tr("E-mail address"))
        self.email_edit.setPlaceholderText("name@company.example")
        form.addRow(self.tr("E-mail address"), self.email_edit)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        form.addRow(self.tr("Password"), self.password_edit)
        layout.addLayout(form)

        self.message_label = QLabel(notice)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setVisible(bool(notice))
        layout.addWidget(self.message_label)

        if demo_accounts:
            layout.addWidget(self._demo_panel(demo_accounts))

        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(
            self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        (self.password_edit if email else self.email_edit).setFocus()

    def _demo_panel(self, accounts: list[DemoAccount]) -> QWidget:
        panel = QWidget()
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 8, 0, 0)
        label = QLabel(
            self.tr(
                "Demo portal: choose an account to try a role "
                "(password: <b>%1</b>). Double-click to sign in."
            ).replace("%1", accounts[0].password)
        )
        label.setWordWrap(True)
        box.addWidget(label)
        self.demo_list = QTreeWidget()
        self.demo_list.setAccessibleName(self.tr("Demo accounts"))
        self.demo_list.setHeaderLabels([self.tr("Name"), self.tr("Roles"), self.tr("E-mail")])
        self.demo_list.setRootIsDecorated(False)
        for account in accounts:
            roles = ", ".join(role_name(Role(r)) for r in account.roles) or self.tr("No role")
            item = QTreeWidgetItem([account.name, roles, account.email])
            item.setData(0, Qt.ItemDataRole.UserRole, account)
            self.demo_list.addTopLevelItem(item)
        for column in range(3):
            self.demo_list.resizeColumnToContents(column)
        self.demo_list.currentItemChanged.connect(self._use_demo_account)
        self.demo_list.itemDoubleClicked.connect(lambda *_: self._submit())
        box.addWidget(self.demo_list)
        return panel

    def _use_demo_account(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        if item is None:
            return
        account: DemoAccount = item.data(0, Qt.ItemDataRole.UserRole)
        self.email_edit.setText(account.email)
        self.password_edit.setText(account.password)

    def _submit(self) -> None:
        email = self.email_edit.text().strip()
        password = self.password_edit.text()
        if not email or not password:
            self.show_error(self.tr("Enter your e-mail address and your password."))
            return
        self.set_busy(True)
        self.submitted.emit(email, password)

    def set_busy(self, busy: bool) -> None:
        self.sign_in_button.setEnabled(not busy)
        self.sign_in_button.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
        if busy:
            self.message_label.setVisible(False)

    def show_error(self, message: str) -> None:
        """Show why sign-in failed; the typed e-mail and password stay."""
        self.set_busy(False)
        self.message_label.setText(message)
        self.message_label.setVisible(True)
        self.password_edit.setFocus()
        self.password_edit.selectAll()
