"""The summary workbook reopened with openpyxl: indicators, sheets, tables, formats."""

import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from desktop.reports.summary import write_summary
from desktop.services.common import Cancelled
from desktop.services.indicators import CODES
from tests.services.test_indicators import programme  # noqa: F401  (fixture)


@pytest.fixture
def workbook(tmp_path, database, programme):  # noqa: F811
    path = write_summary(database, tmp_path / "summary.xlsx", "en")
    return load_workbook(path)


def test_indicators_sheet_first_with_stable_codes_and_real_numbers(workbook):
    ws = workbook.worksheets[0]
    assert ws.title == "Indicators"
    # (a fifth column, empty in the header, is the overview's below the title block)
    assert [c.value for c in ws[1]] == ["Code", "Indicator", "Value", "Unit", None]
    rows = {r[0].value: r for r in ws.iter_rows(min_row=2, max_row=len(CODES) + 1)}
    assert list(rows) == CODES
    assert rows["agreement_coverage_inside_pct"][2].value == 50
    assert isinstance(rows["families_total"][2].value, int)
    assert rows["training_women_pct"][2].value == pytest.approx(66.7)
    assert rows["training_women_pct"][3].value == "percent"


def test_area_sheets_are_tables_with_frozen_headers_dates_and_formats(workbook):
    assert workbook.sheetnames == ["Indicators", "Families", "Members", "Plots", "Agreements",
                                   "Training", "Deliveries", "Delivery list", "Lots"]
    families = workbook["Families"]
    assert families.freeze_panes == "A2"
    assert list(families.tables) == ["t_Families"]
    assert families.tables["t_Families"].ref == "A1:F4"
    assert [c.value for c in families[1]][:3] == ["Family code", "Head of family", "Community"]
    agreements = workbook["Agreements"]
    row = [c for c in agreements[2]]
    assert isinstance(row[5].value, datetime) and row[5].value.date() == date(2026, 1, 1)
    assert row[7].value == Decimal("3.5") or row[7].value == 3.5
    assert row[7].number_format == "#,##0.00"
    assert "No new clearing of forest" in row[9].value
    deliveries = workbook["Delivery list"]
    assert deliveries.max_row == 3  # header + two deliveries; the voided one is left out
    amount = [c for c in deliveries[2]][7]
    assert amount.number_format == '"S/ "#,##0.00'


def test_spanish_headers_and_codes_unchanged(tmp_path, database, programme):  # noqa: F811
    wb = load_workbook(write_summary(database, tmp_path / "es.xlsx", "es"))
    assert wb.worksheets[0].title == "Indicators"
    assert wb.worksheets[0]["A2"].value == "families_total"
    assert wb.worksheets[0]["B2"].value == "Familias registradas"
    assert wb["Familias"]["A1"].value == "Código de familia"


def test_anonymised_workbook_has_no_personal_data(tmp_path, database, programme):  # noqa: F811
    wb = load_workbook(write_summary(database, tmp_path / "anon.xlsx", "en", anonymise=True))
    text = " ".join(str(c.value) for ws in wb for row in ws.iter_rows() for c in row
                    if c.value is not None)
    for personal in ("Núñez", "01234567", "Rosa", "1980"):
        assert personal not in text
    headers = [c.value for c in wb["Members"][1]]
    assert "DNI" not in headers and "Birth date" not in headers and "Person code" in headers


def test_cancel_leaves_no_file(tmp_path, database, programme):  # noqa: F811
    target = tmp_path / "never.xlsx"
    with pytest.raises(Cancelled):
        write_summary(database, target, "en", progress=lambda done, total: done < 3)
    assert not target.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_cli_export_summary(tmp_path, database, programme):  # noqa: F811
    database.close()
    out = tmp_path / "cli.xlsx"
    result = subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", "export",
                             "summary", "--db", str(database.path), "--out", str(out),
                             "--lang", "es", "--from", "2026-01-01", "--to", "2026-12-31"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert load_workbook(out).worksheets[0]["B2"].value == "Familias registradas"
    bad = subprocess.run([sys.executable, "-m", "desktop", "--lang", "en", "export", "summary",
                          "--db", str(database.path), "--out", str(out), "--from", "yesterday"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_a_delivery_list_too_long_becomes_a_note(tmp_path, database, programme):  # noqa: F811
    wb = load_workbook(write_summary(database, tmp_path / "big.xlsx", "en",
                                     delivery_list_limit=1))
    sheet = wb["Delivery list"]
    assert sheet.max_row == 2 and sheet["A2"].value.startswith("2 deliveries: too many")
    assert wb["Deliveries"].max_row == 2  # the sum by member and month keeps them all


HOSTILE = '=HYPERLINK("http://evil.example","click")'


@pytest.mark.parametrize("anonymise", [False, True])
def test_a_name_that_starts_with_equals_is_written_as_text_never_a_formula(
        tmp_path, database, anonymise):
    from desktop.services import registry

    with database.session() as s:
        community = registry.save_community(s, {"name": HOSTILE, "zone": "inside"})
        registry.create_family(s, {"community_id": community.id, "inside_forest": True},
                               {"given_names": HOSTILE, "paternal_surname": "=1+1",
                                "sex": "F"})
    path = write_summary(database, tmp_path / "s.xlsx", "en", anonymise=anonymise)
    book = load_workbook(path)
    found = [c for ws in book.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith("=")]
    assert found, "the community's name is in the workbook"
    assert all(c.data_type == "s" for c in found)
    assert all(c.value.startswith((HOSTILE, "=1+1")) for c in found)


def test_anonymised_workbook_has_no_family_code_and_only_coarse_coordinates(
        tmp_path, database, programme):  # noqa: F811
    from sqlalchemy import select

    from desktop.db.family import Family
    from desktop.db.plot import Plot

    with database.session() as s:
        codes = set(s.scalars(select(Family.code)))
        for plot in s.scalars(select(Plot)):
            plot.latitude, plot.longitude = Decimal("-5.812345"), Decimal("-77.412345")
        s.commit()
    book = load_workbook(write_summary(database, tmp_path / "a.xlsx", "en", anonymise=True))
    texts = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
             if c.value is not None}
    assert codes and not any(code in text for code in codes for text in texts)
    plots = book["Plots"]
    assert plots.max_row > 1
    header = [c.value for c in plots[1]]
    for row in plots.iter_rows(min_row=2, values_only=True):
        for name in ("Latitude", "Longitude"):
            value = row[header.index(name)]
            assert value is None or round(value, 2) == value
    families = {r[0] for r in book["Families"].iter_rows(min_row=2, values_only=True)}
    members = {r[0] for r in book["Members"].iter_rows(min_row=2, values_only=True)}
    assert members <= families  # one alias per family, the same in every sheet
