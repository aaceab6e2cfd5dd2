"""The database itself enforces the rules, and the migrations build exactly the models."""

from datetime import date
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

import desktop.db.models  # noqa: F401
from desktop.db.base import Base
from desktop.db.cooperative import Cooperative, Delivery, Membership
from desktop.db.person import Person
from desktop.db.plot import Plot


def test_migrations_produce_exactly_the_models_schema(database):
    with database.engine.connect() as connection:
        from desktop.db.search_index import include_object
        context = MigrationContext.configure(connection, opts={
            "compare_type": True, "include_object": include_object})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_every_connection_has_safety_pragmas(database):
    with database.engine.connect() as c:
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert c.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert c.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def _insert(session, obj):
    session.add(obj)
    try:
        session.flush()
    finally:
        session.rollback()


def test_database_refuses_duplicate_living_dni(session, family):
    other = Person(family_id=family.id, given_names="Ana", paternal_surname="Ríos",
                   sex="F", dni="01234567", relation="spouse")
    with pytest.raises(IntegrityError):
        _insert(session, other)


def test_database_refuses_second_head(session, family):
    second = Person(family_id=family.id, given_names="Ana", paternal_surname="Ríos",
                    sex="F", relation="head")
    with pytest.raises(IntegrityError):
        _insert(session, second)


@pytest.mark.parametrize("dni", ["1234567", "123456789", "1234567a"])
def test_database_refuses_malformed_dni(session, family, dni):
    with pytest.raises(IntegrityError):
        _insert(session, Person(family_id=family.id, given_names="Ana",
                                paternal_surname="Ríos", sex="F", dni=dni))


def test_database_refuses_negative_area_and_unknown_family(session, family):
    with pytest.raises(IntegrityError):
        _insert(session, Plot(family_id=family.id, name="Loma", area_ha=Decimal("-1")))
    with pytest.raises(IntegrityError):
        _insert(session, Plot(family_id="no-such-family", name="Loma", area_ha=Decimal("1")))


def test_database_refuses_bad_weights_and_moisture(session, family):
    coop = Cooperative(name="Coop", ruc="20123456789")
    member = Membership(cooperative=coop, family_id=family.id, member_code="M1")
    session.add_all([coop, member])
    session.commit()

    def delivery(**kw):
        values = dict(cooperative_id=coop.id, receipt_number="R1", sequence=1,
                      delivered_on=date(2026, 5, 1), membership_id=member.id,
                      gross_kg=Decimal("60"), net_kg=Decimal("59"), moisture_pct=Decimal("12"),
                      price_per_kg_pen=Decimal("9.5"), amount_pen=Decimal("560.5"))
        values.update(kw)
        return Delivery(**values)

    for bad in ({"gross_kg": Decimal("0")}, {"net_kg": Decimal("-1")},
                {"moisture_pct": Decimal("100.5")}):
        with pytest.raises(IntegrityError):
            _insert(session, delivery(**bad))
    session.add(delivery())
    session.commit()
    with pytest.raises(IntegrityError):
        _insert(session, delivery(sequence=2))  # same receipt number in the same cooperative


def test_decimals_round_trip_exactly(session, family):
    plot = Plot(family_id=family.id, name="Loma", area_ha=Decimal("2.3456"),
                latitude=Decimal("-5.123456"), longitude=Decimal("-77.654321"))
    session.add(plot)
    session.commit()
    session.expire_all()
    again = session.get(Plot, plot.id)
    assert again.area_ha == Decimal("2.3456")
    assert again.latitude == Decimal("-5.123456")
    stored = session.execute(text("SELECT typeof(area_ha) FROM plots")).scalar()
    assert stored == "integer"


def _schema_facts(path):
    import re
    import sqlite3

    con = sqlite3.connect(path)
    facts = set()
    for kind, name, table, sql in con.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "AND name != 'alembic_version' AND name NOT LIKE 'family_fts%' "
            "AND name NOT LIKE 'families_fts_%'"):
        if kind == "index" and sql:
            facts.add(("index", name, " ".join(sql.split())))
        if kind == "table":
            for check in re.findall(r"CONSTRAINT (\w+) CHECK", sql):
                facts.add(("check", table, check))
            facts.add(("foreign_keys", table, tuple(sorted(
                (r[2], r[3], r[4]) for r in con.execute(f"PRAGMA foreign_key_list({table})")))))
    con.close()
    return facts


def test_migrations_keep_every_check_index_and_foreign_key(tmp_path, database):
    from desktop.db.engine import make_engine

    fresh = tmp_path / "create_all.sqlite"
    engine = make_engine(fresh)
    Base.metadata.create_all(engine)
    engine.dispose()
    assert _schema_facts(database.path) == _schema_facts(fresh)
