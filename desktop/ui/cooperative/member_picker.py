"""The weighing station's member box: a Lookup finds a member by code, name or DNI; the match
show the member's family, certifications, plots and the flags a delivery would get."""

from __future__ import annotations

from desktop.i18n.formatting import fmt_hectares
from desktop.services import cooperative
from desktop.ui.cooperative.models import parse_date


class MemberPicker:
    """Part of WeighingStation: the member (a Lookup, as everywhere) and the plot."""

    def member_chosen(self, match) -> None:
        """The lookup took a member (or was cleared): show it and move on to the plot."""
        self.membership = None
        self.member_info.clear()
        self.flag_label.clear()
        self.plot_combo.clear()
        if match is None:
            return
        with self.page.database.session() as session:
            self.membership = cooperative.member_row(session, match.id)
        self.errors["membership_id"].clear()
        self.show_member()
        self.load_plots()
        self.advance_from_member()

    def choose_member(self, only_if_single: bool = False) -> bool:
        """Take the best match of what was typed; say so beside the field if none. With
        `only_if_single`, take it only when it is the one member matching."""
        if self.membership is not None:
            return True
        typed = self.member_edit.text().strip()
        if only_if_single:
            found = self.member_edit.find(typed) if typed else []
            match = found[0] if len(found) == 1 else None
        else:
            match = self.member_edit.best()
        if match is None:
            if not only_if_single:
                self.errors["membership_id"].setText(
                    self.tr("No member matches “{text}”.").format(text=typed) if typed
                    else self.tr("Type the member's code, name or DNI."))
            return False
        self.member_edit.choose(match)  # announces it: member_chosen
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

