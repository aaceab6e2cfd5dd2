"""The rows of the programme's summary workbook, one query per sheet, as plain values.

Each function streams tuples straight from SQL (the workbook of a large office has
a million deliveries), with the storage details already undone: amounts, weights,
areas and coordinates are Decimals (not the scaled integers kept in the file), dates
are dates. Codes (status, land use, product…) stay codes: the workbook labels them in
its own language. With `anonymise`, names are replaced by codes (the head of family
by "F-000001-J", members by "F-000001-01") and the personal columns are left to the
caller not to ask for.

A period (`date_from`, `date_to`) limits the dated sheets, as it limits the indicators.

Each sheet's SQL comes from a public `*_query` function (a statement with its parameters
bound), so tests can read its query plan: no sheet may scan a table once per row of
another (tests/db/test_query_plans.py), whether or not the file was ever ANALYZEd. The
correlated subqueries left each look rows up by the one column that has an index and
no rival index (a family's persons by family_id, an agreement's visits by agreement_id);
counts over many rows of a child table are GROUP BY joins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from decimal import Decimal

from sqlalchemy import Date, TextClause, text
from sqlalchemy.orm import Session

from desktop.db.person import Person
from desktop.db.plot import Plot
from desktop.db.types import Hectares, Kilograms, Percent, ScaledDecimal, Soles
from desktop.services.indicators import period

#: Rows fetched from the database at a time.
YIELD_PER = 5000

#: The head of family `f` (at most one: uq_persons_one_head), as a LEFT JOIN and a name.
HEAD_JOIN = ("LEFT JOIN persons h ON h.family_id = f.id AND h.relation = 'head' "
             "AND h.deleted_at IS NULL")
#: The head's name, left out when the head opposes sharing (Ley 29733: out of every export
#: with personal data).
HEAD_NAME = ("CASE WHEN h.opposes_sharing THEN '' ELSE "
             "trim(h.given_names || ' ' || h.paternal_surname || ' ' || h.maternal_surname) END")
#: A member's columns left empty when they oppose sharing; the row stays, so counts hold.
IDENTIFYING = frozenset({"given_names", "paternal_surname", "maternal_surname", "dni",
                         "birth_date", "phone"})

Row = list


def _query(sql: str, params: dict | None = None) -> TextClause:
    return text(sql).bindparams(**(params or {}))


def _rows(session: Session, query: TextClause):
    """The rows of `query`, fetched YIELD_PER at a time (never the whole result at once)."""
    return session.execute(query.execution_options(yield_per=YIELD_PER))


def _day(raw):
    return date.fromisoformat(raw[:10]) if isinstance(raw, str) else raw


_day.repeats = True  # (row_function remembers what it gave: a year has 365 days)


def _scaled(kind: ScaledDecimal) -> Callable:
    exponent = -kind.scale

    def convert(raw):
        return Decimal(raw).scaleb(exponent)

    convert.repeats = True  # weights, prices, moisture repeat: a dictionary beats scaleb 6x
    return convert


def converted(rows: Iterable, converters: dict[int, Callable]) -> Iterator[Row]:
    """`rows` with the columns `converters` names turned into their values (None stays None).

    Each row goes through one function made for these columns (`row_function`), mapped over
    the rows: a loop over the columns of every row took twice the time at a million rows."""
    rows = iter(rows)
    first = next(rows, None)
    if first is None:
        return
    convert = row_function(len(first), converters)
    yield convert(first)
    yield from map(convert, rows)


#: How many values a converter that `repeats` remembers per column (memory stays bounded:
#: a column of amounts, nearly all different, stops adding after this many).
REMEMBERED = 50_000


def row_function(width: int, converters: dict[int, Callable]) -> Callable[[Sequence], Row]:
    """A function turning a row of `width` values into a list where the value at each position
    `converters` names went through its converter (None stays None), the others as they are.

    Made from source, as collections.namedtuple makes its classes: one expression per row
    with no loop and no lookups but the row's own. A converter marked `repeats` (days,
    scaled decimals: immutable values) is asked once per distinct value: a dictionary per
    column keeps up to REMEMBERED of its answers."""
    names: dict = {}
    values: list[str] = []
    for i in range(width):
        convert = converters.get(i)
        if convert is None:
            values.append(f"r[{i}]")
            continue
        names[f"c{i}"] = convert
        if getattr(convert, "repeats", False):
            names[f"m{i}"], names[f"c{i}"] = _remembering(convert)
            call = f"(m{i}.get(v) or c{i}(v))"
        else:
            call = f"c{i}(v)"
        values.append(f"(None if (v := r[{i}]) is None else {call})")
    return eval(f"lambda r: [{', '.join(values)}]", names)  # noqa: S307 (our own source)


def _remembering(convert: Callable) -> tuple[dict, Callable]:
    """A dictionary of `convert`'s answers and a function that answers and fills it."""
    answers: dict = {}

    def answer(raw):
        value = convert(raw)
        if len(answers) < REMEMBERED:
            answers[raw] = value
        return value

    return answers, answer


