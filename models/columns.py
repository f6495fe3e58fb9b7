"""Each section described as data: its table, columns, criteria and item lines.

In the style of Picard's ``ui/itemviews/columns.py``: one generic table model, criteria
panel and section view serve all six sections; what differs between them is only here.
The vocabulary (``ColumnSpec``, ``CriterionSpec``, ...) is in ``models.column_types``.
"""

from __future__ import annotations

from typing import Any

from models.column_types import (
    QT_TRANSLATE_NOOP,
    Choice,
    ColumnSpec,
    ColumnType,
    CriterionKind,
    CriterionSpec,
    LineSpec,
    SectionSpec,
    SummarySpec,
    choices,
)
from models.roles import Section

T = ColumnType
K = CriterionKind


def _col(column_id: str, title: str, kind: ColumnType = T.TEXT, **kw: Any) -> ColumnSpec:
    return ColumnSpec(column_id, title, kind, **kw)


def _number(criterion_id: str, title: str, column: str) -> CriterionSpec:
    return CriterionSpec(criterion_id, title, K.NUMBER, column)


def _dates(column: str, title: str) -> CriterionSpec:
    return CriterionSpec("date", title, K.DATE_RANGE, column)


def _status(choices: tuple[Choice, ...]) -> CriterionSpec:
    return CriterionSpec(
        "status", QT_TRANSLATE_NOOP("Criteria", "Status"), K.CHOICE, "status", choices
    )


def _type(column: str, choices: tuple[Choice, ...]) -> CriterionSpec:
    return CriterionSpec("type", QT_TRANSLATE_NOOP("Criteria", "Type"), K.CHOICE, column, choices)


def _amounts(column: str) -> CriterionSpec:
    return CriterionSpec("amount", QT_TRANSLATE_NOOP("Criteria", "Amount"), K.AMOUNT_RANGE, column)


_OVERDUE = CriterionSpec("overdue", QT_TRANSLATE_NOOP("Criteria", "Only overdue"), K.FLAG)
_ITEM = (
    _col("sku", QT_TRANSLATE_NOOP("Columns", "Product")),
    _col("description", QT_TRANSLATE_NOOP("Columns", "Description")),
    _col("quantity", QT_TRANSLATE_NOOP("Columns", "Quantity"), T.INTEGER),
)
_UNIT_PRICE = _col("unit_price", QT_TRANSLATE_NOOP("Columns", "Unit price"), T.MONEY)
_NET = _col("net_amount", QT_TRANSLATE_NOOP("Columns", "Net amount"), T.MONEY)

QUOTE_STATUS = choices("open", "expired", "ordered")
QUOTE_TYPES = choices("standard", "project", "service")
ORDER_STATUS = choices("open", "completed")
ORDER_TYPES = choices("individual", "spare_parts", "webshop")
DELIVERY_STATUS = choices("in_transit", "delivered")
DELIVERY_TYPES = choices("unit", "spare_parts", "webshop")
UNIT_STATUS = choices("in_preparation", "in_transit")
INVOICE_STATUS = choices("open", "settled")
INVOICE_TYPES = choices("invoice", "credit_note")
ACCOUNT_TYPES = choices("invoice", "credit_note", "payment")

