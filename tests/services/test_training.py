"""Training sessions, attendance and the programme's figures, on a hand-checked example."""

import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.db.agreement import Agreement
from desktop.db.community import Community
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.training import TrainingSession
from desktop.services import registry, training
from desktop.services.database import open_database
from desktop.services.errors import NotFound, ValidationError
from tests.conftest import head


def errors_of(excinfo):
    return {e.field: e.text("en") for e in excinfo.value.errors}


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


# --- the figures, checked by hand ----------------------------------------------------------

def test_women_share_is_on_unique_people_not_on_participations(session, programme):
    figures = training.training_figures(session, date(2025, 1, 1), date(2025, 12, 31))
    assert figures.sessions == 3
    assert figures.participations == 10  # 4 + 4 + 2
    # José, Pedro, Juan, María, Rosa, and the two unregistered pupils
    assert figures.unique_participants == 7
    assert figures.unique_women == 3  # María, Rosa, Ana
    assert figures.women_share == Decimal("42.9")  # 3 / 7
    # On participations it would be 3 / 10 = 30.0 %: not what the programme reports.
    assert figures.total.women_share_of_participations == Decimal("30.0")
    assert figures.school_sessions == 1
    assert figures.school_participants == 2


def test_figures_by_kind_and_by_month(session, programme):
    figures = training.training_figures(session, date(2025, 1, 1), date(2025, 12, 31))
    by_kind = {g.key: g for g in figures.by_kind}
    assert list(by_kind) == ["coffee", "school"]  # the labels' order, only kinds held
    coffee = by_kind["coffee"]
    assert (coffee.sessions, coffee.participations, coffee.unique_participants,
            coffee.unique_women) == (2, 8, 5, 2)
    assert coffee.women_share == Decimal("40.0")
    assert by_kind["school"].women_share == Decimal("50.0")
    months = [(g.key, g.sessions, g.participations, g.unique_participants, g.women_share)
              for g in figures.by_period]
    assert months == [(date(2025, 1, 1), 1, 4, 4, Decimal("25.0")),
                      (date(2025, 2, 1), 1, 4, 4, Decimal("25.0")),
                      (date(2025, 3, 1), 1, 2, 2, Decimal("50.0"))]
    assert training.period_title(date(2025, 3, 1), "month", "es") == "marzo de 2025"
    assert training.period_title(date(2025, 3, 1), "month", "en") == "March 2025"


def test_figures_over_all_time_and_by_year(session, programme):
    figures = training.training_figures(session, period="year")
    assert (figures.sessions, figures.participations, figures.unique_participants) == (4, 12, 7)
    assert figures.women_share == Decimal("42.9")  # José and María already counted
    assert figures.total.women_share_of_participations == Decimal("33.3")  # 4 / 12
    assert [(g.key.year, g.sessions, g.unique_participants) for g in figures.by_period] == [
        (2024, 1, 2), (2025, 3, 7)]
    as_dict = figures.as_dict()
    assert as_dict["unique_participants"] == 7 and as_dict["women_share"] == Decimal("42.9")
    assert as_dict["by_kind"][0]["key"] == "coffee"


def test_figures_leave_out_deleted_and_planned_sessions_and_removed_lines(session, programme):
    training.delete_session(session, programme.sessions["mar"].id)
    planned = training.save_session(session, {
        "topic": "Compost", "kind": "coffee", "community_id": programme.community.id,
        "held_on": date.today() + timedelta(days=10)})
    rows = training.list_attendance(session, programme.sessions["feb"].id)
    rosa = next(r for r in rows if r.name.startswith("Rosa"))
    training.remove_attendance(session, rosa.id)
    figures = training.training_figures(session, date(2025, 1, 1))
    assert (figures.sessions, figures.participations, figures.unique_participants,
            figures.unique_women) == (2, 7, 4, 1)
    assert figures.school_sessions == 0
    assert planned.id not in {r.id for r in training.search_sessions(session, kind="school")}
    training.restore_session(session, programme.sessions["mar"].id)
    assert training.training_figures(session, date(2025, 1, 1)).participations == 9


def test_no_participants_gives_no_share(session):
    figures = training.training_figures(session)
    assert figures.sessions == 0 and figures.women_share is None
    assert figures.by_kind == [] and figures.by_period == []


