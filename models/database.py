"""Opening the cache: one SQLite file per account, WAL mode, migrated to head on open."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest migration; a test checks it against Alembic's own view of the scripts.
HEAD_REVISION = "0002"


def account_cache_path(data_dir: Path, portal_id: str, email: str) -> Path:
    """Each account (portal + e-mail) gets its own cache file."""
    key = hashlib.sha256(f"{portal_id}\n{email.strip().lower()}".encode()).hexdigest()[:16]
    return data_dir / "accounts" / key / "cache.sqlite"


def make_cache_engine(path: Path) -> Engine:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        # NORMAL is durable across application crashes in WAL mode; only an OS crash
        # can lose the last commits, which the next sync fetches again.
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=5000")
        # A first sync writes millions of rows: a larger page cache and fewer WAL
        # checkpoints keep the index B-trees in memory while it does.
        cur.execute("PRAGMA cache_size=-32768")
        cur.execute("PRAGMA wal_autocheckpoint=10000")
        cur.close()

    return engine


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the cache schema to ``revision`` (an empty file gets the whole schema)."""
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def stored_revision(engine: Engine) -> str | None:
    """The schema revision recorded in the cache, read without loading Alembic."""
    with engine.connect() as conn:
        known = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        return (
            conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            if known
            else None
        )


def open_cache(path: Path) -> Engine:
    """The account's cache engine, migrated to the current schema."""
    engine = make_cache_engine(path)
    # Alembic (with Mako) costs a third of a second to import: only when there is work.
    if stored_revision(engine) != HEAD_REVISION:
        migrate(engine)
    return engine
