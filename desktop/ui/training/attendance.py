"""The Training area's attendance, taken from a filled paper sheet: type part of a name or DNI
in the lookup and press Enter; tick members of a community or family; type the name of someone not
registered and press Enter. And the sign-in sheet to print before the session."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.services import training
from desktop.services.errors import NotFound, ValidationError
from desktop.ui.training.pick_members_dialog import PickMembersDialog
from desktop.ui.widgets.operations import Operation
from desktop.ui.widgets.style import ERROR_STYLE, OK_STYLE


class Attendance:
    """Part of TrainingPage: the selected session's attendance and its sign-in sheet."""

    def say(self, text: str, ok: bool = True) -> None:
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.setText(text)

    def eventFilter(self, watched, event):
        """Enter in the lookup (its popup closed) adds the person chosen or best matching."""
        if watched is self.member_search and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.add_selected_match()
            return True
        return super().eventFilter(watched, event)

    def attending_note(self, match) -> str:
        """The lookup's word for a person already on the selected session's list."""
        return self.tr("already on the list") if match.id in self.present_ids else ""

    def member_chosen(self, match) -> None:
        """A person taken in the lookup (Enter or a click in its popup) goes on the list."""
        if match is not None and self.add_members([match.id]):
            self.member_search.set_value(None)
        self.member_search.setFocus()

    def add_selected_match(self) -> None:
        """Enter in the box: add the person chosen, or the best match of what was typed."""
        typed = self.member_search.text().strip()
        match = self.member_search.match() or self.member_search.best()
        if match is None:
            if typed:
                self.say(self.tr("No registered member matches “{text}”. Check the spelling, "
                                 "or add the person below as not registered.").format(
                    text=typed), ok=False)
            return
        if self.member_search.match() is None:
            self.member_search.choose(match)  # announces it: member_chosen adds it
        else:
            self.member_chosen(match)

    def add_members(self, person_ids: list[str]) -> bool:
        session_id = self.selected_id()
        if session_id is None or not person_ids:
            return False
        try:
            with self.database.session() as session:
                rows = training.add_members(session, session_id, person_ids)
                names = [r.name for r in rows]
        except ValidationError as error:
            self.say(error.text(), ok=False)
            return False
        except NotFound:
            self.say(self.tr("That member no longer exists."), ok=False)
            return False
        text = (self.tr("{name} added.").format(name=names[0]) if len(names) == 1 else
                self.tr("{n} members added.").format(n=len(names)))
        self.after_attendance_change(text)
        return True

    def pick_members(self, family_id: str | None = None) -> None:
        session_id = self.selected_id()
        if session_id is None:
            return
        with self.database.session() as session:
            community_id = training.get_session(session, session_id).community_id
        dialog = PickMembersDialog(self, self.database, session_id,
                                   community_id or self.community.currentData())
        if family_id:
            dialog.load(family_id)
        if dialog.exec():
            self.add_members(dialog.checked_ids())
        dialog.deleteLater()

    def add_guest(self) -> None:
        session_id = self.selected_id()
        if session_id is None:
            return
        raw = {"name": self.guest_name.text(), "sex": self.guest_sex.currentData(),
               "age_band": self.guest_age.currentData()}
        try:
            with self.database.session() as session:
                row = training.add_guest(session, session_id, raw)
        except ValidationError as error:
            self.say(error.text(), ok=False)
            return
        self.guest_name.clear()  # sex and age band stay: pupils often come in a row
        self.guest_name.setFocus()
        self.after_attendance_change(self.tr("{name} added.").format(name=row.name))

    def remove_selected(self) -> None:
        index = self.attendance_view.currentIndex()
        if not index.isValid():
            self.say(self.tr("Choose a line of the attendance list first."), ok=False)
            return
        row = self.attendance.record(index.row())
        with self.database.session() as session:
            training.remove_attendance(session, row.id)
        self.after_attendance_change(self.tr("{name} removed from the list.").format(
            name=row.name))

    def after_attendance_change(self, text: str) -> None:
        self.refresh()
        self.say(text)
        self.attendance_view.scrollToBottom()
        self.changed.emit(text)

    # --- the sign-in sheet -----------------------------------------------------------------
    def print_sheet(self, path: str | None = None, lang: str | None = None) -> Operation | None:
        """Write the selected session's sign-in sheet (asking where when `path` is None), off
        the GUI thread; the operation's result is the file written."""
        session_id = self.selected_id()
        if session_id is None:
            return None
        lang = lang or self.sheet_language.currentData()
        with self.database.session() as session:
            t = training.get_session(session, session_id)
            name = re.sub(r"[^\w\- ]+", "", f"{t.held_on.isoformat()} {t.topic}").strip()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the sign-in sheet"), str(Path.home() / f"{name}.pdf"),
                self.tr("PDF documents (*.pdf)"))
            if not path:
                return None
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        from desktop.reports.attendance_sheet import write_attendance_sheet

        database = self.database

        def job(progress):
            with database.session() as session:
                return write_attendance_sheet(session, session_id, path, lang)

        def failed(error: BaseException) -> None:
            if not isinstance(error, OSError):
                raise error
            QMessageBox.warning(self, self.tr("Print sign-in sheet"), self.tr(
                "The sheet could not be written to {path}: {reason}").format(
                path=path, reason=error.strerror or error))

        return Operation(self, job).with_progress(self.tr("Print sign-in sheet")) \
            .success(lambda written: self.changed.emit(
                self.tr("Sign-in sheet saved to {path}.").format(path=written))) \
            .failure(failed).run_in_background()