SECTIONS: dict[Section, SectionSpec] = {
    Section.QUOTES: SectionSpec(
        Section.QUOTES,
        "quote",
        "quote_date",
        "number",
        columns=(
            _col("number", QT_TRANSLATE_NOOP("Columns", "Quote number"), searchable=True),
            _col("quote_date", QT_TRANSLATE_NOOP("Columns", "Quote date"), T.DATE),
            _col("quote_type", QT_TRANSLATE_NOOP("Columns", "Type"), T.CHOICE, choices=QUOTE_TYPES),
            _col(
                "project_reference",
                QT_TRANSLATE_NOOP("Columns", "Project reference"),
                searchable=True,
            ),
            _col("valid_until", QT_TRANSLATE_NOOP("Columns", "Valid until"), T.DATE),
            _col("total", QT_TRANSLATE_NOOP("Columns", "Total"), T.MONEY),
            _col("status", QT_TRANSLATE_NOOP("Columns", "Status"), T.STATUS, choices=QUOTE_STATUS),
            _col(
                "order_number",
                QT_TRANSLATE_NOOP("Columns", "Order number"),
                visible=False,
                searchable=True,
            ),
        ),
        criteria=(
            _number("number", QT_TRANSLATE_NOOP("Criteria", "Quote number"), "number"),
            _dates("quote_date", QT_TRANSLATE_NOOP("Criteria", "Quote date")),
            _status(QUOTE_STATUS),
            _type("quote_type", QUOTE_TYPES),
            _amounts("total"),
            _number("order_number", QT_TRANSLATE_NOOP("Criteria", "Order number"), "order_number"),
        ),
        lines=LineSpec(
            "quote_line",
            "quote_id",
            (
                *_ITEM,
                _UNIT_PRICE,
                _col("discount_pct", QT_TRANSLATE_NOOP("Columns", "Discount"), T.PERCENT),
                _NET,
            ),
        ),
        currency_column="currency",
    ),
    Section.ORDERS: SectionSpec(
        Section.ORDERS,
        "sales_order",
        "order_date",
        "number",
        columns=(
            _col("number", QT_TRANSLATE_NOOP("Columns", "Order number"), searchable=True),
            _col("order_date", QT_TRANSLATE_NOOP("Columns", "Order date"), T.DATE),
            _col("order_type", QT_TRANSLATE_NOOP("Columns", "Type"), T.CHOICE, choices=ORDER_TYPES),
            _col(
                "customer_reference",
                QT_TRANSLATE_NOOP("Columns", "Your reference"),
                searchable=True,
            ),
            _col(
                "requested_delivery_date",
                QT_TRANSLATE_NOOP("Columns", "Requested delivery date"),
                T.DATE,
            ),
            _col("total", QT_TRANSLATE_NOOP("Columns", "Total"), T.MONEY),
            _col("status", QT_TRANSLATE_NOOP("Columns", "Status"), T.STATUS, choices=ORDER_STATUS),
            _col(
                "quote_number",
                QT_TRANSLATE_NOOP("Columns", "Quote number"),
                visible=False,
                searchable=True,
            ),
            _col(
                "delivery_address",
                QT_TRANSLATE_NOOP("Columns", "Delivery address"),
                visible=False,
                searchable=True,
            ),
            _col(
                "site_contact",
                QT_TRANSLATE_NOOP("Columns", "On-site contact"),
                visible=False,
                searchable=True,
            ),
        ),
        criteria=(
            _number("number", QT_TRANSLATE_NOOP("Criteria", "Order number"), "number"),
            _dates("order_date", QT_TRANSLATE_NOOP("Criteria", "Order date")),
            _status(ORDER_STATUS),
            _type("order_type", ORDER_TYPES),
            _amounts("total"),
            _number("quote_number", QT_TRANSLATE_NOOP("Criteria", "Quote number"), "quote_number"),
        ),
        lines=LineSpec(
            "order_line",
            "order_id",
            (
                *_ITEM,
                _UNIT_PRICE,
                _NET,
                _col(
                    "requested_delivery_date",
                    QT_TRANSLATE_NOOP("Columns", "Requested delivery date"),
                    T.DATE,
                ),
                _col(
                    "status",
                    QT_TRANSLATE_NOOP("Columns", "Status"),
                    T.STATUS,
                    choices=choices("open", "done"),
                ),
            ),
        ),
        currency_column="currency",
    ),
    Section.DELIVERIES: SectionSpec(
        Section.DELIVERIES,
        "delivery",
        "delivery_date",
        "number",
        columns=(
            _col("number", QT_TRANSLATE_NOOP("Columns", "Delivery note number"), searchable=True),
            _col("delivery_date", QT_TRANSLATE_NOOP("Columns", "Delivery date"), T.DATE),
            _col("order_number", QT_TRANSLATE_NOOP("Columns", "Order number"), searchable=True),
            _col(
                "delivery_type",
                QT_TRANSLATE_NOOP("Columns", "Type"),
                T.CHOICE,
                choices=DELIVERY_TYPES,
            ),
            _col(
                "status", QT_TRANSLATE_NOOP("Columns", "Status"), T.STATUS, choices=DELIVERY_STATUS
            ),
            _col(
                "delivery_address",
                QT_TRANSLATE_NOOP("Columns", "Delivery address"),
                searchable=True,
            ),
        ),
        criteria=(
            _number("number", QT_TRANSLATE_NOOP("Criteria", "Delivery note number"), "number"),
            _dates("delivery_date", QT_TRANSLATE_NOOP("Criteria", "Delivery date")),
            _status(DELIVERY_STATUS),
            _type("delivery_type", DELIVERY_TYPES),
            _number("order_number", QT_TRANSLATE_NOOP("Criteria", "Order number"), "order_number"),
        ),
        lines=LineSpec(
            "delivery_line",
            "delivery_id",
            (*_ITEM, _col("serial_number", QT_TRANSLATE_NOOP("Columns", "Serial number"))),
        ),
    ),
    Section.TRACKING: SectionSpec(
        Section.TRACKING,
        "shipping_unit",
        "shipped_date",
        "number",
        columns=(
            _col("number", QT_TRANSLATE_NOOP("Columns", "Shipping unit"), searchable=True),
            _col("shipped_date", QT_TRANSLATE_NOOP("Columns", "Shipped on"), T.DATE),
            _col("status", QT_TRANSLATE_NOOP("Columns", "Status"), T.STATUS, choices=UNIT_STATUS),
            _col("carrier", QT_TRANSLATE_NOOP("Columns", "Carrier"), searchable=True),
            _col(
                "tracking_number",
                QT_TRANSLATE_NOOP("Columns", "Tracking number"),
                searchable=True,
            ),
            _col(
                "tracking_url",
                QT_TRANSLATE_NOOP("Columns", "Track & Trace"),
                T.LINK,
                sortable=False,
            ),
            _col(
                "delivery_number",
                QT_TRANSLATE_NOOP("Columns", "Delivery note number"),
                searchable=True,
            ),
            _col(
                "order_number",
                QT_TRANSLATE_NOOP("Columns", "Order number"),
                visible=False,
                searchable=True,
            ),
        ),
        criteria=(
            _number("number", QT_TRANSLATE_NOOP("Criteria", "Shipping unit"), "number"),
            _dates("shipped_date", QT_TRANSLATE_NOOP("Criteria", "Shipped on")),
            _status(UNIT_STATUS),
            _number(
                "delivery_number",
                QT_TRANSLATE_NOOP("Criteria", "Delivery note number"),
                "delivery_number",
            ),
            _number("order_number", QT_TRANSLATE_NOOP("Criteria", "Order number"), "order_number"),
        ),
        lines=LineSpec("unit_item", "unit_id", _ITEM),
    ),
    Section.INVOICES: SectionSpec(
        Section.INVOICES,
        "invoice",
        "invoice_date",
        "number",
        columns=(
            _col("number", QT_TRANSLATE_NOOP("Columns", "Invoice number"), searchable=True),
            _col(
                "invoice_type",
                QT_TRANSLATE_NOOP("Columns", "Type"),
                T.CHOICE,
                choices=INVOICE_TYPES,
            ),
            _col("invoice_date", QT_TRANSLATE_NOOP("Columns", "Invoice date"), T.DATE),
            _col("due_date", QT_TRANSLATE_NOOP("Columns", "Due date"), T.DATE),
            _col("order_number", QT_TRANSLATE_NOOP("Columns", "Order number"), searchable=True),
            _col(
                "delivery_number",
                QT_TRANSLATE_NOOP("Columns", "Delivery note number"),
                visible=False,
                searchable=True,
            ),
            _col("net_amount", QT_TRANSLATE_NOOP("Columns", "Net amount"), T.MONEY, visible=False),
            _col("vat_amount", QT_TRANSLATE_NOOP("Columns", "VAT"), T.MONEY, visible=False),
            _col("total", QT_TRANSLATE_NOOP("Columns", "Total"), T.MONEY),
            _col("open_amount", QT_TRANSLATE_NOOP("Columns", "Open amount"), T.MONEY),
            _col(
                "status", QT_TRANSLATE_NOOP("Columns", "Status"), T.STATUS, choices=INVOICE_STATUS
            ),
        ),
        criteria=(
            _number("number", QT_TRANSLATE_NOOP("Criteria", "Invoice number"), "number"),
            _dates("invoice_date", QT_TRANSLATE_NOOP("Criteria", "Invoice date")),
            _status(INVOICE_STATUS),
            _type("invoice_type", INVOICE_TYPES),
            _amounts("total"),
            _number("order_number", QT_TRANSLATE_NOOP("Criteria", "Order number"), "order_number"),
            _number(
                "delivery_number",
                QT_TRANSLATE_NOOP("Criteria", "Delivery note number"),
                "delivery_number",
            ),
            _OVERDUE,
        ),
        lines=LineSpec("invoice_line", "invoice_id", (*_ITEM, _UNIT_PRICE, _NET)),
        currency_column="currency",
        # "+due_date": seek the few open invoices by status, not every past due date.
        overdue_sql="status = 'open' AND open_amount > 0 AND +due_date < :today",
    ),
    Section.ACCOUNT: SectionSpec(
        Section.ACCOUNT,
        "account_item",
        "document_date",
        "document_number",
        columns=(
            _col(
                "document_number",
                QT_TRANSLATE_NOOP("Columns", "Document number"),
                searchable=True,
            ),
            _col(
                "item_type", QT_TRANSLATE_NOOP("Columns", "Type"), T.CHOICE, choices=ACCOUNT_TYPES
            ),
            _col("document_date", QT_TRANSLATE_NOOP("Columns", "Document date"), T.DATE),
            _col("due_date", QT_TRANSLATE_NOOP("Columns", "Due date"), T.DATE),
            _col("amount", QT_TRANSLATE_NOOP("Columns", "Amount"), T.MONEY),
            _col("open_amount", QT_TRANSLATE_NOOP("Columns", "Open amount"), T.MONEY),
        ),
        criteria=(
            _number("number", QT_TRANSLATE_NOOP("Criteria", "Document number"), "document_number"),
            _dates("document_date", QT_TRANSLATE_NOOP("Criteria", "Document date")),
            _type("item_type", ACCOUNT_TYPES),
            _amounts("amount"),
            _OVERDUE,
        ),
        currency_column="currency",
        overdue_sql="open_amount > 0 AND due_date IS NOT NULL AND due_date < :today",
        # Open items are the balance: one older than six months must not drop out of sight.
        default_window_months=None,
        summaries=(
            SummarySpec(QT_TRANSLATE_NOOP("Columns", "Balance"), "coalesce(sum(open_amount), 0)"),
            SummarySpec(
                QT_TRANSLATE_NOOP("Columns", "Overdue"),
                "coalesce(sum(CASE WHEN open_amount > 0 AND due_date < :today "
                "THEN open_amount END), 0)",
            ),
        ),
    ),
}


def section_spec(section: Section) -> SectionSpec:
    return SECTIONS[section]
