"""The summary workbook's columns: the fields' own declarations where they exist, and the
few columns only the workbook has (codes, sums), with their number formats and the way a
value becomes a cell (a code becomes its label in the workbook's language)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.i18n.labels import LABELS, label
from desktop.services.agreements.fields import AGREEMENT_FIELDS, LEDGER_FIELDS
from desktop.services.cooperative.fields import DELIVERY_FIELDS, LOT_FIELDS, OWED_FIELDS
from desktop.services.fields import BOOL, CHOICE, DATE, DECIMAL, INT, TEXT, Field, by_name
from desktop.services.registry.fields import COMMUNITY_FIELDS, FAMILY_FIELDS
from desktop.services.training.fields import TRAINING_SESSION_FIELDS


#: Excel number formats by the unit a field declares.
UNIT_FORMATS = {"pen": '"S/ "#,##0.00', "pct": '0.0"%"', "ha": "#,##0.00", "kg": "#,##0.0"}


@dataclass(frozen=True)
class Column:
    field: Field

    def header(self, lang: str) -> str:
        return self.field.title(lang)

    def number_format(self, lang: str) -> str | None:
        unit, kind = self.field.unit, self.field.kind
        if kind == DATE:
            return "dd/mm/yyyy" if lang == "es" else "yyyy-mm-dd"
        if unit in UNIT_FORMATS:
            return UNIT_FORMATS[unit]
        if kind == INT:
            return "#,##0"
        if kind == DECIMAL:
            return "#,##0." + "0" * (self.field.places or 2)
        return None

    @staticmethod
    def every_number_format(lang: str) -> list[str]:
        """Every format `number_format` can give in `lang`, in a fixed order (a sheet made in
        another process must find its styles already in the workbook's registry)."""
        return ["dd/mm/yyyy" if lang == "es" else "yyyy-mm-dd", *UNIT_FORMATS.values(), "#,##0",
                *("#,##0." + "0" * places for places in range(1, 10))]

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
           width: int = 120, places: int | None = None, unit: str | None = None) -> Field:
    return Field(name, label_text, kind, choices=choices, width=width, places=places, unit=unit)


def pick(fields: list[Field], *names: str) -> list[Field]:
    """The fields `names` of `fields`, in that order."""
    by = {f.name: f for f in fields}
    return [by[n] for n in names]


# Columns the areas declare: their own Field (label, kind, unit), at the workbook's width.
_TRAINING = by_name(TRAINING_SESSION_FIELDS)
_DELIVERY = by_name(DELIVERY_FIELDS)
_LEDGER = by_name(LEDGER_FIELDS)
_LOT = by_name(LOT_FIELDS)
FAMILY_CODE = replace(by_name(FAMILY_FIELDS)["code"], width=100)
COMMUNITY = replace(by_name(COMMUNITY_FIELDS)["name"], width=160)
COMMITMENTS = replace(_LEDGER["commitments_text"], width=300)
BENEFITS_PLANNED = replace(_LEDGER["planned_value_pen"], width=120)
BENEFITS_DELIVERED = replace(_LEDGER["delivered_value_pen"], width=120)
SESSION_DATE = replace(_TRAINING["held_on"], width=95)
TOPIC = replace(_TRAINING["topic"], width=220)
TRAINING_KIND = replace(_TRAINING["kind"], width=190)
HOURS = replace(_TRAINING["hours"], width=60)
WOMEN = replace(_TRAINING["women"], width=70)
PARTICIPANTS = replace(_TRAINING["participants"], width=90)
MEMBER_CODE = replace(_DELIVERY["member_code"], width=90)
MEMBER = replace(_DELIVERY["member"], width=200)
DELIVERY_COUNT = replace(by_name(OWED_FIELDS)["deliveries"], width=80)
AMOUNT = replace(_DELIVERY["amount_pen"], width=100)
DELIVERED_ON = replace(_DELIVERY["delivered_on"], width=95)
PRODUCT = replace(_DELIVERY["product"], width=130)
MOISTURE = replace(_DELIVERY["moisture_pct"], width=80)
PAID_ON = replace(_DELIVERY["paid_on"], width=95)
FLAGS = replace(_DELIVERY["flags"], width=160)
LOT_CODE = replace(_DELIVERY["lot"], width=120)
BUYER = replace(_LOT["buyer"], width=160)
SHIPPING = replace(_LOT["shipping_date"], width=95)

# The partners' headers ("Net kg", "Receipt number", "Price per kg (S/)") are the delivery
# fields' own labels: the window converged on them (earlier labels stay accepted as aliases).
NET_KG = replace(_DELIVERY["net_kg"], width=90)
RECEIPT = replace(_DELIVERY["receipt_number"], width=170)
PRICE = replace(_DELIVERY["price_per_kg_pen"], width=90)
# Added at the end of the Delivery list (issue 16): what the discounts took off the net.
DISCOUNT_KG = replace(_DELIVERY["discount_kg"], width=90)
PAYABLE_KG = replace(_DELIVERY["payable_kg"], width=90)

# Columns only the workbook has (codes, sums).
PERSON_CODE = _field("person_code", QT_TRANSLATE_NOOP("Fields", "Person code"), width=110)
LAST_RESULT = _field("last_result", QT_TRANSLATE_NOOP("Fields", "Last visit result"), CHOICE,
                     "visit_result", 140)
MEN = _field("men", QT_TRANSLATE_NOOP("Fields", "Men"), INT, width=70)
MONTH = _field("month", QT_TRANSLATE_NOOP("Fields", "Month"), width=80)
PAID = _field("paid_pen", QT_TRANSLATE_NOOP("Fields", "Paid (S/)"), DECIMAL, width=100,
              unit="pen")
COUNTRY = _field("destination_country", QT_TRANSLATE_NOOP("Fields", "Destination"), width=110)
NOTE = _field("note", QT_TRANSLATE_NOOP("Fields", "Note"), width=700)
# The overview's small tables on the Indicators sheet (desktop.reports.summary.overview_sheet).
STATUS = replace(by_name(AGREEMENT_FIELDS)["status"], width=120)
AGREEMENT_COUNT = replace(_LEDGER["agreement_numbers"], name="agreements", kind=INT, width=90)
FAMILIES_INSIDE = _field("families_inside",
                         QT_TRANSLATE_NOOP("Fields", "Families inside the forest"), INT, width=110)
WITH_ACTIVE_AGREEMENT = _field("with_active_agreement",
                               QT_TRANSLATE_NOOP("Fields", "With an active agreement"), INT,
                               width=120)
COVERAGE = _field("coverage_pct", QT_TRANSLATE_NOOP("Fields", "Coverage"), DECIMAL, width=90,
                  places=1, unit="pct")
YEAR = replace(_LEDGER["year"], kind=TEXT)  # a label: "2026", never "2,026"
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
