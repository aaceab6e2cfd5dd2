"""The programme's summary workbook (openpyxl, write-only so memory stays flat).

Sheet "Indicators" first (stable codes in column A, real numbers in C), then
one sheet per area, each a real Excel table with filters, a frozen header,
fitting widths, real dates and number formats. Headers come from the same
field declarations as the window. With `anonymise`, DNI, phones and birth
dates are left out and names are replaced by codes.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.table import Table, TableStyleInfo
from desktop.i18n import QT_TRANSLATE_NOOP
from sqlalchemy import text

from desktop.files import write_atomically
from desktop.i18n import translate
from desktop.i18n.labels import LABELS, label
from desktop.services import indicators as ind
from desktop.services.agreements.fields import AGREEMENT_FIELDS
from desktop.services.fields import BOOL, CHOICE, DATE, DECIMAL, INT, TEXT, Field
from desktop.services.registry.fields import FAMILY_FIELDS, PERSON_FIELDS, PLOT_FIELDS

SCALE = {"ha": 10_000, "kg": 1_000, "pen": 100, "pct": 100}


class Cancelled(Exception):
    """The user cancelled; no file was written."""


@dataclass(frozen=True)
class Column:
    field: Field
    scale: int = 1  # stored integer → Decimal divisor, for columns read with raw SQL

    def header(self, lang: str) -> str:
        return self.field.title(lang)

    def number_format(self, lang: str) -> str | None:
        name, kind = self.field.name, self.field.kind
        if kind == DATE:
            return "dd/mm/yyyy" if lang == "es" else "yyyy-mm-dd"
        if name.endswith("_pen"):
            return '"S/ "#,##0.00'
        if name.endswith("_pct"):
            return '0.0"%"'
        if name.endswith("_ha"):
            return "#,##0.00"
        if name.endswith("_kg"):
            return "#,##0.0"
        if kind == INT:
            return "#,##0"
        if kind == DECIMAL:
            return "#,##0." + "0" * (self.field.places or 2)
        return None

    def converter(self, lang: str) -> Callable:
        """A function turning a raw SQL value (never None) into the cell's value."""
        kind = self.field.kind
        if kind == CHOICE:
            labels = {code: label(self.field.choices, code, lang)
                      for code in LABELS[self.field.choices]}
            return lambda raw: labels.get(raw, raw)
        if kind == BOOL:
            yes, no = label("yes_no", True, lang), label("yes_no", False, lang)
            return lambda raw: yes if raw else no
        if kind == DATE:
            return lambda raw: date.fromisoformat(raw[:10]) if isinstance(raw, str) else raw
        if kind == DECIMAL:
            exponent = -len(str(self.scale)) + 1  # 100 -> -2
            return lambda raw: Decimal(raw).scaleb(exponent) if exponent else Decimal(raw)
        return lambda raw: raw


def _field(name: str, label_text: str, kind: str = TEXT, choices: str | None = None,
           width: int = 120, places: int | None = None) -> Field:
    return Field(name, label_text, kind, choices=choices, width=width, places=places)


def _pick(fields: list[Field], *names: str) -> list[Field]:
    by = {f.name: f for f in fields}
    return [by[n] for n in names]


def _scaled(field: Field) -> Column:
    for suffix, factor in SCALE.items():
        if field.name.endswith("_" + suffix):
            return Column(field, factor)
    if field.name in ("latitude", "longitude"):
        return Column(field, 1_000_000)
    if field.name == "quantity":
        return Column(field, 1_000)
    return Column(field)


# Columns that exist only in the workbook (summaries, codes).
FAMILY_CODE = _field("family_code", QT_TRANSLATE_NOOP("Fields", "Family code"), width=100)
PERSON_CODE = _field("person_code", QT_TRANSLATE_NOOP("Fields", "Person code"), width=110)
COMMUNITY = _field("community", QT_TRANSLATE_NOOP("Fields", "Community"), width=160)
COMMITMENTS = _field("commitments", QT_TRANSLATE_NOOP("Fields", "Commitments"), width=300)
BENEFITS_PLANNED = _field("benefits_planned_pen",
                          QT_TRANSLATE_NOOP("Fields", "Benefits planned (S/)"), DECIMAL)
