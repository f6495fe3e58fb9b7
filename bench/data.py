"""Bench data: demo portals and app data folders whose cache holds exactly N invoices.

Everything lives under one folder (``bench/.data`` unless ``--data-dir``) and is reused by
later runs (a ``manifest.json`` beside each piece says what it is):

* ``portal-small.sqlite``: the ``small`` demo portal (first-full-sync benchmark);
* ``portal-large.sqlite``: the ``large`` demo portal: a copy of a prebuilt one
  (``--large-portal``, default ``/tmp/large.sqlite`` when present) or seeded (~100 s);
* ``portal-scaled-N.sqlite``: for smoke runs, a portal seeded by the same generator with a
  volume sized for N invoices (seconds, not minutes);
* ``<source>-<N>/``: a portable app data folder (``--data-dir`` layout) signed in as the
  account-balance user, whose cache holds exactly N of the portal's invoices, spread
  evenly over its ten years, and the same share of every other section, with the feed
  cursors at the portal's head (so a start-up sync finds nothing new).

The caches are filled by SQL straight from the portal (the contract's field names are the
cache's column names, values are stored in the same form); ``verify_copy_matches_sync``
checks that against a real ``SyncEngine`` run. The search index is filled by the cache's
own triggers. Then the planner statistics are refreshed as ``SyncEngine.run`` does after a
big sync (``PRAGMA analysis_limit=1000; ANALYZE``), so queries plan as in a synced cache.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.ingest import FEED_TABLES
from app.paths import AppPaths
from app.portal import contract as c
from app.portal.embedded import EMBEDDED_PORTAL_ID, EmbeddedPortalClient, embedded_portal_path
from app.portal.records import user_to_record
from app.settings import Settings
from bench.common import ACCOUNT_EMAIL, DEALER_CUSTOMER_NUMBER, TODAY
from models import sync_state
from models.database import account_cache_path, open_cache
from server.db import make_engine
from server.feeds import FEED_SOURCES
from server.seed import DEMO_PASSWORD, SIZES, seed
from server.seed_documents import Volume
from server.service import PortalService

DEFAULT_PREBUILT_LARGE = Path("/tmp/large.sqlite")
# Invoices of the demo dealer in the `large` demo data (seed 42): sizes the scaled portals.
LARGE_DEALER_INVOICES = 1_083_060
DOCUMENT_FEEDS = tuple(f for f in c.Feed if f.section is not None)


def log(message: str) -> None:
    print(f"[bench] {message}", flush=True)


# --- portals ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Portal:
    """A demo portal database with a signed-in session of the bench account."""

    source: str  # small, large, scaled-N
    path: Path
    token: str

    def client(self) -> EmbeddedPortalClient:
        return EmbeddedPortalClient(PortalService(make_engine(f"sqlite:///{self.path}")))

    def dealer_invoices(self) -> int:
        with closing(_read_only(self.path)) as db:
            company = _dealer_id(db)
            return int(
                db.execute(
                    "SELECT count(*) FROM invoice WHERE company_id = ?", (company,)
                ).fetchone()[0]
            )


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def _dealer_id(db: sqlite3.Connection) -> int:
    row = db.execute(
        "SELECT id FROM company WHERE customer_number = ?", (DEALER_CUSTOMER_NUMBER,)
    ).fetchone()
    if row is None:
        raise RuntimeError("the portal has no demo dealer")
    return int(row[0])


def read_manifest(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_manifest(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, default=str))


def remove_db(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _sign_in(path: Path) -> str:
    engine = make_engine(f"sqlite:///{path}")
    try:
        session = PortalService(engine).sign_in(c.SignInRequest(ACCOUNT_EMAIL, DEMO_PASSWORD))
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()
    return session.token


def scaled_volume(invoices: int) -> Volume:
    """The `large` volume scaled down to about ``invoices`` invoices (same ten years)."""
    large = SIZES["large"]
    factor = invoices * 1.06 / LARGE_DEALER_INVOICES  # a little more: we sample exactly N
    return Volume(
        years=large.years,
        quotes_per_day=large.quotes_per_day * factor,
        orders_per_day=large.orders_per_day * factor,
        order_share=large.order_share,
        max_lines_per_delivery=large.max_lines_per_delivery,
        max_order_lines=large.max_order_lines,
        payments=SIZES["small"].payments,
    )


def _seed_file(path: Path, size: str, volume: Volume | None = None) -> float:
    """Seed a new portal file; a volume of our own is registered under a bench-only name.

    ``server.seed.seed`` takes a size name; a ``volume=`` parameter there would spare this
    temporary entry in its table.
    """
    remove_db(path)
    tmp = path.with_suffix(".seeding")
    remove_db(tmp)
    engine = make_engine(f"sqlite:///{tmp}")
    registered = False
    try:
        if volume is not None and size not in SIZES:
            SIZES[size] = volume
            registered = True
        report = seed(engine, size, today=TODAY)
        with engine.begin() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        if registered:
            del SIZES[size]
        engine.dispose()
    tmp.rename(path)
    return report.elapsed_seconds


def _copy_portal(source: Path, target: Path) -> None:
    """A consistent copy of a (possibly WAL-mode) SQLite file, read-only on the source."""
    remove_db(target)
    tmp = target.with_suffix(".copying")
    remove_db(tmp)
    with closing(_read_only(source)) as src, closing(sqlite3.connect(tmp)) as dst:
        src.backup(dst, pages=65536)
    tmp.rename(target)


def _valid_large(path: Path) -> bool:
    try:
        with closing(_read_only(path)) as db:
            company = _dealer_id(db)
            count, last = db.execute(
                "SELECT count(*), max(invoice_date) FROM invoice WHERE company_id = ?", (company,)
            ).fetchone()
    except (sqlite3.Error, RuntimeError):
        return False
    # Seeded with our TODAY (the data ends on it) and of the large size.
    return (
        count > 1_000_000
        and last is not None
        and TODAY - dt.timedelta(days=40) <= (dt.date.fromisoformat(last)) <= TODAY
    )


def prepare_portal(root: Path, source: str, prebuilt_large: Path | None = None) -> Portal:
    """The portal of ``source`` under ``root``, made on first use (then reused)."""
    root.mkdir(parents=True, exist_ok=True)
    path = root / f"portal-{source}.sqlite"
    manifest_path = root / f"portal-{source}.json"
    manifest = read_manifest(manifest_path)
    if manifest and path.exists() and manifest.get("today") == TODAY.isoformat():
        return Portal(source, path, str(manifest["token"]))
    started = time.perf_counter()
    how: str
    if source == "small":
        log("seeding the small demo portal")
        _seed_file(path, "small")
        how = "seeded small"
    elif source == "large":
        candidate = prebuilt_large or DEFAULT_PREBUILT_LARGE
        if candidate.exists() and _valid_large(candidate):
            log(f"copying the prebuilt large portal {candidate}")
            _copy_portal(candidate, path)
            how = f"copy of {candidate}"
        else:
            log("seeding the large demo portal (about 100 s)")
            _seed_file(path, "large")
            how = "seeded large"
    elif source.startswith("scaled-"):
        invoices = int(source.removeprefix("scaled-"))
        log(f"seeding a demo portal scaled for {invoices:,} invoices")
        _seed_file(path, f"bench-{invoices}", scaled_volume(invoices))
        how = f"seeded with the large volume scaled for {invoices} invoices"
    else:
        raise ValueError(f"unknown portal source {source!r}")
    token = _sign_in(path)
    write_manifest(
        manifest_path,
        {
            "source": source,
            "how": how,
            "today": TODAY.isoformat(),
            "token": token,
            "seconds": round(time.perf_counter() - started, 1),
        },
    )
    return Portal(source, path, token)


# --- N-row caches -----------------------------------------------------------------------


@dataclass(frozen=True)
class Tier:
    """A portable app data folder whose cache holds exactly ``rows`` invoices."""

    rows: int
    folder: Path
    portal: Portal

    @property
    def paths(self) -> AppPaths:
        return AppPaths.portable(self.folder)

    @property
    def cache_path(self) -> Path:
        return account_cache_path(self.paths.data_dir, EMBEDDED_PORTAL_ID, ACCOUNT_EMAIL)

    def link_portal(self) -> None:
        """The app opens its embedded portal from the data folder: link ours there."""
        link = embedded_portal_path(self.paths.data_dir)
        link.parent.mkdir(parents=True, exist_ok=True)
        if link.is_symlink() and link.resolve() == self.portal.path.resolve():
            return
        link.unlink(missing_ok=True)
        link.symlink_to(self.portal.path.resolve())

    def counts(self) -> dict[str, int]:
        manifest = read_manifest(self.folder / "manifest.json") or {}
        return dict(manifest.get("counts", {}))


def _sample_sql(src_table: str, columns: str, where: str) -> str:
    """Exactly :n of the :m matching rows, spread evenly in id order."""
    return (
        f"SELECT {columns} FROM (SELECT {columns}, row_number() OVER (ORDER BY id) AS rn "
        f'FROM portal."{src_table}" WHERE {where}) '
        "WHERE (rn * :n) / :m > ((rn - 1) * :n) / :m"
    )


def copy_documents(cache_path: Path, portal_path: Path, invoices: int | None) -> dict[str, int]:
    """Fill an empty, migrated cache from the portal: ``invoices`` of the demo dealer's
    invoices (None: all) and the same share of every other section; reference data whole.
    """
    counts: dict[str, int] = {}
    db = sqlite3.connect(cache_path, isolation_level=None)
    try:
        db.execute("PRAGMA synchronous=OFF")
        db.execute("PRAGMA cache_size=-262144")
        db.execute("ATTACH DATABASE ? AS portal", (f"file:{portal_path}?mode=ro",))
        company = int(
            db.execute(
                "SELECT id FROM portal.company WHERE customer_number = ?",
                (DEALER_CUSTOMER_NUMBER,),
            ).fetchone()[0]
        )
        total = db.execute(
            "SELECT count(*) FROM portal.invoice WHERE company_id = ?", (company,)
        ).fetchone()[0]
        wanted = total if invoices is None else invoices
        if wanted > total:
            raise ValueError(f"the portal has {total:,} invoices; {wanted:,} were asked for")
        db.execute("BEGIN")
        for feed in c.Feed:
            src, dst = FEED_SOURCES[feed], FEED_TABLES[feed]
            where = "company_id = :company" if src.per_company else "1"
            m = db.execute(
                f'SELECT count(*) FROM portal."{src.table.name}" WHERE {where}',
                {"company": company},
            ).fetchone()[0]
            if feed is c.Feed.INVOICES:
                n = wanted
            elif feed.section is None:
                n = m  # products, addresses, contacts: reference data, whole
            else:
                n = round(m * wanted / total) if total else 0
            cols = ", ".join(dst.columns)
            if n and m:
                db.execute(
                    f"INSERT INTO main.{dst.table} ({cols}) "
                    + _sample_sql(src.table.name, cols, where),
                    {"company": company, "n": n, "m": m},
                )
            counts[dst.table] = n
            if dst.line_table and src.line_table is not None:
                line_cols = ", ".join((dst.line_fk, *dst.line_columns))
                db.execute(
                    f"INSERT INTO main.{dst.line_table} ({line_cols}) "
                    f'SELECT {line_cols} FROM portal."{src.line_table.name}" '
                    f"WHERE {dst.line_fk} IN (SELECT id FROM main.{dst.table}) "
                    f"ORDER BY {dst.line_fk}, line_no"
                )
                counts[dst.line_table] = db.execute(
                    f"SELECT count(*) FROM main.{dst.line_table}"
                ).fetchone()[0]
        db.execute("COMMIT")
        db.execute("DETACH DATABASE portal")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    return counts


def analyze(cache_path: Path) -> None:
    """Planner statistics as ``app.sync.SyncEngine.run`` leaves them after a large sync."""
    with closing(sqlite3.connect(cache_path, isolation_level=None)) as db:
        db.execute("PRAGMA analysis_limit=1000")
        db.execute("ANALYZE")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def feed_heads(portal_path: Path) -> dict[c.Feed, int]:
    """Each feed's newest change (seq) for the demo dealer: a synced cache's cursors."""
    heads: dict[c.Feed, int] = {}
    with closing(_read_only(portal_path)) as db:
        company = _dealer_id(db)
        for feed in c.Feed:
            src = FEED_SOURCES[feed]
            sql = f'SELECT max(seq) FROM "{src.table.name}"'
            if src.per_company:
                docs = db.execute(f"{sql} WHERE company_id = ?", (company,)).fetchone()[0]
            else:
                docs = db.execute(sql).fetchone()[0]
            tombs = db.execute(
                "SELECT max(seq) FROM tombstone WHERE company_id = ? AND feed = ?",
                (company if src.per_company else 0, feed.value),
            ).fetchone()[0]
            heads[feed] = max(docs or 0, tombs or 0)
    return heads


def mark_synced(cache_path: Path, portal: Portal) -> None:
    """Cursors at the portal's head and the account facts, as after a complete sync."""
    user = portal.client().whoami(portal.token)
    engine = open_cache(cache_path)
    now = dt.datetime.now(dt.UTC)
    try:
        with engine.begin() as conn:
            sync_state.put_info(conn, sync_state.USER_KEY, user_to_record(user))
            for feed, head in feed_heads(portal.path).items():
                sync_state.save_cursor(conn, feed.value, head, now)
            sync_state.put_info(conn, sync_state.LAST_SYNC_KEY, now.isoformat())
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        engine.dispose()


