"""Members to tick on a session's list (a name or DNI is found by the one lookup service)."""

from desktop.services import training


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
