"""Start-up wiring of the desktop app: portal, sign-in, main window and sync.

The controller owns the flow; widgets live in ``views`` and do no I/O themselves.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThreadPool
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from app.account import AccountService, SignedIn
from app.applications import ApplicationsService
from app.credentials import TokenStore
from app.i18n import Translators
from app.messages import user_message
from app.paths import AppPaths
from app.portal import contract as c
from app.settings import Settings
from app.sync import SyncCancelled, SyncResult
from app.tasks import run_in_background
from models import sync_state
from models.counts import open_amount_by_due_bucket, orders_per_month, section_counts
from models.roles import Section
from views.main_window import MainWindow
from views.notify import inform
from views.other_applications_flow import OtherApplicationsFlow
from views.section_view import SectionView
from views.settings_dialog import SettingsDialog
from views.sign_in_dialog import SignInDialog

log = logging.getLogger(__name__)

PortalFactory = Callable[[], c.PortalClient]


class AppController(QObject):
    def __init__(
        self,
        paths: AppPaths,
        open_portal: PortalFactory,
        tokens: TokenStore,
        translators: Translators | None = None,
    ) -> None:
        super().__init__()
        self.paths = paths
        self.translators = translators
        self.settings_dialog: SettingsDialog | None = None
        self._open_portal = open_portal
        self._tokens = tokens
        self.accounts: AccountService | None = None
        self.account: SignedIn | None = None
        self.window: MainWindow | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self._syncing = False
        self._cancel_sync = False
        self._sign_out_after_sync = False

    # --- start -------------------------------------------------------------------------

    def start(self) -> None:
        """Open the portal (the embedded one is created on first run), then sign in."""
        busy = QProgressDialog(self.tr("Opening the portal…"), "", 0, 0)
        busy.setWindowTitle("DealerDesk")
        busy.setCancelButton(None)
        busy.setMinimumDuration(300)
        busy.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._busy = busy

        def opened(client: c.PortalClient) -> None:
            self.accounts = AccountService(self.paths, client, self._tokens)
            resumed = self.accounts.resume()
            # Show the next window before closing this one, or Qt quits in between.
            if resumed is None:
                self.show_sign_in(email=self.accounts.settings.last_email)
            else:
                self._enter(resumed)
            busy.close()

        def failed(err: Exception) -> None:
            busy.close()
            log.exception("Opening the portal failed", exc_info=err)
            QMessageBox.critical(
                None,
                "DealerDesk",
                self.tr("The portal could not be opened: %1").replace("%1", str(err)),
            )

        run_in_background(self._open_portal, opened, failed, owner=self)

    # --- sign-in -----------------------------------------------------------------------

    def show_sign_in(self, email: str = "", notice: str = "") -> None:
        assert self.accounts is not None
        accounts = self.accounts
        dialog = SignInDialog(accounts.client.demo_accounts(), email=email, notice=notice)
        self.sign_in_dialog = dialog

        def attempt(email: str, password: str) -> None:
            run_in_background(
                lambda: accounts.sign_in(email, password), signed_in, refused, owner=dialog
            )

        def signed_in(account: SignedIn) -> None:
            self._enter(account)
            dialog.accept()
            self.sign_in_dialog = None
            if not account.token_kept:
                inform(
                    self.window,
                    self.tr("No secure storage"),
                    self.tr(
                        "This computer has no system keyring, so DealerDesk cannot keep you "
                        "signed in. You will be asked for your password at the next start."
                    ),
                )

        def refused(err: Exception) -> None:
            if isinstance(err, c.PortalError):
                dialog.show_error(user_message(err))
            else:
                log.exception("Sign-in failed", exc_info=err)
                dialog.show_error(self.tr("Signing in failed: %1").replace("%1", str(err)))

        dialog.submitted.connect(attempt)
        dialog.show()

    def _enter(self, account: SignedIn) -> None:
        self.account = account
        window = MainWindow(account.user, lambda section: SectionView(section, account.cache))
        window.sync_requested.connect(self.sync)
        window.sign_out_requested.connect(self.sign_out)
        window.settings_requested.connect(self.show_settings)
        assert self.accounts is not None
        self.other_applications = OtherApplicationsFlow(
            window.landing.other_applications,
            ApplicationsService(self.accounts.client, account),
            window,
        )
        self.window = window
        self.refresh()
        window.show()
        self.sync()

    # --- settings ----------------------------------------------------------------------

    def show_settings(self) -> None:
        assert self.accounts is not None
        accounts = self.accounts
        dialog = SettingsDialog(accounts.settings.language, self.window)
        self.settings_dialog = dialog

        def choose_language(code: str) -> None:
            accounts.settings.language = code
            accounts.settings.save(self.paths.settings_file)
            if self.translators is not None:
                self.translators.apply(code)

        dialog.language_chosen.connect(choose_language)
        dialog.open()

    # --- sync --------------------------------------------------------------------------

    def sync(self) -> None:
        if self._syncing or self.account is None or self.accounts is None:
            return
        accounts, account = self.accounts, self.account
        self._syncing = True
        self._cancel_sync = False
        self._show_sync_state(busy=True)

        def done(result: SyncResult) -> None:
            self._sync_finished()
            log.info("Synced %d documents", result.total_received)
            self.refresh()

        def failed(err: Exception) -> None:
            self._sync_finished()
            if isinstance(err, SyncCancelled):
                return  # asked for (sign-out or quit): what was synced so far is kept
            if isinstance(err, c.PortalError) and err.code is c.ErrorCode.SESSION_EXPIRED:
                self._end_session(notice=user_message(err))
                return
            message = user_message(err) if isinstance(err, c.PortalError) else str(err)
            if not isinstance(err, c.PortalError):
                log.error("Sync failed", exc_info=err)
            reachable = not (isinstance(err, c.PortalError) and err.code is c.ErrorCode.UNREACHABLE)
            self._show_sync_state(busy=False, reachable=reachable, error=message)

        run_in_background(
            lambda: accounts.sync(account, cancelled=lambda: self._cancel_sync),
            done,
            failed,
            owner=self,
        )

    def _sync_finished(self) -> None:
        self._syncing = False
        if self._sign_out_after_sync:
            self._sign_out_after_sync = False
            self.sign_out()

    def refresh(self) -> None:
        """Re-read the landing counts and sync status from the cache."""
        if self.account is None or self.window is None:
            return
        sections = self.account.user.sections
        today = dt.date.today()
        with self.account.cache.connect() as conn:
            counts = section_counts(conn, sections, today)
            buckets = open_amount_by_due_bucket(conn, today) if Section.ACCOUNT in sections else {}
            months = orders_per_month(conn, today) if Section.ORDERS in sections else []
        self.window.set_counts(counts)
        self.window.set_charts(buckets, months)
        self.window.refresh_pages()
        self._show_sync_state(busy=False, reachable=not self.account.offline)

    def _show_sync_state(self, busy: bool, reachable: bool = True, error: str = "") -> None:
        if self.account is None or self.window is None:
            return
        with self.account.cache.connect() as conn:
            last = sync_state.last_sync(conn)
        self.window.set_sync_state(last, busy=busy, reachable=reachable, error=error)

    # --- sign-out ----------------------------------------------------------------------

    def sign_out(self) -> None:
        if self._syncing:
            # Let the running page land, then sign out; the cache stays consistent.
            self._cancel_sync = True
            self._sign_out_after_sync = True
            return
        if self.account is not None and self.accounts is not None:
            email = self.account.user.email
            self.accounts.sign_out(self.account)
            self.show_sign_in(email=email)
            self._close_window()

    def _end_session(self, notice: str) -> None:
        assert self.accounts is not None and self.account is not None
        email = self.account.user.email
        self.accounts.sign_out(self.account)
        self.show_sign_in(email=email, notice=notice)
        self._close_window()

    def shutdown(self) -> None:
        """On quit: stop a running sync after its current page (the cache stays whole)."""
        self._cancel_sync = True
        QThreadPool.globalInstance().waitForDone(30_000)

    def _close_window(self) -> None:
        self.account = None
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None


def run_gui(paths: AppPaths, qt_args: list[str], server_url: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from app.portal import open_portal

    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("DealerDesk")
    app.setApplicationDisplayName("DealerDesk")
    translators = Translators(app)
    translators.apply(Settings.load(paths.settings_file).language)
    controller = AppController(
        paths, lambda: open_portal(paths.data_dir, server_url), TokenStore(), translators
    )
    app.aboutToQuit.connect(controller.shutdown)
    controller.start()
    return app.exec()
