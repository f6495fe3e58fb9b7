"""The sales side of the demo data, generated business day by business day.

Each day: new quotes, quotes that get ordered, new orders; then ``Fulfilment`` delivers and
bills what earlier orders scheduled for that day. Working in date order gives chronological
document numbers and change-sequence values, and keeps only a few weeks of pending work in
memory, so that millions of rows stream out in batches.

Rows are plain dicts appended to per-table buffers that the caller flushes (Core insert,
executemany). Ids are assigned here, so lines point at their documents without RETURNING.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from server.seed_catalogue import (
    ACCESSORY,
    BOILER,
    CONTROL,
    FAN_COIL,
    HEAT_PUMP,
    HYBRID,
    MULTI_SPLIT,
    SPARE_PART,
    SPLIT_AC,
    VENTILATION,
    VRF,
    Product,
)
from server.seed_fulfilment import Fulfilment, Line, Shipment
from server.seed_sequences import Calendar, Row, Sequences

# SPEC.md section 4: spare-part orders are shown from this date on.
SPARE_PARTS_SINCE = dt.date(2020, 8, 1)


@dataclass(frozen=True)
class Volume:
    """How much a company does per business day (at the mean of a growing trend)."""

    years: float
    quotes_per_day: float
    orders_per_day: float  # orders not made from a quote
    order_share: float  # share of quotes that get ordered
    max_lines_per_delivery: int
    max_order_lines: int
    payments: int


@dataclass
class CompanyPlan:
    company_id: int
    volume: Volume
    delivery_addresses: list[str]
    site_contacts: list[str]
    project_refs: list[str]
    private_refs: list[str]
    service_refs: list[str]


class DocumentGenerator:
    """Quotes and orders of each company, day by day; shipments go to ``Fulfilment``."""

    def __init__(
        self,
        rng: random.Random,
        calendar: Calendar,
        catalogue: list[Product],
        sequences: Sequences,
        buffers: dict[str, list[Row]],
        on_day_done: Callable[[], None],
    ) -> None:
        self.rng = rng
        self.cal = calendar
        self.sq = sequences
        self.buf = buffers
        self.on_day_done = on_day_done
        self.products = {p.sku: p for p in catalogue}
        by_cat: dict[str, list[Product]] = defaultdict(list)
        for p in catalogue:
            by_cat[p.category].append(p)
        self.residential = by_cat[SPLIT_AC] + by_cat[MULTI_SPLIT] + by_cat[HEAT_PUMP]
        self.residential += by_cat[HYBRID] + by_cat[BOILER] + by_cat[VENTILATION][:2]
        self.commercial = by_cat[VRF] + by_cat[FAN_COIL] + by_cat[VENTILATION]
        self.commercial += [p for p in by_cat[SPLIT_AC] if "cassette" in p.name]
        self.commercial += [p for p in by_cat[HEAT_PUMP] if p.capacity_kw and p.capacity_kw >= 10]
        self.extras = by_cat[ACCESSORY] + by_cat[CONTROL]
        self.spares = by_cat[SPARE_PART]
        self.webshop = (
            by_cat[CONTROL]
            + by_cat[ACCESSORY]
            + [p for p in by_cat[SPARE_PART] if "filter" in p.name.lower()]
        )
        self.fulfilment = Fulfilment(rng, calendar, sequences, buffers)
        # Work scheduled for a business day index.
        self._quote_orders: dict[int, list[tuple[CompanyPlan, Row, list[Row]]]] = defaultdict(list)
        self._showcase: dict[int, list[tuple[str, CompanyPlan]]] = defaultdict(list)

    # --- the timeline -----------------------------------------------------------------

    def run(self, plans: list[CompanyPlan]) -> None:
        cal, rng = self.cal, self.rng
        today = cal.today_idx
        starts = {}
        for plan in plans:
            starts[plan.company_id] = max(0, today - int(plan.volume.years * 261))
            for _ in range(plan.volume.payments):
                self.fulfilment.payment_on_account(today - rng.randint(0, 40), plan.company_id)
            # A few documents at fixed places so that every company shows every state.
            self._showcase[today - 12].append(("order", plan))
            self._showcase[today - 4].append(("quote", plan))
        first = min(starts.values())
        for idx in range(first, today + 1):
            for plan in plans:
                start = starts[plan.company_id]
                if idx < start:
                    continue
                vol = plan.volume
                # Business grows over the period: from 70% to 130% of the mean rate.
                trend = 0.7 + 0.6 * (idx - start) / max(1, today - start)
                for _ in range(self._draw(vol.quotes_per_day * trend)):
                    self._new_quote(plan, idx)
                for _ in range(self._draw(vol.orders_per_day * trend)):
                    self._new_order(plan, idx)
            for kind, plan in self._showcase.pop(idx, ()):
                if kind == "quote":
                    self._new_quote(plan, idx, may_order=False)
                else:
                    self._new_order(plan, idx, "individual", fixed=(today - 2, today, today + 6))
            for plan, quote, lines in self._quote_orders.pop(idx, ()):
                self._order_quote(plan, idx, quote, lines)
            self.fulfilment.run_day(idx)
            self.on_day_done()

    def _draw(self, mean: float) -> int:
        n = int(mean)
        return n + 1 if self.rng.random() < mean - n else n

    # --- quotes -----------------------------------------------------------------------

    def _quote_lines(self, kind: str) -> list[tuple[Product, int, int]]:
        """(product, quantity, discount in basis points) for a quote of this kind."""
        rng = self.rng
        n = rng.choice((1, 1, 2, 2, 3, 3, 4, 5, 6))
        if kind == "service":
            return [
                (rng.choice(self.spares), rng.randint(1, 4), rng.choice((0, 0, 500, 1000)))
                for _ in range(n)
            ]
        project = kind == "project"
        units = self.commercial if project else self.residential
        discount = rng.choice((1500, 2000, 2500, 3000) if project else (0, 500, 1000, 1250, 1500))
        lines = []
        for i in range(n):
            if i == 0 or rng.random() < 0.3:
                qty = rng.choice((4, 6, 8, 12, 16, 24)) if project else rng.choice((1, 1, 1, 2, 3))
                lines.append((rng.choice(units), qty, discount))
            else:
                qty = rng.randint(2, 24) if project else rng.randint(1, 4)
                lines.append((rng.choice(self.extras), qty, discount))
        return lines

    def _new_quote(self, plan: CompanyPlan, idx: int, may_order: bool = True) -> None:
        rng, cal, sq = self.rng, self.cal, self.sq
        day = cal.bdays[idx]
        date = cal.date(day)
        r = rng.random()
        kind = "standard" if r < 0.7 else ("project" if r < 0.85 else "service")
        refs = {"standard": plan.private_refs, "project": plan.project_refs}.get(
            kind, plan.service_refs
        )
        quote_id = sq.next_id("quote")
        lines: list[Row] = []
        total = 0
        for no, (product, qty, bp) in enumerate(self._quote_lines(kind), start=1):
            net = (qty * product.list_price * (10_000 - bp) + 5_000) // 10_000
            total += net
            lines.append(
                {
                    "id": sq.next_id("quote_line"),
                    "quote_id": quote_id,
                    "line_no": no,
                    "sku": product.sku,
                    "description": product.name,
                    "quantity": qty,
                    "unit_price": product.list_price,
                    "discount_pct": bp / 100,
                    "net_amount": net,
                }
            )
        valid_until = day + rng.choice((30, 60, 90))
        quote: Row = {
            "id": quote_id,
            "company_id": plan.company_id,
            "number": sq.next_number("quote_number", date.year),
            "quote_date": date,
            "quote_type": kind,
            "project_reference": rng.choice(refs),
            "valid_until": cal.date(valid_until),
            "total": total,
            "currency": "EUR",
            "status": "open" if valid_until >= cal.today_ord else "expired",
            "order_number": None,
            "seq": 0,
        }
        if may_order and rng.random() < plan.volume.order_share:
            order_idx = idx + rng.randint(2, 25)
            while cal.bdays[order_idx] > valid_until:
                order_idx -= 1
            if order_idx <= cal.today_idx:
                # Written when ordered: its seq is that of its last write.
                self._quote_orders[order_idx].append((plan, quote, lines))
                return
        self._write_quote(quote, lines)

    def _write_quote(self, quote: Row, lines: list[Row]) -> None:
        quote["seq"] = self.sq.next_seq()
        self.buf["quote"].append(quote)
        self.buf["quote_line"].extend(lines)

    def _order_quote(self, plan: CompanyPlan, idx: int, quote: Row, qlines: list[Row]) -> None:
        rng = self.rng
        chosen = qlines
        if len(qlines) > 1 and rng.random() < 0.15:  # "only part of the quote" (SPEC 3)
            chosen = [ql for ql in qlines if rng.random() < 0.6] or qlines[:1]
        lines = [
            Line(
                self.products[ql["sku"]],
                ql["quantity"],
                (ql["unit_price"] * (10_000 - int(ql["discount_pct"] * 100)) + 5_000) // 10_000,
            )
            for ql in chosen
        ]
        order_type = "spare_parts" if quote["quote_type"] == "service" else "individual"
        if order_type == "spare_parts" and self.cal.date(self.cal.bdays[idx]) < SPARE_PARTS_SINCE:
            order_type = "individual"
        number = self._write_order(
            plan, idx, order_type, lines, quote["number"], quote["project_reference"]
        )
        quote["status"] = "ordered"
        quote["order_number"] = number
        self._write_quote(quote, qlines)

    # --- orders -----------------------------------------------------------------------

    def _new_order(
        self,
        plan: CompanyPlan,
        idx: int,
        order_type: str | None = None,
        fixed: tuple[int, ...] | None = None,
    ) -> None:
        rng = self.rng
        date = self.cal.date(self.cal.bdays[idx])
        if order_type is None:
            r = rng.random()
            order_type = "individual" if r < 0.55 else ("spare_parts" if r < 0.8 else "webshop")
            if order_type == "spare_parts" and date < SPARE_PARTS_SINCE:
                order_type = "individual"
        max_lines = plan.volume.max_order_lines
        lines: list[Line] = []
        if order_type == "individual":
            rebate = rng.choice((1000, 1500, 2000, 2500))
            n = rng.randint(len(fixed) if fixed else 1, max_lines)
            for i in range(n):
                if i == 0 or rng.random() < 0.35:
                    product, qty = rng.choice(self.residential), rng.choice((1, 1, 1, 2, 3))
                else:
                    product, qty = rng.choice(self.extras), rng.randint(1, 4)
                lines.append(Line(product, qty, product.list_price * (10_000 - rebate) // 10_000))
        else:
            pool = self.spares if order_type == "spare_parts" else self.webshop
            rebate = 1000 if order_type == "spare_parts" else 0
            for _ in range(rng.randint(1, max(2, max_lines - 2))):
                product = rng.choice(pool)
                lines.append(
                    Line(
                        product, rng.randint(1, 4), product.list_price * (10_000 - rebate) // 10_000
                    )
                )
        if order_type == "webshop":
            reference = f"Webshop {rng.randint(100_000, 999_999)}"
        elif rng.random() < 0.3:
            reference = f"PO-{date.year % 100:02d}{rng.randint(1, 9999):04d}"
        else:
            refs = plan.service_refs if order_type == "spare_parts" else plan.private_refs
            reference = rng.choice(refs)
        self._write_order(plan, idx, order_type, lines, None, reference, fixed)

    def _write_order(
        self,
        plan: CompanyPlan,
        idx: int,
        order_type: str,
        lines: list[Line],
        quote_number: str | None,
        reference: str,
        fixed: tuple[int, ...] | None = None,
    ) -> str:
        rng, cal, sq = self.rng, self.cal, self.sq
        date = cal.date(cal.bdays[idx])
        order_id = sq.next_id("order")
        number = sq.next_number("order_number", date.year)
        address = rng.choice(plan.delivery_addresses)
        contact = rng.choice(plan.site_contacts)
        # Lines ship in groups (partial deliveries); each group is one delivery note.
        if order_type == "individual":
            ship, step = idx + rng.randint(3, 15), (3, 25)
        else:
            ship, step = idx + rng.randint(1, 5), (1, 10)
        size_max = plan.volume.max_lines_per_delivery
        groups: list[tuple[int, list[Line]]] = []
        pos = 0
        while pos < len(lines):
            size = (
                len(lines)
                if fixed is None and order_type == "webshop"
                else rng.randint(1, size_max)
            )
            if fixed is not None:
                ship = fixed[min(len(groups), len(fixed) - 1)]
                size = 1 if len(groups) < len(fixed) - 1 else len(lines)
            groups.append((ship, lines[pos : pos + size]))
            pos += size
            ship += rng.randint(*step)
        order_lines = self.buf["order_line"]
        total = 0
        no = 0
        open_lines = 0
        for ship_idx, group in groups:
            done = ship_idx <= cal.today_idx
            open_lines += 0 if done else len(group)
            wanted = cal.date(cal.bdays[ship_idx])
            for line in group:
                no += 1
                net = line.quantity * line.unit_price
                total += net
                order_lines.append(
                    {
                        "id": sq.next_id("order_line"),
                        "order_id": order_id,
                        "line_no": no,
                        "sku": line.product.sku,
                        "description": line.product.name,
                        "quantity": line.quantity,
                        "unit_price": line.unit_price,
                        "net_amount": net,
                        "status": "done" if done else "open",
                        "requested_delivery_date": wanted,
                        "delivery_address": address,
                        "site_contact": contact,
                    }
                )
            if done:
                shipment = Shipment(plan.company_id, number, order_type, address, group)
                self.fulfilment.ship(ship_idx, shipment)
        self.buf["order"].append(
            {
                "id": order_id,
                "company_id": plan.company_id,
                "number": number,
                "order_date": date,
                "order_type": order_type,
                "customer_reference": reference,
                "quote_number": quote_number,
                "requested_delivery_date": cal.date(cal.bdays[groups[0][0]]),
                "delivery_address": address,
                "site_contact": contact,
                "total": total,
                "currency": "EUR",
                "status": "open" if open_lines else "completed",
                "seq": sq.next_seq(),
            }
        )
        return number

    # --- deliveries and shipping units ------------------------------------------------
