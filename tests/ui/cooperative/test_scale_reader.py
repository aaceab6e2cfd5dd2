"""The live scale through a real serial port: a pseudo-terminal plays the scale, QtSerialPort
reads it (issue 16 item 1)."""

import os
import tty
from decimal import Decimal

import pytest

from desktop.ui.cooperative.scale_reader import ScaleReader


@pytest.fixture
def scale_port():
    """(write a line as the scale would, the port's path); closed after the test."""
    master, slave = os.openpty()
    tty.setraw(slave)
    path = os.ttyname(slave)

    def send(*lines: str) -> None:
        os.write(master, "".join(f"{line}\r\n" for line in lines).encode("ascii"))

    yield send, path
    for fd in (master, slave):
        try:
            os.close(fd)
        except OSError:
            pass


def test_a_stable_weight_can_be_taken_and_a_moving_one_cannot(qtbot, scale_port):
    send, path = scale_port
    reader = ScaleReader()
    seen = []
    reader.reading.connect(lambda kg, stable, overload: seen.append((kg, stable)))
    assert reader.open(path, 9600, "ad"), "the pseudo-terminal opens as a serial port"
    send("US,GS,+00058.0kg", "US,GS,+00061.0kg")
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert reader.take() is None
    send("ST,GS,+00061.5kg", "ST,GS,+00061.5kg")
    qtbot.waitUntil(lambda: len(seen) == 4)
    assert seen[-1] == ("61.5", True) and reader.take() == Decimal("61.5")
    send("US,GS,+00003.0kg")  # the sack is lifted: nothing to take any more
    qtbot.waitUntil(lambda: len(seen) == 5)
    assert reader.take() is None
    reader.close()


def test_a_scale_in_pounds_is_said_once_and_never_taken(qtbot, scale_port):
    send, path = scale_port
    reader = ScaleReader()
    problems = []
    reader.problem.connect(problems.append)
    assert reader.open(path, 9600, "ad")
    send(*["ST,GS,+00135.5lb"] * 4)
    qtbot.waitUntil(lambda: problems != [])
    qtbot.wait(100)
    assert problems == ["The scale sends lb: set it to kilograms."]
    assert reader.take() is None
    reader.close()


def test_a_port_that_does_not_exist_is_said_and_typing_stays_possible(qtbot, tmp_path):
    reader = ScaleReader()
    problems = []
    reader.problem.connect(problems.append)
    assert not reader.open(str(tmp_path / "ttyUSB9"), 9600, "ad")
    assert len(problems) == 1 and "Type the weight instead" in problems[0]
    assert not reader.is_open() and reader.take() is None


def test_an_unplugged_scale_is_said_and_nothing_stale_is_taken(qtbot):
    master, slave = os.openpty()
    tty.setraw(slave)
    reader = ScaleReader()
    problems, seen = [], []
    reader.problem.connect(problems.append)
    reader.reading.connect(lambda *args: seen.append(args))
    assert reader.open(os.ttyname(slave), 9600, "ad")
    os.write(master, b"ST,GS,+00061.5kg\r\nST,GS,+00061.5kg\r\n")
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert reader.take() == Decimal("61.5")
    os.close(master)  # the cable is pulled
    qtbot.waitUntil(lambda: problems != [], timeout=5000)
    assert "stopped answering" in problems[0] and reader.take() is None
    reader.close()
    os.close(slave)
