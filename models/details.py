"""One document's details: its header fields and its item lines, read from the cache.

The header fields are the section's columns (all of them, shown or not), as label/value
pairs; the lines come with their own small table model. Everything is read in one go and
handed over as plain values: a details dialog holds no connection.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt
from sqlalchemy.engine import Engine

from models.column_types import ColumnSpec, ColumnType, SectionSpec
from models.formatting import build_formatters, is_numeric
from models.section_query import fetch_document
from models.table_model import Index, SectionTableModel


@dataclass(frozen=True)
class Field:
    label: str  # translated
    text: str
    column: ColumnSpec
    value: Any  # raw


@dataclass(frozen=True)
class DocumentDetails:
    doc_id: int
    number: str
    fields: list[Field]
    overdue: bool
    tracking_url: str | None  # the carrier's tracking page (shipping units that have one)
    line_columns: tuple[ColumnSpec, ...]
    lines: list[tuple[tuple[Any, ...], tuple[str, ...]]]  # (raw values, display texts)

    def field_text(self, column_id: str) -> str:
        return next(f.text for f in self.fields if f.column.id == column_id)


def load_details(
    engine: Engine, spec: SectionSpec, doc_id: int, locale: QLocale, today: dt.date
) -> DocumentDetails | None:
    """The document with its lines, or None when it is no longer in the cache."""
    with engine.connect() as conn:
        row = fetch_document(conn, spec, doc_id, today)
        if row is None:
            return None
        raw_lines: Sequence[Any] = []
        if spec.lines is not None:
            ids = ", ".join(c.id for c in spec.lines.columns)
            raw_lines = conn.exec_driver_sql(
                f"SELECT {ids} FROM {spec.lines.table} "
                f"WHERE {spec.lines.document_key} = :id ORDER BY line_no",
                {"id": doc_id},
            ).all()
    formatters = build_formatters(spec.columns, locale)
    fields = [
        Field(col.display_title, fmt(value, row.currency), col, value)
        for col, fmt, value in zip(spec.columns, formatters, row.values, strict=True)
        if col.type is not ColumnType.LINK
    ]
    values = dict(zip(spec.column_ids, row.values, strict=True))
    line_columns = spec.lines.columns if spec.lines is not None else ()
    line_formatters = build_formatters(line_columns, locale)
    lines = [
        (
            tuple(raw),
            tuple(f(v, row.currency) for f, v in zip(line_formatters, raw, strict=True)),
        )
        for raw in raw_lines
    ]
    return DocumentDetails(
        doc_id=doc_id,
        number=str(values[spec.number_column]),
        fields=fields,
        overdue=row.overdue,
        tracking_url=values.get("tracking_url"),
        line_columns=line_columns,
        lines=lines,
    )


class LinesModel(QAbstractTableModel):
    """A document's item lines (small: a plain list, no paging)."""

    def __init__(self, details: DocumentDetails, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = details.line_columns
        self._lines = details.lines
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self._align = [right if is_numeric(c.type) else left for c in self._columns]
        self._badge = [c.type is ColumnType.STATUS for c in self._columns]
        self._tones = [{ch.value: ch.tone.value for ch in c.choices} for c in self._columns]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        raw, texts = self._lines[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return texts[col]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align[col]
        if role == SectionTableModel.SortRole:
            return raw[col]
        if role == SectionTableModel.StatusRole:
            return raw[col] if self._badge[col] else None
        if role == SectionTableModel.ToneRole:
            return self._tones[col].get(raw[col]) if self._badge[col] else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].display_title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._align[section]
        return None
