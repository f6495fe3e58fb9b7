"""``dealerdesk sync``: the same sync as the app, without a window (for a scheduled task)."""

from __future__ import annotations

import sys

from app.account import AccountService
from app.credentials import TokenStore
from app.paths import AppPaths
from app.portal import contract as c
from app.portal import open_portal


def sync_without_window(paths: AppPaths, server_url: str | None = None) -> int:
    accounts = AccountService(paths, open_portal(paths.data_dir, server_url), TokenStore())
    try:
        account = accounts.resume()
    except c.PortalError as err:
        print(f"dealerdesk sync: {err.message}", file=sys.stderr)
        return 1
    if account is None:
        print(
            "dealerdesk sync: no signed-in account. Start DealerDesk and sign in first.",
            file=sys.stderr,
        )
        return 2
    if account.offline:
        print("dealerdesk sync: the portal cannot be reached; nothing synced.", file=sys.stderr)
        return 1

    def progress(feed: c.Feed, received: int) -> None:
        print(f"  {feed.value}: {received} received", flush=True)

    try:
        result = accounts.sync(account, progress=progress)
    except c.PortalError as err:
        print(f"dealerdesk sync: {err.message}", file=sys.stderr)
        return 1
    print(
        f"Synced {account.user.email}: {result.total_received} documents received, "
        f"{sum(result.deleted.values())} deleted, {len(result.purged)} feeds not granted."
    )
    return 0
