"""The vocabulary of section specs: column and criterion kinds, choices, section specs.

The data itself (one ``SectionSpec`` per section) is in ``models.columns``. Titles and value
labels are marked with ``QT_TRANSLATE_NOOP`` and translated where shown (contexts
"Columns", "Criteria" and "Values").
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from models.roles import Section


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name)
    """Qt's translation marker, typed: lupdate finds the strings by this name."""
    return text


class ColumnType(StrEnum):
    TEXT = "text"
    DATE = "date"  # ISO date text in the cache
    MONEY = "money"  # integer cents
    INTEGER = "integer"
    PERCENT = "percent"
    STATUS = "status"  # a choice shown as a coloured badge
    CHOICE = "choice"  # a choice shown as its translated label (document types)
    LINK = "link"  # a URL, shown as an icon that opens it


class Tone(StrEnum):
    """How a status badge is coloured; the views map tones to colours."""

    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    NEUTRAL = "neutral"


@dataclass(frozen=True)
class Choice:
    value: str  # as stored in the cache (the portal's wire value)
    label: str  # English source, translated in context "Values"
    tone: Tone = Tone.NEUTRAL


_VALUES: dict[str, tuple[str, Tone]] = {
    "open": (QT_TRANSLATE_NOOP("Values", "Open"), Tone.INFO),
    "expired": (QT_TRANSLATE_NOOP("Values", "Expired"), Tone.NEUTRAL),
    "ordered": (QT_TRANSLATE_NOOP("Values", "Ordered"), Tone.SUCCESS),
    "completed": (QT_TRANSLATE_NOOP("Values", "Completed"), Tone.SUCCESS),
    "done": (QT_TRANSLATE_NOOP("Values", "Done"), Tone.SUCCESS),
    "in_preparation": (QT_TRANSLATE_NOOP("Values", "In preparation"), Tone.NEUTRAL),
    "in_transit": (QT_TRANSLATE_NOOP("Values", "In transit"), Tone.WARNING),
    "delivered": (QT_TRANSLATE_NOOP("Values", "Delivered"), Tone.SUCCESS),
    "settled": (QT_TRANSLATE_NOOP("Values", "Settled"), Tone.SUCCESS),
    "standard": (QT_TRANSLATE_NOOP("Values", "Standard"), Tone.NEUTRAL),
    "project": (QT_TRANSLATE_NOOP("Values", "Project"), Tone.NEUTRAL),
    "service": (QT_TRANSLATE_NOOP("Values", "Service"), Tone.NEUTRAL),
    "individual": (QT_TRANSLATE_NOOP("Values", "Individual sale"), Tone.NEUTRAL),
    "spare_parts": (QT_TRANSLATE_NOOP("Values", "Spare parts"), Tone.NEUTRAL),
    "webshop": (QT_TRANSLATE_NOOP("Values", "Online shop"), Tone.NEUTRAL),
    "unit": (QT_TRANSLATE_NOOP("Values", "Units"), Tone.NEUTRAL),
    "invoice": (QT_TRANSLATE_NOOP("Values", "Invoice"), Tone.NEUTRAL),
    "credit_note": (QT_TRANSLATE_NOOP("Values", "Credit note"), Tone.NEUTRAL),
    "payment": (QT_TRANSLATE_NOOP("Values", "Payment on account"), Tone.NEUTRAL),
}


def choices(*values: str) -> tuple[Choice, ...]:
    """Choices for stored values, with their labels and tones from the table above."""
    return tuple(Choice(v, *_VALUES[v]) for v in values)


def value_label(value: str) -> str:
    """The translated label of a stored status/type value (the value itself if unknown)."""
    known = _VALUES.get(value)
    return QCoreApplication.translate("Values", known[0]) if known else value


@dataclass(frozen=True)
class ColumnSpec:
    id: str  # the cache column
    title: str  # English source, translated in context "Columns"
    type: ColumnType
    visible: bool = True  # shown by default
    sortable: bool = True
    searchable: bool = False  # in the section's FTS5 index (general search)
    choices: tuple[Choice, ...] = ()

    @property
    def display_title(self) -> str:
        return QCoreApplication.translate("Columns", self.title)

    def choice(self, value: str) -> Choice | None:
        return next((c for c in self.choices if c.value == value), None)


class CriterionKind(StrEnum):
    NUMBER = "number"  # a document number: word-prefix match through the FTS5 index
    DATE_RANGE = "date_range"
    CHOICE = "choice"
    AMOUNT_RANGE = "amount_range"
    FLAG = "flag"  # a check box; the section's ``overdue_sql`` for "Only overdue"


@dataclass(frozen=True)
class CriterionSpec:
    id: str
    title: str  # English source, translated in context "Criteria"
    kind: CriterionKind
    column: str = ""  # the cache column it filters
    choices: tuple[Choice, ...] = ()

    @property
    def display_title(self) -> str:
        return QCoreApplication.translate("Criteria", self.title)


@dataclass(frozen=True)
class LineSpec:
    """A document's item lines (details dialog)."""

    table: str
    document_key: str  # the line table's column pointing at the document
    columns: tuple[ColumnSpec, ...]


@dataclass(frozen=True)
class SummarySpec:
    """A figure over the whole section shown beside the table (e.g. the balance)."""

    title: str  # context "Columns"
    sql: str  # an aggregate over the section's table; may use :today

    @property
    def display_title(self) -> str:
        return QCoreApplication.translate("Columns", self.title)


@dataclass(frozen=True)
class SectionSpec:
    section: Section
    table: str
    main_date: str  # default sort (newest first) and the date-range criterion
    number_column: str  # names the document in the details dialog
    columns: tuple[ColumnSpec, ...]
    criteria: tuple[CriterionSpec, ...]
    lines: LineSpec | None = None
    currency_column: str | None = None
    overdue_sql: str | None = None  # SQL: the row is overdue (uses :today)
    default_window_months: int | None = 6
    summaries: tuple[SummarySpec, ...] = ()

    @property
    def fts_table(self) -> str:
        return f"{self.table}_fts"

    @property
    def column_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.columns)

    def column(self, column_id: str) -> ColumnSpec:
        return self.columns[self.column_index(column_id)]

    def column_index(self, column_id: str) -> int:
        return self.column_ids.index(column_id)

    def criterion(self, criterion_id: str) -> CriterionSpec:
        return next(c for c in self.criteria if c.id == criterion_id)
