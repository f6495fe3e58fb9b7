"""The criteria search of a section: fields built from the section's criterion specs.

"Start" applies the fields, "Reset" restores the defaults (the section view decides what
they are: the six-month window on the main date). Amounts are read in the user's locale;
a field that does not read as an amount is marked, keeps its text, and nothing starts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from models.column_types import CriterionKind, CriterionSpec, SectionSpec, value_label
from models.formatting import short_date_format
from models.section_query import parse_amount

_NO_DATE = QDate(1990, 1, 1)  # a date edit at its minimum stands for "no limit"


def _example_amount() -> str:
    return QLocale().toString(1234.5, "f", 2)


class _Field:
    """The editor(s) of one criterion: reads and writes the criterion's value."""

    def __init__(self, crit: CriterionSpec, widgets: list[QWidget]) -> None:
        self.crit = crit
        self.widgets = widgets

    def get(self) -> Any:
        raise NotImplementedError

    def set(self, value: Any) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        title = self.crit.display_title
        if len(self.widgets) == 2:
            self.widgets[0].setAccessibleName(
                QCoreApplication.translate("CriteriaPanel", "%1 from").replace("%1", title)
            )
            self.widgets[1].setAccessibleName(
                QCoreApplication.translate("CriteriaPanel", "%1 to").replace("%1", title)
            )
        else:
            self.widgets[0].setAccessibleName(title)


class _NumberField(_Field):
    def __init__(self, crit: CriterionSpec, on_enter: Callable[[], None]) -> None:
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(on_enter)
        super().__init__(crit, [self.edit])

    def get(self) -> str:
        return self.edit.text().strip()

    def set(self, value: Any) -> None:
        self.edit.setText(value or "")


class _DateRangeField(_Field):
    def __init__(self, crit: CriterionSpec) -> None:
        self.edits = [QDateEdit(), QDateEdit()]
        for edit in self.edits:
            edit.setCalendarPopup(True)
            edit.setMinimumDate(_NO_DATE)
        super().__init__(crit, [*self.edits])

    def get(self) -> tuple[dt.date | None, dt.date | None]:
        low, high = (e.date() for e in self.edits)
        return _py_date(low), _py_date(high)

    def set(self, value: Any) -> None:
        for edit, day in zip(self.edits, value or (None, None), strict=True):
            edit.setDate(QDate(day.year, day.month, day.day) if day else _NO_DATE)

    def retranslate(self) -> None:
        super().retranslate()
        short = short_date_format(QLocale())
        for edit in self.edits:
            edit.setDisplayFormat(short)
            edit.setSpecialValueText(QCoreApplication.translate("CriteriaPanel", "Any date"))


def _py_date(day: QDate) -> dt.date | None:
    return None if day == _NO_DATE else dt.date(day.year(), day.month(), day.day())


class _AmountRangeField(_Field):
    def __init__(self, crit: CriterionSpec, on_enter: Callable[[], None]) -> None:
        self.edits = [QLineEdit(), QLineEdit()]
        for edit in self.edits:
            edit.setClearButtonEnabled(True)
            edit.returnPressed.connect(on_enter)
        super().__init__(crit, [*self.edits])
        self.bad: list[QLineEdit] = []

    def get(self) -> tuple[int | None, int | None]:
        self.bad = []
        cents: list[int | None] = []
        for edit in self.edits:
            text = edit.text().strip()
            value = parse_amount(text, QLocale()) if text else None
            if text and value is None:
                self.bad.append(edit)
            cents.append(value)
        return cents[0], cents[1]

    def set(self, value: Any) -> None:
        for edit, cents in zip(self.edits, value or (None, None), strict=True):
            edit.setText("" if cents is None else QLocale().toString(cents / 100, "f", 2))

    def retranslate(self) -> None:
        super().retranslate()
        for edit in self.edits:
            edit.setPlaceholderText(_example_amount())


