"""The season's figures: kg and soles per member, month, lot and certification."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from desktop.services.cooperative.members import MEMBER_NAME_SQL, member_name_sql
from desktop.services.cooperative.rules import (
    CENT, certification_kind, domain_label, kilograms, soles,
)


@dataclass(frozen=True)
class Totals:
    key: str
    label: str
    deliveries: int
    net_kg: Decimal
    amount_pen: Decimal
    unpaid_pen: Decimal

    @property
    def average_price(self) -> Decimal | None:
        return (self.amount_pen / self.net_kg).quantize(CENT, rounding=ROUND_HALF_UP) \
            if self.net_kg else None


_TOTALS = """count(*) AS n, coalesce(sum(d.net_kg), 0) AS kg,
  coalesce(sum(d.amount_pen), 0) AS amount,
  coalesce(sum(CASE WHEN d.paid_on IS NULL THEN d.amount_pen ELSE 0 END), 0) AS unpaid"""


def _period(cooperative_id: str, start: date | None, end: date | None) -> tuple[str, dict]:
    clauses = ["d.cooperative_id = :coop", "d.deleted_at IS NULL", "d.voided_at IS NULL"]
    params: dict = {"coop": cooperative_id}
    if start is not None:
        clauses.append("d.delivered_on >= :start")
        params["start"] = start
    if end is not None:
        clauses.append("d.delivered_on <= :end")
        params["end"] = end
    return " AND ".join(clauses), params


def _totals(r, key: str, label: str) -> Totals:
    return Totals(key, label, r.n, kilograms(r.kg), soles(r.amount), soles(r.unpaid))


def member_totals(session: Session, cooperative_id: str, start: date | None = None,
                  end: date | None = None) -> list[Totals]:
    """kg and soles per member over a period (a season), most kg first."""
    where, params = _period(cooperative_id, start, end)
    name = member_name_sql(session.get_bind().dialect.name)  # 40,000 members' names
    sql = f"""
        SELECT t.membership_id AS key, m.member_code, {name} AS name,
          t.n, t.kg, t.amount, t.unpaid
        FROM (SELECT d.membership_id, {_TOTALS} FROM deliveries d WHERE {where}
              GROUP BY d.membership_id) t
        JOIN memberships m ON m.id = t.membership_id
        ORDER BY t.kg DESC, m.member_code"""
    return [Totals(key, f"{code} {name}", n, kilograms(kg), soles(amount), soles(unpaid))
            for key, code, name, n, kg, amount, unpaid in session.execute(text(sql),
                                                                          params).all()]


def member_totals_page(session: Session, cooperative_id: str, start: date | None = None,
                       end: date | None = None, offset: int = 0,
                       limit: int = 200) -> list[Totals]:
    """A page of member_totals, by member code: the `limit` members after the first `offset`
    who delivered in the period, with their kg and soles.

    The page's members are found walking the codes (an index) and asking each whether it
    delivered (one look in ix_deliveries_member_totals), then only their deliveries are
    summed: 9 ms at 1,000,000 deliveries, where member_totals sums every member's (1.4 s).
    By name it would take as long as the whole list: a member's name is read from its
    person's row, so every member's would be read and sorted before the first page."""
    where, params = _period(cooperative_id, start, end)
    # the page first, then its members' deliveries (CROSS JOIN: SQLite's order as written;
    # with a large office's statistics it read every delivery, looking the page up in each)
    join = "CROSS JOIN" if session.get_bind().dialect.name == "sqlite" else "JOIN"
    sql = f"""
        WITH page AS MATERIALIZED (
          SELECT m.id, m.member_code, {MEMBER_NAME_SQL} AS name FROM memberships m
          WHERE m.cooperative_id = :coop AND EXISTS (
            SELECT 1 FROM deliveries d WHERE d.membership_id = m.id AND {where})
          ORDER BY m.member_code LIMIT :limit OFFSET :offset)
        SELECT p.id AS key, p.member_code, p.name, {_TOTALS}
        FROM page p {join} deliveries d ON d.membership_id = p.id AND {where}
        GROUP BY p.id, p.member_code, p.name ORDER BY p.member_code"""
    return [Totals(key, f"{code} {name}", n, kilograms(kg), soles(amount), soles(unpaid))
            for key, code, name, n, kg, amount, unpaid in session.execute(
                text(sql), {**params, "limit": limit, "offset": offset})]


def totals_of_members(session: Session, cooperative_id: str, membership_ids: list[str],
                      start: date | None = None, end: date | None = None) -> dict[str, Totals]:
    """The period's totals of these members (a page of the members list), by membership id;
    a member with no delivery in the period is left out. Only their deliveries are read,
    member by member from ix_deliveries_member_totals, as member_totals_page sums its page:
    a page of 200 members in milliseconds at 1,000,000 deliveries."""
    if not membership_ids:
        return {}
    where, params = _period(cooperative_id, start, end)
    marks = ", ".join(f":m{i}" for i in range(len(membership_ids)))
    params.update({f"m{i}": id_ for i, id_ in enumerate(membership_ids)})
    sql = (f"SELECT d.membership_id AS key, {_TOTALS} FROM deliveries d "
           f"WHERE d.membership_id IN ({marks}) AND {where} GROUP BY d.membership_id")
    return {r.key: _totals(r, r.key, r.key) for r in session.execute(text(sql), params)}


def _grouped(session: Session, cooperative_id: str, start: date | None, end: date | None,
             key_sql: str, joins: str = "") -> list[Totals]:
    """Totals of the period grouped by `key_sql` (which is also each row's label)."""
    where, params = _period(cooperative_id, start, end)
    sql = (f"SELECT {key_sql} AS key, {_TOTALS} FROM deliveries d {joins} "
           f"WHERE {where} GROUP BY key ORDER BY key")
    return [_totals(r, r.key, r.key) for r in session.execute(text(sql), params)]


def monthly_totals(session: Session, cooperative_id: str, start: date | None = None,
                   end: date | None = None) -> list[Totals]:
    return _grouped(session, cooperative_id, start, end, "substr(d.delivered_on, 1, 7)")


def lot_totals(session: Session, cooperative_id: str, start: date | None = None,
               end: date | None = None) -> list[Totals]:
    """Totals per lot: the deliveries grouped by lot first (from ix_deliveries_season alone),
    then the few groups named by their lots' codes."""
    where, params = _period(cooperative_id, start, end)
    sql = f"""
        SELECT coalesce(l.code, '') AS key, sum(t.n) AS n, sum(t.kg) AS kg,
          sum(t.amount) AS amount, sum(t.unpaid) AS unpaid
        FROM (SELECT d.lot_id, {_TOTALS} FROM deliveries d WHERE {where} GROUP BY d.lot_id) t
        LEFT JOIN lots l ON l.id = t.lot_id
        GROUP BY coalesce(l.code, '') ORDER BY key"""
    return [_totals(r, r.key, r.key) for r in session.execute(text(sql), params)]


def certification_totals(session: Session, cooperative_id: str, start: date | None = None,
                         end: date | None = None) -> list[Totals]:
    """kg and soles of deliveries whose member held each certification on the delivery day
    (a delivery counts under each certification its member held). Each member's
    certifications are read once, each one's validity cut to the period, then the deliveries
    of those days read from ix_deliveries_member_totals alone: the dates bound the index's
    range, so no delivery's row compares them again."""
    sql = f"""
        WITH held AS MATERIALIZED (
          SELECT m.id AS membership_id, json_extract(c.value, '$.kind') AS kind,
            max(coalesce(json_extract(c.value, '$.valid_from'), ''), :start) AS first_day,
            min(coalesce(json_extract(c.value, '$.valid_to'), :never), :end) AS last_day
          FROM memberships m CROSS JOIN json_each(m.certifications) c
          WHERE m.cooperative_id = :coop)
        SELECT h.kind, {_TOTALS}
        FROM held h CROSS JOIN deliveries d ON d.cooperative_id = :coop
          AND d.membership_id = h.membership_id AND d.deleted_at IS NULL
          AND d.voided_at IS NULL AND d.delivered_on >= h.first_day
          AND d.delivered_on <= h.last_day
        WHERE h.first_day <= h.last_day
        GROUP BY h.kind"""
    params = {"coop": cooperative_id, "start": (start or date.min).isoformat(),
              "end": (end or date.max).isoformat(), "never": date.max.isoformat()}
    merged: dict[str, list] = {}
    for r in session.execute(text(sql), params):
        kind = certification_kind(r.kind)
        acc = merged.setdefault(kind, [0, 0, 0, 0])
        for i, v in enumerate((r.n, r.kg, r.amount, r.unpaid)):
            acc[i] += v
    return [Totals(k, domain_label("certification", k), n, kilograms(kg), soles(a), soles(u))
            for k, (n, kg, a, u) in sorted(merged.items())]


@dataclass(frozen=True)
class SeasonSummary:
    members_delivering: int
    deliveries: int
    net_kg: Decimal
    amount_pen: Decimal
    unpaid_pen: Decimal

    @property
    def average_price(self) -> Decimal | None:
        return (self.amount_pen / self.net_kg).quantize(CENT, rounding=ROUND_HALF_UP) \
            if self.net_kg else None


def season_summary(session: Session, cooperative_id: str, start: date | None = None,
                   end: date | None = None) -> SeasonSummary:
    """The period's figures, summed from each member's (so the members delivering are counted
    as the groups go by, read in member order from an index alone)."""
    where, params = _period(cooperative_id, start, end)
    r = session.execute(text(
        f"SELECT count(*) AS members, coalesce(sum(t.n), 0) AS n, coalesce(sum(t.kg), 0) AS kg, "
        f"coalesce(sum(t.amount), 0) AS amount, coalesce(sum(t.unpaid), 0) AS unpaid "
        f"FROM (SELECT d.membership_id, {_TOTALS} FROM deliveries d WHERE {where} "
        f"GROUP BY d.membership_id) t"), params).one()
    return SeasonSummary(r.members, r.n, kilograms(r.kg), soles(r.amount), soles(r.unpaid))


__all__ = [
    "Totals", "member_totals", "member_totals_page", "totals_of_members", "monthly_totals",
    "lot_totals", "certification_totals",
    "SeasonSummary", "season_summary",
]
