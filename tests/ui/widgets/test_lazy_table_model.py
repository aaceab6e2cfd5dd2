"""The lazy list model: a page of rows at first, more as the view scrolls, sorted in the
query; checked by Qt's model tester past its first page (the fetchMore example of Qt for
Python announces one row too many, and the tester catches exactly that)."""

from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import Qt

from desktop.services.fields import INT, Field
from desktop.ui.widgets.lazy_table_model import ID_ROLE, PAGE, LazyTableModel
from desktop.ui.widgets.record_table_model import RecordTableModel

FIELDS = [Field("code", "Code"), Field("n", "Number", INT)]


@dataclass
class Row:
    id: str
    code: str
    n: int

    def value(self, name):
        return getattr(self, name)


class Numbers:
    """A stand-in for the Database: what LazyTableModel asks of it is a session."""

    def __init__(self, count):
        self.rows = [Row(f"id-{i}", f"N-{i:05d}", i) for i in range(count)]
        self.queries = 0

    @contextmanager
    def session(self):
        self.queries += 1
        yield self


class NumberModel(LazyTableModel):
    default_sort = "code"

    def fetch(self, session, offset, limit):
        rows = sorted(session.rows, key=lambda r: getattr(r, self.sort_key),
                      reverse=self.descending)
        return rows[offset:offset + limit]

    def count(self, session):
        return len(session.rows)


def test_first_page_then_more_checked_by_the_model_tester(qtmodeltester):
    database = Numbers(2 * PAGE + 17)
    model = NumberModel(database, FIELDS)
    assert model.rowCount() == PAGE and model.canFetchMore()
    qtmodeltester.check(model)  # stays attached: every later change is checked too
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 2 * PAGE + 17 and model.total() == 2 * PAGE + 17
    assert model.index(PAGE + 3, 0).data() == f"N-{PAGE + 3:05d}"
    assert model.index(PAGE + 3, 1).data(Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.index(2 * PAGE + 16, 0).data(ID_ROLE) == f"id-{2 * PAGE + 16}"
    assert model.row_of(f"id-{PAGE + 5}") == PAGE + 5
    model.sort(1, Qt.SortOrder.DescendingOrder)  # from the first page again, sorted anew
    assert model.index(0, 1).data() == str(2 * PAGE + 16)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 2 * PAGE + 17 and model.index(2 * PAGE + 16, 1).data() == "0"
    qtmodeltester.check(model)


def test_a_reset_starts_again_from_the_first_page():
    model = NumberModel(Numbers(2 * PAGE + 17), FIELDS)
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == PAGE and model.canFetchMore()


def test_an_exact_page_asks_once_more_and_stops(qtmodeltester):
    model = NumberModel(Numbers(PAGE), FIELDS)
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == PAGE and not model.canFetchMore()


def test_an_empty_list(qtmodeltester):
    model = NumberModel(Numbers(0), FIELDS)
    qtmodeltester.check(model)
    assert model.rowCount() == 0 and not model.canFetchMore()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Code"


def test_record_table_model(qtmodeltester):
    model = RecordTableModel(FIELDS)
    qtmodeltester.check(model)
    model.set_records([Row("a", "A-1", 3), Row("b", "B-2", 4)])
    assert model.index(1, 0).data() == "B-2" and model.record(0).n == 3
    model.retranslate()
    qtmodeltester.check(model)


def test_a_view_enabling_sorting_as_it_is_reads_nothing_again(qtbot):
    from PySide6.QtWidgets import QTableView

    database = Numbers(10)
    model = NumberModel(database, FIELDS)
    assert database.queries == 1
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)  # the order the model already has: no second read
    assert database.queries == 1
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert database.queries == 2 and model.index(0, 0).data() == "N-00009"
