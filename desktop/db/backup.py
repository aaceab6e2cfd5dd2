"""Consistent copies of the database file with SQLite's backup API, kept in a rotating set."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

KEEP = 10


def backup_database(source: Path, backup_dir: Path, keep: int = KEEP) -> Path:
    """Copy `source` into `backup_dir` while it may be in use, and drop the oldest copies."""
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup_dir / f"{source.stem}-{stamp}.sqlite"
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    for old in list_backups(backup_dir, source.stem)[keep:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(backup_dir: Path, stem: str) -> list[Path]:
    """Backups of the database named `stem`, newest first."""
    if not backup_dir.is_dir():
        return []
    return sorted(backup_dir.glob(f"{stem}-????????-??????-*.sqlite"), reverse=True)


def restore_backup(backup: Path, target: Path, backup_dir: Path) -> Path:
    """Put `backup` in place of `target`, keeping a copy of the current file first."""
    safety = backup_database(target, backup_dir, keep=KEEP + 1) if target.exists() else None
    src = sqlite3.connect(str(backup))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return safety
