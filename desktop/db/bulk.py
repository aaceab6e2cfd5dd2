"""One change to many records at once, with what the ORM's flush would have added to each.

Loading and flushing tens of thousands of objects to set one column (a payment day marks
every delivery it pays) costs a millisecond each. `set_on_many` writes the same result with a
few statements: the column set, `updated_at` stamped, `version` counted (SQLAlchemy's
version_id_col), the sync mark of desktop.db.tracking (`usn` -1, `base_version` the stored
version when the record was not already changed here) and one audit entry per record, as
desktop.db.hooks writes it. Only for columns whose old value is known to the caller (the
audit shows old and new), and only on records this session has not changed in memory.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from contextlib import contextmanager

from sqlalchemy import case, insert, update
from sqlalchemy.orm import Session

from desktop.db.audit import AuditEntry
from desktop.db.hooks import audit_values
from desktop.db.types import utcnow

#: Ids per UPDATE statement (SQLite's limit on bound parameters is 32,766).
CHUNK = 5000
#: SQLite's page cache during a bulk change, in KiB.
CACHE_KIB = 128 * 1024


def set_on_many(session: Session, model, ids: Sequence[str], column: str, old, new,
                plain_old, plain_new) -> int:
    """Set `column` from `old` to `new` on the records `ids` of `model` (uncommitted: the
    caller commits or rolls back); `plain_old`/`plain_new` are the values as the audit
    writes them. Returns the number of records changed."""
    table = model.__table__
    now = utcnow()
    changed = 0
    with _large_cache(session):
        for start in range(0, len(ids), CHUNK):
            chunk = list(ids[start:start + CHUNK])
            changed += session.execute(
                update(table).where(table.c.id.in_(chunk),
                                    table.c[column].is_(None) if old is None
                                    else table.c[column] == old)
                .values({column: new, "updated_at": now, "version": table.c.version + 1,
                         "base_version": case((table.c.usn != -1, table.c.version),
                                              else_=table.c.base_version),
                         "usn": -1}),
                execution_options={"synchronize_session": False}).rowcount
        if changed != len(ids):  # another session changed some meanwhile: nothing stands
            raise StaleBulkChange(len(ids) - changed)
        # The entry's user, workstation and reason are the session's: read once.
        base = audit_values(session, table.name, "", "update", {})
        entries = [{**base, "entity_id": record_id,
                    "changes": json.dumps({column: [plain_old, plain_new]},
                                          ensure_ascii=False, sort_keys=True)}
                   for record_id in ids]
        for start in range(0, len(entries), CHUNK):
            session.execute(insert(AuditEntry), entries[start:start + CHUNK])
    return changed


@contextmanager
def _large_cache(session: Session):
    """A larger SQLite page cache while the rows and their indexes are rewritten: with the
    default one, the random keys of a table of a million rows make it read and write the
    same pages over and over (a PostgreSQL server sizes its own)."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


class StaleBulkChange(Exception):
    """Some records no longer held the old value: the caller rolls back and reads again."""

    def __init__(self, missing: int):
        super().__init__(f"{missing} records changed meanwhile")
        self.missing = missing


__all__ = ["CHUNK", "StaleBulkChange", "set_on_many"]
