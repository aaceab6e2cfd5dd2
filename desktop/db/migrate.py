"""Schema migrations with Alembic, applied when a file is behind the program.

Opening a file only needs to know its version and the program's: both are read without
Alembic (its import and its parsing of every migration cost about half a second at each
start), which is loaded only to upgrade. The migrations are numbered in one line
(0001, 0002, ...), so the newest number is the head; a test checks it against Alembic's.
"""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, ProgrammingError

from desktop.db.engine import make_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"


def alembic_config(engine: Engine):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    url = engine.url.render_as_string(hide_password=False)
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def known_revisions(engine: Engine | None = None) -> set[str]:
    """The revisions this program knows: the numbers of its migration files."""
    return {m.group(1) for p in VERSIONS_DIR.iterdir()
            if (m := re.match(r"(\d{4})_\w+\.py$", p.name))}


def head_revision(engine: Engine | None = None) -> str:
    return max(known_revisions())


def current_revision(engine: Engine) -> str | None:
    """The file's version, or None for a file without one (new, or not ours)."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except (OperationalError, ProgrammingError):  # no such table
            return None


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Apply every step up to `revision` in ONE transaction: all of them or none.

    The steps run on a connection of their own with transactional DDL (see
    make_engine; PostgreSQL has it of its own), so a kill or an error half-way leaves the
    database at its old version.
    """
    from alembic import command

    config = alembic_config(engine)
    if engine.dialect.name != "sqlite":
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        return
    ddl_engine = make_engine(engine.url.database, transactional_ddl=True)
    try:
        with ddl_engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        ddl_engine.dispose()
