"""The Agreements area's actions on the selected agreement: its life cycle (new, edit, sign,
activate, suspend, end, renew, not renewed, renew a community) and printing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
)

from desktop.i18n import language
from desktop.services import agreements as ag
from desktop.services import registry
from desktop.services.agreement_fields import (
    AGREEMENT_FIELDS,
)
from desktop.services.errors import FieldError, NotFound, ValidationError
from desktop.ui.agreements.form_fields import COMMUNITY, DAYS, FAMILY_CODE, NOTE, REASON, SIGNED_ON
from desktop.ui.widgets.form_dialog import FormDialog, Section


class AgreementActions:
    """Part of AgreementsPage: what the buttons under the list do."""

    # --- helpers -----------------------------------------------------------------------
    def _call(self, action, message: str = "") -> bool:
        """Run a service call on the selected agreement; show a refusal as a message."""
        agreement_id = self.selected_id()
        if agreement_id is None:
            return False
        try:
            with self.database.session() as session:
                action(session, agreement_id)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Agreement"), error.text())
            return False
        self.refresh(agreement_id, message)
        return True

    def _form(self, title, fields, save, values=None, references=None) -> object | None:
        dialog = FormDialog(self, title, [Section("", "", fields)], {"": values or {}},
                            save, references)
        return dialog.result_object if dialog.exec() else None

    def _number(self) -> str:
        index = self.table.currentIndex()
        return self.model.rows[index.row()].number if index.isValid() else ""

    # --- life cycle --------------------------------------------------------------------
    def do_new(self, family_code: str | None = None) -> None:
        today = date.today()
        values = {"family_code": family_code or "",
                  "start_date": today, "end_date": date(today.year + 1, today.month, 1)}
        fields = [FAMILY_CODE, *AGREEMENT_FIELDS]

        def save(raw, _):
            with self.database.session() as session:
                try:
                    family = registry.family_by_code(session, (raw[""]["family_code"] or
                                                               "").strip())
                except NotFound:
                    raise ValidationError(FieldError("family_code", self.tr(
                        "There is no family with that code."))) from None
                rest = {k: v for k, v in raw[""].items() if k != "family_code"}
                return ag.create_agreement(session, family.id, rest)

        created = self._form(self.tr("New agreement"), fields, save, values)
        if created is not None:
            self.refresh(created.id, self.tr("Agreement {number} created as a draft.").format(
                number=created.number))

    def do_edit(self) -> None:
        agreement_id = self.selected_id()
        with self.database.session() as session:
            agreement = ag.get_agreement(session, agreement_id)
            values = {f.name: getattr(agreement, f.name) for f in AGREEMENT_FIELDS
                      if f.in_form}

        def save(raw, _):
            with self.database.session() as session:
                return ag.update_agreement(session, agreement_id, raw[""])

        if self._form(self.tr("Edit agreement"), AGREEMENT_FIELDS, save, values):
            self.refresh(agreement_id, self.tr("Saved."))

    def do_save_commitments(self) -> None:
        kinds, free = [], []
        for row in range(self.commitments.count()):
            item = self.commitments.item(row)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            code = item.data(Qt.ItemDataRole.UserRole)
            (kinds if code else free).append(code or item.text())
        if self.free_commitment.text().strip():
            free.append(self.free_commitment.text())
        if self._call(lambda s, i: ag.set_commitments(s, i, kinds, free),
                      self.tr("Commitments saved.")):
            self.free_commitment.clear()

    def do_sign(self) -> None:
        agreement_id = self.selected_id()

        def save(raw, _):
            with self.database.session() as session:
                return ag.sign(session, agreement_id, raw[""]["signed_on"])

        if self._form(self.tr("Sign agreement {number}").format(number=self._number()),
                      [SIGNED_ON], save, {"signed_on": date.today()}):
            self.refresh(agreement_id, self.tr("Agreement signed."))

    def do_activate(self) -> None:
        self._call(ag.activate, self.tr("Agreement active."))

    def do_suspend(self) -> None:
        if self._confirm(self.tr("Suspend agreement {number}?")):
            self._call(ag.suspend, self.tr("Agreement suspended."))

    def do_end(self) -> None:
        if self._confirm(self.tr("End agreement {number}? This cannot be undone.")):
            self._call(ag.end, self.tr("Agreement ended."))

    def do_delete(self) -> None:
        if self._confirm(self.tr("Delete draft {number}?")):
            self._call(ag.delete_draft, self.tr("Draft deleted."))

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Agreement"),
                                      question.format(number=self._number()))
        return answer == QMessageBox.StandardButton.Yes

    def do_renew(self) -> None:
        agreement_id = self.selected_id()
        try:
            with self.database.session() as session:
                renewal = ag.renew(session, agreement_id)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Agreement"), error.text())
            return
        self.refresh(renewal.id, self.tr("Renewal {number} created as a draft.").format(
            number=renewal.number))

    def do_not_renewed(self) -> None:

        def save(raw, _):
            with self.database.session() as session:
                return ag.mark_not_renewed(session, self.selected_id(), raw[""]["reason"],
                                           raw[""]["note"] or "")

        if self._form(self.tr("Not renewed"), [REASON, NOTE], save):
            self.refresh(message=self.tr("Saved."))

    def do_renew_community(self) -> None:
        with self.database.session() as session:
            options = [(c.id, c.name) for c in registry.list_communities(session)]

        def save(raw, _):
            with self.database.session() as session:
                return ag.renew_community(session, raw[""]["community_id"], raw[""]["days"])

        renewals = self._form(self.tr("Renew the agreements of a community"),
                              [COMMUNITY, DAYS], save, {"days": 60},
                              {"community_id": options})
        if renewals is not None:
            self.refresh(message=self.tr("{n} renewals created as drafts.").format(
                n=len(renewals)))

    # --- printing ----------------------------------------------------------------------
    def do_print(self) -> None:
        agreement_id = self.selected_id()
        number = self._number()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print agreement"),
                                              str(Path.home() / f"{number}.pdf"), "PDF (*.pdf)")
        if path:
            self.print_to(agreement_id, Path(path))

    def print_to(self, agreement_id: str, path: Path, lang: str | None = None) -> Path | None:
        from desktop.services.printing import print_agreement

        number = next((r.number for r in self.model.rows if r.id == agreement_id), None)
        if number is None:
            with self.database.session() as session:
                number = ag.get_agreement(session, agreement_id).number
        try:
            print_agreement(self.database, number, path, lang or language())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Print"), self.tr(
                "Cannot write {path}: {reason}").format(path=path,
                                                        reason=error.strerror or error))
            return None
        self.changed.emit(self.tr("Saved {path}.").format(path=path))
        return path

    def do_batch_print(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the agreements"),
                                                  str(Path.home()))
        if folder:
            self.batch_print_to(Path(folder))

    def batch_print_to(self, out: Path, one_file_per_agreement: bool = True,
                       lang: str | None = None) -> list[Path]:
        """Every agreement of the list's current filter, off the GUI thread, with Cancel."""
        from desktop.services import printing
        from desktop.ui.tasks import run_with_progress

        flt = self.current_filter()
        try:
            paths = run_with_progress(
                self, self.tr("Printing agreements…"),
                lambda progress: printing.print_agreements(
                    self.database, flt, out, lang or language(), one_file_per_agreement,
                    progress))
        except printing.Cancelled:
            self.changed.emit(self.tr("Printing cancelled."))
            return []
        except ValidationError as error:
            QMessageBox.information(self, self.tr("Print"), error.text())
            return []
        except OSError as error:
            QMessageBox.warning(self, self.tr("Print"), self.tr(
                "Cannot write {path}: {reason}").format(path=out,
                                                        reason=error.strerror or error))
            return []
        self.changed.emit(self.tr("{n} agreements printed to {folder}.").format(
            n=len(paths), folder=out))
        return paths
