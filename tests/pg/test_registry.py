"""Registering and finding families on both engines: the same results for the same data."""

from desktop.services import lookup, registry
from tests.conftest import head


def test_a_family_and_its_members_are_registered_and_found_with_or_without_accents(
        session, family, community):
    registry.add_member(session, family.id, {
        "given_names": "María", "paternal_surname": "Quispe", "maternal_surname": "Ñahui",
        "sex": "F", "relation": "spouse", "birth_date": "1985-01-02"})
    other = registry.create_family(session, {"community_id": community.id,
                                             "inside_forest": False},
                                   head(given_names="Ana", paternal_surname="Rojas",
                                        maternal_surname="Díaz", dni="76543210", sex="F"))
    for typed in ("Nuñez", "NUNEZ", "núñez pérez", "nahui", "0123"):
        rows = registry.search_families(session, typed)
        assert [r.code for r in rows] == [family.code], typed
    assert registry.count_families(session, "aguas") == 2  # the community's name
    assert [r.code for r in registry.search_families(session, "di")] == [other.code]
    found = lookup.find(session, (lookup.FAMILY, lookup.PERSON), "nunez")
    assert [(m.kind, m.code) for m in found] == [("family", family.code),
                                                 ("person", "01234567")]
    assert lookup.by_code(session, lookup.FAMILY, family.code.lower()).id == family.id
    assert lookup.get(session, lookup.PERSON, family.head.id).name == "José Núñez Pérez"


def test_the_agreements_list_searches_filters_sorts_and_counts_alike(session, family,
                                                                     community):
    from datetime import date

    from desktop.services import agreements
    from desktop.services.agreements import AgreementFilter

    draft = agreements.create_agreement(session, family.id, {
        "start_date": "05/01/2026", "end_date": "04/01/2029"})
    for flt in (AgreementFilter(), AgreementFilter(query="nunez"),
                AgreementFilter(query=draft.number.lower()), AgreementFilter(status="draft"),
                AgreementFilter(community_id=community.id, query="jose")):
        for sort in ("number", "head", "last_visit"):
            rows = agreements.list_agreements(session, flt, sort=sort)
            assert [r.number for r in rows] == [draft.number], (flt, sort)
        assert agreements.count_agreements(session, flt) == 1
    assert agreements.list_agreements(session, AgreementFilter(query="zzz")) == []
    assert agreements.list_agreements(session, AgreementFilter(  # only signed ones end
        ending_within_days=5000, today=date(2026, 1, 1))) == []
    assert agreements.list_agreements(session)[0].start_date == date(2026, 1, 5)


def test_the_count_of_benefits_owed_and_a_walked_search_on_both_engines(session, family,
                                                                       monkeypatch):
    """count_benefits_owed's ordered subquery and the agreements search (walked on SQLite
    when a word is common; sets on PostgreSQL) give the same answers on both engines."""
    from datetime import date

    from desktop.services import agreements as ag
    from desktop.services import overview
    from desktop.services.agreements import listing

    from desktop.services import registry

    registry.add_plot(session, family.id, {"name": "Bosque", "area_ha": "4.5",
                                           "land_use": "forest"})
    draft = ag.create_agreement(session, family.id, {"start_date": "05/01/2026",
                                                     "end_date": "04/01/2029"})
    kits = ag.add_benefit(session, draft.id, {"kind": "school_kit", "quantity": "3"})
    ag.add_benefit(session, draft.id, {"kind": "cook_stove", "quantity": "1"})
    assert overview.count_benefits_owed(session) == 0  # a draft owes nothing
    ag.sign(session, draft.id, date(2026, 1, 5))
    ag.activate(session, draft.id)
    assert overview.count_benefits_owed(session) == 2
    ag.record_benefit_delivery(session, kits.id, {"delivered_on": date(2026, 2, 1),
                                                  "quantity": "3"})
    assert overview.count_benefits_owed(session) == 1
    monkeypatch.setattr(listing, "WALK_MIN_MATCHES", 0)  # every search would walk
    rows = ag.list_agreements(session, ag.AgreementFilter(query="nunez"))
    assert [r.number for r in rows] == [draft.number]
    assert ag.count_agreements(session, ag.AgreementFilter(query="nunez jose")) == 1


def test_the_families_list_sorts_and_pages_alike_and_a_word_naming_no_community(
        session, family, community):
    """Every sort column, both directions, a word that is a community's name, one that is in
    no community's name, and a page after the first: the same families in the same order on
    both engines (PostgreSQL looks the word's communities up first and sorts without a
    NULLS clause but for the agreement's status, whose NULLs come first as on SQLite)."""
    from desktop.services import agreements

    others = [registry.create_family(session, {"community_id": community.id},
                                     head(given_names=f"Rosa {n}", dni=f"7000000{n}"))
              for n in range(3)]
    agreements.create_agreement(session, others[0].id, {
        "start_date": "05/01/2026", "end_date": "04/01/2029"})
    codes = sorted([family.code, *(f.code for f in others)])
    assert [r.code for r in registry.search_families(session, "")] == codes
    assert [r.code for r in registry.search_families(session, "", offset=2)] == codes[2:]
    assert [r.code for r in registry.search_families(session, "aguas")] == codes
    assert [r.code for r in registry.search_families(session, "rosa")] == codes[1:]
    assert registry.count_families(session, "rosa aguas") == 3
    by_status = registry.search_families(session, "", sort="agreement_status")
    assert by_status[0].agreement_status is None and by_status[-1].agreement_status == "draft"
    by_status = registry.search_families(session, "", sort="agreement_status", descending=True)
    assert by_status[0].agreement_status == "draft" and by_status[-1].agreement_status is None
    for sort in ("code", "head", "community", "members", "inside_forest"):
        for descending in (False, True):
            rows = registry.search_families(session, "", sort=sort, descending=descending)
            assert sorted(r.code for r in rows) == codes, sort
