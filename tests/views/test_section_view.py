"""The section view as a user meets it: search, criteria, More, sorting, columns, details,
export, over the caches of two demo users (account balance, quote management).

Widgets are found by their accessible names; reads run in the background, so every check
waits for what the user would see (``qtbot.waitUntil``).
"""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QEvent, QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QWidget,
)
from sqlalchemy.engine import Engine

from models.database import open_cache
from models.roles import Role, Section
from views import details_dialog, export_dialog
from views.section_view import SectionView

TODAY = dt.date(2026, 11, 16)  # the seeded portal's "today" (tests/conftest.py)
WINDOW = "2026-05-16"  # six months before it


@pytest.fixture(scope="module")
def cache_files(synced_cache_file) -> dict[Role, Path]:
    return {role: synced_cache_file(role) for role in (Role.ACCOUNT_BALANCE, Role.QUOTE_MANAGEMENT)}


def copy_cache(cache_files: dict[Role, Path], role: Role, tmp_path: Path) -> Engine:
    shutil.copy(cache_files[role], tmp_path / f"{role.value}.sqlite")
    return open_cache(tmp_path / f"{role.value}.sqlite")


@pytest.fixture(autouse=True)
def english_locale() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def cache(cache_files: dict[Role, Path], tmp_path: Path) -> Iterator[Engine]:
    engine = copy_cache(cache_files, Role.ACCOUNT_BALANCE, tmp_path)
    yield engine
    engine.dispose()


def open_view(qtbot, cache: Engine, section: Section = Section.INVOICES) -> SectionView:
    view = SectionView(section, cache, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 or view.model.total == 0)
    return view


def named(parent: QWidget, name: str, kind: type[Any] = QWidget) -> Any:
    found = [w for w in parent.findChildren(kind) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} widgets named {name!r}"
    return found[0]


def sql(cache: Engine, query: str, **params: Any) -> list[Any]:
    with cache.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(query, params)]


def count_text(view: SectionView) -> str:
    return named(view, "Number of documents").text()


def wait_for_count(qtbot, view: SectionView, text: str) -> None:
    qtbot.waitUntil(lambda: count_text(view) == text)


def cell_texts(view: SectionView, column_title: str) -> list[str]:
    model = view.model
    col = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == column_title
    )
    return [model.index(r, col).data() for r in range(model.rowCount())]


