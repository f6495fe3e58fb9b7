"""Plain-data forms of contract types that the app keeps (the cache, settings)."""

from __future__ import annotations

from typing import Any

from app.portal.contract import UserInfo
from models.roles import Role


def user_to_record(user: UserInfo) -> dict[str, Any]:
    return {
        "user_id": user.user_id,
        "name": user.name,
        "email": user.email,
        "company_name": user.company_name,
        "customer_number": user.customer_number,
        "roles": [r.value for r in user.roles],
        "language": user.language,
    }


def user_from_record(record: dict[str, Any]) -> UserInfo:
    return UserInfo(
        user_id=int(record["user_id"]),
        name=str(record["name"]),
        email=str(record["email"]),
        company_name=str(record["company_name"]),
        customer_number=str(record["customer_number"]),
        roles=tuple(Role(r) for r in record["roles"]),
        language=str(record["language"]),
    )
