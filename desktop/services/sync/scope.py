"""The part of the centre that a laptop limited to some communities holds (issue 13 item 3).

A laptop can be limited at its first sync to some communities (`sync --communities`). Its
clone, and every reply of the centre after it, then carry only:

* those communities' families and every record hanging from them: members, plots,
  agreements with their commitments, benefits (and what was handed out), visits, consents,
  signatories and grievances, attendance at trainings, memberships of a cooperative with
  their deliveries, advances and deductions, the agreements' plots;
* the audit entries of those records (and of every shared record);
* the whole of the shared tables: communities, cooperatives with their prices, discount
  rules, lots and station days, training sessions, expected yields, incidents.

The rule is read from the foreign keys, once: a table is limited when it refers to families
or to a limited table; one of its rows belongs to the part when every limited record it
refers to does (a signatory who is a member of another community's family stays at the
centre with them), so a reference left empty keeps a row with what it does refer to (an
unregistered participant of a training travels with the session). What the laptop itself
changes goes up as before, whatever its community.

The limit (community ids) is kept in the laptop's sync state and travels in every package
the laptop sends, so the centre cuts its reply to it, over the network or by USB. It is
chosen once, at the first sync: a laptop that holds everything, or another part, is cloned
anew for a different one.
"""

from __future__ import annotations

import re

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.db.agreement import agreement_plots
from desktop.db.community import Community
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.sync import state
from desktop.services.sync.state import SyncRefused
from desktop.services.sync.tables import AUDIT, TABLES
from desktop.textnorm import fold

ROOT = "families"
#: The key of the laptop's sync state, and of a package's info.
KEY = "communities"
#: What a community id looks like (ids are written into SQL as literals: nothing else passes).
ID = re.compile(r"[0-9A-Za-z-]{1,64}")

NO_SUCH = QT_TRANSLATE_NOOP("Sync", "The centre has no community “{name}”; nothing was "
                                    "copied.")
SEVERAL = QT_TRANSLATE_NOOP("Sync", "Several communities at the centre are called “{name}”; "
                                    "give its id instead; nothing was copied.")
FIXED = QT_TRANSLATE_NOOP("Sync", "The communities a laptop holds are chosen at its first "
                                  "sync (this one holds {held}); a new laptop is needed for "
                                  "others.")
HOLDS_ALL = QT_TRANSLATE_NOOP("Sync", "This laptop holds every community: the communities a "
                                      "laptop holds are chosen at its first sync; a new "
                                      "laptop is needed for fewer.")


def _limited() -> dict[str, list[tuple[str, str, bool]]]:
    """{table: [(column, limited table it refers to, nullable)]}, parents first."""
    found: dict[str, list] = {}
    for table in [*TABLES, agreement_plots]:
        links = [(column.name, key.column.table.name, bool(column.nullable))
                 for column in table.columns for key in column.foreign_keys
                 if key.column.table.name != table.name
                 and (key.column.table.name == ROOT or key.column.table.name in found)]
        if table.name == ROOT or links:
            found[table.name] = links
    return found


#: The limited tables; every other synced table is shared whole.
LIMITED = _limited()


def checked(ids) -> list[str]:
    """The community ids of a limit (a package's or the state's); ValueError for anything
    that is not one."""
    if isinstance(ids, (str, bytes, dict)):
        raise ValueError("the communities of a limit are a list of ids")
    ids = [str(item) for item in ids or []]
    for item in ids:
        if not ID.fullmatch(item):
            raise ValueError(f"not a community id: {item[:40]!r}")
    return sorted(set(ids))


def held(session: Session) -> list[str]:
    """The community ids this laptop is limited to ([]: all of the centre)."""
    return checked(item for item in state.get(session, KEY).split(",") if item)


def held_names(session: Session) -> list[str]:
    """The names of the communities this laptop is limited to ([]: all of the centre)."""
    ids = held(session)
    return list(session.scalars(select(Community.name).where(
        Community.id.in_(ids)).order_by(Community.name))) if ids else []


def keep(session: Session, ids: list[str]) -> None:
    state.put(session, KEY, ",".join(checked(ids)))


def of_package(info: dict) -> list[str]:
    return checked(info.get(KEY) or [])


#: A new laptop's first package by USB names its communities (it holds no ids yet): the
#: centre resolves them, cuts its reply to them and says their ids, which the laptop keeps.
NAMES = "community_names"


