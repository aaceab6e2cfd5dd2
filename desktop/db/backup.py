"""Consistent copies of the database file, checked before they are kept, thinned like Anki's.

A backup is written under a hidden temporary name in the backup folder, checked
(`quick_check`, a schema version, the program's tables) and only then renamed to
its final name, so a full disk or a kill never leaves a file that looks like a
good backup. Old backups are thinned: the last ten, then one a day for a week,
one a week for a month and one a month for a year, within an optional size cap.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path


#: How many of the newest backups are always kept.
KEEP = 10
#: Thinning past the newest: (how far back, one backup per this long).
TIERS = ((timedelta(days=7), timedelta(days=1)), (timedelta(days=31), timedelta(days=7)),
         (timedelta(days=366), timedelta(days=30)))
STAMP = "%Y%m%d-%H%M%S-%f"
PART_PREFIX = ".backup-"


class BadBackup(Exception):
    """A file that is not a complete, sound backup of a Conservation Desk database."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken: datetime
    size: int


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            # a backup is one self-contained file: no write-ahead log beside it
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def check_backup(path: Path) -> None:
    """Raise BadBackup unless `path` is a sound database with a schema version and our tables."""
    if not path.is_file() or path.stat().st_size == 0:
        raise BadBackup(f"{path} is empty or missing")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA quick_check").fetchall() != [("ok",)]:
                raise BadBackup(f"{path} is damaged")
            tables = {name for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "alembic_version" not in tables or connection.execute(
                    "SELECT version_num FROM alembic_version").fetchone() is None:
                raise BadBackup(f"{path} has no schema version")
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise BadBackup(f"{path}: {error}") from error
    core = {"communities", "families", "persons", "agreements"}
    if not core <= tables:
        raise BadBackup(f"{path} lacks the tables {sorted(core - tables)}")


def backup_database(source: Path, backup_dir: Path, keep: int = KEEP,
                    max_bytes: int | None = None) -> Path:
    """Copy `source` (it may be in use) into `backup_dir`, check the copy, then thin the set."""
    backup_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = datetime.now().strftime(STAMP)
    target = backup_dir / f"{source.stem}-{stamp}.sqlite"
    partial = backup_dir / f"{PART_PREFIX}{source.stem}-{stamp}.part"
    try:
        _copy(source, partial)
        os.chmod(partial, 0o600)
        check_backup(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    thin(backup_dir, source.stem, keep=keep, max_bytes=max_bytes)
    return target


def backups_of(backup_dir: Path, stem: str) -> list[BackupInfo]:
    """The finished backups of the database named `stem`, newest first."""
    if not backup_dir.is_dir():
        return []
    found = []
    for path in backup_dir.glob(f"{stem}-????????-??????-*.sqlite"):
        try:
            taken = datetime.strptime(path.stem[len(stem) + 1:], STAMP)
            found.append(BackupInfo(path, taken, path.stat().st_size))
        except (ValueError, OSError):
            continue
    return sorted(found, key=lambda b: b.taken, reverse=True)


def list_backups(backup_dir: Path, stem: str) -> list[Path]:
    """Backups of the database named `stem`, newest first."""
    return [b.path for b in backups_of(backup_dir, stem)]


def to_keep(backups: list[BackupInfo], now: datetime, keep: int = KEEP,
            max_bytes: int | None = None) -> list[BackupInfo]:
    """Which backups thinning keeps (newest first): the newest `keep`, then the oldest of
    each day, week and month bucket; past `max_bytes` in all, the oldest go first."""
    kept = list(backups[:keep])
    buckets: set[tuple[int, int]] = set()
    for backup in backups[keep:]:
        age = now - backup.taken
        for tier, (reach, every) in enumerate(TIERS):
            if age <= reach:
                bucket = (tier, int(age / every))
                if bucket not in buckets:
                    buckets.add(bucket)
                    kept.append(backup)
                break
    kept.sort(key=lambda b: b.taken, reverse=True)
    if max_bytes is not None:
        total, capped = 0, []
        for backup in kept:
            total += backup.size
            if capped and total > max_bytes:
                break
            capped.append(backup)
        kept = capped
    return kept


def thin(backup_dir: Path, stem: str, keep: int = KEEP, max_bytes: int | None = None) -> None:
    backups = backups_of(backup_dir, stem)
    kept = {b.path for b in to_keep(backups, datetime.now(), keep, max_bytes)}
    for backup in backups:
        if backup.path not in kept:
            backup.path.unlink(missing_ok=True)


def sweep_partial_backups(backup_dir: Path, older_than: timedelta = timedelta(hours=1)) -> int:
    """Remove temporary copies left by a killed backup; returns how many were removed."""
    removed = 0
    if backup_dir.is_dir():
        limit = datetime.now().timestamp() - older_than.total_seconds()
        for path in backup_dir.glob(f"{PART_PREFIX}*.part"):
            try:
                if path.stat().st_mtime < limit:
                    path.unlink()
                    removed += 1
            except OSError:
                continue
    return removed


def restore_backup(backup: Path, target: Path, backup_dir: Path) -> Path | None:
    """Put the checked `backup` in place of `target`, keeping the current file first.

    The current file is backed up when it can be read; when it is too damaged for
    that, it is moved aside as it is (`*.damaged-STAMP`), never lost.
    """
    check_backup(backup)
    safety = None
    if target.exists() and target.stat().st_size > 0:
        try:
            safety = backup_database(target, backup_dir, keep=KEEP + 1)
        except (sqlite3.Error, BadBackup):
            safety = target.with_name(f"{target.name}.damaged-{datetime.now().strftime(STAMP)}")
            os.replace(target, safety)
            for suffix in ("-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
    partial = target.with_name(f".{target.name}.restoring")
    try:
        _copy(backup, partial)
        check_backup(partial)
        for suffix in ("-wal", "-shm"):  # the old file's journal must not be applied to the new
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return safety