def click(qtbot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def window_count(cache: Engine, where: str = "1", **params: Any) -> int:
    return sql(
        cache,
        f"SELECT count(*) FROM invoice WHERE invoice_date >= :w AND ({where})",
        w=WINDOW,
        **params,
    )[0][0]


# --- the list ----------------------------------------------------------------------------


def test_the_newest_fifteen_of_the_last_six_months_and_more(qtbot, cache: Engine):
    view = open_view(qtbot, cache)
    total = window_count(cache)
    wait_for_count(qtbot, view, f"15 of {total:,}")
    newest = sql(
        cache,
        "SELECT number FROM invoice ORDER BY invoice_date DESC, id DESC LIMIT 15",
    )
    assert cell_texts(view, "Invoice number") == [r[0] for r in newest]
    more = named(view, "More", QPushButton)
    assert more.isEnabled()
    click(qtbot, more)
    wait_for_count(qtbot, view, f"30 of {total:,}")
    assert named(view, "Invoices", QTableView).model().rowCount() == 30
    while view.model.has_more:
        qtbot.waitUntil(more.isEnabled)
        click(qtbot, more)
        qtbot.waitUntil(lambda: not view.model.loading)
    wait_for_count(qtbot, view, f"{total:,} of {total:,}")
    assert not more.isEnabled()


def test_search_with_enter_and_the_magnifier(qtbot, cache: Engine):
    view = open_view(qtbot, cache)
    order = sql(cache, "SELECT order_number FROM invoice ORDER BY id DESC LIMIT 1")[0][0]
    matching = window_count(cache, "order_number = :o", o=order)
    search = named(view, "Search", QLineEdit)
    qtbot.keyClicks(search, order)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    wait_for_count(qtbot, view, f"{matching} of {matching}")
    assert set(cell_texts(view, "Order number")) == {order}

    search.clear()  # the clear button ends the search
    wait_for_count(qtbot, view, f"15 of {window_count(cache):,}")

    qtbot.keyClicks(search, "settled")
    click(qtbot, named(view, "Start search"))
    settled = window_count(cache, "status = 'settled'")
    wait_for_count(qtbot, view, f"15 of {settled:,}")
    assert set(cell_texts(view, "Status")) == {"Settled"}

    search.clear()
    qtbot.keyClicks(search, "no-such-thing")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    wait_for_count(qtbot, view, "No documents found")
    assert not named(view, "More").isEnabled()


def test_criteria_start_and_reset(qtbot, cache: Engine):
    view = open_view(qtbot, cache)
    click(qtbot, named(view, "Criteria"))
    status = named(view, "Status", QComboBox)
    assert status.isVisible() and status.currentText() == "Any"
    date_from = named(view, "Invoice date from", QDateEdit)
    assert date_from.date().toString(Qt.DateFormat.ISODate) == WINDOW
    assert named(view, "Invoice date to", QDateEdit).text() == "Any date"

    status.setCurrentIndex(status.findText("Settled"))
    named(view, "Type", QComboBox).setCurrentIndex(named(view, "Type").findText("Invoice"))
    qtbot.keyClicks(named(view, "Amount from", QLineEdit), "1,000")
    click(qtbot, named(view, "Start", QPushButton))
    expected = window_count(
        cache, "status = 'settled' AND invoice_type = 'invoice' AND total >= 100000"
    )
    wait_for_count(qtbot, view, f"15 of {expected:,}")
    assert set(cell_texts(view, "Status")) == {"Settled"}

    date_from.setDate(date_from.minimumDate())  # no lower limit: every invoice
    click(qtbot, named(view, "Start", QPushButton))
    everything = sql(
        cache,
        "SELECT count(*) FROM invoice WHERE status = 'settled' AND invoice_type = 'invoice' "
        "AND total >= 100000",
    )[0][0]
    wait_for_count(qtbot, view, f"15 of {everything:,}")

    click(qtbot, named(view, "Reset", QPushButton))
    wait_for_count(qtbot, view, f"15 of {window_count(cache):,}")
    assert status.currentText() == "Any" and named(view, "Amount from").text() == ""
    assert date_from.date().toString(Qt.DateFormat.ISODate) == WINDOW


def test_an_unreadable_amount_is_pointed_out_and_kept(qtbot, cache: Engine):
    view = open_view(qtbot, cache)
    click(qtbot, named(view, "Criteria"))
    wait_for_count(qtbot, view, f"15 of {window_count(cache):,}")
    amount = named(view, "Amount to", QLineEdit)
    qtbot.keyClicks(amount, "lots")
    click(qtbot, named(view, "Start", QPushButton))
    assert view.criteria_panel.error_label.isVisible()
    assert "1,234.50" in view.criteria_panel.error_label.text()
    assert amount.text() == "lots"
    assert view.model.state.criteria["amount"] == (None, None)


def test_sorting_by_clicking_a_header(qtbot, cache: Engine):
    view = open_view(qtbot, cache)
    header = named(view, "Invoices", QTableView).horizontalHeader()
    col = view.spec.column_index("total")
    x = header.sectionViewportPosition(col) + header.sectionSize(col) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(lambda: view.model.state.sort_column == "total" and not view.model.loading)
    order = "DESC" if view.model.state.descending else "ASC"
    first = sql(
        cache,
        f"SELECT number FROM invoice WHERE invoice_date >= :w "
        f"ORDER BY total {order}, invoice_date {order}, id {order} LIMIT 15",
        w=WINDOW,
    )
    assert cell_texts(view, "Invoice number") == [r[0] for r in first]
    was_descending = view.model.state.descending
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    qtbot.waitUntil(
        lambda: view.model.state.descending != was_descending and not view.model.loading
    )
    totals = [view.model.index(r, col).data(view.model.SortRole) for r in range(15)]
    assert totals == sorted(totals, reverse=view.model.state.descending)


# --- columns -----------------------------------------------------------------------------


def open_column_dialog(qtbot, view: SectionView):
    click(qtbot, named(view, "Columns"))
    qtbot.waitUntil(lambda: view.column_dialog is not None and view.column_dialog.isVisible())
    dialog = view.column_dialog
    items = named(dialog, "Columns to show", QListWidget)
    return dialog, items, {items.item(i).text(): items.item(i) for i in range(items.count())}


def test_the_column_configurator_applies_on_ok_and_is_remembered(qtbot, cache: Engine):
    view = open_view(qtbot, cache)
    default = view.visible_columns()
    assert "delivery_number" not in default and "order_number" in default

    dialog, items, by_title = open_column_dialog(qtbot, view)
    by_title["Order number"].setCheckState(Qt.CheckState.Unchecked)
    by_title["Delivery note number"].setCheckState(Qt.CheckState.Checked)
    items.setCurrentItem(by_title["Total"])
    for _ in range(items.row(by_title["Total"])):
        click(qtbot, named(dialog, "Move up"))
    click(qtbot, named(dialog, "Cancel"))
    assert view.visible_columns() == default  # Cancel changes nothing

    dialog, items, by_title = open_column_dialog(qtbot, view)
    by_title["Order number"].setCheckState(Qt.CheckState.Unchecked)
    by_title["Delivery note number"].setCheckState(Qt.CheckState.Checked)
    items.setCurrentItem(by_title["Total"])
    for _ in range(items.row(by_title["Total"])):
        click(qtbot, named(dialog, "Move up"))
    assert not named(dialog, "Move up").isEnabled()
    click(qtbot, named(dialog, "OK"))
    chosen = view.visible_columns()
    assert chosen[0] == "total" and "delivery_number" in chosen and "order_number" not in chosen

    again = open_view(qtbot, cache)  # a new view on the same cache: same user
    assert again.visible_columns() == chosen


def test_ok_needs_at_least_one_column(qtbot, cache: Engine):
    view = open_view(qtbot, cache, Section.QUOTES)
    dialog, _items, by_title = open_column_dialog(qtbot, view)
    for item in by_title.values():
        item.setCheckState(Qt.CheckState.Unchecked)
    assert not named(dialog, "OK").isEnabled()
    by_title["Quote number"].setCheckState(Qt.CheckState.Checked)
    assert named(dialog, "OK").isEnabled()
    click(qtbot, named(dialog, "OK"))
    assert view.visible_columns() == ["number"]


def test_dragging_a_header_is_remembered(qtbot, cache: Engine):
    view = open_view(qtbot, cache)
    header = named(view, "Invoices", QTableView).horizontalHeader()
    total = view.spec.column_index("total")
    header.moveSection(header.visualIndex(total), 0)  # what a drag ends with
    assert view.visible_columns()[0] == "total"
    assert open_view(qtbot, cache).visible_columns() == view.visible_columns()


def test_the_search_looks_in_the_visible_columns(qtbot, cache: Engine):
    view = open_view(qtbot, cache)
    delivery = sql(cache, "SELECT delivery_number FROM invoice ORDER BY id DESC LIMIT 1")[0][0]
    search = named(view, "Search", QLineEdit)
    qtbot.keyClicks(search, delivery)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    wait_for_count(qtbot, view, "No documents found")  # the column is hidden
    dialog, _items, by_title = open_column_dialog(qtbot, view)
    by_title["Delivery note number"].setCheckState(Qt.CheckState.Checked)
    click(qtbot, named(dialog, "OK"))
    wait_for_count(qtbot, view, "1 of 1")


# --- details and links -------------------------------------------------------------------


def test_double_click_and_enter_open_the_details(qtbot, cache: Engine):
    view = open_view(qtbot, cache, Section.ORDERS)
    table = named(view, "Orders", QTableView)
    index = view.model.index(0, 0)
    number = index.data()
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: view.details_dialog is not None and view.details_dialog.isVisible())
    dialog = view.details_dialog
    assert number in dialog.windowTitle()
    assert named(dialog, "Order number").text() == number
    lines = sql(
        cache,
        "SELECT l.description, l.status FROM order_line l JOIN sales_order o ON o.id = l.order_id "
        "WHERE o.number = :n ORDER BY l.line_no",
        n=number,
    )
    items = named(dialog, "Items", QTableView).model()
    assert items.rowCount() == len(lines) > 0
    titles = [items.headerData(c, Qt.Orientation.Horizontal) for c in range(items.columnCount())]
    for row, (description, status) in enumerate(lines):
        assert items.index(row, titles.index("Description")).data() == description
        assert items.index(row, titles.index("Status")).data() == status.capitalize()
    assert not [b for b in dialog.findChildren(QPushButton) if b.text() in {"Order", "Edit order"}]
    dialog.close()

    table.setCurrentIndex(view.model.index(1, 0))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.details_dialog is not dialog and view.details_dialog.isVisible())
    assert view.model.index(1, 0).data() in view.details_dialog.windowTitle()


