"""Which side of the exchange a database is, and the numbers it keeps (desktop.db.sync).

The centre is the database that takes in laptops' change packages: the first one it takes in
makes it the centre, under its office code. A laptop exports changes and takes in replies;
it remembers the last sequence number of the centre it has seen. A laptop made as a copy of
the centre's file becomes a laptop once it has an office code of its own (numbers made
offline carry the code, so every laptop needs its own): it has seen everything up to the
centre's counter at the time of the copy.
"""

from __future__ import annotations

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.db.migrate import head_revision
from desktop.db.office import office_code
from desktop.db.sync import SyncHead, SyncState
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services.office import set_office
from desktop.services.sync.tables import keep_updated_at

CENTRE, LAPTOP = "centre", "laptop"

IS_THE_CENTRE = QT_TRANSLATE_NOOP(
    "Sync", "This database is the centre: it takes in packages and answers them (sync import "
    "--reply); a laptop exports its changes.")
IS_A_LAPTOP = QT_TRANSLATE_NOOP(
    "Sync", "This database is a laptop (office {code}): import laptops' packages into the "
    "centre's database.")
NO_OFFICE = QT_TRANSLATE_NOOP(
    "Sync", "This database has no office code; a laptop that syncs needs its own (numbers "
    "made offline carry it).")
SAME_OFFICE = QT_TRANSLATE_NOOP(
    "Sync", "This package comes from office {code}, which is this database's own office.")
HAS_AN_OFFICE = QT_TRANSLATE_NOOP(
    "Sync", "This laptop already has its office code, {code}.")
NOT_FOR_US = QT_TRANSLATE_NOOP(
    "Sync", "This reply is for office {to}, not for this database (office {code}).")
NOT_A_LAPTOP = QT_TRANSLATE_NOOP(
    "Sync", "This is the centre's reply to a laptop; import it into the laptop that sent the "
    "changes.")


class SyncRefused(Exception):
    """An exchange this database may not make; nothing was written."""

    def __init__(self, message: str, **params):
        self.message, self.params = message, params
        super().__init__(self.text("en"))

    def text(self, lang: str | None = None) -> str:
        return translate("Sync", self.message, lang).format(**self.params)


def get(session: Session, key: str, default: str = "") -> str:
    value = session.scalar(select(SyncState.value).where(SyncState.key == key))
    return default if value is None else value


def put(session: Session, key: str, value) -> None:
    table = SyncState.__table__
    if not session.execute(update(table).where(table.c.key == key)
                           .values(value=str(value))).rowcount:
        session.execute(insert(table).values(key=key, value=str(value)))


def revision() -> str:
    return head_revision()


def is_centre(session: Session) -> bool:
    return get(session, "role") == CENTRE and get(session, "centre") == office_code(session)


def name_laptop(session: Session, code: str) -> bool:
    """Give a copy of the centre's file (or a database without a code) its own office code,
    before its first export; False when it has that code already."""
    current = office_code(session)
    if current == code.strip().upper():
        return False
    if current and not is_centre(session):
        raise SyncRefused(HAS_AN_OFFICE, code=current)
    set_office(session, code)
    return True


def become_laptop(session: Session) -> str:
    """Check that this database may export changes, make it a laptop; its office code."""
    code = office_code(session)
    if is_centre(session):
        raise SyncRefused(IS_THE_CENTRE)
    if not code:
        raise SyncRefused(NO_OFFICE)
    if get(session, "role") != LAPTOP:
        # A copy of the centre has seen everything the centre had numbered.
        put(session, "last_usn", get(session, "counter", "0"))
        put(session, "role", LAPTOP)
    return code


def become_centre(session: Session, sender: str | None) -> None:
    """Check that this database may take in a laptop's package from office `sender`."""
    code = office_code(session)
    role = get(session, "role")
    if role == LAPTOP or (role == CENTRE and get(session, "centre") != code):
        raise SyncRefused(IS_A_LAPTOP, code=code)
    if sender == code:
        raise SyncRefused(SAME_OFFICE, code=sender)
    if role != CENTRE:
        put(session, "role", CENTRE)
        put(session, "centre", code)


def check_reply_for_us(session: Session, to: str) -> str:
    code = office_code(session)
    if is_centre(session):
        raise SyncRefused(NOT_A_LAPTOP)
    if to != code:
        raise SyncRefused(NOT_FOR_US, to=to, code=code)
    if get(session, "role") != LAPTOP:
        raise SyncRefused(NOT_A_LAPTOP)
    return code


def next_usn(session: Session) -> int:
    """The centre's next sequence number (kept). On a server, the counter's row stays locked
    until the commit, so two imports at once number their changes one after the other."""
    locked = session.scalar(select(SyncState.value).where(SyncState.key == "counter")
                            .with_for_update())
    usn = int(locked or "0") + 1
    put(session, "counter", usn)
    return usn


def stamp(session: Session, tables, usn: int) -> None:
    """Number the centre's own changes (made here since its last exchange) with `usn`."""
    heads = SyncHead.__table__
    for table in tables:
        if "version" in table.c:  # a record changed here no longer holds an office's version
            session.execute(delete(heads).where(heads.c.table_name == table.name, heads.c.record_id
                                                .in_(select(table.c.id).where(table.c.usn == -1))))
        session.execute(update(table).where(table.c.usn == -1).values(
            usn=usn, **keep_updated_at(table)))
