"""The centre's side: taking in a laptop's changes and answering with what it has not seen.

A change based on the version the centre holds is applied; so is one continuing a version
the same office sent before (its earlier package arrived, its reply did not). An older
change of that same office, already overtaken, is skipped. A change that says the same as
what the centre holds is skipped. Anything else was changed on both sides: the centre keeps
its version and both go to the conflicts, for a person to decide (never a silent overwrite).
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from desktop.db.sync import SyncHead, SyncPackage
from desktop.db.types import utcnow
from desktop.services.sync import conflicts, state
from desktop.services.sync.apply import Writer, in_order, is_audit
from desktop.services.sync.package import REPLY, Package
from desktop.services.sync.tables import TABLES, fields_of, order_column, same_content

HEADS = SyncHead.__table__


def already_taken(session: Session, package_id: str) -> bool:
    return session.scalar(select(SyncPackage.id).where(SyncPackage.id == package_id)) \
        is not None


def take_changes(session: Session, package: Package, counts: dict) -> None:
    """Apply a laptop's package (the caller checked it and commits); `counts` gets applied,
    skipped, conflicts (new ones)."""
    office, user = package.office, str(package.info.get("user") or "")
    usn = state.next_usn(session)
    state.stamp(session, TABLES, usn)
    session.execute(insert(SyncPackage.__table__).values(
        id=package.id, kind=package.kind, office=office, received_at=utcnow()))
    writer = Writer(session)
    for row in in_order(package.rows):
        outcome = _take(session, writer, row, office, user, usn)
        counts[outcome] = counts.get(outcome, 0) + 1
    for agreement in writer.finish():
        counts["conflicts"] = counts.get("conflicts", 0) + conflicts.keep(
            session, "agreements", agreement, conflicts.REFUSED, office, user,
            {"id": agreement}, None, "plots")


def _take(session: Session, writer: Writer, row: dict, office: str, user: str,
          usn: int) -> str:
    table, fields, record_id = row["t"], row["f"], row["f"]["id"]
    ours = writer.current(table, record_id)
    if is_audit(row):
        return "skipped" if ours is not None else _write(writer, row, usn, False, office, user,
                                                         ours)
    if ours is None:
        return _write(writer, row, usn, False, office, user, ours)
    version, base = int(fields["version"]), int(row.get("b") or 0)
    if ours["version"] == base:
        return _write(writer, row, usn, True, office, user, ours)
    head = session.execute(select(HEADS.c.office, HEADS.c.version).where(
        HEADS.c.table_name == table, HEADS.c.record_id == record_id)).first()
    if head is not None and head.office == office and head.version == ours["version"]:
        if version > ours["version"]:  # the same office's edit, continued
            return _write(writer, row, usn, True, office, user, ours)
        return "skipped"  # an older edit of that office, already overtaken
    if same_content(ours, fields):
        return "skipped"
    new = conflicts.keep(session, table, record_id, conflicts.EDIT, office, user, fields, ours)
    return "conflicts" if new else "skipped"


def _write(writer: Writer, row: dict, usn: int, exists: bool, office: str, user: str,
           ours: dict | None) -> str:
    table, fields = row["t"], row["f"]
    refused = writer.write(table, fields, usn, exists)
    if refused is not None:
        new = conflicts.keep(writer.session, table, fields["id"], conflicts.REFUSED, office,
                             user, fields, ours, refused)
        return "conflicts" if new else "skipped"
    if not is_audit(row):
        session = writer.session
        session.execute(delete(HEADS).where(HEADS.c.table_name == table,
                                            HEADS.c.record_id == fields["id"]))
        session.execute(insert(HEADS).values(table_name=table, record_id=fields["id"],
                                             office=office, version=int(fields["version"])))
    return "applied"


def reply(session: Session, package: Package, centre: str) -> Package:
    """What the laptop that sent `package` has not seen: every row numbered after the last
    number it saw, the centre's version of every record it sent, acknowledgements of what it
    sent, and how many of its changes wait as conflicts."""
    since = int(package.info.get("since") or 0)
    sent = {}
    for row in package.rows:
        sent.setdefault(row["t"], set()).add(row["f"]["id"])
    rows = []
    for table in TABLES:
        ids = sent.get(table.name, set())
        query = select(table).where(table.c.usn > since)
        found = session.execute(query.order_by(order_column(table))).all()
        seen = {r._mapping[table.c.id] for r in found}
        missing = sorted(ids - seen)
        for start in range(0, len(missing), 500):
            found += session.execute(select(table).where(
                table.c.id.in_(missing[start:start + 500]))).all()
        rows += [{"t": table.name, "f": fields_of(session, table, r),
                  "u": r._mapping[table.c.usn]} for r in found]
    acks = [[row["t"], row["f"]["id"], row["f"].get("version", 0)] for row in package.rows]
    return Package(kind=REPLY, office=centre, revision=state.revision(),
                   rows=rows, acks=acks, info={
                       "answers": package.id, "to": package.office,
                       "usn": int(state.get(session, "counter", "0")),
                       "conflicts": conflicts.waiting(session, package.office)})

