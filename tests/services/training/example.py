"""The hand-checked training example (four families, four sessions) and its fixtures,
built once per test module and copied into each test's database."""

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.db.agreement import Agreement
from desktop.db.community import Community
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.training import TrainingSession
from desktop.services import registry, training
from desktop.services.database import open_database
from tests.conftest import head


@dataclass
class Programme:
    """The hand-checked example (see `programme`)."""

    community: object
    other: object
    families: dict
    people: dict
    sessions: dict


def member(session, family, given, paternal, maternal, sex, dni, born, relation):
    return registry.add_member(session, family.id, {
        "given_names": given, "paternal_surname": paternal, "maternal_surname": maternal,
        "sex": sex, "dni": dni, "birth_date": born, "relation": relation})


def build_programme(session, community) -> Programme:
    """Four families, four sessions.

    Aguas Claras: F1 José Núñez Pérez (M) + María Tuesta Ríos (F) + Lucía (F, born 2012);
    F2 Pedro Huamán Quispe (M) + Rosa Vásquez Cóndor (F); F3 Juan Quispe Tuesta (M, draft
    agreement). San Andrés: F4 Inés Peña Soto (F). Agreements active: F1, F2, F4.

    2025-01-15 coffee:  José, Pedro, Juan, María           (4)
    2025-02-20 coffee:  José, Pedro, Juan, Rosa            (4)
    2025-03-10 school:  Ana Ríos (F), Luis Soto (M), unregistered   (2)
    2024-11-05 finance: José, María                        (2, the year before)
    """
    other = registry.save_community(session, {"name": "San Andrés", "zone": "buffer"})
    f1 = registry.create_family(session, {"community_id": community.id}, head())
    f2 = registry.create_family(session, {"community_id": community.id}, head(
        given_names="Pedro", paternal_surname="Huamán", maternal_surname="Quispe",
        dni="22222222", birth_date="1975-02-01"))
    f3 = registry.create_family(session, {"community_id": community.id}, head(
        given_names="Juan", paternal_surname="Quispe", maternal_surname="Tuesta",
        dni="44444444", birth_date="1990-07-07"))
    f4 = registry.create_family(session, {"community_id": other.id}, head(
        given_names="Inés", paternal_surname="Peña", maternal_surname="Soto", sex="F",
        dni="55555555", birth_date="1970-03-03"))
    people = {
        "jose": f1.head, "pedro": f2.head, "juan": f3.head, "ines": f4.head,
        "maria": member(session, f1, "María", "Tuesta", "Ríos", "F", "11111111",
                        "1983-09-09", "spouse"),
        "lucia": member(session, f1, "Lucía", "Núñez", "Tuesta", "F", "", "2012-04-04",
                        "child"),
        "rosa": member(session, f2, "Rosa", "Vásquez", "Cóndor", "F", "33333333",
                       "1979-12-12", "spouse"),
    }
    for number, (family, status) in enumerate(((f1, "active"), (f2, "active"),
                                               (f3, "draft"), (f4, "active"))):
        session.add(Agreement(number=f"AC-{number:03d}", family_id=family.id, status=status))
    session.commit()

    def new(kind, held_on, topic, **extra):
        return training.save_session(session, {
            "topic": topic, "kind": kind, "held_on": held_on,
            "community_id": community.id, "facilitator": "Ing. Ana Salazar", "hours": "3",
            **extra})

    sessions = {
        "jan": new("coffee", "2025-01-15", "Poda y renovación del cafetal"),
        "feb": new("coffee", "2025-02-20", "Manejo de la roya"),
        "mar": new("school", "2025-03-10", "El bosque y el agua",
                   place="I.E. N° 00123 Aguas Claras", hours="1.5"),
        "nov": new("finance", "2024-11-05", "Ahorro familiar"),
    }
    p = people
    training.add_members(session, sessions["jan"].id,
                         [p["jose"].id, p["pedro"].id, p["juan"].id, p["maria"].id])
    training.add_members(session, sessions["feb"].id,
                         [p["jose"].id, p["pedro"].id, p["juan"].id, p["rosa"].id])
    training.add_guest(session, sessions["mar"].id,
                       {"name": "Ana Ríos", "sex": "F", "age_band": "child"})
    training.add_guest(session, sessions["mar"].id,
                       {"name": "Luis Soto", "sex": "M", "age_band": "youth"})
    training.add_members(session, sessions["nov"].id, [p["jose"].id, p["maria"].id])
    families = {"f1": f1, "f2": f2, "f3": f3, "f4": f4}
    return Programme(community, other, families, people, sessions)


def load_programme(session, ids: dict) -> Programme:
    """The example's objects, read in `session` by the ids kept when it was built."""
    return Programme(
        session.get(Community, ids["community"]), session.get(Community, ids["other"]),
        {k: session.get(Family, v) for k, v in ids["families"].items()},
        {k: session.get(Person, v) for k, v in ids["people"].items()},
        {k: session.get(TrainingSession, v) for k, v in ids["sessions"].items()})


@pytest.fixture(scope="module")
def programme_template(tmp_path_factory):
    """The example built once per module; each test gets a copy of the file (fast)."""
    folder = tmp_path_factory.mktemp("programme")
    template = open_database(folder / "template.sqlite", backup_dir=folder / "backups")
    try:
        with template.session() as session:
            community = registry.save_community(session, {
                "name": "Aguas Claras", "district": "Pardo Miguel", "province": "Rioja",
                "zone": "inside"})
            built = build_programme(session, community)
            ids = {"community": built.community.id, "other": built.other.id,
                   **{key: {k: v.id for k, v in getattr(built, key).items()}
                      for key in ("families", "people", "sessions")}}
    finally:
        template.close()
    return folder / "template.sqlite", ids


@pytest.fixture
def database(request, tmp_path, programme_template):
    """conftest's fresh database, or a copy of the example when the test asks for `programme`."""
    target = tmp_path / "office.sqlite"
    if "programme" in request.fixturenames:
        for suffix in ("", "-wal"):
            source = Path(str(programme_template[0]) + suffix)
            if source.exists():
                shutil.copyfile(source, str(target) + suffix)
    db = open_database(target, backup_dir=tmp_path / "backups")
    yield db
    db.close()


@pytest.fixture
def programme(session, programme_template):
    return load_programme(session, programme_template[1])
