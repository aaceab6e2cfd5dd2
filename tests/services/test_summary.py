"""The summary workbook's rows: plain values (Decimals, dates, codes), voided deliveries left
out, names replaced by codes when anonymised, a period limiting the dated rows."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.db.cooperative import Delivery
from desktop.services import summary
from tests.services.test_indicators import programme  # noqa: F401  (fixture)


def test_deliveries_are_decimals_and_dates_without_the_voided_one(session, programme):  # noqa: F811
    rows = list(summary.deliveries(session))
    assert [r[0] for r in rows] == ["R1", "R2"]
    assert rows[0][1] == date(2026, 5, 1) and rows[0][8] == date(2026, 5, 20)
    assert rows[0][4] == Decimal("100.5") and rows[0][7] == Decimal("1005.00")
    assert rows[1][8] is None
    # recorded before discounts existed: nothing taken off, the net is paid for
    assert rows[0][10:] == [Decimal("0"), Decimal("100.5")]
    delivery = session.scalars(select(Delivery).where(Delivery.receipt_number == "R2")).one()
    delivery.moisture_discount_kg, delivery.defects_discount_kg = Decimal("1.5"), Decimal("0.5")
    delivery.payable_kg = Decimal("48")
    session.flush()
    assert list(summary.deliveries(session))[1][10:] == [Decimal("2.0"), Decimal("48")]
    assert summary.count_deliveries(session) == 2
    assert summary.count_deliveries(session, date(2026, 5, 2), None) == 1
    by_month = list(summary.deliveries_by_member_and_month(session))
    assert [r[:4] for r in by_month] == [["M-0001", "José Núñez Pérez", "2026-05", 2]]
    assert by_month[0][4:] == [Decimal("150.5"), Decimal("1480.00"), Decimal("1005.00")]


def test_agreements_with_their_commitments_and_benefits(session, programme):  # noqa: F811
    (row,) = summary.agreements(session)
    assert row[4] == "active" and row[5] == date(2026, 1, 1) and row[7] == Decimal("3.5")
    assert row[9] and all(kind and text is None for kind, text in row[9])
    assert row[10:] == [Decimal("200.00"), Decimal("50.00"), "partial"]


def test_anonymised_rows_carry_codes_instead_of_names(session, programme):  # noqa: F811
    heads = {r[1] for r in summary.families(session, anonymise=True)}
    assert all(h.endswith("-J") for h in heads)
    members = list(summary.members(session, ["sex", "birth_date"], anonymise=True))
    assert all(r[1] == f"{r[0]}-01" for r in members)
    plots = list(summary.plots(session, ["name", "area_ha"]))
    assert ["Monte", Decimal("3.5")] in [r[1:] for r in plots]


def test_training_sessions_of_the_period(session, programme):  # noqa: F811
    rows = list(summary.training_sessions(session, date(2026, 2, 15), None))
    assert [(r[0], r[1], r[5], r[6], r[7]) for r in rows] == [
        (date(2026, 3, 1), "El bosque", 2, 2, 0)]


def test_lots_count_their_live_deliveries_and_an_empty_lot_shows_zero(session, programme):  # noqa: F811
    from sqlalchemy import select

    from desktop.db.cooperative import Cooperative, Delivery, Lot

    coop = session.scalars(select(Cooperative)).one()
    full, empty = Lot(cooperative=coop, code="L-1", buyer="Buyer"), Lot(cooperative=coop,
                                                                         code="L-2")
    session.add_all([full, empty])
    session.flush()
    for delivery in session.scalars(select(Delivery)):  # R1, R2 and the voided R3
        delivery.lot_id = full.id
    session.commit()
    rows = list(summary.lots(session))
    assert [(r[0], r[4], r[5]) for r in rows] == [("L-1", 2, Decimal("150.5")),
                                                  ("L-2", 0, Decimal("0"))]


def test_training_counts_women_and_men_per_session(session, programme):  # noqa: F811
    rows = list(summary.training_sessions(session))
    assert [r[5:] for r in rows] == [[2, 1, 1], [2, 2, 0]]  # Poda: Rosa and José


def test_a_person_who_opposes_sharing_is_left_out_of_the_names_and_dnis(
        session, programme):  # noqa: F811
    """Ley 29733, opposition: the row stays (counts hold), the identity goes."""
    from desktop.services import registry

    names = ["given_names", "paternal_surname", "dni", "birth_date", "sex"]
    before = list(summary.members(session, names))
    jose = next(r for r in before if r[3] == "01234567")
    person = next(p for f in [registry.family_by_code(session, jose[0])]
                  for p in f.living_members if p.dni == "01234567")
    registry.update_member(session, person.id, {"opposes_sharing": True})
    after = list(summary.members(session, names))
    assert len(after) == len(before)
    assert [r for r in after if r[0] == jose[0] and r[5] == "M"][0][1:5] == [None] * 4
    assert "01234567" not in {r[3] for r in after}
    assert "José Núñez Pérez" not in {r[1] for r in summary.families(session)}
    assert "José Núñez Pérez" not in {
        r[1] for r in summary.deliveries_by_member_and_month(session)}
