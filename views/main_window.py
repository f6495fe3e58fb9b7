"""The main window: navigation of the granted sections, landing page, badge menu, status.

Section pages are made on first visit by a factory the start-up wiring passes in, so the
window opens fast and holds no page the user's role does not grant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QDateTime, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.portal.contract import UserInfo
from models.counts import SectionCount
from models.formatting import short_date_format
from models.roles import SECTION_ORDER, Section, ordered
from views.icons import gear_icon
from views.landing_page import LandingPage
from views.retranslate import Retranslating
from views.role_names import section_name


class SectionPage(Protocol):
    """What the window needs of a section's page (``views.section_view.SectionView``)."""

    def refresh(self) -> None: ...

    def focus_search(self) -> None: ...


SectionFactory = Callable[[Section], QWidget]


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


class MainWindow(Retranslating, QMainWindow):
    sync_requested = Signal()
    sign_out_requested = Signal()
    settings_requested = Signal()

    def __init__(
        self,
        user: UserInfo,
        section_factory: SectionFactory | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.user = user
        self._section_factory = section_factory
        self.sections = ordered(user.sections) if section_factory else []
        self.pages: dict[Section, QWidget] = {}
        self.resize(1180, 760)
        self._sync_state: tuple[dt.datetime | None, bool, bool, str] = (None, False, True, "")

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(self._top_bar())
        body = QHBoxLayout()
        self.navigation = QListWidget()
        self.navigation.setFixedWidth(200)
        self.navigation.setFrameShape(QListWidget.Shape.NoFrame)
        self.navigation.setStyleSheet(
            "QListWidget { background: transparent; font-size: 11pt; }"
            "QListWidget::item { padding: 7px 10px; border-radius: 5px; }"
            "QListWidget::item:selected { background: #0b6fa4; color: white; }"
        )
        body.addWidget(self.navigation)
        self.stack = QStackedWidget()
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)

        self.landing = LandingPage(user.sections)
        self.landing.set_welcome(user.name, user.company_name)
        self.landing.section_activated.connect(self.show_section)
        self.stack.addWidget(self.landing)
        self._add_navigation()
        self._add_shortcuts()
        self._status_bar()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("DealerDesk — %1").replace("%1", self.user.company_name))
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.item(0).setText(self.tr("Home"))
        for row, section in enumerate(self.sections, start=1):
            self.navigation.item(row).setText(section_name(section))
        self.badge.setAccessibleName(self.tr("Account menu"))
        self.settings_action.setText(self.tr("Settings"))
        self.sync_action.setText(self.tr("Sync now"))
        self.sign_out_action.setText(self.tr("Sign out"))
        self.home_action.setText(self.tr("Home"))
        self.find_action.setText(self.tr("Search"))
        for section, action in self.section_actions.items():
            action.setText(section_name(section))
        self.sync_label.setAccessibleName(self.tr("Sync status"))
        self.portal_label.setAccessibleName(self.tr("Portal status"))
        self.set_sync_state(*self._sync_state)

    # --- layout ------------------------------------------------------------------------

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
        self.badge.setToolTip(f"{self.user.name}\n{self.user.email}")

        menu = QMenu(self.badge)
        header = menu.addAction(f"{self.user.name} ({self.user.email})")
        header.setEnabled(False)
        menu.addSeparator()
        self.settings_action = QAction(self)
        self.settings_action.setIcon(gear_icon())
        self.settings_action.triggered.connect(self.settings_requested)
        menu.addAction(self.settings_action)
        self.sync_action = QAction(self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.sync_requested)
        menu.addAction(self.sync_action)
        self.addAction(self.sync_action)
        self.sign_out_action = QAction(self)
        self.sign_out_action.triggered.connect(self.sign_out_requested)
        menu.addAction(self.sign_out_action)
        self.account_menu = menu
        self.badge.setMenu(menu)
        bar.addWidget(self.badge)
        return bar

    def _add_navigation(self) -> None:
        home = QListWidgetItem()
        home.setData(Qt.ItemDataRole.UserRole, None)
        self.navigation.addItem(home)
        for section in self.sections:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, section.value)
            self.navigation.addItem(item)
        self.navigation.setCurrentRow(0)
        self.navigation.currentRowChanged.connect(self._navigate)

    def _add_shortcuts(self) -> None:
        self.home_action = QAction(self)
        self.home_action.setShortcut(QKeySequence("Ctrl+0"))
        self.home_action.triggered.connect(lambda: self.navigation.setCurrentRow(0))
        self.addAction(self.home_action)
        # Ctrl+1..6 always mean the same section, whatever else the role grants.
        self.section_actions: dict[Section, QAction] = {}
        for number, section in enumerate(SECTION_ORDER, start=1):
            if section not in self.sections:
                continue
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, s=section: self.show_section(s))
            self.addAction(action)
            self.section_actions[section] = action
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._focus_search)
        self.addAction(self.find_action)

    def _status_bar(self) -> None:
        self.sync_label = QLabel()
        self.sync_progress = QProgressBar()
        self.sync_progress.setRange(0, 0)
        self.sync_progress.setMaximumWidth(160)
        self.sync_progress.setVisible(False)
        self.portal_label = QLabel()
        self.statusBar().addWidget(self.sync_label, 1)
        self.statusBar().addPermanentWidget(self.sync_progress)
        self.statusBar().addPermanentWidget(self.portal_label)

    # --- navigation --------------------------------------------------------------------

    def show_section(self, section: Section) -> None:
        if section in self.sections:
            self.navigation.setCurrentRow(self.sections.index(section) + 1)

    def current_section(self) -> Section | None:
        row = self.navigation.currentRow()
        return self.sections[row - 1] if row > 0 else None

    def _navigate(self, row: int) -> None:
        if row <= 0:
            self.stack.setCurrentWidget(self.landing)
            return
        section = self.sections[row - 1]
        page = self.pages.get(section)
        if page is None:
            assert self._section_factory is not None
            page = self._section_factory(section)
            self.pages[section] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def _focus_search(self) -> None:
        section = self.current_section()
        if section is not None:
            page: SectionPage = self.pages[section]  # type: ignore[assignment]
            page.focus_search()

    # --- data --------------------------------------------------------------------------

    def set_counts(self, counts: dict[Section, SectionCount]) -> None:
        self.landing.set_counts(counts)

    def set_charts(self, buckets: dict[str, int], months: list[tuple[str, int]]) -> None:
        self.landing.set_charts(buckets, months)

    def refresh_pages(self) -> None:
        """After a sync: each open section page re-reads the cache."""
        for page in self.pages.values():
            page.refresh()  # type: ignore[attr-defined]

    def set_sync_state(
        self, last_sync: dt.datetime | None, busy: bool, reachable: bool, error: str = ""
    ) -> None:
        self._sync_state = (last_sync, busy, reachable, error)
        locale = QLocale()
        if busy:
            text = self.tr("Syncing…")
        elif error:
            text = error
        elif last_sync is None:
            text = self.tr("Not synced yet")
        else:
            local = QDateTime.fromSecsSinceEpoch(int(last_sync.timestamp()))
            when = (
                short_date_format(locale) + " " + locale.timeFormat(QLocale.FormatType.ShortFormat)
            )
            text = self.tr("Last synced: %1").replace("%1", locale.toString(local, when))
        self.sync_label.setText(text)
        self.sync_progress.setVisible(busy)
        self.sync_action.setEnabled(not busy)
        self.portal_label.setText(
            self.tr("Portal reachable") if reachable else self.tr("Offline: portal unreachable")
        )
