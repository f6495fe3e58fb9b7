"""The landing page's charts (QtCharts): open amount by due date, orders per month."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

_BUCKET_LABELS: dict[str, object] = {
    "overdue_30": QT_TRANSLATE_NOOP("LandingCharts", "Overdue > 30 days"),
    "overdue": QT_TRANSLATE_NOOP("LandingCharts", "Overdue"),
    "due_30": QT_TRANSLATE_NOOP("LandingCharts", "Due within 30 days"),
    "due_later": QT_TRANSLATE_NOOP("LandingCharts", "Due later"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LandingCharts", text)


class _BarChart(QChartView):
    def __init__(self, title: str, color: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self._title = title
        self._color = QColor(color)
        self.values: list[float] = []
        self.categories: list[str] = []

    def show_values(self, categories: list[str], values: list[float], axis_format: str) -> None:
        self.categories, self.values = categories, values
        bars = QBarSet(self._title)
        bars.setColor(self._color)
        for value in values:
            bars.append(value)
        series = QBarSeries()
        series.append(bars)
        chart = QChart()
        chart.setTitle(self._title)
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
        self.setChart(chart)


class OpenAmountChart(_BarChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Open amount by due date (€ thousands)"), "#c0392b", parent)
        self.setAccessibleName(_tr("Open amount by due date"))

    def set_buckets(self, buckets: dict[str, int]) -> None:
        labels = [_tr(str(_BUCKET_LABELS[key])) for key in buckets]
        self.show_values(labels, [cents / 100_000 for cents in buckets.values()], "%.0f")


class OrdersPerMonthChart(_BarChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Orders per month"), "#0b6fa4", parent)
        self.setAccessibleName(_tr("Orders per month"))

    def set_months(self, months: list[tuple[str, int]]) -> None:
        locale = QLocale()
        labels = []
        for key, _count in months:
            year, month = (int(part) for part in key.split("-"))
            labels.append(locale.toString(QDate(year, month, 1), "MMM yy"))
        self.show_values(labels, [float(count) for _key, count in months], "%.0f")
