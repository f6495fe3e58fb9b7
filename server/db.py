"""The reference portal's own database schema (not the app's cache).

Every document row carries ``company_id`` (whose it is) and ``seq``: the value of the
portal-wide change counter at its last write. The change feed reads ``seq > cursor`` per
company and feed; deletions leave a ``Tombstone`` with their own ``seq``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    create_engine,
    event,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class Counter(Base):
    """Named monotonically increasing counters: the change sequence and document numbers."""

    __tablename__ = "counter"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Company(Base):
    __tablename__ = "company"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    customer_number: Mapped[str] = mapped_column(String(20), unique=True)
    is_manufacturer: Mapped[bool] = mapped_column(default=False)
    street: Mapped[str] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2))
    vat_number: Mapped[str] = mapped_column(String(30))


class User(Base):
    __tablename__ = "user"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    # invited / active / deactivated
    status: Mapped[str] = mapped_column(String(20), default="active")
    language: Mapped[str] = mapped_column(String(5), default="nl")
    roles: Mapped[list[str]] = mapped_column(JSON, default=list)
    company: Mapped[Company] = relationship()


class Invitation(Base):
    __tablename__ = "invitation"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    token: Mapped[str] = mapped_column(String(64), unique=True)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    accepted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class SessionToken(Base):
    __tablename__ = "session_token"
    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Product(Base):
    __tablename__ = "product"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(40))
    capacity_kw: Mapped[float | None] = mapped_column(Float)
    seer: Mapped[float | None] = mapped_column(Float)
    scop: Mapped[float | None] = mapped_column(Float)
    energy_class: Mapped[str | None] = mapped_column(String(8))
    refrigerant: Mapped[str | None] = mapped_column(String(20))
    width_mm: Mapped[int | None] = mapped_column(Integer)
    height_mm: Mapped[int | None] = mapped_column(Integer)
    depth_mm: Mapped[int | None] = mapped_column(Integer)
    weight_kg: Mapped[float | None] = mapped_column(Float)
    datasheet_url: Mapped[str | None] = mapped_column(String(300))
    list_price: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer, index=True)


class Address(Base):
    __tablename__ = "address"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    label: Mapped[str] = mapped_column(String(100))
    street: Mapped[str] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(20))
    city: Mapped[str] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2))
    seq: Mapped[int] = mapped_column(Integer)
    __table_args__ = (Index("ix_address_feed", "company_id", "seq"),)


class Contact(Base):
    __tablename__ = "contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(40))
    email: Mapped[str] = mapped_column(String(254))
    seq: Mapped[int] = mapped_column(Integer)
    __table_args__ = (Index("ix_contact_feed", "company_id", "seq"),)


class Quote(Base):
    __tablename__ = "quote"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    number: Mapped[str] = mapped_column(String(30), unique=True)
    quote_date: Mapped[dt.date] = mapped_column(Date)
    quote_type: Mapped[str] = mapped_column(String(20))
    project_reference: Mapped[str] = mapped_column(String(200))
    valid_until: Mapped[dt.date] = mapped_column(Date)
    total: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    # open / ordered / expired
    status: Mapped[str] = mapped_column(String(20))
    order_number: Mapped[str | None] = mapped_column(String(30))
    seq: Mapped[int] = mapped_column(Integer)
    lines: Mapped[list[QuoteLine]] = relationship(
        order_by="QuoteLine.line_no", cascade="all, delete-orphan"
    )
    __table_args__ = (Index("ix_quote_feed", "company_id", "seq"),)


class QuoteLine(Base):
    __tablename__ = "quote_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quote.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    discount_pct: Mapped[float] = mapped_column(Float)
    net_amount: Mapped[int] = mapped_column(Integer)


class Order(Base):
    __tablename__ = "order"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    number: Mapped[str] = mapped_column(String(30), unique=True)
    order_date: Mapped[dt.date] = mapped_column(Date)
    # individual / spare_parts / webshop
    order_type: Mapped[str] = mapped_column(String(20))
    customer_reference: Mapped[str] = mapped_column(String(200))
    quote_number: Mapped[str | None] = mapped_column(String(30))
    requested_delivery_date: Mapped[dt.date] = mapped_column(Date)
    delivery_address: Mapped[str] = mapped_column(String(300))
    site_contact: Mapped[str] = mapped_column(String(200))
    total: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    # open / completed
    status: Mapped[str] = mapped_column(String(20))
    seq: Mapped[int] = mapped_column(Integer)
    lines: Mapped[list[OrderLine]] = relationship(
        order_by="OrderLine.line_no", cascade="all, delete-orphan"
    )
    __table_args__ = (Index("ix_order_feed", "company_id", "seq"),)


class OrderLine(Base):
    __tablename__ = "order_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("order.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    net_amount: Mapped[int] = mapped_column(Integer)
    # open / done
    status: Mapped[str] = mapped_column(String(20))
    requested_delivery_date: Mapped[dt.date] = mapped_column(Date)
    delivery_address: Mapped[str] = mapped_column(String(300))
    site_contact: Mapped[str] = mapped_column(String(200))


class Delivery(Base):
    __tablename__ = "delivery"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    number: Mapped[str] = mapped_column(String(30), unique=True)
    delivery_date: Mapped[dt.date] = mapped_column(Date)
    order_number: Mapped[str] = mapped_column(String(30))
    # unit / spare_parts / webshop
    delivery_type: Mapped[str] = mapped_column(String(20))
    # in_transit / delivered
    status: Mapped[str] = mapped_column(String(20))
    delivery_address: Mapped[str] = mapped_column(String(300))
    seq: Mapped[int] = mapped_column(Integer)
    lines: Mapped[list[DeliveryLine]] = relationship(
        order_by="DeliveryLine.line_no", cascade="all, delete-orphan"
    )
    __table_args__ = (Index("ix_delivery_feed", "company_id", "seq"),)


class DeliveryLine(Base):
    __tablename__ = "delivery_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("delivery.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[int] = mapped_column(Integer)
    serial_number: Mapped[str | None] = mapped_column(String(40))


class ShippingUnit(Base):
    __tablename__ = "shipping_unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    number: Mapped[str] = mapped_column(String(30), unique=True)
    delivery_number: Mapped[str] = mapped_column(String(30))
    order_number: Mapped[str] = mapped_column(String(30))
    shipped_date: Mapped[dt.date] = mapped_column(Date)
    carrier: Mapped[str] = mapped_column(String(60))
    tracking_number: Mapped[str] = mapped_column(String(60))
    tracking_url: Mapped[str | None] = mapped_column(String(300))
    # in_preparation / in_transit
    status: Mapped[str] = mapped_column(String(20))
    seq: Mapped[int] = mapped_column(Integer)
    items: Mapped[list[UnitItem]] = relationship(
        order_by="UnitItem.line_no", cascade="all, delete-orphan"
    )
    __table_args__ = (Index("ix_shipping_unit_feed", "company_id", "seq"),)


class UnitItem(Base):
    __tablename__ = "unit_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("shipping_unit.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[int] = mapped_column(Integer)


class Invoice(Base):
    __tablename__ = "invoice"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    number: Mapped[str] = mapped_column(String(30), unique=True)
    # invoice / credit_note
    invoice_type: Mapped[str] = mapped_column(String(20))
    invoice_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date] = mapped_column(Date)
    order_number: Mapped[str] = mapped_column(String(30))
    delivery_number: Mapped[str] = mapped_column(String(30))
    net_amount: Mapped[int] = mapped_column(Integer)
    vat_amount: Mapped[int] = mapped_column(Integer)
    total: Mapped[int] = mapped_column(Integer)
    open_amount: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    # open / settled
    status: Mapped[str] = mapped_column(String(20))
    seq: Mapped[int] = mapped_column(Integer)
    lines: Mapped[list[InvoiceLine]] = relationship(
        order_by="InvoiceLine.line_no", cascade="all, delete-orphan"
    )
    __table_args__ = (Index("ix_invoice_feed", "company_id", "seq"),)


class InvoiceLine(Base):
    __tablename__ = "invoice_line"
    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    sku: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[int] = mapped_column(Integer)
    net_amount: Mapped[int] = mapped_column(Integer)


class AccountItem(Base):
    """An open item of the account: an invoice, a credit note or a payment on account."""

    __tablename__ = "account_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"))
    document_number: Mapped[str] = mapped_column(String(30))
    # invoice / credit_note / payment
    item_type: Mapped[str] = mapped_column(String(20))
    document_date: Mapped[dt.date] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    amount: Mapped[int] = mapped_column(Integer)
    open_amount: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    seq: Mapped[int] = mapped_column(Integer)
    __table_args__ = (Index("ix_account_item_feed", "company_id", "seq"),)


class Tombstone(Base):
    """A deleted document, so that incremental readers learn of the deletion."""

    __tablename__ = "tombstone"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(Integer)
    feed: Mapped[str] = mapped_column(String(20))
    doc_id: Mapped[int] = mapped_column(Integer)
    seq: Mapped[int] = mapped_column(Integer)
    __table_args__ = (Index("ix_tombstone_feed", "company_id", "feed", "seq"),)


class ChangeRequest(Base):
    """A change-request ticket for an open order (SPEC.md section 4)."""

    __tablename__ = "change_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    number: Mapped[str] = mapped_column(String(30), unique=True)
    order_number: Mapped[str] = mapped_column(String(30))
    # received / in_progress / done / rejected
    state: Mapped[str] = mapped_column(String(20))
    changes: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ReturnRequest(Base):
    """A return of delivered items (SPEC.md section 6)."""

    __tablename__ = "return_request"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    number: Mapped[str] = mapped_column(String(30), unique=True)
    delivery_number: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(String(30))
    # received / pickup_planned / received_back / credited / rejected
    state: Mapped[str] = mapped_column(String(20))
    details: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PaymentAdvice(Base):
    """A payment advice sent to the manufacturer's accounts receivable (SPEC.md section 8)."""

    __tablename__ = "payment_advice"
    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("company.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"))
    number: Mapped[str] = mapped_column(String(30), unique=True)
    payment_date: Mapped[dt.date] = mapped_column(Date)
    bank_reference: Mapped[str] = mapped_column(String(100))
    lines: Mapped[list[dict[str, object]]] = mapped_column(JSON, default=list)
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ApplicationAccess(Base):
    """A user's access to another application of the manufacturer (the webshop):
    requested with a reason, then activated by the manufacturer."""

    __tablename__ = "application_access"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    application: Mapped[str] = mapped_column(String(20))
    # requested / active
    state: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    requested_at: Mapped[dt.datetime] = mapped_column(DateTime)


class OutgoingEmail(Base):
    """Mail the portal sends (invitations, password resets, confirmations), kept as sent."""

    __tablename__ = "outgoing_email"
    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    meta: Mapped[dict[str, object]] = mapped_column(JSON, default=dict)


def make_engine(url: str) -> Engine:
    """An engine on the portal database; SQLite gets WAL and enforced foreign keys."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

    return engine


def create_schema(engine: Engine) -> None:
    Base.metadata.create_all(engine)
