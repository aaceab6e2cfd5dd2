"""What a central database does instead of a file's habits: a long read stopped by the server,
the check left to the server, no backups of ours, an empty or foreign database told apart."""

import time

import pytest
from sqlalchemy import create_engine, text

from desktop.db.engine import interrupt_when, is_interrupt
from desktop.db.location import DatabaseUrl, database_location
from desktop.services import backups
from desktop.services.database import DatabaseProblem, check_integrity, open_database


@pytest.fixture
def central(new_pg_url, pg_template):
    database = open_database(new_pg_url(pg_template))
    yield database
    database.close()


def test_a_long_read_is_stopped_when_asked(central):
    started = time.monotonic()
    with central.session() as session:
        with pytest.raises(Exception) as stopped:
            with interrupt_when(session, lambda: time.monotonic() - started > 0.2):
                session.execute(text("SELECT pg_sleep(10)"))
    assert is_interrupt(stopped.value) and time.monotonic() - started < 5


def test_the_check_backups_and_restores_are_the_servers(central, tmp_path):
    assert central.is_central and check_integrity(central) == []
    with pytest.raises(DatabaseProblem, match="pg_dump"):
        backups.backup_now(central.path)
    with pytest.raises(DatabaseProblem, match="pg_restore"):
        backups.restore(tmp_path / "old.sqlite", central.path)


def test_an_empty_database_is_not_opened_without_init_and_a_foreign_one_never(new_pg_url):
    url = new_pg_url()
    with pytest.raises(DatabaseProblem, match="conservation-desk init"):
        open_database(url, create=False)
    database = open_database(url)  # the window's New database: the schema is made
    database.close()
    foreign = new_pg_url()
    engine = create_engine(DatabaseUrl(foreign).sqlalchemy_url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    with pytest.raises(DatabaseProblem, match="not a Conservation Desk database"):
        open_database(foreign)


def test_addresses_keep_their_slashes_and_hide_their_password():
    url = database_location("postgresql://ana:secret@server:5432/conservation")
    assert isinstance(url, DatabaseUrl) and url.name == "conservation"
    assert url.shown == "postgresql://ana@server:5432/conservation"
    assert url.sqlalchemy_url.startswith("postgresql+psycopg://ana:secret@")
    assert not isinstance(database_location("office.sqlite"), DatabaseUrl)


def test_the_newest_migration_goes_down_and_up_again_on_the_server(central):
    from alembic import command

    from desktop.db import migrate

    previous = f"{int(migrate.head_revision()) - 1:04d}"
    config = migrate.alembic_config(central.engine)
    with central.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, previous)
    assert migrate.current_revision(central.engine) == previous
    migrate.upgrade(central.engine)
    assert migrate.current_revision(central.engine) == migrate.head_revision()
    with central.engine.connect() as connection:
        assert connection.execute(text("SELECT fold('Ñuñoa  ÁVILA')")).scalar() == "nunoa avila"
