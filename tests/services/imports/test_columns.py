"""Header matching: a column answers to its template headers and its field's labels."""

from desktop.services import imports


def test_every_kind_recognises_its_template_headers_in_both_languages():
    assert set(imports.KINDS) == {"families", "agreements", "attendance", "deliveries"}
    for kind in imports.KINDS.values():
        for spec in kind.sheets:
            for column in spec.columns:
                for header in (column.es, column.en, column.es.upper().replace("_", " "),
                               column.field.title("es"), column.field.title("en")):
                    assert spec.match(header) is column, (kind.name, header)