def _column_converter(table, name: str) -> Callable | None:
    kind = table.c[name].type
    if isinstance(kind, ScaledDecimal):
        return _scaled(kind)
    if isinstance(kind, Date):
        return _day
    return None


def _table_columns(table, alias: str, names: Sequence[str], first: int) -> tuple[str, dict]:
    """The SELECT list of `names` of `table` and the converters of those columns (their
    positions counted from `first`). Raises KeyError for a name the table does not have."""
    converters = {}
    for index, name in enumerate(names):
        convert = _column_converter(table, name)
        if convert is not None:
            converters[first + index] = convert
    return ", ".join(f"{alias}.{name}" for name in names), converters


def families_query(anonymise: bool = False) -> TextClause:
    head, join = ("''", "") if anonymise else (HEAD_NAME, HEAD_JOIN)
    return _query(f"""SELECT f.code, {head}, c.name,
        (SELECT count(*) FROM persons p WHERE p.family_id = f.id AND p.deleted_at IS NULL),
        f.inside_forest,
        (SELECT a.status FROM agreements a WHERE a.family_id = f.id AND a.deleted_at IS NULL
         ORDER BY a.start_date DESC LIMIT 1)
        FROM families f JOIN communities c ON c.id = f.community_id {join}
        WHERE f.deleted_at IS NULL ORDER BY f.code""")


def families(session: Session, anonymise: bool = False) -> Iterator[Row]:
    """(family code, head of family, community, members, inside the forest, status of the
    latest agreement) of every family, by code."""
    rows = _rows(session, families_query(anonymise))
    if anonymise:
        return ([r[0], f"{r[0]}-J", *r[2:]] for r in rows)
    return (list(r) for r in rows)


def members_query(names: Sequence[str]) -> tuple[TextClause, dict[int, Callable]]:
    """The members' query and the converters of its columns."""
    columns, converters = _table_columns(Person.__table__, "p", names, 1)
    columns = ", ".join(
        f"CASE WHEN p.opposes_sharing THEN NULL ELSE p.{name} END" if name in IDENTIFYING
        else f"p.{name}" for name in names)
    return _query(f"""SELECT f.code, {columns} FROM persons p JOIN families f
        ON f.id = p.family_id WHERE p.deleted_at IS NULL AND f.deleted_at IS NULL
        ORDER BY f.code, p.created_at"""), converters


def members(session: Session, names: Sequence[str], anonymise: bool = False) -> Iterator[Row]:
    """(family code, [person code when anonymised,] *the columns `names` of the person) of
    every member, family by family."""
    query, converters = members_query(names)
    rows = converted(_rows(session, query), converters)
    return _person_codes(rows) if anonymise else rows


