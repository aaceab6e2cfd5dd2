"""The agreements list: filtered, sorted and paged in SQL, and the ids a batch prints."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.db import search_index
from desktop.db.agreement import Agreement
from desktop.db.types import Hectares
from desktop.services.common import as_date
from desktop.services.registry.search import family_where, search_words
from desktop.textnorm import fold, like_pattern


@dataclass(frozen=True)
class AgreementFilter:
    status: str | None = None
    community_id: str | None = None
    community_name: str | None = None
    ending_within_days: int | None = None
    no_visit_12_months: bool = False
    query: str = ""
    today: date | None = None


@dataclass(frozen=True)
class AgreementRow:
    id: str
    number: str
    family_code: str
    head: str
    community: str
    status: str
    start_date: date | None
    end_date: date | None
    forest_area_ha: Decimal
    last_visit: date | None

    def value(self, name: str):
        return getattr(self, name)


_ROW_SQL = """
SELECT a.id, a.number, f.code AS family_code,
  coalesce((SELECT trim(p.given_names || ' ' || p.paternal_surname || ' ' || p.maternal_surname)
            FROM persons p WHERE p.family_id = f.id AND p.relation = 'head'
              AND p.deleted_at IS NULL), '') AS head,
  c.name AS community, a.status, a.start_date, a.end_date, a.forest_area_ha,
  {last_visit} AS last_visit
