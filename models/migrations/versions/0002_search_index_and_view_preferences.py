"""search index and view preferences

Adds an FTS5 full-text index per section table (external content, kept current by
triggers) and the table of per-account view preferences.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-04 19:46:13.460292
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Frozen copy of the indexed text columns at this revision (see models.search).
SEARCH_COLUMNS: dict[str, tuple[str, ...]] = {
    "quote": ("number", "quote_type", "project_reference", "status", "order_number"),
    "sales_order": (
        "number",
        "order_type",
        "customer_reference",
        "quote_number",
        "delivery_address",
        "site_contact",
        "status",
    ),
    "delivery": ("number", "order_number", "delivery_type", "status", "delivery_address"),
    "shipping_unit": (
        "number",
        "delivery_number",
        "order_number",
        "carrier",
        "tracking_number",
        "status",
    ),
    "invoice": ("number", "invoice_type", "order_number", "delivery_number", "status"),
    "account_item": ("document_number", "item_type"),
}


def _create_fts(table: str, columns: tuple[str, ...]) -> None:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    fts = f"{table}_fts"
    op.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
        "content_rowid='id', tokenize=\"unicode61 remove_diacritics 2\", prefix='2 3')"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END"
    )
    op.execute(
        f"CREATE TRIGGER {fts}_au AFTER UPDATE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END"
    )
    # Index what an earlier version already cached.
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


def upgrade() -> None:
    op.create_table(
        "ui_preference",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    for table, columns in SEARCH_COLUMNS.items():
        _create_fts(table, columns)


def downgrade() -> None:
    for table in SEARCH_COLUMNS:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
    op.drop_table("ui_preference")
