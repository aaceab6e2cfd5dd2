"""The programme's training figures, checked by hand on the example."""

from datetime import date, timedelta
from decimal import Decimal

from desktop.services import training


def test_women_share_is_on_unique_people_not_on_participations(session, programme):
    figures = training.training_figures(session, date(2025, 1, 1), date(2025, 12, 31))
    assert figures.sessions == 3
    assert figures.participations == 10  # 4 + 4 + 2
    # José, Pedro, Juan, María, Rosa, and the two unregistered pupils
    assert figures.unique_participants == 7
    assert figures.unique_women == 3  # María, Rosa, Ana
    assert figures.women_share == Decimal("42.9")  # 3 / 7
    # On participations it would be 3 / 10 = 30.0 %: not what the programme reports.
    assert figures.total.women_share_of_participations == Decimal("30.0")
    assert figures.school_sessions == 1
    assert figures.school_participants == 2


def test_figures_by_kind_and_by_month(session, programme):
    figures = training.training_figures(session, date(2025, 1, 1), date(2025, 12, 31))
    by_kind = {g.key: g for g in figures.by_kind}
    assert list(by_kind) == ["coffee", "school"]  # the labels' order, only kinds held
    coffee = by_kind["coffee"]
    assert (coffee.sessions, coffee.participations, coffee.unique_participants,
            coffee.unique_women) == (2, 8, 5, 2)
    assert coffee.women_share == Decimal("40.0")
    assert by_kind["school"].women_share == Decimal("50.0")
    months = [(g.key, g.sessions, g.participations, g.unique_participants, g.women_share)
              for g in figures.by_period]
    assert months == [(date(2025, 1, 1), 1, 4, 4, Decimal("25.0")),
                      (date(2025, 2, 1), 1, 4, 4, Decimal("25.0")),
                      (date(2025, 3, 1), 1, 2, 2, Decimal("50.0"))]
    assert training.period_title(date(2025, 3, 1), "month", "es") == "marzo de 2025"
    assert training.period_title(date(2025, 3, 1), "month", "en") == "March 2025"


def test_figures_over_all_time_and_by_year(session, programme):
    figures = training.training_figures(session, period="year")
    assert (figures.sessions, figures.participations, figures.unique_participants) == (4, 12, 7)
    assert figures.women_share == Decimal("42.9")  # José and María already counted
    assert figures.total.women_share_of_participations == Decimal("33.3")  # 4 / 12
    assert [(g.key.year, g.sessions, g.unique_participants) for g in figures.by_period] == [
        (2024, 1, 2), (2025, 3, 7)]
    as_dict = figures.as_dict()
    assert as_dict["unique_participants"] == 7 and as_dict["women_share"] == Decimal("42.9")
    assert as_dict["by_kind"][0]["key"] == "coffee"


def test_figures_leave_out_deleted_and_planned_sessions_and_removed_lines(session, programme):
    training.delete_session(session, programme.sessions["mar"].id)
    planned = training.save_session(session, {
        "topic": "Compost", "kind": "coffee", "community_id": programme.community.id,
        "held_on": date.today() + timedelta(days=10)})
    rows = training.list_attendance(session, programme.sessions["feb"].id)
    rosa = next(r for r in rows if r.name.startswith("Rosa"))
    training.remove_attendance(session, rosa.id)
    figures = training.training_figures(session, date(2025, 1, 1))
    assert (figures.sessions, figures.participations, figures.unique_participants,
            figures.unique_women) == (2, 7, 4, 1)
    assert figures.school_sessions == 0
    assert planned.id not in {r.id for r in training.search_sessions(session, kind="school")}
    training.restore_session(session, programme.sessions["mar"].id)
    assert training.training_figures(session, date(2025, 1, 1)).participations == 9


def test_no_participants_gives_no_share(session):
    figures = training.training_figures(session)
    assert figures.sessions == 0 and figures.women_share is None
    assert figures.by_kind == [] and figures.by_period == []


def test_family_training_counts_shows_who_is_falling_behind(session, programme):
    counts = training.family_training_counts(session, 2025)
    assert [(c.code, c.trainings, c.participations, c.members_attending) for c in counts] == [
        (programme.families["f4"].code, 0, 0, 0),  # Inés: no training yet, first
        (programme.families["f2"].code, 2, 3, 2),  # Pedro x2 + Rosa, two sessions
        (programme.families["f1"].code, 2, 3, 2),  # José x2 + María
    ]  # F3 has only a draft agreement
    assert counts[0].head == "Inés Peña Soto" and counts[0].community == "San Andrés"
    last_year = {c.code: c.trainings for c in training.family_training_counts(session, 2024)}
    assert last_year == {programme.families["f1"].code: 1, programme.families["f2"].code: 0,
                         programme.families["f4"].code: 0}
    only_here = training.family_training_counts(session, 2025, programme.other.id)
    assert [c.code for c in only_here] == [programme.families["f4"].code]


def test_untrained_families_come_a_page_at_a_time_in_the_lists_order(session, programme):
    """The top of the list (no training in the year) is read in pages after the last family
    shown, and agrees with the whole list; the ranking's count is the list's."""
    whole = training.family_training_counts(session, 2024)
    untrained = [c.family_id for c in whole if c.trainings == 0]
    assert len(untrained) == 2
    first = training.untrained_families(session, 2024, limit=1)
    second = training.untrained_families(session, 2024, after=first[0].family_id, limit=1)
    assert [c.family_id for c in first + second] == untrained
    assert training.untrained_families(session, 2024, after=second[0].family_id) == []
    assert first[0].head == whole[0].head and first[0].community == whole[0].community
    ranking = training.family_ranking(session, 2024)
    assert [r.family_id for r in ranking] == [c.family_id for c in whole]
    assert training.family_rows(session, ranking[1:]) == whole[1:]
    assert [c.code for c in training.untrained_families(session, 2025, programme.other.id)] \
        == [programme.families["f4"].code]


def test_a_page_of_untrained_families_walks_an_index(session, programme):
    """At 100,000 families the first page is found walking the families in the list's order
    and stops at `limit`: the plan must not sort every family (query plan, not a timing)."""
    from sqlalchemy import event

    seen = []
    bind = session.get_bind()

    def keep(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(bind, "before_cursor_execute", keep)
    try:
        training.untrained_families(session, 2025, limit=1)
        training.untrained_families(session, 2025, programme.other.id, limit=1)
    finally:
        event.remove(bind, "before_cursor_execute", keep)
    for statement, parameters in seen:
        plan = " | ".join(row[3] for row in session.connection().exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, parameters))
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan
        assert "ix_attendance_live_by_person" in plan, plan
