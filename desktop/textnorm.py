"""Text folding for search: case, accents and spacing do not matter.

SQLite's lower() and LIKE fold ASCII only, so every searchable text is stored
a second time in this folded form and searched with plain LIKE.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str | None) -> str:
    """'  Núñez  PÉREZ ' -> 'nunez perez'."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.casefold()).strip()


def name_key(*parts: str | None) -> str:
    """Order-free key of a person's names, for duplicate detection.

    Peruvian double surnames are written in either order and with or without
    accents; sorting the folded words makes those spellings equal.
    """
    words = fold(" ".join(p for p in parts if p)).replace("-", " ").split()
    return " ".join(sorted(words))


def like_pattern(query: str) -> str:
    """A LIKE pattern matching `query` anywhere, with LIKE's wildcards escaped."""
    folded = fold(query).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{folded}%"


#: Words that belong to the surname after them: "De la Cruz Pérez" is "De la Cruz" + "Pérez".
PARTICLES = {"de", "del", "la", "las", "los", "y", "da", "das", "do", "dos", "di", "van", "von",
             "san", "santa", "mc"}


def split_surnames(text: str) -> tuple[str, str]:
    """'Núñez Pérez' → ('Núñez', 'Pérez'); 'De la Cruz Pérez' → ('De la Cruz', 'Pérez')."""
    groups, pending = [], []
    for word in text.split():
        pending.append(word)
        if fold(word) not in PARTICLES:
            groups.append(" ".join(pending))
            pending = []
    if pending:
        if groups:
            groups[-1] += " " + " ".join(pending)
        else:
            groups.append(" ".join(pending))
    if not groups:
        return "", ""
    return groups[0], " ".join(groups[1:])
