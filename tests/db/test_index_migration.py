"""Migration 0006 (attendance by session) on SQLite, through the program's own upgrade: one
transaction, render_as_batch, the rows kept; and back down."""

from alembic import command
from sqlalchemy import text

from desktop.db import migrate
from desktop.db.engine import make_engine


def _indexes(engine) -> set[str]:
    with engine.connect() as c:
        return {name for (name,) in c.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'attendance'"))}


def test_upgrade_from_0005_adds_the_index_and_keeps_the_rows(tmp_path):
    engine = make_engine(tmp_path / "old.sqlite")
    migrate.upgrade(engine, "0005")
    with engine.begin() as c:
        c.execute(text("INSERT INTO training_sessions (id, topic, kind, held_on, place, "
                       "facilitator, hours, notes, created_at, updated_at) VALUES ('s1', "
                       "'Café', 'coffee', '2026-03-01', '', '', 200, '', '2026-03-01', "
                       "'2026-03-01')"))
        c.execute(text("INSERT INTO attendance (id, session_id, name, sex, created_at, "
                       "updated_at) VALUES ('a1', 's1', 'Rosa', 'F', '2026-03-01', "
                       "'2026-03-01')"))
    assert "ix_attendance_session" not in _indexes(engine)

    migrate.upgrade(engine)

    assert migrate.current_revision(engine) == migrate.head_revision(engine)
    assert "ix_attendance_session" in _indexes(engine)
    with engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM attendance")).scalar() == 1
        plan = " ".join(r[3] for r in c.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT count(*) FROM attendance WHERE session_id = 's1'"))
    assert "ix_attendance_session" in plan

    ddl = make_engine(engine.url.database, transactional_ddl=True)
    config = migrate.alembic_config(engine)
    with ddl.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    ddl.dispose()
    assert "ix_attendance_session" not in _indexes(engine)
    engine.dispose()
