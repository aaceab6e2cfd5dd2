"""Which office this database belongs to, and preparing an empty database for one
(`conservation-desk init`). The code is kept in the database (desktop.db.office) and goes into
the numbers made offline, so two laptops never hand out the same one."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy.orm import Session

from desktop.db import office as stored
from desktop.db.location import DatabaseUrl, database_location
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.database import ALREADY_OURS, DatabaseProblem, open_central, open_database
from desktop.services.errors import FieldError, check

MAX_NAME = 200


def office_rules(code: str, name: str) -> list[FieldError]:
    errors = []
    if code and not stored.is_valid_code(code):
        errors.append(FieldError("office_code", QT_TRANSLATE_NOOP(
            "Validation", "An office code is 2 to 6 letters or digits without accents, "
            "such as LIM1."), {}))
    if len(name) > MAX_NAME:
        errors.append(FieldError("office_name", QT_TRANSLATE_NOOP(
            "Validation", "An office name has at most {n} characters."), {"n": MAX_NAME}))
    return errors


def office_of(session: Session) -> tuple[str, str]:
    """(code, name) of this database's office; ("", "") when none was set."""
    return stored.get_setting(session, stored.CODE), stored.get_setting(session, stored.NAME)


def set_office(session: Session, code: str, name: str = "") -> None:
    """Validate and keep the office's code and name (committed)."""
    code, name = stored.normal_code(code), (name or "").strip()
    check(office_rules(code, name))
    stored.put_setting(session, stored.CODE, code)
    stored.put_setting(session, stored.NAME, name)
    session.commit()


def initialise(location, code: str = "", name: str = "", backup_dir: Path | None = None):
    """Create an empty database at the head migration for an office: a new file (built under a
    hidden name and renamed once complete), or an empty PostgreSQL database that its server's
    administrator made (`createdb`). Returns where it is."""
    code, name = stored.normal_code(code), (name or "").strip()
    check(office_rules(code, name))
    location = database_location(location)
    if isinstance(location, DatabaseUrl):
        database = open_central(location, create=True, empty_only=True)
        try:
            with database.session() as session:
                set_office(session, code, name)
        finally:
            database.close()
        return location
    path = Path(location).expanduser().resolve()
    if path.exists() and path.stat().st_size > 0:
        raise DatabaseProblem(ALREADY_OURS if _is_ours(path) else QT_TRANSLATE_NOOP(
            "Database", "{path} already exists; choose a new file name."), path=path)
    building = path.with_name(f".{path.name}.init")
    _remove(building)
    database = open_database(building, backup_dir=backup_dir)
    try:
        with database.session() as session:
            set_office(session, code, name)
        database.on_close_after_write = None  # an empty database needs no backup
        database.close()
        os.replace(building, path)
    except BaseException:
        database.close()
        _remove(building)
        raise
    return path


def _is_ours(path: Path) -> bool:
    import sqlite3

    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            connection.execute("SELECT version_num FROM alembic_version").fetchall()
            return True
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-open"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
