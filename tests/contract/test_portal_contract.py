"""One set of contract tests for every PortalClient: embedded and over HTTP.

``portal`` is parametrized over both clients (tests/contract/conftest.py); the tests that
compare the two use ``client`` (embedded) and ``http_client`` together.
"""

from __future__ import annotations

import datetime as dt
import socket
from pathlib import Path

import pytest
from sqlalchemy import select, text

from app.portal import contract as c
from app.portal import messages as msg
from app.portal.embedded import EmbeddedPortalClient
from app.portal.http_client import HttpPortalClient
from app.sync import SyncEngine, granted_feeds
from models.database import open_cache
from models.roles import Role
from server import db
from server.passwords import hash_password
from server.seed import DEMO_ACCOUNTS, DEMO_PASSWORD
from server.service import PortalService


def account(role: Role | None) -> c.DemoAccount:
    return next(a for a in DEMO_ACCOUNTS if a.roles == ((role,) if role else ()))


def sign_in(portal: c.PortalClient, role: Role | None = Role.ACCOUNT_BALANCE) -> c.Session:
    return portal.sign_in(c.SignInRequest(account(role).email, DEMO_PASSWORD))


def error_of(call, *args) -> c.PortalError:
    with pytest.raises(c.PortalError) as err:
        call(*args)
    assert err.value.message in vars(msg).values(), "messages come from the catalogue"
    return err.value


def read_feed(portal: c.PortalClient, token: str, feed: c.Feed, limit: int) -> list[object]:
    docs: list[object] = []
    cursor, more = 0, True
    while more:
        page = portal.changes(token, c.ChangesRequest(feed, cursor, limit))
        assert page.feed is feed
        docs.extend(page.upserts)
        cursor, more = page.cursor, page.has_more
    return docs


# --- every client ----------------------------------------------------------------------


def test_demo_accounts(portal: c.PortalClient):
    assert portal.demo_accounts() == list(DEMO_ACCOUNTS)


def test_sign_in_and_whoami(portal: c.PortalClient):
    session = sign_in(portal)
    assert session.token
    assert session.user.email == account(Role.ACCOUNT_BALANCE).email
    assert session.user.roles == (Role.ACCOUNT_BALANCE,)
    assert portal.whoami(session.token) == session.user


def test_wrong_password_is_bad_credentials(portal: c.PortalClient):
    request = c.SignInRequest(account(None).email, "wrong")
    error = error_of(portal.sign_in, request)
    assert (error.code, error.message) == (c.ErrorCode.BAD_CREDENTIALS, msg.BAD_CREDENTIALS)


def test_deactivated_account_is_refused(portal: c.PortalClient, service: PortalService):
    with service._sessions() as s:
        user = s.scalar(select(db.User).where(db.User.status == "deactivated"))
        assert user is not None
        user.password_hash = hash_password("pw-123")
        s.commit()
        email = user.email
    error = error_of(portal.sign_in, c.SignInRequest(email, "pw-123"))
    assert error.code is c.ErrorCode.ACCOUNT_DEACTIVATED


def test_sign_out_ends_the_session(portal: c.PortalClient):
    session = sign_in(portal)
    portal.sign_out(session.token)
    assert error_of(portal.whoami, session.token).code is c.ErrorCode.SESSION_EXPIRED
    portal.sign_out(session.token)  # twice is no error
    assert error_of(portal.whoami, "no such token").code is c.ErrorCode.SESSION_EXPIRED


def test_changes_pages_through_a_feed(portal: c.PortalClient):
    token = sign_in(portal).token
    first = portal.changes(token, c.ChangesRequest(c.Feed.INVOICES, 0, 7))
    assert len(first.upserts) == 7 and first.has_more
    invoice = first.upserts[0]
    assert isinstance(invoice, c.Invoice) and isinstance(invoice.invoice_date, dt.date)
    assert invoice.lines and isinstance(invoice.lines[0], c.InvoiceLine)
    rest = portal.changes(token, c.ChangesRequest(c.Feed.INVOICES, first.cursor, 7))
    assert {d.id for d in rest.upserts}.isdisjoint(d.id for d in first.upserts)
    assert rest.cursor > first.cursor


