"""Static checks of the packaging files (the build itself runs in CI: packaging/build.sh and
packaging/smoke_test.sh; PyInstaller never runs in the test suite)."""

import ast
import configparser
import re
import struct
from pathlib import Path

import pytest

from desktop import RESOURCES_DIR, TRANSLATIONS_DIR
from desktop.commands import AREA_MODULES
from desktop.db.migrate import MIGRATIONS_DIR

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "conservation-desk.spec"
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 32, 48, 64, 128, 256)


def spec_text() -> str:
    return SPEC.read_text(encoding="utf-8")


def test_the_spec_is_python_and_ships_what_the_program_reads_at_run_time():
    text = spec_text()
    ast.parse(text)
    assert '"translations").glob("*.qm")' in text
    assert '"translations").glob("*.ts")' in text  # the headless core reads the .ts
    assert 'tree(ROOT / "resources", "resources")' in text
    assert 'tree(ROOT / "desktop" / "db" / "migrations", "desktop/db/migrations")' in text
    assert 'collect_submodules("desktop"' in text
    assert 'collect_submodules("reportlab.graphics.barcode")' in text
    assert 'copy_metadata("conservation-desk")' in text
    assert "COLLECT(" in text  # one folder, not one file
    assert 'packaging" / "launcher.py"' in text


def test_the_bundle_layout_matches_where_the_package_looks():
    """The spec puts these folders beside the package inside the bundle, as in a checkout."""
    assert RESOURCES_DIR.parent == TRANSLATIONS_DIR.parent == ROOT
    assert MIGRATIONS_DIR == ROOT / "desktop" / "db" / "migrations"
    assert (TRANSLATIONS_DIR / "desktop_es.qm").is_file()
    assert (MIGRATIONS_DIR / "env.py").is_file()
    assert list((MIGRATIONS_DIR / "versions").glob("*.py"))
    assert (RESOURCES_DIR / "fonts" / "DejaVuSans.ttf").is_file()
    # Alembic's folder is data: it must not be compiled as modules (env.py runs when imported).
    assert not (MIGRATIONS_DIR / "__init__.py").exists()
    assert 'not name.startswith("desktop.db.migrations")' in spec_text()


def test_lazily_imported_modules_are_inside_the_collected_package():
    from desktop.ui.areas import AREAS

    lazy = [*AREA_MODULES, *(target.split(":")[0] for _, target, _ in AREAS),
            "desktop.demo.builder"]
    for name in lazy:
        assert name.startswith("desktop."), name  # so collect_submodules("desktop") has it
        assert (ROOT / (name.replace(".", "/") + ".py")).is_file(), name


def test_the_desktop_file_starts_the_program_from_the_office_menu():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "conservation-desk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].startswith("conservation-desk")
    assert desktop["Icon"] == "conservation-desk"
    assert "Office" in desktop["Categories"].split(";")
    assert desktop["Categories"].endswith(";")
    assert desktop["Name[es]"] and desktop["Comment[es]"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", SIZES)
def test_the_icon_exists_in_every_size(size):
    assert png_size(ICONS / f"conservation-desk-{size}.png") == (size, size)


def test_the_icon_sources():
    svg = (ICONS / "conservation-desk.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and 'viewBox="0 0 256 256"' in svg
    ico = (ICONS / "conservation-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind, count) == (0, 1, len(SIZES))


def test_the_scripts_are_executable_bash():
    for script in ("build.sh", "smoke_test.sh", "linux/install.sh"):
        path = PACKAGING / script
        assert path.read_text().startswith("#!/usr/bin/env bash"), script
        assert path.stat().st_mode & 0o111, f"{script} is not executable"


def test_the_smoke_test_runs_the_program_without_python_and_offscreen():
    text = (PACKAGING / "smoke_test.sh").read_text()
    assert "env -i" in text and "QT_QPA_PLATFORM=offscreen" in text
    assert "CONSERVATION_DESK_HOME" in text
    for check in ("--version", "demo --db", "export summary", "print agreement"):
        assert check in text


def test_the_windows_installer_is_per_user_bilingual_and_keeps_the_data():
    iss = (PACKAGING / "windows" / "conservation-desk.iss").read_text(encoding="utf-8")
    assert re.search(r"^PrivilegesRequired=lowest$", iss, re.M)
    assert 'compiler:Languages\\Spanish.isl' in iss and "compiler:Default.isl" in iss
    assert "{group}\\{#AppName}" in iss  # the Start-menu shortcut
    assert "[UninstallDelete]" not in iss and "localappdata}\\ConservationDesk'" in iss
    assert "ConservationDesk.exe" in iss and '"ConservationDesk"' in spec_text()


def test_the_readme_says_how_big_the_build_is_and_that_windows_is_unproven():
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    assert re.search(r"\d+ MB", readme)
    assert "cannot be built here" in readme


def test_no_qt_module_the_program_imports_is_left_out_of_the_bundle():
    """The Charts module was once on the spec's list of modules to leave out while the home
    page imported it: the built program then stopped at start."""
    import ast
    import re

    used = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    tree = ast.parse(spec_text())
    excluded = next(node.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
                    and getattr(node.targets[0], "id", "") == "excludes")
    left_out = {ast.literal_eval(e).removeprefix("PySide6.") for e in excluded.elts}
    assert "QtCharts" in used
    assert used & left_out == set()
