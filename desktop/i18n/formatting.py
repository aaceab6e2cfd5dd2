"""Numbers, dates and money for the active locale, through babel."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from babel.dates import format_date as _format_date
from babel.dates import format_datetime as _format_datetime
from babel.numbers import format_decimal

from desktop.i18n import locale_name


def fmt_date(value: date | None, lang: str | None = None, fmt: str = "medium") -> str:
    return "" if value is None else _format_date(value, format=fmt, locale=locale_name(lang))


def fmt_datetime(value: datetime | None, lang: str | None = None) -> str:
    return "" if value is None else _format_datetime(value, format="short",
                                                      locale=locale_name(lang))


def fmt_number(value, lang: str | None = None, places: int | None = None) -> str:
    if value is None:
        return ""
    pattern = None
    if places is not None:
        pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(Decimal(value), format=pattern, locale=locale_name(lang))


def fmt_hectares(value, lang: str | None = None) -> str:
    return fmt_number(value, lang, places=2)


def fmt_kg(value, lang: str | None = None) -> str:
    return fmt_number(value, lang, places=1)


def fmt_soles(value, lang: str | None = None) -> str:
    """Soles as Peru writes them, 'S/ 1,234.50', with the locale's digits (CLDR es_PE).

    babel's en_US would write 'PEN1,234.50', which nobody in the office reads;
    the sol's own symbol is kept in both languages.
    """
    if value is None:
        return ""
    amount = Decimal(value)
    text = format_decimal(abs(amount), format="#,##0.00", locale=locale_name(lang))
    return ("-" if amount < 0 else "") + "S/ " + text


def parse_number(text: str) -> Decimal:
    """Read a typed number: '12.5', '12,5', '1,234.5' and '1.234,5' all work.

    Office staff type either separator whatever the locale, so the last
    separator is the decimal one when both appear, and a lone comma is decimal.
    Raises decimal.InvalidOperation on anything else.
    """
    text = text.strip().replace(" ", "").replace("\u00a0", "")
    if "," in text and "." in text:
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif text.count(",") == 1:
        text = text.replace(",", ".")
    value = Decimal(text)
    if not value.is_finite():
        raise InvalidOperation(text)
    return value
