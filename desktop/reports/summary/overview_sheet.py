"""The overview printed on the Indicators sheet: the home page's four charts as small tables.

Opened, the summary workbook shows its Indicators sheet, its only selected tab, so Ctrl+P
prints that sheet alone (Excel prints the active sheet, LibreOffice the selected ones): the
figures, then the title block, then these tables, a few A4 pages that tell the programme's
story; the lists after it are there to filter and to print one by one.

The tables come from the same services as the home page's charts
(desktop.services.overview): agreements by status and coverage by community as they are on
the day of the export (their titles say so), coffee delivered and paid by month and
training participants by sex and year within the export's period (the coffee at most the
last MOST_MONTHS months of it; without a period the last 12, as the home page). They are
notes of the Indicators sheet below its title block (partners' formulas read the indicator
rows above, which do not move): a title, a header, the rows as real numbers with their
number formats, a total, an empty row between two. A table that would not fit under the
one before on a printed page starts a new page (an estimate of the page's rows, on the
safe side).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.i18n.formatting import fmt_date
from desktop.i18n.labels import LABELS, label
from desktop.reports.plain_sheet import (
    BOLD, NOTE_HEADER, NOTE_HEADER_RIGHT, TITLE, Formatted, Note,
)
from desktop.reports.summary.columns import (
    AGREEMENT_COUNT, COMMUNITY, COVERAGE, FAMILIES_INSIDE, MEN, MONTH, NET_KG, PAID,
    PARTICIPANTS, STATUS, WITH_ACTIVE_AGREEMENT, WOMEN, YEAR, Column,
)
from desktop.services import overview
from desktop.services.overview.charts import MONTHS

BY_STATUS = QT_TRANSLATE_NOOP("Workbook", "Agreements by status")
BY_COMMUNITY = QT_TRANSLATE_NOOP("Workbook", "Coverage by community")
BY_MONTH = QT_TRANSLATE_NOOP("Workbook", "Coffee delivered and paid by month")
#: (Attendances, not people: the indicator "People trained" above counts each person once.)
BY_SEX = QT_TRANSLATE_NOOP("Workbook", "Training attendance by sex and year (a person once "
                                       "per session; school sessions apart)")
TOTAL = QT_TRANSLATE_NOOP("Workbook", "Total")
ON_DAY = QT_TRANSLATE_NOOP("Workbook", "on {day}")
#: Months of coffee listed at most: the last ones of a longer period (the title says which).
MOST_MONTHS = 36
#: Heights in points: a row, a table's title, its header (two lines of wrapped titles).
ROW, TITLE_HEIGHT, HEADER_HEIGHT = 15, 20, 30
#: Points of an A4 page's height under the repeated header row (the sheet's margins: 0.9
#: and 0.75 inches). Rows are 15 points in Excel, a little less in LibreOffice; a sheet
#: fitted to the page's width is only ever made smaller: as many rows fit, or more.
PAGE_POINTS = {landscape: int(((8.27 if landscape else 11.69) - 1.65) * 72) - ROW
               for landscape in (True, False)}


def day_text(day: date, lang: str) -> str:
    return day.strftime("%d/%m/%Y") if lang == "es" else day.isoformat()


def period_text(start: date | None, end: date | None, lang: str) -> str:
    """A period as the workbook writes it: "all dates", "from …", "until …", "… to …"."""
    if start and end:
        return translate("Workbook", "{start} to {end}", lang).format(
            start=day_text(start, lang), end=day_text(end, lang))
    if start:
        return translate("Workbook", "from {start}", lang).format(start=day_text(start, lang))
    if end:
        return translate("Workbook", "until {end}", lang).format(end=day_text(end, lang))
    return translate("Workbook", "all dates", lang)


@dataclass(frozen=True)
class Table:
    """One of the overview's tables: its title, columns, rows (a label, then numbers) and
    the total row."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence]
    total: Sequence

    def points(self) -> int:
        return TITLE_HEIGHT + HEADER_HEIGHT + ROW * (len(self.rows) + 1)


