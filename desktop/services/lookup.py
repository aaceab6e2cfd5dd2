"""Finding one record as the user types: a family, a person, a cooperative member, a plot or an
agreement, by name, DNI or code, for the window's lookup fields.

Every kind goes through the Families list's search (desktop.services.registry.search): each
word typed must match a family's code, a living member's name or DNI, or its community's
name, ignoring case and accents, through the trigram index (the words are quoted before FTS5
sees them). The records of the matching families are then reached through their indexes, a
page of `limit` at a time, so a lookup stays fast on 100,000 families. Member codes and
agreement numbers are also matched as typed. An exact code, number or DNI comes first.

Scoped to one family (`family_id`: the signatories or the receiver of an agreement's family,
the plot a member's delivery came from), persons, plots and agreements are matched on their
own text instead (a person's name or DNI, a plot's name, an agreement's number), and an
empty query lists them all: a family has a handful, and a member with many plots finds one by
typing part of its name.
"""

from __future__ import annotations

import dataclasses

from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.db.types import Hectares
from desktop.services.registry.search import family_where, search_words
from desktop.services.people.permissions import allowed
from desktop.textnorm import like_pattern

FAMILY, PERSON, MEMBER, PLOT, AGREEMENT = "family", "person", "member", "plot", "agreement"
KINDS = (FAMILY, PERSON, MEMBER, PLOT, AGREEMENT)
LIMIT = 20
#: How much of the typed text a code is compared with (codes are short).
MAX_CODE = 40


@dataclass(frozen=True)
class Match:
    """One record a lookup offers. `code` is what a code field takes (family code, member code,
    agreement number; a person's DNI), `name` the person's or the plot's, `family` the family's
    code and head when the record belongs to one."""

    kind: str
    id: str
    code: str
    name: str
    community: str
    family: str = ""
    dni: str = ""
    area_ha: object = None  # a plot's Decimal hectares
    status: str = ""  # an agreement's status code

    def value(self, name: str):
        return getattr(self, name)


_NAME = "trim({p}.given_names || ' ' || {p}.paternal_surname || ' ' || {p}.maternal_surname)"
_HEAD = ("LEFT JOIN persons h ON h.family_id = f.id AND h.relation = 'head' "
         "AND h.deleted_at IS NULL")
_FAMILY_LABEL = f"f.code || coalesce(' ' || {_NAME.format(p='h')}, '')"


def _exact(query: str) -> str:
    return (query or "").strip()[:MAX_CODE].upper()


def find(session: Session, kinds: tuple[str, ...] | str, query: str, limit: int = LIMIT,
         cooperative_id: str | None = None, family_id: str | None = None) -> list[Match]:
    """Up to `limit` records of `kinds` matching every word of `query`; nothing for an empty
    query. `cooperative_id` narrows members to one cooperative, `family_id` narrows persons,
    plots and agreements to one family."""
    kinds = (kinds,) if isinstance(kinds, str) else tuple(kinds)
    if not search_words(query) and not lists_all(kinds, family_id):
        return []
    found: list[Match] = []
    for kind in kinds:
        finder = _FINDERS[kind]
        found += finder(session, query, limit, cooperative_id=cooperative_id,
                        family_id=family_id)
    if len(kinds) > 1:  # exact codes first, then in the order of the kinds
        exact = _exact(query)
        found.sort(key=lambda m: m.code.upper() != exact)
    return _shown_to(session, found[:limit])


def lists_all(kinds: tuple[str, ...] | str, family_id: str | None) -> bool:
    """Whether an empty query lists every record: kinds scoped to one family."""
    kinds = (kinds,) if isinstance(kinds, str) else tuple(kinds)
    return family_id is not None and all(k in _IN_FAMILY for k in kinds)


def _shown_to(session: Session, matches: list[Match]) -> list[Match]:
    """Without the right to see personal data (a cooperative manager, a viewer), no DNI."""
    if allowed(session, "personal.read"):
        return matches
    return [dataclasses.replace(m, dni="", code="" if m.kind == PERSON else m.code)
            for m in matches]


def get(session: Session, kind: str, record_id: str) -> Match | None:
    """The match for a known record (a form opened on a saved value), or None if it is gone."""
    rows = _shown_to(session, _FINDERS[kind](session, "", 1, only_id=record_id))
    return rows[0] if rows else None


