"""The window: after an operation, only the pages showing what it changed refresh; backups
run as operations."""

from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.language import apply_language
from desktop.ui.widgets.operations import CHANGES
from tests.ui.helpers import finish


def test_only_the_pages_showing_a_change_refresh(qtbot, database, family):
    apply_language(QApplication.instance(), "en")
    window = MainWindow(database)
    qtbot.addWidget(window)
    refreshed = []
    for name in ("families", "agreements", "grievances", "training", "cooperative", "reports"):
        page = window.page(name)
        page.refresh = lambda *args, name=name, **kwargs: refreshed.append(name)
    CHANGES.announce({"training"})
    assert refreshed == ["training", "reports"]
    refreshed.clear()
    CHANGES.announce({"cooperative"})
    assert refreshed == ["cooperative", "reports"]
    refreshed.clear()
    CHANGES.announce({"families"})
    assert refreshed == ["families", "agreements", "training", "cooperative", "reports"]


def test_back_up_now(qtbot, database):
    window = MainWindow(database)
    qtbot.addWidget(window)
    target = finish(qtbot, window.backup_now())
    assert target.exists() and target != database.path
    assert window.statusBar().currentMessage() == f"Backup saved as {target}."
