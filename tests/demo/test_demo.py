"""The demo office: realistic, consistent, reproducible, searchable and cancellable."""

import json
import multiprocessing
from decimal import Decimal

import pytest
from sqlalchemy import select, text

import desktop.db.models  # noqa: F401
from desktop.db.base import Base
from desktop.db.cooperative import Delivery
from desktop.db.hooks import refresh_family_search
from desktop.demo import NotEmpty, build_demo, pipeline
from desktop.services import registry
from desktop.services.common import Cancelled
from desktop.services.cooperative.rules import amount_for
from desktop.services.database import open_database
from desktop.textnorm import fold


@pytest.fixture
def demo(database):
    counts = build_demo(database, families=200, seed=7)
    return database, counts


def scalar(database, sql, **params):
    with database.engine.connect() as c:
        return c.execute(text(sql), params).scalar()


def rows(database, sql, **params):
    with database.engine.connect() as c:
        return c.execute(text(sql), params).all()


def test_counts_are_those_of_a_real_office(demo):
    database, counts = demo
    assert counts["families"] == 200 == scalar(database, "SELECT count(*) FROM families")
    assert 10 <= counts["communities"] <= 25
    assert 2 * 200 <= counts["persons"] <= 6 * 200
    assert counts["persons"] == scalar(database, "SELECT count(*) FROM persons")
    assert counts["plots"] >= 200
    assert counts["training_sessions"] == 20
    for key in ("agreements", "active_agreements", "commitments", "benefits",
                "benefit_deliveries", "signatories", "compliance_visits", "attendance",
                "memberships", "deliveries"):
        assert counts[key] > 0, key
    assert 0.25 <= counts["memberships"] / 200 <= 0.55
    audit = rows(database, "SELECT action, entity, changes FROM audit_entries")
    assert len(audit) == 1
    assert audit[0].action == "create" and audit[0].entity == "demo"
    assert json.loads(audit[0].changes)["families"] == [None, 200]


def test_every_family_has_exactly_one_head(demo):
    database, _ = demo
    heads = rows(database, "SELECT f.id, count(p.id) FROM families f LEFT JOIN persons p "
                           "ON p.family_id = f.id AND p.relation = 'head' GROUP BY f.id")
    assert len(heads) == 200
    assert {n for _, n in heads} == {1}


def test_most_families_inside_the_forest_have_an_active_agreement(demo):
    database, counts = demo
    inside = scalar(database, "SELECT count(*) FROM families WHERE inside_forest")
    active = scalar(database, "SELECT count(DISTINCT a.family_id) FROM agreements a "
                              "JOIN families f ON f.id = a.family_id "
                              "WHERE f.inside_forest AND a.status = 'active'")
    assert inside > 100
    assert 0.70 <= active / inside <= 0.90
    assert counts["active_agreements"] == active
    # no agreement for a family outside the forest, and numbers follow the pattern
    assert scalar(database, "SELECT count(*) FROM agreements a JOIN families f "
                            "ON f.id = a.family_id WHERE NOT f.inside_forest") == 0
    assert scalar(database, "SELECT count(*) FROM agreements "
                            "WHERE number NOT GLOB 'AC-202[56]-[0-9][0-9][0-9][0-9]'") == 0


def test_agreements_are_consistent(demo):
    database, _ = demo
    # the forest area is that of the forest plots it covers
    wrong = rows(database, """
        SELECT a.number FROM agreements a
        WHERE a.forest_area_ha != coalesce((SELECT sum(p.area_ha) FROM agreement_plots ap
            JOIN plots p ON p.id = ap.plot_id WHERE ap.agreement_id = a.id
            AND p.land_use = 'forest'), 0)""")
    assert wrong == []
    # active agreements last one year and were signed before they started
    bad_dates = rows(database, """
        SELECT number FROM agreements WHERE status = 'active' AND (
            start_date NOT LIKE '2026-01-%' OR signed_on > start_date
            OR end_date != date(start_date, '+1 year', '-1 day'))""")
    assert bad_dates == []
    per_agreement = rows(database, """
        SELECT a.id,
          (SELECT count(*) FROM commitments c WHERE c.agreement_id = a.id),
          (SELECT max(position) FROM commitments c WHERE c.agreement_id = a.id),
          (SELECT count(*) FROM benefits b WHERE b.agreement_id = a.id),
          (SELECT group_concat(role) FROM (SELECT role FROM signatories s
                                           WHERE s.agreement_id = a.id ORDER BY role)),
          (SELECT count(*) FROM compliance_visits v WHERE v.agreement_id = a.id)
        FROM agreements a""")
    for _, commitments, last, benefits, roles, visits in per_agreement:
        assert 4 <= commitments <= 8 and last == commitments
        assert 2 <= benefits <= 4
        assert roles == "head,park,programme"
        assert visits <= 2
    # the head signs with a thumbprint exactly when the head does not sign
    assert scalar(database, "SELECT count(*) FROM signatories s JOIN persons p "
                            "ON p.id = s.person_id WHERE s.uses_thumbprint = p.signs") == 0


