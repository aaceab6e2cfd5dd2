"""A families import checks rows against look-ups fetched a chunk at a time and flushes in
batches: what one row wrote must still be seen by every later row, across chunks and
batches, exactly as when each row was flushed and queried."""

from sqlalchemy import select

from desktop.db.family import Family
from desktop.services.imports import import_file
from desktop.services.imports.lookups import CHUNK
from desktop.services.imports.transaction import FLUSH_ROWS
from tests.services.imports.helpers import all_rows_accounted, counts, persons, write_csv

HEADER = "codigo_familia;comunidad;nombres;apellidos;dni;sexo;fecha_nacimiento;parentesco\n"


def families(n: int, start: int = 0, code=lambda i: f"G-{i}") -> str:
    return "".join(f"{code(i)};Comunidad {i % 7};Nombre{i};Apellido Otro;{30_000_000 + i};"
                   f"{'MF'[i % 2]};1980-01-01;jefe\n" for i in range(start, start + n))


def test_a_dni_given_twice_is_caught_even_chunks_apart(database, tmp_path):
    n = CHUNK + FLUSH_ROWS + 50
    text = HEADER + families(n) + f"Z-1;Comunidad 1;Otra;Persona;{30_000_000 + 3};F;;jefa\n"
    result = import_file(database, "families", write_csv(tmp_path / "f.csv", text))
    assert [e.line("en") for e in result.errors] == [
        f"Row {n + 2}, column “dni”: DNI 30000003 appears twice in the file (rows 5 and "
        f"{n + 2})."]
    assert not result.written and counts(database)["Family"] == 0
    all_rows_accounted(result)


def test_a_big_valid_file_is_written_whole_with_its_search_text(database, tmp_path):
    n = 2 * FLUSH_ROWS + 7  # three flushes, the last one partial
    result = import_file(database, "families", write_csv(tmp_path / "f.csv", HEADER + families(n)))
    assert result.ok and result.written, [e.line("en") for e in result.errors[:3]]
    assert result.counts()["family"]["create"] == n and result.counts()["community"]["create"] == 7
    assert counts(database)["Person"] == n
    with database.session() as s:
        last = s.scalar(select(Family).where(Family.code == f"G-{n - 1}"))
        assert f"nombre{n - 1}" in last.search_text and last.head_name.startswith("apellido")
    again = import_file(database, "families", write_csv(tmp_path / "f.csv", HEADER + families(n)))
    assert again.ok and again.counts()["person"]["unchanged"] == n
    assert counts(database)["Person"] == n


def test_a_dni_of_another_familys_member_is_an_error(database, family, tmp_path):
    text = HEADER + "N-1;Aguas Claras;Ana;Ríos;;F;;jefa\nN-1;Aguas Claras;José;Núñez Pérez;" \
        "01234567;M;;hijo\n"
    result = import_file(database, "families", write_csv(tmp_path / "f.csv", text))
    assert [e.line("en") for e in result.errors] == [
        "Row 3, column “dni”: DNI 01234567 is already registered to José Núñez Pérez of "
        "family F-000001."]
    assert persons(database)["01234567"].family.code == "F-000001"


def test_families_without_a_code_get_codes_of_their_own_within_one_batch(
        database, family, tmp_path):
    text = HEADER + "".join(f";Aguas Claras;Nombre{i};Ríos;;F;;jefa\n" for i in range(3))
    text += "F-000003;Aguas Claras;Hijo;Ríos;;M;;hijo\n"  # the code the second one gets
    result = import_file(database, "families", write_csv(tmp_path / "f.csv", text))
    assert result.ok, [e.line("en") for e in result.errors]
    assert [c.key for c in result.changes if c.entity == "family"] == [
        "F-000002", "F-000003", "F-000004", "F-000003"]
    found = persons(database)
    assert found["Hijo"].family.code == "F-000003" == found["Nombre1"].family.code


def test_a_deleted_familys_code_is_still_taken(database, family, session, tmp_path):
    from desktop.services import registry

    registry.delete_family(session, family.id)
    text = HEADER + "F-000001;Aguas Claras;Ana;Ríos;;F;;jefa\n"
    result = import_file(database, "families", write_csv(tmp_path / "f.csv", text))
    assert [e.reason("en") for e in result.errors] == ["Family code F-000001 is already used."]


def test_possible_duplicates_are_noted_from_the_register_and_from_the_file(
        database, family, tmp_path):
    text = HEADER + "A-1;Aguas Claras;José;Pérez Núñez;;M;1980-05-04;jefe\n" \
        "A-2;Aguas Claras;José;Núñez Pérez;;M;1980-05-04;jefe\n"
    result = import_file(database, "families", write_csv(tmp_path / "f.csv", text))
    assert result.ok
    notes = [n.line("en") for n in result.warnings if "may be the same person" in n.line("en")]
    assert notes == [
        "Row 2: José Pérez Núñez may be the same person as José Núñez Pérez (F-000001).",
        "Row 3: José Núñez Pérez may be the same person as José Núñez Pérez (F-000001), "
        "José Pérez Núñez (A-1)."]
