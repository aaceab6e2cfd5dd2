"""A member's advances and account (issue 16 item 4): the dialog that records an advance, and
the account — every delivery, payment, advance and deduction with the running balance — with
the member's advances and what is still outstanding on each.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.i18n import language
from desktop.i18n.formatting import fmt_soles
from desktop.reports.member_statement import write_statement
from desktop.services import cooperative
from desktop.services.cooperative import ACCOUNT_FIELDS, ADVANCE_FIELDS, ADVANCE_INPUT_FIELDS
from desktop.services.cooperative.statement import member_account
from desktop.services.errors import ValidationError
from desktop.ui.cooperative.models import RowsModel
from desktop.ui.widgets.form_dialog import FormDialog, Section
from desktop.ui.widgets.layouts import hbox, vbox
from desktop.ui.widgets.tables import make_table

#: The advances' columns in the account window (the member is known there).
ADVANCE_COLUMNS = [f for f in ADVANCE_FIELDS if f.in_table and f.name != "member_code"]


def advance_dialog(parent: QWidget, database, membership_id: str, member: str) -> FormDialog:
    """The form that records one advance for a member (the service checks every value)."""

    def save(raw, _allow_duplicate):
        with database.session() as session:
            return cooperative.record_advance(session, membership_id, raw[""])

    values = {"": {"given_on": date.today(), "kind": cooperative.IN_KIND,
                   "rule": cooperative.NEXT_PAYMENT}}
    title = QCoreApplication.translate("MemberAccountDialog", "Advance to {member}").format(
        member=member)
    dialog = FormDialog(parent, title, [Section("", "", ADVANCE_INPUT_FIELDS)], values, save)
    dialog.setObjectName("advanceDialog")
    return dialog


class MemberAccountDialog(QDialog):
    """The member's account with its running balance, and their advances; advances are
    recorded and voided from here."""

    def __init__(self, parent: QWidget, database, membership_id: str, member: str):
        super().__init__(parent)
        self.setObjectName("memberAccount")
        self.database, self.membership_id, self.member = database, membership_id, member
        self.setWindowTitle(self.tr("Account of {member}").format(member=member))
        self.balance_label = QLabel(objectName="accountBalance")
        self.balance_label.setWordWrap(True)
        self.account = RowsModel(ACCOUNT_FIELDS, self)
        self.account_view = make_table(self.account)
        self.account_view.setObjectName("accountTable")
        self.advances_caption = QLabel(self.tr("Advances"))
        self.advances = RowsModel(ADVANCE_COLUMNS, self)
        self.advances_view = make_table(self.advances)
        self.advances_view.setObjectName("advanceTable")
        self.new_button = QPushButton(self.tr("Record an advance…"), objectName="newAdvance")
        self.void_button = QPushButton(self.tr("Void advance…"), objectName="voidAdvance")
        self.print_button = QPushButton(self.tr("Print statement…"), objectName="printStatement")
        self.print_button.clicked.connect(lambda: self.print_statement())
        self.new_button.clicked.connect(lambda: self.new_advance())
        self.void_button.clicked.connect(lambda: self.void_advance())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = vbox(self, self.balance_label, self.account_view, self.advances_caption,
                      self.advances_view, hbox(self.new_button, self.void_button, None, self.print_button),
                      buttons)
        layout.setStretchFactor(self.account_view, 3)
        layout.setStretchFactor(self.advances_view, 1)
        self.account_view.setMinimumHeight(220)
        self.advances_view.setMinimumHeight(110)
        self.resize(980, 640)  # fits a 1024 x 768 screen
        self.refresh()

    def print_statement(self, path: str | Path | None = None) -> Path | None:
        """The member's statement, all dates, as the PDF `print statement` writes (in the
        window's language), where the user chooses."""
        if path is None:
            suggested = Path.home() / f"{self.tr('statement')}-{self.member_code()}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Print statement…"),
                                                  str(suggested), self.tr("PDF (*.pdf)"))
            if not path:
                return None
        with self.database.session() as session:
            data = member_account(session, self.membership_id)
        try:
            return write_statement(data, Path(path).with_suffix(".pdf"), language())
        except OSError as error:
            QMessageBox.warning(self, self.tr("Print statement…"), str(error))
            return None

    def member_code(self) -> str:
        """The member's code, safe in a file name."""
        with self.database.session() as session:
            code = cooperative.get_membership(session, self.membership_id).member_code
        return "".join(c if c.isalnum() or c in "-_" else "_" for c in code)

    def refresh(self) -> None:
        with self.database.session() as session:
            account = member_account(session, self.membership_id)
            advances = cooperative.member_advances(session, self.membership_id)
            outstanding = cooperative.outstanding_balance(session, self.membership_id)
        self.account.set_records(account.movements)
        self.advances.set_records(advances)
        if account.movements:
            self.account_view.scrollToBottom()
        balance = account.closing
        text = self.tr("Owed to the member: {amount}").format(amount=fmt_soles(balance)) \
            if balance >= 0 else self.tr("The member owes the cooperative: {amount}").format(
                amount=fmt_soles(-balance))
        self.balance_label.setText(text + " · " + self.tr(
            "Advances not yet repaid: {amount}").format(amount=fmt_soles(outstanding)))
        self.void_button.setEnabled(bool(advances))

    def new_advance(self, dialog: FormDialog | None = None):
        """Open the advance form (or run the given one); the advance saved, or None."""
        dialog = dialog or advance_dialog(self, self.database, self.membership_id, self.member)
        saved = dialog.run()
        if saved is not None:
            self.refresh()
        return saved

    def void_advance(self, reason: str | None = None) -> bool:
        index = self.advances_view.currentIndex()
        if not index.isValid():
            return False
        row = self.advances.record(index.row())
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Void advance"),
                self.tr("Why is the advance of {day} voided?").format(
                    day=row.given_on.strftime("%d/%m/%Y")))
            if not ok:
                return False
        try:
            with self.database.session() as session:
                cooperative.void_advance(session, row.id, reason)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Void advance"), error.text())
            return False
        self.refresh()
        return True


__all__ = ["MemberAccountDialog", "advance_dialog"]
