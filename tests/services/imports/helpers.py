"""Spreadsheets to import and counts to compare, shared by the import tests."""

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from desktop.db.agreement import Agreement
from desktop.db.community import Community
from desktop.db.cooperative import Cooperative, Delivery, Membership
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.db.plot import Plot
from desktop.db.training import Attendance, TrainingSession

MODELS = (Community, Family, Person, Plot, Agreement, TrainingSession, Attendance, Cooperative,
          Membership, Delivery)


def counts(database) -> dict:
    with database.session() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) for m in MODELS}


def write_xlsx(path: Path, rows, title="Hoja1", more: dict | None = None) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title
    for row in rows:
        ws.append(row)
    for name, extra in (more or {}).items():
        sheet = wb.create_sheet(name)
        for row in extra:
            sheet.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, text: str, encoding="utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def persons(database) -> dict:
    with database.session() as s:
        return {p.dni or p.given_names: p for p in s.scalars(
            select(Person).where(Person.deleted_at.is_(None)).options(
                selectinload(Person.family).selectinload(Family.community)))}


def all_rows_accounted(result) -> None:
    """Every data row is either imported (created, updated, unchanged) or reported."""
    assert result.unaccounted_rows() == []


FAMILIES_ES = [
    ["Padrón de familias — sector Aguas Claras"],  # a title: the header is not the first row
    [],
    ["  Código de Familia ", "COMUNIDAD", "nombres", "Apellidos", "D.N.I.",
     "Sexo", "fecha_nacimiento", "PARENTESCO", "dentro_bosque", "Teléfono"],
    ["AC-01", "Aguas Claras", "José", "Núñez Pérez", 1234567, "Masculino",
     datetime(1980, 5, 4), "Jefe de familia", "Sí", "987 654 321"],
    ["AC-01", "Aguas Claras ", " María ", "Tuesta Rojas", None, "Mujer", "02/01/1982",
     "esposa", None, None],
    ["AC-01", "aguas claras", "Luis", "Núñez Tuesta", "71234567", "H", "2010-07-15",
     "hijo", None, None],
    ["AC-02", "San Andrés", "Rosa", "De la Cruz Vásquez", "87654321", "F", "1990-03-03",
     "jefa", "no", None],
    [None] * 10,  # empty rows at the end
    [],
]

