"""The daily cash close (issue 16 item 7): its figures, closing a day, what a closed day
refuses, and reopening it (administrators only, audited)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from tests.db.test_query_plans import planner  # noqa: F401 (a fixture)

from desktop.services import cooperative, people
from desktop.services.cooperative.daily_close import (
    close_day, daily_close, reopen_day, station_day,
)
from desktop.services.errors import ValidationError
from desktop.services.people import Actor, PermissionDenied
from tests.services.cooperative.builders import DAY, TODAY, audit, deliver

OTHER = DAY - timedelta(days=1)


@pytest.fixture
def day(session, coop, member, plot):
    a = deliver(session, coop, member, plot, gross_kg="100", tare_kg="0",
                price_per_kg_pen="10")  # S/ 1000.00
    b = deliver(session, coop, member, plot, gross_kg="50.5", tare_kg="0.5",
                price_per_kg_pen="10", grade="Segunda")  # S/ 500.00
    c = deliver(session, coop, member, plot, gross_kg="20", tare_kg="0", product="cherry",
                price_per_kg_pen="2.5")  # S/ 50.00
    wrong = deliver(session, coop, member, plot, gross_kg="999", tare_kg="0")
    cooperative.void_delivery(session, wrong.id, "Pesado dos veces")
    deliver(session, coop, member, plot, delivered_on=OTHER.isoformat())
    earlier = deliver(session, coop, member, plot, delivered_on=OTHER.isoformat(),
                      gross_kg="10", tare_kg="0", price_per_kg_pen="10")
    cooperative.mark_paid(session, [earlier.id, a.id], paid_on=DAY)
    return {"a": a, "b": b, "c": c, "wrong": wrong}


def test_the_close_adds_up_the_day(session, coop, member, day):
    close = daily_close(session, coop.id, DAY)
    assert close.issued == 4
    assert close.first_receipt == day["a"].receipt_number
    assert close.last_receipt == day["wrong"].receipt_number
    assert [(v.receipt_number, v.reason) for v in close.voided] == [
        (day["wrong"].receipt_number, "Pesado dos veces")]
    lines = [(p.product, p.grade, p.deliveries, p.net_kg, p.amount_pen) for p in close.products]
    assert lines == [
        ("cherry", "Exportable", 1, Decimal("20.000"), Decimal("50.00")),
        ("dry_parchment", "Exportable", 1, Decimal("100.000"), Decimal("1000.00")),
        ("dry_parchment", "Segunda", 1, Decimal("50.000"), Decimal("500.00")),
    ]
    assert close.net_kg == Decimal("170.000") and close.amount_pen == Decimal("1550.00")
    # paid that day: today's first receipt and one delivered the day before
    assert [(p.member_code, p.receipts, p.amount_pen) for p in close.payments] == [
        (member.member_code, 2, Decimal("1100.00"))]
    assert close.cash_paid == Decimal("1100.00")
    assert close.advances == [] and close.advances_total == 0  # no advances table yet
    assert not close.closed


def test_an_empty_day(session, coop):
    close = daily_close(session, coop.id, TODAY)
    assert (close.issued, close.first_receipt, close.products, close.cash_paid) == (
        0, "", [], Decimal("0.00"))


def test_a_closed_day_takes_no_more_deliveries_voids_or_corrections(session, coop, member,
                                                                     plot, day):
    record = close_day(session, coop.id, DAY)
    assert record.closed_by and record.closed_at is not None
    assert daily_close(session, coop.id, DAY).closed
    with pytest.raises(ValidationError) as refused:
        deliver(session, coop, member, plot)
    assert "was closed" in refused.value.text("en")
    assert "cerrado" in refused.value.text("es")
    with pytest.raises(ValidationError):
        cooperative.void_delivery(session, day["b"].id, "Error")
    with pytest.raises(ValidationError):
        cooperative.correct_delivery(session, day["b"].id, {"gross_kg": "60"})
    other = deliver(session, coop, member, plot, delivered_on=OTHER.isoformat())
    with pytest.raises(ValidationError):  # nor moved into the closed day
        cooperative.correct_delivery(session, other.id, {"delivered_on": DAY.isoformat()})
    # the correction goes on a day still open
    fixed = deliver(session, coop, member, plot, delivered_on=TODAY.isoformat())
    assert fixed.delivered_on == TODAY
    assert daily_close(session, coop.id, DAY).issued == 4


def test_closing_twice_or_a_future_day_is_refused(session, coop, day):
    close_day(session, coop.id, DAY)
    with pytest.raises(ValidationError) as twice:
        close_day(session, coop.id, DAY)
    assert "already closed" in twice.value.text("en")
    with pytest.raises(ValidationError):
        close_day(session, coop.id, TODAY + timedelta(days=1))
    close_day(session, coop.id, TODAY)  # today may be closed


def test_an_administrator_reopens_a_day_with_a_reason(database, coop, member, plot, day):
    with database.session() as session:
        people.add_user(session, "Ana", "admin", "first-secret", first=True)
    database.actor = Actor("Rosa Cooperativa", "cooperative")
    with database.session() as session:
        record = close_day(session, coop.id, DAY)
        assert record.closed_by == "Rosa Cooperativa"
        with pytest.raises(PermissionDenied):
            reopen_day(session, coop.id, DAY, "Faltó un recibo")
    database.actor = Actor("Ana", "admin")
    with database.session() as session:
        with pytest.raises(ValidationError):
            reopen_day(session, coop.id, DAY, "  ")
        with pytest.raises(ValidationError):
            reopen_day(session, coop.id, OTHER, "No estaba cerrado")
        record = reopen_day(session, coop.id, DAY, "Faltó un recibo")
        assert record.closed_at is None and record.reopened_by == "Ana"
        entries = audit(session, record.id)
        assert [e.action for e in entries] == ["create", "update"]
        assert entries[-1].reason == "Faltó un recibo" and entries[-1].user == "Ana"
    database.actor = Actor("Rosa Cooperativa", "cooperative")
    with database.session() as session:
        deliver(session, coop, member, plot)  # open again
        close_day(session, coop.id, DAY)
        assert station_day(session, coop.id, DAY).closed_at is not None


@pytest.fixture
def yield_set(session, coop, day):
    """An expected yield, written before the planner's connection takes the file."""
    from desktop.services.cooperative.expected_yields import set_expected_yield

    return set_expected_yield(session, coop.id, "dry_parchment", None, "800")


