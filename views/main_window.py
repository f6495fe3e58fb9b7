"""The main window: landing page, the user's badge menu and the sync status bar."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.portal.contract import UserInfo
from models.counts import SectionCount
from models.roles import Section
from views.landing_page import LandingPage


def initials_icon(initials: str, size: int = 36) -> QIcon:
    """The round badge with the user's initials (top right, as in the portal)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#0b6fa4"))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * 0.4))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return QIcon(pixmap)


class MainWindow(QMainWindow):
    sync_requested = Signal()
    sign_out_requested = Signal()

    def __init__(self, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.setWindowTitle(self.tr("DealerDesk — %1").replace("%1", user.company_name))
        self.resize(1100, 720)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(self._top_bar())
        self.landing = LandingPage(user.sections)
        self.landing.set_welcome(user.name, user.company_name)
        layout.addWidget(self.landing, 1)
        self.setCentralWidget(central)

        self.sync_label = QLabel()
        self.sync_label.setAccessibleName(self.tr("Sync status"))
        self.sync_progress = QProgressBar()
        self.sync_progress.setRange(0, 0)
        self.sync_progress.setMaximumWidth(160)
        self.sync_progress.setVisible(False)
        self.portal_label = QLabel()
        self.portal_label.setAccessibleName(self.tr("Portal status"))
        self.statusBar().addWidget(self.sync_label, 1)
        self.statusBar().addPermanentWidget(self.sync_progress)
        self.statusBar().addPermanentWidget(self.portal_label)

    def _top_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        title = QLabel("DealerDesk")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        bar.addWidget(title)
        bar.addStretch(1)

        self.badge = QToolButton()
        self.badge.setIcon(initials_icon(self.user.initials))
        self.badge.setIconSize(QSize(36, 36))
        self.badge.setAutoRaise(True)
        self.badge.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.badge.setAccessibleName(self.tr("Account menu"))
        self.badge.setToolTip(f"{self.user.name}\n{self.user.email}")

        menu = QMenu(self.badge)
        header = menu.addAction(f"{self.user.name} ({self.user.email})")
        header.setEnabled(False)
        menu.addSeparator()
        self.sync_action = QAction(self.tr("Sync now"), self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.sync_requested)
        menu.addAction(self.sync_action)
        self.addAction(self.sync_action)
        self.sign_out_action = QAction(self.tr("Sign out"), self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        menu.addAction(self.sign_out_action)
        self.badge.setMenu(menu)
        bar.addWidget(self.badge)
        return bar

    def set_counts(self, counts: dict[Section, SectionCount]) -> None:
        self.landing.set_counts(counts)

    def set_sync_state(
        self, last_sync: dt.datetime | None, busy: bool, reachable: bool, error: str = ""
    ) -> None:
        locale = QLocale()
        if busy:
            text = self.tr("Syncing…")
        elif error:
            text = error
        elif last_sync is None:
            text = self.tr("Not synced yet")
        else:
            local = QDateTime(last_sync.astimezone().replace(tzinfo=None))
            text = self.tr("Last synced: %1").replace(
                "%1", locale.toString(local, QLocale.FormatType.ShortFormat)
            )
        self.sync_label.setText(text)
        self.sync_progress.setVisible(busy)
        self.sync_action.setEnabled(not busy)
        self.portal_label.setText(
            self.tr("Portal reachable") if reachable else self.tr("Offline: portal unreachable")
        )