"""
_LAST_VISIT = ("(SELECT max(v.visited_on) FROM compliance_visits v WHERE v.agreement_id = a.id "
               "AND v.deleted_at IS NULL)")
_ROW_SQL = _ROW_SQL.format(last_visit=_LAST_VISIT)
#: Which table leads the join. Filtered by family or community, the families do (their
#: matches are few); otherwise the side the list is sorted by does, in SQLite's CROSS JOIN
#: order, so a page walks that side's index in order and stops after its rows.
_FAMILIES_FIRST = ("FROM families f JOIN agreements a ON a.family_id = f.id "
                   "JOIN communities c ON c.id = f.community_id")
_FAMILIES_LEAD = ("FROM families f CROSS JOIN agreements a ON a.family_id = f.id "
                  "CROSS JOIN communities c ON c.id = f.community_id")
_AGREEMENTS_LEAD = ("FROM agreements a CROSS JOIN families f ON f.id = a.family_id "
                    "CROSS JOIN communities c ON c.id = f.community_id")
_SORTED_BY_FAMILY = ("family_code", "head")

AGREEMENT_SORT = {"number": "a.number", "family_code": "f.code", "head": "f.head_name",
                  "community": "c.name_folded", "status": "a.status",
                  "start_date": "a.start_date", "end_date": "a.end_date",
                  "forest_area_ha": "a.forest_area_ha", "last_visit": "last_visit"}


def _agreement_where(flt: AgreementFilter, dialect: str = "sqlite", walk: bool = False
                     ) -> tuple[list[str], list[str], dict]:
    """The filter's conditions on the agreement alone, those on its family or community,
    and their parameters. With `walk`, the search's words are tested on each row of a join
    of agreements and families walked in the sort's order (see _walks) rather than as sets
    of agreements built first."""
    today = flt.today or date.today()
    own, family, params = ["a.deleted_at IS NULL"], [], {}
    if flt.status:
        own.append("a.status = :status")
        params["status"] = flt.status
    if flt.community_id:
        family.append("f.community_id = :community_id")
        params["community_id"] = flt.community_id
    if flt.community_name:
        family.append("c.name_folded = :community_name")
        params["community_name"] = fold(flt.community_name)
    if flt.ending_within_days is not None:
        own.append("a.end_date IS NOT NULL AND a.end_date <= :ending AND a.status IN "
                   "('signed', 'active', 'suspended')")
        params["ending"] = today + timedelta(days=flt.ending_within_days)
    if flt.no_visit_12_months:
        own.append("a.status IN ('signed', 'active', 'suspended') AND NOT EXISTS ("
                   "SELECT 1 FROM compliance_visits v WHERE v.agreement_id = a.id AND "
                   "v.deleted_at IS NULL AND v.visited_on > :year_ago)")
        params["year_ago"] = today - timedelta(days=365)
    for i, word in enumerate(search_words(flt.query)):
        # the family's words and community through the families list's own indexes, or the
        # agreement's number: one set of agreement rowids per word (an OR here would read
        # every family's agreements)
        matches, found = family_where(word, dialect=dialect)
        # deleted families are left out by the list itself; here the planner would walk every
        # living family to test it against the word's matches
        matches = matches.replace("f.deleted_at IS NULL AND ", "", 1)
        found = {f"q{i}{key}": value for key, value in found.items()}
        matches = re.sub(r":(\w+)", lambda m: f":q{i}{m.group(1)}", matches)
        params.update(found)
        params[f"n{i}"] = like_pattern(word)
        if walk:  # the word's set of families is built once; each walked row is looked up
            own.append(f"(({matches}) OR lower(a.number) LIKE :n{i} ESCAPE '\\')")
            continue
        own.append(f"a.rowid IN (SELECT a2.rowid FROM families f JOIN agreements a2 ON "
                   f"a2.family_id = f.id WHERE {matches} UNION SELECT rowid FROM agreements "
                   f"WHERE lower(number) LIKE :n{i} ESCAPE '\\')")
    return own, family, params


#: A search walks the agreements in the list's order, testing each row, when its words match
#: at least this many families per 200 rows asked for: the page is then found within about
#: 30,000 rows (60 ms at 100,000 families), where building the sets first reads every family
#: each word matches (a common surname matches 20,000 of 100,000: 150 ms). Fewer matches:
#: the sets, which a rare word keeps small.
WALK_MIN_MATCHES = 700


def _walks(session: Session, flt: AgreementFilter, sort: str, offset: int,
           limit: int | None) -> bool:
    """Whether one page of a search is found by walking the numbers' index (SQLite only,
    sorted by number, no filter by family or community): when the families' index says the
    words match many families (bounded count: it stops at the threshold). Sorted by another
    column, every row would be walked and sorted (0.2-0.4 s): the sets are then cheaper."""
    words = [w for w in search_words(flt.query) if len(w) >= search_index.MIN_WORD]
    if (limit is None or not words or flt.community_id or flt.community_name
            or sort != "number" or session.get_bind().dialect.name != "sqlite"):
        return False
    needed = WALK_MIN_MATCHES * (offset + limit) // 200
    if needed <= 0:
        return True
    phrase = " ".join(search_index.match_phrase(w) for w in words)
    found = session.execute(text(
        f"SELECT count(*) FROM (SELECT rowid FROM {search_index.TABLE} WHERE "
        f"{search_index.TABLE} MATCH :m LIMIT :n)"), {"m": phrase, "n": needed}).scalar_one()
    return found >= needed


def list_agreements(session: Session, flt: AgreementFilter = AgreementFilter(),
                    sort: str = "number", descending: bool = False, offset: int = 0,
                    limit: int | None = 200) -> list[AgreementRow]:
    """One page of the list. The page's ids are found first, sorted on plain columns; the head's
    name and the last visit are then read for those rows only (not for every agreement the
    filter lets through, before the sort)."""
    dialect = session.get_bind().dialect.name
    own, family, params = _agreement_where(flt, dialect,
                                           walk=_walks(session, flt, sort, offset, limit))
    joins = _FAMILIES_FIRST if family else (
        _FAMILIES_LEAD if sort in _SORTED_BY_FAMILY else _AGREEMENTS_LEAD)
    # never the status index: reached through a family it would be read once per family, and
    # sorted by number the number index is walked in order and stops after the page
    if dialect == "sqlite":
        own = [clause.replace("a.status", "+a.status") for clause in own]
    where = " AND ".join(own + family + ["f.deleted_at IS NULL"])
    order = AGREEMENT_SORT.get(sort, "a.number") + (" DESC" if descending else "")
    if sort == "last_visit":
        order = order.replace("last_visit", _LAST_VISIT)
    if limit is None:
        sql = f"{_ROW_SQL} {joins} WHERE {where} ORDER BY {order}, a.number"
        return [_agreement_row(r) for r in session.execute(text(portable(sql, dialect)),
                                                           params)]
    ids = [r[0] for r in session.execute(text(portable(
        f"SELECT a.id {joins} WHERE {where} ORDER BY {order}, a.number "
        "LIMIT :limit OFFSET :offset", dialect)), {**params, "limit": limit, "offset": offset})]
    if not ids:
        return []
    marks = ", ".join(f":id{i}" for i in range(len(ids)))
    rows = {r.id: _agreement_row(r) for r in session.execute(text(portable(
        f"{_ROW_SQL} {_AGREEMENTS_LEAD} WHERE a.id IN ({marks})", dialect)),
        {f"id{i}": id_ for i, id_ in enumerate(ids)})}
    return [rows[id_] for id_ in ids]


def _agreement_row(r) -> AgreementRow:
    return AgreementRow(
        r.id, r.number, r.family_code, r.head, r.community, r.status,
        as_date(r.start_date), as_date(r.end_date),
        Hectares.process_result_value(r.forest_area_ha, None),
        as_date(r.last_visit))


def count_agreements(session: Session, flt: AgreementFilter = AgreementFilter()) -> int:
    """How many agreements the list shows. Without a condition on the family, the agreements
    are counted alone, leaving out those of the (few) deleted families: no family is read."""
    dialect = session.get_bind().dialect.name
    own, family, params = _agreement_where(flt, dialect)
    if family:
        sql = (f"SELECT count(*) {_FAMILIES_FIRST} WHERE "
               + " AND ".join(own + family + ["f.deleted_at IS NULL"]))
    else:
        # the deleted families through the index that holds them apart: SQLite would rather
        # read every family's row, to find the few deleted ones
        sql = (f"SELECT count(*) FROM agreements a WHERE {' AND '.join(own)} AND a.family_id "
               "NOT IN (SELECT id FROM families INDEXED BY ix_families_live_code "
               "WHERE deleted_at IS NOT NULL)")
    return session.execute(text(portable(sql, dialect)), params).scalar_one()


def portable(sql: str, dialect: str) -> str:
    """SQLite's planner hints (CROSS JOIN … ON keeps the join order, rowid is the row's own
    key, INDEXED BY names the index) as plain SQL elsewhere: JOIN, the id, no index named."""
    if dialect == "sqlite":
        return sql
    sql = re.sub(r" INDEXED BY \w+", "", sql.replace(" CROSS JOIN ", " JOIN "))
    return re.sub(r"\b(a2?\.)?rowid\b", lambda m: f"{m.group(1) or ''}id", sql)


def agreement_ids(session: Session, flt: AgreementFilter) -> list[str]:
    return [r.id for r in list_agreements(session, flt, limit=None)]


def agreement_numbers(session: Session, ids: list[str]) -> list[str]:
    """The numbers of the agreements `ids` (in no particular order), read in batches."""
    numbers: list[str] = []
    for start in range(0, len(ids), 500):
        numbers += session.scalars(select(Agreement.number).where(
            Agreement.id.in_(ids[start:start + 500])))
    return numbers
