"""The families list: one page at a time, searched and sorted in SQL so 100,000 families open
at once."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.db import search_index
from desktop.db.family import Family
from desktop.db.person import Person
from desktop.textnorm import fold, like_pattern


@dataclass(frozen=True)
class FamilyRow:
    id: str
    code: str
    head: str
    community: str
    members: int
    inside_forest: bool
    agreement_status: str | None

    def value(self, name: str):
        return getattr(self, name)


SORT_COLUMNS = {
    "code": "f.code",
    "head": "f.head_name",
    "community": "c.name_folded",
    "community_id": "c.name_folded",
    "members": "members",
    "inside_forest": "f.inside_forest",
    "agreement_status": "agreement_status",
}

_LIST_SELECT = """
SELECT f.id, f.code,
  coalesce((SELECT trim(p.given_names || ' ' || p.paternal_surname || ' ' || p.maternal_surname)
            FROM persons p WHERE p.family_id = f.id AND p.relation = 'head'
              AND p.deleted_at IS NULL), '') AS head,
  c.name AS community,
  (SELECT count(*) FROM persons p WHERE p.family_id = f.id AND p.deleted_at IS NULL) AS members,
  f.inside_forest,
  (SELECT a.status FROM agreements a WHERE a.family_id = f.id AND a.deleted_at IS NULL
   ORDER BY a.start_date DESC LIMIT 1) AS agreement_status
FROM families f JOIN communities c ON c.id = f.community_id
"""


#: Bounds on what a search box may ask of SQLite (LIKE refuses patterns over 50,000 bytes,
#: and a thousand words would make a thousand subqueries). Nobody types more to find a family.
MAX_WORDS, MAX_WORD_LENGTH = 8, 60
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def search_words(query: str | None) -> list[str]:
    """The words of what was typed, folded, without control characters, within bounds."""
    cleaned = _CONTROL.sub(" ", query or "")
    return [word[:MAX_WORD_LENGTH] for word in fold(cleaned).split()[:MAX_WORDS]]


def family_where(query: str, community_id: str | None = None,
                 dialect: str = "sqlite", session: Session | None = None) -> tuple[str, dict]:
    """The SQL condition on `families f` (and its parameters) that the list and the lookups
    share: living families matching every word of `query`, through indexes only.

    On SQLite a word of three letters or more goes through the FTS5 trigram table; on
    PostgreSQL (`dialect`) every word is a LIKE on the folded search text and community
    names, which their pg_trgm indexes serve (desktop.db.postgres): the same families. There,
    given the `session`, the communities a word names are looked up first (a handful of
    rows), so the planner sees the family's own conditions: the trigram index for a rare
    word, the page's sort order walked for one half the families have."""
    clauses, params = ["f.deleted_at IS NULL"], {}
    for i, word in enumerate(search_words(query)):
        params[f"w{i}"] = like_pattern(word)
        if dialect == "postgresql":
            # On the family's own row: the planner then chooses per word between the
            # trigram index (a rare word) and walking the page's sort order until the page
            # is full (a common one); a set of ids joined back to every family took 150-300
            # ms for a common word at 100,000 families.
            if session is None:
                named = (f"f.community_id IN (SELECT id FROM communities WHERE name_folded "
                         f"LIKE :w{i} ESCAPE '\\')")
            else:
                ids = session.scalars(text("SELECT id FROM communities WHERE name_folded "
                                           "LIKE :w ESCAPE '\\'"), {"w": params[f"w{i}"]}).all()
                params.update({f"c{i}_{n}": value for n, value in enumerate(ids)})
                marks = ", ".join(f":c{i}_{n}" for n in range(len(ids)))
                named = f"f.community_id IN ({marks})" if ids else ""
            clauses.append(f"(f.search_text LIKE :w{i} ESCAPE '\\'"
                           + (f" OR {named})" if named else ")"))
            continue
        in_community = (f"SELECT rowid FROM families WHERE community_id IN (SELECT id FROM "
                        f"communities WHERE name_folded LIKE :w{i} ESCAPE '\\')")
        if len(word) >= search_index.MIN_WORD:
            # A set of rowids SQLite walks directly: the trigram index, plus the families of
            # communities whose name matches (an OR here would scan the whole table).
            params[f"m{i}"] = search_index.match_phrase(word)
            clauses.append(f"f.rowid IN (SELECT rowid FROM {search_index.TABLE} WHERE "
                           f"{search_index.TABLE} MATCH :m{i} UNION {in_community})")
        else:
            clauses.append(f"(f.search_text LIKE :w{i} ESCAPE '\\' OR f.rowid IN ({in_community}))")
    if community_id:
        clauses.append("f.community_id = :community_id")
        params["community_id"] = community_id
    return " AND ".join(clauses), params


def search_families(session: Session, query: str = "", sort: str = "code",
                    descending: bool = False, offset: int = 0, limit: int = 200,
                    community_id: str | None = None) -> list[FamilyRow]:
    """One page of living families matching every word of `query`, sorted in SQL.

    A word matches a family's code, any living member's name or DNI, or its
    community's name, ignoring case and accents.
    """
    dialect = session.get_bind().dialect.name
    where, params = family_where(query, community_id, dialect, session)
    order = SORT_COLUMNS.get(sort, "f.code") + (" DESC" if descending else "")
    if dialect == "postgresql" and sort == "agreement_status":
        # NULLs sort as SQLite's do: before everything else (the other columns have none,
        # and a NULLS clause there would keep PostgreSQL from walking their indexes)
        order += " NULLS LAST" if descending else " NULLS FIRST"
    select_sql = _LIST_SELECT if dialect == "sqlite" else _LIST_SELECT.replace(
        "a.start_date DESC", "a.start_date DESC NULLS LAST")
    sql = f"{select_sql} WHERE {where} ORDER BY {order}, f.code LIMIT :limit OFFSET :offset"
    rows = session.execute(text(sql), {**params, "limit": limit, "offset": offset})
    return [FamilyRow(r.id, r.code, r.head, r.community, r.members, bool(r.inside_forest),
                      r.agreement_status) for r in rows]


def count_families(session: Session, query: str = "", community_id: str | None = None) -> int:
    where, params = family_where(query, community_id, session.get_bind().dialect.name, session)
    sql = f"SELECT count(*) FROM families f WHERE {where}"
    return session.execute(text(sql), params).scalar_one()


def family_totals(session: Session) -> dict:
    return {
        "families": session.scalar(select(func.count()).select_from(Family)
                                   .where(Family.deleted_at.is_(None))),
        "persons": session.scalar(select(func.count()).select_from(Person)
                                  .where(Person.deleted_at.is_(None))),
    }
