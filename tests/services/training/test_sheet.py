"""The sign-in sheet's data."""

from desktop.services import training


def test_sheet_lists_the_members_on_the_sessions_list_by_surname(session, programme):
    data = training.sheet_data(session, programme.sessions["feb"].id)
    assert [p.name for p in data.people] == [
        "Pedro Huamán Quispe", "José Núñez Pérez", "Juan Quispe Tuesta", "Rosa Vásquez Cóndor"]
    assert data.community == "Aguas Claras" and data.facilitator == "Ing. Ana Salazar"


def test_families_named_give_their_adults(session, programme):
    f1, f2 = programme.families["f1"], programme.families["f2"]
    data = training.sheet_data(session, programme.sessions["feb"].id, [f1.id, f2.id])
    assert [p.name for p in data.people] == [
        "Pedro Huamán Quispe", "José Núñez Pérez", "María Tuesta Ríos",
        "Rosa Vásquez Cóndor"]  # Lucía is 12: not an adult
    assert training.sheet_data(session, programme.sessions["feb"].id, []).people == []
