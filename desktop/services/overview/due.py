"""What is due, for the home page: agreements ending soon, compliance visits overdue, benefits
still owed and coffee deliveries not yet paid.

Each list is read over covering indexes (migrations 0009 and 0017: no table row is read to
find what is due), cut to its first `limit` rows (the most urgent first) with the full count
beside it, so it stays fast on 100,000 families; the names and communities are joined for
the rows shown only. Where an index gives the list's order (agreements ending, benefits
owed, deliveries unpaid) the rows are found walking it and the count is a query of its own;
otherwise (visits overdue, ordered by a computed date) both come from one pass
(`count(*) OVER ()`). The home page reads these lists in a job of their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.db.types import Kilograms, Soles
from desktop.services.common import as_date

#: Agreements ending within this many days are listed.
ENDING_WITHIN_DAYS = 60
#: An active agreement is visited at least once a year (from its start, then its last visit).
VISIT_EVERY_DAYS = 365
#: Rows shown per list; the count says how many there are in all.
LIMIT = 50


# The head of the family, as people read the name (families.head_name is folded for sorting).
HEAD = """LEFT JOIN persons h ON h.family_id = f.id AND h.relation = 'head'
        AND h.deleted_at IS NULL"""
def _name(alias: str) -> str:
    """A person's name as people read it, in portable SQL."""
    return (f"trim(coalesce({alias}.given_names, '') || ' ' || "
            f"coalesce({alias}.paternal_surname, '') || ' ' || "
            f"coalesce({alias}.maternal_surname, ''))")


HEAD_NAME = _name("h")


@dataclass(frozen=True)
class DueRow:
    """One line of a "due" list: what it is about, when, and the record it opens."""

    area: str  # "agreements" or "cooperative": the page that opens the record
    record_id: str  # the agreement's id (agreement lists) or the delivery's id
    reference: str  # agreement number or receipt number
    family: str  # "F-000123 — head's name" or the member
    community: str
    when: date | None
    detail: str = ""  # kind of benefit and quantity owed, amount unpaid...
    amount: Decimal | None = None


@dataclass
class DueList:
    rows: list[DueRow] = field(default_factory=list)
    total: int | None = 0  # None: not counted yet


@dataclass
class Due:
    ending: DueList
    visits: DueList
    benefits: DueList
    unpaid: DueList


def _family(code: str, head: str) -> str:
    return f"{code} — {head}" if head else code


#: The total of a list, counted in the pass that finds its first rows.
TOTAL = "count(*) OVER () AS total"


def _agreement_rows(session: Session, chosen: str, params: dict,
                    amount: str = "a.amount") -> tuple[list, int]:
    """Details of the few agreements `chosen` selects (id, number, family_id, due, extra,
    amount, total) and how many it found in all: the joins (and `amount`, an expression
    over `chosen`'s columns) run for the rows shown only, never for the whole count."""
    rows = list(session.execute(text(f"""
        SELECT a.id, a.number, f.code, {HEAD_NAME}, c.name, a.due, a.extra, {amount}, a.total
        FROM ({chosen}) a JOIN families f ON f.id = a.family_id
        JOIN communities c ON c.id = f.community_id {HEAD}
        ORDER BY a.due, a.number, a.extra"""), params))
    return rows, rows[0][8] if rows else 0


ACTIVE = "a.deleted_at IS NULL AND a.status = 'active'"


def agreements_ending(session: Session, today: date, limit: int = LIMIT) -> DueList:
    """Active agreements to renew or end by ENDING_WITHIN_DAYS days from now, soonest first:
    those whose end has passed come first (the most urgent: still active), those renewed
    (a successor names them) or marked not to be renewed are left out, as "Renew a
    community…" does. Walked in the order of their end date (index 0024), the count a pass
    of its own over the same index, so neither sorts the agreements of those days."""
    params = {"until": today + timedelta(days=ENDING_WITHIN_DAYS), "limit": limit}
    # The first three conditions are the index's own (desktop.db.agreement.DUE_FOR_RENEWAL).
    # SQLite is told to walk it: with no lower bound on the end date, it took the status
    # index and sorted every active agreement (0.1 s at 100,000 families, against 5 ms).
    agreements = "agreements a INDEXED BY ix_agreements_due_for_renewal" \
        if session.get_bind().dialect.name == "sqlite" else "agreements a"
    where = f"""FROM {agreements} WHERE a.deleted_at IS NULL AND a.status = 'active'
        AND a.not_renewed_reason IS NULL AND a.end_date <= :until
        AND a.id NOT IN (SELECT r.previous_id FROM agreements r
                         WHERE r.previous_id IS NOT NULL AND r.deleted_at IS NULL)"""
    rows, _ = _agreement_rows(session, f"""SELECT a.id, a.number, a.family_id,
        a.end_date AS due, '' AS extra, NULL AS amount, 0 AS total {where}
        ORDER BY a.end_date, a.number LIMIT :limit""", params)
    total = session.scalar(text(f"SELECT count(*) {where}"), params) if len(rows) == limit \
        else len(rows)
    return DueList([DueRow("agreements", r[0], r[1], _family(r[2], r[3]), r[4], as_date(r[5]))
                    for r in rows], total)


