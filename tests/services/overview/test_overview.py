"""The home page's figures agree with the indicators and the areas' own services."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.db.agreement import Agreement, ComplianceVisit
from desktop.db.cooperative import Delivery
from desktop.demo import DEMO_REFERENCE_DATE, build_demo
from desktop.services import agreements, indicators, overview

TODAY = date.today()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory, migrated_template):
    import shutil

    from desktop.services.database import open_database

    path = tmp_path_factory.mktemp("overview") / "demo.sqlite"
    shutil.copy(migrated_template, path)
    database = open_database(path)
    build_demo(database, families=250, seed=11)
    database.close()
    return path


@pytest.fixture
def demo(demo_template, tmp_path):
    import shutil

    from desktop.services.database import open_database

    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


def test_charts_agree_with_the_indicators(demo):
    with demo.session() as session:
        figures = indicators.as_dict(indicators.compute(session))
        by_status = overview.agreements_by_status(session)
        assert by_status["active"] == figures["agreements_active"]
        coverage = overview.coverage_by_community(session)
        inside = sum(c.inside for c in coverage)
        covered = sum(c.covered for c in coverage)
        assert inside == figures["families_inside_forest"]
        assert indicators.percent(covered, inside) == figures["agreement_coverage_inside_pct"]
        # The demo's season (its dates are fixed: the last 12 months of the clock may have none)
        season = DEMO_REFERENCE_DATE
        months = overview.coffee_by_month(session, season, months=12)
        assert len(months) == 12 and months[-1].month == season.replace(day=1)
        start = months[0].month
        period = indicators.as_dict(indicators.compute(session, start, season))
        assert sum(m.delivered_kg for m in months) == period["coffee_delivered_kg"]
        assert sum(m.paid_pen for m in months) == period["coffee_paid_pen"]
        assert sum(m.delivered_kg for m in months) > 0
        by_sex = overview.participants_by_sex(session, TODAY)
        assert by_sex and all(set(v) <= {"F", "M"} for v in by_sex.values())


def test_due_lists_agree_with_the_areas(demo):
    with demo.session() as session:
        due = overview.due(session, TODAY, limit=5)
        owed = agreements.benefits_owed(session)
        assert due.benefits.total == len(owed) > 0
        assert len(due.benefits.rows) == 5
        first = due.benefits.rows[0]
        assert first.amount > 0 and first.detail and first.family.startswith("F-")
        unpaid = session.scalars(select(Delivery).where(
            Delivery.deleted_at.is_(None), Delivery.voided_at.is_(None),
            Delivery.paid_on.is_(None))).all()
        assert due.unpaid.total == len(unpaid)
        oldest = min(unpaid, key=lambda d: (d.delivered_on, d.receipt_number))
        assert due.unpaid.rows[0].reference == oldest.receipt_number
        assert due.unpaid.rows[0].amount == oldest.amount_pen
        membership = oldest.membership
        member = membership.person or membership.family.head
        assert due.unpaid.rows[0].family == f"{membership.member_code} — {member.full_name}"


def test_ending_and_overdue_visits(demo):
    with demo.session() as session:
        active = session.scalars(select(Agreement).where(Agreement.status == "active",
                                                         Agreement.deleted_at.is_(None))).all()
        soon, late = active[0], active[1]
        soon.end_date = TODAY + timedelta(days=10)
        late.start_date = TODAY - timedelta(days=800)
        for visit in late.visits:
            visit.visited_on = TODAY - timedelta(days=500)
        session.commit()
        due = overview.due(session, TODAY)
        # (the whole list: once the demo's fixed end dates have passed, they fill its top)
        ending = {r.record_id: r for r in overview.agreements_ending(session, TODAY, 10_000).rows}
        assert soon.id in ending and ending[soon.id].when == soon.end_date
        assert all(r.when <= TODAY + timedelta(days=60) for r in due.ending.rows)
        first = overview.agreements_ending(session, TODAY, limit=1)  # the count apart
        assert first.total == due.ending.total and first.rows == due.ending.rows[:1]
        # (the whole list: in time, the demo's own agreements fall overdue and fill its top)
        overdue = {r.record_id: r for r in overview.visits_overdue(session, TODAY, 10_000).rows}
        assert late.id in overdue
        last = max((v.visited_on for v in late.visits if v.deleted_at is None),
                   default=late.start_date)
        assert overdue[late.id].when == last + timedelta(days=365)
        # a visit today takes it off the list
        session.add(ComplianceVisit(agreement_id=late.id, visited_on=TODAY,
                                    result="compliant", inspector="Ing. Ruiz"))
        session.commit()
        assert late.id not in {r.record_id for r in overview.due(session, TODAY).visits.rows}
        assert overview.due(session, TODAY).visits.total == due.visits.total - 1


def test_the_ending_list_puts_agreements_past_their_end_first_and_leaves_out_renewed_ones(
        demo):
    """An agreement still active after its end date is the most urgent to renew or end: it
    comes first. One already renewed (a successor names it) or marked not to be renewed is
    no longer due, as for "Renew a community…" (agreements.ending_within)."""
    with demo.session() as session:
        active = session.scalars(select(Agreement).where(
            Agreement.status == "active", Agreement.deleted_at.is_(None))
            .order_by(Agreement.number)).all()
        late, renewed, marked = active[:3]
        # Past its end, and before any other (the demo's dates are fixed: in time, theirs pass)
        late.end_date = min([TODAY - timedelta(days=40)]
                            + [a.end_date - timedelta(days=1) for a in active if a.end_date])
        renewed.end_date = marked.end_date = TODAY + timedelta(days=5)
        session.commit()
        before = overview.agreements_ending(session, TODAY, limit=500)
        assert {late.id, renewed.id, marked.id} <= {r.record_id for r in before.rows}
        agreements.renew(session, renewed.id)
        agreements.mark_not_renewed(session, marked.id, "family_left")
        after = overview.agreements_ending(session, TODAY, limit=500)
        assert after.rows[0].record_id == late.id and after.rows[0].when < TODAY
        listed = {r.record_id for r in after.rows}
        assert renewed.id not in listed and marked.id not in listed
        assert after.total == before.total - 2
        expected = {a.id for a in agreements.ending_within(session, None, 60, TODAY)}
        assert listed == expected and after.total == len(expected)
        first = overview.agreements_ending(session, TODAY, limit=1)  # the count apart
        assert first.total == after.total and first.rows == after.rows[:1]


def test_the_count_of_benefits_owed_follows_deliveries_benefits_and_agreements(demo):
    """count_benefits_owed (its benefits read in the order of their ids, issue 15) counts
    what the agreements area lists: a delivery deleted makes its benefit owed again, a
    benefit deleted or an agreement ended takes its benefits out."""
    from desktop.db.agreement import Benefit, BenefitDelivery
    from desktop.services.common import utcnow

    def both(session):
        return overview.count_benefits_owed(session), len(agreements.benefits_owed(session))

    with demo.session() as session:
        count, listed = both(session)
        assert count == listed > 0
        delivered = next(b for b in session.scalars(select(Benefit).join(Agreement).where(
            Agreement.status.in_(("signed", "active")), Benefit.deleted_at.is_(None)))
            if b.deliveries and sum(d.quantity for d in b.deliveries
                                    if d.deleted_at is None) >= b.quantity)
        for line in delivered.deliveries:
            line.deleted_at = utcnow()
        session.commit()
        assert both(session) == (count + 1, count + 1)
        delivered.deleted_at = utcnow()
        session.commit()
        assert both(session) == (count, count)
        owing = session.scalars(select(Agreement).where(Agreement.status == "active")).first()
        owed_here = sum(1 for b in owing.benefits if b.deleted_at is None and b.quantity > sum(
            (d.quantity for d in b.deliveries if d.deleted_at is None), Decimal(0)))
        owing.status = "ended"
        session.commit()
        assert both(session) == (count - owed_here, count - owed_here)
        assert session.scalar(select(BenefitDelivery.id).limit(1))  # the demo delivers some
