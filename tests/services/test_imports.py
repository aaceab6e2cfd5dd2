"""Importing offices' spreadsheets: headers in either language, spreadsheet realities, every bad
row reported, all or nothing (also when cancelled or killed), and re-imports that update."""

import os
import subprocess
import sys
import textwrap
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
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
from desktop.reports.import_report import import_file
from desktop.services import imports
from desktop.services.imports import ImportCancelled, normalise_dni, split_surnames

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


def test_unknown_and_missing_columns_are_reported_and_nothing_is_written(database, tmp_path):
    before = counts(database)
    path = write_csv(tmp_path / "f.csv",
                     "codigo_familia,comunidad,nombres,apellidos,observaciones\n"
                     "A-1,Aguas Claras,José,Núñez,vive cerca del río\n")
    result = import_file(database, "families", path)
    assert not result.ok and not result.written
    lines = [e.line("en") for e in result.errors]
    assert any(e.column == "observaciones" and e.row == 1 and "Unknown column" in e.reason("en")
               for e in result.errors), lines
    missing = [e for e in result.errors if e.expected is not None and e.row == 1]
    assert [e.column_text("es") for e in missing] == ["sexo"]
    assert [e.column_text("en") for e in missing] == ["sex"]
    assert counts(database) == before


def test_a_file_without_any_known_header_is_refused(database, tmp_path):
    path = write_csv(tmp_path / "otra.csv", "producto,precio\ncafé,10\n")
    result = import_file(database, "families", path)
    assert [e.line("en") for e in result.errors] == [
        "No header row was found: the file has none of the columns of the template."]
    assert not result.written and result.rows == 0


def test_one_bad_row_reports_row_column_reason_and_writes_nothing(database, tmp_path):
    before = counts(database)
    rows = [FAMILIES_ES[2], *FAMILIES_ES[3:7]]
    rows[2] = list(rows[2])
    rows[2][4] = "1234"  # a DNI of 4 digits
    rows[2][6] = "31/02/1982"  # no such day
    path = write_xlsx(tmp_path / "f.xlsx", rows)
    result = import_file(database, "families", path)
    assert not result.written
    found = {(e.row, e.column): e.reason("en") for e in result.errors}
    assert found == {(3, "D.N.I."): "A DNI has exactly 8 digits.",
                     (3, "fecha_nacimiento"): "Birth date is not a date (use day/month/year)."}
    assert result.bad_rows() == {("", 3)}
    # José and Luis are good, but their family waits for María's row; Rosa's family is fine.
    assert result.held_rows() == {("", 2), ("", 4)}
    assert result.imported_rows() == {("", 5)}
    all_rows_accounted(result)
    assert counts(database) == before


def test_dry_run_writes_nothing_and_previews_what_would_happen(database, tmp_path):
    before = counts(database)
    path = write_xlsx(tmp_path / "f.xlsx", FAMILIES_ES)
    result = import_file(database, "families", path, dry_run=True)
    assert result.ok and not result.written
    assert result.summary_lines("en") == ["Communities: 2 new, 0 updated, 0 unchanged",
                                          "Families: 2 new, 0 updated, 0 unchanged",
                                          "Persons: 4 new, 0 updated, 0 unchanged"]
    assert counts(database) == before


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


def test_family_found_by_head_dni_and_heads_checked(database, family, tmp_path):
    path = write_csv(tmp_path / "f.csv",
                     "codigo_familia,comunidad,nombres,apellidos,dni,sexo,parentesco\n"
                     "OFI-7,Aguas Claras,José,Núñez Pérez,01234567,M,jefe\n"
                     "OFI-7,Aguas Claras,Ana,Núñez,,F,hija\n"
                     "N-1,Aguas Claras,Eva,Paz,,F,hija\n"
                     "N-2,Aguas Claras,Juan,Ríos,11112222,M,jefe\n"
                     "N-2,Aguas Claras,Pedro,Ríos,11113333,M,jefe\n")
    result = import_file(database, "families", path)
    reasons = {e.row: e.reason("en") for e in result.errors}
    assert "Family N-1 has no head" in reasons[4]
    assert "more than one head (rows 5 and 6)" in reasons[6]
    assert set(reasons) == {4, 6}
    assert any("is family F-000001 (same head, DNI 01234567)" in w.line("en")
               for w in result.warnings)
    ok = write_csv(tmp_path / "g.csv", "\n".join(
        (tmp_path / "f.csv").read_text().splitlines()[:3]) + "\n")
    result = import_file(database, "families", ok)
    assert result.ok
    assert result.counts()["family"] == {"create": 0, "update": 0, "unchanged": 1}
    ana = persons(database)["Ana"]
    assert ana.family.code == "F-000001"  # the office's own code does not rename the family


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


# --- agreements ---------------------------------------------------------------------------------

