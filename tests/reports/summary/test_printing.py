"""The summary workbook prints finished: every sheet A4, fitted to the width, its header row
repeated, the title block at the top and page numbers at the foot, in both languages."""

from datetime import date

import pytest
from openpyxl import load_workbook

from desktop import config
from desktop.reports.summary import write_summary
from tests.services.test_indicators import programme  # noqa: F401  (fixture)

EXPECTED = {
    "es": ("Página &P de &N", "Periodo: todas las fechas", "Periodo: 01/01/2026 a 31/12/2026"),
    "en": ("Page &P of &N", "Period: all dates", "Period: 2026-01-01 to 2026-12-31"),
}


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_sheet_has_page_setup_print_titles_header_and_footer(
        tmp_path, database, programme, lang):  # noqa: F811
    config.put(config.PROGRAMME_NAME, "Programa & Bosque")
    config.put(config.OFFICE_NAME, "Oficina Moyobamba")
    footer, all_dates, period = EXPECTED[lang]
    book = load_workbook(write_summary(database, tmp_path / "s.xlsx", lang))
    assert len(book.worksheets) == 9
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert int(setup.paperSize) == 9  # A4
        assert setup.orientation in ("portrait", "landscape")
        assert (int(setup.fitToWidth), int(setup.fitToHeight)) == (1, 0)
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.oddFooter.center.text == footer
        # A typed "&" is printed as itself ("&&" in a page header's codes)
        assert sheet.oddHeader.left.text == "Programa && Bosque\nOficina Moyobamba"
        title = {"Indicators": "Indicadores" if lang == "es" else "Indicators"}.get(
            sheet.title, sheet.title)
        assert sheet.oddHeader.center.text == f"&B{title}&B"
        assert sheet.oddHeader.right.text == all_dates
        assert sheet.freeze_panes == "A2"
    # wide sheets print landscape
    assert book.worksheets[4].page_setup.orientation == "landscape"  # agreements, 13 columns
    texts = [str(c.value) for ws in book for row in ws.iter_rows() for c in row if c.value]
    assert not any("…" in t for t in texts)  # the old "Period: … to …" placeholder is gone
    block = {r[1]: r[2] for r in book["Indicators"].iter_rows(min_row=20, values_only=True)
             if r[1]}
    assert list(block.values())[:3] == ["Programa & Bosque", "Oficina Moyobamba",
                                        all_dates.split(": ")[1]]
    dated = load_workbook(write_summary(database, tmp_path / "p.xlsx", lang,
                                        date(2026, 1, 1), date(2026, 12, 31)))
    assert all(ws.oddHeader.right.text == period for ws in dated.worksheets)


def test_indicators_table_stops_before_the_title_block(tmp_path, database, programme):  # noqa: F811
    book = load_workbook(write_summary(database, tmp_path / "s.xlsx", "en"))
    sheet = book["Indicators"]
    rows = sheet.tables["t_Indicators"].ref.split(":")[1][1:]
    assert sheet[f"A{rows}"].value == "coffee_members_delivering"
    assert sheet[f"B{int(rows) + 2}"].value == "Programme"