def tables(session, lang: str, date_from: date | None, date_to: date | None,
           today: date | None = None) -> list[Table]:
    """The four tables, from the overview service, in `lang`."""
    today = today or date.today()
    end = date_to or today
    now = f" ({translate('Workbook', ON_DAY, lang).format(day=day_text(today, lang))})"

    counts = overview.agreements_by_status(session)
    statuses = [*LABELS["agreement_status"], *(s for s in counts
                                               if s not in LABELS["agreement_status"])]
    by_status = Table(translate("Workbook", BY_STATUS, lang) + now,
                      [Column(STATUS), Column(AGREEMENT_COUNT)],
                      [(label("agreement_status", s, lang), counts.get(s, 0)) for s in statuses],
                      (sum(counts.values()),))

    coverage = overview.coverage_by_community(session)
    whole = overview.Coverage("", sum(c.inside for c in coverage),
                              sum(c.covered for c in coverage))
    by_community = Table(translate("Workbook", BY_COMMUNITY, lang) + now,
                         [Column(COMMUNITY), Column(FAMILIES_INSIDE),
                          Column(WITH_ACTIVE_AGREEMENT), Column(COVERAGE)],
                         [(c.community, c.inside, c.covered, c.percent) for c in coverage],
                         (whole.inside, whole.covered, whole.percent))

    months = MONTHS
    if date_from:
        months = (end.year - date_from.year) * 12 + end.month - date_from.month + 1
    months = max(1, min(months, MOST_MONTHS))
    coffee = overview.coffee_by_month(session, end, months, since=date_from)
    first = max(coffee[0].month, date_from) if date_from else coffee[0].month
    by_month = Table(f"{translate('Workbook', BY_MONTH, lang)} ({period_text(first, end, lang)})",
                     [Column(MONTH), Column(NET_KG), Column(PAID)],
                     [(fmt_date(m.month, lang, "LLLL yyyy").capitalize(), m.delivered_kg,
                       m.paid_pen) for m in coffee],
                     (sum(m.delivered_kg for m in coffee), sum(m.paid_pen for m in coffee)))

    by_year = overview.participants_by_sex(session, end, since=date_from)
    people = [(str(year), sexes.get("F", 0), sexes.get("M", 0), sum(sexes.values()))
              for year, sexes in by_year.items()]
    by_sex = Table(f"{translate('Workbook', BY_SEX, lang)} ({period_text(date_from, end, lang)})",
                   [Column(YEAR), Column(WOMEN), Column(MEN), Column(PARTICIPANTS)], people,
                   tuple(sum(row[n] for row in people) for n in (1, 2, 3)))
    return [by_status, by_community, by_month, by_sex]


def overview_notes(session, lang: str, date_from: date | None, date_to: date | None,
                   rows_above: int, landscape: bool, today: date | None = None) -> list[Note]:
    """The tables as notes of the Indicators sheet, each after an empty row, its first
    column empty (the title in it), the `rows_above` rows (the sheet's header included)
    printed before them on pages `landscape` or not."""
    page = PAGE_POINTS[landscape]
    used = (ROW * (rows_above - 1)) % page  # (the header row is printed on every page)
    notes: list[Note] = []
    for table in tables(session, lang, date_from, date_to, today):
        notes.append(Note(()))
        used += ROW
        new_page = used > ROW and used + table.points() > page
        used = (0 if new_page else used) + table.points()
        while used > page:
            used -= page
        formats = [c.number_format(lang) for c in table.columns]

        def cells(values: Sequence) -> tuple:
            return (None, *(Formatted(v, f) if f and v is not None else v
                            for v, f in zip(values, formats)))

        notes.append(Note((table.title,), TITLE, TITLE_HEIGHT, new_page))
        notes.append(Note((None, *(c.header(lang) for c in table.columns)),
                          (0, *(NOTE_HEADER_RIGHT if f else NOTE_HEADER for f in formats)),
                          HEADER_HEIGHT))
        notes.extend(Note(cells(row)) for row in table.rows)
        notes.append(Note(cells((translate("Workbook", TOTAL, lang), *table.total)), BOLD))
    return notes
