"""Counters and calendar shared by the demo-data generators.

``Sequences`` hands out row ids, change-sequence values and document numbers; ``Calendar``
turns business-day indexes into dates. Both are cheap on purpose: the generators call them
millions of times.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

Row = dict[str, Any]

# Counter name -> (prefix, digits). Numbers run on across years; the year is the document's.
NUMBER_SERIES: dict[str, tuple[str, int]] = {
    "quote_number": ("Q", 6),
    "order_number": ("SO", 6),
    "delivery_number": ("DN", 7),
    "invoice_number": ("INV", 7),
    "credit_note_number": ("CN", 6),
    "payment_number": ("PAY", 6),
}


def format_number(counter: str, year: int, n: int) -> str:
    """A document number as the portal prints it, e.g. ``Q-2025-004512``."""
    prefix, digits = NUMBER_SERIES[counter]
    return f"{prefix}-{year}-{n:0{digits}d}"


@dataclass
class Sequences:
    """The counters a seed run advances: change seq, row ids, document numbers."""

    seq: int = 0
    ids: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, int] = field(default_factory=dict)

    def next_seq(self) -> int:
        self.seq += 1
        return self.seq

    def next_id(self, table: str) -> int:
        value = self.ids.get(table, 0) + 1
        self.ids[table] = value
        return value

    def bump(self, counter: str) -> int:
        """The next value of a named running counter (documents, serials, SSCCs)."""
        value = self.numbers.get(counter, 0) + 1
        self.numbers[counter] = value
        return value

    def next_number(self, counter: str, year: int) -> str:
        return format_number(counter, year, self.bump(counter))


class Calendar:
    """Business days as indexes; calendar dates come from a precomputed list."""

    def __init__(self, first: dt.date, today: dt.date, horizon_days: int = 500) -> None:
        self.base = first.toordinal()
        last = today.toordinal() + horizon_days
        self.dates = [dt.date.fromordinal(o) for o in range(self.base, last + 1)]
        self.bdays = [o for o in range(self.base, last + 1) if dt.date.fromordinal(o).weekday() < 5]
        self.today_ord = today.toordinal()
        # Index of the last business day on or before today.
        self.today_idx = max(i for i, o in enumerate(self.bdays) if o <= self.today_ord)

    def date(self, ordinal: int) -> dt.date:
        return self.dates[ordinal - self.base]
