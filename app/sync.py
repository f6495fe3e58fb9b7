"""Pulling the portal's changes into the cache.

Each page of the change feed is applied in one transaction together with the feed's new
cursor: a sync killed midway leaves the cache at a consistent prefix of the change stream
(every document whole, with its lines), and the next sync resumes from there. Feeds that
the user's roles no longer grant are purged from the cache.

``SyncEngine`` has no Qt in it; ``app.tasks`` runs it on a worker thread for the GUI and
``dealerdesk sync`` runs it directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy.engine import Engine

from app.ingest import apply_page, purge_feed
from app.portal import contract as c
from app.portal.records import user_to_record
from models import sync_state

PAGE_SIZE = 10_000
# A sync that brought at least this many documents refreshes the query planner's statistics.
OPTIMIZE_AFTER = 1000

# Reference data every member of the company may read.
REFERENCE_FEEDS = (c.Feed.PRODUCTS, c.Feed.ADDRESSES, c.Feed.CONTACTS)


def granted_feeds(user: c.UserInfo) -> list[c.Feed]:
    sections = user.sections
    return [f for f in c.Feed if f.section is None or f.section in sections]


@dataclass
class SyncResult:
    user: c.UserInfo
    received: dict[c.Feed, int] = field(default_factory=dict)
    deleted: dict[c.Feed, int] = field(default_factory=dict)
    purged: list[c.Feed] = field(default_factory=list)
    finished_at: dt.datetime | None = None

    @property
    def total_received(self) -> int:
        return sum(self.received.values())


ProgressCallback = Callable[[c.Feed, int], None]


class SyncCancelled(Exception):
    """The user (or shutdown) stopped the sync; what was applied so far is kept."""


class SyncEngine:
    def __init__(
        self,
        client: c.PortalClient,
        token: str,
        cache: Engine,
        page_size: int = PAGE_SIZE,
        clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._client = client
        self._token = token
        self._cache = cache
        self._page_size = page_size
        self._clock = clock

    def run(
        self,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> SyncResult:
        user = self._client.whoami(self._token)
        result = SyncResult(user=user)
        wanted = granted_feeds(user)
        with self._cache.begin() as conn:
            sync_state.put_info(conn, sync_state.USER_KEY, user_to_record(user))
            known = sync_state.cursors(conn)
        for feed in c.Feed:
            if feed not in wanted:
                self._purge(feed)
                result.purged.append(feed)
        for feed in wanted:
            try:
                self._pull(feed, known.get(feed.value, 0), result, progress, cancelled)
            except c.PortalError as err:
                # A role taken away between whoami and this read: drop the feed now.
                if err.code is not c.ErrorCode.FORBIDDEN:
                    raise
                self._purge(feed)
                result.purged.append(feed)
        result.finished_at = self._clock()
        with self._cache.begin() as conn:
            sync_state.put_info(conn, sync_state.LAST_SYNC_KEY, result.finished_at.isoformat())
        if result.total_received >= OPTIMIZE_AFTER:
            # Fresh statistics let SQLite pick the section indexes well (and skip-scan);
            # the sampling limit keeps ANALYZE quick on a million rows.
            with self._cache.begin() as conn:
                conn.exec_driver_sql("PRAGMA analysis_limit=1000")
                conn.exec_driver_sql("ANALYZE")
        return result

    def _pull(
        self,
        feed: c.Feed,
        cursor: int,
        result: SyncResult,
        progress: ProgressCallback | None,
        cancelled: Callable[[], bool],
    ) -> None:
        result.received[feed] = 0
        result.deleted[feed] = 0

        def fetch(after: int) -> c.ChangesPage:
            return self._client.changes(self._token, c.ChangesRequest(feed, after, self._page_size))

        # The next page is read while this one is written: the portal's work (or the
        # network) overlaps SQLite's, which runs without the GIL.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-read") as reader:
            upcoming = reader.submit(fetch, cursor)
            while True:
                if cancelled():
                    raise SyncCancelled()
                page = upcoming.result()
                if page.has_more:
                    upcoming = reader.submit(fetch, page.cursor)
                with self._cache.begin() as conn:
                    apply_page(conn, page)
                    sync_state.save_cursor(conn, feed.value, page.cursor, self._clock())
                result.received[feed] += len(page.upserts)
                result.deleted[feed] += len(page.deleted_ids)
                if progress:
                    progress(feed, result.received[feed])
                if not page.has_more:
                    return

    def _purge(self, feed: c.Feed) -> None:
        with self._cache.begin() as conn:
            purge_feed(conn, feed)
            sync_state.forget_cursor(conn, feed.value)