def test_people_names_dnis_and_signatures(demo):
    database, _ = demo
    dnis = [d for (d,) in rows(database, "SELECT dni FROM persons WHERE dni IS NOT NULL")]
    assert len(dnis) == len(set(dnis))
    assert all(len(d) == 8 and d.isdigit() for d in dnis)
    assert any(d.startswith("0") for d in dnis)
    sexes = dict(rows(database, "SELECT sex, count(*) FROM persons GROUP BY sex"))
    assert 0.4 <= sexes["F"] / (sexes["F"] + sexes["M"]) <= 0.6
    adults = "birth_date <= '2008-09-30'"
    thumbs = scalar(database, f"SELECT avg(NOT signs) FROM persons WHERE {adults}")
    assert 0.08 <= thumbs <= 0.25
    assert scalar(database, f"SELECT avg(dni IS NOT NULL) FROM persons WHERE {adults}") > 0.9
    assert 0.3 <= scalar(database,
                         f"SELECT avg(dni IS NOT NULL) FROM persons WHERE NOT {adults}") <= 0.7
    accented = scalar(database, "SELECT count(*) FROM persons WHERE given_names "
                                "GLOB '*[ÁÉÍÓÚáéíóúñ]*' OR paternal_surname GLOB '*[ÁÉÍÓÚáéíóúñ]*'")
    assert accented > 0
    # the derived columns the ORM hooks would have kept are filled
    assert scalar(database, "SELECT count(*) FROM persons WHERE name_key = ''") == 0
    assert scalar(database, "SELECT count(*) FROM communities WHERE name_folded = ''") == 0
    assert scalar(database, "SELECT count(*) FROM families "
                            "WHERE head_name = '' OR search_text NOT LIKE fold(code) || ' %'") == 0


def test_women_are_about_a_quarter_of_registered_participants(demo):
    database, _ = demo
    share = scalar(database, "SELECT avg(p.sex = 'F') FROM attendance a "
                             "JOIN persons p ON p.id = a.person_id")
    assert 0.15 <= share <= 0.35
    # the copied sex matches the person's
    assert scalar(database, "SELECT count(*) FROM attendance a JOIN persons p "
                            "ON p.id = a.person_id WHERE a.sex != p.sex") == 0
    school = rows(database, "SELECT a.person_id, a.age_band, a.name FROM attendance a "
                            "JOIN training_sessions t ON t.id = a.session_id "
                            "WHERE t.kind = 'school'")
    assert school
    assert all(pid is None and band in ("child", "youth") and name for pid, band, name in school)


def test_every_delivery_is_weighed_and_priced_right(demo, session):
    deliveries = session.scalars(select(Delivery).order_by(Delivery.sequence)).all()
    assert deliveries
    for n, d in enumerate(deliveries, 1):
        assert d.sequence == n and d.receipt_number == f"COOPBAM-2026-{n:06d}"
        assert d.net_kg == d.gross_kg - d.tare_kg > 0
        # the station's rule: payable kilos (net less the discounts) × price, half up
        payable = d.net_kg if d.payable_kg is None else d.payable_kg
        assert payable == d.net_kg - d.moisture_discount_kg - d.defects_discount_kg
        assert d.amount_pen == amount_for(payable, d.price_per_kg_pen)
        if d.product == "dry_parchment":
            assert Decimal(10) <= d.moisture_pct <= Decimal(14)
            assert Decimal("8.50") <= d.price_per_kg_pen <= Decimal("11.00")
        assert d.cup_score is None or Decimal(80) <= d.cup_score <= Decimal(88)
        assert "2026-04-01" <= d.delivered_on.isoformat() <= "2026-09-30"
    dates = [d.delivered_on for d in deliveries]
    assert dates == sorted(dates)  # receipts are numbered in date order
    assert sum(d.paid_on is not None for d in deliveries) > len(deliveries) / 2


def dump(database) -> dict:
    tables = {}
    with database.engine.connect() as c:
        for table in Base.metadata.sorted_tables:
            columns = [col.name for col in table.columns
                       if (table.name, col.name) != ("audit_entries", "at")]
            order = ", ".join(col.name for col in table.primary_key.columns)
            tables[table.name] = c.execute(text(
                f"SELECT {', '.join(columns)} FROM {table.name} ORDER BY {order}")).all()
    return tables


def test_same_seed_same_file_other_seed_other_file(tmp_path):
    def built(name, seed):
        database = open_database(tmp_path / name, backup_dir=tmp_path / "backups")
        try:
            build_demo(database, families=60, seed=seed)
            return dump(database)
        finally:
            database.close()

    first, again, other = built("a.sqlite", 3), built("b.sqlite", 3), built("c.sqlite", 4)
    assert first == again
    assert first["families"] and first != other


