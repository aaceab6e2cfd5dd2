"""Attendance: nobody twice, all or nothing, guests, age bands, held sessions only."""

from datetime import date, timedelta

import pytest

from desktop.services import training
from desktop.services.errors import NotFound, ValidationError


def errors_of(excinfo):
    return {e.field: e.text("en") for e in excinfo.value.errors}


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
