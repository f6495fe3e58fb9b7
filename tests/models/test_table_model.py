"""The section table model, column preferences and document details over a synced cache."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from sqlalchemy.engine import Engine

from models.column_types import ColumnType
from models.columns import SECTIONS
from models.database import open_cache
from models.details import LinesModel, load_details
from models.formatting import money_text
from models.preferences import ColumnLayout, default_layout, load_layout, save_layout
from models.roles import Role, Section
from models.section_query import months_before
from models.table_model import SectionTableModel, run_now

TODAY = dt.date(2026, 11, 16)  # the seeded portal's "today" (tests/conftest.py)
NL = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
INVOICES = SECTIONS[Section.INVOICES]


@pytest.fixture(scope="module")
def cache_files(synced_cache_file) -> dict[Role, Path]:
    """Synced caches of the account-balance and the quote-management demo users."""
    return {role: synced_cache_file(role) for role in (Role.ACCOUNT_BALANCE, Role.QUOTE_MANAGEMENT)}


@pytest.fixture
def cache(cache_files: dict[Role, Path], tmp_path: Path) -> Iterator[Engine]:
    """A writable copy of the account-balance cache."""
    shutil.copy(cache_files[Role.ACCOUNT_BALANCE], tmp_path / "cache.sqlite")
    engine = open_cache(tmp_path / "cache.sqlite")
    yield engine
    engine.dispose()


def sql(cache: Engine, query: str, **params: Any) -> list[Any]:
    with cache.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(query, params)]


def make_model(cache: Engine, section: Section = Section.INVOICES, **kw: Any) -> SectionTableModel:
    model = SectionTableModel(SECTIONS[section], cache, today=lambda: TODAY, locale=NL, **kw)
    model.reload()
    return model


def column(model: SectionTableModel, column_id: str, role: int = Qt.ItemDataRole.DisplayRole):
    col = model.spec.column_index(column_id)
    return [model.data(model.index(r, col), role) for r in range(model.rowCount())]


def row_ids(model: SectionTableModel) -> list[int]:
    return [model.document_id(r) for r in range(model.rowCount())]


WINDOW = months_before(TODAY, 6).isoformat()


@pytest.mark.parametrize("section", list(Section), ids=lambda s: s.value)
def test_models_pass_the_model_tester(qtmodeltester, cache: Engine, section: Section):
    model = make_model(cache, section)
    model.load_more()
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_fifteen_rows_then_fifteen_more_until_all_are_shown(cache: Engine):
    model = make_model(cache)
    expected = [
        r[0]
        for r in sql(
            cache,
            "SELECT id FROM invoice WHERE invoice_date >= :w ORDER BY invoice_date DESC, id DESC",
            w=WINDOW,
        )
    ]
    assert model.rowCount() == 15 and model.has_more
    assert model.total == len(expected) > 45
    model.load_more()
    assert model.rowCount() == 30
    while model.has_more:
        model.load_more()
    assert row_ids(model) == expected
    model.load_more()  # nothing more: no change
    assert model.rowCount() == len(expected)


def test_sorting_by_a_header_is_done_in_sql(cache: Engine):
    model = make_model(cache)
    model.sort(INVOICES.column_index("total"), Qt.SortOrder.DescendingOrder)
    top = sql(
        cache,
        "SELECT id FROM invoice WHERE invoice_date >= :w "
        "ORDER BY total DESC, invoice_date DESC, id DESC LIMIT 15",
        w=WINDOW,
    )
    assert row_ids(model) == [r[0] for r in top]
    assert model.state.sort_column == "total" and model.state.descending
    model.sort(INVOICES.column_index("total"), Qt.SortOrder.AscendingOrder)
    totals = column(model, "total", SectionTableModel.SortRole)
    assert totals == sorted(totals)


def test_sorting_keeps_the_count_without_counting_again(cache: Engine, monkeypatch):
    import models.table_model as table_model

    counts: list[int] = []
    real_count = table_model.count_rows

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        counts.append(1)
        return real_count(*args, **kwargs)

    monkeypatch.setattr(table_model, "count_rows", counting)
    model = make_model(cache)
    total = model.total
    assert total is not None and total > 15 and len(counts) == 1
    model.sort(INVOICES.column_index("total"), Qt.SortOrder.DescendingOrder)
    assert model.total == total
    assert len(counts) == 1  # a new order of the same rows: nothing to count
    model.set_search("SO")
    assert len(counts) == 2


def test_cells_are_formatted_in_the_locale_with_raw_values_under_the_sort_role(cache: Engine):
    model = make_model(cache)
    doc_id = model.document_id(0)
    number, date, total, kind, status = sql(
        cache,
        "SELECT number, invoice_date, total, invoice_type, status FROM invoice WHERE id = :i",
        i=doc_id,
    )[0]
    index = model.index(0, INVOICES.column_index("total"))
    assert index.data() == NL.toCurrencyString(total / 100, "€", 2) == money_text(total, NL)
    assert index.data(SectionTableModel.SortRole) == total
    assert index.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    day = QDate.fromString(date, Qt.DateFormat.ISODate)
    assert column(model, "invoice_date")[0] == NL.toString(day, QLocale.FormatType.ShortFormat)
    assert column(model, "number")[0] == number
    assert column(model, "invoice_type")[0] == {"invoice": "Invoice"}.get(kind, "Credit note")
    assert model.index(0, 0).data(SectionTableModel.DocumentIdRole) == doc_id
    status_index = model.index(0, INVOICES.column_index("status"))
    assert status_index.data(SectionTableModel.StatusRole) == status
    assert status_index.data(SectionTableModel.ToneRole) in {"info", "success"}
    assert model.index(0, 0).data(SectionTableModel.StatusRole) is None


def test_overdue_items_are_marked(cache: Engine):
    model = make_model(cache, Section.ACCOUNT)
    while model.has_more:
        model.load_more()
    overdue = {
        r[0]
        for r in sql(
            cache,
            "SELECT id FROM account_item WHERE open_amount > 0 AND due_date < :t",
            t=TODAY.isoformat(),
        )
    }
    assert overdue
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        marked = model.document_id(row) in overdue
        assert index.data(SectionTableModel.OverdueRole) is marked
        assert (index.data(Qt.ItemDataRole.ForegroundRole) is not None) is marked
        assert (index.data(Qt.ItemDataRole.ToolTipRole) == "Overdue") is marked


def test_tracking_links_carry_the_url(cache: Engine):
    model = make_model(cache, Section.TRACKING)
    urls = dict(sql(cache, "SELECT id, tracking_url FROM shipping_unit"))
    col = SECTIONS[Section.TRACKING].column_index("tracking_url")
    for row in range(model.rowCount()):
        index = model.index(row, col)
        assert index.data(SectionTableModel.UrlRole) == urls[model.document_id(row)]
        assert index.data() == ""  # drawn as an icon
    assert any(urls.values()) and not all(urls.values())


def test_refresh_keeps_the_rows_shown_and_shows_what_changed(cache: Engine, qtbot):
    model = make_model(cache)
    model.load_more()
    first, second = model.document_id(0), model.document_id(1)
    with cache.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE invoice SET status = 'settled', open_amount = 0 WHERE id = ?", (first,)
        )
        conn.exec_driver_sql("DELETE FROM invoice_line WHERE invoice_id = ?", (second,))
        conn.exec_driver_sql("DELETE FROM invoice WHERE id = ?", (second,))
    with qtbot.waitSignal(model.rowsLoaded):
        model.refresh()
    assert model.rowCount() == 30
    assert model.document_id(0) == first and second not in row_ids(model)
    assert column(model, "status")[0] == "Settled"


class Deferred:
    """A runner that keeps the work until the test runs it, in any order."""

    def __init__(self) -> None:
        self.jobs: list[
            tuple[Callable[[], Any], Callable[[Any], None], Callable[[Exception], None]]
        ] = []

    def __call__(self, work: Any, on_done: Any, on_error: Any) -> None:
        self.jobs.append((work, on_done, on_error))

    def run(self, n: int) -> None:
        run_now(*self.jobs.pop(n))


def test_answers_to_an_older_query_are_dropped(cache: Engine):
    runner = Deferred()
    model = make_model(cache, runner=runner)
    runner.run(0)  # the first page (its count follows)
    runner.jobs.clear()
    model.set_search("settled")
    model.set_search("open")
    assert model.loading and len(runner.jobs) == 2
    runner.run(1)  # "open" lands first, then its count
    runner.run(1)
    runner.run(0)  # "settled" lands late: ignored
    assert not model.loading
    assert set(column(model, "status")) == {"Open"}
    open_count = sql(
        cache, "SELECT count(*) FROM invoice WHERE invoice_date >= :w AND status = 'open'", w=WINDOW
    )[0][0]
    assert model.total == open_count


def test_the_count_arrives_after_the_rows(cache: Engine):
    runner = Deferred()
    model = SectionTableModel(INVOICES, cache, runner=runner, today=lambda: TODAY)
    model.reload()
    runner.run(0)
    assert model.rowCount() == 15 and model.total is None and not model.loading
    runner.run(0)
    assert model.total and model.total > 15


def test_a_quote_manager_sees_only_quotes(cache_files: dict[Role, Path], tmp_path: Path):
    shutil.copy(cache_files[Role.QUOTE_MANAGEMENT], tmp_path / "cache.sqlite")
    engine = open_cache(tmp_path / "cache.sqlite")
    invoices = make_model(engine, Section.INVOICES)
    assert invoices.rowCount() == 0 and invoices.total == 0 and not invoices.has_more
    quotes = make_model(engine, Section.QUOTES)
    assert quotes.rowCount() == 15 and quotes.total and quotes.total > 15
    engine.dispose()


# --- preferences ---------------------------------------------------------------------------


def test_column_layouts_are_remembered_per_section(cache: Engine):
    assert load_layout(cache, INVOICES) == default_layout(INVOICES)
    assert "delivery_number" not in default_layout(INVOICES).visible
    order = ("total", *[c for c in INVOICES.column_ids if c != "total"])
    chosen = ColumnLayout(order, frozenset({"total", "number", "delivery_number"}))
    save_layout(cache, INVOICES, chosen)
    assert load_layout(cache, INVOICES) == chosen
    assert load_layout(cache, INVOICES).visible_columns == ["total", "number", "delivery_number"]
    assert load_layout(cache, SECTIONS[Section.QUOTES]) == default_layout(SECTIONS[Section.QUOTES])


def test_a_stored_layout_is_read_leniently(cache: Engine):
    with cache.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO ui_preference VALUES ('columns/invoices', "
            '\'{"order": ["gone", "total", "number"], "visible": ["total", "gone"]}\')'
        )
    layout = load_layout(cache, INVOICES)
    assert layout.order[:2] == ("total", "number") and set(layout.order) == set(INVOICES.column_ids)
    # Columns the stored layout did not know appear as they do by default.
    assert layout.visible == {"total"} | (default_layout(INVOICES).visible - {"number", "total"})
    with cache.begin() as conn:
        conn.exec_driver_sql("UPDATE ui_preference SET value = 'not json'")
    assert load_layout(cache, INVOICES) == default_layout(INVOICES)


# --- details -------------------------------------------------------------------------------


def test_order_details_have_header_fields_and_lines_with_their_status(cache: Engine, qtmodeltester):
    spec = SECTIONS[Section.ORDERS]
    doc_id, number = sql(cache, "SELECT id, number FROM sales_order ORDER BY id DESC LIMIT 1")[0]
    details = load_details(cache, spec, doc_id, NL, TODAY)
    assert details is not None and details.number == number
    assert details.field_text("number") == number
    assert [f.label for f in details.fields] == [c.display_title for c in spec.columns]
    lines = sql(
        cache,
        "SELECT sku, quantity, net_amount, status FROM order_line "
        "WHERE order_id = :i ORDER BY line_no",
        i=doc_id,
    )
    model = LinesModel(details)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(lines) > 0
    cols = [c.id for c in details.line_columns]
    for row, (sku, quantity, net, status) in enumerate(lines):
        assert model.index(row, cols.index("sku")).data() == sku
        assert model.index(row, cols.index("quantity")).data() == NL.toString(quantity)
        assert model.index(row, cols.index("net_amount")).data() == money_text(net, NL)
        assert (
            model.index(row, cols.index("status")).data()
            == {"open": "Open", "done": "Done"}[status]
        )
        assert model.index(row, cols.index("status")).data(SectionTableModel.StatusRole) == status


def test_shipping_unit_details_have_their_contents_and_tracking_page(cache: Engine):
    spec = SECTIONS[Section.TRACKING]
    doc_id, url = sql(
        cache, "SELECT id, tracking_url FROM shipping_unit WHERE tracking_url IS NOT NULL LIMIT 1"
    )[0]
    details = load_details(cache, spec, doc_id, NL, TODAY)
    assert details is not None and details.tracking_url == url
    items = sql(cache, "SELECT sku FROM unit_item WHERE unit_id = :i ORDER BY line_no", i=doc_id)
    assert [line[0][0] for line in details.lines] == [i[0] for i in items]
    assert all(f.column.type is not ColumnType.LINK for f in details.fields)
    assert load_details(cache, spec, 10**9, NL, TODAY) is None
