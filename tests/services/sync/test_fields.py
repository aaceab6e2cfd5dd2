"""A conflict names each field by its declared label (desktop.services.sync.fields) and
shows its values as a person reads them, in both languages."""

from desktop.services.sync import fields
from desktop.services.sync.conflicts import NOT_CHOSEN
from desktop.services.sync.tables import AUDIT, TABLES, carried


def test_every_field_a_person_chooses_is_declared_once():
    for table in TABLES:
        if table.name == AUDIT:
            continue
        for column in carried(table):
            if column.name not in NOT_CHOSEN:
                assert fields.field_of(table.name, column.name) is not None, \
                    (table.name, column.name)
    names = [field.name for field in fields.SYNC_FIELDS]
    assert len(names) == len(set(names))


def test_labels_and_values_in_both_languages():
    assert fields.title("families", "address", "es") == "Dirección o sector"
    assert fields.title("attendance", "person_id", "en") == "Family member"
    assert fields.title("attendance", "person_id", "es") == "Miembro de la familia"
    assert fields.title("persons", "birth_date", "es") == "Fecha de nacimiento"
    assert fields.shown("persons", "sex", "F", "es") == "Mujer"
    assert fields.shown("plots", "inside_protected_area", True, "en") == "Yes"
    assert fields.shown("persons", "birth_date", "1990-02-03", "en") == "Feb 3, 1990"
    assert fields.shown("agreements", "plot_ids", ["a", "b"]) == "a, b"
    assert fields.shown("persons", "birth_date", "not a date", "en") == "not a date"
    assert fields.shown("persons", "dni", None) == ""


def test_every_synced_table_has_a_name_a_person_reads():
    from desktop.services.sync.names import KINDS
    from desktop.services.sync.tables import LOCAL_TABLES
    missing = [t.name for t in TABLES if t.name not in KINDS and t.name not in LOCAL_TABLES]
    assert missing == []
