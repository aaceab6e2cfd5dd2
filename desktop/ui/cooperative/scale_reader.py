"""The weighing station's live scale: a serial port (QtSerialPort) read line by line, each line
understood by desktop.services.cooperative.scale. Emits every reading, with whether it may be
taken; a port that cannot be opened or goes away is said once, in the user's language, and
the station falls back to typed weights."""

from __future__ import annotations

import time
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtSerialPort import QSerialPort

from desktop import config
from desktop.services.cooperative import scale


class ScaleReader(QObject):
    #: (kilograms as text, stable, overload); the text keeps the Decimal exact across Qt.
    reading = Signal(str, bool, bool)
    #: A translated line: the port cannot be opened, was lost, or sent what cannot be taken.
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.port = QSerialPort(self)
        self.port.readyRead.connect(self._read)
        self.port.errorOccurred.connect(self._failed)
        self.fmt = "ad"
        self.lines = scale.LineSplitter()
        self.stability = scale.Stability()
        #: The last reading and whether it was stable (what "Take the weight" takes).
        self.last: scale.Reading | None = None
        self.stable = False
        self._last_problem = ""
        self._opening = False

    @classmethod
    def from_settings(cls, parent: QObject | None = None) -> "ScaleReader | None":
        """A reader opened on the station's configured port, or None when none is set."""
        port = config.get(config.SCALE_PORT)
        if not port:
            return None
        reader = cls(parent)
        reader.open(port, config.get(config.SCALE_SPEED), config.get(config.SCALE_FORMAT))
        return reader

    def open(self, port: str, speed: int = 9600, fmt: str = "ad") -> bool:
        self.close()
        self.fmt = fmt if fmt in scale.FORMATS else "ad"
        self.port.setPortName(port)
        self.port.setBaudRate(speed if speed in scale.SPEEDS else 9600)
        self.port.setDataBits(QSerialPort.DataBits.Data8)
        self.port.setParity(QSerialPort.Parity.NoParity)
        self.port.setStopBits(QSerialPort.StopBits.OneStop)
        self.port.setFlowControl(QSerialPort.FlowControl.NoFlowControl)
        self._opening = True  # a failed open is said below, once, not by _failed too
        try:
            opened = self.port.open(QSerialPort.OpenModeFlag.ReadOnly)
        finally:
            self._opening = False
        if not opened:
            self._say(self.tr("Cannot open the scale on {port}: {reason}. Type the weight "
                              "instead.").format(port=port, reason=self.port.errorString()))
            return False
        return True

    def close(self) -> None:
        if self.port.isOpen():
            self.port.close()
        self.lines, self.last, self.stable = scale.LineSplitter(), None, False
        self.stability.reset()

    def is_open(self) -> bool:
        return self.port.isOpen()

    def take(self) -> Decimal | None:
        """The weight to lock into the form: the last reading if it is stable, else None."""
        return self.last.kg if self.last is not None and self.stable else None

    def _read(self) -> None:
        for line in self.lines.feed(bytes(self.port.readAll().data())):
            try:
                reading = scale.parse_line(self.fmt, line)
            except scale.ScaleError as error:
                self.last, self.stable = None, False
                self._say(QCoreApplication.translate("Scale", error.message).format(
                    **error.params))
                continue
            if reading is None:
                continue
            self.last = reading
            self.stable = self.stability.feed(reading, time.monotonic())
            self._last_problem = ""
            self.reading.emit(str(reading.kg), self.stable, reading.overload)

    def _failed(self, error) -> None:
        if self._opening or error in (QSerialPort.SerialPortError.NoError,
                                      QSerialPort.SerialPortError.TimeoutError):
            return
        self.last, self.stable = None, False
        if error == QSerialPort.SerialPortError.ResourceError and self.port.isOpen():
            self.port.close()  # unplugged: stop reading a port that is gone
        self._say(self.tr("The scale stopped answering ({reason}). Type the weight "
                          "instead.").format(reason=self.port.errorString()))

    def _say(self, text: str) -> None:
        if text != self._last_problem:  # a stream of bad lines is said once
            self._last_problem = text
            self.problem.emit(text)
