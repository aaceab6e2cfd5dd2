"""The demo shows the cooperative's season (issue 16): prices and discounts on the recent
receipts, advances under both rules, an approved payment day net of them, closed days, export
lots (one that `export lot` accepts) and deliveries flagged above the expected yield; each part
is what the app's own services would have written."""

import json
from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, text, update

from desktop.cli import main
from desktop.db.advance import Advance, AdvanceDeduction
from desktop.db.cooperative import Cooperative, Delivery, Lot
from desktop.db.pricing import DiscountRule, Price
from desktop.db.station_day import ExpectedYield, StationDay
from desktop.demo import build_demo
from desktop.demo.cooperative import (
    CLOSES_TO, LOTS, PAYMENT_DAY, PAYMENT_UP_TO, PRICED_FROM,
)
from desktop.services.cooperative import (
    advances, daily_close, discount_rules, expected_yields, payment_day, prices, statement,
)
from desktop.services.cooperative.discounts import DiscountTerms, settle
from desktop.services.errors import ValidationError
from desktop.services.fields import parse_values
from desktop.services.cooperative.fields import ADVANCE_INPUT_FIELDS


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, migrated_template):
    """One 300-family demo for the module (the tests that write use a copy)."""
    import shutil

    from desktop.db.engine import Database

    path = tmp_path_factory.mktemp("season") / "demo.sqlite"
    shutil.copyfile(migrated_template, path)
    database = Database(path)
    try:
        build_demo(database, families=300, seed=11)
    finally:
        database.close()
    return path


@pytest.fixture
def office(demo_file, tmp_path):
    import shutil

    from desktop.db.engine import Database

    path = tmp_path / "office.sqlite"
    shutil.copyfile(demo_file, path)
    database = Database(path)
    yield database
    database.close()


@pytest.fixture
def s(office):
    with office.session() as session:
        yield session


def coop_id(s):
    return s.scalar(select(Cooperative.id))


def test_recent_receipts_apply_the_price_table_and_the_discount_rules(s):
    coop = coop_id(s)
    assert s.scalars(select(Price)).all() and s.scalars(select(DiscountRule)).all()
    recent = s.scalars(select(Delivery).where(Delivery.delivered_on >= PRICED_FROM)).all()
    assert recent
    discounted = 0
    for d in recent:
        price = prices.price_in_force(s, coop, d.product, d.grade, d.delivered_on)
        assert d.price_per_kg_pen == price
        terms = discount_rules.terms_in_force(s, coop, d.product, d.delivered_on)
        assert DiscountTerms.of(d) == terms
        settled = settle(d.net_kg, d.moisture_pct, d.defects, price, terms)
        assert (d.moisture_discount_kg, d.defects_discount_kg, d.payable_kg, d.amount_pen) == (
            settled.moisture_discount_kg, settled.defects_discount_kg, settled.payable_kg,
            settled.amount_pen)
        discounted += settled.discount_kg > 0
    assert 0 < discounted < len(recent)
    # older receipts were recorded before the price table: no rule, no payable kilos
    older = s.scalars(select(Delivery).where(Delivery.delivered_on < PRICED_FROM)).all()
    assert older and all(d.payable_kg is None and d.moisture_limit_pct is None for d in older)


def test_advances_in_cash_and_in_kind_under_both_rules_pass_the_services_rules(s):
    given = s.scalars(select(Advance)).all()
    assert {(a.kind, a.rule) for a in given} == {
        ("cash", "next_payment"), ("cash", "share"), ("in_kind", "next_payment"),
        ("in_kind", "share")}
    for a in given:
        values, errors = parse_values(ADVANCE_INPUT_FIELDS, {
            "given_on": a.given_on.isoformat(), "kind": a.kind, "description": a.description,
            "amount_pen": str(a.amount_pen), "rule": a.rule,
            "share_pct": "" if a.share_pct is None else str(a.share_pct)})
        assert errors == [] and advances.advance_rules(values) == [], a.description
    # some were repaid in part at the payment day, some given after it are all outstanding
    outstanding = {a.id: a.outstanding_pen for m in {a.membership_id for a in given}
                   for a in advances.member_advances(s, m)}
    assert any(0 < outstanding[a.id] < a.amount_pen for a in given)
    assert any(a.given_on > PAYMENT_DAY and outstanding[a.id] == a.amount_pen for a in given)


def paid_that_day(s):
    """{member: (gross paid on the payment day, deducted)} as the demo recorded it."""
    found = {}
    for member, amount in s.execute(select(Delivery.membership_id, Delivery.amount_pen).where(
            Delivery.paid_on == PAYMENT_DAY)):
        gross, kept = found.get(member, (Decimal("0.00"), Decimal("0.00")))
        found[member] = (gross + amount, kept)
    for member, amount in s.execute(select(AdvanceDeduction.membership_id,
                                           AdvanceDeduction.amount_pen)):
        gross, kept = found[member]
        found[member] = (gross, kept + amount)
    return found


