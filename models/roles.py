"""Roles and what they grant: the one table of truth (SPEC.md section 9).

Used by the reference portal (enforcement on every request), by the sync (what to cache,
what to purge when a role is taken away) and by the views (what to show).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum


class Role(StrEnum):
    """A role a user of the customer company can hold. Values are stable wire names."""

    DELEGATED_ADMIN = "delegated_admin"
    ACCOUNT_BALANCE = "account_balance"
    INVOICE_MANAGEMENT = "invoice_management"
    ORDER_MANAGEMENT = "order_management"
    QUOTE_MANAGEMENT = "quote_management"


class Section(StrEnum):
    """A document section of the portal; each maps to one kind of cached document."""

    QUOTES = "quotes"
    ORDERS = "orders"
    DELIVERIES = "deliveries"
    TRACKING = "tracking"
    INVOICES = "invoices"
    ACCOUNT = "account"


# Display order of sections (navigation, tiles, Ctrl+1..6).
SECTION_ORDER: tuple[Section, ...] = (
    Section.QUOTES,
    Section.ORDERS,
    Section.DELIVERIES,
    Section.TRACKING,
    Section.INVOICES,
    Section.ACCOUNT,
)

# Deliveries and Track & Trace come with order management "and the roles above it".
ROLE_GRANTS: dict[Role, frozenset[Section]] = {
    Role.DELEGATED_ADMIN: frozenset(),
    Role.ACCOUNT_BALANCE: frozenset(
        {
            Section.QUOTES,
            Section.ORDERS,
            Section.DELIVERIES,
            Section.TRACKING,
            Section.INVOICES,
            Section.ACCOUNT,
        }
    ),
    Role.INVOICE_MANAGEMENT: frozenset(
        {Section.QUOTES, Section.ORDERS, Section.DELIVERIES, Section.TRACKING, Section.INVOICES}
    ),
    Role.ORDER_MANAGEMENT: frozenset(
        {Section.QUOTES, Section.ORDERS, Section.DELIVERIES, Section.TRACKING}
    ),
    Role.QUOTE_MANAGEMENT: frozenset({Section.QUOTES}),
}


def granted_sections(roles: Iterable[Role | str]) -> frozenset[Section]:
    """The sections a user with these roles may see (the union of each role's grants)."""
    granted: set[Section] = set()
    for role in roles:
        granted |= ROLE_GRANTS[Role(role)]
    return frozenset(granted)


def is_admin(roles: Iterable[Role | str]) -> bool:
    return any(Role(role) is Role.DELEGATED_ADMIN for role in roles)


def ordered(sections: Iterable[Section]) -> list[Section]:
    """Sections in the portal's display order."""
    wanted = set(sections)
    return [s for s in SECTION_ORDER if s in wanted]
