"""Migration 0014 (the cooperative's lists and figures) on SQLite, through the program's own
upgrade and back down: the indexes made, the members' totals rebuilt with two more columns and
given back as they were."""

from alembic import command
from sqlalchemy import text

from desktop.db import migrate
from desktop.db.engine import make_engine

NEW = {"ix_deliveries_season", "ix_deliveries_owed", "ix_deliveries_member_list",
       "ix_deliveries_flagged", "ix_deliveries_deleted", "ix_deliveries_voided",
       "ix_memberships_search"}


def _indexes(engine) -> dict[str, list[str]]:
    with engine.connect() as c:
        names = [name for (name,) in c.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            "AND tbl_name IN ('deliveries', 'memberships')"))]
        return {name: [r[2] for r in c.exec_driver_sql(f"PRAGMA index_info('{name}')")]
                for name in names}


def test_upgrade_from_0013_and_back(tmp_path):
    engine = make_engine(tmp_path / "old.sqlite")
    migrate.upgrade(engine, "0013")
    before = _indexes(engine)
    assert not NEW & set(before)

    migrate.upgrade(engine)

    after = _indexes(engine)
    assert NEW <= set(after)
    assert after["ix_deliveries_member_totals"] == before["ix_deliveries_member_totals"] + [
        "deleted_at", "voided_at"]
    with engine.connect() as c:
        plan = " ".join(r[3] for r in c.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT membership_id, sum(amount_pen) FROM deliveries "
            "WHERE cooperative_id = 'c' AND deleted_at IS NULL AND voided_at IS NULL "
            "AND paid_on IS NULL GROUP BY membership_id"))
    assert "COVERING INDEX" in plan

    ddl = make_engine(engine.url.database, transactional_ddl=True)
    config = migrate.alembic_config(engine)
    with ddl.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0013")
    ddl.dispose()
    assert _indexes(engine) == before
    engine.dispose()