BENEFITS_DELIVERED = _field("benefits_delivered_pen",
                            QT_TRANSLATE_NOOP("Fields", "Benefits delivered (S/)"), DECIMAL)
LAST_RESULT = _field("last_result", QT_TRANSLATE_NOOP("Fields", "Last visit result"), CHOICE,
                     "visit_result", 140)
SESSION_DATE = _field("held_on", QT_TRANSLATE_NOOP("Fields", "Date"), DATE, width=95)
TOPIC = _field("topic", QT_TRANSLATE_NOOP("Fields", "Topic"), width=220)
TRAINING_KIND = _field("kind", QT_TRANSLATE_NOOP("Fields", "Kind of training"), CHOICE,
                       "training_kind", 190)
HOURS = _field("hours", QT_TRANSLATE_NOOP("Fields", "Hours"), DECIMAL, places=1, width=60)
WOMEN = _field("women", QT_TRANSLATE_NOOP("Fields", "Women"), INT, width=70)
MEN = _field("men", QT_TRANSLATE_NOOP("Fields", "Men"), INT, width=70)
PARTICIPANTS = _field("participants", QT_TRANSLATE_NOOP("Fields", "Participants"), INT,
                      width=90)
MEMBER_CODE = _field("member_code", QT_TRANSLATE_NOOP("Fields", "Member code"), width=90)
MEMBER = _field("member", QT_TRANSLATE_NOOP("Fields", "Member"), width=200)
MONTH = _field("month", QT_TRANSLATE_NOOP("Fields", "Month"), width=80)
DELIVERY_COUNT = _field("deliveries", QT_TRANSLATE_NOOP("Fields", "Deliveries"), INT, width=80)
NET_KG = _field("net_kg", QT_TRANSLATE_NOOP("Fields", "Net kg"), DECIMAL, width=90)
AMOUNT = _field("amount_pen", QT_TRANSLATE_NOOP("Fields", "Amount (S/)"), DECIMAL, width=100)
PAID = _field("paid_pen", QT_TRANSLATE_NOOP("Fields", "Paid (S/)"), DECIMAL, width=100)
RECEIPT = _field("receipt_number", QT_TRANSLATE_NOOP("Fields", "Receipt number"), width=170)
DELIVERED_ON = _field("delivered_on", QT_TRANSLATE_NOOP("Fields", "Date"), DATE, width=95)
PRODUCT = _field("product", QT_TRANSLATE_NOOP("Fields", "Product"), CHOICE, "product", 130)
MOISTURE = _field("moisture_pct", QT_TRANSLATE_NOOP("Fields", "Moisture (%)"), DECIMAL,
                  width=80)
PRICE = _field("price_per_kg_pen", QT_TRANSLATE_NOOP("Fields", "Price per kg (S/)"), DECIMAL,
               width=90)
PAID_ON = _field("paid_on", QT_TRANSLATE_NOOP("Fields", "Paid on"), DATE, width=95)
FLAGS = _field("flags", QT_TRANSLATE_NOOP("Fields", "Flags"), width=160)
LOT_CODE = _field("code", QT_TRANSLATE_NOOP("Fields", "Lot"), width=120)
BUYER = _field("buyer", QT_TRANSLATE_NOOP("Fields", "Buyer"), width=160)
COUNTRY = _field("destination_country", QT_TRANSLATE_NOOP("Fields", "Destination"), width=110)
SHIPPING = _field("shipping_date", QT_TRANSLATE_NOOP("Fields", "Shipping date"), DATE, width=95)
INDICATOR_HEADERS = (QT_TRANSLATE_NOOP("Workbook", "Code"),
                     QT_TRANSLATE_NOOP("Workbook", "Indicator"),
                     QT_TRANSLATE_NOOP("Workbook", "Value"),
                     QT_TRANSLATE_NOOP("Workbook", "Unit"))
