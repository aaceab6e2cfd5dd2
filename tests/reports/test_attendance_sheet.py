"""The printed sign-in sheet, read back from the PDF."""

import re

import pytest
from pypdf import PdfReader

from desktop.reports.attendance_sheet import (
    BLANK_LINES_ALONE, build_attendance_sheet, write_attendance_sheet,
)
from desktop.services import registry, training
from desktop.services.errors import NotFound
# The example of tests/services/test_training.py, copied from a file built once per module.
from tests.services.training.example import database, programme, programme_template  # noqa: F401


def read(path):
    reader = PdfReader(str(path))
    return reader, [page.extract_text() for page in reader.pages]


def test_english_sheet_has_the_header_and_the_members_on_the_sessions_list(session, programme,
                                                                          tmp_path):
    feb = programme.sessions["feb"]
    out = write_attendance_sheet(session, feb.id, tmp_path / "sheet.pdf", "en")
    reader, pages = read(out)
    assert len(pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4
    text = pages[0]
    for expected in ("Attendance sheet", "Manejo de la roya", "Sustainable coffee production",
                     "Thursday, February 20, 2025", "Aguas Claras", "Ing. Ana Salazar",
                     "Signature or thumbprint", "Facilitator's signature", "Page 1 of 1",
                     training.short_id(feb.id)):
        assert expected in text, expected
    names = ["Pedro Huamán Quispe", "José Núñez Pérez", "Juan Quispe Tuesta",
             "Rosa Vásquez Cóndor"]
    positions = [text.index(name) for name in names]
    assert positions == sorted(positions)  # by surname
    assert "María" not in text  # in a family on the list, but not on it herself
    assert "Inés" not in text  # another community
    assert re.search(r"Pedro Huamán Quispe\s*22222222\s*F-000002", text)
    # then empty numbered lines for the others, numbering on from the members
    assert "Other participants (not on the list above)" in text
    assert re.search(r"\b5\s+6\s+7\b", text)


def test_spanish_sheet_with_accents(session, programme, tmp_path):
    out = write_attendance_sheet(session, programme.sessions["feb"].id, tmp_path / "hoja.pdf",
                                 "es")
    _, pages = read(out)
    text = pages[0]
    assert "Producción sostenible de café" in text  # the domain label in Spanish
    assert "jueves, 20 de febrero de 2025" in text
    assert "Rosa Vásquez Cóndor" in text and "José Núñez Pérez" in text


def test_school_session_without_community_is_all_empty_lines(session, programme, tmp_path):
    school = training.save_session(session, {
        "topic": "El bosque y el agua", "kind": "school", "held_on": "2025-05-05",
        "place": "I.E. N° 00123 Ñuñunga", "facilitator": "Prof. Iñigo Ruiz"})
    _, pages = read(write_attendance_sheet(session, school.id, tmp_path / "school.pdf", "en"))
    text = "\n".join(pages)
    assert "I.E. N° 00123 Ñuñunga" in text and "Prof. Iñigo Ruiz" in text
    assert "Registered members" not in text
    assert "Participants" in text
    numbers = {int(n) for n in re.findall(r"^\s*(\d+)\s*$", text, re.M)}
    assert set(range(1, BLANK_LINES_ALONE + 1)) <= numbers
    assert len(pages) == 1


def test_exact_number_of_empty_lines(session, programme, tmp_path):
    data = training.sheet_data(session, programme.sessions["jan"].id)
    _, pages = read(build_attendance_sheet(data, tmp_path / "s.pdf", "en", blank_lines=3))
    numbers = [int(n) for n in re.findall(r"^\s*(\d{1,3})\s*$", pages[0], re.M)]
    assert max(numbers) == 4 + 3  # José, Pedro, Juan, María, then 3 lines
    _, pages = read(build_attendance_sheet(data, tmp_path / "s.pdf", "en", blank_lines=0))
    assert "Other participants" not in pages[0]


def test_only_the_invited_families_are_listed_not_the_whole_community(session, programme,
                                                                     tmp_path):
    registry.create_family(session, {"community_id": programme.community.id}, {
        "given_names": "Ñusta", "paternal_surname": "Cóndor", "sex": "F", "dni": "70000001"})
    _, pages = read(write_attendance_sheet(session, programme.sessions["feb"].id,
                                           tmp_path / "feb.pdf", "en"))
    assert "Ñusta" not in pages[0] and "Rosa Vásquez Cóndor" in pages[0]
    chosen = [programme.families["f4"].id]
    _, pages = read(write_attendance_sheet(session, programme.sessions["feb"].id,
                                           tmp_path / "f4.pdf", "en", family_ids=chosen))
    assert "Inés Peña Soto" in pages[0] and "Rosa" not in pages[0]
    chosen = [programme.families["f1"].id]
    _, pages = read(write_attendance_sheet(session, programme.sessions["feb"].id,
                                           tmp_path / "f1.pdf", "en", family_ids=chosen))
    assert "María Tuesta Ríos" in pages[0] and "José Núñez Pérez" in pages[0]
    assert "Lucía" not in pages[0]  # 12 years old: not on an adults' list


def test_many_invited_families_run_over_several_pages(session, programme, tmp_path):
    chosen = [registry.create_family(session, {"community_id": programme.community.id}, {
        "given_names": "Ñusta", "paternal_surname": f"Cóndor{i:02d}", "sex": "F",
        "dni": f"7{i:07d}"}).id for i in range(40)]
    _, pages = read(write_attendance_sheet(session, programme.sessions["jan"].id,
                                           tmp_path / "big.pdf", "en", family_ids=chosen))
    assert len(pages) >= 2
    text = "\n".join(pages)
    assert all(f"Ñusta Cóndor{i:02d}" in text for i in range(40))
    assert f"Page 1 of {len(pages)}" in pages[0]
    assert "Signature or thumbprint" in pages[1]  # the column titles repeat


def test_unknown_session_writes_nothing(session, tmp_path):
    with pytest.raises(NotFound):
        write_attendance_sheet(session, "no-such-session", tmp_path / "x.pdf", "en")
    assert list(tmp_path.glob("x.pdf*")) == []
