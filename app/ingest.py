"""Writing pages of the portal's change feed into the cache, and purging feeds.

Contract field names equal the cache's column names, so one generic writer serves every
feed. It writes through the DB-API's ``executemany`` because the first sync of a large
account moves millions of rows.

Headers go through a per-connection staging table and then into the section's table in
*one* ``INSERT ... SELECT`` per page. Section tables carry FTS5 triggers (migration 0002),
and SQLite opens a statement savepoint for every execution of a statement that fires
triggers; FTS5 flushes its pending index data to a new segment at every savepoint. Written
row by row (``executemany`` straight into the table), the search index therefore got one
tiny segment per document and spent most of the sync merging them; one statement per page
gives one segment per page (same rows, same index; a first sync of a million invoices
writes about twice as fast, see bench/README.md).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from sqlalchemy.engine import Connection

from app.portal import contract as c


@dataclass(frozen=True)
class FeedTable:
    table: str
    columns: tuple[str, ...]
    line_table: str | None = None
    line_fk: str = ""
    line_columns: tuple[str, ...] = ()
    line_attr: str = "lines"


def _fields(doc_type: type, exclude: str = "lines") -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(doc_type) if f.name != exclude)


def _feed_table(
    doc_type: type,
    table: str,
    line_type: type | None = None,
    line_table: str | None = None,
    line_fk: str = "",
    line_attr: str = "lines",
) -> FeedTable:
    return FeedTable(
        table=table,
        columns=_fields(doc_type, exclude=line_attr),
        line_table=line_table,
        line_fk=line_fk,
        line_columns=_fields(line_type) if line_type else (),
        line_attr=line_attr,
    )


FEED_TABLES: dict[c.Feed, FeedTable] = {
    c.Feed.QUOTES: _feed_table(c.Quote, "quote", c.QuoteLine, "quote_line", "quote_id"),
    c.Feed.ORDERS: _feed_table(c.Order, "sales_order", c.OrderLine, "order_line", "order_id"),
    c.Feed.DELIVERIES: _feed_table(
        c.Delivery, "delivery", c.DeliveryLine, "delivery_line", "delivery_id"
    ),
    c.Feed.TRACKING: _feed_table(
        c.ShippingUnit, "shipping_unit", c.UnitItem, "unit_item", "unit_id", "items"
    ),
    c.Feed.INVOICES: _feed_table(c.Invoice, "invoice", c.InvoiceLine, "invoice_line", "invoice_id"),
    c.Feed.ACCOUNT: _feed_table(c.AccountItem, "account_item"),
    c.Feed.PRODUCTS: _feed_table(c.Product, "product"),
    c.Feed.ADDRESSES: _feed_table(c.Address, "address"),
    c.Feed.CONTACTS: _feed_table(c.Contact, "contact"),
}


def _sql_value(value: Any) -> Any:
    # SQLAlchemy's Date type stores ISO text on SQLite; write the same form.
    return value.isoformat() if isinstance(value, dt.date) else value


def _rows(items: Sequence[Any], columns: Sequence[str], *lead: list[Any]) -> list[tuple[Any, ...]]:
    """The items' values of ``columns`` as SQL parameter rows (after the ``lead`` columns).

    Column by column: C-level attribute reads and one type check per column instead of a
    Python call per value; a column that holds dates gets them as ISO text.
    """
    values: list[list[Any]] = list(lead)
    for col in columns:
        column = list(map(attrgetter(col), items))
        if any(issubclass(kind, dt.date) for kind in set(map(type, column))):
            column = [_sql_value(v) for v in column]
        values.append(column)
    return list(zip(*values, strict=True))


def _chunks(ids: Sequence[int], size: int = 900) -> list[Sequence[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def apply_page(conn: Connection, page: c.ChangesPage) -> None:
    """Upsert the page's documents with their lines and delete its deletions.

    The caller owns the transaction, so a page lands whole or not at all.
    """
    spec = FEED_TABLES[page.feed]
    dbapi = conn.connection.driver_connection
    assert dbapi is not None
    cols = spec.columns
    if page.upserts:
        _upsert(dbapi, spec, _rows(page.upserts, cols))
        if spec.line_table:
            _replace_lines(dbapi, spec, page.upserts)
    if page.deleted_ids:
        _delete(dbapi, spec, page.deleted_ids)


def _upsert(dbapi: Any, spec: FeedTable, rows: list[tuple[Any, ...]]) -> None:
    """Insert or update the page's headers with one statement (see the module's notes)."""
    cols = ", ".join(spec.columns)
    stage = f"temp.stage_{spec.table}"
    # Untyped columns keep each value exactly as given; the section table's own column
    # affinities then apply on the INSERT below, as they would to a direct insert.
    dbapi.execute(f"CREATE TEMP TABLE IF NOT EXISTS stage_{spec.table} ({cols})")
    dbapi.executemany(
        f"INSERT INTO {stage} ({cols}) VALUES ({', '.join('?' * len(spec.columns))})", rows
    )
    updates = ", ".join(f"{col}=excluded.{col}" for col in spec.columns if col != "id")
    # "WHERE true" tells SQLite's parser that ON CONFLICT is the upsert, not a join's ON.
    dbapi.execute(
        f"INSERT INTO main.{spec.table} ({cols}) SELECT {cols} FROM {stage} WHERE true "
        f"ORDER BY rowid ON CONFLICT(id) DO UPDATE SET {updates}"
    )
    dbapi.execute(f"DELETE FROM {stage}")


def _replace_lines(dbapi: Any, spec: FeedTable, docs: list[Any]) -> None:
    assert spec.line_table
    ids = [doc.id for doc in docs]
    for chunk in _chunks(ids):
        dbapi.execute(
            f"DELETE FROM {spec.line_table} WHERE {spec.line_fk} IN ({','.join('?' * len(chunk))})",
            tuple(chunk),
        )
    line_cols = spec.line_columns
    per_doc = [getattr(doc, spec.line_attr) for doc in docs]
    lines = [line for doc_lines in per_doc for line in doc_lines]
    owners = [doc_id for doc_id, doc_lines in zip(ids, per_doc, strict=True) for _ in doc_lines]
    dbapi.executemany(
        f"INSERT INTO {spec.line_table} ({spec.line_fk}, {', '.join(line_cols)}) "
        f"VALUES ({', '.join('?' * (len(line_cols) + 1))})",
        _rows(lines, line_cols, owners),
    )


def _delete(dbapi: Any, spec: FeedTable, ids: Sequence[int]) -> None:
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        if spec.line_table:
            dbapi.execute(
                f"DELETE FROM {spec.line_table} WHERE {spec.line_fk} IN ({marks})", tuple(chunk)
            )
        dbapi.execute(f"DELETE FROM {spec.table} WHERE id IN ({marks})", tuple(chunk))


def purge_feed(conn: Connection, feed: c.Feed) -> None:
    """Remove everything cached of a feed (a role no longer grants it)."""
    spec = FEED_TABLES[feed]
    if spec.line_table:
        conn.exec_driver_sql(f"DELETE FROM {spec.line_table}")
    conn.exec_driver_sql(f"DELETE FROM {spec.table}")
