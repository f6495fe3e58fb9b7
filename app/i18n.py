"""Languages: loading the app's and Qt's catalogues, and the locale for formats.

Installing a translator makes Qt send ``LanguageChange`` to every widget, which then
retranslates itself (``changeEvent``); so switching needs no restart.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# The languages DealerDesk speaks, with the locale used when the system's is of another
# language (a Belgian system keeps nl_BE / fr_BE).
LANGUAGES: dict[str, str] = {"nl": "nl_NL", "de": "de_DE", "en": "en_GB", "fr": "fr_FR"}
LANGUAGE_NAMES: dict[str, str] = {
    "nl": "Nederlands",
    "de": "Deutsch",
    "en": "English",
    "fr": "Français",
}
FALLBACK = "en"


def translations_dir() -> Path:
    """Compiled catalogues: inside the installed package, or the source tree's folder."""
    packaged = Path(__file__).with_name("translations")
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "translations"


def system_language(system: QLocale | None = None) -> str:
    """The first of the system's UI languages that DealerDesk speaks, else English."""
    for tag in (system or QLocale.system()).uiLanguages():
        code = tag.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return FALLBACK


def resolve(setting: str, system: QLocale | None = None) -> tuple[str, QLocale]:
    """The language code and the formatting locale for a setting ("" = the system's)."""
    system = system or QLocale.system()
    code = setting if setting in LANGUAGES else system_language(system)
    system_code = system.name().split("_")[0]
    locale = system if system_code == code else QLocale(LANGUAGES[code])
    return code, locale


class Translators:
    """The installed catalogues; ``apply`` swaps them for another language at run time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self._initial_locale = QLocale()
        self.language = ""

    def clear(self) -> None:
        """Back to the source language and the locale in force before the first ``apply``."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(self._initial_locale)
        self.language = ""

    def apply(self, setting: str, system: QLocale | None = None) -> str:
        code, locale = resolve(setting, system)
        QLocale.setDefault(locale)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase", qt_dir), ("dealerdesk", str(translations_dir()))):
            translator = QTranslator(self._app)
            if translator.load(f"{name}_{code}", folder):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        self.language = code
        return code