def by_code(session: Session, kinds: tuple[str, ...] | str, code: str,
            cooperative_id: str | None = None) -> Match | None:
    """The record whose code (family code, member code, agreement number, DNI) is `code`."""
    exact = _exact(code)
    if not exact:
        return None
    return next((m for m in find(session, kinds, code, LIMIT, cooperative_id)
                 if m.code.upper() == exact), None)


# --- one finder per kind ---------------------------------------------------------------------
#: A finder of persons, plots, members or agreements looks among this many matching families
#: (in code order) for its `limit` records: enough for a first screen, without reading every
#: match. It goes from those families to their records (CROSS JOIN keeps SQLite to that
#: order rather than walking the whole table of records).
POOL = 5


def _families_sql(session, query: str, limit_param: str) -> tuple[str, dict]:
    """The ids of living families matching `query`, in code order, at most `:limit_param`:
    the Families list's own search (its trigram index and community names)."""
    where, params = family_where(query, dialect=session.get_bind().dialect.name,
                                 session=session)
    return (f"SELECT f.id FROM families f WHERE {where} ORDER BY f.code "
            f"LIMIT :{limit_param}"), params


def _chosen(session, query: str, only_id: str | None, table: str, exact_sql: str, limit: int,
            family_sql: str, extra_sql: str = "") -> tuple[str, dict]:
    """The ids to show: `only_id`; or the exact match of `exact_sql` (indexed), the records
    `family_sql` finds in the matching families, and those `extra_sql` finds by their own code,
    each part bounded by the limit."""
    if only_id is not None:
        return f"SELECT id FROM {table} WHERE id = :only_id", {"only_id": only_id}
    families, params = _families_sql(session, query, "pool")
    params.update({"exact": _exact(query), "pool": limit * POOL})
    if session.get_bind().dialect.name != "sqlite":  # CROSS JOIN … ON is SQLite's own hint
        family_sql = family_sql.replace(" CROSS JOIN ", " JOIN ")
    parts = [f"SELECT id FROM ({exact_sql}) AS exact_match",
             f"SELECT id FROM ({family_sql.format(families=families)} LIMIT :limit) AS mine"]
    if extra_sql:
        params["code"] = like_pattern(query[:MAX_CODE])
        parts.append(f"SELECT id FROM ({extra_sql} LIMIT :limit) AS by_code")
    return " UNION ".join(parts), params


def _families(session, query, limit, only_id=None, **_) -> list[Match]:
    if only_id is not None:
        chosen, params = "SELECT CAST(:only_id AS VARCHAR)", {"only_id": only_id}
    else:
        families, params = _families_sql(session, query, "limit")
        chosen = (f"SELECT id FROM families WHERE code = :exact AND deleted_at IS NULL "
                  f"UNION SELECT id FROM ({families}) AS found")
    sql = f"""
        SELECT f.id, f.code, coalesce({_NAME.format(p='h')}, '') AS name, h.dni,
               c.name AS community
        FROM families f JOIN communities c ON c.id = f.community_id {_HEAD}
        WHERE f.id IN ({chosen})
        ORDER BY f.code = :exact DESC, f.code LIMIT :limit"""
    rows = session.execute(text(sql), {**params, "exact": _exact(query), "limit": limit})
    return [Match(FAMILY, r.id, r.code, r.name, r.community, r.code, r.dni or "")
            for r in rows]


def _in_family(session, query: str, limit: int, family_id: str, kind: str) -> list[Match]:
    """The records of one family whose own text (see _IN_FAMILY) holds every word typed;
    all of them for an empty query."""
    own, select, order = _IN_FAMILY[kind]
    words = search_words(query)
    where = "".join(f" AND fold({own}) LIKE :w{i} ESCAPE '\\'" for i in range(len(words)))
    params = {f"w{i}": like_pattern(w) for i, w in enumerate(words)}
    params.update({"family_id": family_id, "exact": _exact(query), "limit": limit})
    return _ROWS[kind](session.execute(text(
        f"{select} WHERE {_ALIAS[kind]}.family_id = :family_id "
        f"AND {_ALIAS[kind]}.deleted_at IS NULL{where} ORDER BY {order} LIMIT :limit"), params))


