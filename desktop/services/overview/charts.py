"""The figures behind the home page's charts: agreements by status, coverage by community,
coffee delivered and paid by month, participants by sex per year.

Each is one grouped query; the home page, the Reports page and the workbook read the same
tables with the same rules (live records only, voided deliveries left out, school sessions
counted apart from training), so their figures agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.db.types import Kilograms, Soles
from desktop.services.overview.due import as_date

#: Months shown in the coffee chart, ending with the current one.
MONTHS = 12


@dataclass(frozen=True)
class Coverage:
    community: str
    inside: int  # families living inside the forest
    covered: int  # ... of which with an active agreement

    @property
    def percent(self) -> Decimal:
        if not self.inside:
            return Decimal(0)
        return (Decimal(100) * self.covered / self.inside).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class MonthFigures:
    month: date  # the first day of the month
    delivered_kg: Decimal
    paid_pen: Decimal


def agreements_by_status(session: Session) -> dict[str, int]:
    rows = session.execute(text(
        "SELECT status, count(*) FROM agreements WHERE deleted_at IS NULL GROUP BY status"))
    return {status: count for status, count in rows}


def coverage_by_community(session: Session) -> list[Coverage]:
    """Families inside the forest per community and how many have an active agreement
    (the indicator "Families inside the forest with an active agreement", per community)."""
    # Each family's agreements are looked up by family (+a.status: never by the status
    # index, which would scan every active agreement per family), from indexes alone. On
    # SQLite the living families are read from the index that carries their community and
    # inside_forest (INDEXED BY): the planner took the community index and read each
    # family's row for inside_forest (0.24 s of CPU at 100,000 families, against 0.09 s).
    # (The unary + that keeps SQLite off an index is SQLite's: PostgreSQL has no + for text.)
    sqlite = session.get_bind().dialect.name == "sqlite"
    families = "families f INDEXED BY ix_families_live_community" if sqlite else "families f"
    status = "+a.status" if sqlite else "a.status"
    rows = session.execute(text(f"""
        SELECT c.name, count(f.id), count(CASE WHEN EXISTS (
            SELECT 1 FROM agreements a WHERE a.family_id = f.id AND a.deleted_at IS NULL
            AND {status} = 'active') THEN 1 END)
        FROM {families} JOIN communities c ON c.id = f.community_id
        WHERE f.deleted_at IS NULL AND f.inside_forest
        GROUP BY c.name ORDER BY c.name"""))
    return [Coverage(name, inside, covered) for name, inside, covered in rows]


def _month(day: date) -> date:
    return day.replace(day=1)


def _months_back(today: date, count: int) -> list[date]:
    months, year, month = [], today.year, today.month
    for _ in range(count):
        months.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return months[::-1]


def coffee_by_month(session: Session, today: date | None = None,
                    months: int = MONTHS, since: date | None = None) -> list[MonthFigures]:
    """Kilograms delivered (by delivery date) and soles paid (by payment date) in each of the
    last `months` months up to `today`, and not before `since` when given (the workbook's
    period); voided deliveries do not count."""
    today = today or date.today()
    shown = _months_back(today, months)
    start = max(shown[0], since) if since else shown[0]
    live = "deleted_at IS NULL AND voided_at IS NULL"
    delivered: dict[date, Decimal] = {m: Decimal(0) for m in shown}
    paid: dict[date, Decimal] = {m: Decimal(0) for m in shown}
    # Grouped by day (portable SQL, a few hundred rows), then folded into months here.
    for day, kg in session.execute(text(
            f"SELECT delivered_on, sum(net_kg) FROM deliveries WHERE {live} "
            "AND delivered_on >= :start AND delivered_on <= :today GROUP BY delivered_on"),
            {"start": start, "today": today}):
        delivered[_month(as_date(day))] += Kilograms.process_result_value(kg, None)
    for day, amount in session.execute(text(
            f"SELECT paid_on, sum(amount_pen) FROM deliveries WHERE {live} AND paid_on IS NOT "
            "NULL AND paid_on >= :start AND paid_on <= :today GROUP BY paid_on"),
            {"start": start, "today": today}):
        paid[_month(as_date(day))] += Soles.process_result_value(amount, None)
    return [MonthFigures(m, delivered[m], paid[m]) for m in shown]


def participants_by_sex(session: Session, today: date | None = None,
                        since: date | None = None) -> dict[int, dict[str, int]]:
    """Participations in training sessions held by `today` (and not before `since` when
    given; planned and school sessions left out, as the training figures do), per year and
    sex: {2025: {"F": 120, "M": 300}}."""
    today = today or date.today()
    result: dict[int, dict[str, int]] = {}
    for day, sex, count in session.execute(text("""
            SELECT s.held_on, a.sex, count(*) FROM attendance a
            JOIN training_sessions s ON s.id = a.session_id
            WHERE a.deleted_at IS NULL AND s.deleted_at IS NULL AND s.kind <> 'school'
            AND s.held_on <= :today AND s.held_on >= :since
            GROUP BY s.held_on, a.sex"""), {"today": today, "since": since or date.min}):
        year = as_date(day).year
        by_sex = result.setdefault(year, {"F": 0, "M": 0})
        by_sex[sex] = by_sex.get(sex, 0) + count
    return dict(sorted(result.items()))
