"""Signing in, the idle lock and what the window greys for a role (issue 14)."""

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from desktop.services import people
from desktop.services.people import Actor
from desktop.ui.main_window import MainWindow
from desktop.ui.people.sign_in_dialog import SignInDialog, sign_in_if_needed
from desktop.ui.widgets.language import apply_language
from tests.ui.helpers import on_next_dialog, type_text


@pytest.fixture
def with_users(database):
    with database.session() as session:
        people.add_user(session, "Ana Ríos", "admin", "first-secret", first=True)
    database.actor = Actor("Ana Ríos", "admin")
    with database.session() as session:
        people.add_user(session, "Rosa", "cooperative", "rosa-secret")
    database.actor = None
    return database


def test_a_single_user_database_asks_nothing(database):
    assert sign_in_if_needed(database) is True
    assert database.actor is None


def test_a_wrong_password_is_said_in_the_dialog_then_the_right_one_signs_in(qtbot, with_users):
    seen = {}

    def attempt(dialog):
        type_text(dialog.name, "rosa")
        type_text(dialog.password, "wrong")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        seen["error"] = dialog.error.text()
        assert dialog.isVisible() and dialog.password.text() == ""
        type_text(dialog.password, "rosa-secret")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_next_dialog(attempt)
    assert sign_in_if_needed(with_users) is True
    assert seen["error"] == "Wrong user name or password."
    assert with_users.actor == Actor("Rosa", "cooperative")


def test_cancelling_opens_nothing(qtbot, with_users):
    on_next_dialog(lambda dialog: dialog.reject())
    assert sign_in_if_needed(with_users) is False
    assert with_users.actor is None


def test_the_dialog_speaks_the_language_picked_in_it(qtbot, with_users):
    apply_language(QApplication.instance(), "en")
    dialog = SignInDialog(with_users)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Sign in"
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("es"))
    assert dialog.windowTitle() == "Ingresar"
    assert dialog.captions[2].text() == "Contraseña:"
    apply_language(QApplication.instance(), "en")


def test_the_window_names_the_user_greys_admin_actions_and_locks_when_idle(qtbot, with_users):
    apply_language(QApplication.instance(), "en")
    with_users.actor = Actor("Rosa", "cooperative")
    window = MainWindow(with_users)
    qtbot.addWidget(window)
    assert window.db_label.text().endswith("Rosa · Cooperative manager")
    assert not window.restore_action.isEnabled() and not window.settings_action.isEnabled()
    seen = {}

    def unlock(dialog):
        seen["title"], seen["name"] = dialog.windowTitle(), dialog.name.text()
        assert dialog.name.isReadOnly()
        type_text(dialog.password, "rosa-secret")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    on_next_dialog(unlock)
    window.idle_lock.lock()  # what the timer does after the idle minutes
    assert seen == {"title": "Locked", "name": "Rosa"}
    assert window.idle_lock.timer.isActive() and not window.idle_lock.locked


def test_each_page_hides_what_the_role_may_not_use(qtbot, family, with_users):
    """An office member drafts but does not sign; a cooperative manager records deliveries
    but not families; a coordinator signs and prints but does not record deliveries."""
    apply_language(QApplication.instance(), "en")
    seen = {}
    for role in ("office", "cooperative", "coordinator", "admin"):
        with_users.actor = Actor("Someone", role)
        window = MainWindow(with_users)
        qtbot.addWidget(window)
        agreements, families = window.page("agreements"), window.page("families")
        cooperative = window.page("cooperative")
        seen[role] = tuple(widget.isVisibleTo(page) for page, widget in (
            (agreements, agreements.buttons["new"]), (agreements, agreements.buttons["sign"]),
            (agreements, agreements.buttons["print"]), (families, families.add_button),
            (cooperative, cooperative.new_coop)))
    assert seen == {"office": (True, False, False, True, False),
                    "cooperative": (False, False, False, False, True),
                    "coordinator": (True, True, True, False, False),
                    "admin": (True, True, True, True, True)}