def _person_codes(rows):
    current, number = None, 0
    for row in rows:
        number = number + 1 if row[0] == current else 1
        current = row[0]
        yield [row[0], f"{row[0]}-{number:02d}", *row[1:]]


def plots_query(names: Sequence[str]) -> tuple[TextClause, dict[int, Callable]]:
    """The plots' query and the converters of its columns."""
    columns, converters = _table_columns(Plot.__table__, "pl", names, 1)
    return _query(f"""SELECT f.code, {columns} FROM plots pl JOIN families f
        ON f.id = pl.family_id WHERE pl.deleted_at IS NULL AND f.deleted_at IS NULL
        ORDER BY f.code, pl.name"""), converters


def plots(session: Session, names: Sequence[str]) -> Iterator[Row]:
    """(family code, *the columns `names` of the plot) of every plot, family by family."""
    query, converters = plots_query(names)
    return converted(_rows(session, query), converters)


def agreements_query(anonymise: bool = False) -> TextClause:
    head, join = ("''", "") if anonymise else (HEAD_NAME, HEAD_JOIN)
    return _query(f"""SELECT a.number, f.code, {head}, c.name, a.status, a.start_date,
        a.end_date, a.forest_area_ha,
        (SELECT max(v.visited_on) FROM compliance_visits v WHERE v.agreement_id = a.id
         AND v.deleted_at IS NULL),
        (SELECT group_concat(coalesce(ordered.kind, '~' || ordered.text), '|') FROM (SELECT
         m.kind, m.text FROM commitments m WHERE m.agreement_id = a.id
         AND m.deleted_at IS NULL ORDER BY m.position) ordered),
        (SELECT sum(b.estimated_value_pen) FROM benefits b WHERE b.agreement_id = a.id
         AND b.deleted_at IS NULL),
        (SELECT sum(b.estimated_value_pen * d.quantity / b.quantity) FROM benefit_deliveries d
         JOIN benefits b ON b.id = d.benefit_id WHERE b.agreement_id = a.id
         AND d.deleted_at IS NULL AND b.deleted_at IS NULL AND b.quantity > 0),
        (SELECT v.result FROM compliance_visits v WHERE v.agreement_id = a.id
         AND v.deleted_at IS NULL ORDER BY v.visited_on DESC LIMIT 1)
        FROM agreements a JOIN families f ON f.id = a.family_id
        JOIN communities c ON c.id = f.community_id {join}
        WHERE a.deleted_at IS NULL ORDER BY a.number""")


def agreements(session: Session, anonymise: bool = False) -> Iterator[Row]:
    """(number, family code, head of family, community, status, start date, end date, forest
    area (ha), last visit, commitments, benefits planned (S/), benefits delivered (S/), last
    visit's result) of every agreement, by number.

    The commitments are (kind, None) for a standard one and (None, text) for a free one, in
    their order; benefits delivered are valued at their benefit's estimated unit value.
    """
    query = agreements_query(anonymise)

    def rows():
        for r in _rows(session, query):
            commitments = tuple((None, k[1:]) if k.startswith("~") else (k, None)
                                for k in (r[9] or "").split("|") if k)
            head_value = f"{r[1]}-J" if anonymise else r[2]
            yield (r[0], r[1], head_value, *r[3:9], commitments, r[10] or 0, int(r[11] or 0),
                   r[12])

    return converted(rows(), {5: _day, 6: _day, 7: _scaled(Hectares), 8: _day,
                               10: _scaled(Soles), 11: _scaled(Soles)})


