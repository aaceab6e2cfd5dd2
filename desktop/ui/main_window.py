"""The main window: a navigation of the programme's areas, menus and a status bar.

A page is built on its first visit (or when `page(name)` asks for it), never at start, so
the window opens in the same time on a file of 100 families or of 100,000: until then its
area has an empty slot in the stack. Pages not built yet need nothing on a language change
or a new database (they are built in the language and on the database of their first
visit), and they hear no change announcements (they read everything fresh when built).
"""

from __future__ import annotations

from pathlib import Path

import importlib

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QFileDialog, QHBoxLayout, QLabel, QListWidget, QMainWindow, QMessageBox,
    QStackedWidget, QWidget,
)

from desktop import __version__, config
from desktop.i18n import language
from desktop.services.database import DatabaseProblem, open_database
from desktop.services.people import allowed
from desktop.ui.areas import AREA_PERMISSIONS, AREAS
from desktop.ui.backups.backup_actions import BackupActions
from desktop.ui.people.sign_in_dialog import IdleLock, signed_in_text, sign_in_if_needed
from desktop.ui.sync.status_line import install as install_sync
from desktop.ui.widgets.language import apply_language
from desktop.ui.widgets.operations import settle_background_work


class MainWindow(BackupActions, QMainWindow):
    def __init__(self, database, demo: bool = False):
        super().__init__()
        self.setObjectName("MainWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.database = database
        self.demo = demo
        self.nav = QListWidget(objectName="navigation")
        self.nav.setFixedWidth(170)
        self.pages = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel(objectName="databaseLabel")
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self.areas: list[tuple[str, str]] = []
        self._pages_by_name: dict[str, QWidget] = {}
        self.nav.currentRowChanged.connect(self._show_area)
        self._build_pages()
        self.sync_status = install_sync(self)  # "N changes not synced", File > Synchronise…
        self.idle_lock: IdleLock | None = None
        self._watch_idle()
        self.retranslate()
        self.fit_to_screen()

    def _watch_idle(self) -> None:
        """On a database with users, lock after the minutes set in Settings without use."""
        if self.idle_lock is not None:
            self.idle_lock.stop()
            self.idle_lock = None
        if self.database.actor is not None:
            self.idle_lock = IdleLock(self, self.database, config.get(config.LOCK_AFTER_MINUTES))

    # --- structure ---------------------------------------------------------------------
    def _build_pages(self, row: int = 0) -> None:
        """An empty slot per area the signed-in user may see (AREA_PERMISSIONS) and its
        navigation entry, then the page of `row` built."""
        self._drop_pages()
        with self.database.session() as session:
            self.areas = [(name, title) for name, _, title in AREAS
                          if name not in AREA_PERMISSIONS
                          or allowed(session, AREA_PERMISSIONS[name])]
        self.nav.blockSignals(True)
        self.nav.clear()
        for _ in self.areas:
            self.pages.addWidget(QWidget())
            self.nav.addItem("")
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self._show_area(row)

    def _stop_work(self) -> None:
        """Tell each built page's background work (a page's optional `stop_work()`) to stop."""
        for page in self._pages_by_name.values():
            stop = getattr(page, "stop_work", None)
            if stop is not None:
                stop()

    def _drop_pages(self) -> None:
        """Remove every page and slot; their background work is told to stop first."""
        self._stop_work()
        self._pages_by_name = {}
        while self.pages.count():
            widget = self.pages.widget(0)
            self.pages.removeWidget(widget)
            widget.deleteLater()

    def _show_area(self, row: int) -> None:
        if 0 <= row < len(self.areas):
            self.pages.setCurrentWidget(self.page(self.areas[row][0]))

    def _build_page(self, name: str) -> QWidget:
        row = next(i for i, (area, _) in enumerate(self.areas) if area == name)
        module, cls = next(t for n, t, _ in AREAS if n == name).split(":")
        page = getattr(importlib.import_module(module), cls)(self.database)
        page.setObjectName(f"{name}Page")
        apply_role = getattr(page, "apply_role", None)
        if apply_role is not None:
            apply_role(self.database)  # what the role may not use is hidden
        if hasattr(page, "changed"):
            page.changed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        if hasattr(page, "record_chosen"):
            page.record_chosen.connect(self.show_record)  # the home page's "what is due"
        if hasattr(page, "family_chosen"):
            page.family_chosen.connect(lambda family_id: self.show_record("families", family_id))
        slot = self.pages.widget(row)
        self.pages.insertWidget(row, page)
        self.pages.removeWidget(slot)
        slot.deleteLater()
        self._pages_by_name[name] = page
        return page

    def show_record(self, area: str, record_id: str) -> bool:
        """Go to `area` and select one record there: a family or an agreement (its list is
        searched for its code or number, so a record far down a long list is found), or a
        coffee delivery (its receipt in the Deliveries tab). False when it is not shown."""
        from desktop.ui.record_finder import find_record

        row = next((i for i, (name, _) in enumerate(self.areas) if name == area), None)
        if row is None:
            return False
        self.nav.setCurrentRow(row)
        found = find_record(self.page(area), area, record_id)
        if not found:
            self.statusBar().showMessage(self.tr("That record is not in the list any more."),
                                         8000)
        return found

    #: The window's size on a screen with room for it; smaller screens open it maximised.
    ROOMY_SIZE = (1360, 800)

    def fit_to_screen(self) -> bool:
        """Size the window for its screen; True when the screen is too small for the roomy
        size (a 1366×768 or 1024×768 laptop), so that show_fitted() maximises it."""
        screen = self.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width, height = self.ROOMY_SIZE
        if room is None:
            self.resize(width, height)
            return False
        # The frame (title bar, borders) takes a little of the available room.
        small = room.width() < width + 16 or room.height() < height + 40
        self.resize(min(width, room.width() - 16), min(height, room.height() - 40))
        return small

    def show_fitted(self) -> None:
        if self.fit_to_screen():
            self.showMaximized()
        else:
            self.show()

    def built_pages(self) -> list[str]:
        """The names of the areas whose page exists already."""
        return list(self._pages_by_name)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.edit_menu = bar.addMenu("")
        self.language_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        # Ctrl+N belongs to the pages (a new record of the area in view).
        self.new_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+N"))
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open)
        self.backup_action = QAction(self)
        self.sealed_backup_action = QAction(self)
        self.restore_action = QAction(self)
        self.backup_dir_action = QAction(self)
        self.check_action = QAction(self)
        self.check_action.triggered.connect(self.check_database)
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.edit_settings)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self.import_spreadsheet)
        self.new_action.triggered.connect(self.new_database)
        self.open_action.triggered.connect(self.open_database_dialog)
        self.backup_action.triggered.connect(self.backup_now)
        self.sealed_backup_action.triggered.connect(self.backup_to_stick)
        self.restore_action.triggered.connect(self.restore_backup)
        self.backup_dir_action.triggered.connect(self.choose_backup_dir)
        self.quit_action.triggered.connect(self.close)
        for action in (self.new_action, self.open_action, self.import_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        for action in (self.backup_action, self.sealed_backup_action, self.restore_action,
                       self.backup_dir_action, self.check_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.settings_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.undo_action = QAction(self, shortcut=QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo_delete)
        self.edit_menu.addAction(self.undo_action)
        group = QActionGroup(self)
        self.language_actions = {}
        for code, name in (("es", "Español"), ("en", "English")):
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda checked=False, c=code: self.switch_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about)
        self.help_menu.addAction(self.about_action)

    def page(self, name: str):
        """The page of area `name`, built now when it was not yet (not shown)."""
        page = self._pages_by_name.get(name)
        return page if page is not None else self._build_page(name)

    @property
    def families(self):
        return self.page("families")

    def closeEvent(self, event):
        self._stop_work()  # a long read must not keep the program alive after its window
        super().closeEvent(event)

    # --- language ----------------------------------------------------------------------
    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fit_navigation(self) -> None:
        """The area list as wide as its longest name in the language (about 120 px): what a
        fixed 170 px kept empty goes to the lists, which are narrow at 1024."""
        texts = [self.nav.item(row).text() for row in range(self.nav.count())]
        widest = max((self.nav.fontMetrics().horizontalAdvance(t) for t in texts), default=0)
        self.nav.setFixedWidth(max(100, min(200, widest + 2 * self.nav.frameWidth() + 16)))

    def retranslate(self) -> None:
        title = self.tr("Conservation Desk") + f" — {self.database.path.name}"
        if self.demo:
            title += " — " + self.tr("DEMO")
        self.setWindowTitle(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New database…"))
        self.open_action.setText(self.tr("&Open database…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.sealed_backup_action.setText(self.tr("Back up to a &USB stick (encrypted)…"))
        self.restore_action.setText(self.tr("&Restore backup…"))
        self.backup_dir_action.setText(self.tr("Backup &folder…"))
        self.check_action.setText(self.tr("&Check database…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.import_action.setText(self.tr("&Import spreadsheet…"))
        self.undo_action.setText(self.tr("&Undo delete"))
        self.about_action.setText(self.tr("&About Conservation Desk"))
        self.language_actions[language()].setChecked(True)
        for row, (_, title) in enumerate(self.areas):
            self.nav.item(row).setText(QCoreApplication.translate("MainWindow", title))
        self._fit_navigation()
        self.db_label.setText(self.tr("Database: {path}").format(path=self.database.path))
        who = signed_in_text(self.database)
        if who:
            self.db_label.setText(self.db_label.text() + "  ·  " + who)
        allowed = self.database.actor is None or self.database.actor.role == "admin"
        for action in (self.restore_action, self.settings_action,  # the administrator's
                       self.sealed_backup_action):
            action.setEnabled(allowed)

    def switch_language(self, code: str) -> None:
        apply_language(QApplication.instance(), code)
        config.put(config.LANGUAGE, code)

    # --- files -------------------------------------------------------------------------
    def set_database(self, database, demo: bool = False) -> None:
        old = self.database
        self.database, self.demo = database, demo
        self._build_pages(max(self.nav.currentRow(), 0))
        self._watch_idle()
        self.retranslate()
        config.put(config.LAST_DATABASE, str(database.path))
        if old is not database:
            settle_background_work()  # the old pages' jobs, told to stop, end first
            old.close()

    def _open(self, path: Path, create: bool) -> None:
        try:
            database = open_database(path, create=create)
        except DatabaseProblem as problem:
            QMessageBox.warning(self, self.tr("Cannot open the database"), problem.text())
            return
        if not sign_in_if_needed(database, self):
            database.close()
            return
        self.set_database(database)
        self.statusBar().showMessage(self.tr("Opened {path}.").format(path=path), 8000)

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(config.data_dir() / "office.sqlite"),
            self.tr("Conservation Desk database (*.sqlite)"))
        if path:
            path = Path(path)
            if path.exists() and path.stat().st_size > 0:
                QMessageBox.warning(self, self.tr("New database"),
                                    self.tr("{path} already exists; choose a new file name.")
                                    .format(path=path))
                return
            self._open(path, create=True)

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self.database.path.parent),
            self.tr("Conservation Desk database (*.sqlite);;All files (*)"))
        if path:
            self._open(Path(path), create=False)

    def import_spreadsheet(self) -> None:
        from desktop.ui.imports.import_wizard import ImportWizard

        wizard = ImportWizard(self.database, self)
        wizard.changed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        # The import announces what it changed (desktop.ui.widgets.operations.CHANGES): the
        # pages showing it refresh themselves.
        wizard.exec()

    def edit_settings(self) -> None:
        from desktop.ui.people.security_document_action import print_security_document
        from desktop.ui.settings.settings_dialog import settings_dialog

        dialog = settings_dialog(
            self, lambda parent: print_security_document(parent, self.database))
        if dialog.exec():
            self.statusBar().showMessage(self.tr("Settings saved."), 5000)

    # --- misc --------------------------------------------------------------------------
    def undo_delete(self) -> None:
        """Undo the last delete of the page in view (or of the Families page)."""
        page = self.pages.currentWidget()
        undo = getattr(page, "undo_delete", None)
        families = self._pages_by_name.get("families")  # unbuilt: it deleted nothing
        if not ((undo and undo()) or (families is not None and page is not families and
                                      families.undo_delete())):
            self.statusBar().showMessage(self.tr("Nothing to undo."), 5000)

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Conservation Desk"),
                          self.tr("Conservation Desk {version}\nCommunity conservation "
                                  "agreements, training and coffee cooperative records.")
                          .format(version=__version__))


__all__ = ["MainWindow", "Qt"]
