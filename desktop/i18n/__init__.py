"""The active language for everything outside the widgets (services' messages, CLI, documents).

Source strings are English; Spanish lives in translations/desktop_es.ts (the
window compiles it to .qm for Qt). This module reads the .ts with the standard
library, so the core — command line, documents, a sync or a server — speaks the
same Spanish as the window without importing Qt.
"""

from __future__ import annotations

from xml.etree import ElementTree

from desktop import TRANSLATIONS_DIR

LANGUAGES = ("es", "en")
DEFAULT_LANGUAGE = "es"
LOCALES = {"es": "es_PE", "en": "en_US"}

_state = {"language": DEFAULT_LANGUAGE}
_catalogues: dict[str, dict[tuple[str, str], str]] = {}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate finds this name
    """Mark `text` for translation in `context` without translating it yet (Qt's convention)."""
    return text


def catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, English source) -> translation for `language`, read once from its .ts file."""
    if language not in _catalogues:
        path = TRANSLATIONS_DIR / f"desktop_{language}.ts"
        if not path.exists():
            raise FileNotFoundError(f"translations/desktop_{language}.ts is missing")
        found: dict[tuple[str, str], str] = {}
        for context in ElementTree.parse(path).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("vanished", "obsolete"):
                    continue
                source = message.findtext("source", "")
                if translation.text and (name, source) not in found:
                    found[(name, source)] = translation.text
        _catalogues[language] = found
    return _catalogues[language]


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
    lang = lang or language()
    if lang == "en":
        return text
    return catalogue(lang).get((context, text)) or text
