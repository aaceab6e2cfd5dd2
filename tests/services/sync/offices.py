"""A centre and two laptops made as copies of it, as real SQLite files, and the exchanges
between them through real package files."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from datetime import date

from sqlalchemy import select

from desktop.db.agreement import agreement_plots
from desktop.db.engine import Database
from desktop.services import agreements as ag
from desktop.services import registry
from desktop.services import sync, training
from desktop.services.edits import CheckedSession
from desktop.services.office import set_office
from desktop.services.sync.tables import BOOKKEEPING, DERIVED, TABLES, encode
from tests.conftest import head

SYNC_TABLES = ("sync_state", "sync_packages", "sync_heads", "sync_conflicts")


def demo_file(folder, families: int, office: str, name: str = "demo.sqlite"):
    """A demo of `families` made by the command line (as an office does) in `folder`, its
    office code set: the laptop or centre the sync tests start from."""
    path = folder / name
    done = subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", "demo", "--db",
                           str(path), "--families", str(families)], capture_output=True,
                          text=True,
                          env={**os.environ, "CONSERVATION_DESK_HOME": str(folder / "home")})
    assert done.returncode == 0, done.stderr
    with_session(path, lambda session: set_office(session, office))
    return path


def open_db(path) -> Database:
    return Database(path, session_class=CheckedSession)


def build_offices(folder, template) -> dict:
    """{"centre": path, "a": path, "b": path}: a centre with a family, two plots and a draft
    agreement, numbered as the centre, and two laptops copied from it (offices LA, LB)."""
    centre = folder / "centre.sqlite"
    shutil.copyfile(template, centre)
    db = open_db(centre)
    with db.session() as session:
        set_office(session, "CEN", "Centre")
        community = registry.save_community(session, {
            "name": "Aguas Claras", "district": "Pardo Miguel", "province": "Rioja",
            "zone": "inside"})
        family = registry.create_family(session, {"community_id": community.id,
                                                  "inside_forest": True}, head())
        for name, use in (("Bosque alto", "forest"), ("El Cafetal", "coffee")):
            registry.add_plot(session, family.id, {"name": name, "area_ha": "2",
                                                   "land_use": use})
        ag.create_agreement(session, family.id, {"start_date": date(2026, 1, 1),
                                                 "end_date": date(2026, 12, 31)})
        sync.start_centre(session)
    db.close()
    paths = {"centre": centre}
    for name, code in (("a", "LA"), ("b", "LB")):
        paths[name] = folder / f"laptop-{name}.sqlite"
        shutil.copyfile(centre, paths[name])
        db = open_db(paths[name])
        with db.session() as session:
            set_office(session, code, f"Laptop {code}")
        db.close()
    return paths


def export(path, out):
    db = open_db(path)
    try:
        with db.session() as session:
            return sync.write_package(sync.export_changes(session), out)
    finally:
        db.close()


def take(path, package_path):
    """Import a package file into the database at `path`; the ImportResult."""
    db = open_db(path)
    try:
        with db.session() as session:
            return sync.import_package(session, sync.read_package(
                package_path, sync.state.revision()))
    finally:
        db.close()


def exchange(laptop, centre, folder, name="x"):
    """Laptop -> package -> centre -> reply -> laptop; (centre's result, laptop's result)."""
    out = export(laptop, folder / f"{name}.cdsync")
    at_centre = take(centre, out)
    reply = sync.write_package(at_centre.reply, folder / f"{name}-reply.cdsync")
    return at_centre, take(laptop, reply)


def content_hash(path, with_sync_tables=False) -> str:
    """A hash of every synced table's content (usn, base version and the derived search
    text aside), agreements' plots included; with the sync tables too when asked."""
    db = open_db(path)
    digest = hashlib.sha256()
    try:
        with db.session() as session:
            for table in [*TABLES, agreement_plots]:
                columns = [c for c in table.columns
                           if c.name not in BOOKKEEPING | DERIVED]
                rows = sorted(json.dumps([encode(v) for v in row])  # here: collations differ
                              for row in session.execute(select(*columns)))
                digest.update(json.dumps([table.name, rows]).encode())
            if with_sync_tables:
                for name in SYNC_TABLES:
                    rows = session.execute(select(_table(name))).all()
                    digest.update(json.dumps([name, sorted(map(str, rows))]).encode())
    finally:
        db.close()
    return digest.hexdigest()


def _table(name):
    from desktop.db.base import Base

    return Base.metadata.tables[name]


def with_session(path, work):
    db = open_db(path)
    try:
        with db.session() as session:
            return work(session)
    finally:
        db.close()


def the_family(session):
    return registry.family_by_code(session, "F-CEN-000001")


DNI = "11112222"


def add_member(path, given, attends=False):
    """A member with the DNI `DNI` added to the family (attending a new training when
    `attends`); its id."""
    def work(session):
        family = the_family(session)
        person = registry.add_member(session, family.id, {
            "given_names": given, "paternal_surname": "Quispe", "sex": "F",
            "relation": "child", "dni": DNI})
        if attends:
            held = training.save_session(session, {
                "held_on": date(2026, 3, 2), "topic": "Café bajo sombra",
                "kind": "coffee", "community_id": family.community_id})
            training.add_member(session, held.id, person.id)
        return person.id
    return with_session(path, work)
