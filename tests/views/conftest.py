"""The app's controller on a seeded portable data folder, and signing in as a user does."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.credentials import TokenStore
from app.gui import AppController
from app.i18n import Translators
from app.paths import AppPaths
from app.portal.embedded import EmbeddedPortalClient
from models.roles import Role
from server.seed import DEMO_ACCOUNTS


@pytest.fixture
def controller(qtbot, data_dir: Path) -> Iterator[AppController]:
    translators = Translators(QApplication.instance())
    paths = AppPaths.portable(data_dir)
    ctrl = AppController(
        paths, lambda: EmbeddedPortalClient.open(paths.data_dir), TokenStore(), translators
    )
    yield ctrl
    if ctrl.window is not None:
        qtbot.waitUntil(lambda: not ctrl._syncing, timeout=60_000)
        ctrl.window.close()
    if ctrl.sign_in_dialog is not None:
        ctrl.sign_in_dialog.close()
    translators.clear()


@pytest.fixture
def signed_in(qtbot, controller: AppController) -> Callable[..., AppController]:
    """``signed_in(Role.X, ...)``: start the app, sign in as the demo user with exactly
    those roles through the dialog, and wait for the first sync."""

    def sign_in(*roles: Role) -> AppController:
        account = next(a for a in DEMO_ACCOUNTS if tuple(a.roles) == roles)
        controller.start()
        qtbot.waitUntil(lambda: controller.sign_in_dialog is not None, timeout=30_000)
        dialog = controller.sign_in_dialog
        assert dialog is not None
        qtbot.keyClicks(dialog.email_edit, account.email)
        qtbot.keyClicks(dialog.password_edit, account.password)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: controller.window is not None and not controller._syncing, timeout=60_000
        )
        return controller

    return sign_in
