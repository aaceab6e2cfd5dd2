"""The office's names and logos as printed on an agreement, read once per batch."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.utils import ImageReader


@dataclass(frozen=True)
class DocumentSettings:
    office: str
    programme: str
    park_authority: str
    programme_logo: Path | None = None
    park_logo: Path | None = None

    @classmethod
    def from_config(cls) -> DocumentSettings:
        from desktop import config

        return cls(config.get(config.OFFICE_NAME), config.get(config.PROGRAMME_NAME),
                   config.get(config.PARK_AUTHORITY_NAME),
                   usable_image(config.get(config.PROGRAMME_LOGO)),
                   usable_image(config.get(config.PARK_LOGO)))


def usable_image(path: str | Path | None) -> Path | None:
    """`path` when it is an image reportlab can read; None otherwise (the document goes
    without that logo rather than failing)."""
    if not path or not Path(path).is_file():  # (reportlab would try a URL for anything else)
        return None
    try:
        ImageReader(str(path)).getSize()
    except Exception:  # noqa: BLE001 (unreadable or not an image: print without it)
        return None
    return Path(path)
