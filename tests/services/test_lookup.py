"""Finding one record as the user types: every kind, by name, DNI or code, accents ignored."""

from datetime import date

from desktop.services import agreements, lookup, registry
from tests.services.cooperative.builders import make_cooperative, make_member, make_plot


def test_every_kind_is_found_by_a_name_with_its_community(session, family):
    plot = make_plot(session, family)
    coop = make_cooperative(session)
    member = make_member(session, coop, family)
    agreement = agreements.create_agreement(session, family.id, {
        "start_date": date(2026, 1, 1), "end_date": date(2027, 1, 1)})
    expected = {lookup.FAMILY: family.id, lookup.PERSON: family.head.id,
                lookup.MEMBER: member.id, lookup.PLOT: plot.id,
                lookup.AGREEMENT: agreement.id}
    for kind, record_id in expected.items():
        found = lookup.find(session, kind, "nunez perez", cooperative_id=coop.id)
        assert [m.id for m in found] == [record_id], kind
        assert found[0].community == "Aguas Claras"
        assert lookup.get(session, kind, record_id) == found[0]
    assert lookup.by_code(session, lookup.AGREEMENT, agreement.number.lower()).id == agreement.id
    assert lookup.by_code(session, lookup.MEMBER, member.member_code).id == member.id
    assert lookup.find(session, lookup.PERSON, "01234567")[0].name == "José Núñez Pérez"


def test_an_exact_code_comes_first_and_text_is_never_code(session, community):
    families = [registry.create_family(session, {"community_id": community.id}, {
        "given_names": "Ana", "paternal_surname": f"Ríos{i}", "sex": "F"}) for i in range(3)]
    assert [m.code for m in lookup.find(session, lookup.FAMILY, families[2].code)] == \
        [families[2].code]
    assert lookup.find(session, lookup.FAMILY, "ana", limit=2)[0].code == families[0].code
    for nasty in ('"', "' OR 1=1 --", "%", "_", "\x00", "ríos*", "NEAR(a b)", ""):
        lookup.find(session, lookup.KINDS, nasty)  # no error: quoted before FTS5 and LIKE
    assert lookup.find(session, lookup.FAMILY, "   ") == []
    registry.delete_family(session, families[0].id)
    assert families[0].code not in [m.code for m in lookup.find(session, lookup.FAMILY, "ana")]


def test_within_one_family_records_are_found_by_their_own_text(session, family, community):
    """Scoped to a family (a signatory, the plot of a delivery), an empty query lists its
    records and the words typed are looked for in each record's own name, DNI or number."""
    for name in ("Bajo", "Alto Perú", "Ñuñuma"):
        make_plot(session, family, name)
    stranger = registry.create_family(session, {"community_id": community.id}, {
        "given_names": "Alto", "paternal_surname": "Quispe", "sex": "M"})
    make_plot(session, stranger, "Alto del vecino")
    spouse = registry.add_member(session, family.id, {
        "given_names": "María", "paternal_surname": "Ríos", "sex": "F", "relation": "spouse",
        "dni": "87654321"})
    agreement = agreements.create_agreement(session, family.id, {
        "start_date": date(2026, 1, 1), "end_date": date(2027, 1, 1)})

    def names(kind, query):
        return [m.name or m.code for m in lookup.find(session, kind, query, family_id=family.id)]

    assert names(lookup.PLOT, "") == ["Alto Perú", "Bajo", "Ñuñuma"]
    assert names(lookup.PLOT, "alto peru") == ["Alto Perú"]
    assert names(lookup.PLOT, "NUNUMA") == ["Ñuñuma"]
    assert names(lookup.PLOT, "vecino") == []
    assert names(lookup.PERSON, "") == ["José Núñez Pérez", "María Ríos"]
    assert names(lookup.PERSON, "rios") == names(lookup.PERSON, "8765") == ["María Ríos"]
    assert names(lookup.AGREEMENT, "") == [agreement.number]
    assert lookup.find(session, lookup.PLOT, "", family_id=family.id)[0].community == \
        "Aguas Claras"
    assert lookup.lists_all(lookup.PLOT, family.id) and not lookup.lists_all(lookup.PLOT, None)
    assert not lookup.lists_all((lookup.FAMILY, lookup.PLOT), family.id)
    assert lookup.find(session, lookup.PLOT, "") == []  # unscoped: nothing before typing
    assert lookup.get(session, lookup.PERSON, spouse.id).name == "María Ríos"
