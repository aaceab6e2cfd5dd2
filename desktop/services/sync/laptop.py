"""A laptop's side: exporting what changed here, and taking in the centre's reply.

The reply's rows replace the laptop's, except where the laptop changed a record after the
package the reply answers (that change goes with the next package, based on the version it
started from: the centre then sees whether it clashes). A record the laptop sent and the
centre acknowledged takes the centre's version, whatever the centre made of it (applied, or
kept as a conflict there). A reply older than one already taken in does not take a record
back to an older version. The laptop then remembers the centre's last number.
"""

from __future__ import annotations

from itertools import groupby

from sqlalchemy import bindparam, func, insert, literal, select, update
from sqlalchemy.orm import Session

from desktop.db.sync import SyncPackage
from desktop.db.types import utcnow
from desktop.services.sync import scope, state
from desktop.services.sync.anonymised import Anonymisations
from desktop.services.sync.apply import Writer, by_table, chunks, fields_of_rows, is_audit
from desktop.services.sync.package import CHANGES, Package
from desktop.services.sync.tables import BY_NAME, TABLES, keep_updated_at, order_column


def export(session: Session, user: str, communities: list[str] | None = None) -> Package:
    """A package of every row changed here since the last sync (usn -1); a new laptop's
    first one may name the `communities` it is to hold (scope.ask)."""
    code = state.become_laptop(session)
    rows = []
    for table in TABLES:
        query = select(table).where(table.c.usn == -1).order_by(order_column(table))
        found_rows = session.execute(query).all()
        for found, fields in zip(found_rows, fields_of_rows(session, table, found_rows)):
            row = {"t": table.name, "f": fields}
            if "base_version" in table.c:
                row["b"] = found._mapping[table.c.base_version]
            rows.append(row)
    info = {"since": int(state.get(session, "last_usn", "0")), "user": user}
    limit = scope.held(session)
    if limit:  # the centre's reply is cut to this laptop's communities
        info[scope.KEY] = limit
    scope.ask(session, info, communities)
    return Package(kind=CHANGES, office=code, revision=state.revision(), rows=rows,
                   info=info)


def take_reply(session: Session, package: Package, counts: dict) -> None:
    """Apply the centre's reply (checked by the caller, who commits)."""
    session.execute(insert(SyncPackage.__table__).values(
        id=package.id, kind=package.kind, office=package.office, received_at=utcnow()))
    if package.info.get(scope.KEY) and not scope.held(session) \
            and int(state.get(session, "last_usn", "0") or 0) == 0:
        scope.keep(session, scope.of_package(package.info))  # a new laptop's first reply
    acked = {(t, i): v for t, i, v in package.acks}
    writer = Writer(session)
    anonymisations = Anonymisations(session)
    failed = []
    for table_name, rows in by_table(package.rows):
        anonymisations.before(table_name, rows)
        held = _held(session, table_name, [row["f"]["id"] for row in rows])
        to_write = []
        for row in rows:
            fields, usn = row["f"], int(row["u"])
            ours = held.get(fields["id"])
            if ours is not None and not _replaced(table_name, fields["id"], ours, usn, acked):
                if is_audit(table_name) and ours[0] == -1:
                    to_write.append((fields, {"usn": usn}, True))  # ours, now numbered
                else:
                    counts["skipped"] = counts.get("skipped", 0) + 1
                continue
            extra = {"usn": usn}
            if not is_audit(table_name):
                extra["base_version"] = int(fields["version"])
            to_write.append((fields, extra, ours is not None))
        refused = writer.write(table_name, to_write)
        failed += [extra["usn"] for fields, extra, _ in to_write if fields["id"] in refused]
        counts["applied"] = counts.get("applied", 0) + len(to_write) - len(refused)
    writer.finish()
    anonymisations.finish()
    counts["applied"] = counts.get("applied", 0) + _number(session, package.numbered)
    counts["failed"] = len(failed)
    last = max(int(state.get(session, "last_usn", "0")), int(package.info.get("usn") or 0))
    if failed:  # ask for those rows again next time
        last = min(last, min(failed) - 1)
    state.put(session, "last_usn", last)
    state.put(session, "conflicts_at_centre", int(package.info.get("conflicts") or 0))
    state.put(session, "synced_at", utcnow().isoformat(timespec="seconds"))


def _number(session: Session, numbered: list[list]) -> int:
    """Give this laptop's rows the centre took as sent their number (and their version as
    the one the next change is based on); a row changed here again since keeps waiting."""
    done = 0
    for table_name, items in groupby(sorted(numbered, key=lambda item: item[0]),
                                     key=lambda item: item[0]):
        table = BY_NAME[table_name]
        where = (table.c.id == bindparam("_id")) & (table.c.usn == -1)
        values = {"usn": bindparam("_usn"), **keep_updated_at(table)}
        if "version" in table.c:
            where &= table.c.version == bindparam("_version")
            values["base_version"] = bindparam("_version")
        params = [{"_id": str(record), "_version": int(version), "_usn": int(usn)}
                  for _, record, version, usn in items]
        for part in chunks(params):
            done += session.connection().execute(
                update(table).where(where).values(values), part).rowcount
    return done


def _held(session: Session, table_name: str, ids: list[str]) -> dict:
    """{id: (usn, version)} of the rows held here (version 0 for the audit trail)."""
    table = BY_NAME[table_name]
    version = table.c.version if "version" in table.c else literal(0)
    found = {}
    for part in chunks(ids):
        for record, usn, at in session.execute(select(table.c.id, table.c.usn, version)
                                               .where(table.c.id.in_(part))):
            found[record] = (usn, at)
    return found


def _replaced(table_name: str, record_id: str, ours: tuple, usn: int, acked: dict) -> bool:
    """Whether the centre's row replaces the one held here."""
    held_usn, version = ours
    if is_audit(table_name):
        return False  # written once; only its number changes
    if held_usn == -1:  # changed here: replaced only when the centre answered that change
        return acked.get((table_name, record_id)) == version
    return held_usn <= usn  # an older reply does not take a record back


def pending(session: Session, cap: int | None = None) -> int:
    """Rows changed here since the last sync (an index count per table); with `cap`, counting
    stops past it (a file that never synced has every row waiting: millions)."""
    total = 0
    for table in TABLES:
        if table.name == "audit_entries":
            continue
        waiting = select(table.c.id).where(table.c.usn == -1)
        if cap is not None:
            waiting = waiting.limit(cap + 1 - total)
        total += session.scalar(select(func.count()).select_from(waiting.subquery())) or 0
        if cap is not None and total > cap:
            break
    return total
