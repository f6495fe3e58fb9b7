"""The portal's read rules: sign-in, and each role gets exactly its sections."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app.portal import contract as c
from models.roles import Role, Section, granted_sections
from server import db
from server.passwords import hash_password
from server.seed import DEMO_ACCOUNTS, DEMO_PASSWORD
from server.service import PortalService

FEED_MODELS = {
    c.Feed.QUOTES: db.Quote,
    c.Feed.ORDERS: db.Order,
    c.Feed.DELIVERIES: db.Delivery,
    c.Feed.TRACKING: db.ShippingUnit,
    c.Feed.INVOICES: db.Invoice,
    c.Feed.ACCOUNT: db.AccountItem,
}


def sign_in(service: PortalService, email: str, password: str = DEMO_PASSWORD) -> c.Session:
    return service.sign_in(c.SignInRequest(email, password))


def read_all(service: PortalService, token: str, feed: c.Feed) -> list[object]:
    docs: list[object] = []
    cursor = 0
    while True:
        page = service.changes(token, c.ChangesRequest(feed, cursor, 500))
        docs.extend(page.upserts)
        cursor = page.cursor
        if not page.has_more:
            return docs


def company_count(service: PortalService, model: type, company_id: int) -> int:
    with service._sessions() as s:
        return s.scalar(
            select(func.count()).select_from(model).where(model.company_id == company_id)
        )


@pytest.mark.parametrize("account", DEMO_ACCOUNTS, ids=lambda a: a.email.split("@")[0])
def test_each_role_reads_exactly_its_sections(service: PortalService, account: c.DemoAccount):
    session = sign_in(service, account.email)
    assert set(session.user.roles) == set(account.roles)
    granted = granted_sections(account.roles)
    with service._sessions() as s:
        company_id = s.scalar(select(db.User.company_id).where(db.User.email == account.email))
    for feed, model in FEED_MODELS.items():
        section = feed.section
        assert section is not None
        if section in granted:
            docs = read_all(service, session.token, feed)
            assert len(docs) == company_count(service, model, company_id) > 0
            assert len({d.id for d in docs}) == len(docs)  # type: ignore[attr-defined]
        else:
            with pytest.raises(c.PortalError) as err:
                service.changes(session.token, c.ChangesRequest(feed, 0, 10))
            assert err.value.code is c.ErrorCode.FORBIDDEN
    # Reference data comes with any membership, even with no role.
    assert read_all(service, session.token, c.Feed.PRODUCTS)
    assert read_all(service, session.token, c.Feed.ADDRESSES)


def test_role_table_matches_spec():
    assert granted_sections([Role.QUOTE_MANAGEMENT]) == {Section.QUOTES}
    names = {s.value for s in granted_sections([Role.ORDER_MANAGEMENT])}
    assert names == {"quotes", "orders", "deliveries", "tracking"}
    names = {s.value for s in granted_sections([Role.INVOICE_MANAGEMENT])}
    assert names == {"quotes", "orders", "deliveries", "tracking", "invoices"}
    names = {s.value for s in granted_sections([Role.ACCOUNT_BALANCE])}
    assert names == {"quotes", "orders", "deliveries", "tracking", "invoices", "account"}
    assert granted_sections([Role.DELEGATED_ADMIN]) == frozenset()
    assert granted_sections([]) == frozenset()


def test_companies_see_only_their_own_documents(service: PortalService):
    ours = sign_in(service, next(a.email for a in DEMO_ACCOUNTS if Role.ACCOUNT_BALANCE in a.roles))
    theirs = sign_in(service, "jan@peeters-verwarming.example")
    assert ours.user.company_name != theirs.user.company_name
    for feed in FEED_MODELS:
        our_ids = {d.id for d in read_all(service, ours.token, feed)}
        their_ids = {d.id for d in read_all(service, theirs.token, feed)}
        assert their_ids and our_ids
        assert not our_ids & their_ids


def test_documents_come_with_their_lines(service: PortalService):
    session = sign_in(
        service, next(a.email for a in DEMO_ACCOUNTS if Role.ACCOUNT_BALANCE in a.roles)
    )
    quotes = read_all(service, session.token, c.Feed.QUOTES)
    assert all(q.lines for q in quotes)  # type: ignore[attr-defined]
    quote = quotes[0]
    assert quote.total == sum(line.net_amount for line in quote.lines)  # type: ignore[attr-defined]
    units = read_all(service, session.token, c.Feed.TRACKING)
    assert all(u.items for u in units)  # type: ignore[attr-defined]


def test_wrong_password_and_unknown_user_get_the_same_answer(service: PortalService):
    email = DEMO_ACCOUNTS[0].email
    for address, password in ((email, "wrong"), ("nobody@example.com", DEMO_PASSWORD)):
        with pytest.raises(c.PortalError) as err:
            sign_in(service, address, password)
        assert err.value.code is c.ErrorCode.BAD_CREDENTIALS


def test_deactivated_account_is_refused(service: PortalService):
    with service._sessions() as s:
        user = s.scalar(select(db.User).where(db.User.status == "deactivated"))
        assert user is not None
        user.password_hash = hash_password("pw-123")
        s.commit()
        email = user.email
    with pytest.raises(c.PortalError) as err:
        sign_in(service, email, "pw-123")
    assert err.value.code is c.ErrorCode.ACCOUNT_DEACTIVATED


def test_sign_out_ends_the_session(service: PortalService):
    session = sign_in(service, DEMO_ACCOUNTS[0].email)
    assert service.whoami(session.token).email == session.user.email
    service.sign_out(session.token)
    with pytest.raises(c.PortalError) as err:
        service.whoami(session.token)
    assert err.value.code is c.ErrorCode.SESSION_EXPIRED


def test_changes_after_cursor_include_updates_and_deletions(service: PortalService):
    session = sign_in(
        service, next(a.email for a in DEMO_ACCOUNTS if Role.ACCOUNT_BALANCE in a.roles)
    )
    first = read_all(service, session.token, c.Feed.INVOICES)
    cursor = service.changes(session.token, c.ChangesRequest(c.Feed.INVOICES, 0, 10_000)).cursor
    changed, deleted = first[0], first[1]
    service.touch_document(c.Feed.INVOICES, changed.id, status="settled", open_amount=0)  # type: ignore[attr-defined]
    service.delete_document(c.Feed.INVOICES, deleted.id)  # type: ignore[attr-defined]
    page = service.changes(session.token, c.ChangesRequest(c.Feed.INVOICES, cursor, 100))
    assert [d.id for d in page.upserts] == [changed.id]  # type: ignore[attr-defined]
    assert page.upserts[0].status == "settled"
    assert page.upserts[0].lines
    assert page.deleted_ids == [deleted.id]  # type: ignore[attr-defined]
    assert not page.has_more


def test_last_delegated_administrator_cannot_lose_the_role(service: PortalService):
    admin_account = next(a for a in DEMO_ACCOUNTS if Role.DELEGATED_ADMIN in a.roles)
    admin = sign_in(service, admin_account.email)
    with service._sessions() as s:
        others = s.scalars(
            select(db.User).where(
                db.User.company_id
                == select(db.User.company_id)
                .where(db.User.id == admin.user.user_id)
                .scalar_subquery()
            )
        ).all()
        assert (
            sum(Role.DELEGATED_ADMIN.value in u.roles and u.status == "active" for u in others) == 1
        )
    with pytest.raises(c.PortalError) as err:
        service.set_roles(admin.token, admin.user.user_id, [Role.ORDER_MANAGEMENT])
    assert err.value.code is c.ErrorCode.INVALID


def test_only_administrators_change_roles(service: PortalService):
    clerk = sign_in(
        service, next(a.email for a in DEMO_ACCOUNTS if Role.ACCOUNT_BALANCE in a.roles)
    )
    with pytest.raises(c.PortalError) as err:
        service.set_roles(clerk.token, clerk.user.user_id, [Role.DELEGATED_ADMIN])
    assert err.value.code is c.ErrorCode.FORBIDDEN


def test_every_mail_template_exists_in_every_language():
    from server.mail_templates import TEMPLATES, render

    for name, versions in TEMPLATES.items():
        assert set(versions) == {"nl", "de", "en", "fr"}, name
        for language in versions:
            subject, body = render(
                name,
                language,
                name="A",
                email="a@b.example",
                company="C",
                customer="1",
                reason="R",
            )
            assert "$" not in subject + body
