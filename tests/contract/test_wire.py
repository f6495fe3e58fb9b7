"""The contract's JSON form (``app.portal.wire``) round-trips every type exactly."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from app.portal import contract as c
from app.portal import wire
from models.roles import Role
from server.seed import DEMO_ACCOUNTS, DEMO_PASSWORD
from server.service import PortalService


def round_trip(value: object) -> object:
    text = json.dumps(wire.to_wire(value))  # JSON-safe: plain json can write it
    return wire.from_wire(type(value), json.loads(text))


def test_every_document_type_round_trips(service: PortalService):
    seen: set[c.Feed] = set()
    for account in DEMO_ACCOUNTS:
        token = service.sign_in(c.SignInRequest(account.email, DEMO_PASSWORD)).token
        for feed in c.Feed:
            if feed in seen or (
                feed.section and feed.section not in service.whoami(token).sections
            ):
                continue
            page = service.changes(token, c.ChangesRequest(feed, 0, 50))
            assert page.upserts, feed
            assert round_trip(page) == page
            assert all(type(d) is c.DOCUMENT_TYPES[feed] for d in round_trip(page).upserts)  # type: ignore[attr-defined]
            seen.add(feed)
    assert seen == set(c.Feed)


def test_dates_are_iso_and_nones_stay_none():
    item = c.AccountItem(7, "INV-1", "invoice", dt.date(2026, 2, 28), None, 1250, 0, "EUR")
    data = wire.to_wire(item)
    assert data["document_date"] == "2026-02-28" and data["due_date"] is None
    back = wire.from_wire(c.AccountItem, data)
    assert back == item and isinstance(back.document_date, dt.date)


def test_floats_accept_whole_numbers():
    product = c.Product(1, "S", "N", "cat", 3.5, None, 4.0, "A++", "R32", 1, 2, 3, 12.0, None, 99)
    data = wire.to_wire(product)
    data["weight_kg"] = 12
    assert wire.from_wire(c.Product, data) == product


def test_other_contract_types_round_trip():
    user = c.UserInfo(1, "Sanne de Vries", "s@x.nl", "Co", "100", (Role.INVOICE_MANAGEMENT,), "nl")
    values: list[object] = [
        c.SignInRequest("a@b.c", "pw"),
        user,
        c.Session("tok", user),
        DEMO_ACCOUNTS[0],
        c.ChangesRequest(c.Feed.TRACKING, 12, 500),
        c.ChangesPage(c.Feed.CONTACTS, [c.Contact(1, "n", "p", "e")], [4, 5], 9, True),
        c.OtherApplications("https://w", c.AccessState.REQUESTED, "https://l", "https://s"),
        c.WebshopActivationRequest("why"),
    ]
    for value in values:
        assert round_trip(value) == value
    assert isinstance(round_trip(user).roles, tuple)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d.pop("number"), "Invoice.number: missing"),
        (lambda d: d.update(invoice_date="16-11-2026"), "Invoice.invoice_date"),
        (lambda d: d.update(total="12"), "Invoice.total"),
        (lambda d: d.update(total=True), "Invoice.total"),
        (lambda d: d.update(lines=[{"line_no": 1}]), "Invoice.lines[0].sku: missing"),
    ],
)
def test_malformed_data_is_a_wire_error(change, where: str):
    invoice = c.Invoice(
        1, "F1", "invoice", dt.date(2026, 1, 1), dt.date(2026, 1, 31), "O1", "D1",
        100, 21, 121, 121, "EUR", "open", [c.InvoiceLine(1, "S", "d", 1, 100, 100)],
    )  # fmt: skip
    data = wire.to_wire(invoice)
    change(data)
    with pytest.raises(wire.WireError, match=where.replace("[", r"\[").replace("]", r"\]")):
        wire.from_wire(c.Invoice, data)


def test_unknown_enum_value_is_a_wire_error():
    data = wire.to_wire(c.ChangesRequest(c.Feed.QUOTES, 0))
    data["feed"] = "secrets"
    with pytest.raises(wire.WireError, match="not a Feed"):
        wire.from_wire(c.ChangesRequest, data)
