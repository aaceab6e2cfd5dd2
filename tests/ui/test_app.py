"""First start: no database yet → the demo is built (off the GUI thread, as an operation) and
marked DEMO."""

from desktop import config
from desktop.services import registry
from desktop.services.database import is_demo, open_database
from desktop.ui.app import choose_database_path, create_demo
from desktop.ui.main_window import MainWindow
from tests.ui.helpers import finish


def test_first_start_builds_the_demo_and_says_so(qtbot, tmp_path):
    path, make_demo = choose_database_path(None)
    assert make_demo and path == config.default_database_path()
    database = finish(qtbot, create_demo(path).run_in_background(), timeout_ms=240000)
    try:
        assert is_demo(database)
        with database.session() as session:
            assert registry.count_families(session) == 1600
        window = MainWindow(database, demo=True)
        qtbot.addWidget(window)
        assert window.windowTitle().endswith("DEMO")
        assert window.families.model.rowCount() == 200  # the first page, more on scroll
    finally:
        database.close()
    config.put(config.LAST_DATABASE, str(path))
    assert choose_database_path(None) == (path, False)  # later starts open the last file


def test_an_office_file_is_not_demo(tmp_path):
    database = open_database(tmp_path / "office.sqlite")
    assert not is_demo(database)
    database.close()
