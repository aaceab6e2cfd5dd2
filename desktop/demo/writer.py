"""Writing the demo's rows fast: one prepared INSERT per table and set of columns, each value
turned into what the column stores by the column type's own bind processor (so the file is
the same as through SQLAlchemy's `insert()`), without SQLAlchemy's per-row work.

A row leaves out a column with a Python default (an `id`, a timestamp, a text's "") only when
every row of the batch leaves it out; the default is then filled in as `insert()` would.
"""

from __future__ import annotations

from sqlalchemy import Table


class RowWriter:
    """Inserts lists of row dicts into tables through one connection's driver."""

    def __init__(self, connection):
        self.conn = connection
        self.dialect = connection.dialect
        self.plans: dict[tuple[str, tuple[str, ...]], tuple[str, list]] = {}

    def plan(self, table: Table, keys: tuple[str, ...]) -> tuple[str, list]:
        """The INSERT statement and, per column, how to get its stored value from a row."""
        found = self.plans.get((table.name, keys))
        if found is None:
            columns, getters = [], []
            for column in table.columns:
                if column.key in keys:
                    getters.append((column.key, None,
                                    _remember_last(column.type.dialect_impl(self.dialect).bind_processor(self.dialect))))
                elif column.default is not None:
                    default = column.default
                    value = default.arg if default.is_scalar else None
                    call = None if default.is_scalar else default.arg
                    process = column.type.dialect_impl(self.dialect).bind_processor(self.dialect)
                    if call is None and process is not None:
                        value = process(value)
                    getters.append((None, (value, call, process), None))
                else:
                    continue
                columns.append(column.name)
            marks = ", ".join("?" for _ in columns)
            names = ", ".join(f'"{name}"' for name in columns)
            found = (f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})', getters)
            self.plans[table.name, keys] = found
        return found

    def insert(self, table: Table, rows: list[dict]) -> None:
        if not rows:
            return
        sql, getters = self.plan(table, tuple(rows[0]))
        values = []
        for row in rows:
            line = []
            for key, default, process in getters:
                if key is not None:
                    value = row[key]
                    line.append(value if process is None else process(value))
                else:
                    value, call, convert = default
                    if call is not None:
                        value = call(None)
                        value = convert(value) if convert is not None else value
                    line.append(value)
            values.append(tuple(line))
        self.conn.exec_driver_sql(sql, values)


def _remember_last(process):
    """`process` that returns its last answer again for the same value (a row's created_at and
    updated_at are one datetime; a batch's rows share many)."""
    if process is None:
        return None
    last = [object(), None]

    def remembered(value):
        if value is last[0]:
            return last[1]
        result = process(value)
        last[0], last[1] = value, result
        return result

    return remembered
