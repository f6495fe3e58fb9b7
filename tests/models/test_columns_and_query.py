"""Section specs against the cache schema, and the section queries against plain SQL.

The queries' rows are compared with what a plain SQL query (or Python over all rows)
gives: keyset pages must walk every row once in the right order, searches and criteria
must select the same rows.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from models.column_types import ColumnType, CriterionKind, SectionSpec
from models.columns import SECTIONS
from models.database import open_cache
from models.preferences import default_layout
from models.roles import Role, Section
from models.section_query import (
    QueryState,
    Row,
    count_rows,
    default_criteria,
    default_state,
    fetch_rows,
    months_before,
    parse_amount,
    parse_date,
)

TODAY = dt.date(2026, 11, 16)  # the seeded portal's "today" (tests/conftest.py)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
NL = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
DE = QLocale(QLocale.Language.German, QLocale.Country.Germany)
INVOICES = SECTIONS[Section.INVOICES]
QUOTES = SECTIONS[Section.QUOTES]


@pytest.fixture(scope="module")
def cache(synced_cache_file, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Engine]:
    """The account-balance user's cache (every section), synced from the demo portal."""
    path = tmp_path_factory.mktemp("query") / "cache.sqlite"
    shutil.copy(synced_cache_file(Role.ACCOUNT_BALANCE), path)
    engine = open_cache(path)
    yield engine
    engine.dispose()


def sql(cache: Engine, query: str, **params: Any) -> list[Any]:
    with cache.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(query, params)]


def all_pages(
    cache: Engine, spec: SectionSpec, state: QueryState, locale: QLocale = EN
) -> list[Row]:
    """Every row by walking keyset pages of 15, as "More" does."""
    rows: list[Row] = []
    with cache.connect() as conn:
        while True:
            page = fetch_rows(conn, spec, state, locale, TODAY, rows[-1] if rows else None, 16)
            rows.extend(page[:15])
            if len(page) <= 15:
                return rows


def ids(rows: list[Row]) -> list[int]:
    return [r.id for r in rows]


def state(spec: SectionSpec = INVOICES, **changes: Any) -> QueryState:
    base = default_state(spec, TODAY)
    criteria = {**base.criteria, **changes.pop("criteria", {})}
    return QueryState(**{**base.__dict__, "criteria": criteria, **changes})


def window(spec: SectionSpec) -> str:
    return months_before(TODAY, 6).isoformat()


# --- the specs match the cache -----------------------------------------------------------


@pytest.mark.parametrize("spec", SECTIONS.values(), ids=lambda s: s.section.value)
def test_every_spec_column_is_a_cache_column(cache: Engine, spec: SectionSpec):
    columns = {c["name"]: c for c in inspect(cache).get_columns(spec.table)}
    assert set(spec.column_ids) <= set(columns)
    assert spec.main_date in spec.column_ids and spec.number_column in spec.column_ids
    assert spec.column(spec.main_date).type is ColumnType.DATE
    for crit in spec.criteria:
        assert crit.kind is CriterionKind.FLAG or crit.column in columns
    assert (spec.overdue_sql is not None) == any(
        c.kind is CriterionKind.FLAG for c in spec.criteria
    )
    if spec.lines is not None:
        line_columns = {c["name"] for c in inspect(cache).get_columns(spec.lines.table)}
        assert {c.id for c in spec.lines.columns} | {spec.lines.document_key} <= line_columns


@pytest.mark.parametrize("spec", SECTIONS.values(), ids=lambda s: s.section.value)
def test_searchable_and_number_columns_are_in_the_search_index(cache: Engine, spec: SectionSpec):
    indexed = {r[1] for r in sql(cache, f"PRAGMA table_info({spec.fts_table})")}
    assert {c.id for c in spec.columns if c.searchable} <= indexed
    assert {c.column for c in spec.criteria if c.kind is CriterionKind.NUMBER} <= indexed
    for col in spec.columns:  # labelled columns are searched by label, not in the index
        assert not (col.searchable and col.type in (ColumnType.STATUS, ColumnType.CHOICE))