def test_track_and_trace_opens_the_carriers_page(qtbot, cache: Engine, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(details_dialog, "QDesktopServices", _FakeDesktop(opened))
    view = open_view(qtbot, cache, Section.TRACKING)
    urls = dict(sql(cache, "SELECT number, tracking_url FROM shipping_unit"))
    col = view.spec.column_index("tracking_url")
    table = named(view, "Track & Trace", QTableView)
    rows = range(view.model.rowCount())
    with_url = next(r for r in rows if urls[view.model.index(r, 0).data()])
    without = next(r for r in rows if not urls[view.model.index(r, 0).data()])
    for row in (without, with_url):
        pos = table.visualRect(view.model.index(row, col)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    unit = view.model.index(with_url, 0).data()
    assert opened == [urls[unit]]

    dialog = open_row(qtbot, view, with_url)
    click(qtbot, named(dialog, "Track & Trace", QPushButton))
    assert opened == [urls[unit], urls[unit]]
    assert named(dialog, "Items", QTableView).model().rowCount() > 0
    buttons = open_row(qtbot, view, without).findChildren(QPushButton)
    assert not [b for b in buttons if b.accessibleName() == "Track & Trace"]


def open_row(qtbot, view: SectionView, row: int):
    """Select a row and press Enter, as a keyboard user opens a document."""
    before = view.details_dialog
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.details_dialog is not before and view.details_dialog.isVisible())
    return view.details_dialog


class _FakeDesktop:
    def __init__(self, opened: list[str]) -> None:
        self.opened = opened

    def openUrl(self, url: Any) -> bool:  # noqa: N802 (Qt's name)
        self.opened.append(url.toString())
        return True


# --- export ------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_export_writes_every_matching_row_with_the_visible_columns(
    qtbot, cache: Engine, tmp_path: Path, monkeypatch, suffix: str
):
    target = tmp_path / f"settled.{suffix}"
    monkeypatch.setattr(
        export_dialog.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *args, **kw: (str(target), "")),
    )
    view = open_view(qtbot, cache)
    search = named(view, "Search", QLineEdit)
    qtbot.keyClicks(search, "settled")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    settled = window_count(cache, "status = 'settled'")
    wait_for_count(qtbot, view, f"15 of {settled:,}")
    click(qtbot, named(view, "Export", QPushButton))
    qtbot.waitUntil(lambda: "Exported" in view.message_label.text(), timeout=20_000)
    assert view.message_label.text() == f"Exported {settled:,} rows to {target.name}."

    titles = [
        view.model.headerData(view.spec.column_index(c), Qt.Orientation.Horizontal)
        for c in view.visible_columns()
    ]
    if suffix == "csv":
        with target.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
    else:
        rows = [list(r) for r in load_workbook(target).active.iter_rows(values_only=True)]
    assert rows[0] == titles
    assert len(rows) == settled + 1
    numbers = sql(
        cache,
        "SELECT number FROM invoice WHERE invoice_date >= :w AND status = 'settled' "
        "ORDER BY invoice_date DESC, id DESC",
        w=WINDOW,
    )
    assert [r[titles.index("Invoice number")] for r in rows[1:]] == [n[0] for n in numbers]
    assert {r[titles.index("Status")] for r in rows[1:]} == {"Settled"}