def training_query(date_from: date | None = None, date_to: date | None = None) -> TextClause:
    # One pass over the sessions' attendance (ix_attendance_session), grouped: three counts
    # per session as correlated subqueries scanned the whole table 30,000 times when the
    # only index on session_id was the partial one of registered members.
    where, params = period("s.held_on", date_from, date_to)
    return _query(f"""SELECT s.held_on, s.topic, s.kind, coalesce(c.name, s.place), s.hours,
        count(t.id), count(CASE WHEN t.sex = 'F' THEN 1 END),
        count(CASE WHEN t.sex = 'M' THEN 1 END)
        FROM training_sessions s LEFT JOIN communities c ON c.id = s.community_id
        LEFT JOIN attendance t ON t.session_id = s.id AND t.deleted_at IS NULL
        WHERE s.deleted_at IS NULL{where} GROUP BY s.id, c.id ORDER BY s.held_on, s.id""", params)


def training_sessions(session: Session, date_from: date | None = None,
                      date_to: date | None = None) -> Iterator[Row]:
    """(date, topic, kind, community or place, hours, participants, women, men) of every
    session held in the period, by date."""
    return converted(_rows(session, training_query(date_from, date_to)),
                      {0: _day, 4: _scaled(Percent)})


def deliveries_by_member_and_month_query(date_from: date | None = None,
                                         date_to: date | None = None,
                                         anonymise: bool = False,
                                         dialect: str = "sqlite") -> TextClause:
    # Member by member, each one's deliveries read from ix_deliveries_member_totals (the
    # cooperative and the member lead it): a fifth less time than by ix_deliveries_membership.
    # The head of family is joined once per member (not looked up once per month), and the
    # groups come out of their one sort in the sheet's order: ORDER BY repeats GROUP BY, so
    # SQLite sorts once. The family keeps two cooperatives' equal member codes apart; h.id
    # only keeps PostgreSQL's rules (one family, one head). On SQLite the family's rowid
    # stands for its id: a sort of a million keys a third as long, 1.4 s less of CPU.
    where, params = period("d.delivered_on", date_from, date_to)
    member, join = ("f.code", "") if anonymise else (HEAD_NAME, HEAD_JOIN)
    month = "substr(d.delivered_on, 1, 7)"
    groups = f"m.member_code, {month}, " + ("f.rowid" if dialect == "sqlite" else
                                           "f.id" + ("" if anonymise else ", h.id"))
    return _query(f"""SELECT m.member_code, {member}, {month}, count(*),
        sum(d.net_kg), sum(d.amount_pen),
        sum(CASE WHEN d.paid_on IS NOT NULL THEN d.amount_pen ELSE 0 END)
        FROM memberships m JOIN families f ON f.id = m.family_id {join}
        JOIN deliveries d ON d.cooperative_id = m.cooperative_id AND d.membership_id = m.id
        WHERE d.deleted_at IS NULL AND d.voided_at IS NULL{where}
        GROUP BY {groups} ORDER BY {groups}""", params)


def deliveries_by_member_and_month(session: Session, date_from: date | None = None,
                                   date_to: date | None = None,
                                   anonymise: bool = False) -> Iterator[Row]:
    """(member code, member (head of family, or the family code when anonymised), month
    "YYYY-MM", deliveries, net kg, amount (S/), paid (S/)) of the period, voided deliveries
    left out, by member and month."""
    query = deliveries_by_member_and_month_query(date_from, date_to, anonymise,
                                                 session.get_bind().dialect.name)
    return converted(_rows(session, query),
                      {4: _scaled(Kilograms), 5: _scaled(Soles), 6: _scaled(Soles)})


def count_deliveries_query(date_from: date | None = None,
                           date_to: date | None = None) -> TextClause:
    where, params = period("d.delivered_on", date_from, date_to)
    return _query(f"SELECT count(*) FROM deliveries d WHERE d.deleted_at IS NULL "
                  f"AND d.voided_at IS NULL{where}", params)


def count_deliveries(session: Session, date_from: date | None = None,
                     date_to: date | None = None) -> int:
    """How many deliveries (voided ones left out) the period has."""
    return session.execute(count_deliveries_query(date_from, date_to)).scalar()


