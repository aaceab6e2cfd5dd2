"""The people area's fields, declared once: the audit's columns, users, incidents, consents."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.fields import BOOL, CHOICE, DATE, INT, Field

AUDIT_FIELDS = [
    Field("at", QT_TRANSLATE_NOOP("Fields", "When"), width=130, in_form=False),
    Field("user", QT_TRANSLATE_NOOP("Fields", "Who"), width=130, in_form=False),
    Field("action", QT_TRANSLATE_NOOP("Fields", "What was done"), width=90, in_form=False),
    Field("entity", QT_TRANSLATE_NOOP("Fields", "Record"), width=130, in_form=False),
    Field("changes", QT_TRANSLATE_NOOP("Fields", "Changes"), width=420, in_form=False,
          multiline=True),
    Field("reason", QT_TRANSLATE_NOOP("Fields", "Reason given"), width=200, in_form=False,
          multiline=True),
    # Added after the first columns, so an export read by position keeps its columns.
    Field("workstation", QT_TRANSLATE_NOOP("Fields", "Office or laptop"), width=80,
          in_form=False),
]

#: A user as the audit names their fields (passwords are never audited).
USER_FIELDS = [
    Field("name", QT_TRANSLATE_NOOP("Fields", "User name"), max_length=60),
    Field("role", QT_TRANSLATE_NOOP("Fields", "Role"), choices="role"),
    Field("disabled_at", QT_TRANSLATE_NOOP("Fields", "Disabled on")),
]

#: A security incident: the incident log's form, its list and the security document read it.
INCIDENT_FIELDS = [
    Field("happened_on", QT_TRANSLATE_NOOP("Fields", "Happened on"), DATE, required=True,
          width=95, key_column=True),
    Field("noticed_on", QT_TRANSLATE_NOOP("Fields", "Learnt of it on"), DATE, required=True,
          width=95),
    Field("what", QT_TRANSLATE_NOOP("Fields", "What happened"), required=True,
          max_length=4000, width=320, multiline=True, key_column=True,
          placeholder=QT_TRANSLATE_NOOP("Fields", "A laptop lost in the field, a USB stick "
                                        "with a backup missing…")),
    Field("people_affected", QT_TRANSLATE_NOOP("Fields", "People affected"), INT, width=80,
          key_column=True),
    Field("measures", QT_TRANSLATE_NOOP("Fields", "Measures taken"), max_length=4000,
          multiline=True, in_table=False),
    Field("due_on", QT_TRANSLATE_NOOP("Fields", "Report to the authority by"), DATE,
          in_form=False, width=110, key_column=True),
    Field("authority_notified_on", QT_TRANSLATE_NOOP("Fields", "Reported to the authority on"),
          DATE, width=110, key_column=True),
    Field("people_notified", QT_TRANSLATE_NOOP("Fields", "People affected told"), BOOL,
          width=90),
    Field("recorded_by", QT_TRANSLATE_NOOP("Fields", "Recorded by"), in_form=False, width=120),
]

#: A person's consent for one purpose (Ley 29733): its form, its list, the person's file.
PERSON_CONSENT_FIELDS = [
    Field("purpose", QT_TRANSLATE_NOOP("Fields", "Purpose"), CHOICE, required=True,
          choices="consent_purpose", width=200, key_column=True),
    Field("answer", QT_TRANSLATE_NOOP("Fields", "Answer"), CHOICE, required=True,
          choices="consent_answer", width=130, key_column=True),
    Field("informed_on", QT_TRANSLATE_NOOP("Fields", "Date explained"), DATE, required=True,
          width=95, key_column=True),
    Field("explained_by", QT_TRANSLATE_NOOP("Fields", "Explained by"), required=True,
          max_length=200, width=150),
    Field("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), multiline=True, max_length=2000),
]

#: Asked when a member's data is corrected: recorded in the audit (Ley 29733, rectification).
CHANGE_REASON = Field("change_reason", QT_TRANSLATE_NOOP("Fields", "Reason for the change"),
                      multiline=True, max_length=500, in_table=False,
                      placeholder=QT_TRANSLATE_NOOP("Fields", "For example: the person asked to "
                                                    "correct their DNI"))

__all__ = ["AUDIT_FIELDS", "CHANGE_REASON", "INCIDENT_FIELDS", "PERSON_CONSENT_FIELDS",
           "USER_FIELDS"]
