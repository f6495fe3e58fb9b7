"""Exporting a section view: all matching rows, the visible columns in their order.

The rows come from the same query as the table (``models.section_query``), in the current
sort, streamed in chunks, so that a million rows never sit in memory. CSV is written with
``csv`` (UTF-8 with a byte order mark, so that Excel reads the accents); Excel workbooks
with ``openpyxl`` in write-only mode.

Values are written for machines and spreadsheets rather than copied from the screen:
CSV has ISO dates and amounts with a dot as decimal point (``-1234.50``), which any program
reads whatever its locale; the workbook has real dates and numbers, formatted with Excel's
built-in formats, which Excel shows in the reader's own locale. Status and type values
are written as their translated labels, as the table shows them.

The file is written next to the target under a temporary name and renamed when complete:
a cancelled or failed export leaves no half file behind.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale
from sqlalchemy.engine import Engine

from models.column_types import ColumnType, SectionSpec, value_label
from models.section_query import QueryState, Row, count_rows, iter_rows

EXCEL_MAX_ROWS = 1_048_576 - 1  # a worksheet's rows, less the header


class ExportFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


class ExportCancelled(Exception):
    """The user stopped the export; no file was written."""


class TooManyRowsForExcel(Exception):
    def __init__(self, rows: int) -> None:
        super().__init__(f"{rows} rows do not fit in an Excel worksheet")
        self.rows = rows


@dataclass(frozen=True)
class ExportRequest:
    spec: SectionSpec
    state: QueryState
    columns: tuple[str, ...]  # column ids, in display order
    path: Path
    format: ExportFormat
    locale: QLocale  # only to read the search text (amounts, dates) as the table did
    today: dt.date
    sheet_title: str = "Export"


def _amount(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def _plain(kind: ColumnType) -> Callable[[Any], Any]:
    """A value as CSV text."""
    if kind is ColumnType.MONEY:
        return lambda v: f"{_amount(v):.2f}"
    if kind in (ColumnType.STATUS, ColumnType.CHOICE):
        return value_label
    return str


def _write_csv(
    path: Path, request: ExportRequest, chunks: Iterator[list[Row]], report: Callable[[int], None]
) -> int:
    spec = request.spec
    indexes = [spec.column_index(c) for c in request.columns]
    converters = [_plain(spec.columns[i].type) for i in indexes]
    written = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(request.spec.column(c).display_title for c in request.columns)
        for rows in chunks:
            writer.writerows(
                [
                    "" if row.values[i] is None else conv(row.values[i])
                    for i, conv in zip(indexes, converters, strict=True)
                ]
                for row in rows
            )
            written += len(rows)
            report(written)
    return written


def _excel_cell(kind: ColumnType, ws: Any) -> Callable[[Any], Any]:
    from openpyxl.cell import WriteOnlyCell

    if kind is ColumnType.MONEY:

        def money(v: int) -> WriteOnlyCell:
            cell = WriteOnlyCell(ws, value=_amount(v))
            cell.number_format = "#,##0.00"  # built-in: Excel shows the reader's separators
            return cell

        return money
    if kind is ColumnType.DATE:

        def date(v: str) -> WriteOnlyCell:
            cell = WriteOnlyCell(ws, value=dt.date.fromisoformat(v))
            cell.number_format = "mm-dd-yy"  # built-in 14: the reader's short date
            return cell

        return date
    if kind in (ColumnType.INTEGER, ColumnType.PERCENT):
        return lambda v: v
    return _plain(kind)


def _write_xlsx(
    path: Path, request: ExportRequest, chunks: Iterator[list[Row]], report: Callable[[int], None]
) -> int:
    # openpyxl is imported when an Excel export starts, not with every section view.
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    spec = request.spec
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(request.sheet_title[:31])
    ws.freeze_panes = "A2"
    indexes = [spec.column_index(c) for c in request.columns]
    kinds = [spec.columns[i].type for i in indexes]
    for n, kind in enumerate(kinds, start=1):
        ws.column_dimensions[get_column_letter(n)].width = 14 if kind is not ColumnType.TEXT else 22
    converters = [_excel_cell(kind, ws) for kind in kinds]
    bold = Font(bold=True)
    header = []
    for column_id in request.columns:
        cell = WriteOnlyCell(ws, value=spec.column(column_id).display_title)
        cell.font = bold
        header.append(cell)
    ws.append(header)
    written = 0
    for rows in chunks:
        for row in rows:
            ws.append(
                [
                    None if row.values[i] is None else conv(row.values[i])
                    for i, conv in zip(indexes, converters, strict=True)
                ]
            )
        written += len(rows)
        report(written)
    wb.save(path)
    return written


def count_export(engine: Engine, request: ExportRequest) -> int:
    with engine.connect() as conn:
        return count_rows(conn, request.spec, request.state, request.locale, request.today)


def export_rows(
    engine: Engine,
    request: ExportRequest,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    chunk: int = 2000,
) -> int:
    """Write the file; returns the number of rows. ``progress(done, total)`` after each chunk.

    Raises ``ExportCancelled`` when ``cancelled()`` turns true, ``TooManyRowsForExcel``
    before writing anything when a workbook could not hold the rows.
    """
    total = count_export(engine, request)
    if request.format is ExportFormat.XLSX and total > EXCEL_MAX_ROWS:
        raise TooManyRowsForExcel(total)
    partial = request.path.with_name(f".{request.path.name}.part")

    def report(done: int) -> None:
        if cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(done, total)

    write = _write_xlsx if request.format is ExportFormat.XLSX else _write_csv
    try:
        with engine.connect() as conn:
            chunks = iter_rows(
                conn, request.spec, request.state, request.locale, request.today, chunk
            )
            written = write(partial, request, chunks, report)
        os.replace(partial, request.path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return written
