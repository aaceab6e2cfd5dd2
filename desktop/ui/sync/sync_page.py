"""The Sync area: the exchange with the centre (desktop.services.sync) from the window.

Over the network: the centre's address, Sync now (through the operation helper: off the GUI
thread, progress, Cancel), when this laptop last synced and how many changes wait. By USB
stick: Export changes… and Import changes… (the centre's reply written where the person
says). And the conflicts waiting here, each decided field by field (ConflictDialog).
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog, QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton,
)

from desktop.i18n.formatting import fmt_datetime
from desktop.services import sync
from desktop.services.sync import network, scope
from desktop.services.sync import duplicates, fields as sync_fields
from desktop.ui.sync.conflict_dialog import ConflictDialog
from desktop.ui.widgets.empty_hint import empty_hint
from desktop.ui.widgets.layouts import hbox, vbox
from desktop.ui.widgets.operations import ALL_ENTITIES, CHANGES, Operation
from desktop.ui.widgets.page import Page
from desktop.ui.widgets.style import TITLE_STYLE
from desktop.ui.widgets.tables import make_table
from desktop.ui.widgets.text_table_model import TextTableModel

PACKAGES = "*.cdsync"


def suggested(name: str) -> str:
    """A package's suggested file: in the home folder (not wherever the program started),
    named in the language and dated, so a week of packages on a USB stick stay apart."""
    return str(Path.home() / f"{name}-{date.today().isoformat()}.cdsync")


def told(error: BaseException) -> str | None:
    """The one line of a failure the person can act on (None for a bug)."""
    text = getattr(error, "text", None)
    return text() if callable(text) else None


class SyncPage(Page):
    shows = ALL_ENTITIES  # any change may be one more waiting to be sent

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.conflicts: list = []
        self.heading = QLabel(objectName="syncHeading")
        self.heading.setStyleSheet(TITLE_STYLE)
        self.address_label = QLabel()
        self.address = QLineEdit(objectName="centralAddress")
        self.address.setPlaceholderText("postgresql://oficina@servidor/conservacion")
        self.sync_button = QPushButton(objectName="syncNow")
        self.sync_button.clicked.connect(self.sync_now)
        # A new laptop may hold only some communities (chosen at its first sync, kept after)
        self.communities_label = QLabel()
        self.communities = QLineEdit(objectName="syncCommunities")
        self.communities_label.setBuddy(self.communities)
        self.state_label = QLabel(objectName="syncState", wordWrap=True)
        self.usb_label = QLabel(wordWrap=True)
        self.export_button = QPushButton(objectName="exportChanges")
        self.export_button.clicked.connect(self.export_changes)
        self.import_button = QPushButton(objectName="importChanges")
        self.import_button.clicked.connect(self.import_changes)
        self.conflicts_label = QLabel(objectName="conflictsHeading")
        self.model = TextTableModel(self)
        self.table = make_table(self.model)
        self.empty = empty_hint(self.table, lambda: (
            self.tr("No conflicts. When this office and another change the same field of a "
                    "record, the change waits here for a person to choose."), "", None))
        self.table.setObjectName("conflictsTable")
        self.table.doubleClicked.connect(lambda _: self.decide())
        self.decide_button = QPushButton(objectName="decideConflict")
        self.decide_button.clicked.connect(self.decide)
        vbox(self, self.heading, hbox(self.address_label, self.address, self.sync_button),
             hbox(self.communities_label, self.communities), self.state_label, self.usb_label, hbox(self.export_button, self.import_button,
                                                    None),
             self.conflicts_label, self.table, hbox(self.decide_button, None))
        with database.session() as session:
            self.address.setText(sync.status(session).central)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sync with the centre"))
        self.address_label.setText(self.tr("Centre's address:"))
        self.sync_button.setText(self.tr("Sync now"))
        self.communities_label.setText(self.tr("Only these communities:"))
        self.communities.setPlaceholderText(self.tr(
            "all of them (or names separated by commas: the first sync only)"))
        self.usb_label.setText(self.tr(
            "Without a network: export this laptop's changes to a USB stick, import them on "
            "the centre (which writes its reply), then import the reply here."))
        self.export_button.setText(self.tr("Export changes…"))
        self.import_button.setText(self.tr("Import changes…"))
        self.decide_button.setText(self.tr("Decide…"))
        self.refresh()

    def refresh(self, *_args, **_kwargs) -> None:
        with self.database.session() as session:
            status = sync.status(session)
            pending = sync.pending(session)
            self.conflicts = sync.list_conflicts(session)
            held_names = ", ".join(scope.held_names(session))
        # chosen once, before the first sync; afterwards it shows what this laptop holds
        first = not status.synced_at and status.role != "centre"
        self.communities.setEnabled(first)
        self.communities_label.setVisible(status.role != "centre")
        self.communities.setVisible(status.role != "centre")
        if not first:
            self.communities.setText(held_names)
            self.communities.setPlaceholderText(self.tr("all of them"))
        lines = [self.tr("Last sync: {when}, with {centre}.").format(
            when=fmt_datetime(datetime.fromisoformat(status.synced_at)),
            centre=status.central or self.tr("a USB package"))
            if status.synced_at else self.tr("This database has not synced yet.")]
        if status.role != "centre":
            lines.append(self.tr("Changes not synced yet: {n}.").format(n=pending))
        if held_names:
            lines.append(self.tr("This laptop holds only these communities: {names}.").format(
                names=held_names))
        if status.waiting_at_centre:
            lines.append(self.tr("{n} of this laptop's changes wait as conflicts at the "
                                 "centre, for a person there to decide.").format(
                n=status.waiting_at_centre))
        self.state_label.setText("\n".join(lines))
        self.conflicts_label.setText(self.tr("Conflicts waiting for a person here: {n}")
                                     .format(n=len(self.conflicts)))
        self.model.set_content(
            [self.tr("Record"), self.tr("Changed at"), self.tr("By"), self.tr("Fields")],
            [[c.title, c.office, c.their_user,
              ", ".join(sync_fields.title(c.table, f[0]) for f in c.fields)]
             for c in self.conflicts], marked=range(len(self.conflicts)))
        self.decide_button.setEnabled(bool(self.conflicts))

    # --- the work ---------------------------------------------------------------------
    def _run(self, job, label: str, done) -> Operation:
        def failed(error: BaseException) -> None:
            line = told(error)
            if line is None:
                raise error
            QMessageBox.warning(self, self.tr("Sync"), line)
            self.refresh()

        def succeeded(result) -> None:
            self.refresh()
            CHANGES.announce(ALL_ENTITIES, self)
            done(result)

        return Operation(self, job, changes=()).with_progress(label).success(succeeded) \
            .failure(failed).cancelled(lambda: (self.changed.emit(self.tr(
                "Sync cancelled; what was done before stays, run it again to finish.")),
                self.refresh())).run_in_background()

    def sync_now(self) -> Operation | None:
        address = self.address.text().strip()
        if not address:
            QMessageBox.information(self, self.tr("Sync"), self.tr(
                "Type the centre's address first (ask the office for it)."))
            return None
        database = self.database
        names = [n.strip() for n in self.communities.text().split(",") if n.strip()] \
            if self.communities.isEnabled() else []

        def job(progress):
            centre = network.open_centre(address)
            try:
                with database.session() as here, centre.session() as there:
                    return network.synchronise(here, there, progress=progress,
                                               communities=names or None)
            finally:
                centre.close()

        def done(exchange) -> None:
            self.changed.emit(self.tr("Synced: {sent} rows sent, {received} received.").format(
                sent=exchange.sent, received=exchange.received))

        return self._run(job, self.tr("Syncing with the centre…"), done)

    def export_changes(self) -> Operation | None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export changes"), suggested(
            self.tr("changes")), PACKAGES)
        if not path:
            return None
        return self.export_to(path)

    def export_to(self, path: str) -> Operation:
        database = self.database

        def job(progress):
            with database.session() as session:
                package = sync.export_changes(session)
            return sync.write_package(package, path), len(package.rows)

        return self._run(job, self.tr("Writing the package…"), lambda result: self.changed.emit(
            self.tr("{n} changed rows written to {path}.").format(n=result[1], path=result[0])))

    def import_changes(self) -> Operation | None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import changes"),
                                              str(Path.home()), PACKAGES)
        if not path:
            return None
        return self.import_from(path)

    def import_from(self, path: str, reply_path: str | None = None) -> Operation:
        """Take in the package at `path`; on the centre, its reply is written to
        `reply_path` (asked for when not given)."""
        database = self.database

        def job(progress):
            package = sync.read_package(path, sync.state.revision())
            with database.session() as session:
                return sync.import_package(session, package)

        def done(result) -> None:
            self.changed.emit(self.tr(
                "Package taken in: {applied} rows applied, {conflicts} new conflicts.")
                .format(applied=result.applied, conflicts=result.conflicts))
            if result.reply is not None:
                self.save_reply(result.reply, reply_path)

        return self._run(job, self.tr("Taking in the package…"), done)

    def save_reply(self, reply, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the reply for the laptop"),
                                                  suggested(self.tr("reply")), PACKAGES)
        if path:
            self._run(lambda progress: sync.write_package(reply, path),
                      self.tr("Writing the reply…"), lambda written: self.changed.emit(
                          self.tr("Reply for the laptop written to {path}.").format(
                              path=written)))

    # --- conflicts --------------------------------------------------------------------
    def decide(self, choose=None) -> bool:
        """Decide the selected conflict in ConflictDialog (`choose(dialog)` stands in for
        the person in tests); True when it was decided."""
        index = self.table.currentIndex()
        row = index.row() if index.isValid() else 0
        if not self.conflicts:
            return False
        conflict = self.conflicts[row]
        dialog = ConflictDialog(conflict, self)
        if choose is not None:
            choose(dialog)
        elif dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            with self.database.session() as session:
                if dialog.merging:
                    duplicates.merge(session, conflict.id)
                else:
                    sync.resolve(session, conflict.id, dialog.choices())
        except Exception as error:  # noqa: BLE001 - a known failure is told, a bug raised
            line = told(error)
            if line is None:
                raise
            QMessageBox.warning(self, self.tr("Sync"), line)
            return False
        self.refresh()
        CHANGES.announce(ALL_ENTITIES, self)
        self.changed.emit(self.tr("The two members are one now; every record of both stays.")
                          if dialog.merging else
                          self.tr("Conflict decided; the result is a new edit of the record."))
        return True