def test_family_training_counts_shows_who_is_falling_behind(session, programme):
    counts = training.family_training_counts(session, 2025)
    assert [(c.code, c.trainings, c.participations, c.members_attending) for c in counts] == [
        (programme.families["f4"].code, 0, 0, 0),  # Inés: no training yet, first
        (programme.families["f2"].code, 2, 3, 2),  # Pedro x2 + Rosa, two sessions
        (programme.families["f1"].code, 2, 3, 2),  # José x2 + María
    ]  # F3 has only a draft agreement
    assert counts[0].head == "Inés Peña Soto" and counts[0].community == "San Andrés"
    last_year = {c.code: c.trainings for c in training.family_training_counts(session, 2024)}
    assert last_year == {programme.families["f1"].code: 1, programme.families["f2"].code: 0,
                         programme.families["f4"].code: 0}
    only_here = training.family_training_counts(session, 2025, programme.other.id)
    assert [c.code for c in only_here] == [programme.families["f4"].code]


# --- attendance ------------------------------------------------------------------------------

def test_the_same_person_cannot_be_marked_twice(session, programme):
    jan = programme.sessions["jan"]
    with pytest.raises(ValidationError) as excinfo:
        training.add_member(session, jan.id, programme.people["jose"].id)
    assert errors_of(excinfo)["person"] == (
        "José Núñez Pérez is already on the attendance list of this session.")
    assert len(training.list_attendance(session, jan.id)) == 4


def test_adding_several_is_all_or_nothing(session, programme):
    jan, p = programme.sessions["jan"], programme.people
    with pytest.raises(ValidationError) as excinfo:
        training.add_members(session, jan.id, [p["rosa"].id, p["maria"].id])
    assert "María Tuesta Ríos" in excinfo.value.text("en")
    assert len(training.list_attendance(session, jan.id)) == 4  # Rosa not added either
    with pytest.raises(ValidationError):
        training.add_members(session, jan.id, [p["rosa"].id, p["rosa"].id])


def test_a_removed_line_can_be_recorded_again(session, programme):
    jan = programme.sessions["jan"]
    jose = next(r for r in training.list_attendance(session, jan.id) if r.name.startswith("José"))
    training.remove_attendance(session, jose.id)
    again = training.add_member(session, jan.id, programme.people["jose"].id)
    assert again.age_band == "adult"
    with pytest.raises(NotFound):
        training.remove_attendance(session, jose.id)


def test_attendance_list_shows_members_and_unregistered(session, programme):
    rows = training.list_attendance(session, programme.sessions["jan"].id)
    assert [(r.number, r.name, r.dni, r.sex, r.registered) for r in rows] == [
        (1, "José Núñez Pérez", "01234567", "M", True),
        (2, "Pedro Huamán Quispe", "22222222", "M", True),
        (3, "Juan Quispe Tuesta", "44444444", "M", True),
        (4, "María Tuesta Ríos", "11111111", "F", True)]
    assert rows[0].family_code == programme.families["f1"].code
    school = training.list_attendance(session, programme.sessions["mar"].id)
    assert [(r.name, r.sex, r.age_band, r.registered, r.dni) for r in school] == [
        ("Ana Ríos", "F", "child", False, ""), ("Luis Soto", "M", "youth", False, "")]


def test_unregistered_participants_need_name_sex_and_age_band(session, programme):
    mar = programme.sessions["mar"]
    with pytest.raises(ValidationError) as excinfo:
        training.add_guest(session, mar.id, {"name": " ", "sex": "X"})
    assert set(errors_of(excinfo)) == {"name", "sex", "age_band"}
    with pytest.raises(ValidationError) as excinfo:
        training.add_guest(session, mar.id, {"name": "ana  RIOS", "sex": "F",
                                             "age_band": "child"})
    assert errors_of(excinfo)["name"] == (
        "Ana Ríos is already on the attendance list of this session.")
    training.add_guest(session, mar.id, {"name": "Ana Ríos Soto", "sex": "Female",
                                         "age_band": "12 a 17"})
    assert training.training_figures(session).school_participants == 3


def test_age_band_of_a_member_on_the_session_date(session, programme):
    mar = programme.sessions["mar"]
    row = training.add_member(session, mar.id, programme.people["lucia"].id)
    assert row.age_band == "youth"  # born 2012-04-04: 12 on 2025-03-10
    assert training.age_band(date(2012, 4, 4), date(2024, 4, 3)) == "child"
    assert training.age_band(date(2012, 4, 4), date(2024, 4, 4)) == "youth"
    assert training.age_band(date(1960, 1, 1), date(2025, 1, 1)) == "elder"
    assert training.age_band(None, date(2025, 1, 1)) is None


