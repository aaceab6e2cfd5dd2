"""The centre's side: taking in a laptop's changes and answering with what it has not seen.

A laptop limited to some communities gets, of what it has not seen, only their part
(scope.py).

A change based on the version the centre holds is applied; so is one continuing a version
the same office sent before (its earlier package arrived, its reply did not). An older
change of that same office, already overtaken, is skipped. A change that says the same as
what the centre holds is skipped. Anything else was changed on both sides: the centre keeps
its version and both go to the conflicts, for a person to decide (never a silent overwrite).
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select, text
from sqlalchemy.orm import Session

from desktop.db.sync import SyncHead, SyncPackage
from desktop.db.types import utcnow
from desktop.services.sync import conflicts, scope, state
from desktop.services.sync.anonymised import Anonymisations
from desktop.services.sync.apply import Writer, by_table, chunks, fields_of_rows, is_audit
from desktop.services.sync.package import REPLY, Package
from desktop.services.sync.tables import TABLES, order_column, same_content

HEADS = SyncHead.__table__


def already_taken(session: Session, package_id: str) -> bool:
    return session.scalar(select(SyncPackage.id).where(SyncPackage.id == package_id)) \
        is not None


def take_changes(session: Session, package: Package, counts: dict) -> dict:
    """Apply a laptop's package (the caller checked it and commits); `counts` gets applied,
    skipped, conflicts (new ones). Returns {table: {id: (version, usn)}} of the rows written
    as the laptop sent them."""
    office, user = package.office, str(package.info.get("user") or "")
    usn = state.next_usn(session)
    state.stamp(session, TABLES, usn)
    session.execute(insert(SyncPackage.__table__).values(
        id=package.id, kind=package.kind, office=office, received_at=utcnow()))
    writer = Writer(session)
    anonymisations = Anonymisations(session)
    taken: dict[str, dict] = {}

    def count(outcome: str, n: int = 1) -> None:
        counts[outcome] = counts.get(outcome, 0) + n

    def conflict(table, fields, ours, kind=conflicts.EDIT, reason="") -> None:
        new = conflicts.keep(session, table, fields["id"], kind, office, user, fields, ours,
                             reason)
        count("conflicts" if new else "skipped")

    for table, rows in by_table(package.rows):
        anonymisations.before(table, rows)
        ids = [row["f"]["id"] for row in rows]
        held = writer.current(table, ids)
        heads = {} if is_audit(table) else _heads(session, table, ids)
        to_write = []
        for row in rows:
            fields = row["f"]
            ours = held.get(fields["id"])
            outcome = _decide(row, ours, heads.get(fields["id"]), office)
            if outcome == "write":
                to_write.append((fields, {"usn": usn}, ours is not None))
            elif outcome == "conflict":
                conflict(table, fields, ours)
            else:
                count(outcome)
        refused = writer.write(table, to_write)
        for fields, _, _ in to_write:
            if fields["id"] in refused:
                kind, ours = conflicts.refusal(session, table, fields, held.get(fields["id"]))
                conflict(table, fields, ours, kind, refused[fields["id"]])
        written = [fields for fields, _, _ in to_write if fields["id"] not in refused]
        count("applied", len(written))
        taken[table] = {fields["id"]: (int(fields.get("version") or 0), usn)
                        for fields in written}
        if written and not is_audit(table):
            set_heads(session, table, written, office)
    for agreement in writer.finish():
        taken.get("agreements", {}).pop(agreement, None)  # its plots are not as sent: the whole row
        conflict("agreements", {"id": agreement}, None, conflicts.REFUSED, "plots")
    anonymisations.finish()
    return taken


def _decide(row: dict, ours: dict | None, head, office: str) -> str:
    """"write", "skipped" or "conflict" for one incoming row."""
    if ours is None:
        return "write"
    if is_audit(row["t"]):
        return "skipped"  # the audit trail is written once, never changed
    fields = row["f"]
    version, base = int(fields["version"]), int(row.get("b") or 0)
    if ours["version"] == base:
        return "write"
    if head is not None and head == (office, ours["version"]):
        # the same office's edit, continued; or an older one of it, already overtaken
        return "write" if version > ours["version"] else "skipped"
    if same_content(ours, fields):
        return "skipped"
    return "conflict"


def _heads(session: Session, table: str, ids: list[str]) -> dict:
    found = {}
    for part in chunks(ids):
        for record, office, version in session.execute(select(
                HEADS.c.record_id, HEADS.c.office, HEADS.c.version).where(
                HEADS.c.table_name == table, HEADS.c.record_id.in_(part))):
            found[record] = (office, version)
    return found


def set_heads(session: Session, table: str, written: list[dict], office: str) -> None:
    ids = [fields["id"] for fields in written]
    for part in chunks(ids):
        session.execute(delete(HEADS).where(HEADS.c.table_name == table,
                                            HEADS.c.record_id.in_(part)))
    session.execute(insert(HEADS), [
        {"table_name": table, "record_id": fields["id"], "office": office,
         "version": int(fields["version"])} for fields in written])


def reply(session: Session, package: Package, centre: str, taken: dict) -> Package:
    """What the laptop that sent `package` has not seen: every row numbered after the last
    number it saw, the centre's version of every record it sent (only its number for a row
    `taken` as sent: the laptop holds it already), acknowledgements of what it sent, and how
    many of its changes wait as conflicts."""
    since = int(package.info.get("since") or 0)
    limit = scope.of_first_package(session, package.info)
    sqlite = session.get_bind().dialect.name == "sqlite"
    sent = {}
    for row in package.rows:
        sent.setdefault(row["t"], set()).add(row["f"]["id"])
    rows, numbered = [], []
    for table in TABLES:
        mine = taken.get(table.name, {})
        numbered += [[table.name, record, version, usn]
                     for record, (version, usn) in mine.items()]
        ids = sent.get(table.name, set())
        query = select(table).where(table.c.usn > since)
        part = scope.where(table.name, limit, sqlite=sqlite)
        if part is not None:  # a laptop limited to some communities
            query = query.where(text(part))
        found = [r for r in session.execute(query.order_by(order_column(table))).all()
                 if r._mapping[table.c.id] not in mine]
        seen = {r._mapping[table.c.id] for r in found} | mine.keys()
        for part in chunks(sorted(ids - seen)):
            found += session.execute(select(table).where(table.c.id.in_(part))).all()
        rows += [{"t": table.name, "f": fields, "u": r._mapping[table.c.usn]}
                 for r, fields in zip(found, fields_of_rows(session, table, found))]
    acks = [[row["t"], row["f"]["id"], row["f"].get("version", 0)] for row in package.rows]
    return Package(kind=REPLY, office=centre, revision=state.revision(),
                   rows=rows, acks=acks, numbered=numbered, info={
                       "answers": package.id, "to": package.office,
                       "usn": int(state.get(session, "counter", "0")),
                       "conflicts": conflicts.waiting(session, package.office),
                       **({scope.KEY: limit} if limit else {})})
