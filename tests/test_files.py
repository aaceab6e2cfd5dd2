"""File names that came from people never become paths; personal files stay private."""

import os
import stat
import tempfile

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop import config, files
from desktop.services.database import open_database
from desktop.services.errors import FieldError
from desktop.services.registry.fields import FAMILY_FIELDS


@given(st.text(max_size=60))
def test_a_safe_name_is_always_one_file_inside_its_folder(text):
    name = files.safe_name(text)
    assert files.is_safe_name(name) or name == "_" or name != name.strip()
    target = files.inside("/tmp/out", name.strip() or "_")
    assert str(target.parent) == os.path.realpath("/tmp/out")


@pytest.mark.parametrize("name", ["../../ESC", "a/b", "..", "", "x/../../y", "/etc/passwd"])
def test_inside_refuses_what_would_leave_the_folder(tmp_path, name):
    with pytest.raises(ValueError):
        files.inside(tmp_path, name)


@pytest.mark.parametrize("code", ["../../../../outside/RCPT", "a\\b", ".hidden", "x:y", "a\x00b"])
def test_a_code_that_becomes_a_file_name_is_refused_when_typed(code):
    field = next(f for f in FAMILY_FIELDS if f.name == "code")
    with pytest.raises(FieldError):
        field.parse(code)


def test_the_data_folder_database_and_settings_are_private_whatever_the_umask(tmp_path):
    old = os.umask(0o022)
    try:
        folder = config.data_dir()
        config.put(config.OFFICE_NAME, "Oficina")
        database = open_database(folder / "office.sqlite", backup_dir=tmp_path / "b")
        database.close()
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "office.sqlite").stat().st_mode) == 0o600
    assert stat.S_IMODE(config.settings_path().stat().st_mode) == 0o600


def test_documents_keep_the_users_umask(tmp_path):
    old = os.umask(0o077)
    try:
        path = files.write_atomically(tmp_path / "doc.pdf", lambda t: open(t, "wb").close())
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["doc.pdf"]


def test_scratch_files_go_to_a_private_folder_and_leftovers_of_dead_runs_are_swept(tmp_path):
    saved = tempfile.tempdir
    try:
        dead = tmp_path / "tmp" / "run-999999999-x"
        dead.mkdir(parents=True)
        (dead / "sheet.xml").write_text("Núñez 01234567")
        mine = files.private_temp_dir(tmp_path)
        assert not dead.exists()
        assert tempfile.gettempdir() == str(mine)
        assert stat.S_IMODE((tmp_path / "tmp").stat().st_mode) == 0o700
    finally:
        tempfile.tempdir = saved


def test_settings_edited_by_hand_with_a_path_prefix_fall_back_to_the_default():
    from desktop.services.settings import agreement_prefix

    config.put(config.AGREEMENT_PREFIX, "../../PWN")
    assert agreement_prefix() == "AC"
    config.put(config.AGREEMENT_PREFIX, "AM-2")
    assert agreement_prefix() == "AM-2"


def test_the_error_log_keeps_where_it_failed_but_no_names_and_is_private(tmp_path):
    try:
        try:
            raise ValueError("DNI 01234567 is already registered to José Núñez")
        except ValueError as inner:
            raise RuntimeError("search text: núñez josé") from inner
    except RuntimeError as error:
        text = files.private_traceback(type(error), error, error.__traceback__)
    assert "test_files.py" in text and "builtins.RuntimeError" in text
    assert "after builtins.ValueError" in text
    assert "01234567" not in text and "Núñez" not in text and "núñez" not in text
    log = tmp_path / "error.log"
    files.append_private(log, text)
    files.append_private(log, text)
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    assert log.read_text(encoding="utf-8") == text * 2
