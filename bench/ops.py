"""The user actions measured on the Invoices section, as plain data.

Every measured way (bare SQL, the app's table model, the naive Qt model) performs the same
action and must show the same rows; the ids of the rows shown are compared.

* ``open``: the section opens: the 15 newest invoices of the last 6 months (the default
  criteria) and their count;
* ``more``: "More" after opening: the next 15 (no new count);
* ``sort``: sort by amount (Total), largest first, from the opened state;
* ``search``: general search for one order number (a few hits), from the opened state;
* ``search_broad``: general search for ``SO-<this year>`` (every order of the year: about
  a tenth of all invoices match before the date window);
* ``criteria``: criteria search keeping the 6-month default, with status Open and an amount
  of at least 1,000.00.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from contextlib import closing
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from bench.common import TODAY

PAGE = 15
OPS: tuple[tuple[str, str], ...] = (
    ("open", "open Invoices (15 rows + count)"),
    ("more", "More (next 15)"),
    ("sort", "sort by amount"),
    ("search", "search: one order number"),
    ("search_broad", "search: SO-<year> (broad)"),
    ("criteria", "criteria: 6 months + Open + >= 1,000"),
)
OP_TITLES = dict(OPS)
# Ops whose result set changes, so the count shown beside the table must be (re)computed.
COUNTED = frozenset({"open", "search", "search_broad", "criteria"})
MIN_TOTAL_CENTS = 100_000
# The Invoices columns the section view shows by default, in order (models.columns).
TABLE_COLUMNS = (
    "number",
    "invoice_type",
    "invoice_date",
    "due_date",
    "order_number",
    "delivery_number",
    "net_amount",
    "vat_amount",
    "total",
    "open_amount",
    "status",
)


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier, clamped to the month's end (as QDate.addMonths)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)


@dataclass(frozen=True)
class Scenario:
    """The concrete values of the actions on one cache."""

    window_start: str  # ISO date: the 6-month default of the date criterion
    search_term: str  # an order number that is in the window
    broad_term: str  # SO-<year>
    status: str = "open"
    min_total: int = MIN_TOTAL_CENTS

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Scenario:
        return cls(**data)

    def search_words(self, op: str) -> str:
        return self.search_term if op == "search" else self.broad_term


def scenario_for(cache: Path) -> Scenario:
    start = months_before(TODAY, 6).isoformat()
    with closing(sqlite3.connect(f"file:{cache}?mode=ro", uri=True)) as db:
        # The order of the invoice in the middle of the window's newest hundred.
        row = db.execute(
            "SELECT order_number FROM invoice WHERE invoice_date >= ? "
            "ORDER BY invoice_date DESC, id DESC LIMIT 1 OFFSET 100",
            (start,),
        ).fetchone()
    if row is None:
        raise RuntimeError("the cache has too few invoices in the last six months")
    return Scenario(window_start=start, search_term=row[0], broad_term=f"SO-{TODAY.year}")


def fts_phrase(text: str) -> str:
    """The FTS5 prefix phrase of a word's parts ("SO-2026" -> '"so 2026"*')."""
    return '"' + " ".join(re.findall(r"[^\W_]+", text.lower())) + '"*'
