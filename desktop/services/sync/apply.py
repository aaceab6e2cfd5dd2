"""Writing a package's rows into a database, on either side, in one transaction.

Rows are written with plain statements (not the ORM), so the change tracking and the audit
hooks do not take the exchange for edits made here; the audit entries that travel say who
made each change, where and when. Each row is written under a savepoint: a row the database
refuses (the same DNI registered by two offices) is reported, the rest goes in.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.hooks import refresh_family_search
from desktop.services.sync.tables import (
    AUDIT, BY_NAME, PLOTS, TABLES, fields_of, order_column, read_row, row_values, set_plots,
)

RANK = {table.name: position for position, table in enumerate(TABLES)}


@dataclass
class Writer:
    """Writes rows of one package; remembers what the family search must be remade for."""

    session: Session
    families: set = field(default_factory=set)
    plots: dict = field(default_factory=dict)

    def current(self, table_name: str, record_id: str) -> dict | None:
        table = BY_NAME[table_name]
        row = read_row(self.session, table, record_id)
        return None if row is None else fields_of(self.session, table, row)

    def write(self, table_name: str, fields: dict, usn: int, exists: bool,
              base_version: int | None = None) -> str | None:
        """Insert or update one row with `usn`; None when done, else the database's reason
        for refusing it (nothing of the row written)."""
        table = BY_NAME[table_name]
        values = row_values(table, fields)
        values["usn"] = usn
        if base_version is not None:
            values["base_version"] = base_version
        try:
            with self.session.begin_nested():
                if exists:
                    self.session.execute(update(table).where(table.c.id == values["id"])
                                         .values(**values))
                else:
                    self.session.execute(insert(table).values(**values))
        except IntegrityError as error:
            return str(error.orig).splitlines()[0]
        if PLOTS in fields:
            self.plots[values["id"]] = fields[PLOTS]
        if table_name == "families":
            self.families.add(values["id"])
        elif table_name == "persons":
            self.families.add(values["family_id"])
        return None

    def finish(self) -> list[str]:
        """Link agreements to their plots (every plot is in by now) and remake the search
        text of the families touched; the agreements whose plots could not be linked."""
        failed = []
        for agreement, plots in self.plots.items():
            try:
                with self.session.begin_nested():
                    set_plots(self.session, agreement, plots)
            except IntegrityError:
                failed.append(agreement)
        if self.families:
            refresh_family_search(self.session.connection(), self.families)
        return failed


def in_order(rows: list[dict]) -> list[dict]:
    """Rows sorted so that each comes after what it refers to (tables by their foreign
    keys, rows of one table oldest first); rows of unknown tables raise KeyError."""
    def key(row):
        table = BY_NAME[row["t"]]
        stamp = row["f"].get(order_column(table).name) or ""
        return RANK[row["t"]], stamp

    return sorted(rows, key=key)


def is_audit(row: dict) -> bool:
    return row["t"] == AUDIT
