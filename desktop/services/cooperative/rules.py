"""The cooperative's public rules: limits, codes, the typed numbers' checks, and the readers
of stored weights, money and dates that every use case of the area (and the imports) share.

Money and weights are Decimal; an amount is net kg x price quantized to the cent
(ROUND_HALF_UP).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from desktop.db.types import Kilograms, Percent, Soles
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.i18n.labels import label
from desktop.services.cooperative.fields import DELIVERY_FIELDS
from desktop.services.common import as_date
from desktop.services.errors import FieldError
from desktop.services.fields import by_name, parse_values

CENT = Decimal("0.01")
ZERO = Decimal(0)
RUC_RE = re.compile(r"^\d{11}$")
PREFIX_RE = re.compile(r"^[A-Z0-9]{1,12}$")
DNI_RE = re.compile(r"^\d{8}$")
MAX_KG = Decimal("50000")
MAX_PRICE = Decimal("1000")
#: Defect points counted in one sample, at most (issue 16 item 3).
MAX_DEFECTS = Decimal("1000")
FIRST_YEAR = 2000

PRODUCTS = ("cherry", "wet_parchment", "dry_parchment")
CERTIFICATION_KINDS = ("organic", "fair_trade", "other")
#: Spellings of certification kinds found in older files.
CERTIFICATION_ALIASES = {"fairtrade": "fair_trade", "fair-trade": "fair_trade"}

NO_ACTIVE_AGREEMENT = "no_active_agreement"
PLOT_NOT_COMPLIANT = "plot_not_compliant"

_DELIVERY = by_name(DELIVERY_FIELDS)


def domain_label(kind: str, code: str, lang: str | None = None) -> str:
    """Label of a "delivery_flag" or "certification" code in `lang`, from the i18n table."""
    return label(kind, code, lang)


def flag_codes(flags: str | None) -> list[str]:
    return [f for f in (flags or "").split(",") if f]


def flags_text(flags: str | None, lang: str | None = None) -> str:
    """'no_active_agreement,plot_not_compliant' -> 'No active agreement; Plot not compliant…'."""
    return "; ".join(domain_label("delivery_flag", f, lang) for f in flag_codes(flags))


def certification_kind(kind: str) -> str:
    kind = (kind or "").strip().lower()
    return CERTIFICATION_ALIASES.get(kind, kind)


# Readers of what raw SQL returns (stored integers, ISO text) as the ORM would give it.

def kilograms(value) -> Decimal:
    """A stored weight (None as 0) in kg."""
    if type(value) is int:  # exact, and a third of the time of a division and quantize
        return Decimal(value).scaleb(-Kilograms.scale)
    return Kilograms.process_result_value(value or 0, None)


def soles(value) -> Decimal:
    """A stored amount (None as 0) in soles."""
    if type(value) is int:
        return Decimal(value).scaleb(-Soles.scale)
    return Soles.process_result_value(value or 0, None)


def percent(value) -> Decimal | None:
    """A stored percentage or score, None kept."""
    return None if value is None else Percent.process_result_value(value, None)



def amount_for(net_kg: Decimal, price: Decimal) -> Decimal:
    """net kg x price per kg, to the cent, half up."""
    return (Decimal(net_kg) * Decimal(price)).quantize(CENT, rounding=ROUND_HALF_UP)


def places_error(name: str, value: Decimal | None, places: int,
                 fields: dict | None = None) -> FieldError | None:
    """The error for a field `name` (of the deliveries', or of `fields`) typed with more than
    `places` decimals, or None."""
    if value is None:
        return None
    try:
        exact = value == value.quantize(Decimal(1).scaleb(-places))
    except InvalidOperation:
        exact = False
    if exact:
        return None
    return FieldError(name, QT_TRANSLATE_NOOP(
        "Validation", "{field} takes at most {places} decimals."),
        {"field": (fields or _DELIVERY)[name].label, "places": places})


def range_error(name: str, value: Decimal | None, high: Decimal, places: int,
                fields: dict | None = None) -> FieldError | None:
    """The error for a number that is not between 0 and `high` or has too many decimals."""
    if value is None:
        return None
    if not ZERO <= value <= high:
        return FieldError(name, QT_TRANSLATE_NOOP(
            "Validation", "{field} must be between 0 and {high}."),
            {"field": (fields or _DELIVERY)[name].label, "high": high})
    return places_error(name, value, places, fields)


def number_rules(values: dict) -> list:
    """Rules on the typed numbers alone (no database): ranges and decimals."""
    errors = []
    gross, tare = values.get("gross_kg"), values.get("tare_kg")
    if gross is not None:
        if gross <= 0:
            errors.append(FieldError("gross_kg", QT_TRANSLATE_NOOP(
                "Validation", "The gross weight must be greater than 0 kg.")))
        elif gross > MAX_KG:
            errors.append(FieldError("gross_kg", QT_TRANSLATE_NOOP(
                "Validation", "{kg} kg is not plausible for one delivery."), {"kg": gross}))
        else:
            errors.append(places_error("gross_kg", gross, 2))
    if tare is not None:
        if tare < 0:
            errors.append(FieldError("tare_kg", QT_TRANSLATE_NOOP(
                "Validation", "The tare cannot be negative.")))
        elif gross is not None and 0 < gross <= MAX_KG and tare >= gross:
            errors.append(FieldError("tare_kg", QT_TRANSLATE_NOOP(
                "Validation", "The tare must be less than the gross weight.")))
        elif tare <= MAX_KG:
            errors.append(places_error("tare_kg", tare, 2))
    for name, places, message in (
            ("moisture_pct", 1, QT_TRANSLATE_NOOP(
                "Validation", "Moisture must be between 0 and 100 %.")),
            ("cup_score", 2, QT_TRANSLATE_NOOP(
                "Validation", "The cup score must be between 0 and 100."))):
        value = values.get(name)
        if value is not None:
            if not ZERO <= value <= 100:
                errors.append(FieldError(name, message))
            else:
                errors.append(places_error(name, value, places))
    errors.append(range_error("defects", values.get("defects"), MAX_DEFECTS, 1))
    errors += price_errors(values)
    day = values.get("delivered_on")
    if day is not None:
        if day > date.today():
            errors.append(FieldError("delivered_on", QT_TRANSLATE_NOOP(
                "Validation", "The delivery date cannot be in the future.")))
        elif day.year < FIRST_YEAR:
            errors.append(FieldError("delivered_on", QT_TRANSLATE_NOOP(
                "Validation", "The delivery date is not plausible.")))
    return [e for e in errors if e is not None]


def price_errors(values: dict) -> list:
    """A price per kg above 0, plausible, in cents (a delivery's, or the price table's)."""
    errors = []
    price = values.get("price_per_kg_pen")
    if price is not None:
        if price <= 0:
            errors.append(FieldError("price_per_kg_pen", QT_TRANSLATE_NOOP(
                "Validation", "The price must be greater than S/ 0.")))
        elif price > MAX_PRICE:
            errors.append(FieldError("price_per_kg_pen", QT_TRANSLATE_NOOP(
                "Validation", "S/ {price} per kg is not plausible."), {"price": price}))
        else:
            errors.append(places_error("price_per_kg_pen", price, 2))
    return [e for e in errors if e is not None]


def delivery_field_errors(raw: dict) -> list[FieldError]:
    """Problems with the given fields alone, without the database: for checking a form
    field as soon as the user leaves it."""
    values, errors = parse_values(DELIVERY_FIELDS, raw, only_given=True)
    return errors + number_rules(values)


__all__ = [
    "CENT", "ZERO", "RUC_RE", "PREFIX_RE", "DNI_RE", "MAX_KG", "MAX_PRICE", "FIRST_YEAR",
    "PRODUCTS", "CERTIFICATION_KINDS", "CERTIFICATION_ALIASES", "NO_ACTIVE_AGREEMENT",
    "PLOT_NOT_COMPLIANT", "domain_label", "flag_codes", "flags_text", "certification_kind",
    "kilograms", "soles", "percent", "as_date", "amount_for", "places_error", "range_error",
    "price_errors", "number_rules", "MAX_DEFECTS",
    "delivery_field_errors",
]
