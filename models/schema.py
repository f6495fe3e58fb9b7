"""The local cache's schema: one SQLite file per account (see ``models.database``).

Document tables mirror the portal contract (``app.portal.contract``): the same column
names, money in integer cents, dates as ISO dates. Ids are the portal's ids. Indexes serve
each section's sort keys as ``(key, id)`` pairs for keyset pagination.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Quote(Base):
    __tablename__ = "quote"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    number: Mapped[str] = mapped_column(String)
    quote_date: Mapped[dt.date] = mapped_column(Date)
    quote_type: Mapped[str] = mapped_column(String)
    project_reference: Mapped[str] = mapped_column(String)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    total: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    order_number: Mapped[str | None] = mapped_column(String)
    __table_args__ = (
        Index("ix_quote_date", "quote_date", "id"),
        Index("ix_quote_number", "number"),
        Index("ix_quote_total", "total", "id"),
        Index("ix_quote_valid_until", "valid_until", "id"),
        Index("ix_quote_status", "status", "quote_date"),
    )


class QuoteLine(Base):
    __tablename__ = "quote_line"
    quote_id: Mapped[int] = mapped_column(
        ForeignKey("quote.id", ondelete="CASCADE"), primary_key=True
    )
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String)
    description: Mapped[str] = mapped_column(String)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    discount_pct: Mapped[float] = mapped_column(Float)
    net_amount: Mapped[int] = mapped_column(Integer)


class Order(Base):
    __tablename__ = "sales_order"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    number: Mapped[str] = mapped_column(String)
    order_date: Mapped[dt.date] = mapped_column(Date)
    order_type: Mapped[str] = mapped_column(String)
    customer_reference: Mapped[str] = mapped_column(String)
    quote_number: Mapped[str | None] = mapped_column(String)
    requested_delivery_date: Mapped[dt.date] = mapped_column(Date)
    delivery_address: Mapped[str] = mapped_column(String)
    site_contact: Mapped[str] = mapped_column(String)
    total: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    __table_args__ = (
        Index("ix_order_date", "order_date", "id"),
        Index("ix_order_number", "number"),
        Index("ix_order_total", "total", "id"),
        Index("ix_order_status", "status", "order_date"),
        Index("ix_order_quote", "quote_number"),
    )


class OrderLine(Base):
    __tablename__ = "order_line"
    order_id: Mapped[int] = mapped_column(
        ForeignKey("sales_order.id", ondelete="CASCADE"), primary_key=True
    )
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String)
    description: Mapped[str] = mapped_column(String)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    net_amount: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String)
    requested_delivery_date: Mapped[dt.date] = mapped_column(Date)
    delivery_address: Mapped[str] = mapped_column(String)
    site_contact: Mapped[str] = mapped_column(String)


class Delivery(Base):
    __tablename__ = "delivery"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    number: Mapped[str] = mapped_column(String)
    delivery_date: Mapped[dt.date] = mapped_column(Date)
    order_number: Mapped[str] = mapped_column(String)
    delivery_type: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    delivery_address: Mapped[str] = mapped_column(String)
    __table_args__ = (
        Index("ix_delivery_date", "delivery_date", "id"),
        Index("ix_delivery_number", "number"),
        Index("ix_delivery_order", "order_number"),
        Index("ix_delivery_status", "status", "delivery_date"),
    )


class DeliveryLine(Base):
    __tablename__ = "delivery_line"
    delivery_id: Mapped[int] = mapped_column(
        ForeignKey("delivery.id", ondelete="CASCADE"), primary_key=True
    )
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String)
    description: Mapped[str] = mapped_column(String)
    quantity: Mapped[int] = mapped_column(Integer)
    serial_number: Mapped[str | None] = mapped_column(String)


class ShippingUnit(Base):
    __tablename__ = "shipping_unit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    number: Mapped[str] = mapped_column(String)
    delivery_number: Mapped[str] = mapped_column(String)
    order_number: Mapped[str] = mapped_column(String)
    shipped_date: Mapped[dt.date] = mapped_column(Date)
    carrier: Mapped[str] = mapped_column(String)
    tracking_number: Mapped[str] = mapped_column(String)
    tracking_url: Mapped[str | None] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    __table_args__ = (
        Index("ix_shipping_unit_date", "shipped_date", "id"),
        Index("ix_shipping_unit_status", "status", "shipped_date"),
        Index("ix_shipping_unit_delivery", "delivery_number"),
    )


class UnitItem(Base):
    __tablename__ = "unit_item"
    unit_id: Mapped[int] = mapped_column(
        ForeignKey("shipping_unit.id", ondelete="CASCADE"), primary_key=True
    )
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String)
    description: Mapped[str] = mapped_column(String)
    quantity: Mapped[int] = mapped_column(Integer)


class Invoice(Base):
    __tablename__ = "invoice"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    number: Mapped[str] = mapped_column(String)
    invoice_type: Mapped[str] = mapped_column(String)
    invoice_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    order_number: Mapped[str] = mapped_column(String)
    delivery_number: Mapped[str] = mapped_column(String)
    net_amount: Mapped[int] = mapped_column(Integer)
    vat_amount: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    open_amount: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String)
    __table_args__ = (
        Index("ix_invoice_date", "invoice_date", "id"),
        Index("ix_invoice_number", "number"),
        Index("ix_invoice_total", "total", "id"),
        Index("ix_invoice_due_date", "due_date", "id"),
        Index("ix_invoice_status", "status", "invoice_date"),
        Index("ix_invoice_order", "order_number"),
    )


class InvoiceLine(Base):
    __tablename__ = "invoice_line"
    invoice_id: Mapped[int] = mapped_column(
        ForeignKey("invoice.id", ondelete="CASCADE"), primary_key=True
    )
    line_no: Mapped[int] = mapped_column(Integer, primary_key=True)
    sku: Mapped[str] = mapped_column(String)
    description: Mapped[str] = mapped_column(String)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    net_amount: Mapped[int] = mapped_column(Integer)


class AccountItem(Base):
    __tablename__ = "account_item"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    document_number: Mapped[str] = mapped_column(String)
    item_type: Mapped[str] = mapped_column(String)
    document_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Integer)
    open_amount: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String)
    __table_args__ = (
        Index("ix_account_item_date", "document_date", "id"),
        Index("ix_account_item_due_date", "due_date", "id"),
    )


class Product(Base):
    __tablename__ = "product"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    sku: Mapped[str] = mapped_column(String, unique=True)
    name: Mapped[str] = mapped_column(String)
    category: Mapped[str] = mapped_column(String)
    capacity_kw: Mapped[float | None] = mapped_column(Float)
    seer: Mapped[float | None] = mapped_column(Float)
    scop: Mapped[float | None] = mapped_column(Float)
    energy_class: Mapped[str | None] = mapped_column(String)
    refrigerant: Mapped[str | None] = mapped_column(String)
    width_mm: Mapped[int | None] = mapped_column(Integer)
    height_mm: Mapped[int | None] = mapped_column(Integer)
    depth_mm: Mapped[int | None] = mapped_column(Integer)
    weight_kg: Mapped[float | None] = mapped_column(Float)
    datasheet_url: Mapped[str | None] = mapped_column(String)
    list_price: Mapped[int] = mapped_column(Integer)


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    label: Mapped[str] = mapped_column(String)
    street: Mapped[str] = mapped_column(String)
    postal_code: Mapped[str] = mapped_column(String)
    city: Mapped[str] = mapped_column(String)
    country: Mapped[str] = mapped_column(String)


class Contact(Base):
    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String)
    phone: Mapped[str] = mapped_column(String)
    email: Mapped[str] = mapped_column(String)


class SyncState(Base):
    """Where each feed's incremental read stands, and when it last completed."""

    __tablename__ = "sync_state"
    feed: Mapped[str] = mapped_column(String, primary_key=True)
    cursor: Mapped[int] = mapped_column(Integer, default=0)
    synced_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class AccountInfo(Base):
    """Key/value facts about the signed-in account: who it is, its roles, last sync."""

    __tablename__ = "account_info"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class UiPreference(Base):
    """Per-account view preferences (column choice and order per section), as JSON."""

    __tablename__ = "ui_preference"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)
