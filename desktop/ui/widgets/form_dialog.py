"""The one form pattern: a dialog built from field declarations, errors shown beside each field.

Every entity's add/edit dialog is this class fed with that entity's fields;
the dialog only gathers what was typed and hands it to a service, which
validates it. A ValidationError comes back as red text under the fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QLineEdit,
    QMessageBox, QVBoxLayout, QWidget,
)

from desktop.i18n.labels import choices
from desktop.services.errors import PossibleDuplicate, ValidationError
from desktop.services.fields import BOOL, CHOICE, DATE, REF, Field
from desktop.ui.widgets.style import ERROR_STYLE


@dataclass
class Section:
    """A group of fields; `key` prefixes its error names ("head" -> "head.dni")."""

    key: str
    title: str
    fields: list[Field]


def _date_text(value) -> str:
    return value.strftime("%d/%m/%Y") if isinstance(value, date) else (value or "")


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, sections: list[Section],
                 values: dict, save: Callable[[dict, bool], object],
                 references: dict[str, list[tuple[str, str]]] | None = None):
        """`values` maps section key -> {field: value}; `save(raw, allow_duplicate)` calls a
        service; `references` gives (id, label) options for REF fields."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("FormDialog")
        self.sections = sections
        self._save = save
        self.references = references or {}
        self.widgets: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.result_object = None

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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    @staticmethod
    def key(section: Section, field: Field) -> str:
        return field.name if not section.key else f"{section.key}.{field.name}"

    def _widget(self, field: Field, value) -> QWidget:
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
        widget = QLineEdit()
        if field.kind == DATE:
            widget.setText(_date_text(value))
            widget.setPlaceholderText(self.tr("dd/mm/yyyy"))
        else:
            widget.setText("" if value is None else field.display(value) if field.places
                           else str(value))
            if field.placeholder:
                from desktop.i18n import translate
                widget.setPlaceholderText(translate("Fields", field.placeholder))
        if field.max_length:
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
                if isinstance(widget, QCheckBox):
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

    def try_save(self, allow_duplicate: bool = False) -> None:
        try:
            self.result_object = self._save(self.raw_values(), allow_duplicate)
        except PossibleDuplicate as duplicate:
            answer = QMessageBox.question(
                self, self.tr("Possible duplicate"),
                duplicate.text() + "\n\n" + self.tr("Save anyway?"))
            if answer == QMessageBox.StandardButton.Yes:
                self.try_save(allow_duplicate=True)
            return
        except ValidationError as error:
            self.show_errors(error)
            return
        self.accept()

    def error_text(self, key: str) -> str:
        label = self.error_labels[key]
        return label.text() if not label.isHidden() else ""


__all__ = ["FormDialog", "Section", "Qt"]
