"""The programme's summary workbook, streamed sheet by sheet (desktop.reports.plain_workbook).

Sheet "Indicators" first (stable codes in column A, real numbers in C, the title block below
them, then the overview's tables: desktop.reports.summary.overview_sheet); it is the sheet
that opens and the one Ctrl+P prints, a few pages. Then one sheet per area, each a real
Excel table with filters, a frozen header, fitting widths, real dates and number formats.
Headers come from the same field declarations as the window. Every sheet prints finished:
A4, landscape when wide, fitted to the page's width, its header row on every page, the
programme, office, sheet and period at the top and "Page n of N" at the foot. With
`anonymise`, DNI, phones and birth dates are left out, names are replaced by codes, family
codes by aliases that cannot be traced back (a keyed hash whose key lives only during the
export), and plot coordinates are rounded to 2 decimals (about 1 km).

The rows come from desktop.services.summary (and the indicators from
desktop.services.indicators); this module only lays them out. Written with the plain
writer rather than openpyxl: the same cells in about a seventh of the time
(bench/summary_workbook.py).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import threading
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from pathlib import Path
from queue import Empty, Queue

from desktop import config
from desktop.files import write_atomically
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.labels import label
from desktop.reports.plain_workbook import Formatted, Page, PlainSheet, write_plain_workbook
from desktop.reports.summary.columns import (
    AMOUNT, BENEFITS_DELIVERED, BENEFITS_PLANNED, BUYER, COMMITMENTS, COMMUNITY, COUNTRY,
    DELIVERED_ON, DELIVERY_COUNT, DISCOUNT_KG, FAMILY_CODE, FLAGS, HOURS, INDICATOR_HEADERS,
    LAST_RESULT, LOT_CODE, MEMBER, MEMBER_CODE, MEN, MOISTURE, MONTH, NET_KG, NOTE, PAID,
    PAID_ON, PARTICIPANTS, PAYABLE_KG, PERSON_CODE, PRICE, PRODUCT, RECEIPT, SESSION_DATE,
    SHEET_TITLES, SHIPPING, TOPIC, TRAINING_KIND, WOMEN, Column, pick,
)
from desktop.reports.summary.overview_sheet import day_text, overview_notes, period_text
from desktop.services import indicators as ind
from desktop.services import summary
from desktop.services.agreements.fields import AGREEMENT_FIELDS
from desktop.services.common import Progress, report
from desktop.services.registry.fields import FAMILY_FIELDS, PERSON_FIELDS, PLOT_FIELDS
from desktop.services.people.permissions import require

#: Excel stops at 1,048,576 rows: a list longer than this (and the header) cannot be a sheet.
EXCEL_ROWS = 1_048_575
#: From this many rows (people and deliveries), a second process shares the sheets.
TWO_PROCESSES_FROM = 60_000
#: Wider than this (in characters of the columns' widths), a sheet prints landscape.
PORTRAIT_WIDTH = 100
#: The indicators' number formats, each value followed by a gap two digits wide: the unit
#: is in the next column, and "1,600número" read as one word.
INDICATOR_GAP = "_0_0"
INDICATOR_FORMATS = {unit: code + INDICATOR_GAP for unit, code in (
    (ind.COUNT, "#,##0"), (ind.PCT, "0.0"), (ind.PEN, "#,##0.00"), (ind.HA, "#,##0.00"),
    (ind.KG, "#,##0.0"))}
TITLE_BLOCK = (QT_TRANSLATE_NOOP("Workbook", "Programme"), QT_TRANSLATE_NOOP("Workbook", "Office"),
               QT_TRANSLATE_NOOP("Workbook", "Period"), QT_TRANSLATE_NOOP("Workbook", "Written on"))


class SummaryWriter:
    """Lays the sheets out, each streaming the rows the summary service gives as it is
    written (one query per sheet, run when its sheet's turn comes)."""

    #: The sheets' methods in the workbook's order, and the order two processes take them
    #: in: the costliest first (bench/summary_workbook.py --sheets at 1,000,000 deliveries),
    #: so both end at about the same time.
    SHEETS = ("indicators", "families", "members", "plots", "agreements", "training",
              "deliveries", "delivery_list", "lots")
    COST_ORDER = ("delivery_list", "deliveries", "agreements", "members", "plots", "families",
                  "indicators", "training", "lots")

    def __init__(self, session, lang: str, date_from: date | None, date_to: date | None,
                 anonymise: bool, progress: Progress | None,
                 delivery_list_limit: int | None = EXCEL_ROWS, key: bytes | None = None):
        self.session, self.lang = session, lang
        self.delivery_list_limit = min(delivery_list_limit or EXCEL_ROWS, EXCEL_ROWS)
        self.date_from, self.date_to, self.anonymise = date_from, date_to, anonymise
        #: A key made for this export only: the same family gets the same alias in every
        #: sheet, and no one can go back from an alias to the family code. The cache is
        #: bounded: rows come family by family, and memory must not grow with the register.
        self.key = key = key or secrets.token_bytes(32)

        @lru_cache(maxsize=4096)
        def alias(code: str) -> str:
            return "A-" + hmac.new(key, code.encode(), hashlib.sha256).hexdigest()[:10].upper()

        self._alias = alias
        self.progress = progress
        self.steps_done, self.steps = 0, 9
        self.programme = config.get(config.PROGRAMME_NAME)
        self.office = config.get(config.OFFICE_NAME)

    def _tick(self) -> None:
        self.steps_done += 1
        report(self.progress, self.steps_done, self.steps)

    sheet_done = _tick

    def report_progress(self) -> None:
        """Tell the progress how far the sheets are (raises Cancelled when told to stop)."""
        report(self.progress, self.steps_done, self.steps)

    def options(self) -> dict:
        """What another SummaryWriter needs to make the same sheets (its own session and
        progress aside): desktop.reports.summary.parallel's worker."""
        return {"lang": self.lang, "date_from": self.date_from, "date_to": self.date_to,
                "anonymise": self.anonymise, "delivery_list_limit": self.delivery_list_limit,
                "key": self.key}

    def number_formats(self) -> list[str]:
        """Every number format the sheets may use, in a fixed order (the styles' registry)."""
        return list(dict.fromkeys([*Column.every_number_format(self.lang),
                                   *INDICATOR_FORMATS.values()]))

    def period(self) -> str:
        """The period as the title block gives it: "all dates", "from …", "… to …"."""
        return period_text(self.date_from, self.date_to, self.lang)

    def page(self, title: str, widths: list[float]) -> Page:
        period = translate("Workbook", "Period", self.lang)
        return Page(landscape=sum(widths) > PORTRAIT_WIDTH,
                    header=(f"{self.programme}\n{self.office}", title,
                            f"{period}: {self.period()}"),
                    footer=translate("Workbook", "Page {page} of {pages}", self.lang))

    def _counted(self, rows: Iterable) -> Iterator:
        """`rows` as they are written, telling the progress every 20,000 and when done."""
        for count, row in enumerate(rows, start=1):
            if count % 20_000 == 0:
                report(self.progress, self.steps_done, self.steps)
            yield row
        self._tick()

    def sheet(self, key: str, columns: list[Column], rows: Iterable) -> PlainSheet:
        lang = self.lang
        title = translate("Workbook", SHEET_TITLES[key], lang)
        headers = [c.header(lang) for c in columns]
        widths = [round(max(c.field.width / 7, len(h) + 4), 1) for c, h in zip(columns, headers)]
        converters = {n: c.converter(lang) for n, c in enumerate(columns)}
        converters = {n: convert for n, convert in converters.items() if convert}
        if converters:  # codes become labels, one function made for the sheet's rows
            rows = summary.converted(rows, converters)
        return PlainSheet(title, headers, widths, self._counted(_read_ahead(rows)),
                          formats=[c.number_format(lang) for c in columns], table=f"t_{key}",
                          page=self.page(title, widths))

    def alias(self, code: str | None) -> str | None:
        """The anonymised workbook's stand-in for a family code (keyed hash, per export)."""
        return None if code is None else self._alias(code)

    # --- the sheets -----------------------------------------------------------------------
    def indicators(self) -> PlainSheet:
        lang = self.lang
        values = ind.compute(self.session, self.date_from, self.date_to)
        rows = [(i.code, i.title(lang),
                 Formatted(i.value, INDICATOR_FORMATS.get(i.unit, INDICATOR_FORMATS[ind.COUNT])),
                 i.unit_title(lang))
                for i in values]
        # The title block, below the table (partners' formulas read the rows above it).
        block = (self.programme, self.office, self.period(), day_text(date.today(), lang))
        notes = [(None, translate("Workbook", name, lang), text)
                 for name, text in zip(TITLE_BLOCK, block)]
        widths = [34, 58, 16, 18, 16]  # (the fifth column: the overview's tables)
        page = self.page(translate("Workbook", "Indicators", lang), widths)
        # Then the overview's tables (the title block's rows and the indicators' above them).
        notes += overview_notes(self.session, lang, self.date_from, self.date_to,
                                len(rows) + len(notes) + 2, page.landscape)
        self._tick()
        # The name stays "Indicators" in every language: partners' formulas point at it.
        headers = [translate("Workbook", h, lang) for h in INDICATOR_HEADERS]
        return PlainSheet("Indicators", headers, widths, rows, table="t_Indicators",
                          page=page, notes=notes)

    def families(self) -> PlainSheet:
        columns = [Column(f) for f in FAMILY_FIELDS if f.in_table]
        rows = _later(summary.families, self.session, self.anonymise)
        if self.anonymise:
            rows = ([self.alias(r[0]), f"{self.alias(r[0])}-J", *r[2:]] for r in rows)
        return self.sheet("Families", columns, rows)

    def members(self) -> PlainSheet:
        hidden = {"dni", "phone", "birth_date"} if self.anonymise else set()
        fields = [f for f in PERSON_FIELDS if f.name not in hidden]
        if self.anonymise:
            fields = [f for f in fields if f.name not in
                      ("given_names", "paternal_surname", "maternal_surname")]
        columns = [Column(FAMILY_CODE)] + [Column(f) for f in fields]
        if self.anonymise:
            columns.insert(1, Column(PERSON_CODE))
        rows = _later(summary.members, self.session, [f.name for f in fields],
                      self.anonymise)
        if self.anonymise:  # "F-000001-02" becomes "<alias>-02"
            rows = ([self.alias(r[0]), self.alias(r[0]) + r[1][len(r[0]):], *r[2:]]
                    for r in rows)
        return self.sheet("Members", columns, rows)

    def plots(self) -> PlainSheet:
        fields = list(PLOT_FIELDS)
        rows = _later(summary.plots, self.session, [f.name for f in fields])
        if self.anonymise:  # a plot's exact point leads to a home: about 1 km is enough
            coarse = {i + 1 for i, f in enumerate(fields) if f.name in ("latitude", "longitude")}
            rows = ([self.alias(r[0]), *(round(v, 2) if i in coarse and v is not None else v
                                        for i, v in enumerate(r) if i > 0)] for r in rows)
        return self.sheet("Plots", [Column(FAMILY_CODE)] + [Column(f) for f in fields], rows)

    def agreements(self) -> PlainSheet:
        base = pick(AGREEMENT_FIELDS, "number", "family_code", "head", "community", "status",
                    "start_date", "end_date", "forest_area_ha", "last_visit")
        lang = self.lang

        def commitments(items) -> str:
            return "; ".join(label("commitment", kind, lang) if kind is not None else text
                             for kind, text in items)

        columns = [Column(f) for f in base] + [Column(COMMITMENTS), Column(BENEFITS_PLANNED),
                                               Column(BENEFITS_DELIVERED), Column(LAST_RESULT)]
        rows = ((*r[:9], commitments(r[9]), *r[10:])
                for r in _later(summary.agreements, self.session, self.anonymise))
        if self.anonymise:
            rows = ((r[0], self.alias(r[1]), f"{self.alias(r[1])}-J", *r[3:]) for r in rows)
        return self.sheet("Agreements", columns, rows)

    def training(self) -> PlainSheet:
        columns = [Column(SESSION_DATE), Column(TOPIC), Column(TRAINING_KIND), Column(COMMUNITY),
                   Column(HOURS), Column(PARTICIPANTS), Column(WOMEN), Column(MEN)]
        return self.sheet("Training", columns, _later(
            summary.training_sessions, self.session, self.date_from, self.date_to))

    def deliveries(self) -> PlainSheet:
        columns = [Column(MEMBER_CODE), Column(MEMBER), Column(MONTH), Column(DELIVERY_COUNT),
                   Column(NET_KG), Column(AMOUNT), Column(PAID)]
        rows = _later(summary.deliveries_by_member_and_month, self.session, self.date_from,
                      self.date_to, self.anonymise)
        if self.anonymise:  # the member column holds the family code then
            rows = ((r[0], self.alias(r[1]), *r[2:]) for r in rows)
        return self.sheet("Deliveries", columns, rows)

    def delivery_list(self) -> PlainSheet:
        total = summary.count_deliveries(self.session, self.date_from, self.date_to)
        if self.delivery_list_limit is not None and total > self.delivery_list_limit:
            # Past this size a list is read by no one (and Excel stops at 1,048,576 rows):
            # the sheet says so, and the by-member-and-month sheet has every delivery.
            note = translate("Workbook", "{count} deliveries: too many to list one by one. "
                              "The Deliveries sheet sums them by member and month; export a "
                              "shorter period (--from, --to) to list them.", self.lang)
            return self.sheet("DeliveryList", [Column(NOTE)], [(note.format(count=total),)])
        columns = [Column(RECEIPT), Column(DELIVERED_ON), Column(MEMBER_CODE), Column(PRODUCT),
                   Column(NET_KG), Column(MOISTURE), Column(PRICE), Column(AMOUNT),
                   Column(PAID_ON), Column(FLAGS), Column(DISCOUNT_KG), Column(PAYABLE_KG)]
        return self.sheet("DeliveryList", columns, _later(
            summary.deliveries, self.session, self.date_from, self.date_to))

    def lots(self) -> PlainSheet:
        columns = [Column(LOT_CODE), Column(BUYER), Column(COUNTRY), Column(SHIPPING),
                   Column(DELIVERY_COUNT), Column(NET_KG)]
        return self.sheet("Lots", columns, _later(summary.lots, self.session))

    def write(self, path: Path, database_path=None) -> None:
        """Write the workbook; with `database_path` (the database this session reads), a
        second process makes half of the sheets (desktop.reports.summary.parallel)."""
        if database_path is not None:
            from desktop.reports.summary.parallel import write_in_two_processes

            write_in_two_processes(self, database_path, path)
            return
        sheets = [getattr(self, name)() for name in self.SHEETS]
        write_plain_workbook(path, sheets)  # each sheet's query runs as its turn comes


def _read_ahead(rows: Iterable, batch: int = 2000) -> Iterator:
    """`rows`, read by a second thread a few batches ahead of the writer: SQLite steps
    through its query without Python's lock while the XML of the rows before is made, so
    the export uses both cores. Stopping early (cancelled, failed) stops the reader first."""
    queue: Queue = Queue(maxsize=4)
    stop = threading.Event()

    def read() -> None:
        try:
            taken = []
            for row in rows:
                taken.append(row)
                if len(taken) >= batch:
                    queue.put(taken)
                    taken = []
                    if stop.is_set():
                        return
            queue.put(taken)
            queue.put(None)
        except BaseException as error:  # noqa: BLE001 (raised again in the writer's thread)
            queue.put(error)

    reader = threading.Thread(target=read, name="summary-rows", daemon=True)
    reader.start()
    try:
        while (taken := queue.get()) is not None:
            if isinstance(taken, BaseException):
                raise taken
            yield from taken
    finally:
        stop.set()
        while reader.is_alive():  # let a reader waiting on a full queue see the stop
            try:
                queue.get(timeout=0.05)
            except Empty:
                pass


def _later(function, *args) -> Iterator:
    """The rows of `function(*args)`, its query run when the first row is asked for."""
    yield from function(*args)


def write_summary(database, path: Path | str, lang: str = "es", date_from: date | None = None,
                  date_to: date | None = None, anonymise: bool = False,
                  progress: Progress | None = None,
                  delivery_list_limit: int | None = EXCEL_ROWS,
                  in_two_processes: bool | None = None) -> Path:
    """Write the summary workbook to `path` (atomically: a cancelled or failed run leaves none).

    `progress(done, total)` returning False cancels: desktop.services.common.Cancelled.
    Names and DNIs go only to a role that may export personal data; anonymised figures to
    every role (refused before any file is made). `in_two_processes` shares the sheets with
    a second process; by default, when the machine has two cores and the register is large
    enough to repay the second process's start (about a second)."""
    with database.session() as session:
        require(session, "export.anonymised" if anonymise else "export.personal")
        chosen = os.environ.get("CONSERVATION_DESK_SUMMARY_PROCESSES", "")
        if in_two_processes is None and chosen in ("1", "2"):
            in_two_processes = chosen == "2"  # (the packaged program's smoke test says 2)
        if in_two_processes is None:
            in_two_processes = ((os.cpu_count() or 1) >= 2
                                and summary.rows_to_write(session) >= TWO_PROCESSES_FROM)

    def build(temporary: str) -> None:
        with database.session() as session:
            SummaryWriter(session, lang, date_from, date_to, anonymise, progress,
                          delivery_list_limit).write(
                Path(temporary), database.path if in_two_processes else None)

    return write_atomically(path, build, ".xlsx.part")


__all__ = ["SummaryWriter", "write_summary"]
