"""Who is working: on a database with users, the window asks a name and a password before it
opens (in the language picked here; the dialog switches at once), and again to unlock after
the idle time set in Settings. A single-user database asks nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QVBoxLayout, QWidget,
)

from desktop.i18n import language
from desktop.i18n.labels import label
from desktop.services import people
from desktop.services.errors import ValidationError
from desktop.ui.settings.first_run import LANGUAGE_NAMES
from desktop.ui.widgets.language import apply_language
from desktop.ui.widgets.style import ERROR_STYLE


class SignInDialog(QDialog):
    """Name and password; `locked_to` keeps the name (unlocking after the idle time)."""

    def __init__(self, database, parent: QWidget | None = None, locked_to: str | None = None):
        super().__init__(parent)
        self.setObjectName("SignInDialog")
        self.database, self.locked_to = database, locked_to
        self.language_box = QComboBox(objectName="language")
        for code, name in LANGUAGE_NAMES:
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language()), 0))
        self.language_box.currentIndexChanged.connect(
            lambda _: apply_language(QApplication.instance(), self.language_box.currentData()))
        self.name = QLineEdit(objectName="userName")
        self.name.setMaxLength(60)
        if locked_to:
            self.name.setText(locked_to)
            self.name.setReadOnly(True)
        self.password = QLineEdit(objectName="password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(objectName="signInError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.intro = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.captions = [QLabel(), QLabel(), QLabel()]
        for caption, widget in zip(self.captions, (self.language_box, self.name, self.password)):
            caption.setBuddy(widget)
            self.form.addRow(caption, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self.retranslate()
        (self.password if locked_to else self.name).setFocus()
        self.actor: people.Actor | None = None

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in") if not self.locked_to else self.tr("Locked"))
        self.intro.setText(
            self.tr("Locked after a while without use. Type your password to go on.")
            if self.locked_to else self.tr("This database has users: who is working?"))
        for caption, text in zip(self.captions, (self.tr("Language:"), self.tr("Name:"),
                                                 self.tr("Password:"))):
            caption.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Sign in") if not self.locked_to else self.tr("Unlock"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("Quit") if self.locked_to else self.tr("Cancel"))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def try_sign_in(self) -> None:
        try:
            with self.database.session() as session:
                actor = people.sign_in(session, self.name.text(), self.password.text())
        except ValidationError as error:
            self.error.setText(error.text())
            self.password.clear()
            self.password.setFocus()
            return
        self.actor = actor
        self.accept()


def sign_in_if_needed(database, parent: QWidget | None = None) -> bool:
    """Ask who is working when the database has users; True once someone signed in (or when
    it has none), False when the user cancelled."""
    with database.session() as session:
        if not people.has_users(session):
            return True
    dialog = SignInDialog(database, parent)
    if not dialog.exec():
        return False
    database.actor = dialog.actor
    return True


def signed_in_text(database) -> str:
    """"Ana Ríos · Coordinador(a)" for the status bar; "" on a single-user database."""
    actor = database.actor
    return "" if actor is None else f"{actor.name} · {label('role', actor.role)}"


class IdleLock(QObject):
    """Locks the window after `minutes` without a key or a click: the signed-in user's
    password unlocks it; Quit closes the program."""

    def __init__(self, window, database, minutes: int):
        super().__init__(window)
        self.window, self.database = window, database
        self.timer = QTimer(self, singleShot=True, interval=max(1, minutes) * 60_000)
        self.timer.timeout.connect(self.lock)
        self.locked = False
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def eventFilter(self, watched, event):
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                            QEvent.Type.Wheel) and not self.locked:
            self.timer.start()
        return False

    def lock(self) -> None:
        actor = self.database.actor
        if actor is None or self.locked:
            return
        self.locked = True
        dialog = SignInDialog(self.database, self.window, locked_to=actor.name)
        unlocked = dialog.exec()
        dialog.deleteLater()
        self.locked = False
        if not unlocked:
            self.window.close()
            return
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)
