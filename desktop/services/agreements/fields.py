"""The agreement area's fields (agreements, benefits, signatories, visits, consent, grievances,
the ledger): the only place they are declared."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.fields import BOOL, CHOICE, DATE, DECIMAL, INT, REF, Field

AGREEMENT_FIELDS = [
    Field("number", QT_TRANSLATE_NOOP("Fields", "Agreement number"), max_length=30, width=110,
          placeholder=QT_TRANSLATE_NOOP("Fields", "automatic"), key_column=True),
    Field("family_code", QT_TRANSLATE_NOOP("Fields", "Family code"), in_form=False, width=90),
    Field("head", QT_TRANSLATE_NOOP("Fields", "Head of family"), in_form=False, width=200,
          key_column=True),
    Field("community", QT_TRANSLATE_NOOP("Fields", "Community"), in_form=False, width=150,
          key_column=True),
    Field("status", QT_TRANSLATE_NOOP("Fields", "Status"), CHOICE, choices="agreement_status",
          in_form=False, width=90, key_column=True),
    Field("start_date", QT_TRANSLATE_NOOP("Fields", "Start date"), DATE, required=True,
          width=95),
    Field("end_date", QT_TRANSLATE_NOOP("Fields", "End date"), DATE, required=True, width=95,
          key_column=True),
    Field("forest_area_ha", QT_TRANSLATE_NOOP("Fields", "Forest area committed (ha)"), DECIMAL,
          places=2, width=90, placeholder=QT_TRANSLATE_NOOP("Fields", "automatic"), unit="ha"),
    Field("last_visit", QT_TRANSLATE_NOOP("Fields", "Last visit"), DATE, in_form=False,
          width=95),
    Field("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), multiline=True, in_table=False),
]

SIGNED_ON = Field("signed_on", QT_TRANSLATE_NOOP("Fields", "Signing date"), DATE)
#: Asked when signing an agreement that commits no forest (0 ha).
NO_FOREST_REASON = Field("no_forest_reason",
                         QT_TRANSLATE_NOOP("Fields", "Why it commits no forest"), multiline=True,
                         max_length=500, in_table=False)

BENEFIT_FIELDS = [
    Field("kind", QT_TRANSLATE_NOOP("Fields", "Benefit"), CHOICE, required=True,
          choices="benefit", width=190),
    Field("description", QT_TRANSLATE_NOOP("Fields", "Description"), max_length=300, width=160),
    Field("quantity", QT_TRANSLATE_NOOP("Fields", "Quantity"), DECIMAL, required=True,
          places=2, width=70),
    Field("unit", QT_TRANSLATE_NOOP("Fields", "Unit"), max_length=30, width=70),
    Field("estimated_value_pen", QT_TRANSLATE_NOOP("Fields", "Estimated value (S/)"), DECIMAL,
          places=2, width=90, unit="pen"),
    Field("delivered", QT_TRANSLATE_NOOP("Fields", "Delivered"), DECIMAL, places=2,
          in_form=False, width=70),
    Field("owed", QT_TRANSLATE_NOOP("Fields", "Still owed"), DECIMAL, places=2, in_form=False,
          width=70),
]

BENEFIT_DELIVERY_FIELDS = [
    Field("delivered_on", QT_TRANSLATE_NOOP("Fields", "Delivery date"), DATE, required=True),
    Field("quantity", QT_TRANSLATE_NOOP("Fields", "Quantity"), DECIMAL, required=True, places=2),
    Field("received_by_id", QT_TRANSLATE_NOOP("Fields", "Received by"), REF),
]

SIGNATORY_FIELDS = [
    Field("name", QT_TRANSLATE_NOOP("Fields", "Name"), required=True, max_length=200, width=200),
    Field("role", QT_TRANSLATE_NOOP("Fields", "Role"), CHOICE, required=True,
          choices="signatory_role", width=190),
    Field("dni", QT_TRANSLATE_NOOP("Fields", "DNI"), max_length=8, width=80),
    Field("uses_thumbprint", QT_TRANSLATE_NOOP("Fields", "Thumbprint"), BOOL, width=80),
]

VISIT_FIELDS = [
    Field("visited_on", QT_TRANSLATE_NOOP("Fields", "Visit date"), DATE, required=True, width=95),
    Field("inspector", QT_TRANSLATE_NOOP("Fields", "Inspector"), required=True, max_length=200,
          width=150),
    Field("result", QT_TRANSLATE_NOOP("Fields", "Result"), CHOICE, required=True,
          choices="visit_result", width=140),
    Field("forest_cleared_ha", QT_TRANSLATE_NOOP("Fields", "Forest cleared since last visit (ha)"),
          DECIMAL, places=2, width=90, unit="ha"),
    Field("consequence", QT_TRANSLATE_NOOP("Fields", "Consequence"), CHOICE,
          choices="consequence", width=160),
    Field("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), multiline=True, width=160),
    Field("follow_up", QT_TRANSLATE_NOOP("Fields", "Follow-up"), multiline=True, in_table=False),
]

CONSENT_FIELDS = [
    Field("informed_on", QT_TRANSLATE_NOOP("Fields", "Date the family was informed"), DATE,
          required=True),
    Field("language", QT_TRANSLATE_NOOP("Fields", "Language used"), required=True,
          max_length=40),
    Field("explained_by", QT_TRANSLATE_NOOP("Fields", "Explained by"), required=True,
          max_length=200),
    Field("copy_given", QT_TRANSLATE_NOOP("Fields", "Copy handed over"), BOOL),
    Field("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), multiline=True),
]

GRIEVANCE_FIELDS = [
    Field("raised_on", QT_TRANSLATE_NOOP("Fields", "Date raised"), DATE, required=True,
          width=95, key_column=True),
    Field("raised_by", QT_TRANSLATE_NOOP("Fields", "Raised by"), required=True, max_length=200,
          width=160, key_column=True),
    Field("subject", QT_TRANSLATE_NOOP("Fields", "About"), in_form=False, width=150,
          key_column=True),
    Field("description", QT_TRANSLATE_NOOP("Fields", "What was said"), multiline=True,
          required=True,
          width=200, key_column=True),
    Field("action_taken", QT_TRANSLATE_NOOP("Fields", "Action taken"), multiline=True, width=200),
    Field("closed_on", QT_TRANSLATE_NOOP("Fields", "Date closed"), DATE, width=95, key_column=True),
]

LEDGER_FIELDS = [
    Field("year", QT_TRANSLATE_NOOP("Fields", "Year"), INT, width=60),
    Field("agreement_numbers", QT_TRANSLATE_NOOP("Fields", "Agreements"), width=130),
    Field("commitments_text", QT_TRANSLATE_NOOP("Fields", "Commitments"), width=220),
    Field("visits_text", QT_TRANSLATE_NOOP("Fields", "Visits"), width=180),
    Field("planned_value_pen", QT_TRANSLATE_NOOP("Fields", "Benefits planned (S/)"), DECIMAL,
          places=2, width=110, unit="pen"),
    Field("delivered_value_pen", QT_TRANSLATE_NOOP("Fields", "Benefits delivered (S/)"),
          DECIMAL, places=2, width=110, unit="pen"),
]
