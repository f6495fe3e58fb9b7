"""Fulfilment and billing in the demo data: deliveries, shipping units, invoices, credit
notes and payments on account.

Orders hand over their shipments (groups of lines due on a business day); each day
``run_day`` turns what is due into delivery notes, the units of deliveries still on the
road, invoices a day or two after delivery (SPEC.md section 7), the odd credit note, and
the open items of the account.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from server.seed_catalogue import Product
from server.seed_pools import CARRIERS, Carrier
from server.seed_sequences import Calendar, Row, Sequences

SSCC_PREFIX = "38712345"  # extension digit + GS1 company prefix (Dutch range 87)
VAT_PCT = 21
PAYMENT_TERM_DAYS = 30
TRANSIT_BUSINESS_DAYS = 3  # deliveries of the last 3 business days are still on the road
CREDIT_NOTE_SHARE = 0.02  # invoices later corrected by a credit note (returns, prices)

DELIVERY_TYPES = {"individual": "unit", "spare_parts": "spare_parts", "webshop": "webshop"}


def sscc(serial: int) -> str:
    """An 18-digit SSCC with its GS1 check digit."""
    body = f"{SSCC_PREFIX}{serial:09d}"
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return f"{body}{(10 - total % 10) % 10}"


@dataclass(slots=True)
class Line:
    product: Product
    quantity: int
    unit_price: int  # net unit price on orders


@dataclass(slots=True)
class Shipment:
    company_id: int
    order_number: str
    order_type: str
    address: str
    lines: list[Line]


@dataclass(slots=True)
class _Billing:
    company_id: int
    order_number: str
    delivery_number: str
    lines: list[Line]


class Fulfilment:
    """Work that orders schedule for later business days, done when that day comes."""

    def __init__(
        self,
        rng: random.Random,
        calendar: Calendar,
        sequences: Sequences,
        buffers: dict[str, list[Row]],
    ) -> None:
        self.rng = rng
        self.cal = calendar
        self.sq = sequences
        self.buf = buffers
        # Work scheduled for a business day index.
        self._shipments: dict[int, list[Shipment]] = defaultdict(list)
        self._billings: dict[int, list[_Billing]] = defaultdict(list)
        self._credits: dict[int, list[tuple[_Billing, Row]]] = defaultdict(list)
        self._payments: dict[int, list[int]] = defaultdict(list)

    def ship(self, idx: int, shipment: Shipment) -> None:
        """Deliver these order lines on business day ``idx`` (not after today)."""
        self._shipments[idx].append(shipment)

    def payment_on_account(self, idx: int, company_id: int) -> None:
        self._payments[idx].append(company_id)

    def run_day(self, idx: int) -> None:
        for shipment in self._shipments.pop(idx, ()):
            self._deliver(idx, shipment)
        for billing in self._billings.pop(idx, ()):
            self._invoice(idx, billing)
        for billing, invoice in self._credits.pop(idx, ()):
            self._credit(idx, billing, invoice)
        for company_id in self._payments.pop(idx, ()):
            self._payment(idx, company_id)

    def _deliver(self, idx: int, shipment: Shipment) -> None:
        cal, sq, rng = self.cal, self.sq, self.rng
        date = cal.date(cal.bdays[idx])
        delivery_id = sq.next_id("delivery")
        number = sq.next_number("delivery_number", date.year)
        in_transit = idx > cal.today_idx - TRANSIT_BUSINESS_DAYS
        lines: list[Row] = []
        stamp = f"{date.year % 100:02d}{date.month:02d}"
        for line in shipment.lines:
            product = line.product
            # Every unit has its own serial number, so units are listed one per line.
            pieces = [1] * line.quantity if product.serialized else [line.quantity]
            for qty in pieces:
                serial = None
                if product.serialized:
                    n = sq.bump("serial_number")
                    serial = f"{product.sku.split('-')[1][:3]}{stamp}{n:07d}"
                lines.append(
                    {
                        "id": sq.next_id("delivery_line"),
                        "delivery_id": delivery_id,
                        "line_no": len(lines) + 1,
                        "sku": product.sku,
                        "description": product.name,
                        "quantity": qty,
                        "serial_number": serial,
                    }
                )
        self.buf["delivery_line"].extend(lines)
        self.buf["delivery"].append(
            {
                "id": delivery_id,
                "company_id": shipment.company_id,
                "number": number,
                "delivery_date": date,
                "order_number": shipment.order_number,
                "delivery_type": DELIVERY_TYPES[shipment.order_type],
                "status": "in_transit" if in_transit else "delivered",
                "delivery_address": shipment.address,
                "seq": sq.next_seq(),
            }
        )
        if in_transit:
            self._shipping_units(idx, shipment, number, lines)
        else:
            # SPEC.md section 7: the invoice follows the delivery by at least a day.
            billing = _Billing(shipment.company_id, shipment.order_number, number, shipment.lines)
            self._billings[idx + rng.randint(1, 2)].append(billing)

    def _shipping_units(
        self, idx: int, shipment: Shipment, delivery_number: str, lines: list[Row]
    ) -> None:
        rng, sq, cal = self.rng, self.sq, self.cal
        carrier: Carrier = rng.choice(CARRIERS)
        count = min(len(lines), rng.randint(1, 3))
        units: list[list[Row]] = [[] for _ in range(count)]
        for i, line in enumerate(lines):
            units[i % count].append(line)
        status = "in_preparation" if idx == cal.today_idx else "in_transit"
        for contents in units:
            unit_id = sq.next_id("shipping_unit")
            n = sq.bump("sscc_serial")
            tracking = carrier.tracking_prefix + "".join(
                str(rng.randrange(10)) for _ in range(carrier.tracking_digits)
            )
            self.buf["shipping_unit"].append(
                {
                    "id": unit_id,
                    "company_id": shipment.company_id,
                    "number": sscc(n),
                    "delivery_number": delivery_number,
                    "order_number": shipment.order_number,
                    "shipped_date": cal.date(cal.bdays[idx]),
                    "carrier": carrier.name,
                    "tracking_number": tracking,
                    "tracking_url": carrier.tracking_url.format(tracking=tracking)
                    if carrier.tracking_url
                    else None,
                    "status": status,
                    "seq": sq.next_seq(),
                }
            )
            self.buf["unit_item"].extend(
                {
                    "id": sq.next_id("unit_item"),
                    "unit_id": unit_id,
                    "line_no": no,
                    "sku": line["sku"],
                    "description": line["description"],
                    "quantity": line["quantity"],
                }
                for no, line in enumerate(contents, start=1)
            )

    # --- invoices, credit notes, payments ---------------------------------------------

    def _is_open(self, day: int) -> bool:
        """Whether an invoice of this date is still unpaid: recent ones and a few overdue."""
        age = self.cal.today_ord - day
        if age <= 20:
            return True
        if age <= 29:
            return self.rng.random() < 0.5
        return age <= 120 and self.rng.random() < 0.05

    def _invoice(self, idx: int, billing: _Billing) -> None:
        sq = self.sq
        day = self.cal.bdays[idx]
        date = self.cal.date(day)
        invoice_id = sq.next_id("invoice")
        number = sq.next_number("invoice_number", date.year)
        net = 0
        lines = self.buf["invoice_line"]
        for no, line in enumerate(billing.lines, start=1):
            amount = line.quantity * line.unit_price
            net += amount
            lines.append(
                {
                    "id": sq.next_id("invoice_line"),
                    "invoice_id": invoice_id,
                    "line_no": no,
                    "sku": line.product.sku,
                    "description": line.product.name,
                    "quantity": line.quantity,
                    "unit_price": line.unit_price,
                    "net_amount": amount,
                }
            )
        invoice = self._write_invoice(billing, invoice_id, "invoice", number, day, net)
        if self.rng.random() < CREDIT_NOTE_SHARE:
            credit_idx = idx + self.rng.randint(3, 25)
            if credit_idx <= self.cal.today_idx:
                self._credits[credit_idx].append((billing, invoice))

    def _credit(self, idx: int, billing: _Billing, invoice: Row) -> None:
        sq, rng = self.sq, self.rng
        day = self.cal.bdays[idx]
        credit_id = sq.next_id("invoice")
        number = sq.next_number("credit_note_number", self.cal.date(day).year)
        line = rng.choice(billing.lines)
        qty = -rng.randint(1, line.quantity)  # credited (returned) quantity
        self.buf["invoice_line"].append(
            {
                "id": sq.next_id("invoice_line"),
                "invoice_id": credit_id,
                "line_no": 1,
                "sku": line.product.sku,
                "description": f"Creditering {invoice['number']}: {line.product.name}",
                "quantity": qty,
                "unit_price": line.unit_price,
                "net_amount": qty * line.unit_price,
            }
        )
        self._write_invoice(billing, credit_id, "credit_note", number, day, qty * line.unit_price)

    def _write_invoice(
        self, billing: _Billing, invoice_id: int, kind: str, number: str, day: int, net: int
    ) -> Row:
        sq, cal = self.sq, self.cal
        vat = (abs(net) * VAT_PCT + 50) // 100  # rounded half away from zero
        vat = vat if net >= 0 else -vat
        total = net + vat
        is_open = self._is_open(day)
        date, due = cal.date(day), cal.date(day + PAYMENT_TERM_DAYS)
        row: Row = {
            "id": invoice_id,
            "company_id": billing.company_id,
            "number": number,
            "invoice_type": kind,
            "invoice_date": date,
            "due_date": due,
            "order_number": billing.order_number,
            "delivery_number": billing.delivery_number,
            "net_amount": net,
            "vat_amount": vat,
            "total": total,
            "open_amount": total if is_open else 0,
            "currency": "EUR",
            "status": "open" if is_open else "settled",
            "seq": sq.next_seq(),
        }
        self.buf["invoice"].append(row)
        if is_open:
            self.buf["account_item"].append(
                {
                    "id": sq.next_id("account_item"),
                    "company_id": billing.company_id,
                    "document_number": number,
                    "item_type": kind,
                    "document_date": date,
                    "due_date": due,
                    "amount": total,
                    "open_amount": total,
                    "currency": "EUR",
                    "seq": sq.next_seq(),
                }
            )
        return row

    def _payment(self, idx: int, company_id: int) -> None:
        """A payment on account: money received that is not yet matched to an invoice."""
        sq = self.sq
        date = self.cal.date(self.cal.bdays[idx])
        amount = -self.rng.choice((25_000, 50_000, 100_000, 150_000, 250_000, 500_000))
        self.buf["account_item"].append(
            {
                "id": sq.next_id("account_item"),
                "company_id": company_id,
                "document_number": sq.next_number("payment_number", date.year),
                "item_type": "payment",
                "document_date": date,
                "due_date": None,
                "amount": amount,
                "open_amount": amount,
                "currency": "EUR",
                "seq": sq.next_seq(),
            }
        )
