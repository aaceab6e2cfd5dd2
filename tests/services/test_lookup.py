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