def prepare_tier(root: Path, portal: Portal, rows: int) -> Tier:
    """The app data folder of ``rows`` invoices from ``portal``, built on first use."""
    folder = root / f"{portal.source}-{rows}"
    tier = Tier(rows, folder, portal)
    manifest = read_manifest(folder / "manifest.json")
    if manifest and manifest.get("rows") == rows and tier.cache_path.exists():
        if not manifest.get("analyzed"):  # built by an earlier version of the bench
            analyze(tier.cache_path)
            write_manifest(folder / "manifest.json", {**manifest, "analyzed": True})
        mark_synced(tier.cache_path, portal)  # a bench run may have moved the portal on
        tier.link_portal()
        return tier
    log(f"building the {rows:,}-invoice cache from {portal.path.name}")
    started = time.perf_counter()
    if folder.exists():
        shutil.rmtree(folder)
    building = tier.cache_path.with_name("cache.building")
    building.parent.mkdir(parents=True, exist_ok=True)
    open_cache(building).dispose()  # the app's schema: migrations to head
    counts = copy_documents(building, portal.path, rows)
    analyze(building)
    building.rename(tier.cache_path)
    remove_db(building)
    mark_synced(tier.cache_path, portal)
    Settings(last_email=ACCOUNT_EMAIL, last_portal_id=EMBEDDED_PORTAL_ID).save(
        tier.paths.settings_file
    )
    tier.link_portal()
    seconds = time.perf_counter() - started
    write_manifest(
        folder / "manifest.json",
        {
            "rows": rows,
            "portal": portal.path.name,
            "counts": counts,
            "build_seconds": round(seconds, 1),
            "analyzed": True,
            "cache_bytes": tier.cache_path.stat().st_size,
        },
    )
    log(f"  built in {seconds:.0f} s: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    return tier


# --- checks -----------------------------------------------------------------------------


@contextmanager
def _scratch(root: Path, name: str) -> Iterator[Path]:
    path = root / name
    remove_db(path)
    try:
        yield path
    finally:
        remove_db(path)


def _table_rows(path: Path, table: str, columns: tuple[str, ...]) -> list[tuple[Any, ...]]:
    with closing(_read_only(path)) as db:
        return db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1, 2").fetchall()


def verify_copy_matches_sync(root: Path, portal: Portal) -> list[str]:
    """Differences between a cache filled by ``copy_documents`` (everything) and one
    filled by a real first sync of the same portal; empty when they hold the same data."""
    from app.sync import SyncEngine

    problems: list[str] = []
    with (
        _scratch(root, "check-copy.sqlite") as copied,
        _scratch(root, "check-sync.sqlite") as synced,
    ):
        open_cache(copied).dispose()
        copy_documents(copied, portal.path, None)
        engine = open_cache(synced)
        try:
            SyncEngine(portal.client(), portal.token, engine).run()
        finally:
            engine.dispose()
        for feed in c.Feed:
            spec = FEED_TABLES[feed]
            tables = [(spec.table, spec.columns)]
            if spec.line_table:
                tables.append((spec.line_table, (spec.line_fk, *spec.line_columns)))
            for table, columns in tables:
                a, b = _table_rows(copied, table, columns), _table_rows(synced, table, columns)
                if a != b:
                    problems.append(f"{table}: copy {len(a)} rows, sync {len(b)} rows differ")
        for fts, word in (("invoice_fts", "inv"), ("sales_order_fts", "so")):
            query = f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid"
            with closing(_read_only(copied)) as x, closing(_read_only(synced)) as y:
                if x.execute(query, (word,)).fetchall() != y.execute(query, (word,)).fetchall():
                    problems.append(f"{fts}: search results differ")
    return problems
