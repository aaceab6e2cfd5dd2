"""The summary opens on its Indicators sheet, the only selected tab (what Ctrl+P prints), whose
indicator rows stay where partners' formulas read them and whose overview tables below the
title block hold the overview service's figures, in both languages and both ways of writing
the workbook (one process, two)."""

import tempfile
import time
import zipfile
from datetime import date
from pathlib import Path
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from desktop.i18n import translate
from desktop.i18n.formatting import fmt_date
from desktop.i18n.labels import LABELS, label
from desktop.reports.summary import write_summary
from desktop.reports.summary.overview_sheet import (
    BY_COMMUNITY, BY_MONTH, BY_SEX, BY_STATUS, TOTAL,
)
from desktop.reports.summary.parallel import write_in_two_processes
from desktop.reports.summary.workbook import SummaryWriter
from desktop.services import indicators, overview
from tests.services.test_indicators import programme  # noqa: F401  (fixture)

TITLES = (BY_STATUS, BY_COMMUNITY, BY_MONTH, BY_SEX)


def tables(sheet, lang: str) -> dict[str, dict]:
    """The overview's tables read back: {English title: {"title", "header", "rows", "total",
    "formats"}}, each found by its title in column A below the indicators."""
    rows = list(sheet.iter_rows(min_row=2))
    found: dict[str, dict] = {}
    total = translate("Workbook", TOTAL, lang)
    for n, row in enumerate(rows):
        title = row[0].value
        if not isinstance(title, str) or not any(
                title.startswith(translate("Workbook", t, lang) + " (") for t in TITLES):
            continue
        key = next(t for t in TITLES if title.startswith(translate("Workbook", t, lang) + " ("))
        header = [c.value for c in rows[n + 1][1:] if c.value is not None]
        body, formats = [], []
        for line in rows[n + 2:]:
            values = [c.value for c in line[1:1 + len(header)]]
            if values[0] == total:
                break
            body.append(values)
            formats.append([c.number_format for c in line[1:1 + len(header)]])
        found[key] = {"title": title, "header": header, "rows": body, "total": values[1:],
                      "formats": formats, "title_row": row[0].row}
    return found


@pytest.mark.parametrize("lang, two", [("es", False), ("en", False), ("en", True)])
def test_the_indicators_sheet_opens_selected_and_alone(tmp_path, database, programme, lang,
                                                       two):  # noqa: F811
    path = write_summary(database, tmp_path / "s.xlsx", lang, in_two_processes=two)
    book = load_workbook(path)
    assert book.active.title == "Indicators"
    assert [ws.sheet_view.tabSelected for ws in book.worksheets] == [True] + [None] * 8
    with zipfile.ZipFile(path) as package:
        assert '<workbookView activeTab="0"/>' in package.read("xl/workbook.xml").decode()
        xml = [package.read(f"xl/worksheets/sheet{n}.xml").decode() for n in range(1, 10)]
    assert [x.count('tabSelected="1"') for x in xml] == [1] + [0] * 8


