"""The user's words for portal errors, by error code, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.portal.contract import ErrorCode, PortalError

_MESSAGES: dict[ErrorCode, object] = {
    ErrorCode.BAD_CREDENTIALS: QT_TRANSLATE_NOOP(
        "PortalError", "The e-mail address or password is wrong."
    ),
    ErrorCode.ACCOUNT_DEACTIVATED: QT_TRANSLATE_NOOP(
        "PortalError",
        (
            "This account has been deactivated. "
            "Ask your company's delegated administrator to reactivate it."
        ),
    ),
    ErrorCode.ACCOUNT_NOT_ACTIVATED: QT_TRANSLATE_NOOP(
        "PortalError",
        ("This account has not been activated yet. Use the link in your invitation e-mail."),
    ),
    ErrorCode.SESSION_EXPIRED: QT_TRANSLATE_NOOP(
        "PortalError", "Your session has ended. Please sign in again."
    ),
    ErrorCode.FORBIDDEN: QT_TRANSLATE_NOOP(
        "PortalError", "Your role does not give access to this."
    ),
    ErrorCode.NOT_FOUND: QT_TRANSLATE_NOOP(
        "PortalError", "This item no longer exists at the portal."
    ),
    ErrorCode.UNREACHABLE: QT_TRANSLATE_NOOP(
        "PortalError", "The portal cannot be reached. Check your network connection."
    ),
}


def user_message(err: PortalError) -> str:
    """The message to show: a translation by code, else the portal's own text."""
    source = _MESSAGES.get(err.code)
    if source is None:
        return err.message
    return QCoreApplication.translate("PortalError", str(source))
