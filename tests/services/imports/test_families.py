"""Importing families: headers in either language, spreadsheet realities, heads, plots
and re-imports that update rather than duplicate."""

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from desktop.db.plot import Plot
from desktop.services.imports import import_file, split_surnames
from tests.services.imports.helpers import (
    FAMILIES_ES,
    all_rows_accounted,
    counts,
    persons,
    write_csv,
    write_xlsx,
)


def test_spanish_headers_with_odd_spelling_and_spreadsheet_realities(database, tmp_path):
    path = write_xlsx(tmp_path / "familias.xlsx", FAMILIES_ES)
    result = import_file(database, "families", path)
    assert result.ok, [e.line("en") for e in result.errors]
    assert result.written and result.rows == 4
    all_rows_accounted(result)
    assert result.counts()["family"]["create"] == 2
    assert result.counts()["community"]["create"] == 2
    found = persons(database)
    jose = found["01234567"]  # typed as a number: the leading zero is back
    assert (jose.given_names, jose.paternal_surname, jose.maternal_surname) == (
        "José", "Núñez", "Pérez")
    assert jose.relation == "head" and jose.sex == "M" and jose.birth_date == date(1980, 5, 4)
    assert jose.family.code == "AC-01" and jose.family.inside_forest is True
    assert jose.phone == "987 654 321"
    maria = found["María"]
    assert maria.dni is None and maria.relation == "spouse" and maria.birth_date == date(1982, 1, 2)
    assert found["71234567"].relation == "child" and found["71234567"].sex == "M"
    rosa = found["87654321"]
    assert (rosa.paternal_surname, rosa.maternal_surname) == ("De la Cruz", "Vásquez")
    assert rosa.family.inside_forest is False and rosa.family.community.name == "San Andrés"
    notes = [n.line("en") for n in result.warnings]
    assert any("Community “Aguas Claras” does not exist yet" in n for n in notes)


def test_english_headers_in_any_order_from_csv(database, community, tmp_path):
    path = write_csv(tmp_path / "families.csv",
                     "SEX,Last_Names,first names,family_code,Relationship,DNI,birth date,"
                     "Community,Inside_Forest\n"
                     "female,Quispe Huamán,Inés,X-9,Head,44556677,15/08/1975,AGUAS CLARAS,yes\n")
    result = import_file(database, "families", path)
    assert result.ok, [e.line("en") for e in result.errors]
    ines = persons(database)["44556677"]
    assert ines.sex == "F" and ines.family.code == "X-9"
    assert ines.family.community_id == community.id  # found by name, case and spaces ignored
    assert "community" not in result.counts()


def test_windows_1252_csv_with_semicolons(database, tmp_path):
    path = write_csv(tmp_path / "familias.csv",
                     "codigo_familia;comunidad;nombres;apellidos;dni;sexo;parentesco\n"
                     "B-1;Peña Blanca;José;Núñez Peña;01234567;M;jefe\n", "cp1252")
    assert b"N\xfa\xf1ez" in path.read_bytes()
    result = import_file(database, "families", path)
    assert result.ok, [e.line("en") for e in result.errors]
    jose = persons(database)["01234567"]
    assert jose.paternal_surname == "Núñez" and jose.maternal_surname == "Peña"
    assert jose.family.community.name == "Peña Blanca"


def test_reimport_updates_rather_than_duplicates(database, tmp_path):
    path = write_xlsx(tmp_path / "f.xlsx", FAMILIES_ES)
    assert import_file(database, "families", path).written
    before = counts(database)
    again = import_file(database, "families", path)
    assert again.written and counts(database) == before
    assert again.counts()["person"] == {"create": 0, "update": 0, "unchanged": 4}
    changed = [list(r) for r in FAMILIES_ES]
    changed[4][9] = "999 111 222"  # María got a phone
    changed[5][1] = "San Andrés"  # ... and her family moved: every row must say so
    changed[3][1] = changed[4][1] = "San Andrés"
    third = import_file(database, "families", write_xlsx(tmp_path / "g.xlsx", changed))
    assert third.ok, [e.line("en") for e in third.errors]
    assert third.counts()["person"] == {"create": 0, "update": 1, "unchanged": 3}
    assert third.counts()["family"] == {"create": 0, "update": 1, "unchanged": 1}
    assert counts(database) == before
    assert persons(database)["María"].family.community.name == "San Andrés"


def test_rows_of_one_family_that_disagree_are_reported(database, tmp_path):
    changed = [list(r) for r in FAMILIES_ES]
    changed[5][1] = "Otra Comunidad"
    result = import_file(database, "families", write_xlsx(tmp_path / "f.xlsx", changed))
    assert [(e.row, e.column) for e in result.errors] == [(6, "COMUNIDAD")]
    assert "Row 4 gives a different value" in result.errors[0].reason("en")


