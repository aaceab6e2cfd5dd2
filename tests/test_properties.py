"""Properties that must hold for any input (hypothesis)."""

import unicodedata
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from desktop.db.types import Hectares, Soles
from desktop.i18n.formatting import parse_number
from desktop.textnorm import fold, like_pattern, name_key

words = st.lists(st.text(alphabet="abcdefghijklmnñopqrstuvwxyzáéíóúü", min_size=1,
                         max_size=10), min_size=1, max_size=4)


@given(words, st.randoms())
def test_name_key_ignores_word_order_case_and_accents(parts, rnd):
    shuffled = parts[:]
    rnd.shuffle(shuffled)
    accented = [p.upper() for p in shuffled]
    plain = ["".join(c for c in unicodedata.normalize("NFKD", p) if not unicodedata.combining(c))
             for p in parts]
    assert name_key(*parts) == name_key(*accented) == name_key(*plain)


@given(st.text())
def test_fold_is_idempotent_and_pattern_escapes_wildcards(text):
    assert fold(fold(text)) == fold(text)
    pattern = like_pattern(text)
    body = pattern[1:-1].replace("\\\\", "").replace("\\%", "").replace("\\_", "")
    assert "%" not in body and "_" not in body


@given(st.decimals(min_value=0, max_value=10**8, places=2, allow_nan=False))
def test_money_round_trips_exactly(value):
    assert Soles.process_result_value(Soles.process_bind_param(value, None), None) == value


@given(st.decimals(min_value=0, max_value=10**6, places=4, allow_nan=False))
def test_hectares_round_trip_exactly(value):
    assert Hectares.process_result_value(Hectares.process_bind_param(value, None), None) == value


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False))
def test_typed_numbers_read_back_with_either_separator(value):
    text = f"{value:f}"
    assert parse_number(text) == value
    assert parse_number(text.replace(".", ",")) == value
    assert parse_number(f"{value:,f}") == Decimal(text)
