"""The sign-in sheet's data."""

from desktop.services import training


def test_sheet_lists_the_adults_of_the_community_by_surname(session, programme):
    data = training.sheet_data(session, programme.sessions["feb"].id)
    assert [p.name for p in data.people] == [
        "Pedro Huamán Quispe", "José Núñez Pérez", "Juan Quispe Tuesta", "María Tuesta Ríos",
        "Rosa Vásquez Cóndor"]  # Lucía is 12: not an adult
    assert data.community == "Aguas Claras" and data.facilitator == "Ing. Ana Salazar"
