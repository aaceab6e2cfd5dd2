"""Column types shared by the models.

Decimals are stored as scaled integers: SQLite has no decimal type and would
keep money and weights as floats. An integer keeps them exact, lets SQL sum
them without rounding error, and lets CHECK constraints compare numbers.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import DateTime, Integer
from sqlalchemy.types import TypeDecorator


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class ScaledDecimal(TypeDecorator):
    """A Decimal kept as an integer count of 10**-scale units."""

    impl = Integer
    cache_ok = True

    def __init__(self, scale: int):
        super().__init__()
        self.scale = scale
        self.factor = Decimal(10) ** scale
        self.quantum = Decimal(1).scaleb(-scale)

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return int((Decimal(value) * self.factor).to_integral_value())

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return (Decimal(value) / self.factor).quantize(self.quantum)

    def stored(self, value) -> int:
        """The integer stored for `value`, for CHECK constraints and raw SQL."""
        return int(Decimal(value) * self.factor)


class UTCDateTime(TypeDecorator):
    """A timestamp stored in UTC and returned timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


# The scales used across the schema.
Hectares = ScaledDecimal(4)
Kilograms = ScaledDecimal(3)
Soles = ScaledDecimal(2)
Percent = ScaledDecimal(2)
Degrees = ScaledDecimal(6)