def test_another_familys_head_under_a_new_code_is_an_error_and_heads_are_checked(
        database, family, tmp_path):
    path = write_csv(tmp_path / "f.csv",
                     "codigo_familia,comunidad,nombres,apellidos,dni,sexo,parentesco\n"
                     "OFI-7,Aguas Claras,José,Núñez Pérez,01234567,M,jefe\n"
                     "OFI-7,Aguas Claras,Ana,Núñez,,F,hija\n"
                     "N-1,Aguas Claras,Eva,Paz,,F,hija\n"
                     "N-2,Aguas Claras,Juan,Ríos,11112222,M,jefe\n"
                     "N-2,Aguas Claras,Pedro,Ríos,11113333,M,jefe\n")
    before = persons(database)["01234567"].given_names
    result = import_file(database, "families", path)
    reasons = {e.row: e.reason("en") for e in result.errors}
    assert "DNI 01234567 is already registered to José Núñez Pérez of family F-000001" in reasons[2]
    assert "Family N-1 has no head" in reasons[4]
    assert "more than one head (rows 5 and 6)" in reasons[6]
    assert {2, 4, 6} <= set(reasons)
    assert persons(database)["01234567"].given_names == before  # nothing was rewritten
    ok = write_csv(tmp_path / "g.csv", "\n".join(
        (tmp_path / "f.csv").read_text().replace("OFI-7", "F-000001").splitlines()[:3]) + "\n")
    result = import_file(database, "families", ok)
    assert result.ok
    assert result.counts()["family"] == {"create": 0, "update": 0, "unchanged": 1}
    ana = persons(database)["Ana"]
    assert ana.family.code == "F-000001"


def test_plots_in_a_second_sheet(database, tmp_path):
    plots = [["codigo_familia", "nombre_parcela", "area_ha", "uso_suelo", "latitud", "longitud"],
             ["AC-01", "La Esperanza", 2.5, "Café", "-5,812345", "-77.412345"],
             ["AC-02", "El Bosque", "10", "bosque", None, None],
             ["AC-02", "Purma", "-1", "purma", None, None],
             ["ZZ-9", "Otra", "1", "cafe", None, None]]
    path = write_xlsx(tmp_path / "f.xlsx", FAMILIES_ES, title="Familias",
                      more={"Parcelas": plots, "Instrucciones": [["ignored"]]})
    result = import_file(database, "families", path)
    reasons = {(e.sheet, e.row): e.reason("en") for e in result.errors}
    assert reasons == {("Parcelas", 4): "The area must be greater than 0 ha.",
                       ("Parcelas", 5): "There is no family with code ZZ-9."}
    del plots[3:]
    path = write_xlsx(tmp_path / "g.xlsx", FAMILIES_ES, title="Familias",
                      more={"Parcelas": plots})
    result = import_file(database, "families", path)
    assert result.ok and result.counts()["plot"]["create"] == 2
    with database.session() as s:
        plot = s.scalar(select(Plot).where(Plot.name == "La Esperanza"))
        assert plot.area_ha == Decimal("2.5") and plot.latitude == Decimal("-5.812345")
        assert plot.family.code == "AC-01" and plot.land_use == "coffee"
    again = import_file(database, "families", path)
    assert again.counts()["plot"] == {"create": 0, "update": 0, "unchanged": 2}


def test_the_head_changes_only_when_the_file_says_who_steps_down(database, family, tmp_path):
    header = "codigo_familia,nombres,apellidos,dni,sexo,parentesco\n"
    alone = write_csv(tmp_path / "a.csv", header + "F-000001,Ana,Pérez,22223334,F,jefa\n")
    result = import_file(database, "families", alone)
    assert [e.line("en") for e in result.errors] == [
        "Row 2, column “parentesco”: This family already has a head: José Núñez Pérez."]
    both = write_csv(tmp_path / "b.csv", header + "F-000001,José,Núñez Pérez,01234567,M,esposo\n"
                     "F-000001,Rosa,Pérez,22223333,F,jefa\n")
    result = import_file(database, "families", both)
    assert result.ok, [e.line("en") for e in result.errors]
    found = persons(database)
    assert found["01234567"].relation == "spouse" and found["22223333"].relation == "head"


def test_surnames_in_one_column_are_split_keeping_particles():
    assert split_surnames("Núñez Pérez") == ("Núñez", "Pérez")
    assert split_surnames("De la Cruz Pérez") == ("De la Cruz", "Pérez")
    assert split_surnames("Pérez") == ("Pérez", "")
    assert split_surnames("Del Águila De los Ríos") == ("Del Águila", "De los Ríos")