@pytest.mark.parametrize("spec", SECTIONS.values(), ids=lambda s: s.section.value)
def test_choices_cover_every_cached_value(cache: Engine, spec: SectionSpec):
    for col in spec.columns:
        if col.choices:
            cached = {r[0] for r in sql(cache, f"SELECT DISTINCT {col.id} FROM {spec.table}")}
            assert cached and cached <= {c.value for c in col.choices}, col.id
    for crit in spec.criteria:
        if crit.kind is CriterionKind.CHOICE:
            assert crit.choices == spec.column(crit.column).choices


# --- order and pages ---------------------------------------------------------------------


def test_the_first_page_is_the_newest_fifteen_of_the_last_six_months(cache: Engine):
    with cache.connect() as conn:
        page = fetch_rows(conn, INVOICES, state(), EN, TODAY)
    expected = sql(
        cache,
        "SELECT id FROM invoice WHERE invoice_date >= :start "
        "ORDER BY invoice_date DESC, id DESC LIMIT 16",
        start=window(INVOICES),
    )
    assert ids(page) == [r[0] for r in expected]
    assert months_before(TODAY, 6) == dt.date(2026, 5, 16)


SORTS = [
    (Section.INVOICES, "invoice_date", True),
    (Section.INVOICES, "total", True),
    (Section.INVOICES, "total", False),
    (Section.INVOICES, "status", False),
    (Section.INVOICES, "invoice_type", True),
    (Section.QUOTES, "order_number", True),  # nullable: NULLs last
    (Section.QUOTES, "order_number", False),  # nullable: NULLs first
    (Section.ACCOUNT, "due_date", True),  # payments have no due date
    (Section.ACCOUNT, "due_date", False),
    (Section.TRACKING, "carrier", False),
]


@pytest.mark.parametrize(("section", "column", "descending"), SORTS)
def test_keyset_pages_walk_every_row_once_in_order(
    cache: Engine, section: Section, column: str, descending: bool
):
    spec = SECTIONS[section]
    rows = all_pages(cache, spec, state(spec, sort_column=column, descending=descending))
    start = months_before(TODAY, 6).isoformat() if spec.default_window_months else "0000"
    everything = sql(
        cache,
        f"SELECT id, {column}, {spec.main_date} FROM {spec.table} WHERE {spec.main_date} >= :s",
        s=start,
    )
    # SQLite's order: NULL before any value; ties by main date, then id, same direction.
    expected = sorted(
        everything, key=lambda r: (r[1] is not None, r[1] or "", r[2], r[0]), reverse=descending
    )
    assert ids(rows) == [r[0] for r in expected]
    assert len(rows) > 15


@pytest.mark.parametrize("spec", SECTIONS.values(), ids=lambda s: s.section.value)
def test_count_is_the_number_of_rows(cache: Engine, spec: SectionSpec):
    query = state(spec)
    with cache.connect() as conn:
        assert count_rows(conn, spec, query, EN, TODAY) == len(all_pages(cache, spec, query))


# --- general search ----------------------------------------------------------------------


def search(cache: Engine, text: str, locale: QLocale = EN, spec: SectionSpec = INVOICES, **kw: Any):
    """The ids found with the default columns shown."""
    kw.setdefault("search_columns", tuple(default_layout(spec).visible_columns))
    return set(ids(all_pages(cache, spec, state(spec, search=text, **kw), locale)))


def in_window(cache: Engine, where: str, **params: Any) -> set[int]:
    rows = sql(
        cache,
        f"SELECT id FROM invoice WHERE invoice_date >= :start AND ({where})",
        start=window(INVOICES),
        **params,
    )
    return {r[0] for r in rows}


def test_a_document_number_finds_that_document(cache: Engine):
    number, doc_id = sql(cache, "SELECT number, id FROM invoice ORDER BY id DESC LIMIT 1")[0]
    assert search(cache, number) == {doc_id}
    assert search(cache, number.lower()) == {doc_id}


