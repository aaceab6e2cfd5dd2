"""`backup --to FOLDER` writes an encrypted backup a lost USB stick does not give away;
`restore` opens it with the passphrase only (issue 14 item 6)."""

import os
import sqlite3

import pytest

from desktop.cli import main
from desktop.services import people

SECRET = "rio mayo al amanecer"


@pytest.fixture
def office(database, family, tmp_path, monkeypatch):
    """A registered family in a closed office file, a USB stick folder, the passphrase."""
    database.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setenv("CONSERVATION_DESK_BACKUP_PASSPHRASE", SECRET)
    return database.path, stick


def families(path) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT count(*) FROM families").fetchone()[0]
    finally:
        connection.close()


def test_backup_to_a_stick_then_restore_it_over_a_damaged_file(office, capsys):
    path, stick = office
    assert main(["--lang", "en", "backup", "--db", str(path), "--to", str(stick)]) == 0
    out = capsys.readouterr().out
    [sealed] = stick.iterdir()  # one file, no leftover
    assert sealed.suffix == ".cdbackup" and str(sealed) in out and "passphrase" in out
    assert b"01234567" not in sealed.read_bytes() and b"SQLite format" not in sealed.read_bytes()
    path.write_bytes(b"\x00" * 4096)  # the office file is damaged
    assert main(["--lang", "es", "restore", str(sealed), "--db", str(path)]) == 0
    assert "restaurad" in capsys.readouterr().out
    assert families(path) == 1


def test_what_a_killed_backup_left_on_the_stick_is_swept(office):
    path, stick = office
    left = stick / f".{path.stem}-20261101-101010-000001.cdbackup.part"
    left.write_bytes(b"CDESKENC1\n half")
    os.utime(left, (0, 0))  # an hour old or more: no backup is still writing it
    assert main(["backup", "--db", str(path), "--to", str(stick)]) == 0
    assert not left.exists() and len(list(stick.iterdir())) == 1


def test_a_wrong_passphrase_restores_nothing(office, capsys, monkeypatch):
    path, stick = office
    assert main(["backup", "--db", str(path), "--to", str(stick)]) == 0
    [sealed] = stick.iterdir()
    before = path.read_bytes()
    monkeypatch.setenv("CONSERVATION_DESK_BACKUP_PASSPHRASE", "not the passphrase")
    capsys.readouterr()
    assert main(["--lang", "es", "restore", str(sealed), "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "La frase de paso no abre" in err
    assert path.read_bytes() == before


@pytest.mark.parametrize("problem, expected", [("short", "at least 10 characters"),
                                               ("no folder", "does not exist")])
def test_a_short_passphrase_or_a_missing_stick_is_refused(office, capsys, monkeypatch,
                                                          problem, expected):
    path, stick = office
    if problem == "short":
        monkeypatch.setenv("CONSERVATION_DESK_BACKUP_PASSPHRASE", "short")
    else:
        stick = stick / "unplugged"
    assert main(["--lang", "en", "backup", "--db", str(path), "--to", str(stick)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and expected in err
    assert not stick.exists() or not list(stick.iterdir())


def test_only_an_administrator_may_take_the_register_away(database, family, tmp_path,
                                                          monkeypatch, capsys):
    with database.session() as session:
        people.add_user(session, "Ana", "admin", "first-secret", first=True)
    database.actor = people.Actor("Ana", "admin")
    with database.session() as session:
        people.add_user(session, "Luz", "office", "office-secret")
    database.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setenv("CONSERVATION_DESK_BACKUP_PASSPHRASE", SECRET)
    monkeypatch.setenv("CONSERVATION_DESK_PASSWORD", "office-secret")
    assert main(["--lang", "en", "backup", "--db", str(database.path), "--to", str(stick),
                 "--user", "Luz"]) == 4
    assert list(stick.iterdir()) == []
    monkeypatch.setenv("CONSERVATION_DESK_PASSWORD", "first-secret")
    assert main(["backup", "--db", str(database.path), "--to", str(stick), "--user", "Ana"]) == 0
    assert len(list(stick.iterdir())) == 1
