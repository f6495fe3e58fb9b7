"""How each feed of the change stream maps onto the portal's tables and the contract types.

Contract field names equal the table column names, so one generic reader serves every feed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection

from app.portal import contract as c
from server import db


@dataclass(frozen=True)
class FeedSource:
    table: Table
    doc_type: type
    per_company: bool = True
    line_table: Table | None = None
    line_fk: str = ""
    line_type: type | None = None
    line_attr: str = "lines"


def _t(model: type) -> Table:
    return model.__table__  # type: ignore[attr-defined]


FEED_SOURCES: dict[c.Feed, FeedSource] = {
    c.Feed.QUOTES: FeedSource(
        _t(db.Quote), c.Quote, True, _t(db.QuoteLine), "quote_id", c.QuoteLine
    ),
    c.Feed.ORDERS: FeedSource(
        _t(db.Order), c.Order, True, _t(db.OrderLine), "order_id", c.OrderLine
    ),
    c.Feed.DELIVERIES: FeedSource(
        _t(db.Delivery), c.Delivery, True, _t(db.DeliveryLine), "delivery_id", c.DeliveryLine
    ),
    c.Feed.TRACKING: FeedSource(
        _t(db.ShippingUnit), c.ShippingUnit, True, _t(db.UnitItem), "unit_id", c.UnitItem, "items"
    ),
    c.Feed.INVOICES: FeedSource(
        _t(db.Invoice), c.Invoice, True, _t(db.InvoiceLine), "invoice_id", c.InvoiceLine
    ),
    c.Feed.ACCOUNT: FeedSource(_t(db.AccountItem), c.AccountItem),
    c.Feed.PRODUCTS: FeedSource(_t(db.Product), c.Product, per_company=False),
    c.Feed.ADDRESSES: FeedSource(_t(db.Address), c.Address),
    c.Feed.CONTACTS: FeedSource(_t(db.Contact), c.Contact),
}


def _field_names(doc_type: type, exclude: str = "") -> list[str]:
    return [f.name for f in dataclasses.fields(doc_type) if f.name != exclude]


def read_changes(
    conn: Connection, feed: c.Feed, company_id: int, cursor: int, limit: int
) -> tuple[list[Any], list[int], int, bool]:
    """Documents and deletions of ``feed`` with seq > cursor, oldest change first.

    Returns (documents, deleted ids, new cursor, has_more). Upserts and tombstones are
    merged by seq so that the cursor never skips past an unread change.
    """
    src = FEED_SOURCES[feed]
    table = src.table
    fields = _field_names(src.doc_type, exclude=src.line_attr)
    query = select(*(table.c[n] for n in fields), table.c.seq).where(table.c.seq > cursor)
    if src.per_company:
        query = query.where(table.c.company_id == company_id)
    rows = conn.execute(query.order_by(table.c.seq).limit(limit + 1)).all()

    tomb = _t(db.Tombstone)
    tomb_rows = conn.execute(
        select(tomb.c.doc_id, tomb.c.seq)
        .where(tomb.c.company_id == (company_id if src.per_company else 0))
        .where(tomb.c.feed == feed.value)
        .where(tomb.c.seq > cursor)
        .order_by(tomb.c.seq)
        .limit(limit + 1)
    ).all()

    # Merge both streams by seq and keep the first `limit` changes.
    merged = sorted(
        [(r[-1], 0, r) for r in rows] + [(t.seq, 1, t) for t in tomb_rows],
        key=lambda item: item[0],
    )
    has_more = len(merged) > limit
    merged = merged[:limit]
    new_cursor = merged[-1][0] if merged else cursor

    docs = [src.doc_type(*r[:-1]) for _, kind, r in merged if kind == 0]
    deleted = [r.doc_id for _, kind, r in merged if kind == 1]
    if docs and src.line_table is not None and src.line_type is not None:
        _attach_lines(conn, src, docs)
    return docs, deleted, new_cursor, has_more


def _attach_lines(conn: Connection, src: FeedSource, docs: list[Any]) -> None:
    assert src.line_table is not None and src.line_type is not None
    line_table = src.line_table
    names = _field_names(src.line_type)
    fk = line_table.c[src.line_fk]
    by_id = {d.id: getattr(d, src.line_attr) for d in docs}
    ids = list(by_id)
    # SQLite limits bound parameters; read lines in chunks.
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        query = (
            select(fk, *(line_table.c[n] for n in names))
            .where(fk.in_(chunk))
            .order_by(fk, line_table.c.line_no)
        )
        for row in conn.execute(query):
            by_id[row[0]].append(src.line_type(*row[1:]))
