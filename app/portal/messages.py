"""Every message the portal can give the user, in English (the source language).

The portal raises ``PortalError(code, <one of these>)``; the app shows
``QCoreApplication.translate("PortalError", message)``, so the user reads it in their own
language. This module stays free of Qt (the server imports it): the local
``QT_TRANSLATE_NOOP`` only marks the texts for ``pyside6-lupdate``, which reads it by name.
"""

from __future__ import annotations

CONTEXT = "PortalError"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    return text


BAD_CREDENTIALS = QT_TRANSLATE_NOOP("PortalError", "The e-mail address or password is wrong.")
ACCOUNT_DEACTIVATED = QT_TRANSLATE_NOOP(
    "PortalError",
    "This account has been deactivated. "
    "Ask your company's delegated administrator to reactivate it.",
)
ACCOUNT_NOT_ACTIVATED = QT_TRANSLATE_NOOP(
    "PortalError",
    "This account has not been activated yet. Use the link in your invitation e-mail.",
)
SESSION_EXPIRED = QT_TRANSLATE_NOOP("PortalError", "Your session has ended. Please sign in again.")
SECTION_FORBIDDEN = QT_TRANSLATE_NOOP(
    "PortalError", "Your role does not give access to this section."
)
ADMIN_ONLY = QT_TRANSLATE_NOOP(
    "PortalError", "Only a delegated administrator can manage the users of your company."
)
LAST_ADMIN = QT_TRANSLATE_NOOP(
    "PortalError",
    "Every company needs at least one delegated administrator; this is the last one.",
)
USER_NOT_FOUND = QT_TRANSLATE_NOOP("PortalError", "This user does not exist.")
DOCUMENT_NOT_FOUND = QT_TRANSLATE_NOOP("PortalError", "This document does not exist.")
BAD_PAGE_SIZE = QT_TRANSLATE_NOOP("PortalError", "The page size must be from 1 to 10,000.")
WEBSHOP_REASON_MISSING = QT_TRANSLATE_NOOP("PortalError", "Say why you need the webshop.")
WEBSHOP_REASON_TOO_LONG = QT_TRANSLATE_NOOP(
    "PortalError", "The reason is too long: use at most 2,000 characters."
)
UNREACHABLE = QT_TRANSLATE_NOOP(
    "PortalError", "The portal cannot be reached. Check your network connection."
)
MISSING_CREDENTIALS = QT_TRANSLATE_NOOP(
    "PortalError", "Enter your e-mail address and your password."
)


def catalogued(text: str) -> str | None:
    """``text`` if it is one of the messages above (what another portal sent may not be)."""
    return text if text in _ALL else None


_ALL = frozenset(
    value
    for name, value in list(globals().items())
    if name.isupper() and name != "CONTEXT" and isinstance(value, str)
)
