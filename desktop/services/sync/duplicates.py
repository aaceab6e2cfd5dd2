"""The same DNI registered by two offices: one person with two records, merged on the centre.

A member sent by an office whose DNI a living member of the centre already has is refused by
the database and kept as a conflict of its own kind (conflicts.DUPLICATE), with the member
held here as "ours". Merging keeps the member held here: the other office's member is written
as merged into it (deleted, its DNI freed, so its laptop's copy follows), and every record
refused with it because it named that member (attendance, memberships, signatories,
consents, deliveries of benefits) is written naming the member kept; their conflicts close.
Nothing is lost: the merged member stays in the database (deleted), with its audit trail.
The rows written carry the sending office's versions, so when its laptop sends them again
they are its own edits continued, and the reply gives it the centre's version.
"""

from __future__ import annotations

import json

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.db.types import utcnow
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.errors import NotFound, ValidationError
from desktop.services.people.permissions import require
from desktop.services.sync import centre, conflicts, state
from desktop.services.sync.apply import Writer
from desktop.services.sync.tables import BY_NAME

#: Columns that name a member, in the tables whose rows may be refused with it.
NAMES_A_MEMBER = {"attendance": ("person_id",), "memberships": ("person_id",),
                  "signatories": ("person_id",), "person_consents": ("person_id",),
                  "benefit_deliveries": ("received_by_id",)}

NOT_A_DUPLICATE = QT_TRANSLATE_NOOP("Validation", "This conflict is not the same DNI "
                                                  "registered twice; decide it field by field.")
FAMILY_MISSING = QT_TRANSLATE_NOOP("Validation", "The other office's member belongs to a "
                                                 "family that is not in this database; decide "
                                                 "that family's conflict first.")
KEPT_MISSING = QT_TRANSLATE_NOOP("Validation", "The member to keep is no longer in this "
                                               "database.")


def merge(session: Session, conflict_id: str) -> int:
    """Merge the two members of a DUPLICATE conflict (see the module's docstring); how many
    records now name the member kept. Committed; all or nothing."""
    require(session, "sync.run")
    table = conflicts.TABLE
    row = session.execute(select(table).where(
        table.c.id == conflict_id, table.c.resolved_at.is_(None))).first()
    if row is None:
        raise NotFound("conflict", conflict_id)
    if row.kind != conflicts.DUPLICATE:
        raise ValidationError.single(None, NOT_A_DUPLICATE)
    theirs, ours = json.loads(row.their_values), json.loads(row.our_values)
    kept, merged = ours.get("id"), theirs["id"]
    try:
        if kept is None or not _held(session, kept):
            raise ValidationError.single(None, KEPT_MISSING)
        usn = state.next_usn(session)
        writer = Writer(session)
        now = utcnow().isoformat()
        person = {**theirs, "dni": None, "deleted_at": theirs.get("deleted_at") or now}
        if writer.write("persons", [(person, {"usn": usn}, _held(session, merged))]):
            raise ValidationError.single(None, FAMILY_MISSING)
        centre.set_heads(session, "persons", [person], row.office)
        closed = [conflict_id]
        moved = 0
        for other in session.execute(select(table).where(
                table.c.resolved_at.is_(None), table.c.office == row.office,
                table.c.table_name.in_(NAMES_A_MEMBER),
                table.c.their_values.contains(merged))).all():
            fields = json.loads(other.their_values)
            named = NAMES_A_MEMBER[other.table_name]
            if not any(fields.get(column) == merged for column in named):
                continue
            fields.update({column: kept for column in named if fields.get(column) == merged})
            if writer.write(other.table_name, [(fields, {"usn": usn},
                                                _held(session, fields["id"],
                                                      other.table_name))]):
                continue  # refused for another reason: its conflict stays open
            centre.set_heads(session, other.table_name, [fields], other.office)
            closed.append(other.id)
            moved += 1
        writer.finish()
        session.execute(update(table).where(table.c.id.in_(closed)).values(
            resolved_at=utcnow(), resolved_by=session.info.get("user") or ""))
        session.commit()
    except BaseException:
        session.rollback()
        raise
    return moved


def _held(session: Session, record_id: str, table_name: str = "persons") -> bool:
    table = BY_NAME[table_name]
    return session.execute(select(table.c.id).where(table.c.id == record_id)).first() \
        is not None