@pytest.mark.parametrize("lang", ["es", "en"])
def test_indicator_rows_stay_and_the_overview_follows_the_title_block(
        tmp_path, database, programme, lang):  # noqa: F811
    sheet = load_workbook(write_summary(database, tmp_path / "s.xlsx", lang))["Indicators"]
    with database.session() as session:
        codes = [i.code for i in indicators.compute(session)]
        by_status = overview.agreements_by_status(session)
        coverage = overview.coverage_by_community(session)
        months = overview.coffee_by_month(session)
        by_sex = overview.participants_by_sex(session)
    # The indicators where they were: codes in A2.., the table over them alone.
    assert [sheet.cell(n, 1).value for n in range(2, len(codes) + 2)] == codes
    assert sheet.tables["t_Indicators"].ref == f"A1:D{len(codes) + 1}"
    assert sheet.cell(len(codes) + 3, 2).value == translate("Workbook", "Programme", lang)
    found = tables(sheet, lang)
    assert list(found) == list(TITLES)
    assert min(t["title_row"] for t in found.values()) > len(codes) + 6  # after the block

    status = found[BY_STATUS]
    assert status["header"] == [translate("Fields", "Status", lang),
                                translate("Fields", "Agreements", lang)]
    assert status["rows"] == [[label("agreement_status", s, lang), by_status.get(s, 0)]
                              for s in LABELS["agreement_status"]]
    assert status["total"] == [sum(by_status.values())] == [1]

    communities = found[BY_COMMUNITY]
    assert communities["rows"] == [[c.community, c.inside, c.covered, float(c.percent)]
                                   for c in coverage] == [["Aguas Claras", 2, 1, 50.0]]
    assert communities["formats"][0][1:] == ["#,##0", "#,##0", '0.0"%"']
    assert communities["total"] == [2, 1, 50.0]

    coffee = found[BY_MONTH]
    assert len(coffee["rows"]) == len(months) == 12
    assert [r[1:] for r in coffee["rows"]] == [[float(m.delivered_kg), float(m.paid_pen)]
                                               for m in months]
    assert coffee["rows"][0][0] == fmt_date(months[0].month, lang, "LLLL yyyy").capitalize()
    assert coffee["total"][0] == pytest.approx(float(sum(m.delivered_kg for m in months)))
    assert coffee["total"][1] == pytest.approx(float(sum(m.paid_pen for m in months)))
    assert coffee["formats"][0][1:] == ["#,##0.0", '"S/ "#,##0.00']

    people = found[BY_SEX]
    assert people["rows"] == [[str(y), s.get("F", 0), s.get("M", 0), sum(s.values())]
                              for y, s in by_sex.items()]
    assert people["header"][1:] == [translate("Fields", h, lang)
                                    for h in ("Women", "Men", "Participants")]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_the_period_limits_the_coffee_and_the_training_tables(
        tmp_path, database, programme, lang):  # noqa: F811
    start, end = date(2026, 1, 1), date(2026, 12, 31)
    sheet = load_workbook(write_summary(database, tmp_path / "p.xlsx", lang, start, end))[
        "Indicators"]
    with database.session() as session:
        figures = indicators.as_dict(indicators.compute(session, start, end))
    found = tables(sheet, lang)
    coffee = found[BY_MONTH]
    assert len(coffee["rows"]) == 12  # January to December 2026
    assert Decimal(str(coffee["total"][0])) == figures["coffee_delivered_kg"] == Decimal("150.5")
    assert Decimal(str(coffee["total"][1])) == figures["coffee_paid_pen"]
    assert coffee["title"].endswith(("(01/01/2026 a 31/12/2026)", "(2026-01-01 to 2026-12-31)"))
    # Rosa and José in February 2026; the school session is not training
    assert found[BY_SEX]["rows"] == [["2026", 1, 1, 2]]
    later = load_workbook(write_summary(database, tmp_path / "q.xlsx", lang, date(2026, 3, 1),
                                        end))["Indicators"]
    again = tables(later, lang)
    assert again[BY_SEX]["rows"] == [] and again[BY_SEX]["total"] == [0, 0, 0]
    assert len(again[BY_MONTH]["rows"]) == 10 and again[BY_MONTH]["total"][0] == 150.5


def test_the_anonymised_workbook_keeps_the_overview(tmp_path, database, programme):  # noqa: F811
    sheet = load_workbook(write_summary(database, tmp_path / "a.xlsx", "en",
                                        anonymise=True))["Indicators"]
    assert tables(sheet, "en")[BY_COMMUNITY]["rows"] == [["Aguas Claras", 2, 1, 50.0]]


class IndicatorsToTheWorker(SummaryWriter):
    """This side takes the Lots first and (its progress waiting) leaves the Indicators to the
    second process."""

    COST_ORDER = ("lots", "indicators", *(name for name in SummaryWriter.COST_ORDER
                                          if name not in ("lots", "indicators")))


def test_the_second_process_writes_the_indicators_selected(
        tmp_path, monkeypatch, database, programme):  # noqa: F811
    seen: set[str] = set()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # its sheets' folder, ours alone

    def folders() -> list[Path]:
        return list(tmp_path.glob("summary-sheets-*"))

    def wait_for_the_worker(done, total):
        deadline = time.monotonic() + 120
        while not seen and time.monotonic() < deadline:
            seen.update(p.name for folder in folders() for p in folder.glob("*.xml"))
            time.sleep(0.02)

    path = tmp_path / "w.xlsx"
    with database.session() as session:
        write_in_two_processes(IndicatorsToTheWorker(session, "en", None, None, False,
                                                     wait_for_the_worker),
                               database.path, path)
    assert "indicators.xml" in seen  # the worker's first sheet (this side was waiting)
    with zipfile.ZipFile(path) as package:
        xml = [package.read(f"xl/worksheets/sheet{n}.xml").decode() for n in range(1, 10)]
    assert [x.count('tabSelected="1"') for x in xml] == [1] + [0] * 8
    sheet = load_workbook(path)["Indicators"]
    assert list(tables(sheet, "en")) == list(TITLES)
