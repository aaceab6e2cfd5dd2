"""The registry's fields (communities, families, members, plots): the only place they are declared."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.fields import BOOL, CHOICE, DATE, DECIMAL, INT, REF, Field

COMMUNITY_FIELDS = [
    Field("name", QT_TRANSLATE_NOOP("Fields", "Community"), required=True, max_length=120, width=180),
    Field("district", QT_TRANSLATE_NOOP("Fields", "District"), max_length=120),
    Field("province", QT_TRANSLATE_NOOP("Fields", "Province"), max_length=120),
    Field("region", QT_TRANSLATE_NOOP("Fields", "Region"), max_length=120),
    Field("zone", QT_TRANSLATE_NOOP("Fields", "Zone"), CHOICE, required=True, choices="zone", width=160),
]

FAMILY_FIELDS = [
    Field("code", QT_TRANSLATE_NOOP("Fields", "Family code"), max_length=20, file_safe=True, width=100,
          placeholder=QT_TRANSLATE_NOOP("Fields", "automatic"), key_column=True),
    Field("head", QT_TRANSLATE_NOOP("Fields", "Head of family"), in_form=False, width=240,
          key_column=True),
    Field("community_id", QT_TRANSLATE_NOOP("Fields", "Community"), REF, required=True, width=170,
          key_column=True),
    Field("members", QT_TRANSLATE_NOOP("Fields", "Members"), INT, in_form=False, width=80,
          key_column=True),
    Field("inside_forest", QT_TRANSLATE_NOOP("Fields", "Lives inside the forest"), BOOL, width=90),
    Field("agreement_status", QT_TRANSLATE_NOOP("Fields", "Agreement"), CHOICE, choices="agreement_status",
          in_form=False, width=100),
    Field("address", QT_TRANSLATE_NOOP("Fields", "Address or sector"), max_length=200, in_table=False),
    Field("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), max_length=20, in_table=False),
    Field("notes", QT_TRANSLATE_NOOP("Fields", "Notes"), multiline=True, in_table=False),
]

PERSON_FIELDS = [
    Field("given_names", QT_TRANSLATE_NOOP("Fields", "Given names"), required=True, max_length=120, width=160),
    Field("paternal_surname", QT_TRANSLATE_NOOP("Fields", "Paternal surname"), required=True, max_length=80),
    Field("maternal_surname", QT_TRANSLATE_NOOP("Fields", "Maternal surname"), max_length=80),
    Field("dni", QT_TRANSLATE_NOOP("Fields", "DNI"), max_length=8, width=90, placeholder="01234567"),
    Field("sex", QT_TRANSLATE_NOOP("Fields", "Sex"), CHOICE, required=True, choices="sex", width=70),
    Field("birth_date", QT_TRANSLATE_NOOP("Fields", "Birth date"), DATE, width=100),
    Field("relation", QT_TRANSLATE_NOOP("Fields", "Relationship to the head"), CHOICE, required=True,
          choices="relation", width=150),
    Field("signs", QT_TRANSLATE_NOOP("Fields", "Signs (no thumbprint)"), BOOL, width=80),
    Field("phone", QT_TRANSLATE_NOOP("Fields", "Phone"), max_length=20, in_table=False),
    # Ley 29733, opposition: kept out of every export with names and DNIs.
    Field("opposes_sharing", QT_TRANSLATE_NOOP("Fields", "Opposes sharing (out of exports with "
                                               "personal data)"), BOOL, in_table=False),
]

PLOT_FIELDS = [
    Field("name", QT_TRANSLATE_NOOP("Fields", "Plot name"), required=True, max_length=120, width=160),
    Field("area_ha", QT_TRANSLATE_NOOP("Fields", "Area (ha)"), DECIMAL, required=True, places=2, width=80, unit="ha"),
    Field("land_use", QT_TRANSLATE_NOOP("Fields", "Land use"), CHOICE, required=True, choices="land_use"),
    Field("inside_protected_area", QT_TRANSLATE_NOOP("Fields", "Inside the protected area"), BOOL, width=90),
    Field("latitude", QT_TRANSLATE_NOOP("Fields", "Latitude"), DECIMAL, places=6, width=100),
    Field("longitude", QT_TRANSLATE_NOOP("Fields", "Longitude"), DECIMAL, places=6, width=100),
]
