"""The one form pattern: a dialog built from field declarations, errors shown beside each field.

Every entity's add/edit dialog is this class fed with that entity's fields;
the dialog only gathers what was typed and hands it to a service, which
validates it. A ValidationError comes back as red text under the fields.
A field named in `lookups` is a Lookup (find a family, a member… by name, DNI or code).
With `add_another`, "Save and add another" saves and clears the form for the next record
(members, plots, benefits entered in a row); `saved` lists what was saved, also when the
dialog is then closed with Cancel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
    QMessageBox, QPlainTextEdit, QVBoxLayout, QWidget,
)

from desktop.i18n.labels import choices
from desktop.services.errors import FieldError, PossibleDuplicate, ValidationError
from desktop.services.fields import BOOL, CHOICE, DATE, REF, Field
from desktop.ui.widgets.lookup import Lookup
from desktop.ui.widgets.style import ERROR_STYLE, OK_STYLE


@dataclass
class Section:
    """A group of fields; `key` prefixes its error names ("head" -> "head.dni")."""

    key: str
    title: str
    fields: list[Field]


def _date_text(value) -> str:
    return value.strftime("%d/%m/%Y") if isinstance(value, date) else (value or "")


class LongText(QPlainTextEdit):
    """A box of a few lines for a long text (a field declared `multiline`), read and set like
    a line edit; Tab moves on to the next field."""

    LINES = 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing() * self.LINES
        self.setFixedHeight(lines + 2 * self.frameWidth() + 8)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # noqa: N802 - the line edit's name
        self.setPlainText(text)


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, sections: list[Section],
                 values: dict, save: Callable[[dict, bool], object],
                 references: dict[str, list[tuple[str, str]]] | None = None,
                 lookups: dict[str, Callable[[], Lookup]] | None = None,
                 add_another: bool = False):
        """`values` maps section key -> {field: value}; `save(raw, allow_duplicate)` calls a
        service; `references` gives (id, label) options for REF fields; `lookups` makes the
        Lookup of a field (by field name) instead of a combo or a typed code."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("FormDialog")
        self.sections = sections
        self.values = values
        self._save = save
        self.references = references or {}
        self.lookups = lookups or {}
        self.widgets: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.result_object = None
        self.saved: list = []  # every record saved, the last one also in result_object

        layout = QVBoxLayout(self)
        self.general_error = QLabel()
        self.general_error.setObjectName("generalError")
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        layout.addWidget(self.general_error)
        for section in sections:
            box = QGroupBox(section.title) if section.title else QWidget()
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            for field in section.fields:
                if not field.in_form:
                    continue
                key = self.key(section, field)
                widget = self._widget(field, values.get(section.key, {}).get(field.name))
                widget.setObjectName(key)
                self.widgets[key] = widget
                error = QLabel()
                error.setObjectName(f"error:{key}")
                error.setStyleSheet(ERROR_STYLE)
                error.setWordWrap(True)
                error.hide()
                self.error_labels[key] = error
                holder = QWidget()
                column = QVBoxLayout(holder)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(2)
                column.addWidget(widget)
                column.addWidget(error)
                title = field.title() + (" *" if field.required else "")
                form.addRow(title, holder)
            layout.addWidget(box)
        self.saved_note = QLabel(objectName="savedNote")
        self.saved_note.setStyleSheet(OK_STYLE)
        self.saved_note.setWordWrap(True)
        self.saved_note.hide()
        layout.addWidget(self.saved_note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.add_another_button = None
        if add_another:
            self.add_another_button = buttons.addButton(
                self.tr("Save and add another"), QDialogButtonBox.ButtonRole.ActionRole)
            self.add_another_button.setObjectName("saveAndAddAnother")
            self.add_another_button.clicked.connect(lambda: self.try_save(add_another=True))
        layout.addWidget(buttons)
        # Enter saves (also from a field), Esc cancels: Save is the default button.
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.setMinimumWidth(460)

    @staticmethod
    def key(section: Section, field: Field) -> str:
        return field.name if not section.key else f"{section.key}.{field.name}"

    def _widget(self, field: Field, value) -> QWidget:
        if field.name in self.lookups:
            widget = self.lookups[field.name]()
            widget.set_value(value)
            return widget
        if field.kind == BOOL:
            widget = QCheckBox()
            widget.setChecked(bool(value))
            return widget
        if field.kind in (CHOICE, REF):
            widget = QComboBox()
            options = choices(field.choices) if field.kind == CHOICE else self.references.get(
                field.name, [])
            if not field.required:
                widget.addItem("", None)
            for code, text in options:
                widget.addItem(text, code)
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
            return widget
        widget = LongText() if field.multiline else QLineEdit()
        self.set_widget_value(widget, field, value)
        if field.kind == DATE:
            widget.setPlaceholderText(self.tr("dd/mm/yyyy"))
        elif field.placeholder:
            from desktop.i18n import translate
            widget.setPlaceholderText(translate("Fields", field.placeholder))
        if field.max_length and isinstance(widget, QLineEdit):
            widget.setMaxLength(field.max_length)
        return widget

    def raw_values(self) -> dict:
        """What the user typed, per section key, as the services expect it."""
        raw: dict[str, dict] = {}
        for section in self.sections:
            values = raw.setdefault(section.key, {})
            for field in section.fields:
                widget = self.widgets.get(self.key(section, field))
                if widget is None:
                    continue
                if isinstance(widget, Lookup):
                    values[field.name] = widget.value()
                elif isinstance(widget, QCheckBox):
                    values[field.name] = widget.isChecked()
                elif isinstance(widget, QComboBox):
                    values[field.name] = widget.currentData()
                else:
                    values[field.name] = widget.text()
        return raw

    def show_errors(self, error: ValidationError) -> None:
        for label in self.error_labels.values():
            label.hide()
        general = []
        first = None
        for item in error.errors:
            label = self.error_labels.get(item.field or "")
            if label is None:
                general.append(item.text())
                continue
            label.setText(item.text())
            label.show()
            first = first or self.widgets[item.field]
        self.general_error.setText("\n".join(general))
        self.general_error.setVisible(bool(general))
        if first is not None:
            first.setFocus()

    def unresolved_lookups(self) -> ValidationError | None:
        """Lookups with text typed but no match taken take their best match; those where
        nothing matches are errors beside their field."""
        errors = []
        for key, widget in self.widgets.items():
            if isinstance(widget, Lookup):
                problem = widget.resolve()
                if problem:
                    errors.append(FieldError(key, problem))
        return ValidationError(errors) if errors else None

    def try_save(self, allow_duplicate: bool = False, add_another: bool = False) -> None:
        try:
            unresolved = self.unresolved_lookups()
            if unresolved is not None:
                raise unresolved
            self.result_object = self._save(self.raw_values(), allow_duplicate)
        except PossibleDuplicate as duplicate:
            answer = QMessageBox.question(
                self, self.tr("Possible duplicate"),
                duplicate.text() + "\n\n" + self.tr("Save anyway?"))
            if answer == QMessageBox.StandardButton.Yes:
                self.try_save(allow_duplicate=True, add_another=add_another)
            return
        except ValidationError as error:
            self.show_errors(error)
            return
        self.saved.append(self.result_object)
        if add_another:
            self.start_another()
        else:
            self.accept()

    def start_another(self) -> None:
        """After "Save and add another": the form as it opened, ready for the next record."""
        for section in self.sections:
            for field in section.fields:
                key = self.key(section, field)
                if key in self.widgets:
                    self.set_widget_value(self.widgets[key], field,
                                          self.values.get(section.key, {}).get(field.name))
        for label in self.error_labels.values():
            label.hide()
        self.general_error.hide()
        self.saved_note.setText(self.tr("Saved ({n}). Enter the next one, or Close.").format(
            n=len(self.saved)))
        self.saved_note.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        first = next((w for w in self.widgets.values() if w.isEnabled()), None)
        if first is not None:
            first.setFocus()

    def set_widget_value(self, widget: QWidget, field: Field, value) -> None:
        """Put `value` back in a widget made by _widget()."""
        if isinstance(widget, Lookup):
            widget.set_value(value)
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        elif isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))
        elif field.kind == DATE:
            widget.setText(_date_text(value))
        else:
            widget.setText("" if value is None else field.display(value) if field.places
                           else str(value))

    def run(self):
        """Show the dialog and wait; the last record saved (also when more were saved with
        "Save and add another" and the dialog was then closed), or None."""
        self.exec()
        return self.saved[-1] if self.saved else None

    def error_text(self, key: str) -> str:
        label = self.error_labels[key]
        return label.text() if not label.isHidden() else ""


__all__ = ["FormDialog", "Section", "Qt"]
