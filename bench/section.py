"""The app's way: the Invoices section through ``models.table_model.SectionTableModel``.

The same calls the section view makes (``views.section_view``): a model over the cache
engine, the visible columns as search columns, ``reload()`` to open, ``load_more()``,
``sort()``, ``set_search()`` and ``set_criteria()``. The model's default runner runs each
read at once on this thread (the view hands them to a worker thread instead), so a figure
is the whole work of the action: SQL, formatting the cells, Qt's model signals, and the
display texts of the rows shown read back as a view paints them.

Two figures per action: ``shown`` when the rows land in the model (the view can paint
them) and ``done`` when the count beside the table is known too.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.common import TODAY, Timing, ensure_qt_app, measure
from bench.ops import OPS, PAGE, Scenario


@dataclass
class ModelResult:
    done: Timing
    shown: Timing
    ids: list[int]
    count: int | None


class _Clock:
    """When the model's rows landed (modelReset / rowsInserted), per action."""

    def __init__(self) -> None:
        self.landed: float | None = None

    def mark(self, *_args: Any) -> None:
        if self.landed is None:
            self.landed = time.perf_counter()


def model_unavailable() -> str | None:
    """Why the table model cannot be measured, or None when it can."""
    try:
        from models.columns import section_spec  # noqa: F401
        from models.section_query import default_criteria  # noqa: F401
        from models.table_model import SectionTableModel

        for name in ("reload", "load_more", "sort", "set_search", "set_criteria"):
            if not hasattr(SectionTableModel, name):
                return f"SectionTableModel has no {name}()"
    except Exception as err:  # whatever a half-written module raises
        return f"{type(err).__name__}: {err}"
    return None


def measure_model(cache: Path, s: Scenario, repeat: int) -> dict[str, ModelResult]:
    ensure_qt_app()
    from PySide6.QtCore import QLocale, Qt

    from models.columns import section_spec
    from models.database import open_cache
    from models.roles import Section
    from models.section_query import default_criteria
    from models.table_model import SectionTableModel

    spec = section_spec(Section.INVOICES)
    visible = [c.id for c in spec.columns if c.visible]
    total_column = spec.column_index("total")
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    engine = open_cache(cache)
    criteria = {
        **default_criteria(spec, TODAY),
        "status": s.status,
        "amount": (s.min_total, None),
    }

    def today() -> dt.date:
        return TODAY

    def new_model() -> Any:
        model = SectionTableModel(spec, engine, today=today, locale=locale)
        model.set_search_columns(visible)
        return model

    def paint(model: Any, first: int) -> list[int]:
        """Read the display texts of the rows shown, as the view does when it paints."""
        rows = range(first, min(first + PAGE, model.rowCount()))
        columns = model.columnCount()
        for row in rows:
            for col in range(columns):
                model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)
        return [model.document_id(row) for row in rows]

    def opened() -> Any:
        model = new_model()
        model.reload()
        return model

    results: dict[str, ModelResult] = {}
    try:
        for op, _title in OPS:
            state: dict[str, Any] = {}
            shown = Timing()

            def setup(op: str = op, state: dict[str, Any] = state) -> None:
                state["model"] = None if op == "open" else opened()
                state["clock"] = _Clock()
                model = state["model"]
                if model is not None:
                    model.modelReset.connect(state["clock"].mark)
                    model.rowsInserted.connect(state["clock"].mark)

            def run(op: str = op, state: dict[str, Any] = state) -> None:
                state["started"] = time.perf_counter()
                clock: _Clock = state["clock"]
                if op == "open":
                    model = new_model()
                    model.modelReset.connect(clock.mark)
                    model.reload()
                    state["model"] = model
                else:
                    model = state["model"]
                    if op == "more":
                        model.load_more()
                    elif op == "sort":
                        model.sort(total_column, Qt.SortOrder.DescendingOrder)
                    elif op in ("search", "search_broad"):
                        model.set_search(s.search_words(op))
                    elif op == "criteria":
                        model.set_criteria(criteria)
                state["ids"] = paint(model, PAGE if op == "more" else 0)
                state["count"] = model.total

            done = Timing()
            warmup = 1
            for i in range(warmup + repeat):
                timing = measure(lambda: run(), 1, setup=setup, warmup=0)
                if i < warmup:
                    continue
                done.samples.extend(timing.samples)
                landed = state["clock"].landed
                shown.samples.append(
                    (landed - state["started"]) if landed is not None else timing.samples[0]
                )
            results[op] = ModelResult(done, shown, list(state["ids"]), state["count"])
            state.clear()
    finally:
        engine.dispose()
    return results
