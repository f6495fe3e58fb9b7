"""The landing page: one tile per granted section with its live counts, the charts, and
the links to the other applications."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from models.counts import SectionCount
from models.formatting import money_text
from models.roles import Section, ordered
from views.landing_charts import OpenAmountChart, OrdersPerMonthChart
from views.other_applications import OtherApplicationsBox
from views.retranslate import Retranslating
from views.role_names import section_name


class SectionTile(Retranslating, QFrame):
    """A section's tile; a click (or Enter when focused) opens the section."""

    activated = Signal(object)

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.count: SectionCount | None = None
        self.setObjectName("tile")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(220, 120)
        self.setStyleSheet(
            "#tile { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 8px; }"
        )
        layout = QVBoxLayout(self)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title.setFont(font)
        self.headline = QLabel("–")
        big = self.headline.font()
        big.setPointSizeF(big.pointSizeF() * 2)
        self.headline.setFont(big)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.total = QLabel()
        self.total.setStyleSheet("color: palette(dark);")
        for widget in (self.title, self.headline, self.caption, self.total):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.section)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.section)
            return
        super().keyPressEvent(event)

    def set_count(self, count: SectionCount) -> None:
        self.count = count
        self.retranslate()

    def retranslate(self) -> None:
        name = section_name(self.section)
        self.setAccessibleName(name)
        self.title.setText(name)
        self.headline.setAccessibleName(name)
        count = self.count
        if count is None:
            return
        locale = QLocale()
        if self.section is Section.ACCOUNT:
            self.headline.setText(money_text(count.headline, locale))
            self.caption.setText(self.tr("balance due"))
            self.total.setText(self.tr("%Ln open item(s)", "", count.total))
            return
        self.headline.setText(locale.toString(count.headline))
        captions = {
            Section.QUOTES: self.tr("open quote(s)", "", count.headline),
            Section.ORDERS: self.tr("open order(s)", "", count.headline),
            Section.DELIVERIES: self.tr("delivery(ies) in transit", "", count.headline),
            Section.TRACKING: self.tr("unit(s) in transit", "", count.headline),
            Section.INVOICES: self.tr("open invoice(s)", "", count.headline),
        }
        self.caption.setText(captions[self.section])
        self.total.setText(self.tr("%1 in all").replace("%1", locale.toString(count.total)))


class LandingPage(Retranslating, QWidget):
    section_activated = Signal(object)

    def __init__(self, sections: frozenset[Section], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._who = ("", "")
        layout = QVBoxLayout(self)
        self.welcome = QLabel()
        font = self.welcome.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.welcome.setFont(font)
        layout.addWidget(self.welcome)
        grid = QGridLayout()
        self.tiles: dict[Section, SectionTile] = {}
        for index, section in enumerate(ordered(sections)):
            tile = SectionTile(section)
            tile.activated.connect(self.section_activated)
            self.tiles[section] = tile
            grid.addWidget(tile, index // 3, index % 3)
        layout.addLayout(grid)
        charts = QHBoxLayout()
        # Each chart only where the role grants its data.
        self.amount_chart = OpenAmountChart() if Section.ACCOUNT in sections else None
        self.orders_chart = OrdersPerMonthChart() if Section.ORDERS in sections else None
        for chart in (self.amount_chart, self.orders_chart):
            if chart is not None:
                charts.addWidget(chart)
        layout.addLayout(charts)
        self.other_applications = OtherApplicationsBox()
        layout.addWidget(self.other_applications)
        self.no_sections = QLabel()
        self.no_sections.setWordWrap(True)
        self.no_sections.setVisible(not sections)
        layout.addWidget(self.no_sections)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def retranslate(self) -> None:
        name, company = self._who
        self.welcome.setText(self.tr("Welcome, %1 — %2").replace("%1", name).replace("%2", company))
        self.no_sections.setText(
            self.tr(
                "Your role gives no access to documents. Your company's delegated "
                "administrator can give you a role."
            )
        )

    def set_welcome(self, name: str, company: str) -> None:
        self._who = (name, company)
        self.retranslate()

    def set_charts(self, buckets: dict[str, int], months: list[tuple[str, int]]) -> None:
        if self.amount_chart is not None:
            self.amount_chart.set_buckets(buckets)
        if self.orders_chart is not None:
            self.orders_chart.set_months(months)

    def set_counts(self, counts: dict[Section, SectionCount]) -> None:
        for section, count in counts.items():
            if section in self.tiles:
                self.tiles[section].set_count(count)
