"""The window's hooks for sync: the status bar's "N changes not synced" (and the conflicts
waiting here), and File > Synchronise…, which opens the Sync area.

The count is cheap (an indexed count of the rows whose usn is -1, desktop.services.sync.
pending) and is read again whenever the status bar shows a message (every save says so),
an operation announces a change, or half a minute passes. A database that has never synced
shows nothing: its rows are not waiting for anyone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow
from shiboken6 import isValid

from desktop.i18n.formatting import fmt_number
from desktop.services import sync
from desktop.ui.widgets.operations import CHANGES

REFRESH_MS = 30_000
#: Counting stops past this many (a file that never synced has all its rows waiting).
CAP = 10_000
AREA = "sync"


class PendingLabel(QLabel):
    """On the status bar of `window` (which has `database`, `areas` and `nav`)."""

    def __init__(self, window: QMainWindow):
        super().__init__(objectName="pendingChanges")
        self.window_ = window
        self.action = QAction(window)
        self.action.setObjectName("synchroniseAction")
        self.action.triggered.connect(self.open_area)
        self.counts = (0, 0)
        window.statusBar().messageChanged.connect(lambda _text: self.refresh())
        CHANGES.changed.connect(lambda *_: self.refresh())
        self.timer = QTimer(self, interval=REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def refresh(self) -> None:
        if not isValid(self):
            return
        database = getattr(self.window_, "database", None)
        counts = None
        if database is not None:
            with database.session() as session:
                status = sync.status(session)
                if status.role:
                    counts = (sync.pending(session, CAP) if status.role != "centre" else 0,
                              status.waiting_here)
        self.counts = counts or (0, 0)
        self.setVisible(counts is not None)
        self.retranslate()

    def retranslate(self) -> None:
        pending, waiting = self.counts
        if pending > CAP:
            text = self.tr("More than {n} changes not synced").format(n=fmt_number(CAP))
        elif pending == 1:
            text = self.tr("1 change not synced")
        else:
            text = self.tr("{n} changes not synced").format(n=fmt_number(pending))
        if waiting:
            text += "  ·  " + self.tr("{n} conflicts to review").format(n=waiting)
        self.setText(text)
        self.action.setText(self.tr("S&ynchronise…"))
        areas = [name for name, _ in getattr(self.window_, "areas", [])]
        self.action.setEnabled(AREA in areas)

    def open_area(self) -> None:
        areas = [name for name, _ in self.window_.areas]
        if AREA in areas:
            self.window_.nav.setCurrentRow(areas.index(AREA))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def install(window: QMainWindow) -> PendingLabel:
    """Put the count on `window`'s status bar and Synchronise… in its File menu (before
    Settings)."""
    label = PendingLabel(window)
    window.statusBar().addPermanentWidget(label)
    window.file_menu.insertAction(window.settings_action, label.action)
    label.refresh()
    return label