def test_the_payment_day_is_the_one_the_service_approves(s):
    """Undo the demo's payment day, approve it again with payment_day: the same lines (gross,
    deductions, net) and the same deductions, to the cent."""
    coop = coop_id(s)
    recorded = paid_that_day(s)
    assert any(kept for _, kept in recorded.values())
    assert all(Decimal(0) <= kept <= gross for gross, kept in recorded.values())
    deductions = sorted((d.advance_id, d.amount_pen) for d in s.scalars(select(AdvanceDeduction)))
    assert {d.paid_on for d in s.scalars(select(AdvanceDeduction))} == {PAYMENT_DAY}
    # nothing delivered up to the period's end is left unpaid, and later deliveries are
    assert s.scalar(select(Delivery.id).where(Delivery.paid_on.is_(None),
                                              Delivery.delivered_on <= PAYMENT_UP_TO)) is None
    assert s.scalar(select(Delivery.id).where(Delivery.paid_on.is_(None)))
    assert payment_day.payment_list(s, coop, PAYMENT_UP_TO).lines == []

    s.execute(update(Delivery).where(Delivery.paid_on == PAYMENT_DAY).values(paid_on=None))
    s.execute(delete(AdvanceDeduction))
    s.execute(delete(StationDay).where(StationDay.day == PAYMENT_DAY))
    s.commit()
    reviewed = payment_day.payment_list(s, coop, PAYMENT_UP_TO, PAYMENT_DAY)
    assert {line.membership_id: (line.gross_pen, line.deductions_pen)
            for line in reviewed.lines} == recorded
    for line in reviewed.lines:
        assert line.net_pen == line.gross_pen - line.deductions_pen
    payment_day.approve_payment_day(s, coop, reviewed)
    s.expire_all()
    assert sorted((d.advance_id, d.amount_pen)
                  for d in s.scalars(select(AdvanceDeduction))) == deductions


def test_a_members_statement_balances_to_the_cent(s):
    member = s.scalar(select(AdvanceDeduction.membership_id).order_by(AdvanceDeduction.id))
    account = statement.member_statement(s, member)
    delivered = sum(d.amount_pen for d in s.scalars(select(Delivery).where(
        Delivery.membership_id == member)))
    given = sum(a.amount_pen for a in s.scalars(select(Advance).where(
        Advance.membership_id == member)))
    paid = sum(d.amount_pen for d in s.scalars(select(Delivery).where(
        Delivery.membership_id == member, Delivery.paid_on.is_not(None))))
    kept = sum(d.amount_pen for d in s.scalars(select(AdvanceDeduction).where(
        AdvanceDeduction.membership_id == member)))
    assert kept > 0
    assert account.closing == delivered - given - (paid - kept)


def test_days_up_to_near_the_end_are_closed_and_the_last_are_open(s):
    coop = coop_id(s)
    closed = s.scalars(select(StationDay.day).where(StationDay.closed_at.is_not(None))).all()
    assert PAYMENT_DAY in closed and max(closed) == CLOSES_TO
    close = daily_close.daily_close(s, coop, PAYMENT_DAY)
    assert close.closed
    # the cash that left the box that day: what was paid less what advances kept back
    paid = paid_that_day(s)
    assert close.cash_paid == sum(gross - kept for gross, kept in paid.values())
    assert close.cash_paid < sum(gross for gross, _ in paid.values())
    with pytest.raises(ValidationError):
        daily_close.ensure_days_open(s, coop, PAYMENT_DAY)
    later = CLOSES_TO + timedelta(days=1)
    daily_close.ensure_days_open(s, coop, later)  # still open: takes deliveries
    assert not daily_close.daily_close(s, coop, later).closed


def test_deliveries_above_the_expected_yield_are_flagged_as_the_station_would(s):
    flag = expected_yields.ABOVE_EXPECTED_YIELD
    assert s.scalars(select(ExpectedYield)).all()
    flagged = s.scalars(select(Delivery).where(Delivery.flags == flag)).all()
    total = s.scalar(text("SELECT count(*) FROM deliveries"))
    assert 0 < len(flagged) < total / 5
    # the station's check when each member's last delivery of a product was weighed: every
    # other delivery of the season was already there
    last = s.execute(text("""
        SELECT id FROM deliveries d WHERE sequence = (SELECT max(sequence) FROM deliveries e
            WHERE e.membership_id = d.membership_id AND e.product = d.product)""")).scalars()
    seen = set()
    for delivery_id in last:
        d = s.get(Delivery, delivery_id)
        expected = expected_yields.yield_flags(s, d.membership_id, d.product, d.delivered_on,
                                               d.net_kg, exclude_id=d.id)
        assert d.flags.split(",") == expected if d.flags else expected == [], d.receipt_number
        seen.add(bool(d.flags))
    assert seen == {True, False}


def test_a_lot_is_ready_for_export_lot(office, s, tmp_path, capsys):
    lots = {lot.code: lot for lot in s.scalars(select(Lot))}
    assert set(lots) == {code for code, *_ in LOTS}
    ready = LOTS[0][0]
    out = tmp_path / "lot.geojson"
    code = main(["--lang", "en", "export", "lot", ready, "--db", str(office.path),
                 "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    collection = json.loads(out.read_text(encoding="utf-8"))
    kg = sum(Decimal(repr(f["properties"]["kg"])) for f in collection["features"])
    in_lot = s.scalars(select(Delivery).where(Delivery.lot_id == lots[ready].id)).all()
    assert in_lot and kg == sum(d.net_kg for d in in_lot)
    assert {f["properties"]["member_code"] for f in collection["features"]}
    # plots over 4 ha go as polygons
    for feature in collection["features"]:
        if feature["properties"]["area_ha"] > 4:
            assert feature["geometry"]["type"] == "Polygon"
    assert "written to" in capsys.readouterr().out
