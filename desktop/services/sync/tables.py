"""What travels in a sync package, and how a row becomes JSON and back.

Every table of records travels (desktop.db.base.Record) except those that stay in their
database (desktop.db.tracking.LOCAL_TABLES: users), and so does the audit trail. An
agreement carries the ids of the plots it covers (`plot_ids`): the link table has no row of
its own to mark. The sync bookkeeping (`usn`, `base_version`) never travels.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import Date, Table, delete, insert, select
from sqlalchemy.orm import Session

import desktop.db.models  # noqa: F401  (every table in the metadata)
from desktop.db.agreement import agreement_plots
from desktop.db.base import Base, Record
from desktop.db.tracking import LOCAL_TABLES
from desktop.db.types import ScaledDecimal, UTCDateTime

AUDIT = "audit_entries"
PLOTS = "plot_ids"
BOOKKEEPING = frozenset({"usn", "base_version"})
#: Columns derived from other rows (the family search text), remade where a row arrives.
DERIVED = frozenset({"search_text", "head_name"})


def _synced_tables() -> list[Table]:
    records = {mapper.local_table.name for mapper in Base.registry.mappers
               if issubclass(mapper.class_, Record)} - LOCAL_TABLES
    return [table for table in Base.metadata.sorted_tables  # parents before children
            if table.name in records or table.name == AUDIT]


#: Synced tables, each after the tables it refers to.
TABLES: list[Table] = _synced_tables()
BY_NAME: dict[str, Table] = {table.name: table for table in TABLES}


def carried(table: Table) -> list:
    return [column for column in table.columns if column.name not in BOOKKEEPING]


def order_column(table: Table):
    """Rows of one table go oldest first (an agreement after the one it renews)."""
    return table.c.at if table.name == AUDIT else table.c.created_at


def encode(value):
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def converter(column):
    """How a JSON value becomes what `column` takes (None: as it is)."""
    kind = column.type
    if isinstance(kind, ScaledDecimal):
        return lambda value: Decimal(str(value))
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat
    if isinstance(kind, Date):
        return date.fromisoformat
    return None


def decode(column, value):
    """A JSON value back into what the column takes; ValueError when it cannot be."""
    convert = converter(column)
    if value is None or convert is None:
        return value
    try:
        return convert(value)
    except (TypeError, InvalidOperation) as error:
        raise ValueError(str(error)) from None


def fields_of(session: Session, table: Table, row, plots: dict | None = None) -> dict:
    """The carried values of a row read with select(table), as JSON values (an agreement's
    plots from `plots` {agreement id: plot ids} when given, else read)."""
    mapping = row._mapping
    values = {column.name: encode(mapping[column]) for column in carried(table)}
    if table.name == "agreements":
        values[PLOTS] = plots[values["id"]] if plots is not None \
            else plot_ids(session, values["id"])
    return values


def plot_ids(session: Session, agreement_id: str) -> list[str]:
    return sorted(session.scalars(select(agreement_plots.c.plot_id).where(
        agreement_plots.c.agreement_id == agreement_id)))


#: {table name: {carried column: its converter or None}}, made once.
CONVERTERS: dict[str, dict] = {table.name: {column.name: converter(column)
                                            for column in carried(table)} for table in TABLES}


def row_values(table: Table, fields: dict) -> dict:
    """Column values for an insert or update from a package's fields (ValueError when a
    field is not a column of the table, or its value cannot be one)."""
    converters = CONVERTERS[table.name]
    if "id" not in fields or not converters.keys() >= fields.keys() - {PLOTS}:
        unknown = set(fields) - set(converters) - {PLOTS}
        raise ValueError(f"{table.name}: unknown fields {sorted(unknown)}")
    values = {}
    try:
        for name, value in fields.items():
            convert = converters.get(name)
            if convert is None or value is None:
                if name != PLOTS:
                    values[name] = value
            else:
                values[name] = convert(value)
    except (TypeError, InvalidOperation) as error:
        raise ValueError(str(error)) from None
    return values


def set_plots(session: Session, plots: dict[str, list[str]]) -> None:
    """Link each agreement of {agreement id: plot ids} to exactly those plots."""
    ids = list(plots)
    for start in range(0, len(ids), 500):
        session.execute(delete(agreement_plots).where(
            agreement_plots.c.agreement_id.in_(ids[start:start + 500])))
    links = [{"agreement_id": agreement, "plot_id": plot}
             for agreement, plot_ids in plots.items() for plot in plot_ids]
    if links:
        session.execute(insert(agreement_plots), links)


def keep_updated_at(table: Table) -> dict:
    """Values for an UPDATE of bookkeeping only: the time of saving stays (the column's
    onupdate would set it to now)."""
    return {"updated_at": table.c.updated_at} if "updated_at" in table.c else {}


def read_row(session: Session, table: Table, record_id: str):
    return session.execute(select(table).where(table.c.id == record_id)).first()


def same_content(stored: dict, incoming: dict) -> bool:
    """Whether two versions say the same (their version and time of saving aside)."""
    ignore = {"version", "updated_at"} | DERIVED
    return all(stored.get(k) == v for k, v in incoming.items() if k not in ignore)
