"""Settings: one category per page; "Language and region" chooses the app's language."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from models.formatting import short_date_format
from views.retranslate import Retranslating

# Language choices: "" = the system's; names in their own language, never translated.
LANGUAGE_CHOICES: tuple[tuple[str, str], ...] = (
    ("nl", "Nederlands"),
    ("de", "Deutsch"),
    ("en", "English"),
    ("fr", "Français"),
)


class SettingsDialog(Retranslating, QDialog):
    """Applies each change at once (``language_chosen``); Close just closes."""

    language_chosen = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(560, 300)
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        self.categories = QListWidget()
        self.categories.setFixedWidth(180)
        self.categories.addItem("")
        body.addWidget(self.categories)
        self.pages = QStackedWidget()
        body.addWidget(self.pages, 1)
        layout.addLayout(body, 1)

        page = QWidget()
        form = QFormLayout(page)
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        self.language_combo.addItem("", "")
        for code, name in LANGUAGE_CHOICES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        form.addRow(self.language_label, self.language_combo)
        self.example_label = QLabel()
        self.example_title = QLabel()
        form.addRow(self.example_title, self.example_label)
        self.pages.addWidget(page)
        self.categories.setCurrentRow(0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.retranslate()
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language_combo.currentData())
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.categories.item(0).setText(self.tr("Language and region"))
        self.language_label.setText(self.tr("Language"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.setItemText(0, self.tr("System language"))
        self.example_title.setText(self.tr("Example"))
        # How dates, numbers and money look in the chosen language and region.
        locale = QLocale()
        date = locale.toString(QDate(2026, 12, 4), short_date_format(locale))
        self.example_label.setText(f"{date}    {locale.toCurrencyString(12345.67, '€')}")