SHEET_TITLES = {
    "Families": QT_TRANSLATE_NOOP("Workbook", "Families"),
    "Members": QT_TRANSLATE_NOOP("Workbook", "Members"),
    "Plots": QT_TRANSLATE_NOOP("Workbook", "Plots"),
    "Agreements": QT_TRANSLATE_NOOP("Workbook", "Agreements"),
    "Training": QT_TRANSLATE_NOOP("Workbook", "Training"),
    "Deliveries": QT_TRANSLATE_NOOP("Workbook", "Deliveries"),
    "DeliveryList": QT_TRANSLATE_NOOP("Workbook", "Delivery list"),
    "Lots": QT_TRANSLATE_NOOP("Workbook", "Lots"),
}

HEAD_NAME = ("(SELECT trim(p.given_names || ' ' || p.paternal_surname || ' ' || "
             "p.maternal_surname) FROM persons p WHERE p.family_id = f.id AND p.relation = "
             "'head' AND p.deleted_at IS NULL)")


class SummaryWriter:
    """Writes the sheets one by one, streaming rows from SQL."""

    def __init__(self, session, lang: str, date_from: date | None, date_to: date | None,
                 anonymise: bool, progress: Callable | None,
                 delivery_list_limit: int | None = 100_000):
        self.session, self.lang = session, lang
        self.delivery_list_limit = delivery_list_limit
        self.date_from, self.date_to, self.anonymise = date_from, date_to, anonymise
        self.progress = progress
        self.workbook = Workbook(write_only=True)
        self.steps_done, self.steps = 0, 9

    def _tick(self) -> None:
        self.steps_done += 1
        if self.progress and self.progress(self.steps_done, self.steps) is False:
            raise Cancelled()

    def _period(self, column: str) -> tuple[str, dict]:
        return ind._period(column, self.date_from, self.date_to)

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
                value = convert(raw) if raw is not None else None
                if template is not None and value is not None:
                    template.value = value
                    cells.append(template)
                else:
                    cells.append(value)
            ws.append(cells)
            count += 1
            if count % 20_000 == 0 and self.progress and self.progress(
                    self.steps_done, self.steps) is False:
                raise Cancelled()
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

    @staticmethod
    def _header_cell(ws, header: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(ws, value=header)
        cell.font = Font(bold=True)
        return cell

    def _rows(self, sql: str, **params):
        return self.session.execute(text(sql).execution_options(yield_per=5000), params)

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
        fields = [f for f in FAMILY_FIELDS if f.in_table]
        head = "''" if self.anonymise else HEAD_NAME
        sql = f"""SELECT f.code, {head}, c.name,
            (SELECT count(*) FROM persons p WHERE p.family_id = f.id AND p.deleted_at IS NULL),
            f.inside_forest,
            (SELECT a.status FROM agreements a WHERE a.family_id = f.id AND a.deleted_at IS NULL
             ORDER BY a.start_date DESC LIMIT 1)
            FROM families f JOIN communities c ON c.id = f.community_id
            WHERE f.deleted_at IS NULL ORDER BY f.code"""
        columns = [Column(f) for f in fields]
        rows = self._rows(sql)
        if self.anonymise:
            rows = ((r[0], f"{r[0]}-J", *r[2:]) for r in rows)
        self.sheet("Families", columns, rows)

    def members(self) -> None:
        hidden = {"dni", "phone", "birth_date"} if self.anonymise else set()
        fields = [f for f in PERSON_FIELDS if f.name not in hidden]
        if self.anonymise:
            fields = [f for f in fields if f.name not in
                      ("given_names", "paternal_surname", "maternal_surname")]
        names = ", ".join(f"p.{f.name}" for f in fields)
        sql = f"""SELECT f.code, {names} FROM persons p JOIN families f ON f.id = p.family_id
            WHERE p.deleted_at IS NULL AND f.deleted_at IS NULL ORDER BY f.code, p.created_at"""
        columns = [Column(FAMILY_CODE)] + [Column(f) for f in fields]
        rows = self._rows(sql)
        if self.anonymise:
            columns.insert(1, Column(PERSON_CODE))
            rows = self._person_codes(rows)
        self.sheet("Members", columns, rows)

    @staticmethod
    def _person_codes(rows):
        current, number = None, 0
        for row in rows:
            number = number + 1 if row[0] == current else 1
            current = row[0]
            yield (row[0], f"{row[0]}-{number:02d}", *row[1:])

    def plots(self) -> None:
        fields = list(PLOT_FIELDS)
        names = ", ".join(f"pl.{f.name}" for f in fields)
        sql = f"""SELECT f.code, {names} FROM plots pl JOIN families f ON f.id = pl.family_id
            WHERE pl.deleted_at IS NULL AND f.deleted_at IS NULL ORDER BY f.code, pl.name"""
        self.sheet("Plots", [Column(FAMILY_CODE)] + [_scaled(f) for f in fields],
                   self._rows(sql))

    def agreements(self) -> None:
        base = _pick(AGREEMENT_FIELDS, "number", "family_code", "head", "community", "status",
                     "start_date", "end_date", "forest_area_ha", "last_visit")
        head = "''" if self.anonymise else HEAD_NAME
        sql = f"""SELECT a.number, f.code, {head}, c.name, a.status, a.start_date, a.end_date,
            a.forest_area_ha,
            (SELECT max(v.visited_on) FROM compliance_visits v WHERE v.agreement_id = a.id
             AND v.deleted_at IS NULL),
            (SELECT group_concat(coalesce(m.kind, '~' || m.text), '|') FROM (SELECT * FROM
             commitments m WHERE m.agreement_id = a.id AND m.deleted_at IS NULL
             ORDER BY m.position) m),
            (SELECT sum(b.estimated_value_pen) FROM benefits b WHERE b.agreement_id = a.id
             AND b.deleted_at IS NULL),
            (SELECT sum(b.estimated_value_pen * d.quantity / b.quantity) FROM benefit_deliveries d
             JOIN benefits b ON b.id = d.benefit_id WHERE b.agreement_id = a.id
             AND d.deleted_at IS NULL AND b.deleted_at IS NULL AND b.quantity > 0),
            (SELECT v.result FROM compliance_visits v WHERE v.agreement_id = a.id
             AND v.deleted_at IS NULL ORDER BY v.visited_on DESC LIMIT 1)
            FROM agreements a JOIN families f ON f.id = a.family_id
            JOIN communities c ON c.id = f.community_id
            WHERE a.deleted_at IS NULL ORDER BY a.number"""
        lang = self.lang

        def rows():
            for r in self._rows(sql):
                kinds = [label("commitment", k, lang) if not k.startswith("~") else k[1:]
                         for k in (r[9] or "").split("|") if k]
                head_value = f"{r[1]}-J" if self.anonymise else r[2]
                yield (r[0], r[1], head_value, *r[3:9], "; ".join(kinds), r[10] or 0,
                       int(r[11] or 0), r[12])

        columns = [_scaled(f) for f in base] + [Column(COMMITMENTS), Column(BENEFITS_PLANNED, 100),
                                                Column(BENEFITS_DELIVERED, 100),
                                                Column(LAST_RESULT)]
        self.sheet("Agreements", columns, rows())

    def training(self) -> None:
        where, params = self._period("s.held_on")
        sql = f"""SELECT s.held_on, s.topic, s.kind, coalesce(c.name, s.place), s.hours,
            (SELECT count(*) FROM attendance t WHERE t.session_id = s.id
             AND t.deleted_at IS NULL),
            (SELECT count(*) FROM attendance t WHERE t.session_id = s.id
             AND t.deleted_at IS NULL AND t.sex = 'F'),
            (SELECT count(*) FROM attendance t WHERE t.session_id = s.id
             AND t.deleted_at IS NULL AND t.sex = 'M')
            FROM training_sessions s LEFT JOIN communities c ON c.id = s.community_id
            WHERE s.deleted_at IS NULL{where} ORDER BY s.held_on"""
        columns = [Column(SESSION_DATE), Column(TOPIC), Column(TRAINING_KIND), Column(COMMUNITY),
                   Column(HOURS, 100), Column(PARTICIPANTS), Column(WOMEN), Column(MEN)]
        self.sheet("Training", columns, self._rows(sql, **params))

    def deliveries(self) -> None:
        where, params = self._period("d.delivered_on")
        member = "f.code" if self.anonymise else HEAD_NAME
        sql = f"""SELECT m.member_code, {member}, substr(d.delivered_on, 1, 7), count(*),
            sum(d.net_kg), sum(d.amount_pen),
            sum(CASE WHEN d.paid_on IS NOT NULL THEN d.amount_pen ELSE 0 END)
            FROM deliveries d JOIN memberships m ON m.id = d.membership_id
            JOIN families f ON f.id = m.family_id
            WHERE d.deleted_at IS NULL AND d.voided_at IS NULL{where}
            GROUP BY m.member_code, substr(d.delivered_on, 1, 7)
            ORDER BY m.member_code, 3"""
        columns = [Column(MEMBER_CODE), Column(MEMBER), Column(MONTH), Column(DELIVERY_COUNT),
                   Column(NET_KG, 1000), Column(AMOUNT, 100), Column(PAID, 100)]
        self.sheet("Deliveries", columns, self._rows(sql, **params))

    def delivery_list(self) -> None:
        where, params = self._period("d.delivered_on")
        total = self.session.execute(text(
            f"SELECT count(*) FROM deliveries d WHERE d.deleted_at IS NULL "
            f"AND d.voided_at IS NULL{where}"), params).scalar()
        if self.delivery_list_limit is not None and total > self.delivery_list_limit:
            # Past this size a list is read by no one (and Excel stops at 1,048,576 rows):
            # the sheet says so, and the by-member-and-month sheet has every delivery.
            note = _field("note", QT_TRANSLATE_NOOP("Fields", "Note"), width=700)
            text_ = translate("Workbook", "{count} deliveries: too many to list one by one. "
                              "The Deliveries sheet sums them by member and month; export a "
                              "shorter period (--from, --to) to list them.", self.lang)
            self.sheet("DeliveryList", [Column(note)], [(text_.format(count=total),)])
            return
        sql = f"""SELECT d.receipt_number, d.delivered_on, m.member_code, d.product, d.net_kg,
            d.moisture_pct, d.price_per_kg_pen, d.amount_pen, d.paid_on, d.flags
            FROM deliveries d JOIN memberships m ON m.id = d.membership_id
            WHERE d.deleted_at IS NULL AND d.voided_at IS NULL{where}
            ORDER BY d.delivered_on, d.receipt_number"""
        columns = [Column(RECEIPT), Column(DELIVERED_ON), Column(MEMBER_CODE), Column(PRODUCT),
                   Column(NET_KG, 1000), Column(MOISTURE, 100), Column(PRICE, 100),
                   Column(AMOUNT, 100), Column(PAID_ON), Column(FLAGS)]
        self.sheet("DeliveryList", columns, self._rows(sql, **params))

    def lots(self) -> None:
        sql = """SELECT l.code, l.buyer, l.destination_country, l.shipping_date,
            (SELECT count(*) FROM deliveries d WHERE d.lot_id = l.id AND d.deleted_at IS NULL
             AND d.voided_at IS NULL),
            (SELECT sum(d.net_kg) FROM deliveries d WHERE d.lot_id = l.id
             AND d.deleted_at IS NULL AND d.voided_at IS NULL)
            FROM lots l WHERE l.deleted_at IS NULL ORDER BY l.code"""
        columns = [Column(LOT_CODE), Column(BUYER), Column(COUNTRY), Column(SHIPPING),
                   Column(DELIVERY_COUNT), Column(NET_KG, 1000)]
        self.sheet("Lots", columns, ((r[0], r[1], r[2], r[3], r[4], r[5] or 0)
                                     for r in self._rows(sql)))

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
                  progress: Callable[[int, int], bool | None] | None = None,
                  delivery_list_limit: int | None = 100_000) -> Path:
    """Write the summary workbook to `path` (atomically: a cancelled or failed run leaves none)."""
    def build(temporary: str) -> None:
        with database.session() as session:
            SummaryWriter(session, lang, date_from, date_to, anonymise, progress,
                          delivery_list_limit).write(Path(temporary))

    return write_atomically(path, build, ".xlsx.part")


__all__ = ["write_summary", "Cancelled", "PatternFill"]
