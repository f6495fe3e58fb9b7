"""Sync into the real SQLite cache: roles, incremental changes, purges and crashes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from app.ingest import FEED_TABLES
from app.portal import contract as c
from app.portal.embedded import EmbeddedPortalClient
from app.sync import SyncEngine
from models import sync_state
from models.database import open_cache
from models.roles import Role, granted_sections
from server import db
from server.seed import DEMO_ACCOUNTS, DEMO_PASSWORD
from server.service import PortalService

SECTION_FEEDS = [f for f in c.Feed if f.section is not None]
PORTAL_MODELS = {
    c.Feed.QUOTES: (db.Quote, db.QuoteLine, "quote_id"),
    c.Feed.ORDERS: (db.Order, db.OrderLine, "order_id"),
    c.Feed.DELIVERIES: (db.Delivery, db.DeliveryLine, "delivery_id"),
    c.Feed.TRACKING: (db.ShippingUnit, db.UnitItem, "unit_id"),
    c.Feed.INVOICES: (db.Invoice, db.InvoiceLine, "invoice_id"),
    c.Feed.ACCOUNT: (db.AccountItem, None, ""),
}


def account_with(role: Role | None) -> c.DemoAccount:
    wanted = (role,) if role else ()
    return next(a for a in DEMO_ACCOUNTS if tuple(a.roles) == wanted)


def cache_ids(cache: Engine, feed: c.Feed) -> set[int]:
    with cache.connect() as conn:
        return {r[0] for r in conn.exec_driver_sql(f"SELECT id FROM {FEED_TABLES[feed].table}")}


def cache_line_count(cache: Engine, feed: c.Feed) -> int:
    spec = FEED_TABLES[feed]
    if not spec.line_table:
        return 0
    with cache.connect() as conn:
        return conn.exec_driver_sql(f"SELECT count(*) FROM {spec.line_table}").scalar_one()


def portal_ids(service: PortalService, feed: c.Feed, company_id: int) -> set[int]:
    model = PORTAL_MODELS[feed][0]
    with service._sessions() as s:
        return set(s.scalars(select(model.id).where(model.company_id == company_id)))


def portal_line_count(service: PortalService, feed: c.Feed, ids: set[int]) -> int:
    _, line_model, fk = PORTAL_MODELS[feed]
    if line_model is None or not ids:
        return 0
    with service._sessions() as s:
        column = getattr(line_model, fk)
        return s.scalar(select(func.count()).select_from(line_model).where(column.in_(ids)))


@pytest.fixture
def cache(tmp_path: Path) -> Engine:
    return open_cache(tmp_path / "cache.sqlite")


def signed_in(client: EmbeddedPortalClient, account: c.DemoAccount) -> c.Session:
    return client.sign_in(c.SignInRequest(account.email, DEMO_PASSWORD))


@pytest.mark.parametrize(
    "role",
    [None, *Role],
    ids=lambda r: r.value if r else "no_role",
)
def test_cache_holds_exactly_what_the_role_grants(
    client: EmbeddedPortalClient, service: PortalService, cache: Engine, role: Role | None
):
    session = signed_in(client, account_with(role))
    SyncEngine(client, session.token, cache, page_size=300).run()
    granted = granted_sections([role] if role else [])
    with service._sessions() as s:
        company_id = s.get(db.User, session.user.user_id).company_id
    for feed in SECTION_FEEDS:
        if feed.section in granted:
            ids = portal_ids(service, feed, company_id)
            assert cache_ids(cache, feed) == ids
            assert cache_line_count(cache, feed) == portal_line_count(service, feed, ids)
        else:
            assert cache_ids(cache, feed) == set()
    assert cache_ids(cache, c.Feed.PRODUCTS)


def test_incremental_sync_picks_up_a_changed_and_a_deleted_document(
    client: EmbeddedPortalClient, service: PortalService, cache: Engine
):
    session = signed_in(client, account_with(Role.ACCOUNT_BALANCE))
    engine = SyncEngine(client, session.token, cache)
    engine.run()
    with cache.connect() as conn:
        invoice_id, quote_id = conn.exec_driver_sql(
            "SELECT (SELECT min(id) FROM invoice), (SELECT max(id) FROM quote)"
        ).one()
    service.touch_document(c.Feed.INVOICES, invoice_id, status="settled", open_amount=0)
    service.delete_document(c.Feed.QUOTES, quote_id)

    result = engine.run()

    assert result.received[c.Feed.INVOICES] == 1
    assert result.received[c.Feed.QUOTES] == 0
    assert result.deleted[c.Feed.QUOTES] == 1
    with cache.connect() as conn:
        status, open_amount = conn.exec_driver_sql(
            "SELECT status, open_amount FROM invoice WHERE id = ?", (invoice_id,)
        ).one()
        assert (status, open_amount) == ("settled", 0)
        assert (
            conn.exec_driver_sql(
                "SELECT count(*) FROM invoice_line WHERE invoice_id = ?", (invoice_id,)
            ).scalar_one()
            > 0
        )
        assert (
            conn.exec_driver_sql(
                "SELECT count(*) FROM quote_line WHERE quote_id = ?", (quote_id,)
            ).scalar_one()
            == 0
        )
    assert quote_id not in cache_ids(cache, c.Feed.QUOTES)


def test_a_role_taken_away_purges_the_cache_on_the_next_sync(
    client: EmbeddedPortalClient, service: PortalService, cache: Engine
):
    clerk = signed_in(client, account_with(Role.ACCOUNT_BALANCE))
    engine = SyncEngine(client, clerk.token, cache)
    engine.run()
    assert cache_ids(cache, c.Feed.INVOICES) and cache_ids(cache, c.Feed.ACCOUNT)

    admin = signed_in(client, account_with(Role.DELEGATED_ADMIN))
    service.set_roles(admin.token, clerk.user.user_id, [Role.QUOTE_MANAGEMENT])
    result = engine.run()

    assert set(result.purged) >= {c.Feed.INVOICES, c.Feed.ACCOUNT, c.Feed.ORDERS}
    for feed in SECTION_FEEDS:
        assert bool(cache_ids(cache, feed)) == (feed is c.Feed.QUOTES), feed
        assert cache_line_count(cache, feed) == 0 or feed is c.Feed.QUOTES
    with cache.connect() as conn:
        assert "invoices" not in sync_state.cursors(conn)
        # The search index forgets them too.
        assert conn.exec_driver_sql("SELECT count(*) FROM invoice_fts").scalar_one() == 0


def test_a_role_given_back_fetches_the_section_from_the_start(
    client: EmbeddedPortalClient, service: PortalService, cache: Engine
):
    clerk = signed_in(client, account_with(Role.ACCOUNT_BALANCE))
    admin = signed_in(client, account_with(Role.DELEGATED_ADMIN))
    engine = SyncEngine(client, clerk.token, cache)
    engine.run()
    everything = cache_ids(cache, c.Feed.INVOICES)
    service.set_roles(admin.token, clerk.user.user_id, [Role.QUOTE_MANAGEMENT])
    engine.run()
    service.set_roles(admin.token, clerk.user.user_id, [Role.INVOICE_MANAGEMENT])
    engine.run()
    assert cache_ids(cache, c.Feed.INVOICES) == everything


def assert_consistent_prefix(cache: Engine, service: PortalService, feed: c.Feed) -> int:
    """Every cached document is whole (all its lines), and the cursor covers exactly them."""
    ids = cache_ids(cache, feed)
    assert cache_line_count(cache, feed) == portal_line_count(service, feed, ids)
    with cache.connect() as conn:
        cursor = sync_state.cursors(conn).get(feed.value, 0)
    model = PORTAL_MODELS[feed][0]
    with service._sessions() as s:
        expected = set(
            s.scalars(select(model.id).where(model.seq <= cursor, model.id.in_(ids | {-1})))
        )
        below_cursor = s.scalar(
            select(func.count())
            .select_from(model)
            .where(
                model.seq <= cursor,
                model.company_id
                == s.scalar(
                    select(db.User.company_id).where(
                        db.User.email == account_with(Role.ACCOUNT_BALANCE).email
                    )
                ),
            )
        )
    assert expected == ids
    assert below_cursor == len(ids)
    return len(ids)


def test_a_sync_failing_midway_keeps_a_consistent_cache_and_resumes(
    client: EmbeddedPortalClient, service: PortalService, cache: Engine, monkeypatch
):
    session = signed_in(client, account_with(Role.ACCOUNT_BALANCE))
    engine = SyncEngine(client, session.token, cache, page_size=200)
    import app.sync as sync_module

    real_apply = sync_module.apply_page
    calls = {"n": 0}

    def failing_apply(conn, page):
        real_apply(conn, page)  # written, but the transaction will roll back
        calls["n"] += page.feed is c.Feed.INVOICES
        if calls["n"] > 3:
            raise OSError("disk unplugged")

    monkeypatch.setattr(sync_module, "apply_page", failing_apply)
    with pytest.raises(OSError):
        engine.run()
    with service._sessions() as s:
        company_id = s.get(db.User, session.user.user_id).company_id
    partial = assert_consistent_prefix(cache, service, c.Feed.INVOICES)
    assert 0 < partial < len(portal_ids(service, c.Feed.INVOICES, company_id))

    monkeypatch.setattr(sync_module, "apply_page", real_apply)
    engine.run()
    assert cache_ids(cache, c.Feed.INVOICES) == portal_ids(service, c.Feed.INVOICES, company_id)


KILL_SCRIPT = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    import app.sync as sync_module
    from app.portal import contract as c
    from app.portal.embedded import EmbeddedPortalClient
    from models.database import open_cache
    from server.db import make_engine
    from server.service import PortalService

    portal, cache_path, email, password = sys.argv[1:5]
    client = EmbeddedPortalClient(PortalService(make_engine(f"sqlite:///{portal}")))
    token = client.sign_in(c.SignInRequest(email, password)).token
    real_apply = sync_module.apply_page
    pages = {"n": 0}

    def apply_then_die(conn, page):
        real_apply(conn, page)
        pages["n"] += page.feed is c.Feed.INVOICES
        if pages["n"] > 3:
            os._exit(9)  # killed with the page written but not committed

    sync_module.apply_page = apply_then_die
    sync_module.SyncEngine(client, token, open_cache(Path(cache_path)), page_size=150).run()
    """
)


