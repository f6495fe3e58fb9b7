"""The naive way many Qt apps do it: every row in a QStandardItemModel behind a
QSortFilterProxyModel, sorting and filtering in memory.

It runs in a child process per size (``python -m bench.naive``), so that its memory does
not count against the app's figures and a size it cannot manage can be stopped.

It is written the way Qt's documentation and most tutorials show, with nothing done
wrong: one QStandardItem per cell (display text; the raw value in a sort role, so that
money and dates sort right, in C++); the criteria in ``filterAcceptsRow`` reading the
source model through its API; the general search through the proxy's own
case-insensitive fixed-string filter over all columns (C++). Cell texts are formatted
with cheap Python formatting, not QLocale (in its favour).

"open" loads all invoices, builds the items, attaches the proxy with the 6-month criterion
and sorts newest first; the other actions work on the loaded model, like the app's.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.common import (
    Timing,
    current_rss_mb,
    ensure_qt_app,
    measure,
    peak_rss_mb,
    qt_platform_env,
)
from bench.ops import OPS, PAGE, TABLE_COLUMNS, Scenario

DATE = TABLE_COLUMNS.index("invoice_date")
TOTAL = TABLE_COLUMNS.index("total")
STATUS = TABLE_COLUMNS.index("status")
MONEY = {TABLE_COLUMNS.index(c) for c in ("net_amount", "vat_amount", "total", "open_amount")}


def run_naive(cache: Path, s: Scenario, repeat: int, ops: list[str]) -> dict[str, Any]:
    ensure_qt_app()
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    sort_role = Qt.ItemDataRole.UserRole
    id_role = Qt.ItemDataRole.UserRole + 1

    class Proxy(QSortFilterProxyModel):
        """The criteria in Python (the Qt idiom); the text filter is Qt's own."""

        def __init__(self) -> None:
            super().__init__()
            self.start = s.window_start
            self.status: str | None = None
            self.min_total: int | None = None
            self.setFilterKeyColumn(-1)  # the text filter looks in every column
            self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        def filterAcceptsRow(  # noqa: N802 (Qt's name)
            self, source_row: int, parent: QModelIndex | QPersistentModelIndex
        ) -> bool:
            model = self.sourceModel()
            if model.index(source_row, DATE, parent).data(sort_role) < self.start:
                return False
            if (
                self.status is not None
                and model.index(source_row, STATUS, parent).data(sort_role) != self.status
            ):
                return False
            if (
                self.min_total is not None
                and model.index(source_row, TOTAL, parent).data(sort_role) < self.min_total
            ):
                return False
            return super().filterAcceptsRow(source_row, parent)

    def text(col: int, value: Any) -> str:
        if value is None:
            return ""
        return f"{value / 100:,.2f}" if col in MONEY else str(value)

    state: dict[str, Any] = {}
    meta: dict[str, float] = {}

    def load() -> None:
        db = sqlite3.connect(cache)
        raw = db.execute(f"SELECT {', '.join(TABLE_COLUMNS)}, id FROM invoice").fetchall()
        db.close()
        model = QStandardItemModel(0, len(TABLE_COLUMNS))
        model.setHorizontalHeaderLabels(list(TABLE_COLUMNS))
        width = len(TABLE_COLUMNS)
        for row in raw:
            items = []
            for col in range(width):
                item = QStandardItem(text(col, row[col]))
                if row[col] is not None:  # nothing to sort by
                    item.setData(row[col], sort_role)
                items.append(item)
            items[0].setData(row[width], id_role)
            model.appendRow(items)
        proxy = Proxy()
        proxy.setSortRole(sort_role)
        proxy.setSourceModel(model)
        proxy.sort(DATE, Qt.SortOrder.DescendingOrder)
        state.update(rows=len(raw), model=model, proxy=proxy)
        # Memory with the section open: after the first load (later loads reuse the heap).
        meta.setdefault("rss_open_mb", current_rss_mb())

    def show(first: int = 0) -> None:
        proxy = state["proxy"]
        rows = range(first, min(first + PAGE, proxy.rowCount()))
        for row in rows:
            for col in range(len(TABLE_COLUMNS)):
                proxy.index(row, col).data(Qt.ItemDataRole.DisplayRole)
        state["ids"] = [proxy.index(row, 0).data(id_role) for row in rows]
        state["count"] = proxy.rowCount()

    def reset_view() -> None:
        proxy = state["proxy"]
        proxy.status, proxy.min_total = None, None
        proxy.setFilterFixedString("")
        proxy.invalidateFilter()
        proxy.sort(DATE, Qt.SortOrder.DescendingOrder)

    def act(op: str) -> None:
        proxy = state["proxy"]
        if op == "more":
            show(PAGE)
            return
        if op == "sort":
            proxy.sort(TOTAL, Qt.SortOrder.DescendingOrder)
        elif op in ("search", "search_broad"):
            proxy.setFilterFixedString(s.search_words(op))
        elif op == "criteria":
            proxy.status, proxy.min_total = s.status, s.min_total
            proxy.invalidateFilter()
        show()

    def drop() -> None:
        state.clear()

    results: dict[str, Any] = {}
    started = time.perf_counter()
    # Open: load everything from scratch each time (fewer runs: it is the slow one).
    open_runs = max(1, min(repeat, 3))
    timing = measure(lambda: (load(), show()), open_runs, setup=drop, warmup=0)
    results["open"] = _result(timing, state)
    for op in ops:
        if op == "open":
            continue
        timing = measure(lambda op=op: act(op), repeat, setup=reset_view)
        results[op] = _result(timing, state)
    return {
        "ops": results,
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "rss_open_mb": round(meta["rss_open_mb"], 1),
        "rows": state["rows"],
        "seconds": round(time.perf_counter() - started, 1),
    }


