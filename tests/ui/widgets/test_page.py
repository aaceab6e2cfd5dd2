"""Pages refresh when an operation changed what they show, and only then."""

from desktop.ui.widgets.operations import CHANGES, FAMILIES, TRAINING
from desktop.ui.widgets.page import Page


class FamiliesShown(Page):
    shows = frozenset({FAMILIES})

    def __init__(self):
        super().__init__()
        self.refreshed = 0

    def refresh(self):
        self.refreshed += 1


def test_a_page_refreshes_only_for_what_it_shows(qtbot):
    page, other = FamiliesShown(), FamiliesShown()
    qtbot.addWidget(page)
    qtbot.addWidget(other)
    CHANGES.announce({TRAINING})
    assert page.refreshed == 0
    CHANGES.announce({FAMILIES, TRAINING})
    assert page.refreshed == 1
    CHANGES.announce({FAMILIES}, origin=page)  # the page that ran it refreshed itself
    assert page.refreshed == 1 and other.refreshed == 2
    CHANGES.announce(set())  # nothing changed: nothing announced
    assert other.refreshed == 2


def test_a_closed_page_is_left_alone(qtbot):
    page = FamiliesShown()
    page.close()  # deleted on close
    qtbot.wait(10)
    CHANGES.announce({FAMILIES})  # no error from the page that is gone
