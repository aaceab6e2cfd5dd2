"""The window's tests run as the program does: cycles collected on the GUI thread only
(desktop.ui.gui_thread_collector), never on a worker thread of the operation helper."""

import pytest

from desktop.ui.gui_thread_collector import collect_on_gui_thread


@pytest.fixture(scope="session", autouse=True)
def _cycles_collected_on_the_gui_thread(qapp):
    collector = collect_on_gui_thread(qapp)
    yield collector
    collector.stop()