def rows_to_write(session: Session) -> int:
    """About how many rows the summary's longest sheets hold (people and deliveries): what
    decides whether a second process is worth starting."""
    return session.execute(_query(
        "SELECT (SELECT count(*) FROM persons) + (SELECT count(*) FROM deliveries)")).scalar()


def deliveries_query(date_from: date | None = None, date_to: date | None = None) -> TextClause:
    # The membership's id, not its code: a join looked the membership's row up for every
    # delivery (9.6 s of SQLite's CPU at 1,000,000 deliveries, 4.0 s without it); the codes
    # come from one read of the memberships (member_codes).
    where, params = period("d.delivered_on", date_from, date_to)
    return _query(f"""SELECT d.receipt_number, d.delivered_on, d.membership_id, d.product,
        d.net_kg, d.moisture_pct, d.price_per_kg_pen, d.amount_pen, d.paid_on, d.flags,
        d.moisture_discount_kg + d.defects_discount_kg, coalesce(d.payable_kg, d.net_kg)
        FROM deliveries d WHERE d.deleted_at IS NULL AND d.voided_at IS NULL{where}
        ORDER BY d.delivered_on, d.receipt_number""", params)


def member_codes(session: Session) -> dict[str, str]:
    """Every membership's code, by id (a few tens of thousands: one small read)."""
    return dict(session.execute(text("SELECT m.id, m.member_code FROM memberships m")).all())


def deliveries(session: Session, date_from: date | None = None,
               date_to: date | None = None) -> Iterator[Row]:
    """(receipt number, date, member code, product, net kg, moisture %, price per kg (S/),
    amount (S/), paid on, flags, discounts (kg), payable kg) of every delivery of the period
    (voided ones left out), by date and receipt number. A delivery older than discounts has
    none: its payable kilos are its net."""
    codes = member_codes(session)
    return converted(_rows(session, deliveries_query(date_from, date_to)), {
        1: _day, 2: codes.__getitem__, 4: _scaled(Kilograms), 5: _scaled(Percent),
        6: _scaled(Soles), 7: _scaled(Soles), 8: _day, 10: _scaled(Kilograms),
        11: _scaled(Kilograms)})


def lots_query() -> TextClause:
    # The lots' deliveries summed in one pass over ix_deliveries_lot, then joined: a join
    # per lot let a planner that knows the table's size index all deliveries at every run.
    return _query("""SELECT l.code, l.buyer, l.destination_country, l.shipping_date,
        coalesce(t.deliveries, 0), coalesce(t.net_kg, 0)
        FROM lots l LEFT JOIN (SELECT d.lot_id, count(*) AS deliveries, sum(d.net_kg) AS net_kg
         FROM deliveries d WHERE d.lot_id IS NOT NULL AND d.deleted_at IS NULL
         AND d.voided_at IS NULL GROUP BY d.lot_id) t ON t.lot_id = l.id
        WHERE l.deleted_at IS NULL ORDER BY l.code, l.id""")


def lots(session: Session) -> Iterator[Row]:
    """(code, buyer, destination country, shipping date, deliveries, net kg) of every lot, by
    code; voided deliveries left out."""
    return converted(_rows(session, lots_query()), {3: _day, 5: _scaled(Kilograms)})


def queries(person_columns: Sequence[str], plot_columns: Sequence[str],
            date_from: date | None = None, date_to: date | None = None,
            anonymise: bool = False) -> dict[str, TextClause]:
    """Every sheet's statement, by sheet, as the workbook runs them."""
    return {
        "Families": families_query(anonymise),
        "Members": members_query(person_columns)[0],
        "Plots": plots_query(plot_columns)[0],
        "Agreements": agreements_query(anonymise),
        "Training": training_query(date_from, date_to),
        "Deliveries": deliveries_by_member_and_month_query(date_from, date_to, anonymise),
        "DeliveryListCount": count_deliveries_query(date_from, date_to),
        "DeliveryList": deliveries_query(date_from, date_to),
        "Lots": lots_query(),
    }