# --- roles, refresh, summary -----------------------------------------------------------


def test_a_quote_manager_browses_quotes(qtbot, cache_files: dict[Role, Path], tmp_path: Path):
    engine = copy_cache(cache_files, Role.QUOTE_MANAGEMENT, tmp_path)
    view = open_view(qtbot, engine, Section.QUOTES)
    total = sql(engine, "SELECT count(*) FROM quote WHERE quote_date >= :w", w=WINDOW)[0][0]
    wait_for_count(qtbot, view, f"15 of {total:,}")
    assert cell_texts(view, "Status")[0] in {"Open", "Expired", "Ordered"}
    # Its cache holds no invoices (the role does not grant them).
    invoices = open_view(qtbot, engine, Section.INVOICES)
    wait_for_count(qtbot, invoices, "No documents found")
    engine.dispose()


def test_refresh_after_a_sync_and_focus_search(qtbot, cache: Engine):
    view = open_view(qtbot, cache)
    total = window_count(cache)
    wait_for_count(qtbot, view, f"15 of {total:,}")
    newest = view.model.document_id(0)
    with cache.begin() as conn:
        conn.exec_driver_sql("DELETE FROM invoice_line WHERE invoice_id = ?", (newest,))
        conn.exec_driver_sql("DELETE FROM invoice WHERE id = ?", (newest,))
    view.refresh()
    wait_for_count(qtbot, view, f"15 of {total - 1:,}")
    assert view.model.document_id(0) != newest

    view.activateWindow()
    view.focus_search()
    qtbot.waitUntil(named(view, "Search").hasFocus)


