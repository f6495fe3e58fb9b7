"""Command line of the reference portal: ``dealerdesk-server seed|serve ...``.

Subcommands: ``seed`` fills a new portal database with demo data; ``serve`` runs the portal
API over HTTP on a database (``server.api``).
Errors a user can cause (bad arguments, a database that already has data, a path that
cannot be opened) print one clear line on stderr and exit with status 2.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError

if TYPE_CHECKING:
    from server.service import PortalService

EXIT_USAGE = 2


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dealerdesk-server", description="The DealerDesk reference portal."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    seed = commands.add_parser(
        "seed",
        help="fill a new portal database with demo data",
        description="Fill a new, empty portal database with deterministic demo data.",
    )
    seed.add_argument(
        "--db", required=True, metavar="URL", help="SQLAlchemy URL, e.g. sqlite:///portal.sqlite"
    )
    seed.add_argument(
        "--size", required=True, choices=("small", "large"), help="amount of demo data"
    )
    seed.add_argument(
        "--today",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the date the demo data is relative to (default: today)",
    )
    seed.add_argument(
        "--seed",
        type=int,
        default=42,
        dest="seed_value",
        metavar="N",
        help="random seed (default: 42)",
    )
    serve = commands.add_parser(
        "serve",
        help="run the portal API over HTTP",
        description="Serve the portal API (OpenAPI at /openapi.json) on a portal database.",
    )
    serve.add_argument(
        "--db", required=True, metavar="URL", help="SQLAlchemy URL, e.g. sqlite:///portal.sqlite"
    )
    serve.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)"
    )
    serve.add_argument("--port", type=int, default=8765, help="port to listen on (default: 8765)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed usage and the error (or --help)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command == "serve":
        return _serve(args.db, args.host, args.port)
    return _seed(args.db, args.size, args.today, args.seed_value)


def _seed(url: str, size: str, today: dt.date | None, seed_value: int) -> int:
    # Imported here so that `--help` stays quick.
    from server.db import make_engine
    from server.seed import seed

    try:
        engine = make_engine(url)
    except ArgumentError as exc:
        return _fail(f"not a database URL: {url!r} ({exc})")
    try:
        report = seed(engine, size, today=today, seed_value=seed_value)
    except ValueError as exc:
        return _fail(str(exc))
    except OperationalError as exc:
        return _fail(f"cannot use the database {url!r}: {exc.orig}")
    except KeyboardInterrupt:
        print("dealerdesk-server: interrupted; the seed was rolled back.", file=sys.stderr)
        return 130
    finally:
        engine.dispose()

    print(f"Seeded {size} demo data relative to {report.today.isoformat()} into {url}")
    width = max(len(name) for name in report.counts)
    for name, count in report.counts.items():
        print(f"  {name:<{width}}  {count:>12,}")
    print(f"  {'total':<{width}}  {report.total_rows:>12,}")
    print(f"Elapsed: {report.elapsed_seconds:.1f} s")
    path = _sqlite_path(url)
    if path is not None and os.path.exists(path):
        print(f"Database file: {path} ({os.path.getsize(path) / 1_000_000:,.1f} MB)")
    return 0


def open_service(url: str) -> PortalService:
    """The portal service on ``url``; it offers the demo accounts only if the database was
    seeded with the demo company (``server.seed``)."""
    from sqlalchemy import select

    from server import db
    from server.seed import DEMO_ACCOUNTS, DEMO_DEALER
    from server.service import PortalService

    engine = db.make_engine(url)
    with engine.connect() as conn:
        demo = conn.scalar(
            select(db.Company.id).where(db.Company.customer_number == DEMO_DEALER.customer_number)
        )
    return PortalService(engine, demo_accounts=DEMO_ACCOUNTS if demo is not None else ())


def _serve(url: str, host: str, port: int) -> int:
    import uvicorn

    from server.api import create_app

    try:
        service = open_service(url)
    except ArgumentError as exc:
        return _fail(f"not a database URL: {url!r} ({exc})")
    except OperationalError as exc:
        return _fail(f"cannot use the database {url!r}: {exc.orig}")
    print(f"Serving the portal on {url} at http://{host}:{port} (OpenAPI: /openapi.json)")
    uvicorn.run(create_app(service), host=host, port=port, log_level="info")
    return 0


def _sqlite_path(url: str) -> str | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return parsed.database


def _fail(message: str) -> int:
    print(f"dealerdesk-server: error: {message}", file=sys.stderr)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
