"""The user's words for portal errors, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.portal.contract import PortalError
from app.portal.messages import CONTEXT


def user_message(err: PortalError) -> str:
    """The portal's message translated (``app.portal.messages`` lists every one)."""
    return QCoreApplication.translate(CONTEXT, err.message)
