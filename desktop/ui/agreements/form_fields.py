"""Fields that only the Agreements area's dialogs ask for (the family, a signing date…)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP

from desktop.services.agreements import fields as agreement_fields
from desktop.services.fields import CHOICE, INT, REF, Field

#: Chosen with a lookup (code, name or DNI), see desktop.ui.widgets.lookup.
FAMILY = Field("family_id", QT_TRANSLATE_NOOP("Fields", "Family"), REF, required=True)
SIGNED_ON = replace(agreement_fields.SIGNED_ON, required=True)
DAYS = Field("days", QT_TRANSLATE_NOOP("Fields", "Ending within (days)"), INT, required=True)
REASON = Field("reason", QT_TRANSLATE_NOOP("Fields", "Reason"), CHOICE, required=True,
               choices="not_renewed")
NOTE = Field("note", QT_TRANSLATE_NOOP("Fields", "Notes"))
COMMUNITY = Field("community_id", QT_TRANSLATE_NOOP("Fields", "Community"), REF, required=True)
MEMBER = Field("person_id", QT_TRANSLATE_NOOP("Fields", "Family member"), REF)