AGREEMENTS = ("Número de acuerdo;codigo_familia;fecha_firma;fecha_inicio;fecha_fin;estado;"
              "compromisos;area_bosque_ha\n"
              "AC-2024-0001;F-000001;01/02/2024;2024-02-01;2026-01-31;Activo;"
              "\"no_burning; No cazar ni comerciar fauna silvestre\";3,5\n")


def test_agreements_with_head_signatory_commitments_and_reimport(database, family, tmp_path):
    path = write_csv(tmp_path / "acuerdos.csv", AGREEMENTS)
    result = import_file(database, "agreements", path)
    assert result.ok, [e.line("en") for e in result.errors]
    with database.session() as s:
        agreement = s.scalar(select(Agreement))
        assert agreement.status == "active" and agreement.signed_on == date(2024, 2, 1)
        assert [c.kind for c in agreement.commitments] == ["no_burning", "no_hunting"]
        assert agreement.forest_area_ha == Decimal("3.5") and agreement.fingerprint
        head = [s_ for s_ in agreement.signatories if s_.role == "head"]
        assert head[0].name == "José Núñez Pérez" and head[0].dni == "01234567"
    again = import_file(database, "agreements", path)
    assert again.counts()["agreement"] == {"create": 0, "update": 0, "unchanged": 1}
    locked = write_csv(tmp_path / "b.csv", AGREEMENTS.replace("2026-01-31", "2027-01-31")
                       .replace("Activo", "terminado"))
    result = import_file(database, "agreements", locked)
    assert "its content can no longer change" in result.errors[0].reason("en")


def test_agreement_rules(database, family, tmp_path):
    path = write_csv(tmp_path / "a.csv",
                     "numero_acuerdo,codigo_familia,fecha_firma,fecha_inicio,fecha_fin,estado,"
                     "compromisos\n"
                     "A-1,F-000001,,2024-02-01,2026-01-31,,\n"
                     "A-2,F-000001,,2024-02-01,2026-01-31,vigente,\n"
                     "A-3,F-999,,2024-02-01,2023-01-31,signed,no talar\n"
                     "A-1,F-000001,,2024-02-01,2026-01-31,,\n")
    result = import_file(database, "agreements", path)
    reasons = {(e.row, e.column): e.reason("en") for e in result.errors}
    assert reasons == {
        (3, "fecha_firma"): "Give the signing date.",
        (4, "codigo_familia"): "There is no family with code F-999.",
        (4, "fecha_fin"): "The end date must be after the start date.",
        (4, "fecha_firma"): "Give the signing date.",
        (4, "compromisos"): "Unknown commitment: no talar.",
        (5, "numero_acuerdo"): "Agreement A-1 appears twice in the file (rows 2 and 5).",
    }
    assert counts(database)["Agreement"] == 0


# --- attendance ---------------------------------------------------------------------------------

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


# --- deliveries ---------------------------------------------------------------------------------

DELIVERIES = ("recibo;fecha;cooperativa;ruc;codigo_familia;dni;producto;kg_neto;humedad;"
              "precio_kg\n"
              "R-0001;10/03/2025;Coop Alto Mayo;20601234567;F-000001;;Pergamino seco;120,5;"
              "12,5;9,80\n"
              "R-0002;11/03/2025;coop alto mayo;;;01234567;cereza;300;50;2\n")


def test_deliveries_create_cooperative_and_member_then_update_by_receipt(database, family,
                                                                           tmp_path):
    path = write_csv(tmp_path / "entregas.csv", DELIVERIES, "cp1252")
    result = import_file(database, "deliveries", path)
    assert result.ok, [e.line("en") for e in result.errors]
    notes = " | ".join(w.line("en") for w in result.warnings)
    assert "Cooperative “Coop Alto Mayo” does not exist yet" in notes
    assert "Family F-000001 becomes member M-0001 of Coop Alto Mayo" in notes
    with database.session() as s:
        first = s.scalar(select(Delivery).where(Delivery.receipt_number == "R-0001"))
        assert first.net_kg == Decimal("120.5") and first.moisture_pct == Decimal("12.5")
        assert first.amount_pen == Decimal("1180.90") and first.product == "dry_parchment"
        assert first.flags == "no_active_agreement"
        assert s.scalar(select(func.count()).select_from(Membership)) == 1
    changed = write_csv(tmp_path / "b.csv", DELIVERIES.replace("9,80", "10"))
    again = import_file(database, "deliveries", changed)
    assert again.counts()["delivery"] == {"create": 0, "update": 1, "unchanged": 1}
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Delivery)) == 2
        first = s.scalar(select(Delivery).where(Delivery.receipt_number == "R-0001"))
        assert first.amount_pen == Decimal("1205.00")


