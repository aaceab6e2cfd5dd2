"""Opening a file: backup first, quick_check, upgrade of older files, known problems explained."""

import sqlite3

import pytest
from sqlalchemy import text

from desktop.db import location, migrate
from desktop.db.backup import backup_database, list_backups
from desktop.db.engine import Database
from desktop.services import backups as backup_service
from desktop.services import registry
from desktop.services.database import DatabaseProblem, open_database


def test_older_file_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    old = Database(path)
    migrate.upgrade(old.engine, "0001")
    with old.engine.begin() as c:
        c.execute(text("INSERT INTO communities (id, name, name_folded, district, province, "
                       "region, zone, created_at, updated_at) VALUES ('c1', 'Ñuñumayo', "
                       "'nunumayo', '', '', '', 'inside', '2026-01-01', '2026-01-01')"))
    old.close()
    database = open_database(path, backup_dir=tmp_path / "b")
    assert migrate.current_revision(database.engine) == migrate.head_revision(database.engine)
    with database.session() as s:
        assert [c.name for c in registry.list_communities(s)] == ["Ñuñumayo"]
    database.close()
    saved = list_backups(tmp_path / "b", "old")
    assert len(saved) == 1
    copy = sqlite3.connect(saved[0])
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    copy.close()


def test_backups_keep_the_last_ten_and_one_more_of_the_same_day(tmp_path, database):
    for _ in range(13):
        backup_database(database.path, tmp_path / "rot")
    assert len(list_backups(tmp_path / "rot", database.path.stem)) == 11


def test_backup_is_consistent_while_the_file_is_in_use(tmp_path, database, session, family):
    session.get(type(family), family.id)  # a connection of the app is open on the file
    copy = backup_database(database.path, tmp_path / "live")
    con = sqlite3.connect(copy)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("SELECT count(*) FROM families").fetchone() == (1,)
    con.close()


def test_restore_puts_a_backup_back_and_keeps_the_current_file(tmp_path, database, community):
    saved = backup_service.backup_now(database.path)
    with database.session() as s:
        registry.save_community(s, {"name": "Later", "zone": "buffer"})
    database.close()
    safety = backup_service.restore(saved, database.path)
    again = open_database(database.path, backup_dir=tmp_path / "x")
    with again.session() as s:
        assert [c.name for c in registry.list_communities(s)] == ["Aguas Claras"]
    again.close()
    con = sqlite3.connect(safety)
    assert con.execute("SELECT count(*) FROM communities").fetchone() == (2,)
    con.close()


def test_backup_folder_can_be_set_elsewhere(tmp_path, database):
    from desktop import config

    config.put(config.BACKUP_DIR, str(tmp_path / "usb"))
    target = backup_service.backup_now(database.path)
    assert target.parent == tmp_path / "usb"


def test_garbage_file_is_refused_with_an_explanation(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(DatabaseProblem) as excinfo:
        open_database(path, backup_dir=tmp_path / "b")
    assert "damaged" in excinfo.value.text("en")
    assert "dañado" in excinfo.value.text("es")


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE x (a)")
    con.commit()
    con.close()
    with pytest.raises(DatabaseProblem):
        open_database(path, backup_dir=tmp_path / "b")


def test_newer_file_is_refused(tmp_path, database):
    with database.engine.begin() as c:
        c.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.close()
    with pytest.raises(DatabaseProblem) as excinfo:
        open_database(database.path, backup_dir=tmp_path / "b")
    assert "newer version" in excinfo.value.text("en")


def test_network_drive_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(location, "_linux_filesystem", lambda path: "cifs")
    with pytest.raises(DatabaseProblem) as excinfo:
        open_database(tmp_path / "share.sqlite", backup_dir=tmp_path / "b")
    assert "network drive" in excinfo.value.text("en")
    assert not (tmp_path / "share.sqlite").exists()


def test_mount_table_decides_network_filesystems(tmp_path):
    mounts = ("/dev/sda1 / ext4 rw 0 0\n"
              "//server/share /mnt/oficina cifs rw 0 0\n"
              "server:/export /mnt/nfs\\040dir nfs4 rw 0 0\n")
    assert location.filesystem_of("/mnt/oficina/datos/x.sqlite", mounts) == "cifs"
    assert location.filesystem_of("/mnt/nfs dir/x.sqlite", mounts) == "nfs4"
    assert location.filesystem_of("/mnt/oficinas/x.sqlite", mounts) == "ext4"
    assert location.is_network_path(tmp_path) is False


def test_an_upgrade_that_cannot_apply_is_one_line_and_leaves_the_file_as_it_was(tmp_path):
    """A file whose tables do not match the version it claims (here: it says 0006 but has
    0007's column already): the upgrade fails inside its transaction, nothing changes."""
    path = tmp_path / "odd.sqlite"
    open_database(path, backup_dir=tmp_path / "b").close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0006'")
    with pytest.raises(DatabaseProblem) as raised:
        open_database(path, backup_dir=tmp_path / "b")
    assert "could not be brought up to this version's format" in raised.value.text("en")
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "0006",)
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_versions_read_without_alembic_are_alembics(tmp_path):
    from alembic.script import ScriptDirectory

    from desktop.db.engine import make_engine

    engine = make_engine(tmp_path / "any.sqlite")
    script = ScriptDirectory.from_config(migrate.alembic_config(engine))
    assert migrate.head_revision() == script.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}
