"""The app as a user meets it: sign in, see the landing page with live counts, sign out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui import AppController
from models.roles import Role, Section
from server.seed import DEMO_ACCOUNTS


def account_with(*roles: Role):
    return next(a for a in DEMO_ACCOUNTS if tuple(a.roles) == roles)


def open_sign_in(qtbot, ctrl: AppController):
    ctrl.start()
    qtbot.waitUntil(
        lambda: ctrl.sign_in_dialog is not None and ctrl.sign_in_dialog.isVisible(),
        timeout=30_000,
    )
    return ctrl.sign_in_dialog


def sign_in(qtbot, ctrl: AppController, email: str, password: str) -> None:
    dialog = ctrl.sign_in_dialog
    dialog.email_edit.clear()
    qtbot.keyClicks(dialog.email_edit, email)
    dialog.password_edit.clear()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_wrong_password_shows_the_reason_and_keeps_the_input(qtbot, controller):
    dialog = open_sign_in(qtbot, controller)
    email = account_with(Role.ACCOUNT_BALANCE).email
    sign_in(qtbot, controller, email, "wrong")
    qtbot.waitUntil(lambda: dialog.message_label.isVisible(), timeout=10_000)
    assert dialog.message_label.text() == "The e-mail address or password is wrong."
    assert dialog.email_edit.text() == email
    assert dialog.password_edit.text() == "wrong"
    assert controller.window is None


def test_demo_accounts_are_listed_and_fill_the_form(qtbot, controller):
    dialog = open_sign_in(qtbot, controller)
    assert dialog.demo_list.topLevelItemCount() == len(DEMO_ACCOUNTS)
    dialog.demo_list.setCurrentItem(dialog.demo_list.topLevelItem(2))
    assert dialog.email_edit.text() == DEMO_ACCOUNTS[2].email
    assert dialog.password_edit.text() == DEMO_ACCOUNTS[2].password


def signed_in_window(qtbot, controller, account):
    open_sign_in(qtbot, controller)
    sign_in(qtbot, controller, account.email, account.password)
    qtbot.waitUntil(
        lambda: controller.window is not None and controller.window.isVisible(), timeout=10_000
    )
    qtbot.waitUntil(lambda: not controller._syncing, timeout=60_000)
    return controller.window


def test_signing_in_syncs_and_shows_live_counts_of_granted_sections(qtbot, controller):
    window = signed_in_window(qtbot, controller, account_with(Role.ACCOUNT_BALANCE))
    assert set(window.landing.tiles) == set(Section)
    assert window.sync_label.text().startswith("Last synced: ")
    assert window.portal_label.text() == "Portal reachable"
    with controller.account.cache.connect() as conn:
        open_invoices = conn.exec_driver_sql(
            "SELECT count(*) FROM invoice WHERE status = 'open'"
        ).scalar_one()
    assert open_invoices > 0
    tile = window.landing.tiles[Section.INVOICES]
    assert tile.headline.text().replace(",", "") == str(open_invoices)
    assert "€" in window.landing.tiles[Section.ACCOUNT].headline.text()


def test_a_quote_manager_sees_only_quotes(qtbot, controller):
    window = signed_in_window(qtbot, controller, account_with(Role.QUOTE_MANAGEMENT))
    assert set(window.landing.tiles) == {Section.QUOTES}
    with controller.account.cache.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM invoice").scalar_one() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM quote").scalar_one() > 0


def test_no_role_gets_the_portal_only(qtbot, controller):
    window = signed_in_window(qtbot, controller, account_with())
    assert window.landing.tiles == {}
    assert window.landing.no_sections.isVisible()


def test_sign_out_returns_to_the_sign_in_dialog(qtbot, controller, memory_keyring):
    account = account_with(Role.ORDER_MANAGEMENT)
    window = signed_in_window(qtbot, controller, account)
    assert memory_keyring.secrets
    window.sign_out_action.trigger()
    qtbot.waitUntil(lambda: controller.window is None, timeout=10_000)
    dialog = controller.sign_in_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.email_edit.text() == account.email
    assert memory_keyring.secrets == {}
    assert QApplication.instance() is not None


def test_navigation_and_shortcuts_reach_only_granted_sections(qtbot, controller):
    from PySide6.QtGui import QKeySequence

    window = signed_in_window(qtbot, controller, account_with(Role.ORDER_MANAGEMENT))
    labels = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert labels == ["Home", "Quotes", "Orders", "Deliveries", "Track & Trace"]
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"} <= shortcuts
    assert not {"Ctrl+5", "Ctrl+6"} & shortcuts  # invoices, account balance
    window.section_actions[Section.ORDERS].trigger()
    assert window.current_section() is Section.ORDERS
    page = window.pages[Section.ORDERS]
    assert window.stack.currentWidget() is page
    window.home_action.trigger()
    assert window.stack.currentWidget() is window.landing
    qtbot.mouseClick(window.landing.tiles[Section.QUOTES], Qt.MouseButton.LeftButton)
    assert window.current_section() is Section.QUOTES
    assert QKeySequence("Ctrl+5") not in [a.shortcut() for a in window.actions()]
