"""The rights of a person in the register (Ley 29733, ARCO), from the Families detail:
"Consents…" keeps what a member agreed to for each purpose, "Print this person's data…"
answers a request of access, "Anonymise…" erases a member's data on request (cancellation). Kept apart from the page so the page stays about families."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from desktop.i18n import language
from desktop.services import people
from desktop.services.errors import ValidationError
from desktop.ui.widgets.operations import AGREEMENTS, FAMILIES, Operation


class PersonRights(QObject):
    """Buttons beside the members of the Families detail; `page` is the FamiliesPage."""

    def __init__(self, page):
        super().__init__(page)
        self.page = page
        self.anonymise_button = QPushButton(objectName="anonymiseMember")
        self.anonymise_button.clicked.connect(self.anonymise)
        self.print_button = QPushButton(objectName="printPersonData")
        self.print_button.clicked.connect(self.ask_where_to_print)
        self.consents_button = QPushButton(objectName="personConsents")
        self.consents_button.clicked.connect(self.show_consents)
        self.buttons = [self.consents_button, self.print_button, self.anonymise_button]

    def retranslate(self) -> None:
        self.consents_button.setText(self.tr("Consents…"))
        self.consents_button.setToolTip(self.tr(
            "What this person agreed to or refused: registration, photos, sharing their data "
            "with partners (Ley 29733)."))
        self.print_button.setText(self.tr("Print this person's data…"))
        self.print_button.setToolTip(self.tr(
            "Everything the register holds about this person, as a PDF to hand them when "
            "they ask for it (Ley 29733, right of access)."))
        self.anonymise_button.setText(self.tr("Anonymise…"))
        self.anonymise_button.setToolTip(self.tr(
            "Erase this person's names, DNI, birth date and phone on their request "
            "(Ley 29733). Administrators only; cannot be undone."))

    def show_consents(self):
        from desktop.ui.families.person_consents import PersonConsentsDialog

        page = self.page
        person = page.selected_record(page.members_view, page.members)
        if person is None:
            return None
        with page.database.session() as session:
            may_edit = people.allowed(session, "registry.edit")
        dialog = PersonConsentsDialog(page, page.database, person.id, person.full_name, may_edit)
        dialog.exec()
        return dialog

    def ask_where_to_print(self) -> Operation | None:
        page = self.page
        person = page.selected_record(page.members_view, page.members)
        if person is None:
            return None
        code = re.sub(r"[^A-Za-z0-9._-]+", "_", page.title.text().split(" ")[0]).strip("._")
        name = self.tr("personal-data") + f"-{code or 'person'}.pdf"
        path, _ = QFileDialog.getSaveFileName(page, self.tr("Print this person's data"),
                                              str(Path.home() / name), "PDF (*.pdf)")
        return self.print_data(person.id, Path(path)) if path else None

    def print_data(self, person_id: str, path: Path, lang: str | None = None) -> Operation:
        """Write the person's file to `path` off the GUI thread, then open it."""
        from desktop.reports.person_file import write_person_file

        page, lang = self.page, lang or language()
        database, title = page.database, self.tr("Print this person's data")

        def job(progress):
            with database.session() as session:
                data = people.person_file(session, person_id, lang)
            return write_person_file(data, path, lang)

        def failed(error: BaseException) -> None:
            if isinstance(error, OSError):
                QMessageBox.warning(page, title, self.tr("Cannot write {path}: {reason}").format(
                    path=path, reason=error.strerror or error))
            elif isinstance(error, (ValidationError, people.PermissionDenied)):
                QMessageBox.warning(page, title, error.text())
            else:
                raise error

        def printed(written: Path) -> None:
            page.changed.emit(self.tr("Saved {path}.").format(path=written))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        return Operation(page, job).with_progress(title).success(printed).failure(failed) \
            .run_in_background()

    def anonymise(self) -> Operation | None:
        """Asked twice; then the work (which compacts the file) runs off the GUI thread."""
        page = self.page
        person = page.selected_record(page.members_view, page.members)
        if person is None:
            return None
        title = self.tr("Anonymise a person")
        if people.is_anonymised(person):
            QMessageBox.information(page, title, self.tr("This person was already anonymised."))
            return None
        name = person.full_name
        first = QMessageBox.question(page, title, self.tr(
            "Anonymise {name} on their request?\n\nTheir names, DNI, birth date and phone are "
            "erased everywhere, also from the history. They stay counted as a member of the "
            "family, with their agreements, attendance and deliveries; the agreements they "
            "signed get a note. Backups taken before today still hold the data until they "
            "are thinned.").format(name=name))
        if first != QMessageBox.StandardButton.Yes:
            return None
        second = QMessageBox.warning(
            page, title, self.tr("This cannot be undone. Anonymise {name} now?").format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if second != QMessageBox.StandardButton.Yes:
            return None
        database, person_id = page.database, person.id

        def job(progress):
            with database.session() as session:
                people.anonymise_person(session, person_id)

        def failed(error: BaseException) -> None:
            if not isinstance(error, (ValidationError, people.PermissionDenied)):
                raise error
            QMessageBox.warning(page, title, error.text())

        return Operation(page, job, changes={FAMILIES, AGREEMENTS}) \
            .with_progress(self.tr("Anonymising and compacting the database…")) \
            .success(lambda _: page.refresh(message=self.tr("The person was anonymised."))) \
            .failure(failed) \
            .run_in_background()
