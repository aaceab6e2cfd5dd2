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


HEAVY = ("sqlalchemy", "alembic", "reportlab", "PySide6", "openpyxl")


def imported_by(*args) -> list[str]:
    """The heavy libraries a fresh process has imported once the command line parsed `args`."""
    code = ("import sys\nfrom desktop.cli import main\ntry:\n    main(sys.argv[1:])\n"
            "except SystemExit:\n    pass\n"
            f"print('loaded:' + ','.join(m for m in {HEAVY!r} if m in sys.modules), "
            "file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                            text=True, timeout=120)
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("loaded:"), result.stderr
    return [m for m in last.removeprefix("loaded:").split(",") if m]


def test_version_and_help_load_none_of_the_heavy_libraries():
    assert imported_by("--version") == []
    assert imported_by("--help") == []
    assert imported_by("print", "agreements", "--help") == []


def test_the_light_choices_are_the_stored_ones():
    from desktop.commands import agreements as command
    from desktop.db.agreement import AGREEMENT_STATUSES
    from desktop.reports.agreement import LANG_CHOICES

    assert command.AGREEMENT_STATUSES == AGREEMENT_STATUSES
    assert command.LANG_CHOICES == LANG_CHOICES
