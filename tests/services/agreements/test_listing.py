"""The agreements list and its filters."""

from datetime import timedelta
from decimal import Decimal

from desktop.services import agreements as ag
from tests.services.agreements.conftest import TODAY


def test_list_filters(session, draft, community):
    ag.sign(session, draft.id, TODAY)
    ag.activate(session, draft.id)
    flt = ag.AgreementFilter
    assert ag.count_agreements(session, flt(status="active")) == 1
    assert ag.count_agreements(session, flt(status="draft")) == 0
    assert ag.count_agreements(session, flt(community_name="AGUAS CLARAS")) == 1
    assert ag.count_agreements(session, flt(no_visit_12_months=True)) == 1
    ag.record_visit(session, draft.id, {"visited_on": TODAY, "inspector": "Raúl",
                                        "result": "compliant"})
    assert ag.count_agreements(session, flt(no_visit_12_months=True)) == 0
    end = draft.end_date
    assert ag.count_agreements(session, flt(ending_within_days=10, today=end - timedelta(
        days=20))) == 0
    assert ag.count_agreements(session, flt(ending_within_days=30, today=end - timedelta(
        days=20))) == 1
    rows = ag.list_agreements(session, flt(query="nunez"))
    assert rows[0].number == draft.number and rows[0].last_visit == TODAY
    assert rows[0].forest_area_ha == Decimal("4.5")


def _office(session, community):
    """Six families (three Quispe, one of them deleted) with an agreement each; one Mamani
    agreement's number typed in a search."""
    from desktop.services import registry
    from tests.conftest import head

    made = []
    for i, (given, surname) in enumerate([("Rosa", "Quispe"), ("Juan", "Mamani"),
                                          ("Luz", "Quispe"), ("Ana", "Torres"),
                                          ("Eva", "Quispe"), ("Raúl", "Quispe Mamani")]):
        family = registry.create_family(session, {"community_id": community.id}, head(
            given_names=given, paternal_surname=surname, dni=f"4000000{i}"))
        made.append(ag.create_agreement(session, family.id, {
            "start_date": TODAY - timedelta(days=30 * i), "end_date": TODAY + timedelta(
                days=400 - 30 * i)}))
    registry.delete_family(session, made[4].family_id)
    return made


def test_a_search_walked_in_the_lists_order_finds_what_the_sets_find(session, community,
                                                                     monkeypatch):
    """A word matching many families walks the sorted agreements, testing each (issue 15:
    a common surname's first page 190 ms -> 20 ms at 100,000 families); a rare word builds
    the sets first. Both find the same agreements, in the same order, with the same count."""
    from desktop.services.agreements import listing

    made = _office(session, community)
    queries = ["quispe", "QUISPE mamani", "aguas", made[1].number.lower()[-6:], "qu", "zzz",
               "quispe qu"]
    seen = {}
    for threshold in (1, 10**9):  # every search walks; none does
        monkeypatch.setattr(listing, "WALK_MIN_MATCHES", threshold)
        for query in queries:
            for sort, descending in (("number", False), ("number", True), ("status", False),
                                     ("last_visit", True), ("start_date", False)):
                flt = ag.AgreementFilter(query=query)
                seen.setdefault((query, sort, descending), []).append(
                    ([r.number for r in ag.list_agreements(session, flt, sort, descending)],
                     [r.number for r in ag.list_agreements(session, flt, sort, descending,
                                                           offset=1, limit=2)],
                     ag.count_agreements(session, flt)))
    for key, (walked, sets) in seen.items():
        assert walked == sets, key
    numbers = sorted(a.number for a in made)
    quispe = [n for n in numbers if n != made[1].number and n != made[3].number
              and n != made[4].number]
    assert seen[("quispe", "number", False)][0] == (quispe, quispe[1:3], 3)
    assert seen[("QUISPE mamani", "number", False)][0][0] == [made[5].number]
    assert seen[(made[1].number.lower()[-6:], "number", False)][0][0] == [made[1].number]
    assert seen[("zzz", "number", False)][0] == ([], [], 0)


def test_a_common_word_walks_the_number_index_and_a_rare_one_does_not(session, community,
                                                                       database, monkeypatch):
    from desktop.services.agreements import listing
    from tests.db.query_plans import plan_of, statements_run

    _office(session, community)
    plans = {}
    for threshold in (3, 4):  # "quispe" matches 3 living families
        monkeypatch.setattr(listing, "WALK_MIN_MATCHES", threshold)
        with statements_run(database) as ran:
            ag.list_agreements(session, ag.AgreementFilter(query="quispe"), limit=200)
        page = next(sql for sql, _ in ran if sql.startswith("SELECT a.id "))
        with database.engine.connect() as connection:
            plans[threshold] = [d for _, _, d in plan_of(connection, page, next(
                p for sql, p in ran if sql == page))]
    walked, sets = plans[3], plans[4]
    assert walked[0].startswith("SCAN a USING INDEX sqlite_autoindex_agreements_2"), walked
    assert not any("TEMP B-TREE FOR ORDER BY" in d for d in walked), walked
    assert any("TEMP B-TREE FOR ORDER BY" in d or "family_fts" in d for d in sets)
    assert not sets[0].startswith("SCAN a USING INDEX"), sets
