"""The summary workbook prints finished: every sheet A4, fitted to the width, its header row
repeated, the title block at the top and page numbers at the foot, in both languages."""

import shutil
import subprocess
from datetime import date

import pytest
from openpyxl import load_workbook

from desktop import config
from desktop.db.engine import Database
from desktop.i18n import translate
from desktop.reports.plain_workbook import write_plain_workbook
from desktop.reports.summary import write_summary
from desktop.reports.summary.overview_sheet import tables
from desktop.reports.summary.workbook import SummaryWriter
from tests.services.overview.test_overview import demo_template  # noqa: F401  (fixture)
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


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                    reason="LibreOffice or pdftotext is not installed")
@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_indicators_sheet_prints_as_a_few_tidy_pages(tmp_path, demo_template,  # noqa: F811
                                                          lang):
    """What Ctrl+P prints (the workbook's only selected sheet, Indicators: the same sheet
    through the same writer, alone in a workbook) read back from LibreOffice's PDF: a few
    pages numbered "Page n of N", every table's title on the page of its header and total."""
    database = Database(demo_template)
    try:
        with database.session() as session:
            sheet = SummaryWriter(session, lang, None, None, False, None).indicators()
            found = tables(session, lang, None, None)
    finally:
        database.close()
    path = tmp_path / "indicators.xlsx"
    write_plain_workbook(path, [sheet])
    setup = load_workbook(path).worksheets[0]
    assert setup.page_setup.orientation == "landscape" and setup.print_title_rows == "$1:$1"
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
                   check=True, capture_output=True, timeout=300)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "indicators.pdf"), "-"],
                          check=True, capture_output=True, text=True).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    assert 2 <= len(pages) <= 4
    footer = translate("Workbook", "Page {page} of {pages}", lang)
    for number, page in enumerate(pages, start=1):
        assert footer.format(page=number, pages=len(pages)) in page
    assert "families_total" in pages[0] and translate("Workbook", "Programme", lang) in pages[0]
    total = translate("Workbook", "Total", lang)
    titles = [table.title for table in found]
    for table in found:  # each one whole on a page: its title, header, rows and total
        page = next(p for p in pages if table.title in p)
        part = page.split(table.title, 1)[1]
        part = min((part.split(t, 1)[0] for t in titles if t in part), key=len, default=part)
        lines = [line.strip() for line in part.splitlines()
                 if line.strip() and not line.strip().startswith(footer.split("{")[0])]
        # (the header's titles wrap: the first column's is on one of its first lines)
        assert table.columns[0].header(lang) in " ".join(lines[:3]), table.title
        assert lines[-1].startswith(total) and len(lines) >= len(table.rows) + 2, table.title
    assert len(found[1].rows) >= 10  # (the demo's communities: a table of some length)
    assert "###" not in text
