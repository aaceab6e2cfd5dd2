"""The deliveries list: one page at a time, filtered and sorted in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.services.cooperative.members import MEMBER_NAME_SQL
from desktop.services.cooperative.rules import as_date, kilograms, percent, soles
from desktop.services.cooperative.weighing import Weighing
from desktop.services.cooperative.delivery_search import (
    all_common, cooperative_members, receipt_index, receipt_runs, row_condition, search_terms,
)
from desktop.services.errors import NotFound
from desktop.services.registry.search import search_words


@dataclass(frozen=True)
class DeliveryRow(Weighing):
    id: str
    receipt_number: str
    delivered_on: date
    member_code: str
    member: str
    membership_id: str
    plot: str
    plot_id: str | None
    flags: str
    lot: str
    lot_id: str | None

    def value(self, name: str):
        return getattr(self, name)


_DELIVERY_SELECT = f"""
SELECT d.id, d.receipt_number, d.delivered_on, m.member_code, {MEMBER_NAME_SQL} AS member,
  m.id AS membership_id, coalesce(pl.name, '') AS plot, d.plot_id, d.product, d.gross_kg,
  d.tare_kg, d.net_kg, d.moisture_pct, d.grade, d.cup_score, d.price_per_kg_pen, d.amount_pen,
  d.paid_on, d.voided_at, d.void_reason, d.flags, coalesce(l.code, '') AS lot, d.lot_id,
  d.defects, d.moisture_discount_kg, d.defects_discount_kg, d.payable_kg
