"""What a section view asks of the cache, as SQL: filter, sort, pages, counts, summaries.

A ``QueryState`` (sort, general search, criteria, the visible columns) becomes one WHERE
clause that pages, counts and exports share. Pages are read by keyset, never OFFSET: rows
come ordered by ``(sort column, main date, id)``, all in one direction so that one index
serves the order (e.g. ``ix_invoice_status`` is ``(status, invoice_date)`` + rowid), and the
next page starts after the last row's key.

General search: the text is split at white space and every word must match (AND) in at
least one *visible* column (SPEC.md section 2: "we search every visible column"):

* text columns by word prefix through the section's FTS5 index, restricted to the visible
  indexed columns; the word's own parts must follow each other, so ``SO-2025-0001`` finds
  ``SO-2025-000123`` and ``0001`` finds it too, while ``123`` does not (that is mid-word);
* status and type columns by their *translated* label, as the user sees them ("transit"
  finds "In transit", "creditnota" finds credit notes in Dutch), not by the stored value;
* money columns when the word reads as an amount in the user's locale, or with a dot as
  decimal point (``1.234,50`` in Dutch, ``1234.50`` anywhere): the exact amount, either
  sign, so that a credit note of -1,234.50 is found by 1234.50;
* date columns when the word reads as a date in the locale's short format (with 1- or
  2-digit day and month, 2- or 4-digit year, any of ``-./`` as separator) or as an ISO date:
  that day exactly.

Words that only go to the FTS index are joined into one MATCH expression; a word that can
also be an amount, a date or a label becomes ``(fts OR column = value ...)``. Document
number criteria use the same word-prefix match on their one column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from PySide6.QtCore import QDate, QLocale
from sqlalchemy.engine import Connection, Engine

from models.column_types import ColumnType, CriterionKind, SectionSpec, value_label
from models.schema import Base

PAGE_SIZE = 15


@dataclass(frozen=True)
class QueryState:
    sort_column: str
    descending: bool = True
    search: str = ""
    criteria: Mapping[str, Any] = field(default_factory=dict)
    search_columns: tuple[str, ...] = ()  # the visible columns; empty: all columns


class Row(NamedTuple):
    """One document as the table shows it: raw values in the spec's column order."""

    values: tuple[Any, ...]
    id: int
    currency: str | None
    overdue: bool


def months_before(day: dt.date, months: int) -> dt.date:
    return _date(QDate(day.year, day.month, day.day).addMonths(-months))


def _date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def default_criteria(spec: SectionSpec, today: dt.date) -> dict[str, Any]:
    """The criteria after "Reset": everything open, the date window on the main date."""
    window = spec.default_window_months
    start = months_before(today, window) if window else None
    empty: dict[CriterionKind, Any] = {
        CriterionKind.NUMBER: "",
        CriterionKind.DATE_RANGE: (start, None),
        CriterionKind.CHOICE: None,
        CriterionKind.AMOUNT_RANGE: (None, None),
        CriterionKind.FLAG: False,
    }
    return {c.id: empty[c.kind] for c in spec.criteria}


def default_state(spec: SectionSpec, today: dt.date) -> QueryState:
    return QueryState(spec.main_date, True, "", default_criteria(spec, today))


_AMOUNT = re.compile(r"[+-]?\d[\d.,'\u00a0\u202f ]*")


def parse_amount(text: str, locale: QLocale) -> int | None:
    """Cents, if ``text`` is an amount in the locale (or with a dot as decimal point)."""
    text = text.replace("€", "").strip()
    if not _AMOUNT.fullmatch(text):
        return None
    for loc in (locale, QLocale.c()):
        value, ok = loc.toDouble(text)
        cents = round(value * 100)
        if ok and abs(value * 100 - cents) < 1e-6:
            return cents
    return None


_DATE = re.compile(r"\d{1,4}[-./]\d{1,2}[-./]\d{1,4}")


def parse_date(text: str, locale: QLocale, today: dt.date) -> dt.date | None:
    """The day ``text`` names, in the locale's short format (loosely) or ISO."""
    text = text.strip()
    if not _DATE.fullmatch(text):
        return None
    iso = QDate.fromString(text, "yyyy-MM-dd")
    if iso.isValid():
        return _date(iso)
    loose = locale.dateFormat(QLocale.FormatType.ShortFormat).replace("dd", "d").replace("MM", "M")
    separator = next((ch for ch in loose if ch in "-./"), "-")
    text = re.sub(r"[-./]", separator, text)
    short_year = loose.replace("yyyy", "yy")
    for fmt in (short_year.replace("yy", "yyyy"), short_year):
        day = locale.toDate(text, fmt, today.year - 79)  # two-digit years: the last 80 or so
        if day.isValid():
            return _date(day)
    return None


