"""Window-modal message boxes that don't block the event loop (``open``, not ``exec``).

Blocking ``QMessageBox.information`` would stall background callbacks and tests alike.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("notification")
    box.setAccessibleName(title)
    box.open()
    return box


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Information, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return _box(parent, QMessageBox.Icon.Warning, title, text)


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    on_yes: Callable[[], object],
    yes: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    """Ask; ``on_yes`` runs when the user agrees."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, yes | QMessageBox.StandardButton.Cancel, parent
    )
    box.setDefaultButton(yes)
    box.setAccessibleName(title)
    box.finished.connect(lambda result: on_yes() if result == yes else None)
    box.open()
    return box
