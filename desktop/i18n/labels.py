"""Domain labels in both languages: translated once, in labels.toml beside this module, and
used by the window, the PDFs and the workbooks.

Codes are what the database stores; they never change. Order is display order.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from desktop.i18n import language

def _load() -> dict[str, dict[str, tuple[str, str]]]:
    with open(Path(__file__).with_name("labels.toml"), "rb") as handle:
        return {kind: {code: (pair[0], pair[1]) for code, pair in table.items()}
                for kind, table in tomllib.load(handle).items()}


#: kind -> {code: (English, Spanish)}, from labels.toml (the one place a term is translated).
LABELS: dict[str, dict[str, tuple[str, str]]] = _load()


def label(kind: str, code, lang: str | None = None) -> str:
    """The label of `code` in `lang`; an unknown code is shown as it is."""
    if code is None:
        return ""
    if isinstance(code, bool):
        code = "1" if code else "0"
    pair = LABELS[kind].get(code)
    if pair is None:
        return str(code)
    return pair[1] if (lang or language()) == "es" else pair[0]


def choices(kind: str, lang: str | None = None) -> list[tuple[str, str]]:
    """(code, label) pairs of `kind` in display order."""
    return [(code, label(kind, code, lang)) for code in LABELS[kind]]


def code_for(kind: str, text: str) -> str | None:
    """The code whose code or label (either language) matches `text`, ignoring case and accents."""
    from desktop.textnorm import fold

    wanted = fold(text)
    for code, (en, es) in LABELS[kind].items():
        if wanted in (fold(code), fold(en), fold(es)):
            return code
    return None
