"""The floor: the bare SQLite queries that return the rows (and count) each action shows.

Hand-written, on a plain ``sqlite3`` connection, as a developer would write them against
the cache's indexes and FTS5 table; nothing of the app is used. What the app does on top
(SQLAlchemy, building the query, formatting the cells, Qt signals) is the difference.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.common import Timing, measure
from bench.ops import COUNTED, OPS, PAGE, TABLE_COLUMNS, Scenario, fts_phrase

SELECT = f"SELECT {', '.join(TABLE_COLUMNS)}, id, currency FROM invoice"
NEWEST = "ORDER BY invoice_date DESC, id DESC"
LIMIT = f"LIMIT {PAGE + 1}"  # one more than shown: is there a "More"?
# The searchable columns the view shows by default (delivery_number is hidden).
SEARCH_COLUMNS = "{number order_number}"


def _where(op: str, s: Scenario) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {"start": s.window_start}
    where = "invoice_date >= :start"
    if op in ("search", "search_broad"):
        params["q"] = f"{SEARCH_COLUMNS} : {fts_phrase(s.search_words(op))}"
        where += " AND id IN (SELECT rowid FROM invoice_fts WHERE invoice_fts MATCH :q)"
    elif op == "criteria":
        params |= {"status": s.status, "min_total": s.min_total}
        where += " AND status = :status AND total >= :min_total"
    return where, params


def floor_query(
    db: sqlite3.Connection, op: str, s: Scenario, after: tuple[str, int] | None = None
) -> tuple[list[int], int | None]:
    """(ids of the rows shown, the count or None when the action shows no new count)."""
    where, params = _where(op, s)
    order = NEWEST
    if op == "sort":
        order = "ORDER BY total DESC, invoice_date DESC, id DESC"
    elif op == "more":
        assert after is not None
        params |= {"last_date": after[0], "last_id": after[1]}
        where += " AND invoice_date <= :last_date AND (invoice_date, id) < (:last_date, :last_id)"
    rows = db.execute(f"{SELECT} WHERE {where} {order} {LIMIT}", params).fetchall()
    ids = [r[len(TABLE_COLUMNS)] for r in rows[:PAGE]]
    count = None
    if op in COUNTED:
        count = db.execute(f"SELECT count(*) FROM invoice WHERE {where}", params).fetchone()[0]
    return ids, count


def open_page_key(db: sqlite3.Connection, s: Scenario) -> tuple[str, int]:
    """The sort key of the last row shown after opening (where "More" continues)."""
    where, params = _where("open", s)
    row = db.execute(
        f"SELECT invoice_date, id FROM invoice WHERE {where} {NEWEST} LIMIT 1 OFFSET {PAGE - 1}",
        params,
    ).fetchone()
    return row[0], row[1]


def measure_floors(
    cache: Path, s: Scenario, repeat: int
) -> dict[str, tuple[Timing, list[int], int | None]]:
    """Each action's floor: its timing, the ids shown and the count."""
    results: dict[str, tuple[Timing, list[int], int | None]] = {}
    db = sqlite3.connect(cache)
    try:
        after = open_page_key(db, s)
        for op, _title in OPS:
            shown: list[tuple[list[int], int | None]] = []

            def run(op: str = op, shown: list[Any] = shown) -> None:
                shown.append(floor_query(db, op, s, after if op == "more" else None))

            run_fn: Callable[[], None] = run
            timing = measure(run_fn, repeat)
            ids, count = shown[-1]
            results[op] = (timing, ids, count)
    finally:
        db.close()
    return results
