"""The only declaration of the audit's columns: the Audit page and its workbook read them."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.fields import Field

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

__all__ = ["AUDIT_FIELDS", "USER_FIELDS"]
