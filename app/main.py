"""Command line of the desktop app: ``dealerdesk`` (the window) and ``dealerdesk sync``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from app.paths import AppPaths


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dealerdesk", description="DealerDesk: your manufacturer's portal on the desktop."
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="keep all data and settings in this folder (portable mode)",
    )
    parser.add_argument(
        "--server",
        metavar="URL",
        help="use the portal at this URL over HTTP (default: the embedded demo portal)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log more detail")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("sync", help="sync the last signed-in account without opening a window")
    return parser


def main(argv: list[str] | None = None) -> int:
    args, qt_args = _parser().parse_known_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING)
    paths = AppPaths.portable(args.data_dir) if args.data_dir else AppPaths.default()
    if args.command == "sync":
        from app.headless import sync_without_window

        return sync_without_window(paths, args.server)
    from app.gui import run_gui

    return run_gui(paths, qt_args, args.server)


if __name__ == "__main__":
    sys.exit(main())
