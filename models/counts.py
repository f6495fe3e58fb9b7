"""The landing page's live counts, straight from the cache."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from models import schema as s
from models.roles import Section


@dataclass(frozen=True)
class SectionCount:
    """A tile's figures: how many documents in all, and the headline figure."""

    total: int
    headline: int  # open quotes, open orders, units in transit, ... (money in cents)


def _count(conn: Connection, table: type[s.Base], *where: object) -> int:
    query = select(func.count()).select_from(table)
    for condition in where:
        query = query.where(condition)  # type: ignore[arg-type]
    return int(conn.scalar(query) or 0)


def section_counts(
    conn: Connection, sections: frozenset[Section], today: dt.date
) -> dict[Section, SectionCount]:
    counts: dict[Section, SectionCount] = {}
    if Section.QUOTES in sections:
        counts[Section.QUOTES] = SectionCount(
            _count(conn, s.Quote),
            _count(conn, s.Quote, s.Quote.status == "open", s.Quote.valid_until >= today),
        )
    if Section.ORDERS in sections:
        counts[Section.ORDERS] = SectionCount(
            _count(conn, s.Order), _count(conn, s.Order, s.Order.status == "open")
        )
    if Section.DELIVERIES in sections:
        counts[Section.DELIVERIES] = SectionCount(
            _count(conn, s.Delivery), _count(conn, s.Delivery, s.Delivery.status == "in_transit")
        )
    if Section.TRACKING in sections:
        counts[Section.TRACKING] = SectionCount(
            _count(conn, s.ShippingUnit),
            _count(conn, s.ShippingUnit, s.ShippingUnit.status == "in_transit"),
        )
    if Section.INVOICES in sections:
        counts[Section.INVOICES] = SectionCount(
            _count(conn, s.Invoice), _count(conn, s.Invoice, s.Invoice.status == "open")
        )
    if Section.ACCOUNT in sections:
        balance = conn.scalar(select(func.coalesce(func.sum(s.AccountItem.open_amount), 0)))
        counts[Section.ACCOUNT] = SectionCount(_count(conn, s.AccountItem), int(balance or 0))
    return counts


# Due-date buckets of the open amount, oldest first; bounds are days relative to today.
DUE_BUCKETS: tuple[tuple[str, int | None, int | None], ...] = (
    ("overdue_30", None, -31),
    ("overdue", -30, -1),
    ("due_30", 0, 30),
    ("due_later", 31, None),
)


def open_amount_by_due_bucket(conn: Connection, today: dt.date) -> dict[str, int]:
    """Open amount (cents) of the account's items per due-date bucket (no due date = now)."""
    item = s.AccountItem
    due = func.coalesce(item.due_date, today)
    result: dict[str, int] = {}
    for key, low, high in DUE_BUCKETS:
        query = select(func.coalesce(func.sum(item.open_amount), 0))
        if low is not None:
            query = query.where(due >= today + dt.timedelta(days=low))
        if high is not None:
            query = query.where(due <= today + dt.timedelta(days=high))
        result[key] = int(conn.scalar(query) or 0)
    return result


def orders_per_month(conn: Connection, today: dt.date, months: int = 12) -> list[tuple[str, int]]:
    """(YYYY-MM, number of orders) for the last ``months`` months, oldest first, gaps as 0."""
    first = dt.date(today.year, today.month, 1)
    for _ in range(months - 1):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    month = func.substr(s.Order.order_date, 1, 7)
    rows: dict[str, int] = dict(
        conn.execute(
            select(month, func.count()).where(s.Order.order_date >= first).group_by(month)
        ).all()
    )
    result = []
    current = first
    for _ in range(months):
        key = current.strftime("%Y-%m")
        result.append((key, int(rows.get(key, 0))))
        current = (current + dt.timedelta(days=32)).replace(day=1)
    return result
