"""The weighing station's daily cash close (issue 16 item 7).

At the end of a day the station prints what happened at the scale and at the cash box: the
receipts issued that day (how many, the first and the last number, the voided ones with their
reason), the kilos by product and grade (net kg and amounts of the receipts that count), the
cash paid that day (deliveries whose `paid_on` is the day, per member, less what that
payment kept back for the member's advances) and the advances given.
The manager signs it and closes the day: a StationDay row says who closed it and when.

Once a day is closed it takes no new deliveries, and none of its deliveries can be voided or
corrected: a correction is recorded on a day still open (the audit keeps both). Closing a day
twice or a day still to come is refused; an administrator may reopen a day, saying why. The
rows go through the ORM, so desktop.db.hooks writes the audit trail of every close and
reopening.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.db.cooperative import Delivery, Membership
from desktop.db.station_day import StationDay
from desktop.db.types import utcnow
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.cooperative.cooperatives import get_cooperative
from desktop.services.cooperative.members import MEMBER_NAME_SQL
from desktop.services.cooperative.rules import soles
from desktop.services.errors import FieldError, ValidationError
from desktop.services.people.permissions import require

ZERO_KG, ZERO_PEN = Decimal("0.000"), Decimal("0.00")


@dataclass(frozen=True)
class VoidedReceipt:
    receipt_number: str
    member_code: str
    net_kg: Decimal
    amount_pen: Decimal
    reason: str


@dataclass(frozen=True)
class ProductLine:
    product: str
    grade: str
    deliveries: int
    net_kg: Decimal
    amount_pen: Decimal


@dataclass(frozen=True)
class PaymentLine:
    member_code: str
    member: str
    receipts: int
    amount_pen: Decimal  # paid in cash: the receipts' amount less what advances kept back


@dataclass(frozen=True)
class AdvanceLine:
    member_code: str
    member: str
    description: str
    amount_pen: Decimal


@dataclass
class DailyClose:
    cooperative_id: str
    cooperative: str
    ruc: str
    day: date
    issued: int = 0
    first_receipt: str = ""
    last_receipt: str = ""
    voided: list[VoidedReceipt] = field(default_factory=list)
    products: list[ProductLine] = field(default_factory=list)
    payments: list[PaymentLine] = field(default_factory=list)
    advances: list[AdvanceLine] = field(default_factory=list)
    closed_at: datetime | None = None
    closed_by: str = ""
    reopened_at: datetime | None = None
    reopened_by: str = ""
    reopen_reason: str = ""

    @property
    def closed(self) -> bool:
        return self.closed_at is not None

    @property
    def deliveries(self) -> int:
        return sum(line.deliveries for line in self.products)

    @property
    def net_kg(self) -> Decimal:
        return sum((line.net_kg for line in self.products), ZERO_KG)

    @property
    def amount_pen(self) -> Decimal:
        return sum((line.amount_pen for line in self.products), ZERO_PEN)

    @property
    def cash_paid(self) -> Decimal:
        return sum((line.amount_pen for line in self.payments), ZERO_PEN)

    @property
    def advances_total(self) -> Decimal:
        return sum((line.amount_pen for line in self.advances), ZERO_PEN)


def advances_given(session: Session, cooperative_id: str, day: date) -> list[AdvanceLine]:
    """The advances given on `day` and not voided, by member code."""
    rows = session.execute(text(f"""
        SELECT m.member_code, {MEMBER_NAME_SQL} AS member, a.description, a.amount_pen
        FROM advances a JOIN memberships m ON m.id = a.membership_id
        WHERE a.cooperative_id = :coop AND a.given_on = :day AND a.deleted_at IS NULL
          AND a.voided_at IS NULL
        ORDER BY m.member_code, a.created_at"""), {"coop": cooperative_id, "day": day})
    return [AdvanceLine(r.member_code, r.member, r.description, soles(r.amount_pen))
            for r in rows]


#: The day's payments, from the index of payments by day (SQLite would rather walk the
#: cooperative's whole members' totals: a second at 1,000,000 deliveries): the cash paid is
#: the receipts' amount less what the day's payment kept back for the member's advances.
_PAYMENTS_SQL = f"""
SELECT m.member_code, {MEMBER_NAME_SQL} AS member, t.n, t.amount,
  (SELECT sum(k.amount_pen) FROM advance_deductions k
   WHERE k.membership_id = t.membership_id AND k.paid_on = :day
     AND k.deleted_at IS NULL) AS kept
FROM (SELECT d.membership_id, count(*) AS n, sum(d.amount_pen) AS amount
      FROM deliveries d{{indexed}}
      WHERE d.paid_on = :day AND d.paid_on IS NOT NULL AND d.cooperative_id = :coop
        AND d.deleted_at IS NULL AND d.voided_at IS NULL
      GROUP BY d.membership_id) t
JOIN memberships m ON m.id = t.membership_id
ORDER BY m.member_code"""


def station_day(session: Session, cooperative_id: str, day: date) -> StationDay | None:
    """The day's close record (closed, or closed once and reopened), if any."""
    return session.scalar(select(StationDay).where(
        StationDay.cooperative_id == cooperative_id, StationDay.day == day,
        StationDay.deleted_at.is_(None)))


