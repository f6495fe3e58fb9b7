"""Sync: the first full sync of `small`, and the ingest rate of a big first and an
incremental sync, all through ``app.sync.SyncEngine`` over the embedded portal client.

A *document* is a header with its lines. Each run syncs into a new, empty cache (made by
``open_cache``, untimed: the schema is not part of the sync).

* ``first_sync``: ``SyncEngine.run()`` of the account-balance user (every section).
* ``ingest``: the first full sync of one feed (default: invoices, the biggest) into an
  empty cache: the same ``SyncEngine.run()``, with a client that answers the other feeds
  with "nothing changed", so that only that feed's pages travel and are written. The time
  is split into the portal's side (reading the page: ``server.feeds``) and the app's side
  (writing it: ``app.ingest`` and the cursor, one transaction per page).
* ``incremental``: after that, K documents of the feed change at the portal (their seq is
  moved to the head, as ``PortalService.touch_document`` does, in one transaction) and the
  next sync brings them into the now full cache (upserts: the search index and the lines
  are replaced).
"""

from __future__ import annotations

import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import app.sync as sync_module
from app.ingest import FEED_TABLES
from app.portal import contract as c
from app.sync import SyncEngine
from bench.common import DEALER_CUSTOMER_NUMBER, Timing
from bench.data import Portal, log, remove_db
from models.database import open_cache


@dataclass
class SyncRun:
    seconds: float
    documents: int
    lines: int
    read_seconds: float  # in the portal (reading pages, overlapped with the writes)
    write_seconds: float  # in the app writing pages into the cache (app.ingest.apply_page)

    @property
    def rate(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    def as_json(self) -> dict[str, Any]:
        return {
            "seconds": round(self.seconds, 3),
            "documents": self.documents,
            "lines": self.lines,
            "docs_per_s": round(self.rate),
            "portal_read_seconds": round(self.read_seconds, 3),
            "cache_write_seconds": round(self.write_seconds, 3),
        }


@dataclass
class SyncSeries:
    runs: list[SyncRun]

    @property
    def median_run(self) -> SyncRun:
        ordered = sorted(self.runs, key=lambda r: r.seconds)
        return ordered[len(ordered) // 2]

    def timing(self) -> Timing:
        return Timing([r.seconds for r in self.runs])

    def as_json(self) -> dict[str, Any]:
        return {"median": self.median_run.as_json(), "runs": [r.as_json() for r in self.runs]}


class FeedClient:
    """The portal client, timing its reads; feeds other than ``only`` have no changes."""

    def __init__(self, inner: Any, only: c.Feed | None = None) -> None:
        self._inner = inner
        self.portal_id = inner.portal_id
        self.only = only
        self.read_seconds = 0.0
        self.lines = 0

    def whoami(self, token: str) -> c.UserInfo:
        return self._inner.whoami(token)

    def changes(self, token: str, request: c.ChangesRequest) -> c.ChangesPage:
        if self.only is not None and request.feed is not self.only:
            return c.ChangesPage(request.feed, [], [], request.cursor, False)
        started = time.perf_counter()
        page = self._inner.changes(token, request)
        self.read_seconds += time.perf_counter() - started
        spec = FEED_TABLES[request.feed]
        if spec.line_table:
            self.lines += sum(len(getattr(doc, spec.line_attr)) for doc in page.upserts)
        return page

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _sync(portal: Portal, cache: Path, only: c.Feed | None) -> SyncRun:
    client = FeedClient(portal.client(), only)
    engine = open_cache(cache)
    # SyncEngine reads the next page while it writes this one, so the write time is
    # measured where it happens rather than as "total minus reads".
    real_apply = sync_module.apply_page
    written = [0.0]

    def timed_apply(conn: Any, page: c.ChangesPage) -> None:
        started = time.perf_counter()
        real_apply(conn, page)
        written[0] += time.perf_counter() - started

    sync_module.apply_page = timed_apply
    try:
        started = time.perf_counter()
        result = SyncEngine(client, portal.token, engine).run()
        seconds = time.perf_counter() - started
    finally:
        sync_module.apply_page = real_apply
        engine.dispose()
    documents = result.received.get(only, 0) if only else result.total_received
    return SyncRun(seconds, documents, client.lines, client.read_seconds, written[0])


def first_sync(portal: Portal, scratch: Path, repeat: int) -> SyncSeries:
    """The first full sync of the portal (every feed of the account-balance user)."""
    runs = []
    for i in range(repeat + 1):
        remove_db(scratch)
        run = _sync(portal, scratch, None)
        if i:  # the first run warms up
            runs.append(run)
    remove_db(scratch)
    series = SyncSeries(runs)
    log(f"  first sync of {portal.source}: {series.median_run.seconds:.2f} s")
    return series


def ingest(portal: Portal, scratch: Path, repeat: int, feed: c.Feed) -> SyncSeries:
    """The first full sync of ``feed`` into an empty cache, ``repeat`` times; the last
    cache is kept at ``scratch`` for the incremental run."""
    runs = []
    for i in range(repeat):
        remove_db(scratch)
        run = _sync(portal, scratch, feed)
        runs.append(run)
        log(
            f"  ingest run {i + 1}/{repeat}: {run.documents:,} {feed.value} in "
            f"{run.seconds:.1f} s = {run.rate:,.0f} docs/s "
            f"(portal {run.read_seconds:.1f} s, cache writes {run.write_seconds:.1f} s)"
        )
    return SyncSeries(runs)


def touch(portal: Portal, feed: c.Feed, count: int) -> int:
    """Move ``count`` of the demo dealer's documents of ``feed`` (evenly spread) to the head
    of the change stream, as ``PortalService.touch_document`` does one at a time."""
    from server.feeds import FEED_SOURCES

    table = FEED_SOURCES[feed].table.name
    with closing(sqlite3.connect(portal.path, isolation_level=None)) as db:
        db.execute("PRAGMA busy_timeout=10000")
        db.execute("BEGIN IMMEDIATE")
        company = db.execute(
            "SELECT id FROM company WHERE customer_number = ?", (DEALER_CUSTOMER_NUMBER,)
        ).fetchone()[0]
        ids = [
            r[0]
            for r in db.execute(
                f'SELECT id FROM "{table}" WHERE company_id = ? ORDER BY id', (company,)
            )
        ]
        step = max(1, len(ids) // count)
        chosen = ids[::step][:count]
        head = db.execute("SELECT value FROM counter WHERE name = 'change_seq'").fetchone()[0]
        db.executemany(
            f'UPDATE "{table}" SET seq = ? WHERE id = ?',
            [(head + i + 1, doc_id) for i, doc_id in enumerate(chosen)],
        )
        db.execute("UPDATE counter SET value = ? WHERE name = 'change_seq'", (head + len(chosen),))
        db.execute("COMMIT")
    return len(chosen)


def incremental(portal: Portal, cache: Path, feed: c.Feed, count: int, repeat: int) -> SyncSeries:
    """Sync ``count`` changed documents into the full cache left by ``ingest``."""
    runs = []
    for _ in range(repeat):
        touched = touch(portal, feed, count)
        run = _sync(portal, cache, feed)
        assert run.documents == touched, (run.documents, touched)
        runs.append(run)
    series = SyncSeries(runs)
    median = series.median_run
    log(f"  incremental: {median.documents:,} changed {feed.value} in {median.seconds:.2f} s")
    return series
