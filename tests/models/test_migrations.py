"""Cache migrations: an empty file and a previous-version cache both reach head."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from models.database import current_revision, head_revision, make_cache_engine, migrate, open_cache
from models.migrations.env_filters import include_object
from models.schema import Base


def test_an_empty_cache_is_migrated_to_head(tmp_path: Path):
    engine = open_cache(tmp_path / "cache.sqlite")
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
    assert {"invoice", "invoice_fts", "ui_preference", "sync_state"} <= tables


def test_the_migrated_schema_matches_the_models(tmp_path: Path):
    engine = open_cache(tmp_path / "cache.sqlite")
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include_object})
        assert compare_metadata(context, Base.metadata) == []


def test_a_previous_version_cache_keeps_its_data_and_becomes_searchable(tmp_path: Path):
    engine = make_cache_engine(tmp_path / "cache.sqlite")
    migrate(engine, "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO invoice VALUES (7, 'INV-2025-000007', 'invoice', '2025-03-01', "
            "'2025-03-31', 'SO-2025-000123', 'DN-2025-000456', 10000, 2100, 12100, 12100, "
            "'EUR', 'open')"
        )
        conn.exec_driver_sql("INSERT INTO sync_state VALUES ('invoices', 42, NULL)")
    assert current_revision(engine) == "0001"

    engine = open_cache(tmp_path / "cache.sqlite")

    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT total FROM invoice WHERE id = 7").scalar_one() == 12100
        assert conn.exec_driver_sql("SELECT cursor FROM sync_state").scalar_one() == 42
        hits = conn.exec_driver_sql(
            "SELECT rowid FROM invoice_fts WHERE invoice_fts MATCH 'SO*'"
        ).all()
    assert hits == [(7,)]


def test_the_recorded_head_is_alembics_head(tmp_path: Path):
    from models.database import HEAD_REVISION, stored_revision

    assert head_revision() == HEAD_REVISION
    engine = open_cache(tmp_path / "cache.sqlite")
    assert stored_revision(engine) == HEAD_REVISION
    assert stored_revision(make_cache_engine(tmp_path / "empty.sqlite")) is None
