"""The expected yields dialog (issue 16 item 8): the kilos per hectare a coffee plot gives of
each product, as the cooperative's default or for one community. A delivery that takes a
family's season above its coffee plots' area × this yield is flagged when it is recorded."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from desktop.i18n.labels import choices
from desktop.services import registry
from desktop.services.cooperative import EXPECTED_YIELD_FIELDS
from desktop.services.cooperative import expected_yields as yields
from desktop.services.errors import ValidationError
from desktop.ui.cooperative.models import RowsModel
from desktop.ui.widgets.layouts import hbox, vbox
from desktop.ui.widgets.tables import make_table


class ExpectedYieldsDialog(QDialog):
    """List, set and remove the cooperative's expected yields."""

    def __init__(self, parent, database, cooperative_id: str):
        super().__init__(parent)
        self.database, self.cooperative_id = database, cooperative_id
        self.setWindowTitle(self.tr("Expected yields"))
        self.explanation = QLabel(self.tr(
            "Kilos per hectare that a coffee plot gives in a season. A delivery that takes a "
            "family's year above its coffee plots' area × this yield is flagged. A community's "
            "yield wins over the cooperative's default."))
        self.explanation.setWordWrap(True)
        self.model = RowsModel(EXPECTED_YIELD_FIELDS, self)
        self.table = make_table(self.model)
        self.table.setObjectName("yieldsTable")
        self.product = QComboBox(objectName="yieldProduct")
        for code, text in choices("product"):
            self.product.addItem(text, code)
        self.community = QComboBox(objectName="yieldCommunity")
        self.community.addItem(self.tr("Every community (default)"), None)
        with database.session() as session:
            for community in registry.list_communities(session):
                self.community.addItem(community.name, community.id)
        self.kg_per_ha = QLineEdit(objectName="yieldKgPerHa")
        self.kg_per_ha.setPlaceholderText("800")
        self.save_button = QPushButton(self.tr("Save the yield"), objectName="saveYield")
        self.save_button.clicked.connect(lambda: self.save())
        self.remove_button = QPushButton(self.tr("Remove the selected yield"),
                                         objectName="removeYield")
        self.remove_button.clicked.connect(lambda: self.remove_selected())
        form = QFormLayout()
        titles = {f.name: f.title() for f in EXPECTED_YIELD_FIELDS}
        form.addRow(titles["product"], self.product)
        form.addRow(titles["community"], self.community)
        form.addRow(titles["kg_per_ha"], self.kg_per_ha)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        vbox(self, self.explanation, self.table, hbox(self.remove_button, None), form,
             hbox(None, self.save_button), buttons)
        self.resize(620, 520)
        self.refresh()

    def refresh(self) -> None:
        with self.database.session() as session:
            rows = yields.list_expected_yields(session, self.cooperative_id)
        default = self.tr("Every community (default)")
        self.model.set_records([row if row.community else yields.YieldRow(
            row.id, row.product, None, default, row.kg_per_ha) for row in rows])

    def save(self) -> bool:
        try:
            with self.database.session() as session:
                yields.set_expected_yield(session, self.cooperative_id,
                                          self.product.currentData(),
                                          self.community.currentData(), self.kg_per_ha.text())
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("Expected yields"), error.text())
            return False
        self.kg_per_ha.clear()
        self.refresh()
        return True

    def remove_selected(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid():
            return False
        with self.database.session() as session:
            yields.remove_expected_yield(session, self.model.records[index.row()].id)
        self.refresh()
        return True


__all__ = ["ExpectedYieldsDialog"]
