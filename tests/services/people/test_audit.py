"""The audit as people read it: filters, labels in the user's language, a record's history."""

from datetime import date, timedelta

import pytest

from desktop.services import people, registry
from desktop.services.people import Actor, AuditFilter, PermissionDenied


@pytest.fixture
def audited(community, database):
    with database.session() as session:
        people.add_user(session, "Ana Admin", "admin", "first-secret", first=True)
    database.actor = Actor("Luz Oficina", "office")
    with database.session() as session:
        family = registry.create_family(session, {"community_id": community.id},
                                        {"given_names": "Rosa", "paternal_surname": "Ríos",
                                         "sex": "F"})
        registry.update_family(session, family.id, {"phone": "987654321"})
        family_id = family.id
    database.actor = Actor("Ana Admin", "admin")
    return database, family_id


def test_who_did_what_with_field_labels_in_the_users_language(audited):
    database, family_id = audited
    with database.session() as session:
        rows = people.list_entries(session, AuditFilter(user="Luz Oficina"))
        assert {r.entity for r in rows} >= {"families", "persons"}
        assert all(r.user == "Luz Oficina" for r in rows)
        history = people.record_history(session, family_id)
        assert [r.action for r in history][0] == "create"
        users = people.audit_users(session)
    assert "Luz Oficina" in users  # (the first administrator was made by the OS account)
    created_person = next(r for r in rows if r.entity == "persons" and r.action == "create")
    assert "Nombres: Rosa" in created_person.described("es")
    assert "Given names: Rosa" in created_person.described("en")
    assert people.record_title("persons", "es") == "Miembro"
    assert people.action_title("update", "es") == "cambió"


def test_filters_by_kind_of_change_record_kind_and_dates(audited):
    database, family_id = audited
    today = date.today()
    with database.session() as session:
        assert people.count_entries(session, AuditFilter(entity="families", action="create",
                                                         record_id=family_id)) == 1
        assert people.count_entries(session, AuditFilter(date_from=today + timedelta(days=1))) == 0
        assert people.count_entries(session, AuditFilter(date_from=today, date_to=today)) >= 3
        assert people.count_entries(session, AuditFilter(date_to=today - timedelta(days=1))) == 0


def test_only_administrators_and_coordinators_read_the_audit(audited):
    database, _ = audited
    for role, allowed in (("coordinator", True), ("office", False), ("cooperative", False),
                          ("viewer", False)):
        database.actor = Actor("Someone", role)
        with database.session() as session:
            if allowed:
                assert people.count_entries(session) > 0
            else:
                with pytest.raises(PermissionDenied):
                    people.list_entries(session)


def test_the_cooperatives_season_is_read_under_labels_never_column_names(
        database, community, tmp_path):
    """Prices, discount rules, the rule's values a delivery keeps, advances, their deductions,
    expected yields and closed days: the page's and the workbook's text name no column."""
    from openpyxl import load_workbook

    from desktop.reports.audit_workbook import write_audit
    from desktop.services import cooperative
    from desktop.services.cooperative import daily_close, expected_yields
    from tests.services.cooperative.builders import (
        deliver, make_cooperative, make_family, make_member, make_plot,
    )

    with database.session() as session:
        coop = make_cooperative(session)
        family = make_family(session, community)
        plot = make_plot(session, family)
        member = make_member(session, coop, family)
        rule = cooperative.save_discount_rule(session, coop.id, {
            "product": "dry_parchment", "valid_from": "2026-01-01",
            "moisture_limit_pct": "12", "moisture_kg_per_point": "1"})
        cooperative.save_discount_rule(session, coop.id, {
            "product": "dry_parchment", "valid_from": "2026-01-01", "valid_to": "2026-12-31",
            "moisture_limit_pct": "12.5", "moisture_kg_per_point": "1.5",
            "defects_allowed": "8", "defects_kg_per_point": "0.5"}, rule.id)
        price = cooperative.save_price(session, coop.id, {
            "product": "dry_parchment", "valid_from": "2026-01-01", "price_per_kg_pen": "9.50"})
        cooperative.save_price(session, coop.id, {
            "product": "dry_parchment", "valid_from": "2026-01-01", "price_per_kg_pen": "9.80"},
            price.id)
        expected_yields.set_expected_yield(session, coop.id, "dry_parchment", community.id, 1)
        delivery = deliver(session, coop, member, plot, delivered_on="2026-05-04",
                           moisture_pct="13.5", defects="10")
        cooperative.record_advance(session, member.id, {
            "given_on": "2026-05-01", "kind": "in_kind", "description": "Fertilizante",
            "rule": "share", "share_pct": "20", "amount_pen": "300"})
        cooperative.mark_paid(session, [delivery.id], date(2026, 5, 5))
        closed = daily_close.close_day(session, coop.id, date(2026, 5, 6))
        daily_close.reopen_day(session, coop.id, closed.day, "Recibo mal pesado")
        rows = people.list_entries(session)
    assert {"discount_rules", "prices", "deliveries", "advances", "advance_deductions",
            "expected_yields", "station_days"} <= {r.entity for r in rows}
    kept = next(r for r in rows if r.entity == "deliveries" and r.action == "create")
    assert "moisture_limit_pct" in {column for column, _, _ in kept.changes}
    assert "Moisture limit (%): 12.5" in kept.described("en")
    assert "Humedad máxima (%): 12.5" in kept.described("es")
    assert ("Flags: No active agreement; Above the expected yield of the member's coffee "
            "plots") in kept.described("en")
    columns = {column for r in rows for column, _, _ in r.changes} | {r.entity for r in rows}
    raw = sorted(c for c in columns if "_" in c)
    assert "moisture_kg_per_point" in raw and "closed_by" in raw
    for lang in ("en", "es"):
        shown = " | ".join(" ".join(r.cells(lang)) for r in rows)
        assert [c for c in raw if c in shown] == [], lang
        path = write_audit(database, tmp_path / f"audit-{lang}.xlsx", lang=lang)
        book = load_workbook(path, read_only=True)
        text = " | ".join(str(v) for sheet in book.worksheets
                          for row in sheet.iter_rows(values_only=True) for v in row if v)
        book.close()
        assert "Recibo mal pesado" in text
        assert [c for c in raw if c in text] == [], lang
