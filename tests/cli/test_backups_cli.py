"""`backups` lists what can be restored; `restore` puts it back, also over a damaged file,
and refuses a backup that is not sound without touching the database."""

import sqlite3

from desktop.cli import main
from desktop.db.backup import backup_database
from desktop.services import registry
from desktop.services.database import open_database


def test_list_then_restore_over_a_damaged_database(tmp_path, database, community, capsys):
    folder = tmp_path / "backups"
    saved = backup_database(database.path, folder)
    database.close()
    assert main(["--lang", "en", "backups", "--db", str(database.path), "--backup-dir", str(folder)]) == 0
    listing = capsys.readouterr().out
    assert str(saved) in listing and "0 families, 0 agreements" in listing

    database.path.write_bytes(b"\x00" * 4096)  # the office file is damaged
    assert main(["--lang", "es", "restore", str(saved), "--db", str(database.path),
                 "--backup-dir", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "restaurad" in out
    again = open_database(database.path, backup_dir=folder)
    with again.session() as s:
        assert [c.name for c in registry.list_communities(s)] == ["Aguas Claras"]
    again.close()


def test_a_broken_backup_is_refused_in_one_line_and_nothing_changes(tmp_path, database,
                                                                    community, capsys):
    database.close()
    broken = tmp_path / "office-20261130-101010-000001.sqlite"
    broken.write_bytes(b"")
    before = database.path.read_bytes()
    code = main(["--lang", "en", "restore", str(broken), "--db", str(database.path),
                 "--backup-dir", str(tmp_path / "b")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "damaged" in err
    assert database.path.read_bytes() == before
    connection = sqlite3.connect(database.path)
    assert connection.execute("SELECT count(*) FROM communities").fetchone() == (1,)
    connection.close()


def test_no_backups_is_said_plainly(tmp_path, database, capsys):
    assert main(["--lang", "en", "backups", "--db", str(database.path), "--backup-dir",
                 str(tmp_path / "none")]) == 0
    assert "There are no backups" in capsys.readouterr().out
