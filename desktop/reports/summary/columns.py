"""The summary workbook's columns: the fields' own declarations where they exist, and the
few columns only the workbook has (codes, sums), with their number formats and the way a
value becomes a cell (a code becomes its label in the workbook's language)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.i18n.labels import LABELS, label
from desktop.services.fields import BOOL, CHOICE, DATE, DECIMAL, INT, TEXT, Field


@dataclass(frozen=True)
class Column:
    field: Field

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

    def converter(self, lang: str) -> Callable | None:
        """A function turning a value (never None) into the cell's value; None when the value
        is the cell's as it is (the summary service gives numbers and dates ready)."""
        kind = self.field.kind
        if kind == CHOICE:
            labels = {code: label(self.field.choices, code, lang)
                      for code in LABELS[self.field.choices]}
            return lambda raw: labels.get(raw, raw)
        if kind == BOOL:
            yes, no = label("yes_no", True, lang), label("yes_no", False, lang)
            return lambda raw: yes if raw else no
        return None


def _field(name: str, label_text: str, kind: str = TEXT, choices: str | None = None,
           width: int = 120, places: int | None = None) -> Field:
    return Field(name, label_text, kind, choices=choices, width=width, places=places)


def pick(fields: list[Field], *names: str) -> list[Field]:
    """The fields `names` of `fields`, in that order."""
    by = {f.name: f for f in fields}
    return [by[n] for n in names]


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
NOTE = _field("note", QT_TRANSLATE_NOOP("Fields", "Note"), width=700)
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
