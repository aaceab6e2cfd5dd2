"""The Agreements area's records inside an agreement: benefits and their deliveries,
signatories, compliance visits and consent."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QMessageBox,
)

from desktop.i18n import language
from desktop.i18n.labels import label
from desktop.services import agreements as ag
from desktop.services.agreements.fields import (
    BENEFIT_DELIVERY_FIELDS,
    BENEFIT_FIELDS,
    CONSENT_FIELDS,
    SIGNATORY_FIELDS,
    VISIT_FIELDS,
)
from desktop.services.lookup import PERSON
from desktop.ui.agreements.form_fields import MEMBER
from desktop.ui.widgets.lookup import Lookup


class AgreementRecords:
    """Part of AgreementsPage: the buttons of the detail's tabs."""

    # --- benefits, signatories, visits, consent ------------------------------------------
    def do_add_benefit(self) -> None:
        agreement_id = self.selected_id()

        def save(raw, _):
            with self.database.session() as session:
                return ag.add_benefit(session, agreement_id, raw[""])

        if self._form(self.tr("New benefit"), BENEFIT_FIELDS, save, {"quantity": "1"},
                      add_another=True):
            self.refresh(message=self.tr("Saved."))

    def do_remove_benefit(self) -> None:
        line = self.selected_record(self.benefits_view, self.benefits)
        if line is not None:
            self._call(lambda s, _: ag.remove_benefit(s, line.benefit_id), self.tr("Removed."))

    def do_deliver_benefit(self) -> None:
        line = self.selected_record(self.benefits_view, self.benefits)
        if line is None:
            QMessageBox.information(self, self.tr("Record delivery"),
                                    self.tr("Choose a benefit in the list first."))
            return
        with self.database.session() as session:
            family = ag.get_agreement(session, self.selected_id()).family
            family_id, members = family.id, [m.id for m in family.living_members]

        def save(raw, _):
            with self.database.session() as session:
                return ag.record_benefit_delivery(session, line.benefit_id, raw[""])

        values = {"delivered_on": date.today(), "quantity": str(line.owed or line.quantity),
                  "received_by_id": members[0] if members else None}
        if self._form(self.tr("Record delivery"), BENEFIT_DELIVERY_FIELDS, save, values,
                      lookups={"received_by_id": lambda: self.member_lookup(family_id)}):
            self.refresh(message=self.tr("Delivery recorded."))

    def do_add_signatory(self) -> None:
        agreement_id = self.selected_id()
        with self.database.session() as session:
            agreement = ag.get_agreement(session, agreement_id)
            family_id = agreement.family_id
            signing = {s.person_id for s in ag.living(agreement.signatories) if s.person_id}

        def save(raw, _):
            values = dict(raw[""])
            person_id = values.pop("person_id", None)
            if person_id:  # a member signs with the register's name, DNI, role (head or
                values = {}  # member) and way of signing; the fields are for anyone else
            with self.database.session() as session:
                return ag.add_signatory(session, agreement_id, values, person_id)

        def member_lookup() -> Lookup:
            lookup = self.member_lookup(family_id)
            lookup.model.note = lambda match: self.tr("already signs") \
                if match.id in signing else ""
            return lookup

        if self._form(self.tr("New signatory"), [MEMBER, *SIGNATORY_FIELDS], save, {},
                      lookups={"person_id": member_lookup}):
            self.refresh(message=self.tr("Saved."))

    def member_lookup(self, family_id: str) -> Lookup:
        """A field to choose one of the family's members: Down lists them all, typing part
        of a name or a DNI narrows them."""
        lookup = Lookup(self.database, PERSON, family_id=family_id)
        lookup.setMinimumWidth(260)
        return lookup

    def do_remove_signatory(self) -> None:
        signatory = self.selected_record(self.signatories_view, self.signatories)
        if signatory is not None:
            self._call(lambda s, _: ag.remove_signatory(s, signatory.id), self.tr("Removed."))

    def do_record_visit(self) -> None:
        agreement_id = self.selected_id()

        def save(raw, _):
            with self.database.session() as session:
                return ag.record_visit(session, agreement_id, raw[""])

        if self._form(self.tr("Compliance visit"), VISIT_FIELDS, save,
                      {"visited_on": date.today(), "result": "compliant"}):
            self.refresh(agreement_id, self.tr("Visit recorded."))

    def do_record_consent(self) -> None:
        agreement_id = self.selected_id()

        def save(raw, _):
            with self.database.session() as session:
                return ag.record_consent(session, agreement_id, raw[""])

        if self._form(self.tr("Consent"), CONSENT_FIELDS, save,
                      {"informed_on": date.today(), "language": label("yes_no", True) and
                       ("Español" if language() == "es" else "Spanish")}):
            self.refresh(agreement_id, self.tr("Consent recorded."))



class BenefitView:
    """A benefit line with the attribute names BENEFIT_FIELDS expects."""

    def __init__(self, line: ag.BenefitLine):
        self.line = line
        self.benefit_id = line.benefit_id
        self.kind, self.description, self.unit = line.kind, line.description, line.unit
        self.quantity, self.delivered, self.owed = line.quantity, line.delivered, line.owed
        self.estimated_value_pen = line.estimated_value_pen

    @classmethod
    def wrap(cls, lines):
        return [cls(line) for line in lines]
