"""The agreements list: filtered, sorted and paged in SQL, and the ids a batch prints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.db.agreement import Agreement
from desktop.db.types import Hectares
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
  (SELECT max(v.visited_on) FROM compliance_visits v WHERE v.agreement_id = a.id
     AND v.deleted_at IS NULL) AS last_visit
FROM agreements a JOIN families f ON f.id = a.family_id
JOIN communities c ON c.id = f.community_id
"""

AGREEMENT_SORT = {"number": "a.number", "family_code": "f.code", "head": "f.head_name",
                  "community": "c.name_folded", "status": "a.status",
                  "start_date": "a.start_date", "end_date": "a.end_date",
                  "forest_area_ha": "a.forest_area_ha", "last_visit": "last_visit"}


def _agreement_where(flt: AgreementFilter) -> tuple[str, dict]:
    today = flt.today or date.today()
    clauses, params = ["a.deleted_at IS NULL", "f.deleted_at IS NULL"], {}
    if flt.status:
        clauses.append("a.status = :status")
        params["status"] = flt.status
    if flt.community_id:
        clauses.append("f.community_id = :community_id")
        params["community_id"] = flt.community_id
    if flt.community_name:
        clauses.append("c.name_folded = :community_name")
        params["community_name"] = fold(flt.community_name)
    if flt.ending_within_days is not None:
        clauses.append("a.end_date IS NOT NULL AND a.end_date <= :ending AND a.status IN "
                       "('signed', 'active', 'suspended')")
        params["ending"] = today + timedelta(days=flt.ending_within_days)
    if flt.no_visit_12_months:
        clauses.append("a.status IN ('signed', 'active', 'suspended') AND NOT EXISTS ("
                       "SELECT 1 FROM compliance_visits v WHERE v.agreement_id = a.id AND "
                       "v.deleted_at IS NULL AND v.visited_on > :year_ago)")
        params["year_ago"] = today - timedelta(days=365)
    for i, word in enumerate(fold(flt.query).split()):
        params[f"w{i}"] = like_pattern(word)
        clauses.append(f"(lower(a.number) LIKE :w{i} ESCAPE '\\' OR f.search_text LIKE :w{i} "
                       f"ESCAPE '\\' OR c.name_folded LIKE :w{i} ESCAPE '\\')")
    return " AND ".join(clauses), params


def list_agreements(session: Session, flt: AgreementFilter = AgreementFilter(),
                    sort: str = "number", descending: bool = False, offset: int = 0,
                    limit: int | None = 200) -> list[AgreementRow]:
    where, params = _agreement_where(flt)
    order = AGREEMENT_SORT.get(sort, "a.number") + (" DESC" if descending else "")
    sql = f"{_ROW_SQL} WHERE {where} ORDER BY {order}, a.number"
    if limit is not None:
        sql += " LIMIT :limit OFFSET :offset"
        params.update(limit=limit, offset=offset)
    rows = []
    for r in session.execute(text(sql), params):
        rows.append(AgreementRow(
            r.id, r.number, r.family_code, r.head, r.community, r.status,
            date.fromisoformat(r.start_date) if r.start_date else None,
            date.fromisoformat(r.end_date) if r.end_date else None,
            Hectares.process_result_value(r.forest_area_ha, None),
            date.fromisoformat(r.last_visit) if r.last_visit else None))
    return rows


def count_agreements(session: Session, flt: AgreementFilter = AgreementFilter()) -> int:
    where, params = _agreement_where(flt)
    sql = ("SELECT count(*) FROM agreements a JOIN families f ON f.id = a.family_id "
           f"JOIN communities c ON c.id = f.community_id WHERE {where}")
    return session.execute(text(sql), params).scalar_one()


def agreement_ids(session: Session, flt: AgreementFilter) -> list[str]:
    return [r.id for r in list_agreements(session, flt, limit=None)]


def agreement_numbers(session: Session, ids: list[str]) -> list[str]:
    """The numbers of the agreements `ids` (in no particular order), read in batches."""
    numbers: list[str] = []
    for start in range(0, len(ids), 500):
        numbers += session.scalars(select(Agreement.number).where(
            Agreement.id.in_(ids[start:start + 500])))
    return numbers
