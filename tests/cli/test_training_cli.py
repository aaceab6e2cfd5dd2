"""`conservation-desk print attendance-sheet`: exit codes, one-line errors, the PDF written."""

import pytest
from pypdf import PdfReader

import desktop.commands
from desktop.cli import main
from desktop.services import training
# The example of tests/services/test_training.py, copied from a file built once per module.
from tests.services.training.example import database, programme, programme_template  # noqa: F401

# Until desktop.commands.AREA_MODULES lists "desktop.commands.training" (then this can go).
MODULE = "desktop.commands.training"


@pytest.fixture(autouse=True)
def registered(monkeypatch):
    if MODULE not in desktop.commands.AREA_MODULES:
        monkeypatch.setattr(desktop.commands, "AREA_MODULES",
                            [*desktop.commands.AREA_MODULES, MODULE])


def sheet(database, *extra):
    return ["--lang", "en", "print", "attendance-sheet", "--db", str(database.path), *extra]


def test_prints_the_sheet_in_spanish(database, programme, tmp_path, capsys):
    out = tmp_path / "hojas" / "asistencia.pdf"
    code = main(sheet(database, "--session", programme.sessions["feb"].id, "--lang", "es",
                      "--out", str(out)))
    assert code == 0, capsys.readouterr().err
    stdout = capsys.readouterr().out
    assert "Manejo de la roya" in stdout and "4 registered members" in stdout
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "jueves, 20 de febrero de 2025" in text
    assert "Producción sostenible de café" in text and "Rosa Vásquez Cóndor" in text


def test_english_by_default_and_short_id(database, programme, tmp_path, capsys):
    out = tmp_path / "sheet.pdf"
    short = training.short_id(programme.sessions["jan"].id)
    assert main(sheet(database, "--session", short, "--out", str(out),
                      "--blank-lines", "2")) == 0
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "Thursday" not in text and "Wednesday, January 15, 2025" in text
    assert "Attendance sheet" in text


def test_unknown_session_is_one_line_and_exit_1(database, programme, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    code = main(sheet(database, "--session", "does-not-exist", "--out", str(out)))
    err = capsys.readouterr().err
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "There is no training session with id “does-not-exist”." in err
    assert not out.exists()


def test_missing_database_and_bad_arguments(tmp_path, capsys):
    code = main(["--lang", "en", "print", "attendance-sheet", "--db",
                 str(tmp_path / "none.sqlite"), "--session", "x", "--out",
                 str(tmp_path / "x.pdf")])
    assert code == 1
    assert "There is no database file" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["print", "attendance-sheet", "--db", "x.sqlite", "--session", "x", "--out",
              "x.pdf", "--lang", "fr"])
    assert exit_info.value.code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_output_folder_refused(database, programme, tmp_path, capsys):
    code = main(sheet(database, "--session", programme.sessions["jan"].id, "--out",
                      str(tmp_path)))
    assert code == 1
    assert "is a folder" in capsys.readouterr().err


def test_families_named_on_the_command_line_are_the_ones_listed(database, programme, tmp_path,
                                                               capsys):
    out = tmp_path / "sheet.pdf"
    code = main(sheet(database, "--session", programme.sessions["feb"].id, "--out", str(out),
                      "--family", programme.families["f4"].code))
    assert code == 0, capsys.readouterr().err
    assert "1 registered members" in capsys.readouterr().out
    text = PdfReader(str(out)).pages[0].extract_text()
    assert "Inés Peña Soto" in text and "Rosa" not in text
    code = main(sheet(database, "--session", programme.sessions["feb"].id, "--out", str(out),
                      "--family", "../NO-SUCH"))
    err = capsys.readouterr().err
    assert code == 1 and "There is no family with code “../NO-SUCH”." in err
