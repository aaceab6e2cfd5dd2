"""A family's ledger: each year, its agreements' commitments and visits beside the benefits
planned and received."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement
from desktop.i18n.formatting import fmt_date
from desktop.i18n.labels import LABELS, label
from desktop.services.agreements.benefits import BenefitLine, benefit_lines
from desktop.services.agreements.rules import living


@dataclass
class LedgerYear:
    year: int
    agreements: list[str] = field(default_factory=list)
    commitments: list[str] = field(default_factory=list)
    visits: list[tuple[date, str]] = field(default_factory=list)
    planned_value_pen: Decimal = Decimal(0)
    delivered_value_pen: Decimal = Decimal(0)
    benefits: list[BenefitLine] = field(default_factory=list)

    @property
    def agreement_numbers(self) -> str:
        return ", ".join(self.agreements)

    @property
    def commitments_text(self) -> str:
        return "; ".join(label("commitment", c) if c in LABELS["commitment"] else c
                         for c in dict.fromkeys(self.commitments))

    @property
    def visits_text(self) -> str:
        return "; ".join(f"{fmt_date(day, fmt='short')}: {label('visit_result', result)}"
                         for day, result in self.visits)


def family_ledger(session: Session, family_id: str) -> list[LedgerYear]:
    """Each year: the agreements' commitments and visits' results beside benefits planned and
    received."""
    years: dict[int, LedgerYear] = {}
    agreements = session.scalars(select(Agreement).where(
        Agreement.family_id == family_id, Agreement.deleted_at.is_(None),
        Agreement.status != "draft").order_by(Agreement.start_date))
    for agreement in agreements:
        year = (agreement.start_date or date.today()).year
        entry = years.setdefault(year, LedgerYear(year))
        entry.agreements.append(agreement.number)
        for c in living(agreement.commitments):
            entry.commitments.append(c.kind or c.text)
        for v in living(agreement.visits):
            entry.visits.append((v.visited_on, v.result))
        for line in benefit_lines(agreement):
            entry.benefits.append(line)
            entry.planned_value_pen += line.estimated_value_pen
            entry.delivered_value_pen += line.delivered_value_pen
    return [years[y] for y in sorted(years)]
