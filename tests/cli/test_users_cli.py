"""`users add|list|disable|password`, `--user` on every command, and exit 4 (issue 14)."""

import subprocess
import sys

import pytest

from desktop.services import registry


def run(*args, password=None, new_password=None, lang="en", env_extra=None):
    import os

    env = {k: v for k, v in os.environ.items()
           if k not in ("CONSERVATION_DESK_PASSWORD", "CONSERVATION_DESK_NEW_PASSWORD")}
    if password is not None:
        env["CONSERVATION_DESK_PASSWORD"] = password
    if new_password is not None:
        env["CONSERVATION_DESK_NEW_PASSWORD"] = new_password
    return subprocess.run([sys.executable, "-m", "desktop", "--lang", lang, *args],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                          timeout=120)


@pytest.fixture
def db_with_admin(database, family):
    path = str(database.path)
    database.close()
    done = run("users", "add", "Ana Admin", "--role", "admin", "--db", path,
               new_password="first-secret")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "User Ana Admin added as Administrator."
    return path


def test_the_first_user_is_an_administrator_then_only_administrators_add_users(db_with_admin):
    refused = run("users", "add", "Rosa", "--role", "cooperative", "--db", db_with_admin,
                  new_password="rosa-secret")
    assert refused.returncode == 4
    assert refused.stderr.strip().endswith("sign in first (with --user NAME on the command "
                                           "line).")
    wrong = run("users", "list", "--db", db_with_admin, "--user", "Ana Admin", password="nope")
    assert wrong.returncode == 4 and "Wrong user name or password." in wrong.stderr
    added = run("users", "add", "Rosa", "--role", "cooperative", "--db", db_with_admin,
                "--user", "ana admin", password="first-secret", new_password="rosa-secret")
    assert added.returncode == 0, added.stderr
    listing = run("users", "list", "--db", db_with_admin, "--user", "Ana Admin",
                  password="first-secret", lang="es")
    assert listing.returncode == 0
    assert [line.split("  ")[0] for line in listing.stdout.splitlines()] == ["Ana Admin", "Rosa"]
    assert "Gestor(a) de cooperativa" in listing.stdout


def test_a_role_without_the_action_gets_one_translated_line_and_exit_4(db_with_admin,
                                                                         tmp_path):
    run("users", "add", "Rosa", "--role", "cooperative", "--db", db_with_admin,
        "--user", "Ana Admin", password="first-secret", new_password="rosa-secret")
    out = tmp_path / "agreement.pdf"
    refused = run("print", "agreement", "AC-0001", "--db", db_with_admin, "--out", str(out),
                  "--user", "Rosa", password="rosa-secret", lang="es")
    assert refused.returncode == 4
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert "Rosa (Gestor(a) de cooperativa)" in refused.stderr
    assert not out.exists()
    no_password = run("users", "list", "--db", db_with_admin, "--user", "Rosa")
    assert no_password.returncode == 2 and "CONSERVATION_DESK_PASSWORD" in no_password.stderr


def test_no_password_is_written_anywhere_readable(db_with_admin):
    from pathlib import Path

    raw = Path(db_with_admin).read_bytes()
    assert b"first-secret" not in raw
    assert registry  # the database still opens for the services (imported above)


def test_init_with_an_administrator_and_a_demo_with_one_user_per_role(tmp_path):
    short = run("init", "--db", str(tmp_path / "a.sqlite"), "--admin", "Ana", password="short")
    assert short.returncode == 2 and not (tmp_path / "a.sqlite").exists()
    made = run("init", "--db", str(tmp_path / "a.sqlite"), "--admin", "Ana",
               password="long enough")
    assert made.returncode == 0, made.stderr
    assert made.stdout.splitlines()[-1] == "User Ana added as Administrator."
    listing = run("users", "list", "--db", str(tmp_path / "a.sqlite"), "--user", "ana",
                  password="long enough")
    assert listing.returncode == 0 and listing.stdout.startswith("Ana")
    demo = run("demo", "--db", str(tmp_path / "d.sqlite"), "--families", "5", "--with-users")
    assert demo.returncode == 0, demo.stderr
    users = [line for line in demo.stdout.splitlines() if line.startswith("User ")]
    assert len(users) == 5 and "(Cooperative manager)" in users[3]
    password = users[4].rsplit(" ", 1)[1]
    viewer = run("print", "agreements", "--db", str(tmp_path / "d.sqlite"), "--out",
                 str(tmp_path / "all.pdf"), "--user", "viewer", password=password)
    assert viewer.returncode == 4 and "may not print agreements" in viewer.stderr