def test_the_account_balance_shows_the_balance_and_marks_overdue_items(qtbot, cache: Engine):
    view = open_view(qtbot, cache, Section.ACCOUNT)
    balance = sql(cache, "SELECT sum(open_amount) FROM account_item")[0][0]
    summary = named(view, "Summary")
    qtbot.waitUntil(lambda: summary.text().startswith("Balance:"))
    assert f"€{balance / 100:,.2f}" in summary.text()
    click(qtbot, named(view, "Criteria"))
    named(view, "Only overdue", QCheckBox).setChecked(True)
    click(qtbot, named(view, "Start", QPushButton))
    overdue = sql(
        cache,
        "SELECT count(*) FROM account_item WHERE open_amount > 0 AND due_date < :t",
        t=TODAY.isoformat(),
    )[0][0]
    wait_for_count(qtbot, view, f"{min(overdue, 15)} of {overdue}")
    assert all(
        view.model.index(r, 0).data(view.model.OverdueRole) for r in range(view.model.rowCount())
    )


def test_a_language_switch_formats_again_at_once(qtbot, cache: Engine):
    view = open_view(qtbot, cache)
    total = window_count(cache)
    wait_for_count(qtbot, view, f"15 of {total:,}")
    cents = view.model.index(0, view.spec.column_index("total")).data(view.model.SortRole)
    dutch = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    QLocale.setDefault(dutch)
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert count_text(view) == f"15 of {dutch.toString(total)}"
    assert cell_texts(view, "Total")[0] == dutch.toCurrencyString(cents / 100, "€", 2)
