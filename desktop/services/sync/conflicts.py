"""Conflicts: changes a sync did not apply, kept with both versions for a person to decide
field by field (ODK Central's way: never a silent overwrite).

One open conflict per record and sending office: the same change arriving again (a package
imported twice, or sent again because its reply was lost) updates it instead of listing it
twice. Resolving writes the chosen values as a new edit of the record (audited, and marked
for the next sync like any edit).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, or_, select, update
from sqlalchemy.orm import Session

from desktop.db.audit import AuditEntry
from desktop.db.base import Base
from desktop.db.plot import Plot
from desktop.db.sync import SyncConflict
from desktop.db.types import new_id, utcnow
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.errors import NotFound, ValidationError
from desktop.services.people.permissions import require
from desktop.services.sync.names import describe
from desktop.services.sync.tables import BY_NAME, DERIVED, PLOTS, carried, decode, fields_of

EDIT, REFUSED = "edit", "refused"
#: The same DNI registered by two offices: two records of one person, to be merged.
DUPLICATE = "duplicate"
OURS, THEIRS = "ours", "theirs"
#: Fields a person does not choose: they say which record and which save it is.
NOT_CHOSEN = frozenset({"id", "version", "created_at", "updated_at", "name_key",
                        "name_folded"}) | DERIVED

UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Validation", "“{name}” is not a field of this conflict; "
                                                "choose among {fields}.")
UNKNOWN_SIDE = QT_TRANSLATE_NOOP("Validation", "Choose “ours” or “theirs” for {name}.")
RECORD_MISSING = QT_TRANSLATE_NOOP("Validation", "The record of this conflict is not in this "
                                                 "database; only “ours” can be kept.")

TABLE = SyncConflict.__table__


@dataclass(frozen=True)
class Conflict:
    id: str
    table: str
    record_id: str
    kind: str
    office: str
    their_user: str
    their_at: datetime | None
    our_user: str
    our_at: datetime | None
    reason: str
    #: (field, ours, theirs) for every field whose values differ.
    fields: tuple[tuple[str, object, object], ...]
    #: What the record is, in words: "Family F-LA-000003 Rosa Quispe" (desktop.services.sync.names).
    title: str = ""


def last_editor(session: Session, table: str, record_id: str) -> str:
    return session.scalar(select(AuditEntry.user).where(
        AuditEntry.entity == table, AuditEntry.entity_id == record_id)
        .order_by(AuditEntry.at.desc()).limit(1)) or ""


def keep(session: Session, table: str, record_id: str, kind: str, office: str, user: str,
         theirs: dict, ours: dict | None, reason: str = "") -> bool:
    """Keep a conflict (both versions); True when it is new, False when it updated the open
    one of the same record and office."""
    values = {
        "kind": kind, "their_user": user, "their_version": int(theirs.get("version") or 0),
        "their_values": json.dumps(theirs, ensure_ascii=False, sort_keys=True),
        "their_at": _when(theirs.get("updated_at") or theirs.get("at")),
        "our_user": last_editor(session, table, record_id) if ours else "",
        "our_version": ours.get("version") if ours else None,
        "our_values": json.dumps(ours or {}, ensure_ascii=False, sort_keys=True),
        "our_at": _when(ours.get("updated_at")) if ours else None, "reason": reason,
    }
    open_one = session.scalar(select(TABLE.c.id).where(
        TABLE.c.table_name == table, TABLE.c.record_id == record_id, TABLE.c.office == office,
        TABLE.c.resolved_at.is_(None)))
    if open_one is not None:
        session.execute(update(TABLE).where(TABLE.c.id == open_one).values(**values))
        return False
    session.execute(insert(TABLE).values(
        id=new_id(), table_name=table, record_id=record_id,
        office=office, detected_at=utcnow(), resolved_by="", **values))
    return True


def refusal(session: Session, table: str, theirs: dict, ours: dict | None
            ) -> tuple[str, dict | None]:
    """The kind of a change the database refused, and what it is compared with: a member
    whose DNI a living member here already has is a DUPLICATE of that member (kept as
    "ours"); anything else is REFUSED, compared with the record's own version here."""
    dni = theirs.get("dni") if table == "persons" else None
    if dni and not theirs.get("deleted_at"):
        persons = BY_NAME["persons"]
        other = session.execute(select(persons).where(
            persons.c.dni == dni, persons.c.deleted_at.is_(None),
            persons.c.id != theirs["id"])).first()
        if other is not None:
            return DUPLICATE, fields_of(session, persons, other)
    return REFUSED, ours


