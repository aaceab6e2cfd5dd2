"""Both engines for the tests of this folder: every test taking `database` (and the shared
`session`, `community`, `family` fixtures built on it) runs on a SQLite file and on a real
PostgreSQL that this file starts once per run (tests/pg/server.py). A PostgreSQL that cannot
be started FAILS the tests with its reason: CI installs it (.ci/run)."""

import itertools
import shutil

import pytest
from sqlalchemy import create_engine, text

from desktop.db.engine import Database
from desktop.services.database import open_database
from desktop.services.edits import CheckedSession
from tests.pg.server import Server, ServerError

TEMPLATE = "cd_template"
_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    try:
        server = Server().start()
    except (ServerError, OSError) as error:
        pytest.fail(f"PostgreSQL could not be started for the tests: {error}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_admin(pg_server):
    engine = create_engine(pg_server.url().replace("postgresql://", "postgresql+psycopg://"),
                           isolation_level="AUTOCOMMIT")
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def pg_template(pg_server, pg_admin):
    """A database migrated to the head once per run; each test gets a copy of it."""
    with pg_admin.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {TEMPLATE}"))
    open_database(pg_server.url(TEMPLATE)).close()
    return TEMPLATE


@pytest.fixture
def new_pg_url(pg_server, pg_admin):
    """Makes empty databases on the test server: new_pg_url() -> its postgresql:// address."""
    def make(template: str = "template0") -> str:
        name = f"cd_test_{next(_numbers)}"
        with pg_admin.connect() as connection:
            connection.execute(text(f"CREATE DATABASE {name} TEMPLATE {template}"))
        return pg_server.url(name)
    return make


@pytest.fixture(params=["sqlite", "postgresql"])
def db_location(request, tmp_path, migrated_template):
    """Where a fresh database at the head migration is: a file, or a postgresql:// address."""
    if request.param == "sqlite":
        path = tmp_path / "office.sqlite"
        shutil.copyfile(migrated_template, path)
        return path
    return request.getfixturevalue("new_pg_url")(request.getfixturevalue("pg_template"))


@pytest.fixture
def database(db_location):
    db = Database(db_location, session_class=CheckedSession)
    yield db
    db.close()