def test_delivery_errors(database, family, tmp_path):
    path = write_csv(tmp_path / "e.csv",
                     "recibo,fecha,cooperativa,codigo_familia,dni,producto,kg_neto,humedad,"
                     "precio_kg\n"
                     "R-1,10/03/2025,Sin Registro,F-000001,,cereza,10,50,2\n"
                     "R-2,10/03/2025,Sin Registro,,,cereza,0,150,2\n")
    result = import_file(database, "deliveries", path)
    reasons = {(e.row, e.column): e.reason("en") for e in result.errors}
    assert reasons[(2, "cooperativa")].startswith("Cooperative “Sin Registro” is not registered")
    assert reasons[(3, "kg_neto")] == "The net weight must be greater than 0 kg."
    assert reasons[(3, "humedad")] == "Moisture must be between 0 and 100 %."
    assert reasons[(3, "codigo_familia")] == "Give the family code or the DNI of who delivered."


# --- all or nothing -----------------------------------------------------------------------------

def test_cancel_half_way_leaves_the_database_as_it_was(database, tmp_path):
    before = counts(database)
    path = write_xlsx(tmp_path / "f.xlsx", FAMILIES_ES)
    seen = []

    def progress(done, total):
        seen.append(done)
        return done < 2

    with pytest.raises(ImportCancelled):
        import_file(database, "families", path, progress=progress)
    assert counts(database) == before and seen[-1] >= 2


def test_a_process_killed_mid_import_leaves_the_database_as_it_was(database, tmp_path):
    rows = [["codigo_familia", "comunidad", "nombres", "apellidos", "dni", "sexo", "parentesco"]]
    rows += [[f"K-{i}", "Aguas Claras", "Ana", f"Quispe{i}", f"{40000000 + i}", "F", "jefa"]
             for i in range(60)]
    path = write_xlsx(tmp_path / "big.xlsx", rows)
    before = counts(database)
    script = textwrap.dedent(f"""
        import os
        from pathlib import Path
        from desktop.services.database import open_database
        from desktop.reports.import_report import import_file
        db = open_database(Path({str(database.path)!r}), backup_dir=Path({str(tmp_path)!r}) / "b")
        def progress(done, total):
            if done >= 30:
                os._exit(9)  # killed: no rollback, no clean-up, no commit
            return True
        import_file(db, "families", Path({str(path)!r}), progress=progress)
        os._exit(0)
    """)
    env = {**os.environ, "CONSERVATION_DESK_HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, check=False,
                          timeout=120)
    assert done.returncode == 9, done.stderr.decode()
    assert counts(database) == before
    import sqlite3
    connection = sqlite3.connect(database.path)
    assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    connection.close()


# --- small pieces -------------------------------------------------------------------------------

def test_dni_and_surname_helpers():
    assert normalise_dni(1234567) == "01234567"
    assert normalise_dni(1234567.0) == "01234567"
    assert normalise_dni(" 0123 4567 ") == "01234567"
    assert normalise_dni("1234567.0") == "01234567"
    assert normalise_dni("123") == "123"  # too short to be a DNI that lost its zeros: reported
    assert split_surnames("Núñez Pérez") == ("Núñez", "Pérez")
    assert split_surnames("De la Cruz Pérez") == ("De la Cruz", "Pérez")
    assert split_surnames("Pérez") == ("Pérez", "")
    assert split_surnames("Del Águila De los Ríos") == ("Del Águila", "De los Ríos")


def test_every_kind_recognises_its_template_headers_in_both_languages():
    assert set(imports.KINDS) == {"families", "agreements", "attendance", "deliveries"}
    for kind in imports.KINDS.values():
        for spec in kind.sheets:
            for column in spec.columns:
                for header in (column.es, column.en, column.es.upper().replace("_", " "),
                               column.field.title("es"), column.field.title("en")):
                    assert spec.match(header) is column, (kind.name, header)


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


def test_a_draft_agreement_is_signed_by_a_later_import(database, family, tmp_path):
    header = "numero_acuerdo,codigo_familia,fecha_inicio,fecha_fin,estado,fecha_firma\n"
    draft = write_csv(tmp_path / "a.csv", header + "A-1,F-000001,2024-01-01,2025-12-31,,\n")
    assert import_file(database, "agreements", draft).ok
    signed = write_csv(tmp_path / "b.csv", header +
                       "A-1,F-000001,2024-01-01,2025-12-31,activo,05/01/2024\n")
    result = import_file(database, "agreements", signed)
    assert result.counts()["agreement"] == {"create": 0, "update": 1, "unchanged": 0}
    back = write_csv(tmp_path / "c.csv", header + "A-1,F-000001,2024-01-01,2025-12-31,borrador,\n")
    assert [e.reason("en") for e in import_file(database, "agreements", back).errors] == [
        "Agreement A-1 is Active: it cannot become Draft."]
    with database.session() as s:
        agreement = s.scalar(select(Agreement))
        assert agreement.status == "active" and agreement.signed_on == date(2024, 1, 5)
        assert agreement.fingerprint
