"""Backups are checked before they are kept, thinned like Anki's, taken when something
changed, and a bad file can never be restored over the office's database."""

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop.db.backup import (
    PART_PREFIX, BackupInfo, BadBackup, backup_database, check_backup, list_backups,
    restore_backup, sweep_partial_backups, to_keep,
)
from desktop.services import backups as backup_service
from desktop.services import registry
from desktop.services.database import DatabaseProblem, open_database

NOW = datetime(2026, 11, 30, 12, 0)


def infos(ages_in_hours, size=1000):
    return [BackupInfo(Path(f"b{i}.sqlite"), NOW - timedelta(hours=h), size)
            for i, h in enumerate(sorted(ages_in_hours))]


def test_thinning_keeps_ten_then_one_a_day_a_week_a_month_and_nothing_past_a_year():
    backups = infos(range(0, 24 * 800, 6))  # four a day for over two years
    kept = to_keep(backups, NOW)
    assert kept[:10] == backups[:10]
    older = kept[10:]
    ages = [NOW - b.taken for b in older]
    week = [a for a in ages if a <= timedelta(days=7)]
    month = [a for a in ages if timedelta(days=7) < a <= timedelta(days=31)]
    year = [a for a in ages if timedelta(days=31) < a <= timedelta(days=366)]
    assert 6 <= len(week) <= 8
    assert 3 <= len(month) <= 5
    assert 10 <= len(year) <= 13
    assert all(a <= timedelta(days=366) for a in ages)
    assert len({(a.days) for a in week}) == len(week)  # one a day


def test_a_size_cap_drops_the_oldest_first_but_keeps_the_newest():
    backups = infos(range(20), size=100)
    assert to_keep(backups, NOW, max_bytes=350) == backups[:3]
    assert to_keep(backups, NOW, max_bytes=10) == backups[:1]


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 500,
                                     b"not a database at all" * 50])
def test_an_empty_or_half_written_file_named_like_a_backup_is_refused(
        tmp_path, database, community, content):
    database.close()
    bad = tmp_path / "backups" / "office-20261130-101010-000001.sqlite"
    bad.parent.mkdir()
    bad.write_bytes(content)
    before = database.path.read_bytes()
    with pytest.raises(DatabaseProblem) as excinfo:
        backup_service.restore(bad, database.path)
    assert "damaged" in excinfo.value.text("en")
    assert database.path.read_bytes() == before
    again = open_database(database.path, backup_dir=tmp_path / "b")
    with again.session() as s:
        assert [c.name for c in registry.list_communities(s)] == ["Aguas Claras"]
    again.close()


def test_a_foreign_sqlite_file_is_not_a_backup(tmp_path):
    other = tmp_path / "other.sqlite"
    connection = sqlite3.connect(other)
    connection.execute("CREATE TABLE notes (x)")
    connection.commit()
    connection.close()
    with pytest.raises(BadBackup):
        check_backup(other)


def test_a_backup_is_checked_and_renamed_leaving_no_temporary_file(tmp_path, database):
    target = backup_database(database.path, tmp_path / "b")
    check_backup(target)
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [target.name]
    assert os.stat(target).st_mode & 0o077 == 0  # personal data: private to the user


def test_a_backup_that_fails_leaves_nothing_that_looks_good(tmp_path, database, monkeypatch):
    import desktop.db.backup as backup_module

    def broken_copy(source, target):
        Path(target).write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # cut short

    monkeypatch.setattr(backup_module, "_copy", broken_copy)
    with pytest.raises(BadBackup):
        backup_database(database.path, tmp_path / "b")
    assert list((tmp_path / "b").iterdir()) == []


def test_leftovers_of_a_killed_backup_are_swept(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    stale = folder / f"{PART_PREFIX}office-1.part"
    stale.write_bytes(b"half")
    old = datetime.now().timestamp() - 7200
    os.utime(stale, (old, old))
    fresh = folder / f"{PART_PREFIX}office-2.part"
    fresh.write_bytes(b"in progress")
    assert sweep_partial_backups(folder) == 1
    assert not stale.exists() and fresh.exists()


def test_reading_does_not_take_backups_but_writing_does_on_close(tmp_path, database, community):
    database.close()
    folder = tmp_path / "b"
    for _ in range(3):  # read-only openings (prints, exports) copy nothing, even a file
        reader = open_database(database.path, backup_dir=folder)  # never backed up here
        with reader.session() as s:
            registry.list_communities(s)
        reader.close()
    assert list_backups(folder, "office") == []
    writer = open_database(database.path, backup_dir=folder)
    with writer.session() as s:
        registry.save_community(s, {"name": "Nueva", "zone": "buffer"})
    writer.close()
    saved = list_backups(folder, "office")
    assert len(saved) == 1
    copy = sqlite3.connect(saved[0])
    assert copy.execute("SELECT count(*) FROM communities").fetchone() == (2,)
    copy.close()


def test_a_backup_folder_that_cannot_be_written_warns_and_the_database_opens(
        tmp_path, database, community):
    from desktop.services.database import marker_path

    database.close()
    marker_path(database.path).write_text("1\n")  # the last session was killed: a backup is owed
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the backup folder should be")
    opened = open_database(database.path, backup_dir=blocked)
    assert opened.warnings and "No backup could be saved" in opened.warnings[0].text("en")
    assert "copia" in opened.warnings[0].text("es")
    with opened.session() as s:
        assert [c.name for c in registry.list_communities(s)] == ["Aguas Claras"]
    opened.close()


def test_restore_over_a_damaged_file_moves_it_aside_instead_of_losing_it(tmp_path, database,
                                                                        community):
    good = backup_database(database.path, tmp_path / "b")
    database.close()
    database.path.write_bytes(b"garbage" * 1000)
    safety = restore_backup(good, database.path, tmp_path / "b")
    assert safety.read_bytes() == b"garbage" * 1000
    check_backup(database.path)


def test_an_import_takes_a_backup_first_and_a_dry_run_does_not(tmp_path, database):
    from desktop.services.imports import import_file

    database.close()
    folder = tmp_path / "b"
    opened = open_database(database.path, backup_dir=folder)
    taken = len(list_backups(folder, "office"))
    csv = tmp_path / "f.csv"
    csv.write_text("codigo_familia;comunidad;nombres;apellidos;dni;sexo;parentesco\n"
                   "A-1;Aguas Claras;Rosa;Paz;11112222;F;jefa\n", encoding="utf-8")
    import_file(opened, "families", csv, dry_run=True)
    assert len(list_backups(folder, "office")) == taken
    assert import_file(opened, "families", csv).ok
    assert len(list_backups(folder, "office")) == taken + 1
    opened.close()


def test_the_office_can_cap_the_space_backups_take(tmp_path, database, community):
    from desktop import config
    from desktop.services.errors import ValidationError
    from desktop.services.settings import save_settings

    with pytest.raises(ValidationError):
        save_settings({**_current(), "backup_max_mb": "-1"})
    save_settings({**_current(), "backup_max_mb": "1"})
    assert config.get(config.BACKUP_MAX_MB) == 1
    size = database.path.stat().st_size
    for _ in range(1 + (1024 * 1024) // size + 2):  # more than 1 MB of copies
        backup_service.backup_now(database.path)
    kept = list_backups(config.default_backup_dir(), "office")
    assert 1 <= len(kept) <= (1024 * 1024) // size
    assert sum(p.stat().st_size for p in kept) <= 1024 * 1024


def _current():
    from desktop.services.settings import current_settings

    return {k: "" if v is None else str(v) for k, v in current_settings().items()}
