"""``dealerdesk sync``: the app's sync without a window."""

from __future__ import annotations

from pathlib import Path

from app.account import AccountService
from app.credentials import TokenStore
from app.main import main
from app.paths import AppPaths
from app.portal.embedded import EmbeddedPortalClient
from models.database import account_cache_path, open_cache
from server.seed import DEMO_ACCOUNTS, DEMO_PASSWORD


def test_sync_without_a_signed_in_account_says_what_to_do(data_dir: Path, capsys):
    assert main(["--data-dir", str(data_dir), "sync"]) == 2
    assert "sign in first" in capsys.readouterr().err


def test_sync_fills_the_cache_of_the_last_signed_in_account(data_dir: Path, capsys):
    paths = AppPaths.portable(data_dir)
    client = EmbeddedPortalClient.open(paths.data_dir)
    account = DEMO_ACCOUNTS[1]
    AccountService(paths, client, TokenStore()).sign_in(account.email, DEMO_PASSWORD)

    assert main(["--data-dir", str(data_dir), "sync"]) == 0

    out = capsys.readouterr().out
    assert f"Synced {account.email}" in out
    cache = open_cache(account_cache_path(paths.data_dir, client.portal_id, account.email))
    with cache.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM invoice").scalar_one() > 0
