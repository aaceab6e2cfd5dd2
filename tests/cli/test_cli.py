"""The command line: version, one-line errors, exit codes."""

import subprocess
import sys

from desktop import __version__
from desktop.cli import main


def run(*args):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, timeout=120)


def test_version():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"conservation-desk {__version__}"


def test_bad_arguments_give_one_line_and_exit_2():
    result = run("demo", "--families", "many")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_unknown_language_refused():
    result = run("--lang", "fr", "demo", "--db", "x.sqlite")
    assert result.returncode == 2


def test_demo_refuses_an_existing_file_in_spanish(tmp_path, capsys):
    target = tmp_path / "office.sqlite"
    target.write_bytes(b"keep me")
    assert main(["--lang", "es", "demo", "--db", str(target)]) == 1
    err = capsys.readouterr().err
    assert "ya existe" in err and len(err.strip().splitlines()) == 1
    assert target.read_bytes() == b"keep me"


def test_demo_refuses_zero_families(tmp_path, capsys):
    assert main(["--lang", "en", "demo", "--db", str(tmp_path / "x.sqlite"), "--families", "0"]) == 1
    assert "--families must be at least 1." in capsys.readouterr().err
