"""Recording a delivery stays a handful of lookups however many deliveries and visits the
file holds (issue 15 item 3: under 100 ms at 1,000,000 deliveries, bench/record_delivery.py):
the receipt number is read at the end of the receipts' index, the plot's last visit from the
plot's agreements. Numbers stay gap-free and unique past 999,999 and among receipts of
another shape."""

from datetime import date

import pytest
from sqlalchemy import select, text

from desktop.db.cooperative import Delivery
from tests.db.query_plans import (  # noqa: F401 (planner: a fixture)
    planner, plan_of, rows_per_lookup, statements_run,
)
from tests.services.cooperative.builders import DAY, add_agreement, deliver

#: Lookups by a key of more rows than this, or scans of these tables, are the old costs.
MANY = 1000
#: The one scan allowed: "is there any user" (SELECT 1 FROM users … LIMIT 1) stops at a row.
SMALL = ("users",)


def renumber(session, delivery, sequence: int, receipt: str | None = None) -> None:
    stem = delivery.receipt_number.rsplit("-", 1)[0] + "-"
    session.execute(text("UPDATE deliveries SET sequence = :s, receipt_number = :r "
                         "WHERE id = :id"), {"s": sequence, "id": delivery.id,
                                             "r": receipt or f"{stem}{sequence:06d}"})
    session.commit()


def test_the_number_follows_the_highest_receipt_of_the_year(session, coop, member, plot):
    first = deliver(session, coop, member, plot)
    renumber(session, first, 41_207)
    odd = deliver(session, coop, member, plot)  # a receipt of another shape, e.g. imported
    renumber(session, odd, 99_000_000, f"COOPBAM-{DAY.year}-041207-B")
    assert deliver(session, coop, member, plot).receipt_number == f"COOPBAM-{DAY.year}-041208"
    last_year = deliver(session, coop, member, plot, delivered_on=date(DAY.year - 1, 5, 1))
    assert last_year.receipt_number == f"COOPBAM-{DAY.year - 1}-000001"
    assert deliver(session, coop, member, plot).sequence == 41_209


def test_past_999999_the_numbers_grow_a_digit_and_stay_in_order(session, coop, member, plot):
    last = deliver(session, coop, member, plot)
    renumber(session, last, 999_999)
    numbers = [deliver(session, coop, member, plot) for _ in range(2)]
    assert [d.receipt_number for d in numbers] == [
        f"COOPBAM-{DAY.year}-1000000", f"COOPBAM-{DAY.year}-1000001"]
    assert [d.sequence for d in numbers] == [1_000_000, 1_000_001]
    assert len(set(session.scalars(select(Delivery.receipt_number)))) == 3


@pytest.fixture
def recorded(database, session, coop, member, plot, family):
    """What recording a delivery sends (written before the planner's connection takes the
    file): a member whose plot is under an agreement with a visit."""
    add_agreement(session, family, [plot], visits=[(date(2026, 2, 1), "compliant")])
    deliver(session, coop, member, plot)
    with statements_run(database) as ran, database.session() as s:
        deliver(s, coop, member, plot)
    return ran


def test_recording_reads_no_table_through(recorded, planner):  # noqa: F811
    assert len(recorded) > 5
    bad = {}
    for statement, parameters in recorded:
        for _, _, detail in plan_of(planner, statement, tuple(parameters)):
            rows = rows_per_lookup(detail) if detail.startswith("SEARCH ") else None
            if (detail.startswith("SCAN ") and detail.split()[1] not in SMALL) or \
                    (rows is not None and rows > MANY and "<" not in detail):
                bad.setdefault(statement[:300], []).append(detail)
    assert bad == {}
