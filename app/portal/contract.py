"""The portal API as typed requests and responses.

Both clients (embedded over ``server.service`` and, later, HTTP over ``server.api``) speak
exactly these types. Money is in integer cents, dates are ``datetime.date``; each document
carries its item lines. The server fills them, the sync stores them in the cache.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from models.roles import Role, Section


class Feed(StrEnum):
    """A stream of documents the sync pulls. Section feeds need the section's grant;
    reference feeds come with any membership of the company."""

    QUOTES = "quotes"
    ORDERS = "orders"
    DELIVERIES = "deliveries"
    TRACKING = "tracking"
    INVOICES = "invoices"
    ACCOUNT = "account"
    PRODUCTS = "products"
    ADDRESSES = "addresses"
    CONTACTS = "contacts"

    @property
    def section(self) -> Section | None:
        try:
            return Section(self.value)
        except ValueError:
            return None


class ErrorCode(StrEnum):
    BAD_CREDENTIALS = "bad_credentials"
    ACCOUNT_DEACTIVATED = "account_deactivated"
    ACCOUNT_NOT_ACTIVATED = "account_not_activated"
    SESSION_EXPIRED = "session_expired"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    INVALID = "invalid"
    UNREACHABLE = "unreachable"


class PortalError(Exception):
    """The one error of the portal API: a machine-readable code and a message for the user.

    ``message`` is English source text; the app translates it by code for display.
    """

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


# --- sign-in ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SignInRequest:
    email: str
    password: str


@dataclass(frozen=True, slots=True)
class UserInfo:
    user_id: int
    name: str
    email: str
    company_name: str
    customer_number: str
    roles: tuple[Role, ...]
    language: str

    @property
    def sections(self) -> frozenset[Section]:
        from models.roles import granted_sections

        return granted_sections(self.roles)

    @property
    def initials(self) -> str:
        parts = [p for p in self.name.replace("-", " ").split() if p[:1].isupper()]
        if not parts:
            return self.name[:2].upper()
        return (parts[0][0] + (parts[-1][0] if len(parts) > 1 else "")).upper()


@dataclass(frozen=True, slots=True)
class Session:
    token: str
    user: UserInfo


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """A demo sign-in shown on the sign-in dialog when the embedded demo portal is used."""

    email: str
    password: str
    name: str
    roles: tuple[Role, ...]


# --- other applications ----------------------------------------------------------------


class AccessState(StrEnum):
    NOT_REQUESTED = "not_requested"
    REQUESTED = "requested"
    ACTIVE = "active"


@dataclass(frozen=True, slots=True)
class OtherApplications:
    """Links to the manufacturer's other applications, and the user's webshop access."""

    webshop_url: str
    webshop_access: AccessState
    library_url: str
    standbyme_url: str


@dataclass(frozen=True, slots=True)
class WebshopActivationRequest:
    reason: str


# --- documents -------------------------------------------------------------------------


@dataclass(slots=True)
class QuoteLine:
    line_no: int
    sku: str
    description: str
    quantity: int
    unit_price: int
    discount_pct: float
    net_amount: int


@dataclass(slots=True)
class Quote:
    id: int
    number: str
    quote_date: dt.date
    quote_type: str
    project_reference: str
    valid_until: dt.date
    total: int
    currency: str
    status: str
    order_number: str | None
    lines: list[QuoteLine] = field(default_factory=list)


@dataclass(slots=True)
class OrderLine:
    line_no: int
    sku: str
    description: str
    quantity: int
    unit_price: int
    net_amount: int
    status: str
    requested_delivery_date: dt.date
    delivery_address: str
    site_contact: str


@dataclass(slots=True)
class Order:
    id: int
    number: str
    order_date: dt.date
    order_type: str
    customer_reference: str
    quote_number: str | None
    requested_delivery_date: dt.date
    delivery_address: str
    site_contact: str
    total: int
    currency: str
    status: str
    lines: list[OrderLine] = field(default_factory=list)


@dataclass(slots=True)
class DeliveryLine:
    line_no: int
    sku: str
    description: str
    quantity: int
    serial_number: str | None


@dataclass(slots=True)
class Delivery:
    id: int
    number: str
    delivery_date: dt.date
    order_number: str
    delivery_type: str
    status: str
    delivery_address: str
    lines: list[DeliveryLine] = field(default_factory=list)


@dataclass(slots=True)
class UnitItem:
    line_no: int
    sku: str
    description: str
    quantity: int


@dataclass(slots=True)
class ShippingUnit:
    id: int
    number: str
    delivery_number: str
    order_number: str
    shipped_date: dt.date
    carrier: str
    tracking_number: str
    tracking_url: str | None
    status: str
    items: list[UnitItem] = field(default_factory=list)


@dataclass(slots=True)
class InvoiceLine:
    line_no: int
    sku: str
    description: str
    quantity: int
    unit_price: int
    net_amount: int


@dataclass(slots=True)
class Invoice:
    id: int
    number: str
    invoice_type: str
    invoice_date: dt.date
    due_date: dt.date
    order_number: str
    delivery_number: str
    net_amount: int
    vat_amount: int
    total: int
    open_amount: int
    currency: str
    status: str
    lines: list[InvoiceLine] = field(default_factory=list)


@dataclass(slots=True)
class AccountItem:
    id: int
    document_number: str
    item_type: str
    document_date: dt.date
    due_date: dt.date | None
    amount: int
    open_amount: int
    currency: str


@dataclass(slots=True)
class Product:
    id: int
    sku: str
    name: str
    category: str
    capacity_kw: float | None
    seer: float | None
    scop: float | None
    energy_class: str | None
    refrigerant: str | None
    width_mm: int | None
    height_mm: int | None
    depth_mm: int | None
    weight_kg: float | None
    datasheet_url: str | None
    list_price: int


@dataclass(slots=True)
class Address:
    id: int
    label: str
    street: str
    postal_code: str
    city: str
    country: str


@dataclass(slots=True)
class Contact:
    id: int
    name: str
    phone: str
    email: str


Document = (
    Quote | Order | Delivery | ShippingUnit | Invoice | AccountItem | Product | Address | Contact
)

DOCUMENT_TYPES: dict[Feed, type] = {
    Feed.QUOTES: Quote,
    Feed.ORDERS: Order,
    Feed.DELIVERIES: Delivery,
    Feed.TRACKING: ShippingUnit,
    Feed.INVOICES: Invoice,
    Feed.ACCOUNT: AccountItem,
    Feed.PRODUCTS: Product,
    Feed.ADDRESSES: Address,
    Feed.CONTACTS: Contact,
}


# --- incremental read ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ChangesRequest:
    """What changed in ``feed`` since ``cursor`` (0 = everything), at most ``limit`` items."""

    feed: Feed
    cursor: int
    limit: int = 2000


@dataclass(slots=True)
class ChangesPage:
    feed: Feed
    upserts: list[Any]
    deleted_ids: list[int]
    cursor: int
    has_more: bool


# --- the API ---------------------------------------------------------------------------


class PortalClient(Protocol):
    """What the app may ask of the portal. Every call but sign-in is made as a user."""

    # Names the portal, so that each portal's accounts get their own cache and token.
    portal_id: str

    def demo_accounts(self) -> list[DemoAccount]: ...

    def sign_in(self, request: SignInRequest) -> Session: ...

    def sign_out(self, token: str) -> None: ...

    def whoami(self, token: str) -> UserInfo: ...

    def changes(self, token: str, request: ChangesRequest) -> ChangesPage: ...

    def other_applications(self, token: str) -> OtherApplications: ...

    def request_webshop_activation(
        self, token: str, request: WebshopActivationRequest
    ) -> OtherApplications: ...
