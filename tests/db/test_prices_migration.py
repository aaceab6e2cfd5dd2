"""Migration 0019 (prices and discounts) on SQLite: the deliveries table gets plain columns
(no copy), an existing delivery reads 0 kg of discounts and its net as payable, and back down."""

from alembic import command
from sqlalchemy import text

from desktop.db import migrate
from desktop.db.engine import make_engine


def _columns(engine, table: str) -> list[str]:
    with engine.connect() as c:
        return [r[1] for r in c.exec_driver_sql(f"PRAGMA table_info('{table}')")]


def test_upgrade_from_0018_keeps_the_deliveries_and_reads_them_as_undiscounted(tmp_path):
    from desktop.db.cooperative import Delivery
    from desktop.db.engine import Database

    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    migrate.upgrade(engine, "0018")
    with engine.begin() as c:
        c.execute(text("INSERT INTO cooperatives (id, name, ruc, address, receipt_prefix, "
                       "created_at, updated_at) VALUES ('c', 'Coop', '20601234567', '', 'C', "
                       "'2026-01-01', '2026-01-01')"))
    with engine.connect() as c:
        c.exec_driver_sql("PRAGMA foreign_keys = OFF")
        c.exec_driver_sql(
            "INSERT INTO deliveries (id, cooperative_id, receipt_number, sequence, delivered_on, "
            "membership_id, product, gross_kg, tare_kg, net_kg, moisture_pct, grade, "
            "price_per_kg_pen, amount_pen, flags, created_at, updated_at) VALUES ('d', 'c', "
            "'C-2026-000001', 1, '2026-05-04', 'm', 'dry_parchment', 101000, 1000, 100000, 1350, "
            "'', 950, 95000, '', '2026-05-04', '2026-05-04')")
        c.commit()
    migrate.upgrade(engine)
    assert {"prices", "discount_rules"} <= set(engine.dialect.get_table_names(engine.connect()))
    with engine.connect() as c:
        row = c.exec_driver_sql(
            "SELECT moisture_discount_kg, defects_discount_kg, payable_kg, defects, "
            "moisture_limit_pct FROM deliveries").one()
    assert tuple(row) == (0, 0, None, None, None)
    engine.dispose()

    database = Database(path)
    with database.session() as session:
        session.connection().exec_driver_sql("PRAGMA foreign_keys = OFF")
        delivery = session.get(Delivery, "d")
        assert str(delivery.payable) == "100.000"
        assert delivery.moisture_discount_kg == 0
    database.close()

    engine = make_engine(path)
    ddl = make_engine(engine.url.database, transactional_ddl=True)
    config = migrate.alembic_config(engine)
    with ddl.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0018")
    ddl.dispose()
    assert "payable_kg" not in _columns(engine, "deliveries")
    assert "prices" not in engine.dialect.get_table_names(engine.connect())
    with engine.connect() as c:
        assert c.exec_driver_sql("SELECT net_kg FROM deliveries").scalar() == 100000
    engine.dispose()
