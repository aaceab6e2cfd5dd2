"""A full disk gives one translated line with the path, and the database stays whole: the
summary export and an import run against a real, tiny tmpfs that fills up (issue 11)."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture
def tiny_disk(tmp_path):
    """An 8 MB tmpfs (mounting needs root, as CI runs): room for the 200-family demo (3.4 MB
    with its cooperative season) and its journal, then filled by each test."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8000k", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"this machine cannot mount a tmpfs to fill: {made.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)  # even when a test left it busy


def run(home, *args):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, timeout=300,
                          env={**os.environ, "CONSERVATION_DESK_HOME": str(home)})


def fill(disk: Path, leave_kb: int) -> None:
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize // 1024
    (disk / "fill").write_bytes(b"\0" * max(0, free - leave_kb) * 1024)


def test_summary_and_import_on_a_full_disk_say_so_in_one_line(tmp_path, tiny_disk):
    home, office = tmp_path / "home", tmp_path / "office.sqlite"
    assert run(home, "demo", "--db", str(office), "--families", "200").returncode == 0
    fill(tiny_disk, 20)
    export = run(home, "--lang", "es", "export", "summary", "--db", str(office),
                 "--out", str(tiny_disk / "resumen.xlsx"))
    assert export.returncode == 1
    assert export.stderr.strip().count("\n") == 0, export.stderr  # one line, no traceback
    assert str(tiny_disk / "resumen.xlsx") in export.stderr and "disco está lleno" in export.stderr
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["fill"]  # no half workbook

    (tiny_disk / "fill").unlink()
    on_disk = tiny_disk / "office.sqlite"
    on_disk.write_bytes(office.read_bytes())
    fill(tiny_disk, 100)
    rows = "codigo_familia;comunidad;nombres;apellidos;dni;sexo;parentesco\n" + "".join(
        f"G-{i};Nueva {i % 9};Nombre{i};Apellido Otro;{20_000_000 + i};F;jefa\n"
        for i in range(1500))
    (tmp_path / "g.csv").write_text(rows, encoding="utf-8")
    imported = run(home, "--lang", "en", "import", "families", str(tmp_path / "g.csv"),
                   "--db", str(on_disk))
    assert imported.returncode == 1
    assert imported.stderr.strip().count("\n") == 0, imported.stderr
    assert "disk is full" in imported.stderr or "could not be read or written" in imported.stderr
    connection = sqlite3.connect(on_disk)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert connection.execute("SELECT count(*) FROM families").fetchone() == (200,)
    connection.close()


def test_the_summarys_second_process_on_a_full_disk_fails_as_a_full_disk(
        tmp_path, tiny_disk, monkeypatch, database):
    """The second process writes its sheets to the temporary folder: when that disk is
    full, its error reaches the user as the same full-disk error, and nothing is left."""
    import errno
    import tempfile
    import time

    from desktop.reports.summary import write_summary

    with database.session() as session:
        from desktop.services import registry

        community = registry.save_community(session, {"name": "Llenura", "zone": "inside"})
        for number in range(400):
            registry.create_family(session, {"community_id": community.id}, {
                "given_names": f"Persona {number} " + "x" * 60, "paternal_surname": "Larga",
                "sex": "F", "dni": f"{40000000 + number}"})
    monkeypatch.setattr(tempfile, "tempdir", str(tiny_disk))
    fill(tiny_disk, 20)

    def slow(done, total):  # this side waits until the worker has started a sheet
        deadline = time.monotonic() + 120
        while not any(any(p.glob("*.xml")) for p in tiny_disk.glob("summary-sheets-*")) \
                and time.monotonic() < deadline:
            time.sleep(0.05)

    with pytest.raises(OSError) as failed:
        write_summary(database, tmp_path / "resumen.xlsx", "es", progress=slow,
                      in_two_processes=True)
    assert failed.value.errno == errno.ENOSPC, failed.value
    assert not list(tmp_path.glob("*resumen*"))
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["fill"]
