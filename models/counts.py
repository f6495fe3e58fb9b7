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
