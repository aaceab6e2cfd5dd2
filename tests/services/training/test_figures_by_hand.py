"""The training figures, computed in SQL per person, agree with the plainest computation in
Python (every session and line read, sets of people per group) on a programme with people
in several kinds and months, guests, a removed line, deleted and planned sessions and a
member whose sex was corrected after they attended."""

from collections import defaultdict
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from desktop.db.training import TrainingSession
from desktop.services import registry, training


def by_hand(session, date_from=None, date_to=None, period="month", community_id=None) -> dict:
    """{(level, key): (sessions, participations, unique people, unique women, women's
    participations)}, straight from the definitions."""
    upper = min(date_to, date.today()) if date_to else date.today()
    groups = defaultdict(lambda: [0, 0, set(), set(), 0])
    for held in session.scalars(select(TrainingSession)):
        if held.deleted_at is not None or held.held_on > upper \
                or (date_from and held.held_on < date_from) \
                or (community_id and held.community_id != community_id):
            continue
        keys = [("total", None), ("kind", held.kind),
                ("period", training.period_start(held.held_on, period))]
        for key in keys:
            groups[key][0] += 1
        for line in held.attendance:
            if line.deleted_at is not None:
                continue
            who = line.person_id or line.id
            sex = line.person.sex if line.person is not None else line.sex
            for key in keys:
                group = groups[key]
                group[1] += 1
                group[2].add(who)
                if sex == "F":
                    group[3].add(who)
                    group[4] += 1
    return {key: (g[0], g[1], len(g[2]), len(g[3]), g[4]) for key, g in groups.items()}


def in_sql(figures: training.TrainingFigures) -> dict:
    def row(g):
        return (g.sessions, g.participations, g.unique_participants, g.unique_women,
                g.women_participations)
    found = {("kind", g.key): row(g) for g in figures.by_kind}
    found.update({("period", g.key): row(g) for g in figures.by_period})
    if figures.sessions:
        found["total", None] = row(figures.total)
    return found


@pytest.fixture
def busy(session, programme):
    """The example and more: people in several kinds and months, guests, a removed line, a
    deleted session, a planned one, and Juan's sex corrected after he attended."""
    p, here, there = programme.people, programme.community, programme.other

    def held(kind, day, community, members, guests=()):
        s = training.save_session(session, {"topic": f"{kind} {day}", "kind": kind,
                                            "held_on": day, "community_id": community.id})
        training.add_members(session, s.id, [p[name].id for name in members])
        for name, sex in guests:
            training.add_guest(session, s.id, {"name": name, "sex": sex, "age_band": "adult"})
        return s

    held("coffee", "2025-01-28", here, ["jose", "maria", "rosa"], [("Eva Cruz", "F")])
    held("environment", "2025-01-30", there, ["ines", "jose", "lucia"],
         [("Eva Cruz", "F"), ("Tito Paz", "M")])
    held("environment", "2025-02-02", here, ["pedro", "rosa", "juan"])
    gone = held("finance", "2025-02-14", here, ["jose", "pedro"])
    training.delete_session(session, gone.id)
    held("finance", "2025-04-01", there, ["ines", "maria", "juan"], [("Ada Lis", "F")])
    mixed = held("coffee", "2025-04-09", here, ["lucia", "pedro", "jose"])
    removed = next(r for r in training.list_attendance(session, mixed.id)
                   if r.person_id == p["pedro"].id)
    training.remove_attendance(session, removed.id)
    training.save_session(session, {"topic": "Plan", "kind": "coffee",
                                    "held_on": date.today() + timedelta(days=3),
                                    "community_id": here.id})
    registry.update_member(session, p["juan"].id, {"sex": "F"})  # corrected after the fact
    return programme


@pytest.mark.parametrize("filters", [
    {}, {"period": "year"}, {"date_from": date(2025, 1, 1)},
    {"date_from": date(2025, 1, 20), "date_to": date(2025, 3, 31)},
    {"date_to": date(2024, 12, 31), "period": "year"}, {"date_from": date(2030, 1, 1)},
    {"community": "here"}, {"community": "there", "period": "year"},
])
def test_figures_agree_with_a_computation_by_hand(session, busy, filters):
    filters = dict(filters)
    place = filters.pop("community", None)
    if place:
        filters["community_id"] = (busy.community if place == "here" else busy.other).id
    expected = by_hand(session, **filters)
    figures = training.training_figures(session, **filters)
    assert in_sql(figures) == expected
    school = expected.get(("kind", "school"), (0, 0, 0))
    assert (figures.school_sessions, figures.school_participants) == (school[0], school[2])


def test_a_member_counts_with_the_sex_on_their_record(session, busy):
    """Juan's lines were taken as a man; his record now says F and the figures follow it."""
    figures = training.training_figures(session)
    assert figures.unique_women == by_hand(session)["total", None][3]
    juan_as_a_man = training.training_figures(session, date(2025, 1, 1), date(2025, 1, 20))
    assert juan_as_a_man.unique_women == 2  # María and Juan on 15 January


@pytest.mark.parametrize("period", [{}, {"date_from": date(2025, 1, 1)},
                                    {"date_from": date(2025, 1, 20), "date_to": date(2025, 3, 31)},
                                    {"date_from": date(2030, 1, 1)}])
def test_people_trained_in_one_pass_equals_the_total_of_every_figure(session, busy, period):
    """The home page's tile (one pass by person) and the Training area's total agree: removed
    lines, planned sessions, unregistered people and a corrected sex included."""
    from desktop.services.training.figures import people_trained

    total = training.training_figures(session, **period).total
    unique, women = people_trained(session, **period)
    assert (unique, women) == (total.unique_participants, total.women_share)
    assert unique == by_hand(session, **period).get(("total", None), (0, 0, 0, 0))[2]
