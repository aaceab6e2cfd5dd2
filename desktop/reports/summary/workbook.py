"""The programme's summary workbook (openpyxl, write-only so memory stays flat).

Sheet "Indicators" first (stable codes in column A, real numbers in C), then
one sheet per area, each a real Excel table with filters, a frozen header,
fitting widths, real dates and number formats. Headers come from the same
field declarations as the window. With `anonymise`, DNI, phones and birth
dates are left out, names are replaced by codes, family codes by aliases that
cannot be traced back (a keyed hash whose key lives only during the export),
and plot coordinates are rounded to 2 decimals (about 1 km).

The rows come from desktop.services.summary (and the indicators from
desktop.services.indicators); this module only lays them out.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import warnings
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as UNSAFE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo

from desktop.files import write_atomically
from desktop.i18n import translate
from desktop.i18n.labels import label
from desktop.reports.cells import text_cell
from desktop.reports.summary.columns import (
    AMOUNT, BENEFITS_DELIVERED, BENEFITS_PLANNED, BUYER, COMMITMENTS, COMMUNITY, COUNTRY,
    DELIVERED_ON, DELIVERY_COUNT, FAMILY_CODE, FLAGS, HOURS, INDICATOR_HEADERS, LAST_RESULT,
    LOT_CODE, MEMBER, MEMBER_CODE, MEN, MOISTURE, MONTH, NET_KG, NOTE, PAID, PAID_ON,
    PARTICIPANTS, PERSON_CODE, PRICE, PRODUCT, RECEIPT, SESSION_DATE, SHEET_TITLES, SHIPPING,
    TOPIC, TRAINING_KIND, WOMEN, Column, pick,
)
from desktop.services import indicators as ind
from desktop.services import summary
from desktop.services.agreements.fields import AGREEMENT_FIELDS
from desktop.services.common import Progress, report
from desktop.services.registry.fields import FAMILY_FIELDS, PERSON_FIELDS, PLOT_FIELDS


class SummaryWriter:
    """Writes the sheets one by one, streaming the rows the summary service gives."""

    def __init__(self, session, lang: str, date_from: date | None, date_to: date | None,
                 anonymise: bool, progress: Progress | None,
                 delivery_list_limit: int | None = 100_000):
        self.session, self.lang = session, lang
        self.delivery_list_limit = delivery_list_limit
        self.date_from, self.date_to, self.anonymise = date_from, date_to, anonymise
        #: A key made for this export only: the same family gets the same alias in every
        #: sheet, and no one can go back from an alias to the family code. The cache is
        #: bounded: rows come family by family, and memory must not grow with the register.
        key = secrets.token_bytes(32)

        @lru_cache(maxsize=4096)
        def alias(code: str) -> str:
            return "A-" + hmac.new(key, code.encode(), hashlib.sha256).hexdigest()[:10].upper()

        self._alias = alias
        self.progress = progress
        self.workbook = Workbook(write_only=True)
        self.steps_done, self.steps = 0, 9

    def _tick(self) -> None:
        self.steps_done += 1
        report(self.progress, self.steps_done, self.steps)

    def sheet(self, key: str, columns: list[Column], rows: Iterable[tuple]) -> int:
        lang = self.lang
        title = translate("Workbook", SHEET_TITLES[key], lang)
        ws = self.workbook.create_sheet(title)
        ws.freeze_panes = "A2"
        headers = [c.header(lang) for c in columns]
        for index, (column, header) in enumerate(zip(columns, headers), start=1):
            width = max(column.field.width / 7, len(header) + 4)
            ws.column_dimensions[get_column_letter(index)].width = round(width, 1)
        ws.append([self._header_cell(ws, h) for h in headers])
        # One styled cell per column, reused for every row: openpyxl writes a row as soon as
        # it is appended, and styling a new cell each time would cost most of the time.
        templates = []
        for column in columns:
            fmt = column.number_format(lang)
            template = None
            if fmt:
                template = WriteOnlyCell(ws)
                template.number_format = fmt
            templates.append(template)
        converters = [c.converter(lang) for c in columns]
        count = 0
        for row in rows:
            cells = []
            for convert, template, raw in zip(converters, templates, row):
                value = convert(raw) if convert is not None and raw is not None else raw
                if template is not None and value is not None:
                    template.value = value
                    cells.append(template)
                elif isinstance(value, str) and (value[:1] == "=" or UNSAFE.search(value)):
                    cells.append(text_cell(ws, value))  # a typed "=..." stays text
                else:
                    cells.append(value)
            ws.append(cells)
            count += 1
            if count % 20_000 == 0:
                report(self.progress, self.steps_done, self.steps)
        last = get_column_letter(len(columns))
        table = Table(displayName=f"t_{key}", ref=f"A1:{last}{count + 1}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        table._initialise_columns()
        for table_column, header in zip(table.tableColumns, headers):
            table_column.name = header
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "add table columns manually": done above
            ws.add_table(table)
        self._tick()
        return count

    def alias(self, code: str | None) -> str | None:
        """The anonymised workbook's stand-in for a family code (keyed hash, per export)."""
        return None if code is None else self._alias(code)

    @staticmethod
    def _header_cell(ws, header: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=header)
        cell.font = Font(bold=True)
        return cell

    # --- the sheets -----------------------------------------------------------------------
    def indicators(self) -> None:
        lang = self.lang
        # The name stays "Indicators" in every language: partners' formulas point at it.
        ws = self.workbook.create_sheet("Indicators")
        ws.freeze_panes = "A2"
        for letter, width in zip("ABCD", (34, 58, 16, 14)):
            ws.column_dimensions[letter].width = width
        ws.append([self._header_cell(ws, translate("Workbook", h, lang))
                   for h in INDICATOR_HEADERS])
        values = ind.compute(self.session, self.date_from, self.date_to)
        for item in values:
            cell = WriteOnlyCell(ws, value=item.value)
            cell.number_format = {ind.PCT: "0.0", ind.PEN: "#,##0.00", ind.HA: "#,##0.00",
                                  ind.KG: "#,##0.0"}.get(item.unit, "#,##0")
            ws.append([item.code, item.title(lang), cell, item.unit_title(lang)])
        period = translate("Workbook", "Period: {start} to {end}", lang).format(
            start=self.date_from or "…", end=self.date_to or "…")
        ws.append([])
        note = WriteOnlyCell(ws, value=period)
        note.alignment = Alignment(wrap_text=False)
        ws.append([None, note])
        table = Table(displayName="t_Indicators", ref=f"A1:D{len(values) + 1}")
        table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
        table._initialise_columns()
        for table_column, header in zip(table.tableColumns, INDICATOR_HEADERS):
            table_column.name = translate("Workbook", header, lang)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ws.add_table(table)
        self._tick()

    def families(self) -> None:
        columns = [Column(f) for f in FAMILY_FIELDS if f.in_table]
        rows = summary.families(self.session, self.anonymise)
        if self.anonymise:
            rows = ([self.alias(r[0]), f"{self.alias(r[0])}-J", *r[2:]] for r in rows)
        self.sheet("Families", columns, rows)

    def members(self) -> None:
        hidden = {"dni", "phone", "birth_date"} if self.anonymise else set()
        fields = [f for f in PERSON_FIELDS if f.name not in hidden]
        if self.anonymise:
            fields = [f for f in fields if f.name not in
                      ("given_names", "paternal_surname", "maternal_surname")]
        columns = [Column(FAMILY_CODE)] + [Column(f) for f in fields]
        if self.anonymise:
            columns.insert(1, Column(PERSON_CODE))
        rows = summary.members(self.session, [f.name for f in fields], self.anonymise)
        if self.anonymise:  # "F-000001-02" becomes "<alias>-02"
            rows = ([self.alias(r[0]), self.alias(r[0]) + r[1][len(r[0]):], *r[2:]]
                    for r in rows)
        self.sheet("Members", columns, rows)

    def plots(self) -> None:
        fields = list(PLOT_FIELDS)
        rows = summary.plots(self.session, [f.name for f in fields])
        if self.anonymise:  # a plot's exact point leads to a home: about 1 km is enough
            coarse = {i + 1 for i, f in enumerate(fields) if f.name in ("latitude", "longitude")}
            rows = ([self.alias(r[0]), *(round(v, 2) if i in coarse and v is not None else v
                                        for i, v in enumerate(r) if i > 0)] for r in rows)
        self.sheet("Plots", [Column(FAMILY_CODE)] + [Column(f) for f in fields], rows)

    def agreements(self) -> None:
        base = pick(AGREEMENT_FIELDS, "number", "family_code", "head", "community", "status",
                    "start_date", "end_date", "forest_area_ha", "last_visit")
        lang = self.lang

        def commitments(items) -> str:
            return "; ".join(label("commitment", kind, lang) if kind is not None else text
                             for kind, text in items)

        columns = [Column(f) for f in base] + [Column(COMMITMENTS), Column(BENEFITS_PLANNED),
                                               Column(BENEFITS_DELIVERED), Column(LAST_RESULT)]
        rows = ((*r[:9], commitments(r[9]), *r[10:])
                for r in summary.agreements(self.session, self.anonymise))
        if self.anonymise:
            rows = ((r[0], self.alias(r[1]), f"{self.alias(r[1])}-J", *r[3:]) for r in rows)
        self.sheet("Agreements", columns, rows)

    def training(self) -> None:
        columns = [Column(SESSION_DATE), Column(TOPIC), Column(TRAINING_KIND), Column(COMMUNITY),
                   Column(HOURS), Column(PARTICIPANTS), Column(WOMEN), Column(MEN)]
        self.sheet("Training", columns, summary.training_sessions(
            self.session, self.date_from, self.date_to))

    def deliveries(self) -> None:
        columns = [Column(MEMBER_CODE), Column(MEMBER), Column(MONTH), Column(DELIVERY_COUNT),
                   Column(NET_KG), Column(AMOUNT), Column(PAID)]
        rows = summary.deliveries_by_member_and_month(
            self.session, self.date_from, self.date_to, self.anonymise)
        if self.anonymise:  # the member column holds the family code then
            rows = ((r[0], self.alias(r[1]), *r[2:]) for r in rows)
        self.sheet("Deliveries", columns, rows)

    def delivery_list(self) -> None:
        total = summary.count_deliveries(self.session, self.date_from, self.date_to)
        if self.delivery_list_limit is not None and total > self.delivery_list_limit:
            # Past this size a list is read by no one (and Excel stops at 1,048,576 rows):
            # the sheet says so, and the by-member-and-month sheet has every delivery.
            note = translate("Workbook", "{count} deliveries: too many to list one by one. "
                              "The Deliveries sheet sums them by member and month; export a "
                              "shorter period (--from, --to) to list them.", self.lang)
            self.sheet("DeliveryList", [Column(NOTE)], [(note.format(count=total),)])
            return
        columns = [Column(RECEIPT), Column(DELIVERED_ON), Column(MEMBER_CODE), Column(PRODUCT),
                   Column(NET_KG), Column(MOISTURE), Column(PRICE), Column(AMOUNT),
                   Column(PAID_ON), Column(FLAGS)]
        self.sheet("DeliveryList", columns, summary.deliveries(
            self.session, self.date_from, self.date_to))

    def lots(self) -> None:
        columns = [Column(LOT_CODE), Column(BUYER), Column(COUNTRY), Column(SHIPPING),
                   Column(DELIVERY_COUNT), Column(NET_KG)]
        self.sheet("Lots", columns, summary.lots(self.session))

    def write(self, path: Path) -> None:
        try:
            for step in (self.indicators, self.families, self.members, self.plots,
                         self.agreements, self.training, self.deliveries, self.delivery_list,
                         self.lots):
                step()
        except BaseException:
            for ws in self.workbook.worksheets:  # end the streams of half-written sheets
                try:
                    ws.close()
                except Exception:
                    pass
            raise
        self.workbook.save(str(path))


def write_summary(database, path: Path | str, lang: str = "es", date_from: date | None = None,
                  date_to: date | None = None, anonymise: bool = False,
                  progress: Progress | None = None,
                  delivery_list_limit: int | None = 100_000) -> Path:
    """Write the summary workbook to `path` (atomically: a cancelled or failed run leaves none).

    `progress(done, total)` returning False cancels: desktop.services.common.Cancelled."""
    def build(temporary: str) -> None:
        with database.session() as session:
            SummaryWriter(session, lang, date_from, date_to, anonymise, progress,
                          delivery_list_limit).write(Path(temporary))

    return write_atomically(path, build, ".xlsx.part")


__all__ = ["SummaryWriter", "write_summary"]
