"""`conservation-desk demo`: a new file in WAL mode, refused on a central database in one
translated line, and a killed build leaves no drawing process behind."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.cli import main


@pytest.mark.parametrize(("language", "words"), [("en", "is a central database"),
                                                 ("es", "es una base de datos central")])
def test_a_demo_on_a_central_database_is_refused_in_one_line(capsys, language, words):
    url = "postgresql+psycopg://office@127.0.0.1:1/desk"
    assert main(["--lang", language, "demo", "--db", url]) == 2
    err = capsys.readouterr().err.strip()
    assert words in err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_a_demo_file_is_left_with_its_journal_and_checks(tmp_path, capsys):
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "demo.sqlite"
    assert main(["--lang", "en", "demo", "--db", str(path), "--families", "40"]) == 0
    assert "40 families" in capsys.readouterr().out
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
    assert sorted(p.name for p in path.parent.iterdir()) == ["demo.sqlite"]


def children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads /proc")
def test_a_killed_build_leaves_no_drawing_process(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--lang", "en", "demo", "--db",
         str(tmp_path / "big.sqlite"), "--families", "50000"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        env={**os.environ, "CONSERVATION_DESK_HOME": str(tmp_path / "home")})
    try:
        deadline = time.monotonic() + 120
        drawing = []
        while not drawing and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.2)
            drawing = children(process.pid)
        assert drawing, "no drawing process started"
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        deadline = time.monotonic() + 60
        while any(alive(pid) for pid in drawing) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(alive(pid) for pid in drawing)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