def _persons(session, query, limit, family_id=None, only_id=None, **_) -> list[Match]:
    if family_id is not None and only_id is None:
        return _in_family(session, query, limit, family_id, PERSON)
    words = search_words(query)
    # The family matched every word; each word must also be the person's own (name, DNI)
    # or shared by the family (its code, its community's name).
    own = (f"fold({_NAME.format(p='p')} || ' ' || coalesce(p.dni, '')) || ' ' || f.code "
           "|| ' ' || c.name_folded")
    family = " AND p.family_id = :family_id" if family_id else ""
    chosen, params = _chosen(
        session, query, only_id, "persons",
        f"SELECT id FROM persons p WHERE p.dni = :exact AND p.deleted_at IS NULL{family}",
        limit,
        "SELECT p.id FROM ({families}) pool CROSS JOIN persons p ON p.family_id = pool.id "
        "JOIN families f ON f.id = p.family_id JOIN communities c ON c.id = f.community_id "
        "WHERE p.deleted_at IS NULL" + family + "".join(
            f" AND {own} LIKE :p{i} ESCAPE '\\'" for i in range(len(words)))
        + " ORDER BY f.code, p.relation = 'head' DESC")
    params.update({f"p{i}": like_pattern(w) for i, w in enumerate(words)})
    params.update({"family_id": family_id, "exact": _exact(query), "limit": limit})
    sql = f"""
        SELECT p.id, p.dni, {_NAME.format(p='p')} AS name, c.name AS community, f.code
        FROM persons p JOIN families f ON f.id = p.family_id
        JOIN communities c ON c.id = f.community_id
        WHERE p.id IN ({chosen})
        ORDER BY coalesce(p.dni, '') = :exact DESC, f.code, p.relation = 'head' DESC, name
        LIMIT :limit"""
    return _person_rows(session.execute(text(sql), params))


def _person_rows(rows) -> list[Match]:
    return [Match(PERSON, r.id, r.dni or "", r.name, r.community, r.code, r.dni or "")
            for r in rows]


def _members(session, query, limit, cooperative_id=None, only_id=None, **_) -> list[Match]:
    coop = " AND m.cooperative_id = :coop" if cooperative_id else ""
    chosen, params = _chosen(
        session, query, only_id, "memberships",
        f"SELECT id FROM memberships m WHERE m.member_code = :exact "
        f"AND m.deleted_at IS NULL{coop}",
        limit,
        "SELECT m.id FROM ({families}) pool CROSS JOIN memberships m ON m.family_id = pool.id "
        "WHERE m.deleted_at IS NULL" + coop + " ORDER BY m.member_code",
        "SELECT m.id FROM memberships m WHERE m.member_code LIKE :code ESCAPE '\\' "
        "AND m.deleted_at IS NULL" + coop + " ORDER BY m.member_code")
    params.update({"coop": cooperative_id, "exact": _exact(query), "limit": limit})
    sql = f"""
        SELECT m.id, m.member_code, f.code AS family_code, c.name AS community,
          coalesce((SELECT {_NAME.format(p='p')} FROM persons p WHERE p.id = m.person_id),
                   {_NAME.format(p='h')}, '') AS name,
          coalesce((SELECT p.dni FROM persons p WHERE p.id = m.person_id), h.dni, '') AS dni
        FROM memberships m JOIN families f ON f.id = m.family_id
        JOIN communities c ON c.id = f.community_id {_HEAD}
        WHERE m.id IN ({chosen})
        ORDER BY upper(m.member_code) = :exact DESC, m.member_code LIMIT :limit"""
    return [Match(MEMBER, r.id, r.member_code, r.name, r.community, r.family_code, r.dni)
            for r in session.execute(text(sql), params)]


def _plots(session, query, limit, family_id=None, only_id=None, **_) -> list[Match]:
    if family_id is not None and only_id is None:
        return _in_family(session, query, limit, family_id, PLOT)
    family = " AND pl.family_id = :family_id" if family_id else ""
    chosen, params = _chosen(
        session, query, only_id, "plots", "SELECT NULL AS id WHERE 1 = 0", limit,
        "SELECT pl.id FROM ({families}) pool CROSS JOIN plots pl ON pl.family_id = pool.id "
        "JOIN families f ON f.id = pl.family_id WHERE pl.deleted_at IS NULL" + family
        + " ORDER BY f.code, pl.name")
    params.update({"family_id": family_id, "limit": limit})
    sql = f"""
        SELECT pl.id, pl.name, pl.area_ha, c.name AS community, {_FAMILY_LABEL} AS family
        FROM plots pl JOIN families f ON f.id = pl.family_id
        JOIN communities c ON c.id = f.community_id {_HEAD}
        WHERE pl.id IN ({chosen})
        ORDER BY f.code, pl.name LIMIT :limit"""
    return _plot_rows(session.execute(text(sql), params))


