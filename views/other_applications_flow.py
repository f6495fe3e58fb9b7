"""What happens when the user clicks Webshop, Library or Stand By Me on the landing page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from app.applications import ApplicationsService
from app.messages import user_message
from app.portal import contract as c
from app.tasks import run_in_background
from views.library_dialog import LibraryDialog
from views.notify import inform, warn
from views.other_applications import (
    OtherApplicationsBox,
    WebshopActivationDialog,
    confirm_standbyme,
)


class OtherApplicationsFlow(QObject):
    def __init__(
        self, box: OtherApplicationsBox, service: ApplicationsService, window: QWidget
    ) -> None:
        super().__init__(box)
        self._service = service
        self._window = window
        self.webshop_dialog: WebshopActivationDialog | None = None
        self.library_dialog: LibraryDialog | None = None
        self.last_message: QMessageBox | None = None
        box.webshop_clicked.connect(self.open_webshop)
        box.library_clicked.connect(self.open_library)
        box.standbyme_clicked.connect(self.open_standbyme)

    def _with_links(self, then: Callable[[c.OtherApplications], None]) -> None:
        def failed(err: Exception) -> None:
            message = user_message(err) if isinstance(err, c.PortalError) else str(err)
            self.last_message = warn(self._window, self.tr("Other applications"), message)

        run_in_background(self._service.links, then, failed, owner=self)

    def open_webshop(self) -> None:
        def decide(links: c.OtherApplications) -> None:
            if links.webshop_access is c.AccessState.ACTIVE:
                QDesktopServices.openUrl(QUrl(links.webshop_url))
            elif links.webshop_access is c.AccessState.REQUESTED:
                self.last_message = inform(
                    self._window,
                    self.tr("Webshop"),
                    self.tr(
                        "Your activation request has been sent. You will get an e-mail "
                        "when the webshop is active."
                    ),
                )
            else:
                self._ask_activation()

        self._with_links(decide)

    def _ask_activation(self) -> None:
        dialog = WebshopActivationDialog(self._window)
        self.webshop_dialog = dialog

        def sent(_links: c.OtherApplications) -> None:
            dialog.accept()
            self.last_message = inform(
                self._window,
                self.tr("Webshop"),
                self.tr("Your request has been sent. You will get an e-mail when it is active."),
            )

        def refused(err: Exception) -> None:
            dialog.show_error(user_message(err) if isinstance(err, c.PortalError) else str(err))

        dialog.submitted.connect(
            lambda reason: run_in_background(
                lambda: self._service.request_webshop_activation(reason),
                sent,
                refused,
                owner=dialog,
            )
        )
        dialog.show()

    def open_library(self) -> None:
        self.library_dialog = LibraryDialog(self._service.search_products, self._window)
        self.library_dialog.show()

    def open_standbyme(self) -> None:
        def go(links: c.OtherApplications) -> None:
            self.last_message = confirm_standbyme(
                self._window, lambda: QDesktopServices.openUrl(QUrl(links.standbyme_url))
            )

        self._with_links(go)
