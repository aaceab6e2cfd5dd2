"""Switching the window's language at runtime: our translator plus Qt's own (standard buttons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop import TRANSLATIONS_DIR
from desktop.i18n import locale_name, set_language

_installed: list[QTranslator] = []
_ours: dict[str, QTranslator] = {}


def translator_for(language: str) -> QTranslator | None:
    """The window's compiled translator of `language`, or None for English (the source)."""
    if language == "en":
        return None
    if language not in _ours:
        translator = QTranslator()
        if not translator.load(str(TRANSLATIONS_DIR / f"desktop_{language}.qm")):
            raise FileNotFoundError(f"translations/desktop_{language}.qm is missing")
        _ours[language] = translator
    return _ours[language]


def apply_language(app: QApplication, language: str) -> None:
    """Install the translators of `language`; every widget then gets a LanguageChange event."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_language(language)
    QLocale.setDefault(QLocale(locale_name(language)))
    ours = translator_for(language)
    if ours is not None:
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", folder):
            _installed.append(qt)
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    if not _installed:  # back to English: no translator was installed, tell the widgets anyway
        for widget in app.allWidgets():
            app.postEvent(widget, QEvent(QEvent.Type.LanguageChange))
    # Deliver the LanguageChange events now, so the whole window has switched on return.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
