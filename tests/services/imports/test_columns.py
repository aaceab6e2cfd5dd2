"""Header matching: a column answers to its template headers and its field's labels, in
either language, whatever the case, accents and spacing."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop.i18n import translate
from desktop.services import imports
from desktop.textnorm import fold


def test_every_kind_recognises_its_template_headers_in_both_languages():
    assert set(imports.KINDS) == {"families", "agreements", "attendance", "deliveries",
                                  "advances"}
    for kind in imports.KINDS.values():
        for spec in kind.sheets:
            for column in spec.columns:
                for header in (column.es, column.en, column.es.upper().replace("_", " "),
                               column.field.title("es"), column.field.title("en")):
                    assert spec.match(header) is column, (kind.name, header)


# --- any spelling of a declared header (hypothesis) ------------------------------------------

#: Every (sheet, column, text) a file may use as that column's header: the template's header in
#: both languages, the column's key, and what its field declares it answers to (its name, its
#: English and Spanish labels), except a bare generic name ("name" may not claim a column).
DECLARED = [
    (spec, column, text)
    for kind in imports.KINDS.values() for spec in kind.sheets for column in spec.columns
    for text in sorted({column.es, column.en, column.key, column.field.label,
                        translate("Fields", column.field.label, "es"),
                        *({column.field.name} - imports.GENERIC_NAMES)})
]
SEPARATORS = [" ", "_", ".", "-", "  ", "\t"]
ACCENTS = ["\u0301", "\u0303", "\u0308"]  # acute, tilde, diaeresis


@st.composite
def spellings(draw, text: str) -> str:
    """`text` as an office may type it: any case, accents added or dropped, words joined by
    spaces, underscores, dots or hyphens (and some stray ones), spaces around it."""
    out = []
    for char in text:
        if char in " _":
            char = draw(st.sampled_from(SEPARATORS))
        elif char.isalpha():
            char = fold(char) if draw(st.booleans()) else char
            char = char.upper() if draw(st.booleans()) else char.lower()
            if fold(char) in "aeioun" and draw(st.booleans()):
                char = unicodedata.normalize("NFC", char + draw(st.sampled_from(ACCENTS)))
        out.append(char)
        if draw(st.integers(0, 7)) == 0:
            out.append(draw(st.sampled_from(SEPARATORS)))
    return draw(st.sampled_from(["", " ", "\u00a0"])) + "".join(out) + \
        draw(st.sampled_from(["", " ", "  "]))


@given(st.sampled_from(DECLARED).flatmap(
    lambda case: st.tuples(st.just(case), spellings(case[2]))))
def test_any_spelling_of_a_declared_header_finds_its_column(drawn):
    (spec, column, text), header = drawn
    assert spec.match(header) is column, (text, header)
    assert spec.is_known(header)


@given(st.sampled_from(DECLARED), st.text(alphabet="qxzwk", min_size=1, max_size=4))
def test_a_header_with_anything_more_is_unknown(case, extra):
    spec, _, text = case
    assert spec.match(text + extra) is None and not spec.is_known(extra + text)


@given(st.text())
def test_comparing_a_header_is_idempotent(text):
    key = imports.header_key(text)
    assert imports.header_key(key) == key
    assert not any(c.isspace() or c in "_.-" for c in key)


def test_generic_names_do_not_claim_a_column():
    deliveries = imports.KINDS["deliveries"].sheets[0]
    assert deliveries.match("name") is None and deliveries.match("Nombre") is None
    assert deliveries.match("Cooperativa") is deliveries.column("cooperative")
