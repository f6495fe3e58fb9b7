"""Display text of cached values, through ``QLocale``: one formatter per column, built once.

In the style of calibre's ``build_data_convertors``: the table model asks for the list of
formatters when its columns or locale change, and then formats each cell with a plain call,
with no per-cell ``if column == ...`` chain.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt

from models.column_types import ColumnSpec, ColumnType, value_label

# A cell's text from its raw value and the row's currency code.
Formatter = Callable[[Any, str | None], str]

_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def money_text(cents: int, locale: QLocale, currency: str | None = "EUR") -> str:
    code = currency or "EUR"
    return locale.toCurrencyString(cents / 100, _SYMBOLS.get(code, code), 2)


def short_date_format(locale: QLocale) -> str:
    """The locale's short date format with a four-digit year: business documents span
    decades, and "03.12.26" is ambiguous on an invoice."""
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return short if "yyyy" in short else short.replace("yy", "yyyy")


def date_text(iso: str, locale: QLocale) -> str:
    return locale.toString(QDate.fromString(iso, Qt.DateFormat.ISODate), short_date_format(locale))


def _formatter(kind: ColumnType, locale: QLocale) -> Formatter:
    # Each formatter gets a None check for free: an empty cell is an empty string.
    if kind is ColumnType.MONEY:
        return lambda v, cur: money_text(v, locale, cur)
    if kind is ColumnType.DATE:
        return lambda v, _cur: date_text(v, locale)
    if kind is ColumnType.INTEGER:
        return lambda v, _cur: locale.toString(int(v))
    if kind is ColumnType.PERCENT:
        return lambda v, _cur: f"{locale.toString(float(v), 'f', 1)} {locale.percent()}"
    if kind in (ColumnType.STATUS, ColumnType.CHOICE):
        return lambda v, _cur: value_label(v)
    if kind is ColumnType.LINK:
        return lambda _v, _cur: ""  # shown as an icon
    return lambda v, _cur: str(v)


def build_formatters(columns: Sequence[ColumnSpec], locale: QLocale) -> list[Formatter]:
    def none_safe(fmt: Formatter) -> Formatter:
        return lambda v, cur: "" if v is None else fmt(v, cur)

    return [none_safe(_formatter(col.type, locale)) for col in columns]


def is_numeric(kind: ColumnType) -> bool:
    """Numbers are right-aligned, so that digits line up."""
    return kind in (ColumnType.MONEY, ColumnType.INTEGER, ColumnType.PERCENT)
