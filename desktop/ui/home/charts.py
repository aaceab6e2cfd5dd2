"""The home page's four charts, drawn with QtCharts from the overview service's figures.

Each function fills a QChartView's chart anew (the language or the data changed); the views
are created once by the page.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries,
    QLineSeries, QStackedBarSeries, QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from desktop.i18n import language
from desktop.i18n.formatting import fmt_date
from desktop.i18n.labels import label

GREEN, BROWN, ORANGE, PURPLE, GREY = "#2e7d32", "#795548", "#ef6c00", "#6a1b9a", "#9e9e9e"
STATUS_COLOURS = {"draft": GREY, "signed": "#1565c0", "active": GREEN, "suspended": ORANGE,
                  "ended": BROWN}
STATUS_ORDER = ("draft", "signed", "active", "suspended", "ended")
#: Communities shown in the coverage chart (those with most families inside first).
MOST_COMMUNITIES = 10
#: Longer community names are shortened on the axis (the tooltip has them whole).
AXIS_NAME_LENGTH = 16
AXIS_FONT_SIZE = 7
#: The QLocale whose digit grouping the axes use, per language of the window.
AXIS_LOCALES = {"es": "es_PE", "en": "en_US"}


def chart_view(name: str) -> QChartView:
    view = QChartView(objectName=name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(210)
    return view


def _fresh(view: QChartView, title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont(chart.titleFont())
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setMargins(QMargins(2, 2, 2, 2))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    # Axis numbers grouped as the reader's language writes them, not 3000000 (a localized
    # axis takes only %f-style formats: "%d" draws nothing).
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale(AXIS_LOCALES.get(language(), "en_US")))
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()
    return chart


def _nice(axis: QValueAxis, top: float) -> None:
    """0 to a round number above `top`; an empty chart gets 0–1 (an axis of nothing warns)."""
    axis.setRange(0, top if top > 0 else 1)
    if top > 0:
        axis.applyNiceNumbers()


def _axis_to(chart: QChart, series, categories: list[str], horizontal=False,
             maximum: float | None = None, top: float = 0, axis_format: str = "%.0f") -> None:
    categories_axis = QBarCategoryAxis()
    categories_axis.append(categories)
    _small_labels(categories_axis)
    categories_axis.setTruncateLabels(False)
    values = QValueAxis()
    values.setLabelFormat(axis_format)
    _small_labels(values)
    if maximum is not None:
        values.setRange(0, maximum)
    chart.addAxis(categories_axis, Qt.AlignmentFlag.AlignLeft if horizontal
                  else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal
                  else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories_axis)
    series.attachAxis(values)
    if maximum is None:
        _nice(values, top)


def _small_labels(axis) -> None:
    font = QFont(axis.labelsFont())
    font.setPointSize(AXIS_FONT_SIZE)
    axis.setLabelsFont(font)


def _short(name: str) -> str:
    return name if len(name) <= AXIS_NAME_LENGTH else name[:AXIS_NAME_LENGTH - 1] + "…"


class Charts(QObject):
    """The four charts; a QObject so their titles are translated in its context."""

    def agreements_by_status(self, view: QChartView, counts: dict[str, int]) -> None:
        chart = _fresh(view, self.tr("Agreements by status"))
        lang = language()
        series = QBarSeries()
        bars = QBarSet(self.tr("Agreements"))
        bars.setColor(QColor(GREEN))
        shown = [s for s in STATUS_ORDER if counts.get(s)]
        for status in shown:
            bars.append(counts[status])
        series.append(bars)
        chart.addSeries(series)
        _axis_to(chart, series, [label("agreement_status", s, lang) for s in shown],
                 top=max((counts[s] for s in shown), default=0))
        chart.legend().hide()

    def coverage_by_community(self, view: QChartView, coverage) -> None:
        chart = _fresh(view, self.tr("Families inside the forest with an active agreement (%)"))
        biggest = sorted(coverage, key=lambda c: -c.inside)[:MOST_COMMUNITIES]
        biggest.sort(key=lambda c: c.percent)
        series = QHorizontalBarSeries()
        bars = QBarSet(self.tr("Coverage"))
        bars.setColor(QColor(GREEN))
        for row in biggest:
            bars.append(float(row.percent))
        series.append(bars)
        chart.addSeries(series)
        _axis_to(chart, series, [_short(row.community) for row in biggest], horizontal=True,
                 maximum=100)
        chart.legend().hide()
        view.setToolTip("\n".join(f"{c.community}: {c.covered} / {c.inside}" for c in biggest))

    def coffee_by_month(self, view: QChartView, months) -> None:
        chart = _fresh(view, self.tr("Coffee delivered (kg) and paid (S/) by month"))
        lang = language()
        delivered = QBarSet(self.tr("Delivered (kg)"))
        delivered.setColor(QColor(BROWN))
        paid = QLineSeries()
        paid.setName(self.tr("Paid (S/)"))
        paid.setColor(QColor(ORANGE))
        for index, month in enumerate(months):
            delivered.append(float(month.delivered_kg))
            paid.append(index, float(month.paid_pen))
        bars = QBarSeries()
        bars.append(delivered)
        chart.addSeries(bars)
        chart.addSeries(paid)
        categories = QBarCategoryAxis()
        categories.append([fmt_date(m.month, lang, "LLL").strip(".").capitalize()
                           for m in months])
        _small_labels(categories)
        categories.setTruncateLabels(False)  # "Ene", never "E…" on a 1024-pixel screen
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        kg_axis, soles_axis = QValueAxis(), QValueAxis()
        kg_axis.setLabelFormat("%.0f")
        soles_axis.setLabelFormat("%.0f")
        _small_labels(kg_axis)
        _small_labels(soles_axis)
        chart.addAxis(kg_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(soles_axis, Qt.AlignmentFlag.AlignRight)
        bars.attachAxis(categories)
        bars.attachAxis(kg_axis)
        paid.attachAxis(categories)
        paid.attachAxis(soles_axis)
        _nice(kg_axis, max((float(m.delivered_kg) for m in months), default=0))
        _nice(soles_axis, max((float(m.paid_pen) for m in months), default=0))

    def participants_by_sex(self, view: QChartView, by_year: dict[int, dict[str, int]]) -> None:
        # Attendances (a person once per session), as the workbook's overview says: the
        # "People trained" tile counts each person once.
        chart = _fresh(view, self.tr("Training attendance by sex and year"))
        lang = language()
        series = QStackedBarSeries()
        for sex, colour in (("F", PURPLE), ("M", GREEN)):
            bars = QBarSet(label("sex", sex, lang))
            bars.setColor(QColor(colour))
            for year in by_year:
                bars.append(by_year[year].get(sex, 0))
            series.append(bars)
        chart.addSeries(series)
        _axis_to(chart, series, [str(year) for year in by_year],
                 top=max((sum(v.values()) for v in by_year.values()), default=0))
