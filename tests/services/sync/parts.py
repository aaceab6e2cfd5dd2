"""What a laptop limited to some communities should hold, worked out by hand (joins written
out table by table, not desktop.services.sync.scope's rule), and what a database holds."""

from __future__ import annotations

from sqlalchemy import select, text

from desktop.services.sync.tables import BY_NAME
from desktop.db.community import Community
from desktop.services import registry
from desktop.services.sync import network
from tests.conftest import head
from tests.services.sync.offices import open_db, with_session

#: The tables of a family's part, each with the query of its ids for communities :c (a
#: row whose member or plot belongs elsewhere stays out).
PART = {
    "families": "SELECT id FROM families WHERE community_id IN ({c})",
    "persons": "SELECT p.id FROM persons p JOIN families f ON f.id = p.family_id "
               "WHERE f.community_id IN ({c})",
    "plots": "SELECT p.id FROM plots p JOIN families f ON f.id = p.family_id "
             "WHERE f.community_id IN ({c})",
    "agreements": "SELECT a.id FROM agreements a JOIN families f ON f.id = a.family_id "
                  "WHERE f.community_id IN ({c})",
    "commitments": "SELECT x.id FROM commitments x JOIN agreements a ON a.id = x.agreement_id "
                   "JOIN families f ON f.id = a.family_id WHERE f.community_id IN ({c})",
    "benefits": "SELECT x.id FROM benefits x JOIN agreements a ON a.id = x.agreement_id "
                "JOIN families f ON f.id = a.family_id WHERE f.community_id IN ({c})",
    "benefit_deliveries": "SELECT d.id FROM benefit_deliveries d JOIN benefits b ON b.id = "
                          "d.benefit_id JOIN agreements a ON a.id = b.agreement_id JOIN "
                          "families f ON f.id = a.family_id LEFT JOIN persons p ON p.id = "
                          "d.received_by_id LEFT JOIN families g ON g.id = p.family_id "
                          "WHERE f.community_id IN ({c}) AND (d.received_by_id IS NULL OR "
                          "g.community_id IN ({c}))",
    "signatories": "SELECT s.id FROM signatories s JOIN agreements a ON a.id = s.agreement_id "
                   "JOIN families f ON f.id = a.family_id LEFT JOIN persons p ON p.id = "
                   "s.person_id LEFT JOIN families g ON g.id = p.family_id WHERE "
                   "f.community_id IN ({c}) AND (s.person_id IS NULL OR g.community_id IN "
                   "({c}))",
    # an unregistered participant (no member) is part of the training session: shared
    "attendance": "SELECT x.id FROM attendance x LEFT JOIN persons p ON p.id = x.person_id "
                  "LEFT JOIN families f ON f.id = p.family_id WHERE x.person_id IS NULL OR "
                  "f.community_id IN ({c})",
    "memberships": "SELECT m.id FROM memberships m JOIN families f ON f.id = m.family_id "
                   "LEFT JOIN persons p ON p.id = m.person_id LEFT JOIN families g ON g.id = "
                   "p.family_id WHERE f.community_id IN ({c}) AND (m.person_id IS NULL OR "
                   "g.community_id IN ({c}))",
    "compliance_visits": "SELECT x.id FROM compliance_visits x JOIN agreements a ON a.id = "
                         "x.agreement_id JOIN families f ON f.id = a.family_id "
                         "WHERE f.community_id IN ({c})",
}
#: Tables every laptop holds whole.
SHARED = ("communities", "cooperatives", "training_sessions", "lots", "prices",
          "discount_rules", "station_days")


def expected(path, community_ids: list[str]) -> dict[str, set[str]]:
    """{table: ids} of the part of `community_ids` in the database at `path`."""
    marks = ", ".join(f"'{item}'" for item in community_ids)

    def work(session):
        found = {name: set(session.scalars(text(query.format(c=marks))))
                 for name, query in PART.items()}
        memberships = found["memberships"]
        found["deliveries"] = {
            record for record, member, plot in session.execute(text(
                "SELECT id, membership_id, plot_id FROM deliveries"))
            if member in memberships and (plot is None or plot in found["plots"])}
        for name in SHARED:
            found[name] = set(session.scalars(select(BY_NAME[name].c.id)))
        return found
    return with_session(path, work)


def held(path, tables) -> dict[str, set[str]]:
    def work(session):
        return {name: set(session.scalars(select(BY_NAME[name].c.id))) for name in tables}
    return with_session(path, work)


def dangling(path) -> list:
    """SQLite's foreign key check of the file at `path` (nothing: every reference holds)."""
    return with_session(path, lambda s: s.execute(text("PRAGMA foreign_key_check")).all())


def community_ids(path, *names):
    return with_session(path, lambda s: sorted(s.scalars(select(Community.id).where(
        Community.name.in_(names)))))


def net_sync_with(laptop, centre, **options):
    here, there = open_db(laptop), network.open_centre(centre)
    try:
        with here.session() as a, there.session() as b:
            return network.synchronise(a, b, **options)
    finally:
        here.close()
        there.close()


def new_family(path, community_name, surname):
    """A family (its head named `surname`) made through the services at `path`; its id."""
    def work(session):
        community = session.scalars(select(Community).where(
            Community.name == community_name)).one()
        return registry.create_family(session, {"community_id": community.id}, head(
            paternal_surname=surname, dni=None)).id
    return with_session(path, work)


