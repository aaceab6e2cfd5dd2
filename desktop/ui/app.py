"""Starting the window: language, which database, a demo on first start, the error hook."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import RESOURCES_DIR, config, files
from desktop.db.location import DatabaseUrl, database_location
from desktop.services.database import DatabaseProblem, is_demo, open_database
from desktop.services.people import PermissionDenied
from desktop.ui.gui_thread_collector import collect_on_gui_thread
from desktop.ui.widgets.language import apply_language
from desktop.ui.main_window import MainWindow
from desktop.ui.people.sign_in_dialog import sign_in_if_needed
from desktop.ui.widgets.operations import Operation, settle_background_work


def _install_excepthook() -> None:
    """A bug shows a short message and leaves the details in a log, never a traceback dialog."""

    def hook(kind, value, tb):
        log = config.data_dir() / "error.log"
        try:
            files.append_private(log, files.private_traceback(kind, value, tb) + "\n")
        except OSError:
            pass  # a full disk must not turn one error into two
        if isinstance(value, PermissionDenied):  # a role without the action: one line
            QMessageBox.warning(None, QApplication.translate("App", "Not allowed"), value.text())
            return
        QMessageBox.critical(None, QApplication.translate("App", "Unexpected error"),
                             QApplication.translate(
                                 "App", "Something went wrong and was not saved. The details "
                                 "are in {log}; please send that file to your support person.")
                             .format(log=log))

    sys.excepthook = hook


def choose_database_path(db_path: Path | None) -> tuple[Path, bool]:
    """(path, make_demo): the given file (or postgresql:// address), else the last one opened,
    else the default file."""
    if db_path is not None:
        return database_location(db_path), False
    last = config.get(config.LAST_DATABASE)
    if last and database_location(last).exists():
        return database_location(last), False
    default = config.default_database_path()
    return default, not default.exists()


def create_demo(path: Path) -> Operation:
    """The operation (not started) that builds the demo database in `path` off the GUI thread;
    its result is the open Database. When it fails or is cancelled, the half-built file is
    removed."""
    from desktop.demo import build_demo

    database = open_database(path)

    def job(progress):
        try:
            build_demo(database, progress=progress)
        except BaseException:
            database.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            raise
        return database

    return Operation(None, job).with_progress(
        QApplication.translate("App", "Preparing the demo database…"))


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(RESOURCES_DIR / "icons" / f"conservation-desk-{size}.png"))
    return icon


def run(db_path: Path | None = None, language: str | None = None,
        quit_after: float | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Conservation Desk")
    app.setOrganizationName("ConservationDesk")
    app.setDesktopFileName("conservation-desk")  # packaging/linux/conservation-desk.desktop
    app.setWindowIcon(app_icon())
    collect_on_gui_thread(app)  # never on a worker thread: see its module
    apply_language(app, language or config.startup_language())
    _install_excepthook()
    path, make_demo = choose_database_path(db_path)
    if make_demo:  # the first start on this computer: ask rather than decide
        from desktop.ui.settings.first_run import ask_first_run

        choices = ask_first_run(language=language or config.startup_language())
        if choices is None:  # cancelled: nothing was created
            return 0
        path, make_demo = choices.database_path, choices.demo
    opened = {}

    def start(database) -> bool:
        """Show the window on `database` (after asking who is working when it has users);
        False when the user cancelled the sign-in."""
        if not sign_in_if_needed(database):
            database.close()
            app.exit(0)  # the demo's path: its event loop is already running
            return False
        config.put(config.LAST_DATABASE, str(database.path))
        window = MainWindow(database, demo=is_demo(database))
        window.show_fitted()
        for warning in database.warnings:  # e.g. no backup could be saved: say so, carry on
            window.statusBar().showMessage(warning.text(), 15000)
        app.setQuitOnLastWindowClosed(True)
        opened["window"] = window
        if quit_after is not None:  # smoke tests of the built program (packaging/smoke_test.sh)
            QTimer.singleShot(int(quit_after * 1000), app.quit)
        return True

    def cannot_open(problem: DatabaseProblem) -> None:
        QMessageBox.warning(None, QApplication.translate("App", "Cannot open the database"),
                            problem.text())

    def open_or_restore(path: Path):
        """Open `path`; when it cannot be opened, offer its backups (the dialog says what went
        wrong), then try once more. None when the user was told and it stays closed."""
        from desktop.ui.backups.restore_dialog import offer_restore

        try:
            return open_database(path)
        except DatabaseProblem as problem:
            if isinstance(path, DatabaseUrl):  # a central database has no backups of ours
                raise
            if not offer_restore(path.expanduser().resolve(), problem):
                return None
        return open_database(path)

    def demo_failed(error: BaseException) -> None:
        if not isinstance(error, DatabaseProblem):
            app.exit(1)
            raise error
        cannot_open(error)
        app.exit(1)

    try:
        if make_demo:  # built off the GUI thread; the window opens once it is ready
            app.setQuitOnLastWindowClosed(False)  # the progress dialog closing is no reason
            create_demo(path).success(start).failure(demo_failed) \
                .cancelled(lambda: app.exit(0)).run_in_background()
        else:
            database = open_or_restore(path)
            if database is None:
                return 1
            if not start(database):
                return 0
    except DatabaseProblem as problem:
        cannot_open(problem)
        return 1
    code = app.exec()
    if "window" in opened:
        settle_background_work()  # (the window's close told its pages to stop)
        opened["window"].database.close()
    return code