def ask(session: Session, info: dict, names: list[str] | None) -> None:
    """Put a new laptop's chosen communities (names or ids) in its first package's `info`;
    SyncRefused when it has synced before (the choice is made once)."""
    if not names:
        return
    check_same_or_new(session, names)
    if not held(session):
        info[NAMES] = [str(name)[:120] for name in names][:50]


def check_same_or_new(session: Session, names: list[str]) -> None:
    """A laptop that never synced may choose; one that did must name its own."""
    if int(state.get(session, "last_usn", "0") or 0) == 0 and not held(session):
        return
    check_same(session, names)


def of_first_package(session: Session, info: dict) -> list[str]:
    """On the centre: the limit of the laptop that sent `info` — its ids, or the ids of the
    communities a new laptop named (SyncRefused for one the centre does not have)."""
    names = info.get(NAMES)
    if names and not info.get(KEY):
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ValueError("bad community names")
        return resolve(session, names)
    return of_package(info)


def where(table: str, ids: list[str], prefix: str = "", sqlite: bool = False) -> str | None:
    """The SQL condition a row of `table` meets when it belongs to the part of communities
    `ids`; None when the whole table travels. `prefix` qualifies the tables read inside it
    ('centre.' for an attached file); `sqlite` for SQLite's planner (see _belongs)."""
    ids = checked(ids)
    if not ids:
        return None
    if table == AUDIT:
        return _audit(ids, prefix, sqlite)
    if table not in LIMITED:
        return None
    return _belongs(table, ids, prefix, sqlite)


def _belongs(table: str, ids: list[str], prefix: str, sqlite: bool) -> str:
    if table == ROOT:
        return f'"{ROOT}"."community_id" IN ({", ".join(map(_literal, ids))})'
    tests = []
    for position, (column, parent, nullable) in enumerate(LIMITED[table]):
        # SQLite would look each pair of two lists up in a two-column key (the agreements'
        # plots: 8,000 agreements x 20,000 plots); a unary + leaves the second to a check
        shown = f'{"+" if sqlite and position else ""}"{table}"."{column}"'
        inside = (f'{shown} IN (SELECT "{parent}"."id" FROM {prefix}"{parent}" '
                  f'WHERE {_belongs(parent, ids, prefix, sqlite)})')
        tests.append(f'("{table}"."{column}" IS NULL OR {inside})' if nullable else inside)
    return " AND ".join(tests)


def _audit(ids: list[str], prefix: str, sqlite: bool) -> str:
    """An audit entry travels when the record it is about does (a shared one always)."""
    entities = [name for name in LIMITED if name != agreement_plots.name]
    tests = [f'"{AUDIT}"."entity" NOT IN ({", ".join(map(_literal, entities))})']
    for name in entities:
        tests.append(f'("{AUDIT}"."entity" = {_literal(name)} AND "{AUDIT}"."entity_id" IN '
                     f'(SELECT "{name}"."id" FROM {prefix}"{name}" WHERE '
                     f'{_belongs(name, ids, prefix, sqlite)}))')
    return "(" + " OR ".join(tests) + ")"


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def resolve(session: Session, names: list[str]) -> list[str]:
    """On the centre: the ids of the communities named (each by its name, accents and case
    aside, or by its id); SyncRefused for one it does not have, or has several of."""
    ids = []
    for name in (item.strip() for item in names):
        if not name:
            continue
        found = session.scalars(select(Community.id).where(
            Community.deleted_at.is_(None),
            or_(Community.id == name, Community.name_folded == fold(name)))).all()
        if not found:
            raise SyncRefused(NO_SUCH, name=name)
        if len(found) > 1 and name not in found:
            raise SyncRefused(SEVERAL, name=name)
        ids.append(name if name in found else found[0])
    return checked(ids)


def check_same(session: Session, names: list[str] | None) -> None:
    """A later sync that names communities must name exactly the laptop's own (read in its
    own copy of the communities); SyncRefused otherwise."""
    if names is None:
        return
    mine = held(session)
    if not mine:
        raise SyncRefused(HOLDS_ALL)
    if resolve(session, names) != mine:
        shown = ", ".join(session.scalars(select(Community.name).where(
            Community.id.in_(mine)).order_by(Community.name)))
        raise SyncRefused(FIXED, held=shown)
