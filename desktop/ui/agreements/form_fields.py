"""Fields that only the Agreements area's dialogs ask for (a family code, a signing date…)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.services.agreements import fields as agreement_fields
from desktop.services.fields import CHOICE, INT, REF, TEXT, Field

FAMILY_CODE = Field("family_code", QT_TRANSLATE_NOOP("Fields", "Family code"), TEXT,
                    required=True, max_length=20)
SIGNED_ON = replace(agreement_fields.SIGNED_ON, required=True)
DAYS = Field("days", QT_TRANSLATE_NOOP("Fields", "Ending within (days)"), INT, required=True)
REASON = Field("reason", QT_TRANSLATE_NOOP("Fields", "Reason"), CHOICE, required=True,
               choices="not_renewed")
NOTE = Field("note", QT_TRANSLATE_NOOP("Fields", "Notes"))
COMMUNITY = Field("community_id", QT_TRANSLATE_NOOP("Fields", "Community"), REF, required=True)
MEMBER = Field("person_id", QT_TRANSLATE_NOOP("Fields", "Family member"), REF)
