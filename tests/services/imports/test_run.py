"""Running an import: unknown and missing columns, every bad row reported, and all or
nothing (a dry run, a bad row, Cancel, a killed process)."""

import os
import subprocess
import sys
import textwrap

import pytest

from desktop.services.common import Cancelled
from desktop.services.imports import import_file
from tests.services.imports.helpers import (
    FAMILIES_ES,
    all_rows_accounted,
    counts,
    write_csv,
    write_xlsx,
)


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


# --- all or nothing -----------------------------------------------------------------------------

def test_cancel_half_way_leaves_the_database_as_it_was(database, tmp_path):
    before = counts(database)
    path = write_xlsx(tmp_path / "f.xlsx", FAMILIES_ES)
    seen = []

    def progress(done, total):
        seen.append(done)
        return done < 2

    with pytest.raises(Cancelled):
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
        from desktop.services.imports import import_file
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