def test_search_finds_demo_families(demo, session):
    database, _ = demo
    surname, code = rows(database, "SELECT p.paternal_surname, f.code FROM persons p "
                                   "JOIN families f ON f.id = p.family_id "
                                   "WHERE p.relation = 'head' ORDER BY f.code LIMIT 1")[0]
    found = registry.search_families(session, fold(surname), limit=1000)
    assert code in {row.code for row in found}
    assert registry.count_families(session, surname.upper()) == len(found)
    row = registry.search_families(session, code)[0]
    assert row.head and row.members >= 1 and row.community
    family = registry.get_family(session, row.id)
    assert family.head is not None and family.members[0].relation == "head"


def test_cancelling_keeps_nothing(database):
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return len(calls) < 3  # stop after the first batches were written

    with pytest.raises(Cancelled):
        build_demo(database, families=200, seed=1, progress=progress)
    assert len(calls) == 3 and 0 < calls[-1][0] < calls[-1][1]
    for table in ("families", "persons", "communities", "audit_entries"):
        assert scalar(database, f"SELECT count(*) FROM {table}") == 0
    # the file is still usable, and the progress ends at its total
    seen = []
    build_demo(database, families=50, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_refuses_a_database_that_has_data(demo):
    database, _ = demo
    with pytest.raises(NotEmpty):
        build_demo(database, families=10)
    assert scalar(database, "SELECT count(*) FROM families") == 200


def test_plots_over_four_hectares_have_a_boundary_buyers_accept(demo):
    import json
    from decimal import Decimal

    from desktop.services.cooperative import geometry

    big = rows(demo[0], "SELECT area_ha, boundary_geojson FROM plots WHERE area_ha > 40000")
    assert big
    for stored_area, geojson in big:
        assert geojson, "a plot over 4 ha without a boundary"
        ring = [tuple(p) for p in json.loads(geojson)["coordinates"][0]]
        measured = geometry.area_ha(ring)
        stated = Decimal(stored_area) / 10_000
        assert abs(measured - stated) / stated < Decimal("0.02")


def test_a_second_process_and_a_new_file_make_the_same_demo(tmp_path):
    def built(name, **options):
        database = open_database(tmp_path / name, backup_dir=tmp_path / "backups")
        try:
            counts = build_demo(database, families=80, seed=5, **options)
            return counts, dump(database)
        finally:
            database.close()

    alone = built("a.sqlite", parallel=False)
    assert built("b.sqlite", parallel=True) == alone
    assert built("c.sqlite", parallel=True, new_file=True) == alone
    assert multiprocessing.active_children() == []


def test_a_new_file_gets_its_indexes_journal_and_checks_back(tmp_path):
    database = open_database(tmp_path / "new.sqlite", backup_dir=tmp_path / "backups")
    schema = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    try:
        before = rows(database, schema)
        build_demo(database, families=60, new_file=True)
        assert rows(database, schema) == before
        with database.engine.connect() as c:
            pragma = c.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA foreign_key_check").all() == []
            assert pragma("PRAGMA integrity_check").scalar() == "ok"
            pragma("INSERT INTO family_fts(family_fts) VALUES ('integrity-check')")
    finally:
        database.close()


def test_stored_values_are_those_sqlalchemy_writes_and_the_hooks_derive(demo, tmp_path):
    """Each value the builder stores is what SQLAlchemy stores for the value it reads back,
    and the family search text and head name are what db.hooks computes."""
    database, _ = demo
    copy = open_database(tmp_path / "copy.sqlite", backup_dir=tmp_path / "backups")
    try:
        with database.engine.connect() as source, copy.engine.begin() as target:
            for table in Base.metadata.sorted_tables:
                read = source.execute(select(table).order_by(text("rowid"))).all()
                if read:
                    target.execute(table.insert(), [dict(row._mapping) for row in read])
        for table in Base.metadata.sorted_tables:
            raw = f"SELECT * FROM {table.name} ORDER BY rowid"
            assert rows(copy, raw) == rows(database, raw), table.name
    finally:
        copy.close()
    derived = "SELECT id, search_text, head_name FROM families ORDER BY rowid"
    made = rows(database, derived)
    with database.engine.begin() as c:
        refresh_family_search(c)
    assert rows(database, derived) == made


def test_cancelling_a_build_in_two_processes_keeps_nothing(database):
    with pytest.raises(Cancelled):
        build_demo(database, families=300, parallel=True, progress=lambda done, _: done < 150)
    assert multiprocessing.active_children() == []
    for table in ("families", "persons", "communities", "audit_entries"):
        assert scalar(database, f"SELECT count(*) FROM {table}") == 0


class Failing:
    """A builder that fails half-way (in the drawing process)."""

    def __init__(self, out, *args):
        self.out = out

    def build(self):
        self.out.progress(1, 2)
        raise ZeroDivisionError("drawn wrong")


def test_a_failure_in_the_drawing_process_is_raised_here(database):
    seen = []
    sink = type("Sink", (), {"progress": lambda self, *a: seen.append(a),
                             "rows": lambda self, *a: None})()
    with pytest.raises(pipeline.DrawingFailed, match="ZeroDivisionError: drawn wrong"):
        pipeline.draw_elsewhere(Failing, 10, 1, "x", sink)
    assert seen == [(1, 2)] and multiprocessing.active_children() == []
