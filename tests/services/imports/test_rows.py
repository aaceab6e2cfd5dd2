"""Spreadsheet realities smoothed before a field parses a value."""

from desktop.services.imports import normalise_dni


def test_a_dni_that_lost_its_leading_zero_in_excel_gets_it_back():
    assert normalise_dni(1234567) == "01234567"
    assert normalise_dni(1234567.0) == "01234567"
    assert normalise_dni(" 0123 4567 ") == "01234567"
    assert normalise_dni("1234567.0") == "01234567"
    assert normalise_dni("123") == "123"  # too short to be a DNI that lost its zeros: reported
