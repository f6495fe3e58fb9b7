"""Exports: all matching rows, the visible columns in their order, the current sort."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QLocale
from sqlalchemy.engine import Engine

from models import export as export_module
from models.columns import SECTIONS
from models.database import open_cache
from models.export import (
    ExportCancelled,
    ExportFormat,
    ExportRequest,
    TooManyRowsForExcel,
    export_rows,
)
from models.roles import Role, Section
from models.section_query import QueryState, default_state, months_before

TODAY = dt.date(2026, 11, 16)  # the seeded portal's "today" (tests/conftest.py)
INVOICES = SECTIONS[Section.INVOICES]
COLUMNS = ("total", "number", "invoice_date", "status", "order_number")


@pytest.fixture(scope="module")
def cache(synced_cache_file, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    path = tmp_path_factory.mktemp("export") / "cache.sqlite"
    shutil.copy(synced_cache_file(Role.INVOICE_MANAGEMENT), path)
    engine = open_cache(path)
    yield engine
    engine.dispose()


def request(path: Path, fmt: ExportFormat, **state: Any) -> ExportRequest:
    query = QueryState(**{**default_state(INVOICES, TODAY).__dict__, **state})
    return ExportRequest(INVOICES, query, COLUMNS, path, fmt, QLocale.c(), TODAY, "Invoices")


def expected_rows(cache: Engine, order: str = "total DESC, invoice_date DESC, id DESC"):
    with cache.connect() as conn:
        return conn.exec_driver_sql(
            f"SELECT total, number, invoice_date, status, order_number FROM invoice "
            f"WHERE invoice_date >= :w ORDER BY {order}",
            {"w": months_before(TODAY, 6).isoformat()},
        ).all()


LABELS = {"open": "Open", "settled": "Settled"}


def test_csv_has_every_matching_row_in_the_shown_order(cache: Engine, tmp_path: Path):
    path = tmp_path / "invoices.csv"
    progress: list[tuple[int, int]] = []
    written = export_rows(
        cache,
        request(path, ExportFormat.CSV, sort_column="total"),
        progress=lambda done, total: progress.append((done, total)),
        chunk=50,
    )
    expected = expected_rows(cache)
    assert written == len(expected) > 50
    assert progress[-1] == (written, written) and len(progress) > 1
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["Total", "Invoice number", "Invoice date", "Status", "Order number"]
    assert rows[1:] == [
        [f"{Decimal(total).scaleb(-2):.2f}", number, date, LABELS[status], order]
        for total, number, date, status, order in expected
    ]
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads the accents right


def test_xlsx_has_real_dates_and_numbers(cache: Engine, tmp_path: Path):
    path = tmp_path / "invoices.xlsx"
    written = export_rows(cache, request(path, ExportFormat.XLSX, search="open"))
    expected = [r for r in expected_rows(cache, "invoice_date DESC, id DESC") if r[3] == "open"]
    assert written == len(expected) > 0
    sheet = load_workbook(path)["Invoices"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("Total", "Invoice number", "Invoice date", "Status", "Order number")
    assert [
        (Decimal(str(total)), number, date.date(), status, order)
        for total, number, date, status, order in rows[1:]
    ] == [
        (Decimal(total).scaleb(-2), number, dt.date.fromisoformat(date), "Open", order)
        for total, number, date, _status, order in expected
    ]
    assert sheet["A2"].number_format == "#,##0.00"
    assert sheet["C2"].is_date


def test_a_cancelled_export_leaves_no_file(cache: Engine, tmp_path: Path):
    path = tmp_path / "invoices.csv"
    with pytest.raises(ExportCancelled):
        export_rows(cache, request(path, ExportFormat.CSV), cancelled=lambda: True, chunk=10)
    assert list(tmp_path.iterdir()) == []


def test_too_many_rows_for_a_worksheet_are_refused_before_writing(
    cache: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(export_module, "EXCEL_MAX_ROWS", 10)
    path = tmp_path / "invoices.xlsx"
    with pytest.raises(TooManyRowsForExcel):
        export_rows(cache, request(path, ExportFormat.XLSX))
    assert list(tmp_path.iterdir()) == []
