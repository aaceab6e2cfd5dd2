"""Personal data shown only to the roles that may read it (issue 14: a cooperative manager or a
viewer sees a family's names and codes, not its members' DNIs or phones).

The window shows records it reads from the services; for a role without `personal.read` they
are handed out behind a read-only view that answers None for the private fields, so nothing in
the window can show them and nothing can write them back through the session.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.services.people.permissions import allowed

#: The fields a role without `personal.read` does not see, on people and signatories.
PRIVATE_FIELDS = frozenset({"dni", "phone", "birth_date"})


class MaskedRecord:
    """A read-only view of a record with its private fields blanked."""

    __slots__ = ("_record",)

    def __init__(self, record):
        object.__setattr__(self, "_record", record)

    def __getattr__(self, name: str):
        if name in PRIVATE_FIELDS:
            return None
        return getattr(self._record, name)

    def __setattr__(self, name: str, value) -> None:
        raise AttributeError(f"{type(self._record).__name__} is read-only here")


def visible_records(session: Session, records) -> list:
    """`records` as the signed-in user may see them: as they are for a role that may read
    personal data, masked otherwise."""
    records = list(records)
    if allowed(session, "personal.read"):
        return records
    return [MaskedRecord(record) for record in records]


__all__ = ["PRIVATE_FIELDS", "MaskedRecord", "visible_records"]
