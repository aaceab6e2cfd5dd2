"""A delivery's history (issue 14 item 3: a record's history): deliveries have no detail
view, so the Deliveries tab opens the audit of the selected receipt — recorded, corrected,
reprinted, paid, voided — in a dialog, for a role that may read the audit."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.ui.widgets.record_history import RecordHistory


class DeliveryHistory(QDialog):
    def __init__(self, parent: QWidget, database, delivery_id: str, receipt: str):
        super().__init__(parent)
        self.setObjectName("deliveryHistory")
        self.setWindowTitle(self.tr("History of receipt {receipt}").format(receipt=receipt))
        self.history = RecordHistory(self, "deliveryHistoryTable")
        with database.session() as session:
            self.allowed = self.history.fill(session, delivery_id)
        note = QLabel(self.tr("Newest first: who recorded, corrected, reprinted, paid or "
                              "voided this receipt, and from which office."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.history.view)
        layout.addWidget(buttons)
        self.resize(900, 420)
