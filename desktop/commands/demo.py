"""`conservation-desk demo --db PATH [--families N] [--seed S]`."""

from __future__ import annotations

import os
import time
from pathlib import Path

from desktop.commands.common import EXIT_OK, CliError, add_db_option, at_least, new_file
from desktop.i18n import translate


def register(groups) -> None:
    demo = groups["root"].add_parser("demo", help="write a realistic demo database")
    add_db_option(demo)
    demo.add_argument("--families", type=int, default=1600)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--with-users", action="store_true", dest="with_users",
                      help="add one user per role and print their passwords (the demo is "
                           "single-user without it)")
    demo.set_defaults(func=run_demo)


def run_demo(args) -> int:
    families = at_least(args.families, 1, "--families")
    path = new_file(args.db_path)
    from desktop.services.database import open_database
    from desktop.demo import build_demo

    started = time.perf_counter()
    # Built under a hidden name and renamed when complete: a killed run leaves no file that
    # the next run refuses or reports as damaged (and the hidden one is replaced next time).
    building = path.with_name(f".{path.name}.building")
    _remove(building)
    database = open_database(building)
    try:
        counts = build_demo(database, families=families, seed=args.seed, new_file=True)
        users = _add_users(database) if args.with_users else []
        database.on_close_after_write = None  # a brand-new demo needs no backup
        database.close()
        os.replace(building, path)
    except BaseException:
        database.close()
        _remove(building)
        raise
    print(translate("Cli", "Demo database written to {path}: {families} families, "
                    "{persons} persons ({seconds:.1f} s).").format(
        path=path, families=counts["families"], persons=counts["persons"],
        seconds=time.perf_counter() - started))
    for name, role, password in users:
        print(translate("Cli", "User {name} ({role}), password {password}").format(
            name=name, role=role, password=password))
    return EXIT_OK


#: One demo user per role: (name, role).
DEMO_USERS = (("admin", "admin"), ("coordinator", "coordinator"), ("office", "office"),
              ("cooperative", "cooperative"), ("viewer", "viewer"))


def _add_users(database) -> list[tuple[str, str, str]]:
    """One user per role with a fresh random password each (printed once, kept nowhere)."""
    import secrets

    from desktop.i18n.labels import label
    from desktop.services import people

    made = []
    for name, role in DEMO_USERS:
        password = secrets.token_urlsafe(9)
        with database.session() as session:
            people.add_user(session, name, role, password, first=role == "admin")
        if role == "admin":
            database.actor = people.Actor(name, role)
        made.append((name, label("role", role), password))
    return made


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


__all__ = ["register", "CliError"]
