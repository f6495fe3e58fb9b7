"""Display names of roles and sections, translated (the portal's own terms)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.roles import Role, Section

_ROLE_NAMES: dict[Role, object] = {
    Role.DELEGATED_ADMIN: QT_TRANSLATE_NOOP("Roles", "Delegated administrator"),
    Role.ACCOUNT_BALANCE: QT_TRANSLATE_NOOP("Roles", "Account balance"),
    Role.INVOICE_MANAGEMENT: QT_TRANSLATE_NOOP("Roles", "Invoice management"),
    Role.ORDER_MANAGEMENT: QT_TRANSLATE_NOOP("Roles", "Order management"),
    Role.QUOTE_MANAGEMENT: QT_TRANSLATE_NOOP("Roles", "Quote management"),
}

_SECTION_NAMES: dict[Section, object] = {
    Section.QUOTES: QT_TRANSLATE_NOOP("Sections", "Quotes"),
    Section.ORDERS: QT_TRANSLATE_NOOP("Sections", "Orders"),
    Section.DELIVERIES: QT_TRANSLATE_NOOP("Sections", "Deliveries"),
    Section.TRACKING: QT_TRANSLATE_NOOP("Sections", "Track & Trace"),
    Section.INVOICES: QT_TRANSLATE_NOOP("Sections", "Invoices"),
    Section.ACCOUNT: QT_TRANSLATE_NOOP("Sections", "Account balance"),
}


def role_name(role: Role) -> str:
    return QCoreApplication.translate("Roles", str(_ROLE_NAMES[role]))


def section_name(section: Section) -> str:
    return QCoreApplication.translate("Sections", str(_SECTION_NAMES[section]))