def test_a_sync_killed_midway_leaves_a_consistent_cache(
    portal_file: Path, service: PortalService, tmp_path: Path
):
    cache_path = tmp_path / "killed" / "cache.sqlite"
    account = account_with(Role.ACCOUNT_BALANCE)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            KILL_SCRIPT,
            str(portal_file),
            str(cache_path),
            account.email,
            DEMO_PASSWORD,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 9, proc.stderr
    cache = open_cache(cache_path)
    with cache.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalar_one() == "ok"
    assert assert_consistent_prefix(cache, service, c.Feed.INVOICES) > 0
    for feed in (c.Feed.QUOTES, c.Feed.ORDERS):
        assert cache_ids(cache, feed)  # feeds before the kill are complete


def test_a_cancelled_sync_stops_between_pages_and_keeps_what_it_wrote(
    client: EmbeddedPortalClient, service: PortalService, cache: Engine
):
    from app.sync import SyncCancelled

    session = signed_in(client, account_with(Role.ACCOUNT_BALANCE))
    pages: list[c.Feed] = []

    def progress(feed: c.Feed, _received: int) -> None:
        pages.append(feed)

    engine = SyncEngine(client, session.token, cache, page_size=100)
    with pytest.raises(SyncCancelled):
        engine.run(progress=progress, cancelled=lambda: len(pages) >= 3)
    assert len(pages) == 3
    assert assert_consistent_prefix(cache, service, c.Feed.QUOTES) == 300
    engine.run()  # the next sync completes it
    with service._sessions() as s:
        company_id = s.get(db.User, session.user.user_id).company_id
    assert cache_ids(cache, c.Feed.QUOTES) == portal_ids(service, c.Feed.QUOTES, company_id)