class _ChoiceField(_Field):
    def __init__(self, crit: CriterionSpec) -> None:
        self.combo = QComboBox()
        self.combo.addItem("", None)
        for choice in crit.choices:
            self.combo.addItem("", choice.value)
        super().__init__(crit, [self.combo])

    def get(self) -> str | None:
        value = self.combo.currentData()
        return str(value) if value else None

    def set(self, value: Any) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(value), 0) if value else 0)

    def retranslate(self) -> None:
        super().retranslate()
        self.combo.setItemText(0, QCoreApplication.translate("CriteriaPanel", "Any"))
        for i, choice in enumerate(self.crit.choices, start=1):
            self.combo.setItemText(i, value_label(choice.value))


class _FlagField(_Field):
    def __init__(self, crit: CriterionSpec) -> None:
        self.box = QCheckBox()
        super().__init__(crit, [self.box])

    def get(self) -> bool:
        return self.box.isChecked()

    def set(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def retranslate(self) -> None:
        super().retranslate()
        self.box.setText(self.crit.display_title)


class CriteriaPanel(QFrame):
    startRequested = Signal()
    resetRequested = Signal()

    def __init__(self, spec: SectionSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._fields: list[_Field] = []
        self._labels: list[tuple[QLabel, CriterionSpec]] = []
        grid = QGridLayout(self)
        for n, crit in enumerate(spec.criteria):
            row, col = divmod(n, 2)
            field = self._make_field(crit)
            self._fields.append(field)
            box = QHBoxLayout()
            for i, widget in enumerate(field.widgets):
                if i:
                    box.addWidget(QLabel("–"))
                box.addWidget(widget, 1)
            if crit.kind is not CriterionKind.FLAG:  # a check box carries its own label
                label = QLabel()
                label.setBuddy(field.widgets[0])
                self._labels.append((label, crit))
                grid.addWidget(label, row, col * 2)
            grid.addLayout(box, row, col * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setVisible(False)
        self.reset_button = QPushButton()
        self.reset_button.clicked.connect(self.resetRequested)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self._start)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error_label)
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.start_button)
        grid.addLayout(buttons, grid.rowCount(), 0, 1, 4)
        self.retranslate()

    def _make_field(self, crit: CriterionSpec) -> _Field:
        if crit.kind is CriterionKind.DATE_RANGE:
            return _DateRangeField(crit)
        if crit.kind is CriterionKind.AMOUNT_RANGE:
            return _AmountRangeField(crit, self._start)
        if crit.kind is CriterionKind.CHOICE:
            return _ChoiceField(crit)
        if crit.kind is CriterionKind.FLAG:
            return _FlagField(crit)
        return _NumberField(crit, self._start)

    def retranslate(self) -> None:
        start = QCoreApplication.translate("CriteriaPanel", "Start")
        reset = QCoreApplication.translate("CriteriaPanel", "Reset")
        for text, button in ((start, self.start_button), (reset, self.reset_button)):
            button.setText(text)
            button.setAccessibleName(text)
        for label, crit in self._labels:
            label.setText(
                QCoreApplication.translate("CriteriaPanel", "%1:").replace("%1", crit.display_title)
            )
        for field in self._fields:
            field.retranslate()

    def values(self) -> dict[str, Any] | None:
        """The criteria as the query wants them; None (and a message) if one is unreadable."""
        result = {field.crit.id: field.get() for field in self._fields}
        bad = [e for f in self._fields if isinstance(f, _AmountRangeField) for e in f.bad]
        self._mark(bad)
        return None if bad else result

    def set_values(self, criteria: Mapping[str, Any]) -> None:
        for field in self._fields:
            field.set(criteria.get(field.crit.id))
        self._mark([])

    def _mark(self, bad: list[QLineEdit]) -> None:
        for field in self._fields:
            if isinstance(field, _AmountRangeField):
                for edit in field.edits:
                    edit.setStyleSheet("border: 1px solid #b3261e;" if edit in bad else "")
        text = QCoreApplication.translate("CriteriaPanel", "Enter an amount such as %1.").replace(
            "%1", _example_amount()
        )
        self.error_label.setText(text)
        self.error_label.setVisible(bool(bad))
        if bad:
            bad[0].setFocus()

    def _start(self) -> None:
        if self.values() is not None:
            self.startRequested.emit()