def _when(text):
    try:
        return datetime.fromisoformat(text) if text else None
    except (TypeError, ValueError):
        return None


def waiting(session: Session, office: str | None = None) -> int:
    """How many conflicts wait for a person (those of one sending office's changes)."""
    query = select(func.count()).select_from(TABLE).where(TABLE.c.resolved_at.is_(None))
    if office is not None:
        query = query.where(TABLE.c.office == office)
    return session.scalar(query) or 0


#: The tables whose records belong to a family by their own family_id (indexed).
OF_A_FAMILY = ("persons", "plots", "agreements", "memberships")


def for_family(session: Session, family_id: str) -> int:
    """How many open conflicts are about this family: the family itself, a record that
    names it (member, plot, agreement…), or a record the database refused that would have
    (a few indexed look-ups: open conflicts are few)."""
    belongs = [TABLE.c.record_id == family_id]
    for name in OF_A_FAMILY:
        table = BY_NAME[name]
        belongs.append(TABLE.c.record_id.in_(select(table.c.id).where(
            table.c.family_id == family_id)))
    belongs.append(TABLE.c.their_values.contains(f'"family_id": "{family_id}"'))
    return session.scalar(select(func.count()).select_from(TABLE).where(
        TABLE.c.resolved_at.is_(None), or_(*belongs))) or 0


def list_conflicts(session: Session) -> list[Conflict]:
    """The conflicts waiting for a person, oldest first."""
    rows = session.execute(select(TABLE).where(TABLE.c.resolved_at.is_(None))
                           .order_by(TABLE.c.detected_at, TABLE.c.id)).all()
    return [_view(row, session) for row in rows]


def _view(row, session: Session | None = None) -> Conflict:
    ours, theirs = json.loads(row.our_values), json.loads(row.their_values)
    fields = tuple((name, ours.get(name), theirs.get(name)) for name in sorted(theirs)
                   if name not in NOT_CHOSEN and ours.get(name) != theirs.get(name))
    title = describe(session, row.table_name, ours or theirs) if session is not None else ""
    return Conflict(row.id, row.table_name, row.record_id, row.kind, row.office,
                    row.their_user, row.their_at, row.our_user, row.our_at, row.reason, fields,
                    title)


def resolve(session: Session, conflict_id: str, choices: dict[str, str]) -> None:
    """Decide a conflict: for each field, keep "ours" (what this database holds) or take
    "theirs" (the change that was not applied); fields not named keep ours. Committed."""
    require(session, "sync.run")
    row = session.execute(select(TABLE).where(
        TABLE.c.id == conflict_id, TABLE.c.resolved_at.is_(None))).first()
    if row is None:
        raise NotFound("conflict", conflict_id)
    view = _view(row)
    theirs = json.loads(row.their_values)
    names = [name for name, _, _ in view.fields]
    for name, side in choices.items():
        if name not in names:
            raise ValidationError.single(name, UNKNOWN_FIELD, name=name, fields=", ".join(names))
        if side not in (OURS, THEIRS):
            raise ValidationError.single(name, UNKNOWN_SIDE, name=name)
    taken = [name for name, side in choices.items() if side == THEIRS]
    if taken:
        model = _model(row.table_name)
        record = session.get(model, row.record_id)
        if record is None:
            raise ValidationError.single(None, RECORD_MISSING)
        columns = {column.name: column for column in carried(BY_NAME[row.table_name])}
        for name in taken:
            if name == PLOTS:
                record.plots = [session.get(Plot, plot) for plot in theirs[name]]
            else:
                setattr(record, name, decode(columns[name], theirs[name]))
        session.flush()
    session.execute(update(TABLE).where(TABLE.c.id == conflict_id).values(
        resolved_at=utcnow(), resolved_by=session.info.get("user") or ""))
    session.commit()


def _model(table: str):
    return next(mapper.class_ for mapper in Base.registry.mappers
                if mapper.local_table.name == table)