def test_a_number_prefix_finds_every_number_starting_with_it(cache: Engine):
    number = sql(cache, "SELECT number FROM invoice ORDER BY id DESC LIMIT 1")[0][0]
    prefix = number[:-1]
    found = search(cache, prefix)
    assert found == in_window(cache, "number LIKE :p", p=f"{prefix}%")
    assert len(found) > 1


def test_a_related_number_finds_the_rows_that_mention_it(cache: Engine):
    order = sql(cache, "SELECT order_number FROM invoice ORDER BY id DESC LIMIT 1")[0][0]
    assert search(cache, order) == in_window(cache, "order_number = :o", o=order)


def test_only_the_visible_columns_are_searched(cache: Engine):
    order = sql(cache, "SELECT order_number FROM invoice ORDER BY id DESC LIMIT 1")[0][0]
    assert search(cache, order, search_columns=("number", "invoice_date", "total")) == set()
    delivery = sql(cache, "SELECT delivery_number FROM invoice ORDER BY id DESC LIMIT 1")[0][0]
    shown = tuple(default_layout(INVOICES).visible_columns)  # delivery number is hidden
    assert search(cache, delivery, search_columns=shown) == set()
    assert search(cache, delivery, search_columns=(*shown, "delivery_number"))
    assert search(cache, delivery, search_columns=())  # no columns given: all of them


@pytest.mark.parametrize("locale", [EN, NL, DE], ids=["en", "nl", "de"])
def test_an_amount_in_the_locale_finds_that_amount_in_visible_money_columns(
    cache: Engine, locale: QLocale
):
    total = sql(cache, "SELECT total FROM invoice ORDER BY id DESC LIMIT 1")[0][0]
    text = locale.toString(total / 100, "f", 2)  # e.g. 10001.38 / 10001,38
    expected = in_window(cache, "total IN (:t, -:t) OR open_amount IN (:t, -:t)", t=total)
    assert search(cache, text, locale) == expected
    grouped = locale.toString(total / 100, "f", 2) if total < 100_000 else None
    if grouped:
        assert search(cache, grouped, locale) == expected


def test_an_amount_with_a_dot_works_in_any_locale(cache: Engine):
    total = sql(cache, "SELECT total FROM invoice ORDER BY id DESC LIMIT 1")[0][0]
    text = f"{total / 100:.2f}"
    assert search(cache, text, NL) == search(cache, text, EN)


@pytest.mark.parametrize("locale", [EN, NL, DE], ids=["en", "nl", "de"])
def test_a_date_in_the_locale_finds_that_day_in_visible_date_columns(
    cache: Engine, locale: QLocale
):
    day = dt.date.fromisoformat(sql(cache, "SELECT max(invoice_date) FROM invoice")[0][0])
    text = locale.toString(day, QLocale.FormatType.ShortFormat)
    expected = in_window(cache, "invoice_date = :d OR due_date = :d", d=day.isoformat())
    assert expected and search(cache, text, locale) == expected
    assert search(cache, day.isoformat(), locale) == expected


def test_status_and_type_are_found_by_their_translated_label(cache: Engine):
    assert search(cache, "settled") == in_window(cache, "status = 'settled'")
    assert search(cache, "Credit") == in_window(cache, "invoice_type = 'credit_note'")
    assert search(cache, "open") == in_window(cache, "status = 'open'")


def test_every_word_must_match(cache: Engine):
    order = sql(cache, "SELECT order_number FROM invoice ORDER BY id DESC LIMIT 1")[0][0]
    both = search(cache, f"{order} open")
    assert both == in_window(cache, "order_number = :o AND status = 'open'", o=order)
    assert search(cache, f"{order} settled") == in_window(
        cache, "order_number = :o AND status = 'settled'", o=order
    )