FROM deliveries d JOIN memberships m ON m.id = d.membership_id
JOIN families f ON f.id = m.family_id
LEFT JOIN plots pl ON pl.id = d.plot_id
LEFT JOIN lots l ON l.id = d.lot_id
"""

DELIVERY_SORT = {
    "receipt_number": "d.receipt_number", "delivered_on": "d.delivered_on",
    "member_code": "m.member_code", "member": "member", "plot": "plot",
    "product": "d.product", "gross_kg": "d.gross_kg", "tare_kg": "d.tare_kg",
    "net_kg": "d.net_kg", "moisture_pct": "d.moisture_pct", "grade": "d.grade",
    "cup_score": "d.cup_score", "price_per_kg_pen": "d.price_per_kg_pen",
    "amount_pen": "d.amount_pen", "paid_on": "d.paid_on", "lot": "lot", "flags": "d.flags",
    "voided_at": "d.voided_at", "defects": "d.defects",
    "discount_kg": "(d.moisture_discount_kg + d.defects_discount_kg)",
    "payable_kg": "coalesce(d.payable_kg, d.net_kg)",
}


@dataclass
class DeliveryFilter:
    """What the deliveries list shows."""

    cooperative_id: str
    query: str = ""
    unpaid_only: bool = False
    include_voided: bool = True
    membership_id: str | None = None
    lot_id: str | None = None
    unassigned: bool = False  # not voided and in no lot
    flagged_only: bool = False

    def own(self) -> tuple[list[str], dict]:
        """The conditions on the delivery alone (all but the search words)."""
        clauses = ["d.cooperative_id = :coop", "d.deleted_at IS NULL"]
        params: dict = {"coop": self.cooperative_id}
        if self.unpaid_only:
            clauses.append("d.paid_on IS NULL AND d.voided_at IS NULL")
        if not self.include_voided or self.unassigned:
            clauses.append("d.voided_at IS NULL")
        if self.membership_id:
            clauses.append("d.membership_id = :membership")
            params["membership"] = self.membership_id
        if self.lot_id:
            clauses.append("d.lot_id = :lot")
            params["lot"] = self.lot_id
        if self.unassigned:
            clauses.append("d.lot_id IS NULL")
        if self.flagged_only:
            clauses.append("d.flags != ''")
        return clauses, params

    def selective(self) -> bool:
        """Whether a condition leaves few deliveries (one member's, one lot's, the flagged):
        the list then reads those and sorts them, rather than walking every receipt."""
        return bool(self.membership_id or self.lot_id or self.flagged_only)


def _delivery_row(r) -> DeliveryRow:
    return DeliveryRow(
        r.id, r.receipt_number, as_date(r.delivered_on), r.member_code, r.member,
        r.membership_id, r.plot, r.plot_id, r.flags, r.lot, r.lot_id,
        product=r.product, gross_kg=kilograms(r.gross_kg), tare_kg=kilograms(r.tare_kg),
        net_kg=kilograms(r.net_kg), moisture_pct=percent(r.moisture_pct), grade=r.grade,
        cup_score=percent(r.cup_score), price_per_kg_pen=soles(r.price_per_kg_pen),
        amount_pen=soles(r.amount_pen), paid_on=as_date(r.paid_on),
        voided_at=as_date(r.voided_at), void_reason=r.void_reason, defects=percent(r.defects),
        moisture_discount_kg=kilograms(r.moisture_discount_kg),
        defects_discount_kg=kilograms(r.defects_discount_kg),
        payable_kg=None if r.payable_kg is None else kilograms(r.payable_kg))


#: The joins a sort needs beside the deliveries themselves.
_SORT_JOINS = {
    "member_code": "JOIN memberships m ON m.id = d.membership_id",
    "member": "JOIN memberships m ON m.id = d.membership_id",
    "plot": "LEFT JOIN plots pl ON pl.id = d.plot_id",
    "lot": "LEFT JOIN lots l ON l.id = d.lot_id",
}
_SORT_SELECT = {"member": MEMBER_NAME_SQL, "plot": "coalesce(pl.name, '')",
                "lot": "coalesce(l.code, '')"}
#: A search word matching at most 1/SPARSE_SHARE of the cooperative's members is answered
#: from its members' deliveries and receipt numbers, sorted; a commoner one by walking the
#: receipts in order until the page is full.
SPARSE_SHARE = 20


def _by_key(clauses: list[str], sqlite: bool) -> list[str]:
    """The list's own conditions, kept by SQLite from choosing an index of its own (the rows
    are then read by key from a short list of candidates)."""
    if not sqlite:
        return clauses
    return [c.replace("d.cooperative_id =", "+d.cooperative_id =")
             .replace("d.deleted_at IS NULL", "+d.deleted_at IS NULL") for c in clauses]


def _indexed(dialect: str, index: str | None) -> str:
    return f" INDEXED BY {index}" if dialect == "sqlite" and index else ""


def search_deliveries(session: Session, where: DeliveryFilter, sort: str = "receipt_number",
                      descending: bool = True, offset: int = 0,
                      limit: int = 200) -> list[DeliveryRow]:
    """One page of deliveries, newest receipt first by default, filtered and sorted in SQL.

    The page's deliveries are found first on the deliveries alone (members, plots and lots
    joined only when the sort names them), by one of three ways: walking the receipts in order
    until the page is full (most lists), reading one member's, one lot's or the flagged
    deliveries and sorting them, or reading a rare search word's members' deliveries and
    receipt numbers and sorting those. Their rows are then read for the page only."""
    dialect = session.get_bind().dialect.name
    sqlite = dialect == "sqlite"
    key = "d.rowid" if sqlite else "d.id"
    if sqlite and sort == "receipt_number" and not where.selective():
        ids = _among_recent(session, where, descending, offset, limit)
        if ids is not None:
            return _rows_of(session, ids, key)
    clauses, params = where.own()
    words = search_terms(session, where.cooperative_id, where.query, params)
    index, walk = None, not where.selective()
    if words and walk and words[0].members * SPARSE_SHARE <= cooperative_members(
            session, where.cooperative_id):
        first, words, walk = words[0], words[1:], False
        clauses = _by_key(clauses, sqlite) + [
            f"{key} IN (SELECT {key} FROM deliveries d{_indexed(dialect, MEMBER_LIST)} "
            f"WHERE d.cooperative_id = :coop AND d.membership_id IN ({first.member_ids()}) "
            f"UNION ALL {first.receipt_rows()})"]
    elif where.flagged_only:
        index = "ix_deliveries_flagged"
    elif where.selective() and sqlite:  # through the member's or the lot's own index
        clauses[0] = "+d.cooperative_id = :coop"
    elif sort == "receipt_number" and sqlite:
        index = receipt_index(session)
    clauses += [word.condition() for word in words]
    direction = " DESC" if descending else ""
    column = _SORT_SELECT.get(sort) or DELIVERY_SORT.get(sort, "d.receipt_number")
    # `+`: no walking the sort's index over every delivery to find a few
    hint = "+" if sqlite and not walk and not index and column.startswith("d.") else ""
    order = (f"{hint}{column}{direction}, {hint}d.delivered_on{direction}, "
             f"{hint}d.receipt_number{direction}")
    ids = [r[0] for r in session.execute(text(
        f"SELECT {key} FROM deliveries d{_indexed(dialect, index)} {_SORT_JOINS.get(sort, '')} "
        f"WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT :limit OFFSET :offset"),
        {**params, "limit": limit, "offset": offset})]
    return _rows_of(session, ids, key)


def _rows_of(session: Session, ids: list, key: str) -> list[DeliveryRow]:
    """The rows of the deliveries whose keys are `ids`, in that order."""
    if not ids:
        return []
    marks = ", ".join(f":k{i}" for i in range(len(ids)))
    select = _DELIVERY_SELECT.replace("SELECT ", f"SELECT {key} AS key, ", 1)
    rows = {r.key: _delivery_row(r) for r in session.execute(text(
        f"{select} WHERE {key} IN ({marks})"), {f"k{i}": k for i, k in enumerate(ids)})}
    return [rows[k] for k in ids]


#: A search whose every word is common (matches at least 1/SPARSE_SHARE as many families as
#: the cooperative has members) looks for its page among this many of the list's deliveries in
#: receipt order, matching each one's member row by row, before reading its members' set.
RECENT = 5000


def _among_recent(session: Session, where: DeliveryFilter, descending: bool, offset: int,
                  limit: int) -> list | None:
    """The keys of a common search's page, found among the cooperative's RECENT first
    receipts in the list's order (each delivery's member and family read by key and matched
    there), or None when those do not hold the page: then the words' members are read first.

    A common name ("quispe", a fifth of the members) fills a page of 200 within its first
    1,000 deliveries, where reading the set of its members (8,000 of them) costs more than the
    page; a rare one is found faster through its few members."""
    words = search_words(where.query)
    if not words:
        return None
    if not all_common(session, where.cooperative_id, words, SPARSE_SHARE):
        return None
    clauses, params = where.own()
    runs = receipt_runs(session, where.cooperative_id)
    clauses += [row_condition(word, runs, params, str(i)) for i, word in enumerate(words)]
    direction, beyond = (" DESC", ">=") if descending else ("", "<=")
    index = _indexed("sqlite", receipt_index(session))
    edge = session.execute(text(
        f"SELECT receipt_number FROM deliveries{index} WHERE cooperative_id = :coop "
        f"ORDER BY receipt_number{direction} LIMIT 1 OFFSET :recent"),
        {"coop": where.cooperative_id, "recent": RECENT - 1}).scalar()
    if edge is not None:
        clauses.append(f"d.receipt_number {beyond} :edge")
        params["edge"] = edge
    ids = [r[0] for r in session.execute(text(
        f"SELECT d.rowid FROM deliveries d{index} CROSS JOIN memberships m "
        f"ON m.id = d.membership_id CROSS JOIN families f ON f.id = m.family_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY d.receipt_number{direction} "
        f"LIMIT :limit OFFSET :offset"), {**params, "limit": limit, "offset": offset})]
    return ids if len(ids) == limit or edge is None else None


#: The index holding, per member, everything the list filters on.
MEMBER_LIST = "ix_deliveries_member_list"


def count_deliveries(session: Session, where: DeliveryFilter) -> int:
    """How many deliveries the list shows, counted from indexes: a search's through its
    members' deliveries and its receipt numbers; the whole list as every delivery but the
    other cooperatives', the deleted and the voided (few: a count of the table is free)."""
    dialect = session.get_bind().dialect.name
    sqlite = dialect == "sqlite"
    clauses, params = where.own()
    words = search_terms(session, where.cooperative_id, where.query, params)

    def count(conditions: list[str], index: str | None = None) -> int:
        return session.execute(text(
            f"SELECT count(*) FROM deliveries d{_indexed(dialect, index)} "
            f"WHERE {' AND '.join(conditions)}"), params).scalar_one()

    if words:
        first, rest = words[0], [word.condition() for word in words[1:]]
        members = f"d.membership_id IN ({first.member_ids()})"
        receipts = _by_key(clauses, sqlite) + [
            f"{'d.rowid' if sqlite else 'd.id'} IN ({first.receipt_rows()})"] + rest
        by_receipt = count(receipts)
        if by_receipt:  # those of the word's members are counted with the members'
            by_receipt = count(receipts + [f"NOT {members}"])
        return count(clauses + [members] + rest, MEMBER_LIST) + by_receipt
    if where.flagged_only:
        return count(clauses, "ix_deliveries_flagged")
    if where.selective():
        if sqlite:
            clauses[0] = "+d.cooperative_id = :coop"
        return count(clauses)
    if where.unpaid_only:
        return count(clauses, "ix_deliveries_owed")
    if where.unassigned or not sqlite:
        return count(clauses, MEMBER_LIST)
    voided = "" if where.include_voided else (
        " - (SELECT count(*) FROM deliveries INDEXED BY ix_deliveries_voided "
        "WHERE cooperative_id = :coop AND deleted_at IS NULL AND voided_at IS NOT NULL)")
    return session.execute(text(
        "SELECT (SELECT count(*) FROM deliveries)"
        " - (SELECT count(*) FROM deliveries WHERE cooperative_id < :coop)"
        " - (SELECT count(*) FROM deliveries WHERE cooperative_id > :coop)"
        " - (SELECT count(*) FROM deliveries INDEXED BY ix_deliveries_deleted "
        "WHERE cooperative_id = :coop AND deleted_at IS NOT NULL)" + voided),
        params).scalar_one()


def delivery_row(session: Session, delivery_id: str) -> DeliveryRow:
    row = session.execute(text(f"{_DELIVERY_SELECT} WHERE d.id = :id"),
                          {"id": delivery_id}).first()
    if row is None:
        raise NotFound("delivery", delivery_id)
    return _delivery_row(row)


__all__ = [
    "DeliveryRow", "DELIVERY_SORT", "DeliveryFilter", "search_deliveries", "count_deliveries",
    "delivery_row",
]
