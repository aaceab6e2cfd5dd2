"""The weighing station's member box: find a member by code, name or DNI, take the match,
show the member's family, certifications, plots and the flags a delivery would get."""

from __future__ import annotations

from PySide6.QtWidgets import QListWidgetItem

from desktop.i18n.formatting import fmt_hectares
from desktop.services import cooperative
from desktop.ui.cooperative.models import MEMBER_MATCHES, parse_date
from desktop.ui.widgets.lazy_table_model import ID_ROLE


class MemberPicker:
    """Part of WeighingStation: the member and the plot."""

    def search_member(self, text: str) -> None:
        self.membership = None
        self.member_info.clear()
        self.flag_label.clear()
        self.plot_combo.clear()
        self.matches.clear()
        coop = self.page.cooperative_id
        if not text.strip() or not coop:
            self.matches.hide()
            return
        with self.page.database.session() as session:
            rows = cooperative.search_members(session, coop, text, limit=MEMBER_MATCHES)
        for row in rows:
            item = QListWidgetItem(row.display())
            item.setData(ID_ROLE, row)
            self.matches.addItem(item)
        self.matches.setVisible(bool(rows))
        if rows:
            self.matches.setCurrentRow(0)
            row_height = self.matches.sizeHintForRow(0)
            self.matches.setFixedHeight(row_height * len(rows) + 2 * self.matches.frameWidth())

    def choose_member(self, row: cooperative.MemberRow | None = None) -> bool:
        """Take the highlighted match (or the given one); say so beside the field if none."""
        if row is None:
            if not self.matches.count() and self.member_edit.text().strip():
                self.search_member(self.member_edit.text())
            item = self.matches.currentItem() or (self.matches.item(0)
                                                  if self.matches.count() else None)
            row = item.data(ID_ROLE) if item is not None else None
        if row is None:
            text = self.member_edit.text().strip()
            self.errors["membership_id"].setText(
                self.tr("No member matches “{text}”.").format(text=text) if text
                else self.tr("Type the member's code, name or DNI."))
            return False
        self.membership = row
        self.member_edit.setText(row.display())
        self.member_edit.setCursorPosition(0)
        self.matches.clear()
        self.matches.hide()
        self.errors["membership_id"].clear()
        self.show_member()
        self.load_plots()
        self.advance_from_member()
        return True

    def advance_from_member(self) -> None:
        if self.plot_combo.count() > 1 and self.plot_combo.currentData() is None:
            self.plot_combo.setFocus()
        else:
            self.gross_edit.setFocus()
            self.gross_edit.selectAll()

    def show_member(self) -> None:
        row = self.membership
        certifications = ", ".join(cooperative.domain_label("certification", k)
                                   for k in row.certifications)
        text = self.tr("Family {family}").format(family=row.family_code)
        if certifications:
            text += " · " + certifications
        self.member_info.setText(text)

    def load_plots(self) -> None:
        self.plot_combo.blockSignals(True)
        self.plot_combo.clear()
        with self.page.database.session() as session:
            plots = cooperative.member_plots(session, self.membership.id)
        if len(plots) > 1:
            self.plot_combo.addItem(self.tr("— choose the plot —"), None)
        for plot in plots:
            self.plot_combo.addItem(f"{plot.name} ({fmt_hectares(plot.area_ha)} ha)", plot.id)
        if not plots:
            self.plot_combo.addItem(self.tr("(no plots registered)"), None)
        self.plot_combo.setCurrentIndex(0)
        self.plot_combo.blockSignals(False)
        self.update_flags()

    def update_flags(self) -> None:
        if self.membership is None:
            self.flag_label.clear()
            return
        with self.page.database.session() as session:
            flags = cooperative.delivery_flags(session, self.membership.id,
                                               self.plot_combo.currentData(),
                                               parse_date(self.date_edit.text()))
        self.flag_label.setText(
            "⚠ " + cooperative.flags_text(",".join(flags)) if flags else "")

