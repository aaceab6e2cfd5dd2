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
from desktop.services.agreements.fields import (
    AGREEMENT_FIELDS, NO_FOREST_REASON,
)
from desktop.services.errors import FieldError, NotFound, ValidationError, check
from desktop.services.fields import parse_values
from desktop.services.lookup import FAMILY as FAMILY_KIND
from desktop.ui.agreements.form_fields import COMMUNITY, DAYS, FAMILY, NOTE, REASON, SIGNED_ON
from desktop.ui.widgets.form_dialog import FormDialog, Section
from desktop.ui.widgets.lookup import Lookup
from desktop.ui.widgets.lookups import community_options
from desktop.ui.widgets.operations import AGREEMENTS, Operation


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

    def _form(self, title, fields, save, values=None, references=None, lookups=None,
              add_another: bool = False) -> object | None:
        """Run a form; the (last) record it saved, or None."""
        return FormDialog(self, title, [Section("", "", fields)], {"": values or {}},
                          save, references, lookups, add_another).run()

    def _number(self) -> str:
        index = self.table.currentIndex()
        return self.model.rows[index.row()].number if index.isValid() else ""

    # --- life cycle --------------------------------------------------------------------
    def do_new(self, family_id: str | None = None) -> None:
        """A draft for a family chosen with a lookup (or `family_id`, already chosen)."""
        today = date.today()
        values = {"family_id": family_id or None,
                  "start_date": today, "end_date": date(today.year + 1, today.month, 1)}
        fields = [FAMILY, *AGREEMENT_FIELDS]

        def save(raw, _):
            rest = dict(raw[""])
            chosen = rest.pop("family_id", None)
            try:
                if not chosen:
                    raise NotFound("family", "")
                with self.database.session() as session:
                    return ag.create_agreement(session, chosen, rest)
            except NotFound:
                raise ValidationError(FieldError("family_id", self.tr(
                    "Choose the family: type its code, a name or a DNI."))) from None

        created = self._form(self.tr("New agreement"), fields, save, values,
                             lookups={"family_id": lambda: Lookup(self.database, FAMILY_KIND)})
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
        """Sign the selected draft; one committing no forest (0 ha) also asks why."""
        agreement_id = self.selected_id()
        with self.database.session() as session:
            no_forest = not ag.get_agreement(session, agreement_id).forest_area_ha
        fields = [SIGNED_ON, NO_FOREST_REASON] if no_forest else [SIGNED_ON]

        def save(raw, _):
            with self.database.session() as session:
                return ag.sign(session, agreement_id, raw[""]["signed_on"],
                               raw[""].get("no_forest_reason") or "")

        if self._form(self.tr("Sign agreement {number}").format(number=self._number()),
                      fields, save, {"signed_on": date.today()}):
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

    def do_renew_community(self) -> Operation | None:
        """Ask for the community and the days, then renew its agreements off the GUI thread."""

        def check_form(raw, _):
            values, errors = parse_values([COMMUNITY, DAYS], raw[""])
            check(errors)
            return values

        values = self._form(self.tr("Renew the agreements of a community"), [COMMUNITY, DAYS],
                            check_form, {"days": 60},
                            {"community_id": community_options(self.database)})
        if values is None:
            return None
        return self.renew_community(values["community_id"], values["days"])

    def renew_community(self, community_id: str, days: int) -> Operation:
        database = self.database

        def job(progress):
            with database.session() as session:
                return len(ag.renew_community(session, community_id, days))

        def done(count: int) -> None:
            self.refresh(message=self.tr("{n} renewals created as drafts.").format(n=count))

        return Operation(self, job, changes={AGREEMENTS}) \
            .with_progress(self.tr("Renew the agreements of a community")) \
            .success(done).failure(self._failed_in_box(self.tr("Agreement"), None)) \
            .run_in_background()

    # --- printing ----------------------------------------------------------------------
    def do_print(self) -> None:
        agreement_id = self.selected_id()
        number = self._number()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print agreement"),
                                              str(Path.home() / f"{number}.pdf"), "PDF (*.pdf)")
        if path:
            self.print_to(agreement_id, Path(path))

    def _failed_in_box(self, title: str, path: Path | None):
        """A refusal (nothing to print) or a file that cannot be written, said in a box."""

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                QMessageBox.information(self, title, error.text())
            elif isinstance(error, OSError):
                QMessageBox.warning(self, self.tr("Print"), self.tr(
                    "Cannot write {path}: {reason}").format(
                    path=path or error.filename, reason=error.strerror or error))
            else:
                raise error

        return failed

    def print_to(self, agreement_id: str, path: Path, lang: str | None = None) -> Operation:
        """Write the agreement's PDF to `path`, off the GUI thread; the operation's result is
        the path."""
        from desktop.reports.printing import print_agreement

        number = next((r.number for r in self.model.rows if r.id == agreement_id), None)
        if number is None:
            with self.database.session() as session:
                number = ag.get_agreement(session, agreement_id).number
        database, lang = self.database, lang or language()

        def job(progress):
            print_agreement(database, number, path, lang)
            return path

        return Operation(self, job).with_progress(self.tr("Print agreement")) \
            .success(lambda _: self.changed.emit(self.tr("Saved {path}.").format(path=path))) \
            .failure(self._failed_in_box(self.tr("Print"), path)) \
            .run_in_background()

    def do_batch_print(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the agreements"),
                                                  str(Path.home()))
        if folder:
            self.batch_print_to(Path(folder))

    def batch_print_to(self, out: Path, one_file_per_agreement: bool = True,
                       lang: str | None = None) -> Operation:
        """Every agreement of the list's current filter, off the GUI thread, with Cancel; the
        operation's result is the list of files written."""
        from desktop.reports import printing

        flt, database, lang = self.current_filter(), self.database, lang or language()
        return Operation(self, lambda progress: printing.print_agreements(
            database, flt, out, lang, one_file_per_agreement, progress)) \
            .with_progress(self.tr("Printing agreements…")) \
            .success(lambda paths: self.changed.emit(
                self.tr("{n} agreements printed to {folder}.").format(n=len(paths), folder=out))) \
            .cancelled(lambda: self.changed.emit(self.tr("Printing cancelled."))) \
            .failure(self._failed_in_box(self.tr("Print"), out)) \
            .run_in_background()
