"""Backups the user asks for: now, into the chosen folder; restore one after checking it."""

from __future__ import annotations

from pathlib import Path

from desktop.i18n import QT_TRANSLATE_NOOP

from desktop.config import default_backup_dir
from desktop.db.backup import backup_database, list_backups, restore_backup
from desktop.services.database import DatabaseProblem, quick_check


def backup_now(database_path: Path) -> Path:
    return backup_database(database_path, default_backup_dir())


def available(database_path: Path) -> list[Path]:
    return list_backups(default_backup_dir(), database_path.stem)


def restore(backup: Path, target: Path) -> Path | None:
    """Check `backup` is sound, keep a copy of `target`, then put the backup in its place."""
    try:
        quick_check(backup)
    except Exception:
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "Database", "The backup {path} is damaged; choose another one."), path=backup) from None
    return restore_backup(backup, target, default_backup_dir())