def visits_overdue(session: Session, today: date, limit: int = LIMIT) -> DueList:
    """Active agreements whose last visit (or start, when never visited) is over a year ago;
    `when` is the day the visit fell due."""
    params = {"since": today - timedelta(days=VISIT_EVERY_DAYS), "limit": limit}
    last = """coalesce((SELECT max(v.visited_on) FROM compliance_visits v
        WHERE v.agreement_id = a.id AND v.deleted_at IS NULL), a.start_date)"""
    where = f"FROM agreements a WHERE {ACTIVE} AND {last} < :since"
    rows, total = _agreement_rows(session, f"""SELECT a.id, a.number, a.family_id, {last} AS due,
        '' AS extra, NULL AS amount, {TOTAL} {where}
        ORDER BY due, a.number LIMIT :limit""", params)
    return DueList([DueRow("agreements", r[0], r[1], _family(r[2], r[3]), r[4],
                           as_date(r[5]) + timedelta(days=VISIT_EVERY_DAYS) if r[5] else None)
                    for r in rows], total)


def _delivered(benefit: str) -> str:
    """What was delivered of the benefit `benefit` names."""
    return f"""coalesce((SELECT sum(d.quantity) FROM benefit_deliveries d
        WHERE d.benefit_id = {benefit} AND d.deleted_at IS NULL), 0)"""


def _benefits_owed_where(agreements: str = "agreements a") -> str:
    return f"""FROM {agreements} JOIN benefits b ON b.agreement_id = a.id
        WHERE a.deleted_at IS NULL AND a.status IN ('signed', 'active')
        AND b.deleted_at IS NULL AND b.quantity > {_delivered("b.id")}"""


def benefits_owed(session: Session, limit: int = LIMIT, counted: bool = True) -> DueList:
    """Benefits of signed or active agreements not yet fully delivered, oldest agreement
    first; `detail` is the benefit's kind (a label code) and `amount` the quantity owed.
    With `counted` False, `total` is None: count them with count_benefits_owed (about a
    second at 100,000 families, where the rows take milliseconds)."""
    # The rows walk the agreements owing in their order (index 0017) and stop at `limit`:
    # SQLite is told to (INDEXED BY): with a large office's statistics it took the status
    # index instead and sorted every benefit owed (69,000 at 100,000 families; 0.95 s of
    # CPU against 2 ms). What was delivered is summed once per benefit to find those owed,
    # and again only for the rows shown (the quantity owed).
    owing = "agreements a INDEXED BY ix_agreements_owing" \
        if session.get_bind().dialect.name == "sqlite" else "agreements a"
    rows, _ = _agreement_rows(session, f"""SELECT a.id, a.number, a.family_id,
        a.start_date AS due, b.kind AS extra, b.quantity AS amount, b.id AS benefit_id,
        0 AS total {_benefits_owed_where(agreements=owing)}
        ORDER BY a.start_date, a.number, b.kind LIMIT :limit""",
        {"limit": limit}, amount=f"a.amount - {_delivered('a.benefit_id')}")
    total = None if not counted else count_benefits_owed(session) if len(rows) == limit \
        else len(rows)
    return DueList([DueRow("agreements", r[0], r[1], _family(r[2], r[3]), r[4], as_date(r[5]),
                           r[6], Kilograms.process_result_value(r[7], None)) for r in rows],
                   total)


def count_benefits_owed(session: Session) -> int:
    """How many benefits benefits_owed lists in all: a pass over every benefit of the
    agreements owing, summing each one's deliveries (one lookup per benefit).

    The benefits are taken in the order of their ids first, so that the lookups walk the
    deliveries' index (by benefit) forwards rather than jump about it: 168,000 benefits at
    100,000 families, 0.43 s -> 0.22 s of CPU."""
    return session.scalar(text(f"""
        SELECT count(*) FROM (
          SELECT b.id, b.quantity FROM benefits b
          WHERE b.deleted_at IS NULL AND b.agreement_id IN (
            SELECT a.id FROM agreements a
            WHERE a.deleted_at IS NULL AND a.status IN ('signed', 'active'))
          ORDER BY b.id) b
        WHERE b.quantity > {_delivered("b.id")}"""))


def deliveries_unpaid(session: Session, limit: int = LIMIT) -> DueList:
    """Coffee deliveries neither paid nor voided, oldest first; `amount` is what is owed."""
    where = ("FROM deliveries d WHERE d.deleted_at IS NULL AND d.voided_at IS NULL "
             "AND d.paid_on IS NULL")
    total = session.scalar(text(f"SELECT count(*) {where}"))
    # The member is the person named on the membership, else the family's head.
    rows = session.execute(text(f"""
        SELECT d.id, d.receipt_number, m.member_code,
               CASE WHEN mp.id IS NULL THEN {HEAD_NAME} ELSE {_name("mp")} END,
               c.name, d.delivered_on, d.amount_pen
        FROM (SELECT d.id, d.receipt_number, d.membership_id, d.delivered_on, d.amount_pen
              {where} ORDER BY d.delivered_on, d.receipt_number LIMIT :limit) d
        JOIN memberships m ON m.id = d.membership_id
        JOIN families f ON f.id = m.family_id
        JOIN communities c ON c.id = f.community_id {HEAD}
        LEFT JOIN persons mp ON mp.id = m.person_id
        ORDER BY d.delivered_on, d.receipt_number"""), {"limit": limit})
    return DueList([DueRow("cooperative", r[0], r[1], _family(r[2], r[3]), r[4], as_date(r[5]),
                           "", Soles.process_result_value(r[6], None)) for r in rows], total)


def due(session: Session, today: date | None = None, limit: int = LIMIT,
        count_benefits: bool = True) -> Due:
    """The four lists; with `count_benefits` False the benefits owed are not counted (their
    total None: count_benefits_owed, in a job of its own)."""
    today = today or date.today()
    return Due(agreements_ending(session, today, limit), visits_overdue(session, today, limit),
               benefits_owed(session, limit, count_benefits), deliveries_unpaid(session, limit))

