"""The one lookup field: wherever a family, a person, a cooperative member, a plot or an
agreement is chosen, the user types part of a name, a DNI or a code and picks the match.

`Lookup` is a line edit with a popup list (a QCompleter over `LookupModel`). As the user
types, a short pause later it asks desktop.services.lookup for at most 20 matches (the
Families list's accent-insensitive search), each shown with its community. Up and Down move
in the list, Enter or a click takes the highlighted match, Esc closes the list. Enter with
the list closed takes the best match of what was typed; once a match is taken, Enter goes on
to the dialog's default button. The chosen record is `match()`, its id or code `value()`,
and `chosen` announces it. In a FormDialog a field named in `lookups` gets one.

Scoped to one family (`family_id`), the field lists the family's records before anything is
typed: Down (or `open_list()`) opens them all, and typing narrows them by their own name.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP, QAbstractListModel, QEvent, QModelIndex, QRect, Qt, QTimer, Signal,
)
from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit, QWidget

from desktop.i18n.formatting import fmt_hectares
from desktop.i18n.labels import label
from desktop.services import lookup as service
from desktop.services.lookup import AGREEMENT, FAMILY, MEMBER, PERSON, PLOT, Match
from desktop.ui.widgets.lazy_table_model import ID_ROLE

NOTHING = QT_TRANSLATE_NOOP("Lookup", "Nothing matches “{text}”.")
MATCH_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 150
#: The popup is as wide as the field, or as its longest line up to this (a 1024 px screen).
MAX_POPUP_WIDTH = 640
VISIBLE_ROWS = 10


class LookupModel(QAbstractListModel):
    """The matches of the last search, one line each."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matches: list[Match] = []
        #: Adds a word to a match's line (e.g. "already on the list"); "" for none.
        self.note: Callable[[Match], str] | None = None

    def set_matches(self, matches: list[Match]) -> None:
        self.beginResetModel()
        self.matches = list(matches)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.matches)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.matches):
            return None
        match = self.matches[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            note = self.note(match) if self.note else ""
            return describe(match) + (f"  — {note}" if note else "")
        if role == Qt.ItemDataRole.EditRole:
            return short(match)
        if role == ID_ROLE:
            return match.id
        if role == MATCH_ROLE:
            return match
        return None


def _tr(text: str) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP("Lookup", …)) in the window's language."""
    return QApplication.translate("Lookup", text)


def short(match: Match) -> str:
    """What the field shows once the match is taken."""
    if match.kind == FAMILY:
        return " · ".join(p for p in (match.code, match.name) if p)
    if match.kind == PERSON:
        return " · ".join(p for p in (match.name, match.dni, match.family) if p)
    if match.kind == MEMBER:
        return " · ".join(p for p in (match.code, match.name) if p)
    if match.kind == PLOT:
        return f"{match.name} · {match.family}"
    return f"{match.code} · {match.family}"


DNI = QT_TRANSLATE_NOOP("Lookup", "DNI {dni}")
OF_FAMILY = QT_TRANSLATE_NOOP("Lookup", "family {code}")


def describe(match: Match) -> str:
    """One line of the popup: the record, what tells it apart, and its community."""
    dni = _tr(DNI).format(dni=match.dni) if match.dni else ""
    if match.kind == FAMILY:
        parts = (match.code, match.name, dni)
    elif match.kind == PERSON:
        parts = (match.name, dni, _tr(OF_FAMILY).format(code=match.family))
    elif match.kind == MEMBER:
        parts = (match.code, match.name, _tr(OF_FAMILY).format(code=match.family))
    elif match.kind == PLOT:
        area = "" if match.area_ha is None else f"{fmt_hectares(match.area_ha)} ha"
        parts = (match.name, area, match.family)
    else:
        parts = (match.code, label("agreement_status", match.status), match.family)
    return " · ".join(p for p in parts if p) + f" — {match.community}"


