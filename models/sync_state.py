"""Reading and writing the cache's bookkeeping: feed cursors and account facts."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.engine import Connection

from models.schema import AccountInfo, SyncState

LAST_SYNC_KEY = "last_sync_at"
USER_KEY = "user"


def cursors(conn: Connection) -> dict[str, int]:
    rows = conn.execute(select(SyncState.feed, SyncState.cursor))
    return {feed: cursor for feed, cursor in rows}


def save_cursor(conn: Connection, feed: str, cursor: int, now: dt.datetime) -> None:
    stmt = insert(SyncState).values(feed=feed, cursor=cursor, synced_at=now)
    conn.execute(
        stmt.on_conflict_do_update(
            index_elements=[SyncState.feed], set_={"cursor": cursor, "synced_at": now}
        )
    )


def forget_cursor(conn: Connection, feed: str) -> None:
    conn.execute(delete(SyncState).where(SyncState.feed == feed))


def put_info(conn: Connection, key: str, value: Any) -> None:
    text = json.dumps(value)
    stmt = insert(AccountInfo).values(key=key, value=text)
    conn.execute(stmt.on_conflict_do_update(index_elements=[AccountInfo.key], set_={"value": text}))


def get_info(conn: Connection, key: str) -> Any:
    text = conn.scalar(select(AccountInfo.value).where(AccountInfo.key == key))
    return None if text is None else json.loads(text)


def last_sync(conn: Connection) -> dt.datetime | None:
    value = get_info(conn, LAST_SYNC_KEY)
    return dt.datetime.fromisoformat(value) if value else None
