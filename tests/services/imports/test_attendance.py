"""Importing attendance: sessions grouped, members linked, no one added twice."""

from datetime import date

from sqlalchemy import select

from desktop.db.training import TrainingSession
from desktop.services.imports import import_file
from tests.services.imports.helpers import (
    all_rows_accounted,
    counts,
    write_csv,
)

ATTENDANCE = ("fecha,tema,tipo,comunidad,dni,nombres,apellidos,sexo\n"
              "15/01/2025,Poda de café,café sostenible,Aguas Claras,1234567,,,\n"
              "15/01/2025,Poda de café,café sostenible,aguas claras,,Luis,Rojas,M\n"
              "15/01/2025,poda de cafe,Café sostenible,Aguas Claras,44444444,Ana,Ruiz,Mujer\n"
              "16/01/2025,Ahorro,habilidades financieras,Nueva Esperanza,,Eva,Paz,F\n")


def test_attendance_groups_sessions_links_members_and_does_not_duplicate(database, family,
                                                                          tmp_path):
    path = write_csv(tmp_path / "asistencia.csv", ATTENDANCE)
    result = import_file(database, "attendance", path)
    assert result.ok, [e.line("en") for e in result.errors]
    assert result.counts()["training_session"]["create"] == 2
    with database.session() as s:
        session = s.scalar(select(TrainingSession).where(TrainingSession.topic == "Poda de café"))
        assert session.kind == "coffee" and session.community.name == "Aguas Claras"
        lines = sorted(session.attendance, key=lambda a: a.created_at)
        assert [(a.name, a.sex, a.person_id is not None) for a in lines] == [
            ("José Núñez Pérez", "M", True), ("Luis Rojas", "M", False),
            ("Ana Ruiz", "F", False)]
    assert any("No member has DNI 44444444" in w.line("en") for w in result.warnings)
    before = counts(database)
    again = import_file(database, "attendance", path)
    assert again.ok and counts(database) == before
    assert again.counts()["attendance"] == {"create": 0, "update": 0, "unchanged": 4}


def test_attendance_errors(database, family, tmp_path):
    future = date.today().replace(year=date.today().year + 1).strftime("%d/%m/%Y")
    path = write_csv(tmp_path / "a.csv",
                     "fecha,tema,tipo,comunidad,dni,nombres,apellidos,sexo\n"
                     f"{future},Plan,escolar,Aguas Claras,,Eva,Paz,F\n"
                     "15/01/2025,Poda,café sostenible,Aguas Claras,,Luis,Rojas,\n"
                     "15/01/2025,Poda,café sostenible,Aguas Claras,01234567,,,\n"
                     "15/01/2025,Poda,café sostenible,Aguas Claras,01234567,,,\n"
                     "15/01/2025,Poda,baile,Aguas Claras,,Ana,Ruiz,F\n")
    result = import_file(database, "attendance", path)
    reasons = {(e.row, e.column): e.reason("en") for e in result.errors}
    assert reasons[(2, "fecha")].startswith("This session is planned for a later date")
    assert reasons[(3, "sexo")] == "Sex is required."
    assert reasons[(5, "dni")].startswith("José Núñez Pérez appears twice for this session")
    assert reasons[(6, "tipo")].startswith("“baile” is not a valid Kind of training")
    all_rows_accounted(result)
    assert counts(database)["TrainingSession"] == 0
