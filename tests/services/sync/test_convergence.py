"""A hypothesis state machine: two laptops and the centre, random edits, member additions and
deletions, packages and replies lost, duplicated and taken in out of order, conflicts decided
at random. After everyone syncs twice, every database holds the centre's content, and no
value anyone typed vanished without a conflict showing it or a later edit made by someone
who had seen it."""

import json
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, rule, run_state_machine_as_test
from sqlalchemy import select

from desktop.db.audit import AuditEntry
from desktop.db.sync import SyncConflict
from desktop.services import registry, sync
from tests.services.sync.offices import (
    build_offices, content_hash, exchange, export, take, the_family, with_session,
)

LAPTOPS = st.sampled_from(["a", "b"])
ANYWHERE = st.sampled_from(["a", "b", "centre"])
PICK = st.integers(min_value=0, max_value=50)


def machine(template: Path, folder: Path):
    class SyncMachine(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.folder = Path(tempfile.mkdtemp(dir=folder))
            self.paths = build_offices(self.folder, template)
            self.outbox = {"a": [], "b": []}
            self.inbox = {"a": [], "b": []}
            self.typed = []  # (field, value) of every edit of the family's fields
            self.count = 0

        def name(self, stem):
            self.count += 1
            return f"{stem}{self.count}"

        @rule(where=ANYWHERE, field=st.sampled_from(["notes", "address"]))
        def edit(self, where, field):
            value = self.name(where + "-")
            with_session(self.paths[where], lambda s: registry.update_family(
                s, the_family(s).id, {field: value}))
            self.typed.append((field, value))

        @rule(where=ANYWHERE)
        def add_member(self, where):
            given = self.name("Ana")
            with_session(self.paths[where], lambda s: registry.add_member(
                s, the_family(s).id, {"given_names": given, "paternal_surname": "Núñez",
                                      "sex": "F", "relation": "child"}))

        @rule(where=ANYWHERE, pick=PICK)
        def delete_member(self, where, pick):
            def work(session):
                children = [m for m in the_family(session).living_members
                            if m.relation != "head"]
                if children:
                    registry.delete_member(session, children[pick % len(children)].id)
            with_session(self.paths[where], work)

        @rule(laptop=LAPTOPS)
        def export(self, laptop):
            self.outbox[laptop].append(export(self.paths[laptop],
                                              self.folder / f"{self.name('p')}.cdsync"))

        @rule(laptop=LAPTOPS, pick=PICK, again=st.booleans())
        def deliver(self, laptop, pick, again):
            """The centre takes in a package (kept for a duplicate when `again`)."""
            box = self.outbox[laptop]
            if not box:
                return
            package = box[pick % len(box)] if again else box.pop(pick % len(box))
            result = take(self.paths["centre"], package)
            self.inbox[laptop].append(sync.write_package(
                result.reply, self.folder / f"{self.name('r')}.cdsync"))

        @rule(laptop=LAPTOPS, pick=PICK, outbox=st.booleans())
        def lose(self, laptop, pick, outbox):
            box = (self.outbox if outbox else self.inbox)[laptop]
            if box:
                box.pop(pick % len(box))

        @rule(laptop=LAPTOPS, pick=PICK, again=st.booleans())
        def take_reply(self, laptop, pick, again):
            box = self.inbox[laptop]
            if box:
                take(self.paths[laptop], box[pick % len(box)] if again
                     else box.pop(pick % len(box)))

        @rule(pick=PICK, sides=st.lists(st.booleans(), min_size=4, max_size=4))
        def resolve(self, pick, sides):
            def work(session):
                found = sync.list_conflicts(session)
                if found:
                    conflict = found[pick % len(found)]
                    sync.resolve(session, conflict.id, {
                        name: "theirs" if side else "ours"
                        for (name, _, _), side in zip(conflict.fields, sides)})
            with_session(self.paths["centre"], work)

        def teardown(self):
            try:
                for round_ in range(2):
                    for laptop in ("a", "b"):
                        exchange(self.paths[laptop], self.paths["centre"], self.folder,
                                 self.name(f"settle{round_}{laptop}"))
                hashes = {name: content_hash(path) for name, path in self.paths.items()}
                assert len(set(hashes.values())) == 1, hashes
                with_session(self.paths["centre"], self.check_nothing_lost)
            finally:
                shutil.rmtree(self.folder, ignore_errors=True)

        def check_nothing_lost(self, session):
            family = the_family(session)
            kept = " ".join(session.scalars(select(SyncConflict.their_values)).all()
                            + session.scalars(select(SyncConflict.our_values)).all())
            overwritten = set()
            for changes in session.scalars(select(AuditEntry.changes).where(
                    AuditEntry.entity_id == family.id)):
                for field, (old, _new) in json.loads(changes).items():
                    overwritten.add((field, old))
            for field, value in self.typed:
                assert (getattr(family, field) == value or f'"{value}"' in kept
                        or (field, value) in overwritten), (field, value)

    return SyncMachine


def test_laptops_and_the_centre_converge_and_lose_no_edit(migrated_template, tmp_path):
    run_state_machine_as_test(machine(migrated_template, tmp_path), settings=settings(
        max_examples=8, stateful_step_count=14, deadline=None,
        suppress_health_check=list(HealthCheck)))