def test_the_close_and_the_yield_check_read_one_day_or_one_member(
        database, session, coop, member, day, yield_set, planner):  # noqa: F811
    """Neither the close nor the yield check walks all of a cooperative's deliveries (at
    1,000,000 that took seconds): each delivery search is keyed by more than the
    cooperative — the day, the payment day, or the member."""
    from sqlalchemy import event

    from desktop.services.cooperative.expected_yields import yield_flags
    from tests.db.test_query_plans import plan_of, problems

    ran = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "deliveries" in statement:
            ran.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        with database.session() as s:
            daily_close(s, coop.id, DAY)
            yield_flags(s, member.id, "dry_parchment", DAY, Decimal(1))
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    assert len(ran) == 3
    for statement, parameters in ran:
        plan = plan_of(planner, statement, tuple(parameters))
        assert problems(plan) == []
        searches = [d for _, _, d in plan if " deliveries " in f" {d} " or " d " in f" {d} "]
        assert searches and all(
            "SCAN" not in d and d.rstrip(")").split("(")[-1] != "cooperative_id=?"
            for d in searches), plan


def test_the_close_lists_the_days_advances_and_a_closed_day_takes_no_payment_or_advance(
        session, coop, member, day):
    from tests.services.cooperative.test_advances import give

    give(session, member, amount="120", day=DAY, description="Una lampa")
    given = daily_close(session, coop.id, DAY).advances
    assert [(a.description, a.amount_pen) for a in given] == [("Una lampa", Decimal("120.00"))]
    close_day(session, coop.id, DAY)
    with pytest.raises(ValidationError, match="was closed"):
        cooperative.mark_paid(session, [day["b"].id], paid_on=DAY)
    with pytest.raises(ValidationError, match="was closed"):
        cooperative.pay_member_up_to(session, member.id, DAY, paid_on=DAY)
    with pytest.raises(ValidationError, match="was closed"):
        give(session, member, amount="5", day=DAY)
    session.rollback()
    assert len(daily_close(session, coop.id, DAY).advances) == 1  # nothing slipped in


def test_cash_paid_is_net_of_what_advances_kept_back(session, coop, member, plot):
    cooperative.record_advance(session, member.id, {
        "given_on": OTHER.isoformat(), "kind": "cash", "description": "Adelanto",
        "rule": "next_payment", "amount_pen": "123.45"})
    delivery = deliver(session, coop, member, plot, gross_kg="100", tare_kg="0",
                       price_per_kg_pen="10")  # S/ 1000.00
    result = cooperative.mark_paid(session, [delivery.id], paid_on=DAY)
    assert result.deducted_pen == Decimal("123.45")
    close = daily_close(session, coop.id, DAY)
    assert [(p.member_code, p.receipts, p.amount_pen) for p in close.payments] == [
        (member.member_code, 1, Decimal("876.55"))]
    assert close.cash_paid == Decimal("876.55")
    assert close.advances == []  # given on another day
    assert daily_close(session, coop.id, OTHER).advances_total == Decimal("123.45")