class Lookup(QLineEdit):
    """A field to find and choose one record of `kinds` (see desktop.services.lookup).

    `returns` says what value() gives: "id" or "code" (the family code, member code,
    agreement number or DNI, for a service that takes a code). `cooperative_id` narrows
    members to one cooperative, `family_id` persons, plots and agreements to one family.
    """

    chosen = Signal(object)  # the Match taken, or None when the field was cleared

    def __init__(self, database, kinds: tuple[str, ...] | str = FAMILY,
                 parent: QWidget | None = None, returns: str = "id",
                 cooperative_id: str | None = None, family_id: str | None = None,
                 limit: int = service.LIMIT):
        super().__init__(parent)
        self.database = database
        self.kinds = (kinds,) if isinstance(kinds, str) else tuple(kinds)
        self.returns = returns
        self.scope = {"cooperative_id": cooperative_id, "family_id": family_id}
        self.limit = limit
        self._match: Match | None = None
        self._searched = ""  # the text the popup's matches belong to
        self.setClearButtonEnabled(True)
        self.model = LookupModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(VISIBLE_ROWS)
        self.completer.setWidget(self)
        self.completer.activated[QModelIndex].connect(
            lambda index: self.choose(index.data(MATCH_ROLE)))
        self.popup = self.completer.popup()
        self.popup.setObjectName("lookupPopup")
        self.popup.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.textEdited.connect(self._edited)
        self.retranslate()

    #: What the field says while it has no scope to search in (marked with
    #: QT_TRANSLATE_NOOP("Lookup", …)), e.g. the plot before the member is chosen.
    waiting_text = ""

    def retranslate(self) -> None:
        waiting = self.waiting_text and not self.isEnabled()
        self.setPlaceholderText(_tr(self.waiting_text) if waiting
                                else placeholder(self.kinds, self.lists_all()))

    def changeEvent(self, event):
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_scope(self, cooperative_id: str | None = None,
                  family_id: str | None = None) -> None:
        """Search another cooperative's members (or another family's records) from now on;
        what was chosen is forgotten."""
        self.scope = {"cooperative_id": cooperative_id, "family_id": family_id}
        self.set_value(None)
        self.retranslate()

    # --- what was chosen -----------------------------------------------------------------
    def match(self) -> Match | None:
        return self._match

    def value(self):
        """The chosen record's id (or code, see `returns`); None when none is chosen."""
        if self._match is None:
            return None
        return self._match.code if self.returns == "code" else self._match.id

    def set_value(self, value) -> None:
        """Show the record whose id (or code) is `value`, as if it had been chosen."""
        match = None
        if value:
            with self.database.session() as session:
                if self.returns == "code":
                    match = service.by_code(session, self.kinds, str(value),
                                            self.scope["cooperative_id"])
                else:
                    match = next((m for m in (service.get(session, k, value)
                                              for k in self.kinds) if m), None)
        if match is None and value and self.returns == "code":
            self.setText(str(value))  # a code that no longer matches stays visible
            self._match = None
            return
        self._set(match)

    def choose(self, match: Match | None) -> None:
        """Take `match`: show it, close the popup and say so."""
        self._set(match)
        self.popup.hide()
        self.chosen.emit(match)

    def _set(self, match: Match | None) -> None:
        self.timer.stop()
        self._match = match
        self.setText(short(match) if match else "")
        self.setCursorPosition(0)
        self.setToolTip(describe(match) if match else "")
        self._searched = self.text()

    def lists_all(self) -> bool:
        """Whether the field lists every record before anything is typed (one family's)."""
        return service.lists_all(self.kinds, self.scope["family_id"])

    def _edited(self, text: str) -> None:
        if self._match is not None:
            self._match = None
            self.setToolTip("")
            self.chosen.emit(None)
        if text.strip() or self.lists_all():
            self.timer.start()
        else:
            self.timer.stop()
            self.model.set_matches([])
            self.popup.hide()

    # --- searching -------------------------------------------------------------------------
    def find(self, text: str) -> list[Match]:
        with self.database.session() as session:
            return service.find(session, self.kinds, text, self.limit, **self.scope)

    def search(self) -> None:
        """Look up what was typed and open the popup on the matches (the first highlighted)."""
        self.timer.stop()
        text = self.text()
        self.model.set_matches(self.find(text) if text.strip() or self.lists_all() else [])
        self._searched = text
        self._show_popup()

    def open_list(self) -> None:
        """Open the popup on every record of the scope (its family's), whatever the field
        shows; for a field that does not list all, search what was typed."""
        if not self.lists_all():
            self.search()
            return
        self.timer.stop()
        self.model.set_matches(self.find(""))
        self._searched = None  # the popup does not hold the matches of the text shown
        self._show_popup()

    def _show_popup(self) -> None:
        if not self.model.matches or not self.hasFocus():
            self.popup.hide()
            return
        self.completer.complete(self._popup_rect())
        chosen = next((m for m in self.model.matches
                       if self._match is not None and m.id == self._match.id), None)
        first = self.model.matches.index(chosen or self._likeliest(self.model.matches))
        self.popup.setCurrentIndex(self.completer.completionModel().index(first, 0))

    def _likeliest(self, matches: list[Match]) -> Match:
        """The first match without a note (one already taken is less likely wanted)."""
        note = self.model.note
        return next((m for m in matches if not note(m)), matches[0]) if note else matches[0]

    def _popup_rect(self) -> QRect:
        hint = self.popup.sizeHintForColumn(0) + 2 * self.popup.frameWidth() + \
            self.popup.verticalScrollBar().sizeHint().width()
        width = max(self.width(), min(hint, MAX_POPUP_WIDTH))
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, screen.width())
        return QRect(0, 0, width, self.height())

    def best(self) -> Match | None:
        """For text typed but not chosen: the match whose code or DNI is exactly what was
        typed, else the first match (without a note); None when nothing matches."""
        text = self.text().strip()
        if not text:
            return None
        matches = self.model.matches if self._searched == self.text() else self.find(text)
        exact = next((m for m in matches if text.upper() in (m.code.upper(), m.dni)), None)
        return exact or (self._likeliest(matches) if matches else None)

    def resolve(self) -> str | None:
        """Before saving: take the best match of text typed but not chosen. The reason it
        cannot be taken, or None."""
        if self._match is not None or not self.text().strip():
            return None
        match = self.best()
        if match is None:
            return _tr(NOTHING).format(text=self.text().strip())
        self.choose(match)
        return None

    # --- keys --------------------------------------------------------------------------------
    def keyPressEvent(self, event):
        key = event.key()
        if self.popup.isVisible():
            super().keyPressEvent(event)  # the completer handles Enter, Esc, Up and Down
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._match is None \
                and self.text().strip():
            match = self.best()  # typed fast: search now rather than after the pause
            if match is not None:
                self.choose(match)
            event.accept()  # the first Enter takes the match; the next one saves
            return
        if key == Qt.Key.Key_Down and self.lists_all():
            self.open_list() if self._match is not None else self.search()
            event.accept()
            return
        if key == Qt.Key.Key_Down and self.text().strip() and self._match is None:
            self.search()
            event.accept()
            return
        super().keyPressEvent(event)