def test_section_without_role_is_forbidden(portal: c.PortalClient):
    token = sign_in(portal, Role.QUOTE_MANAGEMENT).token
    error = error_of(portal.changes, token, c.ChangesRequest(c.Feed.INVOICES, 0))
    assert (error.code, error.message) == (c.ErrorCode.FORBIDDEN, msg.SECTION_FORBIDDEN)
    assert portal.changes(token, c.ChangesRequest(c.Feed.QUOTES, 0, 3)).upserts


def test_bad_page_size_is_invalid(portal: c.PortalClient):
    token = sign_in(portal).token
    error = error_of(portal.changes, token, c.ChangesRequest(c.Feed.PRODUCTS, 0, 0))
    assert (error.code, error.message) == (c.ErrorCode.INVALID, msg.BAD_PAGE_SIZE)


def test_other_applications_and_webshop_activation(portal: c.PortalClient):
    token = sign_in(portal, None).token
    apps = portal.other_applications(token)
    assert apps.webshop_access is c.AccessState.NOT_REQUESTED
    assert apps.webshop_url.startswith("http")
    for reason, message in (
        ("  ", msg.WEBSHOP_REASON_MISSING),
        ("x" * 2001, msg.WEBSHOP_REASON_TOO_LONG),
    ):
        request = c.WebshopActivationRequest(reason)
        error = error_of(portal.request_webshop_activation, token, request)
        assert (error.code, error.message) == (c.ErrorCode.INVALID, message)
    after = portal.request_webshop_activation(token, c.WebshopActivationRequest("Ordering"))
    assert after.webshop_access is c.AccessState.REQUESTED
    assert portal.other_applications(token) == after


# --- both clients give the same answers ------------------------------------------------


def test_both_clients_return_the_same_documents(
    client: EmbeddedPortalClient, http_client: HttpPortalClient
):
    for role in (Role.ACCOUNT_BALANCE, Role.ORDER_MANAGEMENT, Role.QUOTE_MANAGEMENT):
        embedded, http = sign_in(client, role), sign_in(http_client, role)
        assert embedded.user == http.user
        for feed in granted_feeds(http.user):
            docs = read_feed(http_client, http.token, feed, 400)
            assert docs, feed
            assert docs == read_feed(client, embedded.token, feed, 400), feed


def test_sync_over_http_fills_the_cache_like_embedded(
    client: EmbeddedPortalClient, http_client: HttpPortalClient, tmp_path: Path
):
    ids: dict[str, list[int]] = {}
    for name, portal in (("embedded", client), ("http", http_client)):
        engine = open_cache(tmp_path / f"{name}.sqlite")
        result = SyncEngine(portal, sign_in(portal).token, engine, page_size=500).run()
        assert result.received[c.Feed.INVOICES] > 0
        with engine.connect() as conn:
            ids[name] = list(conn.scalars(text("SELECT id FROM invoice ORDER BY id")))
        engine.dispose()
    assert ids["http"] == ids["embedded"]


# --- over HTTP only --------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_stopped_server_is_unreachable():
    with HttpPortalClient(f"http://127.0.0.1:{free_port()}", timeout=5.0) as portal:
        for call, args in (
            (portal.demo_accounts, ()),
            (portal.sign_in, (c.SignInRequest("a@b.c", "x"),)),
            (portal.whoami, ("token",)),
        ):
            error = error_of(call, *args)
            assert (error.code, error.message) == (c.ErrorCode.UNREACHABLE, msg.UNREACHABLE)


def test_each_server_is_its_own_portal(server_url: str):
    a = HttpPortalClient(server_url)
    b = HttpPortalClient(server_url + "/")
    other = HttpPortalClient("http://127.0.0.1:1")
    assert a.portal_id == b.portal_id != other.portal_id
    assert a.portal_id != EmbeddedPortalClient.portal_id
    for each in (a, b, other):
        each.close()