def _result(timing: Timing, state: dict[str, Any]) -> dict[str, Any]:
    return {**timing.as_json(), "ids": list(state["ids"]), "count": state["count"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.naive")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--scenario", required=True, help="JSON of bench.ops.Scenario")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    scenario = Scenario.from_json(json.loads(args.scenario))
    result = run_naive(args.cache, scenario, args.repeat, [op for op, _ in OPS])
    print("BENCH-RESULT " + json.dumps(result), flush=True)
    sys.stdout.flush()
    # Qt's and PySide's teardown of a million items takes long and proves nothing.
    import os

    os._exit(0)


# --- parent side ------------------------------------------------------------------------


@dataclass
class NaiveOutcome:
    """A size's naive figures, or why there are none (``skipped``)."""

    rows: int
    ops: dict[str, dict[str, Any]] = field(default_factory=dict)
    peak_rss_mb: float | None = None
    rss_open_mb: float | None = None
    seconds: float | None = None
    skipped: str = ""


def measure_naive(cache: Path, rows: int, s: Scenario, repeat: int, budget: float) -> NaiveOutcome:
    """The naive way on one cache, in a child process given ``budget`` seconds."""
    command = [
        sys.executable,
        "-m",
        "bench.naive",
        "--cache",
        str(cache),
        "--scenario",
        json.dumps(s.as_json()),
        "--repeat",
        str(repeat),
    ]
    try:
        proc = subprocess.run(
            command, capture_output=True, text=True, env=qt_platform_env(), timeout=budget
        )
    except subprocess.TimeoutExpired:
        return NaiveOutcome(rows, skipped=f"did not finish within {budget:.0f} s")
    for line in proc.stdout.splitlines():
        if line.startswith("BENCH-RESULT "):
            data = json.loads(line.removeprefix("BENCH-RESULT "))
            return NaiveOutcome(
                rows, data["ops"], data["peak_rss_mb"], data["rss_open_mb"], data["seconds"]
            )
    reason = (proc.stderr.strip().splitlines() or ["no output"])[-1]
    return NaiveOutcome(rows, skipped=f"failed (exit {proc.returncode}): {reason[:120]}")


def extrapolate(previous: NaiveOutcome, rows: int, repeat: int) -> tuple[float, float]:
    """(seconds, MB with the rows loaded) the naive way would need at ``rows``, scaled
    linearly from a smaller size (it is at least linear: every row becomes items)."""
    factor = rows / previous.rows
    open_runs = max(1, min(repeat, 3))
    open_s = previous.ops["open"]["median_ms"] / 1000 * factor
    other_s = sum(
        v["median_ms"] / 1000 * factor * (repeat + 1)
        for k, v in previous.ops.items()
        if k != "open"
    )
    return open_s * open_runs + other_s, (previous.rss_open_mb or 0.0) * factor


if __name__ == "__main__":
    sys.exit(main())