def daily_close(session: Session, cooperative_id: str, day: date) -> DailyClose:
    """The cash close of a cooperative's day, from the deliveries as they stand."""
    require(session, "cooperative.edit")
    coop = get_cooperative(session, cooperative_id)
    close = DailyClose(coop.id, coop.name, coop.ruc, day)
    rows = session.execute(select(
        Delivery.receipt_number, Delivery.voided_at, Delivery.void_reason, Delivery.product,
        Delivery.grade, Delivery.net_kg, Delivery.amount_pen, Membership.member_code)
        .join(Membership, Membership.id == Delivery.membership_id)
        .where(Delivery.cooperative_id == coop.id, Delivery.delivered_on == day,
               Delivery.deleted_at.is_(None))).all()
    # sorted here: ordered in SQL, SQLite would walk the cooperative's receipts in order
    rows.sort(key=lambda r: r.receipt_number)
    totals: dict[tuple[str, str], list] = {}
    for r in rows:
        if r.voided_at is not None:
            close.voided.append(VoidedReceipt(r.receipt_number, r.member_code, r.net_kg,
                                              r.amount_pen, r.void_reason))
            continue
        line = totals.setdefault((r.product, r.grade), [0, ZERO_KG, ZERO_PEN])
        line[0] += 1
        line[1] += r.net_kg
        line[2] += r.amount_pen
    close.issued = len(rows)
    if rows:
        close.first_receipt, close.last_receipt = rows[0].receipt_number, rows[-1].receipt_number
    close.products = [ProductLine(product, grade, n, kg, amount)
                      for (product, grade), (n, kg, amount) in sorted(totals.items())]
    indexed = " INDEXED BY ix_deliveries_paid_day" \
        if session.get_bind().dialect.name == "sqlite" else ""
    close.payments = [PaymentLine(r.member_code, r.member, r.n,
                                  soles(r.amount) - soles(r.kept))
                      for r in session.execute(text(_PAYMENTS_SQL.format(indexed=indexed)),
                                               {"day": day.isoformat(), "coop": coop.id})]
    close.advances = advances_given(session, coop.id, day)
    record = station_day(session, coop.id, day)
    if record is not None:
        close.closed_at, close.closed_by = record.closed_at, record.closed_by
        close.reopened_at, close.reopened_by = record.reopened_at, record.reopened_by
        close.reopen_reason = record.reopen_reason
    return close


def _user(session: Session) -> str:
    return session.info.get("user") or getpass.getuser()


def ensure_days_open(session: Session, cooperative_id: str, *days: date) -> None:
    """Refuse (ValidationError on "delivered_on") when one of `days` is closed."""
    closed = session.scalar(select(StationDay).where(
        StationDay.cooperative_id == cooperative_id, StationDay.day.in_(set(days)),
        StationDay.closed_at.is_not(None), StationDay.deleted_at.is_(None)).limit(1))
    if closed is not None:
        raise ValidationError.single("delivered_on", QT_TRANSLATE_NOOP(
            "Validation", "The day {day} was closed by {user}; it takes no more changes. "
                          "Record the correction on a day still open."),
            day=closed.day.isoformat(), user=closed.closed_by)


def close_day(session: Session, cooperative_id: str, day: date) -> StationDay:
    """Close the day: from now on it takes no deliveries, voids or corrections."""
    require(session, "cooperative.edit")
    get_cooperative(session, cooperative_id)
    if day > date.today():
        raise ValidationError.single("day", QT_TRANSLATE_NOOP(
            "Validation", "A day still to come cannot be closed."))
    record = station_day(session, cooperative_id, day)
    if record is not None and record.closed_at is not None:
        raise ValidationError(FieldError("day", QT_TRANSLATE_NOOP(
            "Validation", "The day {day} was already closed by {user}."),
            {"day": day.isoformat(), "user": record.closed_by}))
    if record is None:
        record = StationDay(cooperative_id=cooperative_id, day=day)
        session.add(record)
    record.closed_at, record.closed_by = utcnow(), _user(session)
    session.commit()
    return record


def reopen_day(session: Session, cooperative_id: str, day: date, reason: str) -> StationDay:
    """Reopen a closed day (administrators only); the reason goes into the record and the
    audit entry."""
    require(session, "cooperative.reopen_day")
    reason = (reason or "").strip()
    record = station_day(session, cooperative_id, day)
    errors = []
    if not reason:
        errors.append(FieldError("reason", QT_TRANSLATE_NOOP(
            "Validation", "Say why the day is reopened.")))
    if record is None or record.closed_at is None:
        errors.append(FieldError("day", QT_TRANSLATE_NOOP(
            "Validation", "The day {day} is not closed."), {"day": day.isoformat()}))
    if errors:
        raise ValidationError(errors)
    record.closed_at = None
    record.reopened_at, record.reopened_by = utcnow(), _user(session)
    record.reopen_reason = reason
    session.info["reason"] = reason
    try:
        session.commit()
    finally:
        session.info.pop("reason", None)
    return record


__all__ = [
    "AdvanceLine", "DailyClose", "PaymentLine", "ProductLine", "VoidedReceipt",
    "advances_given", "close_day", "daily_close", "ensure_days_open", "reopen_day",
    "station_day",
]
