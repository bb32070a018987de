"""The language of the window's own words: which one, and its translations.

The language is ``SPR_LANGUAGE``, else the setting (Edit ▸ Language), else the system's when
the app speaks it. A language chosen while the app runs takes effect at once: its translations
replace those in use (:func:`switch_translations`) and the window is made again in it
(:meth:`ui.mainwindow.MainWindow.set_language`).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from registry.enums import LANGUAGES
from registry.resources import RESOURCES

from ui.settings import LANGUAGE, Settings

TRANSLATIONS = RESOURCES / "translations"
"""Where the compiled translations (``subprocessor_registry_<lang>.qm``) are."""

_in_use: list[QTranslator] = []
"""The translations of the language the window speaks now."""


def system_ui_language() -> str:
    """The system's language when the app speaks it (Nynorsk gets Bokmål), else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in ("no", "nn"):
            code = "nb"
        if code in LANGUAGES:
            return code
    return "en"


def ui_language(settings: Settings) -> str:
    """The UI language: ``SPR_LANGUAGE``, the setting, else the system's (if we have it)."""
    return os.environ.get("SPR_LANGUAGE") or settings.get(LANGUAGE) or system_ui_language()


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the app's and Qt's translations for ``language``; returns those installed.

    English has a translation too: it holds the plural forms ("1 vendor", "2 vendors").
    """
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(f"subprocessor_registry_{language}", str(TRANSLATIONS)):
        app.installTranslator(ours)
        installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def in_use(translators: list[QTranslator]) -> None:
    """Note ``translators`` as those of the language the window speaks now."""
    _in_use[:] = translators


def switch_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Put the translations of ``language`` in place of those in use; those installed."""
    for translator in _in_use:
        app.removeTranslator(translator)
    installed = install_translations(app, language)
    in_use(installed)
    return installed
