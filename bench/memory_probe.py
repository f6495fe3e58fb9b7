"""Child process of the memory benchmark: the real app with the Invoices section open.

Started as ``python -m bench.startup_probe FOLDER TOKEN KEY --memory`` (same start-up as
the cold-start probe); once the main window is painted with its counts, ``after_paint``
opens the Invoices section the way a user gets there, waits for its rows and count, then
does More, sort by amount, both searches and the criteria search through the section's
model (reads run on the view's worker threads, as in the app), and reports the peak
resident set size (``resource.getrusage(RUSAGE_SELF).ru_maxrss``).

How the section is opened depends on what the app offers: the main window's navigation
when it has section pages; otherwise a ``views.section_view.SectionView`` on the
account's cache placed in the window's page stack; otherwise the table model alone.
"""

from __future__ import annotations

import json
import os
import time
from typing import Any

from bench.common import TODAY, current_rss_mb, peak_rss_mb
from bench.ops import Scenario
from bench.startup_probe import report

WAIT_SECONDS = 300


def _wait(model: Any, what: str) -> float:
    """Run the event loop until the model has its rows and count; the seconds it took."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    started = time.perf_counter()
    while True:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if not model.loading and model.total is not None:
            return time.perf_counter() - started
        if time.perf_counter() - started > WAIT_SECONDS:
            raise TimeoutError(f"{what}: no rows and count after {WAIT_SECONDS} s")
        time.sleep(0.002)


def _settle(seconds: float) -> None:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def _open_section(controller: Any) -> tuple[Any, Any, str]:
    """(widget or None, the section's table model, how it was opened)."""
    from models.roles import Section

    window = controller.window
    if Section.INVOICES in getattr(window, "sections", []):
        window.show_section(Section.INVOICES)
        page = window.pages.get(Section.INVOICES)
        model = getattr(page, "model", None)
        if model is not None:
            return page, model, "main window navigation to Invoices (SectionView)"
    try:
        from views.section_view import SectionView

        view = SectionView(Section.INVOICES, controller.account.cache)
        window.stack.addWidget(view)
        window.stack.setCurrentWidget(view)
        return view, view.model, "SectionView on the account's cache, in the main window"
    except Exception:  # the view is still being written: measure the model alone
        from models.columns import section_spec
        from models.table_model import SectionTableModel

        model = SectionTableModel(section_spec(Section.INVOICES), controller.account.cache)
        model.reload()
        return None, model, "SectionTableModel alone (no section view available)"


def after_paint(controller: Any, marks: dict[str, Any]) -> None:
    from PySide6.QtCore import Qt

    from models.section_query import default_criteria

    s = Scenario.from_json(json.loads(os.environ["BENCH_SCENARIO"]))
    phases: dict[str, float] = {"painted": round(current_rss_mb(), 1)}
    seconds: dict[str, float] = {}
    try:
        _view, model, how = _open_section(controller)
        seconds["open"] = _wait(model, "open")
        _settle(0.2)
        phases["section open"] = round(current_rss_mb(), 1)
        spec = model.spec
        criteria = {
            **default_criteria(spec, TODAY),
            "status": s.status,
            "amount": (s.min_total, None),
        }
        actions = (
            ("more", model.load_more),
            ("sort", lambda: model.sort(spec.column_index("total"), Qt.SortOrder.DescendingOrder)),
            ("search", lambda: model.set_search(s.search_term)),
            ("search_broad", lambda: model.set_search(s.broad_term)),
            ("clear search", lambda: model.set_search("")),
            ("criteria", lambda: model.set_criteria(criteria)),
        )
        for name, action in actions:
            action()
            seconds[name] = _wait(model, name)
        _settle(0.2)
        phases["after actions"] = round(current_rss_mb(), 1)
        report(
            {
                "peak_rss_mb": round(peak_rss_mb(), 1),
                "phases_rss_mb": phases,
                "seconds": {k: round(v, 4) for k, v in seconds.items()},
                "how": how,
                "rows_shown": model.rowCount(),
                "total": model.total,
            }
        )
    except Exception as err:  # reported to the parent, which shows it
        report({"error": f"{type(err).__name__}: {err}"})
    os._exit(0)
