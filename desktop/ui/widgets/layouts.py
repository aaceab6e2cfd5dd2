"""Boxes of widgets in one call: a page says what it stacks, not how to add each part."""

from __future__ import annotations

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget


def _fill(layout: QBoxLayout, parts) -> QBoxLayout:
    for part in parts:
        if part is None:
            layout.addStretch()
        elif isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return layout


def vbox(parent: QWidget | None, *parts) -> QVBoxLayout:
    """`parts` (widgets, layouts; None is a stretch) top to bottom, set on `parent`."""
    return _fill(QVBoxLayout(parent) if parent is not None else QVBoxLayout(), parts)


def hbox(*parts) -> QHBoxLayout:
    """`parts` (widgets, layouts; None is a stretch) left to right."""
    return _fill(QHBoxLayout(), parts)
