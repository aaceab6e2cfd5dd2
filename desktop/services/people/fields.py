"""The only declaration of the audit's columns: the Audit page and its workbook read them."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.fields import BOOL, DATE, INT, Field

AUDIT_FIELDS = [
    Field("at", QT_TRANSLATE_NOOP("Fields", "When"), width=130, in_form=False),
    Field("user", QT_TRANSLATE_NOOP("Fields", "Who"), width=130, in_form=False),
    Field("action", QT_TRANSLATE_NOOP("Fields", "What was done"), width=90, in_form=False),
    Field("entity", QT_TRANSLATE_NOOP("Fields", "Record"), width=130, in_form=False),
    Field("changes", QT_TRANSLATE_NOOP("Fields", "Changes"), width=420, in_form=False,
          multiline=True),
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

__all__ = ["AUDIT_FIELDS", "INCIDENT_FIELDS", "USER_FIELDS"]