def _plot_rows(rows) -> list[Match]:
    area = Hectares.process_result_value  # plain SQL gives the stored integer
    return [Match(PLOT, r.id, r.name, r.name, r.community, r.family,
                  area_ha=area(r.area_ha, None)) for r in rows]


def _agreements(session, query, limit, family_id=None, only_id=None, **_) -> list[Match]:
    if family_id is not None and only_id is None:
        return _in_family(session, query, limit, family_id, AGREEMENT)
    family = " AND a.family_id = :family_id" if family_id else ""
    chosen, params = _chosen(
        session, query, only_id, "agreements",
        f"SELECT id FROM agreements a WHERE a.number = :exact AND a.deleted_at IS NULL{family}",
        limit,
        "SELECT a.id FROM ({families}) pool CROSS JOIN agreements a ON a.family_id = pool.id "
        "JOIN families f ON f.id = a.family_id WHERE a.deleted_at IS NULL" + family
        + " ORDER BY f.code, a.number DESC",
        "SELECT a.id FROM agreements a WHERE a.number LIKE :code ESCAPE '\\' "
        "AND a.deleted_at IS NULL" + family + " ORDER BY a.number DESC")
    params.update({"family_id": family_id, "exact": _exact(query), "limit": limit})
    sql = f"""
        SELECT a.id, a.number, a.status, c.name AS community, {_FAMILY_LABEL} AS family
        FROM agreements a JOIN families f ON f.id = a.family_id
        JOIN communities c ON c.id = f.community_id {_HEAD}
        WHERE a.id IN ({chosen})
        ORDER BY upper(a.number) = :exact DESC, f.code, a.number DESC LIMIT :limit"""
    return _agreement_rows(session.execute(text(sql), params))


def _agreement_rows(rows) -> list[Match]:
    return [Match(AGREEMENT, r.id, r.number, "", r.community, r.family, status=r.status)
            for r in rows]


_FAMILY_OF = ("JOIN families f ON f.id = {a}.family_id "
              "JOIN communities c ON c.id = f.community_id " + _HEAD)
#: Within one family, per kind: the record's own text the words must be found in, its
#: SELECT (the columns its rows need) and its order.
_IN_FAMILY = {
    PERSON: (f"{_NAME.format(p='p')} || ' ' || coalesce(p.dni, '')",
             f"SELECT p.id, p.dni, {_NAME.format(p='p')} AS name, c.name AS community, f.code "
             "FROM persons p " + _FAMILY_OF.format(a="p").replace(_HEAD, ""),
             "coalesce(p.dni, '') = :exact DESC, p.relation = 'head' DESC, name"),
    PLOT: ("pl.name",
           f"SELECT pl.id, pl.name, pl.area_ha, c.name AS community, {_FAMILY_LABEL} AS family "
           "FROM plots pl " + _FAMILY_OF.format(a="pl"),
           "fold(pl.name), pl.id"),
    AGREEMENT: ("a.number",
                f"SELECT a.id, a.number, a.status, c.name AS community, "
                f"{_FAMILY_LABEL} AS family FROM agreements a " + _FAMILY_OF.format(a="a"),
                "upper(a.number) = :exact DESC, a.number DESC"),
}
_ALIAS = {PERSON: "p", PLOT: "pl", AGREEMENT: "a"}
_ROWS = {PERSON: _person_rows, PLOT: _plot_rows, AGREEMENT: _agreement_rows}
_FINDERS = {FAMILY: _families, PERSON: _persons, MEMBER: _members, PLOT: _plots,
            AGREEMENT: _agreements}

__all__ = ["AGREEMENT", "FAMILY", "KINDS", "LIMIT", "MEMBER", "Match", "PERSON", "PLOT", "by_code",
           "find", "get", "lists_all"]
