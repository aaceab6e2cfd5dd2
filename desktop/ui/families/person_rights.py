"""The rights of a person in the register (Ley 29733, ARCO), from the Families detail:
"Anonymise…" erases a member's data on request (cancellation). Kept apart from the page so
the page stays about families."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QPushButton

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
        self.buttons = [self.anonymise_button]

    def retranslate(self) -> None:
        self.anonymise_button.setText(self.tr("Anonymise…"))
        self.anonymise_button.setToolTip(self.tr(
            "Erase this person's names, DNI, birth date and phone on their request "
            "(Ley 29733). Administrators only; cannot be undone."))

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
