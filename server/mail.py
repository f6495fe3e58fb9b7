"""E-mail out: the reference portal records every message it sends in ``outgoing_email``.

A real deployment would hand these to an SMTP relay; the record is what tests and the
demo read back.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from server import db


def send_mail(
    s: Session,
    recipient: str,
    subject: str,
    body: str,
    now: dt.datetime,
    meta: dict[str, object] | None = None,
) -> db.OutgoingEmail:
    mail = db.OutgoingEmail(
        recipient=recipient, subject=subject, body=body, created_at=now, meta=meta or {}
    )
    s.add(mail)
    return mail
