"""Backups the user asks for: now, into the chosen folder; restore one after checking it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.config import default_backup_dir
from desktop.db.backup import BadBackup, backup_database, backups_of, list_backups, restore_backup
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.formatting import fmt_number
from desktop.services.database import DatabaseProblem, refuse_central
from desktop.services.settings import backup_limit_bytes


def backup_now(database_path: Path) -> Path:
    refuse_central(database_path)
    return backup_database(database_path, default_backup_dir(), max_bytes=backup_limit_bytes())


def available(database_path: Path) -> list[Path]:
    return list_backups(default_backup_dir(), database_path.stem)


def restore(backup: Path, target: Path, backup_dir: Path | None = None) -> Path | None:
    """Check `backup` is sound, keep a copy of `target`, then put the backup in its place.

    A file that is empty, half-written, damaged or not one of ours is refused and the
    current file is left exactly as it was. A central database is refused (pg_restore's).
    """
    refuse_central(target)
    try:
        return restore_backup(backup, target, backup_dir or default_backup_dir())
    except BadBackup:
        raise DatabaseProblem(QT_TRANSLATE_NOOP(
            "Database", "The backup {path} is damaged; choose another one."), path=backup) from None


@dataclass(frozen=True)
class BackupSummary:
    """One backup as the list shows it: when, how big, and what it holds."""

    path: Path
    taken: datetime
    size: int
    families: int | None  # None when the file cannot be read
    agreements: int | None

    def contents(self, lang: str | None = None) -> str:
        """What it holds, as the backup list and the restore dialog show it."""
        if self.families is None:
            return translate("Backups", "cannot be read", lang)
        return translate("Backups", "{families} families, {agreements} agreements", lang).format(
            families=fmt_number(self.families, lang), agreements=fmt_number(self.agreements, lang))


def summaries(database_path: Path, backup_dir: Path | None = None) -> list[BackupSummary]:
    """The backups of `database_path`, newest first, with their counts of living records."""
    refuse_central(database_path)
    found = []
    for backup in backups_of(backup_dir or default_backup_dir(), database_path.stem):
        families = agreements = None
        try:
            connection = sqlite3.connect(f"file:{backup.path}?mode=ro", uri=True)
            try:
                families, agreements = (connection.execute(
                    f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()[0]
                    for table in ("families", "agreements"))
            finally:
                connection.close()
        except sqlite3.Error:
            pass
        found.append(BackupSummary(backup.path, backup.taken, backup.size, families, agreements))
    return found
