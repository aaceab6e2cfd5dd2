"""Reading a weighing scale's continuous output (issue 16 item 1), without Qt.

Platform scales at coffee collection points print their weight several times a second on a
serial line. What a line looks like depends on the maker; the common shapes are declared in
FORMATS (titled in labels.toml), chosen per station in the settings. The window's serial reader (QtSerialPort, in
desktop.ui) feeds each line here and is told the weight and whether it may be taken: only a
stable reading is taken, so the kilograms on a receipt are the scale's, not typed ("ghost
kilograms" are why members distrust a buyer).

    ST,GS,+00123.5kg      A&D, CAS and many indicators: ST stable, US unstable, OL overload
    +   123.45 kg ?       Ohaus-style: a trailing "?" while the weight is moving
    123.45                a bare number (kg): stable once it holds still (see Stability)

Pounds are refused rather than converted: a scale set to the wrong unit must be noticed.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from desktop import config
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.i18n.labels import LABELS

#: A line longer than this is noise (a wrong speed gives garbage without line ends).
MAX_LINE = 64
#: Weights beyond this are not a sack of coffee on a platform scale: a misread line.
MAX_KG = Decimal("5000")


#: The formats understood (their titles: labels.toml, kind "scale_format").
FORMATS = tuple(LABELS["scale_format"])
SPEEDS = config.SCALE_SPEEDS


@dataclass(frozen=True)
class Reading:
    """One line understood: the weight in kg and what the scale said of it."""

    kg: Decimal
    #: True/False when the scale says; None when it cannot (the "plain" format).
    stable: bool | None
    overload: bool = False


class ScaleError(ValueError):
    """A line that is a weight but cannot be taken (wrong unit, out of range)."""

    def __init__(self, message: str, **params):
        super().__init__(message)
        self.message = message  # QT_TRANSLATE_NOOP("Scale", …), its {placeholders} in params
        self.params = params


WRONG_UNIT = QT_TRANSLATE_NOOP("Scale", "The scale sends {unit}: set it to kilograms.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Scale", "The scale sent a weight out of range.")

_NUMBER = r"([+-]?\s*\d+(?:[.,]\d+)?)"
_AD = re.compile(r"^(ST|US|OL)\s*,\s*(GS|NT|TR)\s*,\s*" + _NUMBER + r"\s*([a-zA-Z]*)\s*$")
_OHAUS = re.compile(r"^" + _NUMBER + r"\s*([a-zA-Z]*)\s*(\?)?\s*([A-Z]{0,2})\s*$")
_PLAIN = re.compile(r"^" + _NUMBER + r"\s*(kg|KG|Kg)?\s*$")


def _kilograms(number: str, unit: str) -> Decimal:
    unit = unit.lower()
    if unit in ("lb", "lbs", "oz"):
        raise ScaleError(WRONG_UNIT, unit=unit)
    try:
        value = Decimal(number.replace(" ", "").replace(",", "."))
    except InvalidOperation:
        raise ScaleError(OUT_OF_RANGE) from None
    if unit == "g":
        value = value / 1000
    elif unit == "t":
        value = value * 1000
    elif unit not in ("", "kg"):
        raise ScaleError(WRONG_UNIT, unit=unit)
    if abs(value) > MAX_KG:
        raise ScaleError(OUT_OF_RANGE)
    return value


def parse_line(fmt: str, line: str) -> Reading | None:
    """The reading in one line, None for a line that carries no weight (blank, a header,
    noise); ScaleError for a weight that cannot be taken."""
    line = line.strip()
    if not line or len(line) > MAX_LINE:
        return None
    if fmt == "ad":
        match = _AD.match(line)
        if match is None:
            return None
        state, _, number, unit = match.groups()
        if state == "OL":
            return Reading(Decimal(0), False, overload=True)
        return Reading(_kilograms(number, unit), state == "ST")
    if fmt == "ohaus":
        match = _OHAUS.match(line)
        if match is None:
            return None
        number, unit, moving, _ = match.groups()
        return Reading(_kilograms(number, unit), moving is None)
    match = _PLAIN.match(line)
    if match is None:
        return None
    return Reading(_kilograms(match.group(1), match.group(2) or ""), None)


class Stability:
    """Decides when a weight may be taken. A scale that flags stability is believed, once it
    has said so twice in a row on the same weight; for one that does not, the weight must hold
    within `tolerance` for `hold_seconds` over at least three readings."""

    def __init__(self, tolerance: Decimal = Decimal("0.05"), hold_seconds: float = 1.0):
        self.tolerance, self.hold_seconds = tolerance, hold_seconds
        self.recent: deque[tuple[float, Reading]] = deque()

    def feed(self, reading: Reading, at: float) -> bool:
        """Add a reading taken at `at` (monotonic seconds); whether the weight is stable."""
        self.recent.append((at, reading))
        while self.recent and at - self.recent[0][0] > max(self.hold_seconds, 0) + 5:
            self.recent.popleft()
        if reading.overload or reading.kg <= 0:
            return False
        if reading.stable is not None:
            if not reading.stable or len(self.recent) < 2:
                return False
            previous = self.recent[-2][1]
            return previous.stable is True and previous.kg == reading.kg
        window = [r for t, r in self.recent if at - t <= self.hold_seconds]
        spanned = at - next(t for t, r in self.recent if at - t <= self.hold_seconds)
        if len(window) < 3 or spanned < self.hold_seconds * 0.8:
            return False
        weights = [r.kg for r in window]
        return max(weights) - min(weights) <= self.tolerance

    def reset(self) -> None:
        self.recent.clear()


class LineSplitter:
    """Bytes from the port -> whole lines (CR, LF or both end a line); an endless run of bytes
    without a line end (the wrong speed) is dropped rather than kept growing."""

    def __init__(self):
        self.pending = b""

    def feed(self, data: bytes) -> list[str]:
        self.pending += data
        *lines, self.pending = re.split(rb"[\r\n]+", self.pending)
        if len(self.pending) > MAX_LINE * 4:
            self.pending = b""
        return [line.decode("ascii", errors="replace") for line in lines if line.strip()]


__all__ = ["FORMATS", "LineSplitter", "OUT_OF_RANGE", "Reading", "SPEEDS", "ScaleError",
           "Stability", "WRONG_UNIT", "parse_line"]
