"""The training area's fields (sessions, attendance): the only place they are declared."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.fields import BOOL, CHOICE, DATE, DECIMAL, INT, REF, TEXT, Field

TRAINING_SESSION_FIELDS = [
    Field("held_on", QT_TRANSLATE_NOOP("Fields", "Date"), DATE, required=True, width=95,
          key_column=True),
    Field("topic", QT_TRANSLATE_NOOP("Fields", "Topic"), TEXT, required=True, max_length=200,
          width=200, key_column=True),
    Field("participants", QT_TRANSLATE_NOOP("Fields", "Participants"), INT, in_form=False,
          width=85, key_column=True),
    Field("women", QT_TRANSLATE_NOOP("Fields", "Women"), INT, in_form=False, width=65,
          key_column=True),
    Field("kind", QT_TRANSLATE_NOOP("Fields", "Kind of training"), CHOICE, required=True,
          choices="training_kind", width=180),
    Field("community_id", QT_TRANSLATE_NOOP("Fields", "Community"), REF, width=140,
          key_column=True),
    Field("place", QT_TRANSLATE_NOOP("Fields", "Place"), TEXT, max_length=200, width=170,
          placeholder=QT_TRANSLATE_NOOP("Fields", "communal hall, school…")),
    Field("facilitator", QT_TRANSLATE_NOOP("Fields", "Facilitator"), TEXT, max_length=200,
          width=150),
    Field("hours", QT_TRANSLATE_NOOP("Fields", "Hours"), DECIMAL, places=1, width=60),
    Field("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), TEXT, in_table=False, multiline=True),
]

ATTENDANCE_FIELDS = [
    Field("number", QT_TRANSLATE_NOOP("Fields", "No."), INT, in_form=False, width=40),
    Field("name", QT_TRANSLATE_NOOP("Fields", "Name"), TEXT, required=True, max_length=200,
          width=190),
    Field("dni", QT_TRANSLATE_NOOP("Fields", "DNI"), TEXT, in_form=False, width=80),
    Field("family_code", QT_TRANSLATE_NOOP("Fields", "Family"), TEXT, in_form=False, width=80),
    Field("sex", QT_TRANSLATE_NOOP("Fields", "Sex"), CHOICE, required=True, choices="sex",
          width=65),
    Field("age_band", QT_TRANSLATE_NOOP("Fields", "Age"), CHOICE, required=True,
          choices="age_band", width=85),
    Field("registered", QT_TRANSLATE_NOOP("Fields", "Registered"), BOOL,
          in_form=False, width=80),
]
