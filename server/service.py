"""The reference portal's business rules for signing in and reading.

Every call but sign-in is made as a user (a session token), and a user only ever gets what
the roles of that user grant (SPEC.md section 9, ``models.roles``).
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from app.portal import contract as c
from app.portal import messages as msg
from models.roles import Role, is_admin
from server import applications, db
from server.feeds import FEED_SOURCES, read_changes
from server.passwords import verify_password

MAX_PAGE = 10_000


class PortalService:
    """The portal as the app sees it; the embedded client calls this in-process."""

    def __init__(
        self,
        engine: Engine,
        demo_accounts: tuple[c.DemoAccount, ...] = (),
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._demo_accounts = demo_accounts
        self._clock = clock

    @contextmanager
    def _unit_of_work(self) -> Iterator[DbSession]:
        with self._sessions() as session, session.begin():
            yield session

    # --- sign-in ----------------------------------------------------------------------

    def demo_accounts(self) -> list[c.DemoAccount]:
        return list(self._demo_accounts)

    def sign_in(self, request: c.SignInRequest) -> c.Session:
        email = request.email.strip().lower()
        with self._unit_of_work() as s:
            user = s.scalar(select(db.User).where(func.lower(db.User.email) == email))
            if user is None or not user.password_hash:
                if user is not None and user.status == "invited":
                    raise c.PortalError(
                        c.ErrorCode.ACCOUNT_NOT_ACTIVATED,
                        msg.ACCOUNT_NOT_ACTIVATED,
                    )
                raise c.PortalError(c.ErrorCode.BAD_CREDENTIALS, msg.BAD_CREDENTIALS)
            if not verify_password(request.password, user.password_hash):
                raise c.PortalError(c.ErrorCode.BAD_CREDENTIALS, msg.BAD_CREDENTIALS)
            if user.status == "deactivated":
                raise c.PortalError(
                    c.ErrorCode.ACCOUNT_DEACTIVATED,
                    msg.ACCOUNT_DEACTIVATED,
                )
            token = secrets.token_urlsafe(32)
            s.add(db.SessionToken(token=token, user_id=user.id, created_at=self._clock()))
            return c.Session(token=token, user=_user_info(user))

    def sign_out(self, token: str) -> None:
        with self._unit_of_work() as s:
            s.execute(delete(db.SessionToken).where(db.SessionToken.token == token))

    def whoami(self, token: str) -> c.UserInfo:
        with self._unit_of_work() as s:
            return _user_info(self._authenticate(s, token))

    def _authenticate(self, s: DbSession, token: str) -> db.User:
        row = s.get(db.SessionToken, token)
        user = s.get(db.User, row.user_id) if row else None
        if user is None:
            raise c.PortalError(c.ErrorCode.SESSION_EXPIRED, msg.SESSION_EXPIRED)
        if user.status != "active":
            raise c.PortalError(c.ErrorCode.ACCOUNT_DEACTIVATED, msg.ACCOUNT_DEACTIVATED)
        return user

    # --- incremental read -------------------------------------------------------------

    def changes(self, token: str, request: c.ChangesRequest) -> c.ChangesPage:
        if not 1 <= request.limit <= MAX_PAGE:
            raise c.PortalError(c.ErrorCode.INVALID, msg.BAD_PAGE_SIZE)
        with self._unit_of_work() as s:
            user = self._authenticate(s, token)
            section = request.feed.section
            if section is not None and section not in _user_info(user).sections:
                raise c.PortalError(c.ErrorCode.FORBIDDEN, msg.SECTION_FORBIDDEN)
            docs, deleted, cursor, has_more = read_changes(
                s.connection(), request.feed, user.company_id, request.cursor, request.limit
            )
        return c.ChangesPage(request.feed, docs, deleted, cursor, has_more)

    # --- other applications -----------------------------------------------------------

    def other_applications(self, token: str) -> c.OtherApplications:
        with self._unit_of_work() as s:
            return applications.other_applications(s, self._authenticate(s, token))

    def request_webshop_activation(
        self, token: str, request: c.WebshopActivationRequest
    ) -> c.OtherApplications:
        with self._unit_of_work() as s:
            user = self._authenticate(s, token)
            return applications.request_webshop_activation(s, user, request.reason, self._clock())

    # --- user management (delegated administrators) -----------------------------------

    def set_roles(self, token: str, user_id: int, roles: list[Role]) -> c.UserInfo:
        """Give a colleague these roles; the company keeps at least one active admin."""
        with self._unit_of_work() as s:
            admin = self._authenticate(s, token)
            if not is_admin(admin.roles):
                raise c.PortalError(c.ErrorCode.FORBIDDEN, msg.ADMIN_ONLY)
            member = s.get(db.User, user_id)
            if member is None or member.company_id != admin.company_id:
                raise c.PortalError(c.ErrorCode.NOT_FOUND, msg.USER_NOT_FOUND)
            new_roles = sorted({Role(r).value for r in roles})
            if is_admin(member.roles) and not is_admin(new_roles):
                self._ensure_other_admin(s, member)
            member.roles = new_roles
            return _user_info(member)

    def _ensure_other_admin(self, s: DbSession, member: db.User) -> None:
        colleagues = s.scalars(
            select(db.User).where(
                db.User.company_id == member.company_id,
                db.User.id != member.id,
                db.User.status == "active",
            )
        )
        if not any(is_admin(u.roles) for u in colleagues):
            raise c.PortalError(
                c.ErrorCode.INVALID,
                msg.LAST_ADMIN,
            )

    # --- writes that move the change counter ------------------------------------------

    def next_seq(self, s: DbSession) -> int:
        """The next value of the portal-wide change counter (callers hold the transaction)."""
        counter = s.get(db.Counter, "change_seq")
        if counter is None:
            counter = db.Counter(name="change_seq", value=0)
            s.add(counter)
        counter.value += 1
        s.flush()
        return counter.value

    def delete_document(self, feed: c.Feed, doc_id: int) -> None:
        """Delete a document and leave a tombstone for incremental readers."""
        src = FEED_SOURCES[feed]
        with self._unit_of_work() as s:
            row = s.execute(select(src.table).where(src.table.c.id == doc_id)).first()
            if row is None:
                raise c.PortalError(c.ErrorCode.NOT_FOUND, msg.DOCUMENT_NOT_FOUND)
            company_id = row.company_id if src.per_company else 0
            if src.line_table is not None:
                s.execute(delete(src.line_table).where(src.line_table.c[src.line_fk] == doc_id))
            s.execute(delete(src.table).where(src.table.c.id == doc_id))
            s.add(
                db.Tombstone(
                    company_id=company_id, feed=feed.value, doc_id=doc_id, seq=self.next_seq(s)
                )
            )

    def touch_document(self, feed: c.Feed, doc_id: int, **values: object) -> None:
        """Change a document's header fields; its new seq puts it in the change feed."""
        src = FEED_SOURCES[feed]
        with self._unit_of_work() as s:
            result = s.execute(
                update(src.table)
                .where(src.table.c.id == doc_id)
                .values(**values, seq=self.next_seq(s))
            )
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise c.PortalError(c.ErrorCode.NOT_FOUND, msg.DOCUMENT_NOT_FOUND)


def _user_info(user: db.User) -> c.UserInfo:
    return c.UserInfo(
        user_id=user.id,
        name=user.name,
        email=user.email,
        company_name=user.company.name,
        customer_number=user.company.customer_number,
        roles=tuple(Role(r) for r in user.roles),
        language=user.language,
    )
