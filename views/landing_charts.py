"""The landing page's charts (QtCharts): open amount by due date, orders per month."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from views.retranslate import Retranslating


class _BarChart(Retranslating, QChartView):
    def __init__(self, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self._color = QColor(color)
        self.values: list[float] = []
        self.categories: list[str] = []

    def show_values(
        self, title: str, categories: list[str], values: list[float], axis_format: str
    ) -> None:
        self.setAccessibleName(title)
        self.categories, self.values = categories, values
        bars = QBarSet(title)
        bars.setColor(self._color)
        for value in values:
            bars.append(value)
        series = QBarSeries()
        series.append(bars)
        chart = QChart()
        chart.setTitle(title)
        chart.addSeries(series)
        chart.legend().setVisible(False)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        y_axis = QValueAxis()
        y_axis.setLabelFormat(axis_format)
        y_axis.setRange(0, max(values, default=0) * 1.1 or 1)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y_axis)
        chart.setBackgroundRoundness(6)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class OpenAmountChart(_BarChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("#c0392b", parent)
        self._buckets: dict[str, int] = {}

    def set_buckets(self, buckets: dict[str, int]) -> None:
        self._buckets = buckets
        self.retranslate()

    def retranslate(self) -> None:
        labels = {
            "overdue_30": self.tr("Overdue > 30 days"),
            "overdue": self.tr("Overdue"),
            "due_30": self.tr("Due within 30 days"),
            "due_later": self.tr("Due later"),
        }
        self.show_values(
            self.tr("Open amount by due date (€ thousands)"),
            [labels[key] for key in self._buckets],
            [cents / 100_000 for cents in self._buckets.values()],
            "%.0f",
        )


class OrdersPerMonthChart(_BarChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("#0b6fa4", parent)
        self._months: list[tuple[str, int]] = []

    def set_months(self, months: list[tuple[str, int]]) -> None:
        self._months = months
        self.retranslate()

    def retranslate(self) -> None:
        locale = QLocale()
        labels = []
        for key, _count in self._months:
            year, month = (int(part) for part in key.split("-"))
            labels.append(locale.toString(QDate(year, month, 1), "MMM yy"))
        self.show_values(
            self.tr("Orders per month"),
            labels,
            [float(count) for _key, count in self._months],
            "%.0f",
        )
