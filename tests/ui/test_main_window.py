"""The window: after an operation, only the pages showing what it changed refresh; backups
run as operations."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.main_window import MainWindow
from desktop.ui.reports.reports_page import CODE_ROLE
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


def test_a_page_is_built_on_its_first_visit(qtbot, database, family):
    apply_language(QApplication.instance(), "en")
    window = MainWindow(database)
    qtbot.addWidget(window)
    assert window.built_pages() == ["home"]  # the one shown at start
    assert window.nav.count() == 11 and window.nav.item(4).text() == "Training"
    assert window.families.model.rowCount() == 1
    window.nav.setCurrentRow(4)
    assert window.built_pages() == ["home", "families", "training"]
    assert window.pages.currentWidget() is window.page("training")
    assert window.page("training").objectName() == "trainingPage"
    CHANGES.announce({"agreements"})  # unbuilt pages hear nothing, and nothing breaks
    assert window.built_pages() == ["home", "families", "training"]
    window.nav.setCurrentRow(1)
    window.nav.setCurrentRow(4)
    assert window.pages.currentWidget() is window.page("training")  # built once
    assert window.pages.count() == 11  # Sync, Audit, Data protection: a single user sees all


def test_language_and_database_changes_reach_built_and_unbuilt_pages(qtbot, tmp_path,
                                                                      database, family):
    from desktop.services.database import open_database

    apply_language(QApplication.instance(), "en")
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.nav.setCurrentRow(2)  # Agreements built, and the home page shown at start
    apply_language(QApplication.instance(), "es")
    try:
        assert window.nav.item(4).text() == "Capacitación"
        window.nav.setCurrentRow(4)  # built after the switch: in Spanish from the start
        assert window.page("training").tabs.tabText(1) == "Cifras"
    finally:
        apply_language(QApplication.instance(), "en")
    other = open_database(tmp_path / "other.sqlite", backup_dir=tmp_path / "b")
    window.set_database(other)
    assert window.built_pages() == ["training"]  # the area in view, on the new file
    assert window.page("training").database is other
    assert window.families.model.rowCount() == 0  # built on demand, on the new file
    assert window.pages.currentWidget() is window.page("training")
    # Closed here (its pages stop their work) but not deleted: qtbot closes it at teardown.
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.close()
    other.close()


def test_the_reports_page_shows_its_figures_once_calculated(qtbot, database, family):
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(7)
    page = window.page("reports")
    assert page.computing is not None  # in the background; the window answers meanwhile
    qtbot.waitUntil(lambda: page.computing is None, timeout=30000)
    codes = [page.table.item(r, 0).data(CODE_ROLE) for r in range(page.table.rowCount())]
    assert page.table.item(codes.index("families_total"), 1).text() == "1"


def test_swapping_the_database_stops_the_calculation(qtbot, tmp_path, database, family):
    from desktop.services.database import open_database

    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(7)
    running = window.page("reports").computing
    other = open_database(tmp_path / "other.sqlite", backup_dir=tmp_path / "b")
    window.set_database(other)  # closes the first file while its figures may still run
    qtbot.waitUntil(lambda: running.done, timeout=30000)
    assert running.state in ("cancelled", "succeeded")  # never a failure, nothing shown late
    fresh = window.page("reports")
    qtbot.waitUntil(lambda: fresh.computing is None, timeout=30000)
    codes = [fresh.table.item(r, 0).data(CODE_ROLE) for r in range(fresh.table.rowCount())]
    assert fresh.table.item(codes.index("families_total"), 1).text() == "0"
    # Closed here (its pages stop their work) but not deleted: qtbot closes it at teardown.
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.close()
    other.close()


def test_swapping_the_database_waits_for_the_home_pages_jobs(qtbot, tmp_path, database,
                                                             family, monkeypatch):
    """The home page's job still reading the first file is stopped, and ended, before that
    file is closed: never a query on a closed database (it crashed a test run once)."""
    import threading
    import time

    from sqlalchemy import text

    from desktop.services.database import open_database
    from desktop.ui.home import home_page

    started, ran = threading.Event(), []

    def slow(db, today):
        if db.database is not database:  # the new file's page: nothing to hold up
            return {}
        started.set()
        deadline = time.monotonic() + 10
        while not db.stop() and time.monotonic() < deadline:  # reading on until told to stop
            time.sleep(0.01)
        time.sleep(0.3)  # a query takes a moment to stop: the file must not close meanwhile
        with db.session() as session:  # refused: the page was told to stop
            ran.append((db.database.path.name,
                        session.execute(text("SELECT count(*) FROM families")).scalar()))
        return {}

    monkeypatch.setattr(home_page, "READERS", (slow,))
    other = open_database(tmp_path / "other.sqlite", backup_dir=tmp_path / "b")
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    assert started.wait(10)
    running = window.page("home").operations[0]
    window.set_database(other)
    assert running._runner.exited.is_set()  # the job had ended when the first file closed
    assert ran == []  # its query was not run: the page had told it to stop
    qtbot.waitUntil(lambda: running.done, timeout=10_000)
    assert running.state == "cancelled"
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    window.close()
    other.close()


def test_check_database_from_the_file_menu(qtbot, database, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: said.append((title, text)))
    window = MainWindow(database)
    qtbot.addWidget(window)
    assert window.check_action in window.file_menu.actions()
    assert finish(qtbot, window.check_database()) == []
    assert said and said[0][0] == "Check database" and "is sound" in said[0][1]