def fts_phrase(word: str) -> str | None:
    """An FTS5 prefix phrase of the word's parts, as the index's tokenizer splits them."""
    tokens = re.findall(r"[^\W_]+", word)
    return f'"{" ".join(tokens)}"*' if tokens else None


def _label_matches(label: str, word: str) -> bool:
    label = label.casefold()
    return label.startswith(word) or any(part.startswith(word) for part in label.split())


class _Where:
    def __init__(self, spec: SectionSpec, today: dt.date) -> None:
        self.spec = spec
        self.clauses: list[str] = []
        self.params: dict[str, Any] = {"today": today.isoformat()}
        self.fts: list[str] = []  # ANDed into one MATCH

    def param(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f":{name}"

    def match(self, expression: str) -> str:
        fts = self.spec.fts_table
        return f"id IN (SELECT rowid FROM {fts} WHERE {fts} MATCH {self.param(expression)})"

    def sql(self) -> str:
        clauses = list(self.clauses)
        if self.fts:
            clauses.append(self.match(" AND ".join(f"({e})" for e in self.fts)))
        return " AND ".join(clauses)


def _criteria(w: _Where, criteria: Mapping[str, Any]) -> None:
    dated = any(
        bound is not None
        for crit in w.spec.criteria
        if crit.kind is CriterionKind.DATE_RANGE
        for bound in criteria.get(crit.id) or ()
    )
    for crit in w.spec.criteria:
        value = criteria.get(crit.id)
        if crit.kind is CriterionKind.NUMBER:
            phrase = fts_phrase(value or "")
            if phrase:
                w.fts.append(f"{{{crit.column}}} : {phrase}")
        elif crit.kind in (CriterionKind.DATE_RANGE, CriterionKind.AMOUNT_RANGE):
            column = crit.column
            if crit.kind is CriterionKind.AMOUNT_RANGE and dated:
                # Within a date window, walk the date index: without statistics SQLite
                # would take an amount range for the narrower one, and it seldom is.
                column = f"+{column}"
            low, high = value or (None, None)
            if low is not None:
                w.clauses.append(f"{column} >= {w.param(_sql_value(low))}")
            if high is not None:
                w.clauses.append(f"{column} <= {w.param(_sql_value(high))}")
        elif crit.kind is CriterionKind.CHOICE and value:
            w.clauses.append(f"{crit.column} = {w.param(value)}")
        elif crit.kind is CriterionKind.FLAG and value and w.spec.overdue_sql:
            w.clauses.append(f"({w.spec.overdue_sql})")


def _sql_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _search(w: _Where, state: QueryState, locale: QLocale, today: dt.date) -> None:
    spec = w.spec
    wanted = [i for i in state.search_columns if i in spec.column_ids] or spec.column_ids
    cols = [spec.column(i) for i in wanted]
    text_cols = " ".join(c.id for c in cols if c.searchable)
    labelled = [c for c in cols if c.type in (ColumnType.STATUS, ColumnType.CHOICE)]
    money = [c.id for c in cols if c.type is ColumnType.MONEY]
    dates = [c.id for c in cols if c.type is ColumnType.DATE]
    for word in state.search.split():
        phrase = fts_phrase(word)
        fts = f"{{{text_cols}}} : {phrase}" if phrase and text_cols else None
        alternatives: list[str] = []
        folded = word.casefold()
        for col in labelled:
            hits = [c.value for c in col.choices if _label_matches(value_label(c.value), folded)]
            if hits:
                alternatives.append(f"{col.id} IN ({', '.join(w.param(v) for v in hits)})")
        cents = parse_amount(word, locale)
        if cents is not None and money:
            pair = f"({w.param(cents)}, {w.param(-cents)})"
            alternatives += [f"{c} IN {pair}" for c in money]
        day = parse_date(word, locale, today)
        if day is not None and dates:
            iso = w.param(day.isoformat())
            alternatives += [f"{c} = {iso}" for c in dates]
        if not alternatives:
            if fts:
                w.fts.append(fts)
            elif phrase:
                w.clauses.append("0")  # no visible column can hold this word
            continue  # a word of punctuation alone restricts nothing
        if fts:
            alternatives.insert(0, w.match(fts))
        w.clauses.append(f"({' OR '.join(alternatives)})")


def _order_keys(spec: SectionSpec, state: QueryState) -> list[str]:
    sort = state.sort_column
    if sort not in spec.column_ids or not spec.column(sort).sortable:
        sort = spec.main_date
    return [sort, *([spec.main_date] if sort != spec.main_date else []), "id"]


def _nullable(spec: SectionSpec, column: str) -> bool:
    return bool(Base.metadata.tables[spec.table].c[column].nullable)


def _after(w: _Where, keys: list[str], last: Row, descending: bool) -> str:
    """Rows after ``last`` in the order of ``keys`` (NULLs sort first, as in SQLite)."""
    known = dict(zip(w.spec.column_ids, last.values, strict=True))
    known["id"] = last.id
    lead, rest = keys[0], keys[1:]
    op = "<" if descending else ">"

    def tuple_after(columns: list[str]) -> str:
        marks = ", ".join(w.param(known[k]) for k in columns)
        return f"({', '.join(columns)}) {op} ({marks})"

    if known[lead] is None:
        if descending:
            return f"({lead} IS NULL AND {tuple_after(rest)})"
        return f"({lead} IS NOT NULL OR ({lead} IS NULL AND {tuple_after(rest)}))"
    # The plain bound on the lead column lets SQLite seek its index.
    bound = f"{lead} {'<=' if descending else '>='} {w.param(known[lead])}"
    clause = f"{bound} AND {tuple_after(keys)}"
    if descending and _nullable(w.spec, lead):
        return f"(({clause}) OR {lead} IS NULL)"
    return clause


def _select(spec: SectionSpec) -> str:
    columns = ", ".join(spec.column_ids)
    currency = spec.currency_column or "NULL"
    overdue = f"({spec.overdue_sql})" if spec.overdue_sql else "0"
    return f"SELECT {columns}, id, {currency}, {overdue} FROM {spec.table}"


def rows_sql(
    spec: SectionSpec,
    state: QueryState,
    locale: QLocale,
    today: dt.date,
    after: Row | None = None,
    limit: int | None = None,
) -> tuple[str, dict[str, Any]]:
    """The SQL of the rows matching ``state`` in its order, after ``after``, at most ``limit``."""
    w = _Where(spec, today)
    _criteria(w, state.criteria)
    _search(w, state, locale, today)
    keys = _order_keys(spec, state)
    if after is not None:
        w.clauses.append(_after(w, keys, after, state.descending))
    where = w.sql()
    direction = "DESC" if state.descending else "ASC"
    sql = _select(spec)
    sql += f" WHERE {where}" if where else ""
    sql += " ORDER BY " + ", ".join(f"{k} {direction}" for k in keys)
    sql += f" LIMIT {int(limit)}" if limit is not None else ""
    return sql, w.params


def count_sql(
    spec: SectionSpec, state: QueryState, locale: QLocale, today: dt.date
) -> tuple[str, dict[str, Any]]:
    w = _Where(spec, today)
    _criteria(w, state.criteria)
    _search(w, state, locale, today)
    where = w.sql()
    return f"SELECT count(*) FROM {spec.table}" + (f" WHERE {where}" if where else ""), w.params


def _row(raw: Any, width: int) -> Row:
    return Row(tuple(raw[:width]), raw[width], raw[width + 1], bool(raw[width + 2]))


def fetch_rows(
    conn: Connection,
    spec: SectionSpec,
    state: QueryState,
    locale: QLocale,
    today: dt.date,
    after: Row | None = None,
    limit: int = PAGE_SIZE + 1,
) -> list[Row]:
    """One page (ask for one row more than shown to learn whether there are more)."""
    sql, params = rows_sql(spec, state, locale, today, after, limit)
    width = len(spec.columns)
    return [_row(raw, width) for raw in conn.exec_driver_sql(sql, params)]


def iter_rows(
    conn: Connection,
    spec: SectionSpec,
    state: QueryState,
    locale: QLocale,
    today: dt.date,
    chunk: int = 2000,
) -> Iterator[list[Row]]:
    """Every matching row in order, in chunks, read as SQLite steps (for exports)."""
    sql, params = rows_sql(spec, state, locale, today)
    width = len(spec.columns)
    result = conn.exec_driver_sql(sql, params)
    while batch := result.fetchmany(chunk):
        yield [_row(raw, width) for raw in batch]


def count_rows(
    conn: Connection, spec: SectionSpec, state: QueryState, locale: QLocale, today: dt.date
) -> int:
    sql, params = count_sql(spec, state, locale, today)
    return int(conn.exec_driver_sql(sql, params).scalar_one())


def summaries(conn: Connection, spec: SectionSpec, today: dt.date) -> list[tuple[str, int]]:
    """The section's headline figures (e.g. the balance) over all its cached rows, with
    their translated titles."""
    if not spec.summaries:
        return []
    sql = f"SELECT {', '.join(s.sql for s in spec.summaries)} FROM {spec.table}"
    row = conn.exec_driver_sql(sql, {"today": today.isoformat()}).one()
    return [(s.display_title, int(v)) for s, v in zip(spec.summaries, row, strict=True)]


def fetch_document(conn: Connection, spec: SectionSpec, doc_id: int, today: dt.date) -> Row | None:
    sql = f"{_select(spec)} WHERE id = :id"
    raw = conn.exec_driver_sql(sql, {"id": doc_id, "today": today.isoformat()}).first()
    return _row(raw, len(spec.columns)) if raw is not None else None


def read_summaries(engine: Engine, spec: SectionSpec, today: dt.date) -> list[tuple[str, int]]:
    with engine.connect() as conn:
        return summaries(conn, spec, today)
