"""A laptop's side: exporting what changed here, and taking in the centre's reply.

The reply's rows replace the laptop's, except where the laptop changed a record after the
package the reply answers (that change goes with the next package, based on the version it
started from: the centre then sees whether it clashes). A record the laptop sent and the
centre acknowledged takes the centre's version, whatever the centre made of it (applied, or
kept as a conflict there). A reply older than one already taken in does not take a record
back to an older version. The laptop then remembers the centre's last number.
"""

from __future__ import annotations

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from desktop.db.sync import SyncPackage
from desktop.db.types import utcnow
from desktop.services.sync import state
from desktop.services.sync.apply import Writer, in_order, is_audit
from desktop.services.sync.package import CHANGES, Package
from desktop.services.sync.tables import BY_NAME, TABLES, fields_of, order_column


def export(session: Session, user: str) -> Package:
    """A package of every row changed here since the last sync (usn -1)."""
    code = state.become_laptop(session)
    rows = []
    for table in TABLES:
        query = select(table).where(table.c.usn == -1).order_by(order_column(table))
        for found in session.execute(query):
            row = {"t": table.name, "f": fields_of(session, table, found)}
            if "base_version" in table.c:
                row["b"] = found._mapping[table.c.base_version]
            rows.append(row)
    return Package(kind=CHANGES, office=code, revision=state.revision(), rows=rows,
                   info={"since": int(state.get(session, "last_usn", "0")), "user": user})


def take_reply(session: Session, package: Package, counts: dict) -> None:
    """Apply the centre's reply (checked by the caller, who commits)."""
    session.execute(insert(SyncPackage.__table__).values(
        id=package.id, kind=package.kind, office=package.office, received_at=utcnow()))
    acked = {(t, i): v for t, i, v in package.acks}
    writer = Writer(session)
    failed = []
    for row in in_order(package.rows):
        outcome = _take(session, writer, row, acked)
        if outcome == "failed":
            failed.append(int(row["u"]))
        counts[outcome] = counts.get(outcome, 0) + 1
    writer.finish()
    last = max(int(state.get(session, "last_usn", "0")), int(package.info.get("usn") or 0))
    if failed:  # ask for those rows again next time
        last = min(last, min(failed) - 1)
    state.put(session, "last_usn", last)
    state.put(session, "conflicts_at_centre", int(package.info.get("conflicts") or 0))


def _take(session: Session, writer: Writer, row: dict, acked: dict) -> str:
    table, fields, usn = row["t"], row["f"], int(row["u"])
    record_id = fields["id"]
    if is_audit(row):
        audit = BY_NAME[table]
        done = session.execute(update(audit).where(audit.c.id == record_id)
                               .values(usn=usn)).rowcount
        if done:
            return "skipped"
        return "applied" if writer.write(table, fields, usn, False) is None else "failed"
    ours = session.execute(select(BY_NAME[table].c.usn, BY_NAME[table].c.version).where(
        BY_NAME[table].c.id == record_id)).first()
    if ours is not None:
        if ours.usn == -1 and acked.get((table, record_id)) != ours.version:
            return "skipped"  # changed here after the package: goes with the next one
        if ours.usn != -1 and ours.usn > usn:
            return "skipped"  # an older reply than one already taken in
    refused = writer.write(table, fields, usn, ours is not None,
                           base_version=int(fields["version"]))
    return "applied" if refused is None else "failed"



def pending(session: Session) -> int:
    return sum(session.scalar(select(func.count()).select_from(table).where(table.c.usn == -1))
               or 0 for table in TABLES if table.name != "audit_entries")