PLACEHOLDERS = {
    (FAMILY,): QT_TRANSLATE_NOOP("Lookup", "Family code, name or DNI…"),
    (PERSON,): QT_TRANSLATE_NOOP("Lookup", "Name or DNI…"),
    (MEMBER,): QT_TRANSLATE_NOOP("Lookup", "Member code, name or DNI…"),
    (PLOT,): QT_TRANSLATE_NOOP("Lookup", "Plot: its family's code, name or DNI…"),
    (AGREEMENT,): QT_TRANSLATE_NOOP("Lookup", "Agreement number, family code, name or DNI…"),
    (AGREEMENT, FAMILY): QT_TRANSLATE_NOOP("Lookup",
                                           "Agreement number, family code, name or DNI…"),
}


#: Fields scoped to one family, which list its records before anything is typed.
IN_FAMILY = {
    (PERSON,): QT_TRANSLATE_NOOP("Lookup", "Name or DNI (Down: the whole family)…"),
    (PLOT,): QT_TRANSLATE_NOOP("Lookup", "Plot (Down: all)…"),
    (AGREEMENT,): QT_TRANSLATE_NOOP("Lookup", "Agreement number (Down: all of them)…"),
}


def placeholder(kinds: tuple[str, ...], in_family: bool = False) -> str:
    table = IN_FAMILY if in_family else PLACEHOLDERS
    text = table.get(tuple(kinds)) or table.get(tuple(sorted(kinds)), "")
    return _tr(text) if text else ""


__all__ = ["Lookup", "LookupModel", "MATCH_ROLE", "describe", "short"]
