"""What every benchmark shares: the pinned "today", the account, timing and memory helpers."""

from __future__ import annotations

import datetime as dt
import gc
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# The demo data is relative to "today"; the prebuilt large portal was seeded with this day.
TODAY = dt.date(2026, 12, 4)
# The account-balance role sees every section (SPEC.md section 9).
ACCOUNT_EMAIL = "saldo@vandijk-installatie.example"
# The demo dealer (company id 2 in every seeded portal; looked up by customer number).
DEALER_CUSTOMER_NUMBER = "100482"
STANDARD_TIERS = (10_000, 100_000, 1_000_000)
BENCH_DIR = Path(__file__).resolve().parent
REPO_DIR = BENCH_DIR.parent


@dataclass
class Timing:
    """Repeated measurements of one thing, in seconds; the median is what is reported."""

    samples: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def ms(self) -> float:
        return self.median * 1000

    def as_json(self) -> dict[str, Any]:
        return {
            "median_ms": round(self.ms, 3),
            "min_ms": round(min(self.samples) * 1000, 3),
            "max_ms": round(max(self.samples) * 1000, 3),
            "runs": len(self.samples),
        }


def measure(
    run: Callable[[], Any],
    repeat: int,
    setup: Callable[[], Any] | None = None,
    warmup: int = 1,
) -> Timing:
    """Time ``run()`` ``repeat`` times after ``warmup`` untimed runs; ``setup()`` is untimed.

    The garbage collector is paused during each timed run (and collected before it), so a
    collection triggered by an earlier run does not land in this one's figure.
    """
    timing = Timing()
    for i in range(warmup + repeat):
        if setup is not None:
            setup()
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            run()
            elapsed = time.perf_counter() - start
        finally:
            gc.enable()
        if i >= warmup:
            timing.samples.append(elapsed)
    return timing


def peak_rss_mb() -> float:
    """This process's peak resident set size (ru_maxrss: KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> float:
    """The resident set size now (Linux; falls back to the peak elsewhere)."""
    try:
        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)
    except (OSError, ValueError):
        return peak_rss_mb()


def qt_platform_env() -> dict[str, str]:
    """Child processes get the same Qt platform as this one: offscreen without a display."""
    env = dict(os.environ)
    no_display = not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY")
    if "QT_QPA_PLATFORM" not in env and no_display and sys.platform.startswith("linux"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_DIR), env.get("PYTHONPATH", "")) if p)
    return env


def ensure_qt_app() -> Any:
    """The process's QApplication (offscreen when there is no display)."""
    for key, value in qt_platform_env().items():
        if key == "QT_QPA_PLATFORM":
            os.environ.setdefault(key, value)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0]])
    return app


def tier_label(rows: int) -> str:
    if rows >= 1_000_000 and rows % 1_000_000 == 0:
        return f"{rows // 1_000_000}M"
    if rows >= 1000 and rows % 1000 == 0:
        return f"{rows // 1000}k"
    return str(rows)
