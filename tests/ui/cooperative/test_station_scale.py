"""The weighing station with a scale on its serial port (a pseudo-terminal plays it): the
live reading, "Take the weight" only while stable, the weight locked into the form and the
delivery and its receipt marked as read from the scale; a typed weight is marked typed."""

import os
import subprocess
import tty
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from desktop import config
from desktop.reports.receipt import receipt_file_name
from tests.ui.cooperative.test_cooperative_page import (  # noqa: F401 - fixtures
    deliveries, focused, keys, office, page, press,
)


@pytest.fixture
def scale():
    master, slave = os.openpty()
    tty.setraw(slave)
    config.put(config.SCALE_PORT, os.ttyname(slave))
    config.put(config.SCALE_FORMAT, "ad")

    def send(*lines):
        os.write(master, "".join(f"{line}\r\n" for line in lines).encode())

    yield send
    config.put(config.SCALE_PORT, "")
    for fd in (master, slave):
        os.close(fd)


def receipt_text(page, number):
    path = page.receipts_dir / receipt_file_name(number)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


# `scale` before `page`: the station opens the port set in the settings when it is built.
def test_a_weight_from_the_scale_is_locked_in_and_marked(qtbot, scale, page, session):
    station = page.station
    assert station.scale.widget.isVisible()
    keys("M-0001")
    press(Qt.Key.Key_Return)  # one plot: the cursor goes to the weight
    scale("US,GS,+00058.0kg", "US,GS,+00061.0kg")
    qtbot.waitUntil(lambda: "moving" in station.scale.reading_label.text())
    assert not station.scale.take_button.isEnabled() and not station.scale.take()
    scale("ST,GS,+00061.5kg", "ST,GS,+00061.5kg")
    qtbot.waitUntil(lambda: station.scale.take_button.isEnabled())
    assert station.scale.reading_label.text() == "Scale: 61.50 kg, stable"
    press(Qt.Key.Key_F2)
    assert station.gross_edit.text() == "61.5" and station.gross_edit.isReadOnly()
    station.moisture_edit.setText("12")
    station.price_edit.setText("9")
    station.price_edit.setFocus()
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(deliveries(session)) == 1)
    [taken] = deliveries(session)
    assert (taken.gross_kg, taken.weight_source) == (Decimal("61.5"), "scale")
    assert not station.gross_edit.isReadOnly()  # the next delivery's weight is free again
    qtbot.waitUntil(lambda: (page.receipts_dir / receipt_file_name(taken.receipt_number))
                    .exists(), timeout=10000)
    assert "(read from the scale)" in receipt_text(page, taken.receipt_number)


def test_a_typed_weight_is_marked_typed_on_the_receipt(qtbot, scale, page, session):
    station = page.station
    keys("M-0001")
    press(Qt.Key.Key_Return)
    keys("40")
    station.moisture_edit.setText("12")
    station.price_edit.setText("9")
    station.price_edit.setFocus()
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(deliveries(session)) == 1)
    [typed] = deliveries(session)
    assert typed.weight_source == "manual"
    qtbot.waitUntil(lambda: (page.receipts_dir / receipt_file_name(typed.receipt_number))
                    .exists(), timeout=10000)
    assert "(typed by hand)" in receipt_text(page, typed.receipt_number)
