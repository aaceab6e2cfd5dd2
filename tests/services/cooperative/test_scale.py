"""The scale's lines: each common format understood, stability decided as a weigher would,
wrong units refused, and no line of noise ever raising anything else (issue 16 item 1)."""

from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from desktop.services.cooperative.scale import (
    FORMATS, LineSplitter, Reading, ScaleError, Stability, parse_line,
)


@pytest.mark.parametrize("fmt, line, expected", [
    ("ad", "ST,GS,+00123.5kg", Reading(Decimal("123.5"), True)),
    ("ad", "US,GS,+00120.0kg", Reading(Decimal("120.0"), False)),
    ("ad", "ST,NT,-00000.5kg", Reading(Decimal("-0.5"), True)),
    ("ad", "ST,GS, 123.5 kg", Reading(Decimal("123.5"), True)),
    ("ad", "OL,GS,+99999.9kg", Reading(Decimal(0), False, overload=True)),
    ("ad", "ST,GS,+123500g", Reading(Decimal("123.5"), True)),
    ("ohaus", "   123.45 kg", Reading(Decimal("123.45"), True)),
    ("ohaus", "   123.40 kg ?", Reading(Decimal("123.40"), False)),
    ("ohaus", "123,45 kg G", Reading(Decimal("123.45"), True)),
    ("plain", "  62.5", Reading(Decimal("62.5"), None)),
    ("plain", "62.5 kg", Reading(Decimal("62.5"), None)),
])
def test_each_format_gives_the_weight_and_what_the_scale_says_of_it(fmt, line, expected):
    assert parse_line(fmt, line) == expected


@pytest.mark.parametrize("fmt, line", [
    ("ad", ""), ("ad", "A&D FG-150K"), ("ad", "ST,GS,+00123.5kg" * 5), ("ohaus", "TOTAL"),
    ("plain", "abc"), ("plain", "12.5.3"),
])
def test_lines_without_a_weight_are_passed_over(fmt, line):
    assert parse_line(fmt, line) is None


@pytest.mark.parametrize("fmt, line", [
    ("ad", "ST,GS,+00272.3lb"), ("ohaus", "272.30 lb"), ("ad", "ST,GS,+9999999kg"),
])
def test_pounds_and_absurd_weights_are_refused(fmt, line):
    with pytest.raises(ScaleError) as raised:
        parse_line(fmt, line)
    assert raised.value.message


@given(st.sampled_from(FORMATS), st.text(max_size=80))
def test_noise_never_raises_anything_but_a_scale_error(fmt, line):
    try:
        reading = parse_line(fmt, line)
    except ScaleError:
        return
    assert reading is None or abs(reading.kg) <= 5000


def test_a_flagging_scale_is_stable_after_two_equal_stable_lines():
    stability = Stability()
    seen = [stability.feed(parse_line("ad", line), t) for t, line in enumerate([
        "US,GS,+00060.0kg", "ST,GS,+00061.5kg", "ST,GS,+00061.5kg", "US,GS,+00080.0kg",
        "ST,GS,+00000.0kg", "ST,GS,+00000.0kg"])]
    assert seen == [False, False, True, False, False, False]  # an empty platform is not taken


def test_a_plain_scale_is_stable_when_the_weight_holds_for_a_second():
    stability = Stability(tolerance=Decimal("0.05"), hold_seconds=1.0)
    readings = [(0.0, "61.0"), (0.3, "61.4"), (0.6, "61.50"), (0.9, "61.52"), (1.2, "61.50"),
                (1.5, "61.51"), (1.8, "61.50")]
    seen = [stability.feed(parse_line("plain", kg), at) for at, kg in readings]
    assert seen == [False, False, False, False, False, True, True]


def test_lines_are_split_on_any_line_end_and_garbage_does_not_grow():
    splitter = LineSplitter()
    assert splitter.feed(b"ST,GS,+0001") == []
    assert splitter.feed(b"2.5kg\r\nST,GS,+00012.5kg\rUS") == ["ST,GS,+00012.5kg",
                                                              "ST,GS,+00012.5kg"]
    splitter.feed(b"\xff" * 10_000)
    assert len(splitter.pending) <= 256


def test_the_stations_scale_settings_are_validated_and_kept():
    from desktop import config
    from desktop.services.errors import ValidationError
    from desktop.services.settings import current_settings, save_settings

    values = current_settings()
    with pytest.raises(ValidationError) as raised:
        save_settings({**values, "scale_port": "/dev/ttyUSB0", "scale_speed": "9601"})
    assert {e.field for e in raised.value.errors} == {"scale_speed"}
    assert config.get(config.SCALE_PORT) == ""
    save_settings({**values, "scale_port": "/dev/ttyUSB0", "scale_speed": "4800",
                   "scale_format": "ohaus"})
    assert (config.get(config.SCALE_PORT), config.get(config.SCALE_SPEED),
            config.get(config.SCALE_FORMAT)) == ("/dev/ttyUSB0", 4800, "ohaus")
