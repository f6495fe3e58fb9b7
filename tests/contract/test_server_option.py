"""``dealerdesk --server URL``: the app's accounts and sync over HTTP."""

from __future__ import annotations

from pathlib import Path

from app.account import AccountService
from app.credentials import TokenStore
from app.main import main
from app.paths import AppPaths
from app.portal import open_portal
from app.portal.http_client import HttpPortalClient
from models.database import account_cache_path, open_cache
from server.seed import DEMO_ACCOUNTS, DEMO_PASSWORD


def test_open_portal_picks_http_with_a_server_url(server_url: str, tmp_path: Path):
    assert isinstance(open_portal(tmp_path, server_url), HttpPortalClient)


def test_headless_sync_over_http(server_url: str, tmp_path: Path, capsys):
    paths = AppPaths.portable(tmp_path / "dd")
    client = open_portal(paths.data_dir, server_url)
    account = DEMO_ACCOUNTS[1]
    AccountService(paths, client, TokenStore()).sign_in(account.email, DEMO_PASSWORD)

    assert main(["--data-dir", str(tmp_path / "dd"), "--server", server_url, "sync"]) == 0

    assert f"Synced {account.email}" in capsys.readouterr().out
    cache = open_cache(account_cache_path(paths.data_dir, client.portal_id, account.email))
    with cache.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM invoice").scalar_one() > 0
    # The embedded demo portal was never created: the server URL was used instead.
    assert not (paths.data_dir / "embedded-portal").exists()


def test_each_server_has_its_own_accounts(server_url: str, tmp_path: Path, capsys):
    paths = AppPaths.portable(tmp_path / "dd")
    client = open_portal(paths.data_dir, server_url)
    AccountService(paths, client, TokenStore()).sign_in(DEMO_ACCOUNTS[1].email, DEMO_PASSWORD)
    other = "http://127.0.0.1:9"  # another portal (nothing answers there)
    assert main(["--data-dir", str(tmp_path / "dd"), "--server", other, "sync"]) == 2
    assert "sign in first" in capsys.readouterr().err
