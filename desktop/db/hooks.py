"""One generic mechanism, hooked on every flush, instead of code in each service.

* Every create, update and (soft) delete writes an AuditEntry with old and new values, the
  signed-in name, the office code of the database and, when the service was told, why.
* Folded helper columns (person name keys, community names, the family search
  text and head name) are kept in step with what they are derived from.
"""

from __future__ import annotations

import getpass
import json
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import event, inspect, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from desktop.db.audit import AuditEntry
from desktop.db.community import Community
from desktop.db.family import Family
from desktop.db.office import CODE as OFFICE_CODE, OfficeSetting
from desktop.db.person import Person
from desktop.db.types import new_id
from desktop.textnorm import fold, name_key

#: Derived columns that are not news to an auditor.
NOT_AUDITED = {"search_text", "head_name", "name_key", "name_folded", "created_at", "updated_at",
               "version", "usn", "base_version",
               # a user's password hash is a secret, and login attempts are not changes
               "password_hash", "failed_logins", "locked_until"}

REFRESH_FAMILY_SQL = """
UPDATE families SET
  search_text = fold(code) || ' ' || coalesce((
      SELECT group_concat(fold(given_names || ' ' || paternal_surname || ' ' || maternal_surname)
                          || coalesce(' ' || dni, ''), ' ')
      FROM persons p WHERE p.family_id = families.id AND p.deleted_at IS NULL), ''),
  head_name = coalesce((
      SELECT fold(paternal_surname || ' ' || maternal_surname || ' ' || given_names)
      FROM persons p WHERE p.family_id = families.id AND p.deleted_at IS NULL
        AND p.relation = 'head'), '')
"""


def refresh_family_search(connection, family_ids=None) -> None:
    """Recompute the folded search text and head name of some (or all) families."""
    if family_ids is None:
        connection.execute(text(REFRESH_FAMILY_SQL))
        return
    ids = list(family_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ", ".join(f":id{i}" for i in range(len(chunk)))
        connection.execute(
            text(REFRESH_FAMILY_SQL + f" WHERE id IN ({marks})"),
            {f"id{i}": v for i, v in enumerate(chunk)},
        )


def _plain(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _workstation(session: Session) -> str:
    """This database's office code (desktop.db.office), read once per session."""
    if "workstation" not in session.info:
        session.info["workstation"] = session.connection().execute(
            select(OfficeSetting.value).where(OfficeSetting.id == OFFICE_CODE)).scalar() or ""
    return session.info["workstation"]


def audit_values(session: Session, entity: str, entity_id: str, action: str,
                 changes: dict) -> dict:
    """An audit entry's columns with the session's user, workstation and reason: what
    write_audit adds, and what a bulk change inserts many of at once."""
    return {
        "user": session.info.get("user") or getpass.getuser(),
        "workstation": _workstation(session),
        # A service that asks why (a rectification) puts the answer here for its commit.
        "reason": session.info.get("reason") or "",
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
    }


def write_audit(session: Session, entity: str, entity_id: str, action: str,
                changes: dict) -> None:
    """Add one audit entry with the session's user, workstation and reason (the hooks write
    every change through here; a service records an event that changes no row, such as a
    receipt printed again, the same way)."""
    session.add(AuditEntry(**audit_values(session, entity, entity_id, action, changes)))


def _audit(session: Session, obj, action: str, changes: dict) -> None:
    write_audit(session, obj.__tablename__, obj.id, action, changes)


def _column_keys(obj):
    return [a.key for a in inspect(obj).mapper.column_attrs if a.key not in NOT_AUDITED]


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, flush_context, instances) -> None:
    touched = session.info.setdefault("touched_families", set())
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Person):
            obj.name_key = name_key(obj.given_names, obj.paternal_surname, obj.maternal_surname)
            touched.add(obj.family_id or (obj.family.id if obj.family else None))
            history = inspect(obj).attrs.family_id.history
            touched.update(v for v in history.deleted if v)
        elif isinstance(obj, Community):
            obj.name_folded = fold(obj.name)
        elif isinstance(obj, Family):
            if obj.id is None:
                obj.id = new_id()
            touched.add(obj.id)
    touched.discard(None)

    for obj in session.new:
        if isinstance(obj, AuditEntry) or not hasattr(obj, "__tablename__"):
            continue
        if obj.id is None:
            obj.id = new_id()
        values = {k: [None, _plain(getattr(obj, k))] for k in _column_keys(obj)
                  if getattr(obj, k) is not None}
        _audit(session, obj, "create", values)
    for obj in session.dirty:
        if isinstance(obj, AuditEntry) or not hasattr(obj, "__tablename__"):
            continue
        if not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changes = {}
        for key in _column_keys(obj):
            hist = state.attrs[key].history
            if hist.has_changes():
                old = hist.deleted[0] if hist.deleted else None
                new = hist.added[0] if hist.added else None
                if old != new:
                    changes[key] = [_plain(old), _plain(new)]
        if not changes:
            continue
        action = "update"
        if "deleted_at" in changes:
            action = "delete" if changes["deleted_at"][1] is not None else "restore"
        _audit(session, obj, action, changes)
    for obj in session.deleted:
        if isinstance(obj, AuditEntry):
            raise ValueError("Audit entries are never deleted")
        if hasattr(obj, "__tablename__"):
            values = {k: [_plain(getattr(obj, k)), None] for k in _column_keys(obj)}
            _audit(session, obj, "erase", values)
            if isinstance(obj, Person):
                touched.add(obj.family_id)


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, flush_context) -> None:
    touched = session.info.pop("touched_families", set())
    if touched:
        refresh_family_search(session.connection(), touched)
        session.info["expire_families"] = touched


@event.listens_for(Session, "after_flush_postexec")
def _after_flush_postexec(session: Session, flush_context) -> None:
    touched = session.info.pop("expire_families", set())
    for family_id in touched:  # looked up by key: the session may hold 100,000 objects
        obj = session.identity_map.get(identity_key(Family, family_id))
        if obj is not None:
            session.expire(obj, ["search_text", "head_name"])

