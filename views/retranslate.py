"""Live language switching for widgets: texts are set in ``retranslate()``, which runs at
construction and again whenever Qt reports a ``LanguageChange``."""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Mixin for a QWidget subclass (list it first); the subclass defines ``retranslate``."""

    def retranslate(self) -> None:
        raise NotImplementedError(f"{type(self).__name__} must set its texts in retranslate()")

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]
