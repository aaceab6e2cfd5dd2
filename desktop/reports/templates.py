"""The clause texts of printed documents: editable template files, one per language.

The program ships `resources/templates/agreement_es.md` and `agreement_en.md`.
An office overrides them, without touching the program, by putting its own copy
with the same file name into `config.templates_dir()`: each section of its copy
replaces ours; sections it leaves out are taken from ours.

The format is meant for an office to edit in Notepad::

    Anything before the first section is a comment and is not printed.

    ## key: Heading printed above the clause
    First paragraph, with {placeholders} filled from the agreement.

    Second paragraph (paragraphs are separated by an empty line). **Bold** text.

Unknown placeholders are printed as they are written (a typo never stops
printing); unknown section keys are ignored and listed in `warnings`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop import RESOURCES_DIR

SHIPPED_DIR = RESOURCES_DIR / "templates"

#: The sections of an agreement, in the order they are printed.
AGREEMENT_SECTIONS = ("title", "parties", "object", "plots", "commitments", "benefits",
                      "duration", "monitoring", "consequences", "closing", "signatures")

_HEADING = re.compile(r"^##\s+([A-Za-z_][A-Za-z0-9_]*)\s*(?::\s*(.*?))?\s*$")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class Section:
    key: str
    heading: str
    paragraphs: tuple[str, ...]


@dataclass(frozen=True)
class ClauseTemplate:
    """The sections of one document in one language (ours, overlaid by the office's copy)."""

    name: str
    lang: str
    sections: dict[str, Section]
    sources: tuple[Path, ...] = ()
    warnings: tuple[str, ...] = field(default=())

    def section(self, key: str) -> Section:
        return self.sections.get(key) or Section(key, "", ())

    def heading(self, key: str, values: dict | None = None) -> str:
        return fill(self.section(key).heading, values or {})

    def paragraphs(self, key: str, values: dict | None = None) -> list[str]:
        return [fill(p, values or {}) for p in self.section(key).paragraphs]


def fill(text: str, values: dict) -> str:
    """`text` with each known {name} replaced by str(values[name]); others are left alone."""
    def replace(match: re.Match) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _PLACEHOLDER.sub(replace, text)


def has_placeholders(text: str, values: dict) -> bool:
    """True when `text` has a {name} that `values` fills."""
    return any(m.group(1) in values for m in _PLACEHOLDER.finditer(text))


def parse_template(text: str) -> tuple[dict[str, Section], list[str]]:
    """Sections of a template text, and the keys of headings that were not understood."""
    sections: dict[str, Section] = {}
    odd: list[str] = []
    key = heading = None
    lines: list[str] = []

    def close() -> None:
        if key is None:
            return
        blocks, current = [], []
        for line in lines + [""]:
            if line.strip():
                current.append(line.strip())
            elif current:
                blocks.append(" ".join(current))
                current = []
        sections[key] = Section(key, heading or "", tuple(blocks))

    for raw in text.splitlines():
        match = _HEADING.match(raw.strip()) if raw.startswith("##") else None
        if match:
            close()
            key, heading, lines = match.group(1).lower(), match.group(2) or "", []
        elif raw.startswith("##"):
            close()
            key, lines = None, []
            odd.append(raw.strip())
        elif key is not None:
            lines.append(raw)
    close()
    return sections, odd


def _read(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:  # saved by an old editor in the Windows code page
        return data.decode("cp1252", errors="replace")


def template_paths(name: str, lang: str) -> tuple[Path, Path]:
    """(ours, the office's) paths of template `name` in `lang`; the office's may not exist."""
    from desktop import config

    file_name = f"{name}_{lang}.md"
    return SHIPPED_DIR / file_name, config.templates_dir() / file_name


_cache: dict[tuple[str, str], tuple[tuple, ClauseTemplate]] = {}


def _stamp(path: Path):
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def load_template(name: str, lang: str, known: tuple[str, ...] = AGREEMENT_SECTIONS
                  ) -> ClauseTemplate:
    """Template `name` (e.g. "agreement") in `lang`: ours, with the office's sections on top.

    Read again whenever either file changed, so an office sees its edits at the next print.
    """
    ours, office = template_paths(name, lang)
    stamp = (str(ours), _stamp(ours), str(office), _stamp(office))
    cached = _cache.get((name, lang))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    sections, odd = parse_template(_read(ours))
    sources = [ours]
    warnings = [f"{ours.name}: {line}" for line in odd]
    if _stamp(office) is not None:
        try:
            theirs, odd = parse_template(_read(office))
        except OSError as error:
            warnings.append(f"{office}: {error.strerror or error}")
        else:
            sources.append(office)
            warnings += [f"{office}: {line}" for line in odd]
            sections.update(theirs)
    warnings += [f"{sources[-1].name}: ## {k}" for k in sections if k not in known]
    template = ClauseTemplate(name, lang, sections, tuple(sources), tuple(warnings))
    _cache[(name, lang)] = (stamp, template)
    return template
