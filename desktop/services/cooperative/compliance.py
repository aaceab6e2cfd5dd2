"""What the programme knows of a member's agreements and visits (read-only here), and the
flags it puts on a delivery.

A delivery from a member whose family has no active agreement, or from a plot whose last
compliance visit found it not compliant, is recorded with a flag (never refused); flags are
a comma-separated list of codes in Delivery.flags."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement, ComplianceVisit, agreement_plots
from desktop.db.plot import Plot
from desktop.services.cooperative.members import get_membership
from desktop.services.cooperative.rules import NO_ACTIVE_AGREEMENT, PLOT_NOT_COMPLIANT


def has_active_agreement(session: Session, family_id: str) -> bool:
    return session.scalar(select(Agreement.id).where(
        Agreement.family_id == family_id, Agreement.status == "active",
        Agreement.deleted_at.is_(None)).limit(1)) is not None


def last_visit(session: Session, plot_id: str, on: date | None = None
               ) -> ComplianceVisit | None:
    """The latest compliance visit (up to `on`) of an agreement covering the plot."""
    query = (select(ComplianceVisit)
             .join(Agreement, Agreement.id == ComplianceVisit.agreement_id)
             .join(agreement_plots, agreement_plots.c.agreement_id == Agreement.id)
             .where(agreement_plots.c.plot_id == plot_id, ComplianceVisit.deleted_at.is_(None),
                    Agreement.deleted_at.is_(None)))
    if on is not None:
        query = query.where(ComplianceVisit.visited_on <= on)
    return session.scalar(query.order_by(ComplianceVisit.visited_on.desc(),
                                         ComplianceVisit.created_at.desc()).limit(1))


def plot_agreement(session: Session, plot: Plot) -> Agreement | None:
    """The agreement that covers the plot (an active one first), else the family's latest."""
    status_rank = (Agreement.status == "active").desc()
    covering = session.scalar(
        select(Agreement).join(agreement_plots, agreement_plots.c.agreement_id == Agreement.id)
        .where(agreement_plots.c.plot_id == plot.id, Agreement.deleted_at.is_(None))
        .order_by(status_rank, Agreement.start_date.desc()).limit(1))
    if covering is not None:
        return covering
    return session.scalar(select(Agreement).where(
        Agreement.family_id == plot.family_id, Agreement.deleted_at.is_(None))
        .order_by(status_rank, Agreement.start_date.desc()).limit(1))


def delivery_flags(session: Session, membership_id: str, plot_id: str | None,
                   on: date | None = None) -> list[str]:
    """The flags a delivery from this member and plot on `on` gets."""
    membership = get_membership(session, membership_id)
    flags = []
    if not has_active_agreement(session, membership.family_id):
        flags.append(NO_ACTIVE_AGREEMENT)
    if plot_id:
        visit = last_visit(session, plot_id, on or date.today())
        if visit is not None and visit.result == "not_compliant":
            flags.append(PLOT_NOT_COMPLIANT)
    return flags


__all__ = [
    "has_active_agreement", "last_visit", "plot_agreement", "delivery_flags",
]
