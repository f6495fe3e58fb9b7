"""The landing page's charts (QtCharts): open amount by due date, orders per month."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from views.retranslate import Retranslating


class _BarChart(Retranslating, QChartView):
    def __init__(self, color: str, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Horizontal bars leave room for long category names (German bucket labels).
        self._horizontal = horizontal
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
        if self._horizontal:
            # Qt draws horizontal categories bottom-up; reverse them to read top-down.
            categories, values = categories[::-1], values[::-1]
        bars = QBarSet(title)
        bars.setColor(self._color)
        for value in values:
            bars.append(value)
        series = QHorizontalBarSeries() if self._horizontal else QBarSeries()
        series.append(bars)
        chart = QChart()
        chart.setTitle(title)
        chart.addSeries(series)
        chart.legend().setVisible(False)
        category_axis = QBarCategoryAxis()
        category_axis.append(categories)
        small = category_axis.labelsFont()
        small.setPointSizeF(small.pointSizeF() * 0.85)
        category_axis.setLabelsFont(small)
        category_axis.setTruncateLabels(False)
        value_axis = QValueAxis()
        value_axis.setLabelFormat(axis_format)
        value_axis.setRange(0, max(values, default=0) * 1.1 or 1)
        value_axis.applyNiceNumbers()
        bottom, left = Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft
        chart.addAxis(category_axis, left if self._horizontal else bottom)
        chart.addAxis(value_axis, bottom if self._horizontal else left)
        series.attachAxis(category_axis)
        series.attachAxis(value_axis)
        chart.setBackgroundRoundness(6)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


class OpenAmountChart(_BarChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("#c0392b", horizontal=True, parent=parent)
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
        super().__init__("#0b6fa4", parent=parent)
        self._months: list[tuple[str, int]] = []

    def set_months(self, months: list[tuple[str, int]]) -> None:
        self._months = months
        self.retranslate()

    def retranslate(self) -> None:
        locale = QLocale()
        labels = []
        for key, _count in self._months:
            year, month = (int(part) for part in key.split("-"))
            labels.append(locale.toString(QDate(year, month, 1), "MMM"))
        self.show_values(
            self.tr("Orders per month"),
            labels,
            [float(count) for _key, count in self._months],
            "%.0f",
        )
