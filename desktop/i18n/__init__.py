"""The active language for everything outside the widgets (services' messages, CLI, documents).

Source strings are English; Spanish lives in translations/desktop_es.qm. A
QTranslator (QtCore only, no widgets) reads it, so the command line and the
documents speak the same Spanish as the window.
"""

from __future__ import annotations

from PySide6.QtCore import QTranslator

from desktop import TRANSLATIONS_DIR

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"
LOCALES = {"es": "es_PE", "en": "en_US"}

_state = {"language": DEFAULT_LANGUAGE}
_translators: dict[str, QTranslator] = {}


def translator_for(language: str) -> QTranslator | None:
    """The loaded Qt translator of `language`, or None for English (the source language)."""
    if language == "en":
        return None
    if language not in _translators:
        translator = QTranslator()
        if not translator.load(str(TRANSLATIONS_DIR / f"desktop_{language}.qm")):
            raise FileNotFoundError(f"translations/desktop_{language}.qm is missing")
        _translators[language] = translator
    return _translators[language]


def set_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _state["language"] = language


def language() -> str:
    return _state["language"]


def locale_name(lang: str | None = None) -> str:
    return LOCALES[lang or language()]


def translate(context: str, text: str, lang: str | None = None) -> str:
    """`text` (English source) in `lang` (default: the active language)."""
    translator = translator_for(lang or language())
    if translator is None:
        return text
    return translator.translate(context, text) or text