def test_search_is_anded_with_the_criteria(cache: Engine):
    assert search(cache, "open", criteria={"type": "credit_note"}) == in_window(
        cache, "status = 'open' AND invoice_type = 'credit_note'"
    )


def test_punctuation_alone_restricts_nothing(cache: Engine):
    assert search(cache, " - / ") == in_window(cache, "1")


# --- criteria ----------------------------------------------------------------------------


def criteria_rows(cache: Engine, spec: SectionSpec = INVOICES, **criteria: Any) -> set[int]:
    return set(ids(all_pages(cache, spec, state(spec, criteria=criteria))))


def test_status_type_amount_and_date_criteria(cache: Engine):
    start, end = dt.date(2026, 1, 1), dt.date(2026, 6, 30)
    found = criteria_rows(
        cache, date=(start, end), status="settled", type="invoice", amount=(100_000, 500_000)
    )
    expected = sql(
        cache,
        "SELECT id FROM invoice WHERE invoice_date BETWEEN '2026-01-01' AND '2026-06-30' "
        "AND status = 'settled' AND invoice_type = 'invoice' AND total BETWEEN 100000 AND 500000",
    )
    assert found == {r[0] for r in expected} and found


def test_number_criteria_match_the_start_of_the_number(cache: Engine):
    order = sql(cache, "SELECT order_number FROM invoice ORDER BY id DESC LIMIT 1")[0][0]
    prefix = order[:-2]
    found = criteria_rows(cache, order_number=prefix, date=(None, None))
    expected = sql(cache, "SELECT id FROM invoice WHERE order_number LIKE :p", p=f"{prefix}%")
    assert found == {r[0] for r in expected}


def test_only_overdue(cache: Engine):
    found = criteria_rows(cache, overdue=True, date=(None, None))
    expected = sql(
        cache,
        "SELECT id FROM invoice WHERE status = 'open' AND open_amount > 0 AND due_date < :t",
        t=TODAY.isoformat(),
    )
    assert found == {r[0] for r in expected} and found


def test_defaults_are_the_six_month_window_except_for_the_account_balance():
    assert default_criteria(INVOICES, TODAY)["date"] == (dt.date(2026, 5, 16), None)
    assert default_criteria(QUOTES, TODAY) == {
        "number": "",
        "date": (dt.date(2026, 5, 16), None),
        "status": None,
        "type": None,
        "amount": (None, None),
        "order_number": "",
    }
    # Open items are the balance: none may drop out of the list by age.
    assert default_criteria(SECTIONS[Section.ACCOUNT], TODAY)["date"] == (None, None)


# --- reading amounts and dates -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "locale", "cents"),
    [
        ("1.234,50", NL, 123450),
        ("1234,5", NL, 123450),
        ("1234.50", NL, 123450),  # a dot as decimal point works everywhere
        ("€ 12,00", NL, 1200),
        ("1,234.50", EN, 123450),
        ("-5", EN, -500),
        ("1.234", EN, None),  # a tenth of a cent is no amount
        ("12abc", EN, None),
        ("SO-2025", EN, None),
    ],
)
def test_parse_amount(text: str, locale: QLocale, cents: int | None):
    assert parse_amount(text, locale) == cents


@pytest.mark.parametrize(
    ("text", "locale", "day"),
    [
        ("3-2-2025", NL, dt.date(2025, 2, 3)),
        ("03-02-25", NL, dt.date(2025, 2, 3)),
        ("3/2/2025", NL, dt.date(2025, 2, 3)),  # any of - . / as separator
        ("3/2/25", EN, dt.date(2025, 3, 2)),
        ("31.12.2024", DE, dt.date(2024, 12, 31)),
        ("2025-02-03", EN, dt.date(2025, 2, 3)),
        ("1-1-99", NL, dt.date(1999, 1, 1)),
        ("31-02-2025", NL, None),
        ("12345", NL, None),
    ],
)
def test_parse_date(text: str, locale: QLocale, day: dt.date | None):
    assert parse_date(text, locale, TODAY) == day
