"""Switching the language live: every open window speaks it at once, formats follow."""

from __future__ import annotations

import pytest

from app.settings import Settings
from models.roles import Role, Section

# What the user sees per language: navigation, a tile, the settings dialog, a section's
# button, and the first invoice row's date and money formats.
EXPECTED = {
    "nl": {
        "nav": [
            "Startpagina",
            "Offertes",
            "Bestellingen",
            "Leveringen",
            "Track & Trace",
            "Facturen",
            "Rekeningsaldo",
        ],
        "settings": "Instellingen",
        "language_page": "Taal en regio",
        "more": "Meer",
        "criteria": ("Start", "Reset"),
        "sign_out": "Afmelden",
    },
    "de": {
        "nav": [
            "Startseite",
            "Angebote",
            "Bestellungen",
            "Lieferungen",
            "Track & Trace",
            "Rechnungen",
            "Kontostand",
        ],
        "settings": "Einstellungen",
        "language_page": "Sprache und Region",
        "more": "Mehr",
        "criteria": ("Suchen", "Zurücksetzen"),
        "sign_out": "Abmelden",
    },
    "fr": {
        "nav": [
            "Accueil",
            "Devis",
            "Commandes",
            "Livraisons",
            "Track & Trace",
            "Factures",
            "Solde du compte",
        ],
        "settings": "Paramètres",
        "language_page": "Langue et région",
        "more": "Plus",
        "criteria": ("Rechercher", "Réinitialiser"),
        "sign_out": "Se déconnecter",
    },
    "en": {
        "nav": [
            "Home",
            "Quotes",
            "Orders",
            "Deliveries",
            "Track & Trace",
            "Invoices",
            "Account balance",
        ],
        "settings": "Settings",
        "language_page": "Language and region",
        "more": "More",
        "criteria": ("Start", "Reset"),
        "sign_out": "Sign out",
    },
}
# A money amount and a date in each language's default region.
# (euro sign first?, decimal separator)
MONEY_MARK = {"nl": (True, ","), "de": (False, ","), "fr": (False, ","), "en": (True, ".")}
DATE_SEPARATOR = {"nl": "-", "de": ".", "fr": "/", "en": "/"}


@pytest.fixture
def clerk(signed_in):
    """Signed in as the account-balance user, who sees every section."""
    return signed_in(Role.ACCOUNT_BALANCE)


def invoices_first_row(qtbot, window) -> tuple[str, str]:
    model = window.pages[Section.INVOICES].model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    total = model.index(0, model.spec.column_index("total")).data()
    date = model.index(0, model.spec.column_index("invoice_date")).data()
    return total, date


@pytest.mark.parametrize("language", ["nl", "de", "fr", "en"])
def test_switching_language_retranslates_open_windows_at_once(qtbot, clerk, language):
    ctrl = clerk
    window = ctrl.window
    window.show_section(Section.INVOICES)
    window.show_section(Section.QUOTES)  # two section pages open
    ctrl.show_settings()
    settings = ctrl.settings_dialog
    combo = settings.language_combo
    combo.setCurrentIndex(combo.findData(language))  # the user picks the language

    expected = EXPECTED[language]

    def navigation() -> list[str]:
        return [window.navigation.item(r).text() for r in range(window.navigation.count())]

    # Qt delivers LanguageChange through the event loop.
    qtbot.waitUntil(lambda: navigation() == expected["nav"], timeout=5_000)
    assert window.landing.tiles[Section.INVOICES].title.text() == expected["nav"][5]
    assert window.sign_out_action.text() == expected["sign_out"]
    assert settings.windowTitle() == expected["settings"]
    assert settings.categories.item(0).text() == expected["language_page"]
    quotes = window.pages[Section.QUOTES]
    assert quotes.more_button.text() == expected["more"]
    panel = quotes.criteria_panel
    assert (panel.start_button.text(), panel.reset_button.text()) == expected["criteria"]

    total, date = invoices_first_row(qtbot, window)
    euro_first, decimal = MONEY_MARK[language]
    assert total.startswith("€") if euro_first else total.endswith("€")
    digits = total.strip("€ \u00a0\u202f")
    assert digits[-3] == decimal
    assert DATE_SEPARATOR[language] in date and len(date.split(DATE_SEPARATOR[language])[-1]) == 4

    # The choice is kept for the next start.
    assert Settings.load(ctrl.paths.settings_file).language == language


def clipped_texts(root) -> list[str]:
    """Visible buttons and one-line labels whose text does not fit their width."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    clipped = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QLabel):
        if not widget.isVisible() or not widget.text() or "<" in widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
        if isinstance(widget, QAbstractButton):
            needed += 8  # the style's margins, at the least
        if needed > widget.width():
            clipped.append(
                f"{type(widget).__name__}: {widget.text()!r} ({needed} > {widget.width()})"
            )
    return clipped


def test_german_word_lengths_clip_no_button_or_label(qtbot, clerk):
    ctrl = clerk
    window = ctrl.window
    ctrl.translators.apply("de")
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Startseite", timeout=5_000)
    for section in window.sections:
        window.show_section(section)
        page = window.pages[section]
        page.criteria_panel.setVisible(True)
        qtbot.waitUntil(lambda p=page: p.model.rowCount() > 0, timeout=10_000)
        # Layouts settle through the event loop; what stays clipped fails.
        qtbot.waitUntil(lambda: clipped_texts(window) == [], timeout=2_000)
    window.home_action.trigger()
    qtbot.waitUntil(lambda: clipped_texts(window) == [], timeout=2_000)
    ctrl.show_settings()
    qtbot.waitUntil(lambda: clipped_texts(ctrl.settings_dialog) == [], timeout=2_000)