def test_attendance_waits_until_the_session_is_held(session, programme):
    planned = training.save_session(session, {
        "topic": "Compost", "kind": "coffee", "community_id": programme.community.id,
        "held_on": date.today() + timedelta(days=3)})
    with pytest.raises(ValidationError) as excinfo:
        training.add_member(session, planned.id, programme.people["jose"].id)
    assert "planned for a later date" in excinfo.value.text("en")


# --- sessions --------------------------------------------------------------------------------

def test_session_validation(session, community):
    with pytest.raises(ValidationError) as excinfo:
        training.save_session(session, {"topic": "", "kind": "cooking", "held_on": "31/02/2025",
                                        "hours": "-1"})
    errors = errors_of(excinfo)
    assert set(errors) == {"topic", "kind", "held_on", "hours", "place"}
    assert errors["topic"] == "Topic is required."
    assert errors["place"] == "Give the community or the place of the session."
    with pytest.raises(ValidationError) as excinfo:
        training.save_session(session, {"topic": "x", "kind": "coffee", "held_on": "1999-12-31",
                                        "place": "Rioja", "hours": "250"})
    assert set(errors_of(excinfo)) == {"held_on", "hours"}
    assert training.count_sessions(session) == 0


def test_session_saved_with_labels_in_either_language(session, community):
    saved = training.save_session(session, {
        "topic": "Café de calidad", "kind": "Producción sostenible de café",
        "held_on": "15/01/2025", "community_id": community.id, "hours": "2,5"})
    assert (saved.kind, saved.held_on, saved.hours) == ("coffee", date(2025, 1, 15),
                                                        Decimal("2.50"))
    changed = training.save_session(session, {"place": "Local comunal"}, saved.id)
    assert changed.topic == "Café de calidad" and changed.place == "Local comunal"
    assert training.save_session(session, {"community_id": None}, saved.id).community_id is None
    with pytest.raises(ValidationError) as excinfo:  # neither community nor place
        training.save_session(session, {"place": "  "}, saved.id)
    assert set(errors_of(excinfo)) == {"place"}
    assert training.get_session(session, saved.id).place == "Local comunal"


def test_search_sessions_by_words_kind_community_and_period(session, programme):
    found = training.search_sessions(session, "ROYA")
    assert [r.topic for r in found] == ["Manejo de la roya"]
    assert [r.topic for r in training.search_sessions(session, "renovacion salazar")] == [
        "Poda y renovación del cafetal"]
    assert training.count_sessions(session, "aguas") == 4  # the community's name
    assert training.count_sessions(session, kind="coffee") == 2
    assert training.count_sessions(session, community_id=programme.other.id) == 0
    assert training.count_sessions(session, date_from=date(2025, 2, 1),
                                   date_to=date(2025, 12, 31)) == 2
    rows = training.search_sessions(session)
    assert [r.held_on for r in rows] == sorted((r.held_on for r in rows), reverse=True)
    jan = next(r for r in rows if r.id == programme.sessions["jan"].id)
    assert (jan.participants, jan.women, jan.community, jan.hours) == (
        4, 1, "Aguas Claras", Decimal("3.00"))
    by_people = training.search_sessions(session, sort="participants", descending=False)
    assert by_people[0].participants == 2


def test_find_session_by_id_or_its_start(session, programme):
    jan = programme.sessions["jan"]
    assert training.find_session(session, jan.id).id == jan.id
    assert training.find_session(session, training.short_id(jan.id).upper()).id == jan.id
    with pytest.raises(NotFound):
        training.find_session(session, "nope")
    training.delete_session(session, jan.id)
    with pytest.raises(NotFound):
        training.find_session(session, jan.id)


# --- finding members to mark -------------------------------------------------------------------

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


def test_sheet_lists_the_adults_of_the_community_by_surname(session, programme):
    data = training.sheet_data(session, programme.sessions["feb"].id)
    assert [p.name for p in data.people] == [
        "Pedro Huamán Quispe", "José Núñez Pérez", "Juan Quispe Tuesta", "María Tuesta Ríos",
        "Rosa Vásquez Cóndor"]  # Lucía is 12: not an adult
    assert data.community == "Aguas Claras" and data.facilitator == "Ing. Ana Salazar"
