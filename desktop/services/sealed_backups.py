"""Backups that leave the laptop, encrypted with a passphrase (issue 14 item 6), and their
restore.

Writing: a checked backup is taken in the usual backup folder, sealed into the chosen
folder under a hidden name, read back and compared (a bad USB stick shows now, not on the
day it is needed), then renamed to `<database>-<when>.cdbackup`. Restoring: the file is
unsealed into the private backup folder, then restored like any backup. A wrong passphrase,
a cut or changed file, a full stick: one translated line each, and nothing half-written is
left behind.
"""

from __future__ import annotations

import os
from contextlib import suppress
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from desktop.config import default_backup_dir
from desktop.db.backup import PART_PREFIX, STAMP, BadBackup, backup_database, restore_backup
from desktop.db.sealed_backup import SUFFIX, WrongPassphrase, is_sealed, seal, unseal
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.database import DatabaseProblem, classify, refuse_central
from desktop.services.settings import backup_limit_bytes

#: A passphrase shorter than this is refused: it is all that protects the stick's data.
MIN_PASSPHRASE = 10

SHORT = QT_TRANSLATE_NOOP("Database", "The passphrase must have at least {count} characters.")
WRONG = QT_TRANSLATE_NOOP("Database", "The passphrase does not open {path}, or the file is "
                                     "damaged. Check the passphrase and try again.")
DAMAGED = QT_TRANSLATE_NOOP("Database", "{path} is damaged or incomplete; choose another copy.")
NO_FOLDER = QT_TRANSLATE_NOOP("Database", "The folder {path} does not exist. Plug in the USB "
                                         "stick or disk and choose it again.")
SAME_PLACE = QT_TRANSLATE_NOOP("Database", "Choose a folder on another disk or a USB stick, "
                                          "not the backup folder itself.")
UNSOUND_COPY = QT_TRANSLATE_NOOP("Database", "The copy written to {path} does not read back "
                                            "the same; the disk or USB stick may be failing. "
                                            "Nothing was kept there.")

Progress = Callable[[int, int], object] | None


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise DatabaseProblem(SHORT, count=MIN_PASSPHRASE)


def backup_to(database_path: Path, folder: Path, passphrase: str,
              progress: Progress = None) -> Path:
    """An encrypted, read-back-checked backup of `database_path` in `folder`."""
    refuse_central(database_path)
    check_passphrase(passphrase)
    if not folder.is_dir():
        raise DatabaseProblem(NO_FOLDER, path=folder)
    local = default_backup_dir()
    if local.exists() and folder.resolve() == local.resolve():
        raise DatabaseProblem(SAME_PLACE)
    sweep_parts(folder)
    plain = backup_database(database_path, local, max_bytes=backup_limit_bytes())
    stamp = datetime.now().strftime(STAMP)
    target = folder / f"{database_path.stem}-{stamp}{SUFFIX}"
    partial = folder / f".{target.name}.part"
    try:
        written = seal(plain, partial, passphrase, halves(progress, 0))
        with suppress(OSError):  # private like every backup (a FAT stick has no modes)
            os.chmod(partial, 0o600)
        if unseal(partial, None, passphrase, halves(progress, 1)) != written:
            raise DatabaseProblem(UNSOUND_COPY, path=folder)
        os.replace(partial, target)
    except BadBackup:
        partial.unlink(missing_ok=True)
        raise DatabaseProblem(UNSOUND_COPY, path=folder) from None
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise (classify(error, partial) or error) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def sweep_parts(folder: Path, older_than: timedelta = timedelta(hours=1)) -> None:
    """Remove what a killed backup left on the stick (hidden `.NAME.cdbackup.part` files)."""
    limit = datetime.now().timestamp() - older_than.total_seconds()
    for path in folder.glob(f".*{SUFFIX}.part"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            continue


def halves(progress: Progress, half: int) -> Progress:
    """Writing then reading back: each half of the bar."""
    if progress is None:
        return None
    return lambda done, total: progress(half * total + done, 2 * total)


def restore_sealed(sealed: Path, target: Path, passphrase: str,
                   backup_dir: Path | None = None, progress: Progress = None) -> Path | None:
    """Unseal `sealed` and put it in place of `target` (the current file is kept first)."""
    refuse_central(target)
    folder = backup_dir or default_backup_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    plain = folder / f"{PART_PREFIX}unsealed-{datetime.now().strftime(STAMP)}.part"  # swept if killed
    try:
        unseal(sealed, plain, passphrase, progress)
        os.chmod(plain, 0o600)
        return restore_backup(plain, target, folder)
    except WrongPassphrase:
        raise DatabaseProblem(WRONG, path=sealed) from None
    except BadBackup:
        raise DatabaseProblem(DAMAGED, path=sealed) from None
    except OSError as error:
        raise (classify(error, plain) or error) from None
    finally:
        plain.unlink(missing_ok=True)


__all__ = ["MIN_PASSPHRASE", "backup_to", "check_passphrase", "is_sealed", "restore_sealed"]
