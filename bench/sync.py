"""Benchmark: a sync of 10,000 changed rows by package files (issue 13; target under 10 s),
and the first reply that fills an empty laptop (the USB path's clone); with --pg, the same
over the network against a real PostgreSQL centre that the bench starts itself
(tests/pg/server.py): a laptop's first sync sending a whole demo, a new laptop's clone, and
a sync of 10,000 changed rows.

Builds a demo centre (N families), copies it to a laptop, changes ROWS members there (the
same columns the ORM hook sets: usn -1, the version before, the version plus one), then
times each step: export, the centre taking the package in and writing its reply, the laptop
taking the reply in. Then an empty laptop takes in the centre's whole content. Each step
prints its wall time and this process's CPU time (on a loaded machine, the CPU time is the
steadier figure).

    .venv/bin/python bench/sync.py [--families 3000] [--rows 10000] [--out bench/out] [--pg]

With --centre FILE (a database at the head migration, such as bench/out/start-1m.sqlite, copied
first: the original is never written), only the first clone is timed: the copy is made the
centre, and an empty laptop syncs with it over the "network" (the centre's file opened
directly; a copy at an older migration is upgraded then, after a backup of it in the
program's folder: point CONSERVATION_DESK_HOME at a scratch folder). Prints wall time, CPU
time and the peak memory of this process. With --pg, then
the same clone from a PostgreSQL centre started here and filled with the copy's content
(COPY), with the server's CPU time for it. With --communities NAME[,NAME…], the laptop is
limited to those communities. --profile-clone OUT.prof keeps cProfile's statistics.

    .venv/bin/python bench/sync.py --centre /work/main/bench/out/families-100000.sqlite \
        --out /tmp/me [--reuse] [--pg] [--communities "Aguas Claras"]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(label, work):
    start, cpu = time.perf_counter(), time.process_time()
    result = work()
    print(f"{label:<52} {time.perf_counter() - start:7.2f} s wall"
          f" {time.process_time() - cpu:7.2f} s CPU", flush=True)
    return result


CHANGE_MEMBERS = ("UPDATE persons SET phone = '999' || substr(id, 1, 6), base_version = version, "
                  "version = version + 1, usn = -1 WHERE id IN (SELECT id FROM persons LIMIT :n)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--families", type=int, default=3000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--profile", action="store_true", help="profile the centre's import")
    parser.add_argument("--pg", action="store_true", help="also the network sync, against a "
                                                          "PostgreSQL centre started here")
    parser.add_argument("--centre", type=Path, help="time only the first clone of (a copy of) "
                                                    "this database")
    parser.add_argument("--reuse", action="store_true", help="with --centre: reuse the copy "
                                                             "an earlier run made")
    parser.add_argument("--profile-clone", type=Path, metavar="OUT.prof",
                        help="with --centre: write the clone's cProfile statistics there")
    parser.add_argument("--communities", metavar="CODE[,CODE…]",
                        help="with --centre: the laptop is limited to these communities")
    args = parser.parse_args()
    if args.centre:
        centre = clone(args.centre, args.out / "sync", args.reuse, args.profile_clone,
                       args.communities)
        if args.pg:
            pg_clone(centre, args.out / "sync", args.profile_clone, args.communities)
        return

    from sqlalchemy import text

    from desktop.db.engine import Database
    from desktop.services import sync
    from desktop.services.edits import CheckedSession
    from desktop.services.office import set_office

    folder = args.out / "sync"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    centre, laptop, empty = (folder / n for n in ("centre.sqlite", "laptop.sqlite",
                                                   "empty.sqlite"))

    def session_of(path):
        database = Database(path, session_class=CheckedSession)
        return database, database.session()

    timed(f"demo centre of {args.families} families", lambda: subprocess.run(
        [sys.executable, "-m", "desktop", "demo", "--db", str(centre), "--families",
         str(args.families)], check=True, capture_output=True))
    database, session = session_of(centre)
    set_office(session, "CEN")
    timed("start_centre (number every row)", lambda: sync.start_centre(session))
    session.close()
    database.close()
    shutil.copyfile(centre, laptop)
    database, session = session_of(laptop)
    set_office(session, "LA")
    done = session.execute(text(CHANGE_MEMBERS), {"n": args.rows}).rowcount
    session.commit()
    print(f"changed rows on the laptop: {done}")
    package = timed("laptop: export and write the package", lambda: sync.write_package(
        sync.export_changes(session), folder / "laptop.cdsync"))
    print(f"package size: {package.stat().st_size / 1e6:.1f} MB")
    session.close()
    database.close()

    database, session = session_of(centre)
    if args.profile:
        import cProfile
        profiler = cProfile.Profile()
        profiler.enable()
    result = timed("centre: read, import, commit", lambda: sync.import_package(
        session, sync.read_package(package, sync.state.revision())))
    if args.profile:
        import pstats
        profiler.disable()
        pstats.Stats(profiler).sort_stats("tottime").print_stats(20)
        return
    print(f"applied {result.applied}, skipped {result.skipped}, conflicts {result.conflicts}")
    reply = timed("centre: write the reply", lambda: sync.write_package(
        result.reply, folder / "reply.cdsync"))
    session.close()
    database.close()
    database, session = session_of(laptop)
    timed("laptop: read and import the reply", lambda: sync.import_package(
        session, sync.read_package(reply, sync.state.revision())))
    session.close()
    database.close()

    subprocess.run([sys.executable, "-m", "desktop", "init", "--db", str(empty), "--office",
                    "LE"], check=True, capture_output=True)
    database, session = session_of(empty)
    first = timed("empty laptop: export (nothing)", lambda: sync.write_package(
        sync.export_changes(session), folder / "empty.cdsync"))
    session.close()
    database.close()
    database, session = session_of(centre)
    result = timed("centre: whole content for the empty laptop", lambda: sync.import_package(
        session, sync.read_package(first, sync.state.revision())))
    whole = sync.write_package(result.reply, folder / "whole.cdsync")
    print(f"rows {len(result.reply.rows)}, reply size {whole.stat().st_size / 1e6:.1f} MB")
    session.close()
    database.close()
    database, session = session_of(empty)
    timed("empty laptop: take in the whole content", lambda: sync.import_package(
        session, sync.read_package(whole, sync.state.revision())))
    session.close()
    database.close()
    if args.pg:
        network(folder, centre, args.rows)


def peak_memory() -> str:
    return f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"


def clone(original: Path, folder: Path, reuse: bool = False, profile: Path | None = None,
          communities: str | None = None) -> Path:
    """The first clone of a copy of `original` onto an empty laptop over the network (the
    centre's file opened directly, as a test does); the numbered centre's copy."""
    from sqlalchemy import func, select

    from desktop.db.engine import Database
    from desktop.services import sync
    from desktop.services.edits import CheckedSession
    from desktop.services.office import set_office
    from desktop.services.sync.tables import TABLES

    centre = folder / "centre.sqlite"
    if not (reuse and centre.exists()):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        timed("copy the centre", lambda: subprocess.run(
            ["cp", "--reflink=auto", str(original), str(centre)], check=True))
    database = Database(centre, session_class=CheckedSession)
    with database.session() as session:
        if not sync.status(session).role:
            set_office(session, "CEN")
            timed("start_centre (number every row)", lambda: sync.start_centre(session))
        rows = sum(session.scalar(select(func.count()).select_from(table)) for table in TABLES)
    database.close()
    print(f"rows in the centre: {rows:,}")
    first_clone(centre, folder, "network: an empty laptop's first sync (its clone)", profile,
                communities)
    return centre


def first_clone(centre, folder: Path, label: str, profile: Path | None = None,
                communities: str | None = None) -> None:
    """Time an empty laptop's first network sync with `centre` (a file or an address)."""
    from desktop.db.engine import Database
    from desktop.services.edits import CheckedSession
    from desktop.services.office import initialise
    from desktop.services.sync import network as net

    laptop = folder / "laptop.sqlite"
    for leftover in folder.glob("laptop.sqlite*"):
        leftover.unlink()
    initialise(laptop, "LA")
    here, there = Database(laptop, session_class=CheckedSession), net.open_centre(centre)
    there.on_close_after_write = None  # no 2 GB backup of the bench's copy
    options = {"communities": communities.split(",")} if communities else {}
    try:
        with here.session() as a, there.session() as b:
            if profile is not None:
                import cProfile
                profiler = cProfile.Profile()
                profiler.enable()
            done = timed(label, lambda: net.synchronise(a, b, **options))
            if profile is not None:
                profiler.disable()
                profiler.dump_stats(str(profile))
    finally:
        here.close()
        there.close()
    print(f"    cloned: {done.cloned}, received {done.at_laptop.applied:,} rows; "
          f"{peak_memory()}")
    print(f"laptop file: {laptop.stat().st_size / 1e6:.0f} MB")
    for leftover in folder.glob("laptop.sqlite*"):
        leftover.unlink()


def pg_clone(centre: Path, folder: Path, profile: Path | None = None,
             communities: str | None = None) -> None:
    """The same clone from a PostgreSQL centre that this bench starts (tests/pg/server.py)
    and fills with the content of the numbered file `centre` (COPY, its sync state too)."""
    from desktop.services.office import initialise
    from tests.pg.server import Server

    server = Server().start()
    try:
        url = create_database(server, "centre")
        initialise(url, "CEN")
        timed("fill the PostgreSQL centre (COPY)", lambda: fill_postgres(centre, url))
        before = server_cpu(server)
        first_clone(url, folder, "network: the first clone from the PostgreSQL centre",
                    profile and profile.with_suffix(".pg" + profile.suffix), communities)
        print(f"    the server's CPU for it: {server_cpu(server) - before:.2f} s")
    finally:
        server.stop()


def server_cpu(server) -> float:
    """CPU seconds (user + system) of the server's connections that have ended."""
    import os

    time.sleep(1)  # the ended connections reaped
    pid = (server.data / "postmaster.pid").read_text().split()[0]
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")


def create_database(server, name: str) -> str:
    from sqlalchemy import text

    from desktop.db.engine import Database

    engine = Database(server.url("postgres")).engine.execution_options(
        isolation_level="AUTOCOMMIT")
    with engine.connect() as connection:
        connection.execute(text(f"CREATE DATABASE {name}"))
    engine.dispose()
    return server.url("postgres").rsplit("/", 1)[0] + "/" + name


def fill_postgres(source: Path, url: str) -> None:
    """Copy every synced table, the agreements' plots and the sync state of the file `source`
    into the empty PostgreSQL database at `url` (foreign keys unchecked: a consistent file)."""
    import sqlite3

    import psycopg

    from desktop.db.agreement import agreement_plots
    from desktop.services.sync.tables import TABLES

    sqlite = sqlite3.connect(source)
    with psycopg.connect(url) as pg, pg.cursor() as cursor:
        cursor.execute("SET session_replication_role = replica")
        cursor.execute("DELETE FROM audit_entries")
        for table in [*TABLES, agreement_plots]:
            names = [c.name for c in table.columns]
            kinds = {c.name: type(getattr(c.type, "impl", c.type)).__name__
                     for c in table.columns}
            shown = ", ".join(f'"{n}"' for n in names)
            flags = [kinds[n] == "Boolean" for n in names]
            with cursor.copy(f'COPY "{table.name}" ({shown}) FROM STDIN') as copy:
                for row in sqlite.execute(f'SELECT {shown} FROM "{table.name}"'):
                    copy.write_row([bool(v) if f and v is not None else v
                                    for v, f in zip(row, flags, strict=True)])
        for key, value in sqlite.execute("SELECT key, value FROM sync_state"):
            cursor.execute("DELETE FROM sync_state WHERE key = %s", (key,))
            cursor.execute("INSERT INTO sync_state (key, value) VALUES (%s, %s)", (key, value))
        cursor.execute("ANALYZE")
    sqlite.close()


def network(folder: Path, demo: Path, rows: int) -> None:
    """The network sync against a PostgreSQL centre: the demo's file as a laptop full of
    offline work (its first sync sends it all), a new laptop's clone, then ROWS changes."""
    from sqlalchemy import text

    from desktop.db.engine import Database
    from desktop.services.edits import CheckedSession
    from desktop.services.office import initialise, set_office
    from desktop.services.sync import network as net
    from desktop.services.sync.tables import TABLES
    from tests.pg.server import Server

    server = Server().start()
    try:
        url = server.url("postgres").rsplit("/", 1)[0] + "/centre"
        engine = Database(server.url("postgres")).engine.execution_options(
            isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text("CREATE DATABASE centre"))
        engine.dispose()
        initialise(url, "PGC")
        laptop, clone = folder / "net-laptop.sqlite", folder / "net-clone.sqlite"
        shutil.copyfile(demo, laptop)
        database = Database(laptop, session_class=CheckedSession)
        with database.session() as session:  # a file that never synced: all of it to send
            for name in ("sync_state", "sync_packages", "sync_heads", "sync_conflicts"):
                session.execute(text(f"DELETE FROM {name}"))
            for table in TABLES:
                session.execute(text(f"UPDATE {table.name} SET usn = -1"))
            session.commit()
            set_office(session, "NL")
        database.close()
        initialise(clone, "NC")

        def sync_once(path, label):
            here, there = Database(path, session_class=CheckedSession), net.open_centre(url)
            try:
                with here.session() as a, there.session() as b:
                    done = timed(label, lambda: net.synchronise(a, b))
                print(f"    sent {done.sent}, received {len(done.at_centre.reply.rows)}")
            finally:
                here.close()
                there.close()

        sync_once(laptop, "network: laptop's first sync sends a whole demo")
        sync_once(clone, "network: an empty laptop's clone")
        database = Database(laptop, session_class=CheckedSession)
        with database.session() as session:
            session.execute(text(CHANGE_MEMBERS), {"n": rows})
            session.commit()
        database.close()
        sync_once(laptop, f"network: a sync of {rows} changed members")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
