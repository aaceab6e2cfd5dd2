"""The home charts read well on a small screen in both languages: months named whole ("Ene",
never "E…") and axis numbers grouped (3,000,000, not 3000000), drawn where a user sees them."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem, QGraphicsTextItem

from desktop.services.overview.charts import MonthFigures
from desktop.ui.home.charts import Charts, chart_view
from desktop.ui.widgets.language import apply_language


def drawn_texts(view) -> list[str]:
    QApplication.processEvents()
    return [item.toPlainText() if isinstance(item, QGraphicsTextItem) else item.text()
            for item in view.scene().items()
            if isinstance(item, (QGraphicsTextItem, QGraphicsSimpleTextItem))]


@pytest.mark.parametrize("lang, january", [("es", "Ene"), ("en", "Jan")])
def test_months_and_grouped_amounts_on_a_narrow_chart(qtbot, lang, january):
    apply_language(QApplication.instance(), lang)
    try:
        view = chart_view("coffeeChart")
        qtbot.addWidget(view)
        view.resize(370, 200)  # its size on a 1024×768 screen
        view.show()
        months = [MonthFigures(date(2026, m, 1), Decimal(300_000 if m == 6 else 1_000),
                               Decimal(2_500_000 if m == 6 else 0)) for m in range(1, 13)]
        Charts().coffee_by_month(view, months)
        texts = drawn_texts(view)
        assert january in texts and not any(t.endswith("…") for t in texts)
        assert "300,000" in texts and "3,000,000" in texts  # both axes, grouped
    finally:
        apply_language(QApplication.instance(), "en")
