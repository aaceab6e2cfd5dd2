"""Real `conservation-desk` processes killed (SIGKILL) in the middle of their work leave the
database whole, no finished-looking file, and a next run that works (issue 11)."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import load_workbook


def command(home: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--lang", "en", *args]


def run(home: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(command(home, *args), capture_output=True, text=True, timeout=300,
                          env={**os.environ, "CONSERVATION_DESK_HOME": str(home)})


def kill_after(home: Path, seconds: float, *args: str) -> int:
    process = subprocess.Popen(command(home, *args), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL,
                               env={**os.environ, "CONSERVATION_DESK_HOME": str(home)})
    time.sleep(seconds)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    return process.wait(timeout=60)


def integrity(path: Path) -> tuple[str, int]:
    connection = sqlite3.connect(path)
    try:
        return (connection.execute("PRAGMA integrity_check").fetchone()[0],
                connection.execute("SELECT count(*) FROM families").fetchone()[0])
    finally:
        connection.close()


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


@pytest.mark.parametrize("seconds", [1.5, 3.0])
def test_a_killed_demo_leaves_no_file_and_the_next_demo_works(tmp_path, seconds):
    home, db = tmp_path / "home", tmp_path / "out" / "demo.sqlite"
    db.parent.mkdir()
    code = kill_after(home, seconds, "demo", "--db", str(db), "--families", "50000")
    assert code == -signal.SIGKILL  # 50,000 families take far longer than the wait
    assert visible(db.parent) == []
    again = run(home, "demo", "--db", str(db), "--families", "30")
    assert again.returncode == 0, again.stderr
    assert integrity(db) == ("ok", 30)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    folder = tmp_path_factory.mktemp("office")
    done = run(folder / "home", "demo", "--db", str(folder / "office.sqlite"),
               "--families", "400")
    assert done.returncode == 0, done.stderr
    return folder / "office.sqlite"


@pytest.mark.parametrize("seconds", [1.0, 2.0])
def test_a_killed_summary_export_leaves_no_workbook_and_the_next_one_works(
        office, tmp_path, seconds):
    home, out = tmp_path / "home", tmp_path / "out"
    out.mkdir()
    before = integrity(office)
    kill_after(home, seconds, "export", "summary", "--db", str(office), "--out",
               str(out / "summary.xlsx"))
    if "summary.xlsx" in visible(out):  # finished before the kill: then it is complete
        load_workbook(out / "summary.xlsx")
    assert integrity(office) == before
    again = run(home, "export", "summary", "--db", str(office), "--out", str(out / "summary.xlsx"))
    assert again.returncode == 0, again.stderr
    assert visible(out) == ["summary.xlsx"]
    assert not list((home / "tmp").glob("run-*/*")), "openpyxl's scratch files are swept"


@pytest.mark.parametrize("seconds", [1.0, 2.0])
def test_a_killed_batch_print_leaves_no_half_files_and_the_next_one_works(
        office, tmp_path, seconds):
    home, out = tmp_path / "home", tmp_path / "out"
    kill_after(home, seconds, "print", "agreements", "--db", str(office), "--out", str(out) + "/")
    if out.exists():
        assert all(name.endswith(".pdf") for name in visible(out))
        first = visible(out)
    else:
        first = []
    again = run(home, "print", "agreements", "--db", str(office), "--out", str(out) + "/")
    assert again.returncode == 0, again.stderr
    assert len(visible(out)) >= len(first)
    for name in visible(out):
        assert (out / name).read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []
