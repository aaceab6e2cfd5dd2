"""Finding members to mark present."""

from desktop.services import training


def test_find_members_by_part_of_name_or_dni(session, programme):
    jan = programme.sessions["jan"]
    found = training.find_members(session, "nunez", jan.id)
    assert [m.name for m in found] == ["José Núñez Pérez", "Lucía Núñez Tuesta"]
    assert [m.present for m in found] == [True, False]
    assert [m.name for m in training.find_members(session, "3333")] == ["Rosa Vásquez Cóndor"]
    assert [m.name for m in training.find_members(session, "ros vasq")] == [
        "Rosa Vásquez Cóndor"]
    assert training.find_members(session, "  ") == []
    # the session's own community first
    assert training.find_members(session, "e", jan.id, limit=50)[-1].name == "Inés Peña Soto"


def test_community_members_grouped_by_family(session, programme):
    groups = training.community_members(session, programme.community.id,
                                        session_id=programme.sessions["jan"].id)
    assert [(g.head, [m.name for m in g.members]) for g in groups] == [
        ("Pedro Huamán Quispe", ["Pedro Huamán Quispe", "Rosa Vásquez Cóndor"]),
        ("José Núñez Pérez", ["José Núñez Pérez", "María Tuesta Ríos", "Lucía Núñez Tuesta"]),
        ("Juan Quispe Tuesta", ["Juan Quispe Tuesta"])]
    assert [m.present for m in groups[0].members] == [True, False]
    one = training.community_members(session, family_id=programme.families["f4"].id)
    assert [m.name for g in one for m in g.members] == ["Inés Peña Soto"]
    assert training.community_members(session) == []
