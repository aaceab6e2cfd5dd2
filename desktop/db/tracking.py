"""Change tracking for sync, Anki-style, hooked on every flush so no service has to remember it.

Every synced record carries `usn`: -1 means "changed here since the last sync", any other
number is the centre's update sequence number of the version held. Creating, editing, soft
deleting or restoring a record through the ORM sets it to -1; the first change after a sync
also keeps the version it was based on (`base_version`, 0 for a record made here), which is
what the centre compares to tell a continued edit from a conflicting one (ODK Central).
New audit entries are -1 by their column's default. The sync itself writes with plain
statements, so taking in the centre's rows does not mark them as changed here.
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from desktop.db.base import Record

#: Record tables that stay in their database: users (password hashes, login counters).
LOCAL_TABLES = frozenset({"users"})


def is_tracked(obj) -> bool:
    return isinstance(obj, Record) and obj.__tablename__ not in LOCAL_TABLES


@event.listens_for(Session, "before_flush")
def _mark_changes(session: Session, flush_context, instances) -> None:
    for obj in session.new:
        if is_tracked(obj):
            obj.usn, obj.base_version = -1, 0
    for obj in session.dirty:
        # Collections count: an agreement whose plots changed travels with its new plots.
        if is_tracked(obj) and obj.usn != -1 and session.is_modified(obj):
            obj.base_version = obj.version  # still the stored version: the flush bumps it
            obj.usn = -1
