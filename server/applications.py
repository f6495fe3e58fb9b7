"""The manufacturer's other applications: links, and webshop activation requests."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.portal import contract as c
from app.portal import messages as msg
from server import db
from server.mail import send_mail
from server.mail_templates import TEAM_LANGUAGE, render

WEBSHOP_URL = "https://shop.noordwind.example/"
LIBRARY_URL = "https://library.noordwind.example/"
STANDBYME_URL = "https://standbyme.noordwind.example/register"
WEBSHOP_TEAM = "webshop@noordwind.example"
MAX_REASON = 2000


def _access(s: Session, user: db.User) -> db.ApplicationAccess | None:
    return s.scalar(
        select(db.ApplicationAccess).where(
            db.ApplicationAccess.user_id == user.id,
            db.ApplicationAccess.application == "webshop",
        )
    )


def other_applications(s: Session, user: db.User) -> c.OtherApplications:
    access = _access(s, user)
    state = c.AccessState(access.state) if access else c.AccessState.NOT_REQUESTED
    return c.OtherApplications(WEBSHOP_URL, state, LIBRARY_URL, STANDBYME_URL)


def request_webshop_activation(
    s: Session, user: db.User, reason: str, now: dt.datetime
) -> c.OtherApplications:
    """Record the request and mail the webshop team; asking twice changes nothing."""
    reason = reason.strip()
    if not reason:
        raise c.PortalError(c.ErrorCode.INVALID, msg.WEBSHOP_REASON_MISSING)
    if len(reason) > MAX_REASON:
        raise c.PortalError(c.ErrorCode.INVALID, msg.WEBSHOP_REASON_TOO_LONG)
    if _access(s, user) is None:
        s.add(
            db.ApplicationAccess(
                user_id=user.id,
                application="webshop",
                state="requested",
                reason=reason,
                requested_at=now,
            )
        )
        subject, body = render(
            "webshop_activation",
            TEAM_LANGUAGE,
            name=user.name,
            email=user.email,
            company=user.company.name,
            customer=user.company.customer_number,
            reason=reason,
        )
        send_mail(
            s, WEBSHOP_TEAM, subject, body, now, {"kind": "webshop_activation", "user_id": user.id}
        )
        s.flush()
    return other_applications(s, user)
