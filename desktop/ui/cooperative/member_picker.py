"""The weighing station's member and plot boxes, both the one Lookup: the member is found by
code, name or DNI; the match shows the member's family, certifications and the flags a
delivery would get. The plot is looked up among the member's family's plots: chosen at once
when there is one; with several, the list opens on them all and typing part of a plot's name
(accents ignored) narrows it, Enter takes it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.services import cooperative
from desktop.ui.cooperative.models import parse_date


#: The plot box before a member is chosen.
WAITING = QT_TRANSLATE_NOOP("Lookup", "After the member")


class MemberPicker:
    """Part of WeighingStation: the member and the plot (Lookups, as everywhere)."""

    def member_chosen(self, match) -> None:
        """The lookup took a member (or was cleared): show it and move on to the plot."""
        self.membership = None
        self.member_info.clear()
        self.flag_label.clear()
        self.forget_plot()
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
        """On to the plot when there is one to choose (its list open), else to the weight."""
        if self.plot_count > 1 and self.plot_edit.match() is None:
            self.plot_edit.setFocus()
            self.plot_edit.open_list()
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
        if not self.plot_count and self.membership is not None:
            text += " · " + self.tr("no plots registered")
        self.member_info.setText(text)

    def forget_plot(self) -> None:
        self.plot_count = 0
        self.plot_edit.setEnabled(False)
        self.plot_edit.set_scope()  # its placeholder: WAITING
        self.errors["plot_id"].clear()

    def load_plots(self) -> None:
        """Look plots up in the member's family; take the only one."""
        with self.page.database.session() as session:
            plots = cooperative.member_plots(session, self.membership.id)
        self.plot_count = len(plots)
        self.plot_edit.setEnabled(bool(plots))
        self.plot_edit.set_scope(family_id=self.membership.family_id)
        if len(plots) == 1:
            self.plot_edit.set_value(plots[0].id)
        self.show_member()
        self.update_flags()

    def plot_chosen(self, match) -> None:
        """A plot was taken (Enter, a click, or before saving): on to the product."""
        self.errors["plot_id"].clear()
        self.update_flags()
        if match is not None:
            self.product_combo.setFocus()

    def resolve_plot(self) -> bool:
        """Before saving: a plot's name typed but not taken is taken now; False (said beside
        the field) when no plot of the member matches it."""
        problem = self.plot_edit.resolve() if self.plot_edit.isEnabled() else None
        if problem:
            self.errors["plot_id"].setText(problem)
            self.plot_edit.setFocus()
        return problem is None

    def update_flags(self) -> None:
        if self.membership is None:
            self.flag_label.clear()
            return
        with self.page.database.session() as session:
            flags = cooperative.delivery_flags(session, self.membership.id,
                                               self.plot_edit.value(),
                                               parse_date(self.date_edit.text()))
        self.flag_label.setText(
            "⚠ " + cooperative.flags_text(",".join(flags)) if flags else "")
