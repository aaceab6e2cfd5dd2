"""Writing a package's rows into a database, on either side, in one transaction.

Rows are written with plain statements (not the ORM), so the change tracking and the audit
hooks do not take the exchange for edits made here; the audit entries that travel say who
made each change, where and when. Rows go table by table (each after the tables it refers
to), read and written in batches; a batch the database refuses is written again row by row,
each under a savepoint, so a row it refuses (the same DNI registered by two offices) is
reported and the rest goes in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import groupby

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.db.agreement import agreement_plots
from desktop.db.hooks import refresh_family_search
from desktop.services.sync.tables import (
    AUDIT, BY_NAME, PLOTS, TABLES, fields_of, order_column, row_values, set_plots,
)

RANK = {table.name: position for position, table in enumerate(TABLES)}
ORDER = {table.name: order_column(table).name for table in TABLES}
CHUNK = 500


def chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


@dataclass
class Writer:
    """Writes rows of one package; remembers what the family search must be remade for."""

    session: Session
    families: set = field(default_factory=set)
    plots: dict = field(default_factory=dict)

    def current(self, table_name: str, ids: list[str]) -> dict[str, dict]:
        """{id: carried fields} of the rows of `table_name` among `ids` held here."""
        table = BY_NAME[table_name]
        found = {}
        for part in chunks(ids):
            rows = self.session.execute(select(table).where(table.c.id.in_(part))).all()
            plots = plots_of(self.session, part) if table_name == "agreements" else None
            for row in rows:
                values = fields_of(self.session, table, row, plots)
                found[values["id"]] = values
        return found

    def write(self, table_name: str, items: list[tuple[dict, dict, bool]]) -> dict[str, str]:
        """Insert or update rows, each (fields, bookkeeping columns, exists); {id: the
        database's reason} for the rows it refused (nothing of those written)."""
        table = BY_NAME[table_name]
        values = [(row_values(table, fields) | extra, fields, exists)
                  for fields, extra, exists in items]
        refused = {}
        for exists, group in groupby(values, key=lambda item: item[2]):
            group = list(group)
            try:
                with self.session.begin_nested():
                    self._many(table, [v for v, _, _ in group], exists)
            except IntegrityError:
                for one, fields, _ in group:
                    try:
                        with self.session.begin_nested():
                            self._many(table, [one], exists)
                    except IntegrityError as error:
                        refused[one["id"]] = str(error.orig).splitlines()[0]
        for one, fields, _ in values:
            if one["id"] in refused:
                continue
            if PLOTS in fields:
                self.plots[one["id"]] = fields[PLOTS]
            if table_name == "families":
                self.families.add(one["id"])
            elif table_name == "persons":
                self.families.add(one["family_id"])
        return refused

    def _many(self, table, rows: list[dict], exists: bool) -> None:
        for keys, same in groupby(rows, key=lambda row: tuple(sorted(row))):
            same = list(same)
            if not exists:
                self.session.execute(insert(table), same)
                continue
            statement = update(table).where(table.c.id == bindparam("_id")).values(
                {key: bindparam(key) for key in keys if key != "id"})
            self.session.connection().execute(statement, [
                {**{k: v for k, v in row.items() if k != "id"}, "_id": row["id"]}
                for row in same])

    def finish(self) -> list[str]:
        """Link agreements to their plots (every plot is in by now) and remake the search
        text of the families touched; the agreements whose plots could not be linked."""
        failed = []
        for part in chunks(list(self.plots.items())):
            try:
                with self.session.begin_nested():
                    set_plots(self.session, dict(part))
            except IntegrityError:  # one by one: which agreement's plots are not here
                for agreement, plots in part:
                    try:
                        with self.session.begin_nested():
                            set_plots(self.session, {agreement: plots})
                    except IntegrityError:
                        failed.append(agreement)
        if self.families:
            refresh_family_search(self.session.connection(), self.families)
        return failed


def plots_of(session: Session, agreement_ids: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {agreement: [] for agreement in agreement_ids}
    for agreement, plot in session.execute(select(
            agreement_plots.c.agreement_id, agreement_plots.c.plot_id).where(
            agreement_plots.c.agreement_id.in_(agreement_ids))):
        found[agreement].append(plot)
    return {agreement: sorted(plots) for agreement, plots in found.items()}


def fields_of_rows(session: Session, table, rows: list) -> list[dict]:
    """fields_of for many rows of one table (agreements' plots read in batches)."""
    plots = None
    if table.name == "agreements":
        plots = {}
        for part in chunks([row._mapping[table.c.id] for row in rows]):
            plots.update(plots_of(session, part))
    return [fields_of(session, table, row, plots) for row in rows]


def by_table(rows: list[dict]):
    """(table name, its rows) in the order they must be written: tables by their foreign
    keys, rows of one table oldest first. KeyError for a table that does not travel."""
    def key(row):
        return RANK[row["t"]], row["f"].get(ORDER[row["t"]]) or ""

    for name, rows_of in groupby(sorted(rows, key=key), key=lambda row: row["t"]):
        yield name, list(rows_of)


def is_audit(table_name: str) -> bool:
    return table_name == AUDIT
