"""`Field.parse`, which forms and imports share: what it accepts, what it gives back and
what it refuses, for any input (hypothesis)."""

from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.i18n.labels import LABELS
from desktop.services.errors import FieldError
from desktop.services.fields import BOOL, CHOICE, CONTROL, DATE, DECIMAL, INT, REF, TEXT, Field

dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))
blank = st.sampled_from([None, "", " ", "\t", "  \n "])
#: Texts no kind reads as a value: no digit, no yes or no.
words = st.text(alphabet="bcdgjkqwz", min_size=3, max_size=12)


def vary_case(draw, text: str) -> str:
    return "".join(c.upper() if draw(st.booleans()) else c.lower() for c in text)


@pytest.mark.parametrize("kind", [TEXT, REF, CHOICE, DATE, DECIMAL, INT, BOOL])
@given(raw=blank)
def test_an_empty_value_is_refused_when_required_and_empty_otherwise(kind, raw):
    choices = "sex" if kind == CHOICE else None
    with pytest.raises(FieldError) as refused:
        Field("f", "Some field", kind, required=True, choices=choices).parse(raw)
    assert refused.value.field == "f" and refused.value.text("en") == "Some field is required."
    empty = Field("f", "Some field", kind, choices=choices).parse(raw)
    assert empty == {TEXT: "", BOOL: False}.get(kind)


@given(st.text(max_size=40))
def test_text_is_kept_without_the_spaces_around_it_and_refused_when_too_long(text):
    field = Field("f", "Notes", TEXT, max_length=20)
    if len(text.strip()) > 20:
        with pytest.raises(FieldError, match="longer"):
            field.parse(text)
    elif CONTROL.search(text.strip()):
        with pytest.raises(FieldError, match="control character"):
            field.parse(text)
    else:
        assert field.parse(text) == text.strip()


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_a_whole_number_typed_in_a_text_cell_loses_the_spreadsheets_decimal_zero(number):
    assert Field("code", "Code").parse(float(number)) == str(number)


@given(dates, st.sampled_from(["%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]))
def test_a_date_is_read_in_every_accepted_spelling(day, spelling):
    field = Field("d", "Birth date", DATE)
    assert field.parse(day.strftime(spelling)) == day
    assert field.parse(f"  {day.strftime(spelling)} ") == day
    assert field.parse(day) == day
    assert field.parse(datetime(day.year, day.month, day.day, 13, 45)) == day


@given(st.one_of(words, st.sampled_from(["31/02/2024", "2024-13-01", "1/1", "5"])))
def test_anything_else_is_not_a_date(text):
    with pytest.raises(FieldError) as refused:
        Field("d", "Birth date", DATE).parse(text)
    assert refused.value.text("en") == "Birth date is not a date (use day/month/year)."


@given(st.decimals(min_value=-10**9, max_value=10**9, places=4, allow_nan=False))
def test_a_decimal_is_read_with_either_separator_and_kept_exact(value):
    field = Field("kg", "Net kg", DECIMAL, places=2)
    text = f"{value:f}"
    assert field.parse(value) == value
    assert field.parse(text) == value
    assert field.parse(text.replace(".", ",")) == value
    assert field.parse(f"{value:,f}") == value  # a thousands separator typed by hand
    assert isinstance(field.parse(text), Decimal)


@given(st.integers(min_value=-10**9, max_value=10**9))
def test_a_whole_number_is_an_int_and_a_fraction_is_refused(number):
    field = Field("n", "Members", INT)
    assert field.parse(number) == number and type(field.parse(str(number))) is int
    assert field.parse(f"{number}.0") == number
    with pytest.raises(FieldError, match="whole number"):
        field.parse(f"{number}.5")


@pytest.mark.parametrize("kind", [DECIMAL, INT])
@given(text=st.one_of(words, st.sampled_from(["NaN", "Infinity", "-inf", "1,2,3", "1.2.3"])))
def test_anything_else_is_not_a_number(kind, text):
    with pytest.raises(FieldError) as refused:
        Field("n", "Area (ha)", kind).parse(text)
    assert refused.value.field == "n"
    assert refused.value.text("en") == "Area (ha) must be a number."


@given(st.data())
def test_yes_and_no_in_either_language_with_any_case(data):
    field = Field("b", "Lives inside the forest", BOOL)
    word, meaning = data.draw(st.sampled_from([
        ("sí", True), ("si", True), ("yes", True), ("x", True), ("1", True), ("true", True),
        ("verdadero", True), ("no", False), ("0", False), ("false", False), ("falso", False)]))
    assert field.parse(f" {vary_case(data.draw, word)} ") is meaning
    assert field.parse(meaning) is meaning
    assert field.parse(int(meaning)) is meaning


@given(words.filter(lambda w: w.lower() not in {"y", "n", "s", "x"}))
def test_other_words_are_neither_yes_nor_no(word):
    with pytest.raises(FieldError, match="yes or no"):
        Field("b", "Lives inside the forest", BOOL).parse(word)


@given(st.data())
def test_a_choice_is_read_from_its_code_or_its_label_in_either_language(data):
    kind = data.draw(st.sampled_from(["sex", "relation", "land_use", "agreement_status"]))
    code = data.draw(st.sampled_from(sorted(LABELS[kind])))
    english, spanish = LABELS[kind][code]
    field = Field("c", "Kind", CHOICE, choices=kind)
    assert field.parse(code) == code
    label = data.draw(st.sampled_from([english, spanish]))
    assert field.parse(vary_case(data.draw, label)) == code


@given(words)
def test_a_choice_that_is_not_listed_is_refused_naming_the_value(word):
    with pytest.raises(FieldError) as refused:
        Field("c", "Sex", CHOICE, choices="sex").parse(word)
    assert refused.value.text("en") == f"“{word}” is not a valid Sex."


@pytest.mark.parametrize("header", ["Net kg", "Kg netos", "Net (kg)", "Neto (kg)", "net_kg"])
def test_a_converged_label_still_answers_to_its_earlier_header(header):
    from desktop.services.cooperative.fields import DELIVERY_FIELDS
    from desktop.services.imports.kinds import KINDS

    net = next(f for f in DELIVERY_FIELDS if f.name == "net_kg")
    assert net.title("en") == "Net kg"
    sheet = KINDS["deliveries"].sheets[0]
    assert sheet.match(header).key == "net_kg"
