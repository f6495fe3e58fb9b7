"""Sign-in, the keyring, sign-out and reopening the last account."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from app.account import AccountService
from app.credentials import SERVICE, TokenStore
from app.paths import AppPaths
from app.portal import contract as c
from app.portal import messages as msg
from app.portal.embedded import EmbeddedPortalClient
from models.database import account_cache_path
from server.seed import DEMO_ACCOUNTS, DEMO_PASSWORD

ACCOUNT = DEMO_ACCOUNTS[1]


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths.portable(tmp_path / "dd")


def test_sign_in_keeps_the_token_in_the_keyring_not_in_a_file(
    paths: AppPaths, client: EmbeddedPortalClient, memory_keyring
):
    accounts = AccountService(paths, client, TokenStore())
    account = accounts.sign_in(ACCOUNT.email, DEMO_PASSWORD)
    assert account.token_kept
    key = f"{client.portal_id}:{ACCOUNT.email}"
    assert memory_keyring.secrets[(SERVICE, key)] == account.token
    for file in paths.config_dir.rglob("*"):
        if file.is_file():
            assert account.token not in file.read_text(errors="ignore")
    assert account_cache_path(paths.data_dir, client.portal_id, ACCOUNT.email).exists()


def test_the_next_start_resumes_the_account(paths: AppPaths, client: EmbeddedPortalClient):
    AccountService(paths, client, TokenStore()).sign_in(ACCOUNT.email, DEMO_PASSWORD)
    resumed = AccountService(paths, client, TokenStore()).resume()
    assert resumed is not None
    assert resumed.user.email == ACCOUNT.email
    assert not resumed.offline


@pytest.mark.parametrize(
    ("email", "password", "code"),
    [
        (ACCOUNT.email, "not-the-password", c.ErrorCode.BAD_CREDENTIALS),
        ("someone@else.example", DEMO_PASSWORD, c.ErrorCode.BAD_CREDENTIALS),
        (ACCOUNT.email, "", c.ErrorCode.INVALID),
    ],
)
def test_a_refused_sign_in_says_why(
    paths: AppPaths, client: EmbeddedPortalClient, email: str, password: str, code: c.ErrorCode
):
    with pytest.raises(c.PortalError) as err:
        AccountService(paths, client, TokenStore()).sign_in(email, password)
    assert err.value.code is code
    assert err.value.message


def test_a_deactivated_account_cannot_sign_in(
    paths: AppPaths, client: EmbeddedPortalClient, service
):
    from sqlalchemy import update

    from server import db

    with service._sessions() as s:
        s.execute(
            update(db.User).where(db.User.email == ACCOUNT.email).values(status="deactivated")
        )
        s.commit()
    with pytest.raises(c.PortalError) as err:
        AccountService(paths, client, TokenStore()).sign_in(ACCOUNT.email, DEMO_PASSWORD)
    assert err.value.code is c.ErrorCode.ACCOUNT_DEACTIVATED


def test_without_a_keyring_backend_the_token_lives_for_this_run_only(
    paths: AppPaths, client: EmbeddedPortalClient
):
    keyring.set_keyring(fail.Keyring())
    accounts = AccountService(paths, client, TokenStore())
    account = accounts.sign_in(ACCOUNT.email, DEMO_PASSWORD)
    assert not account.token_kept
    assert client.whoami(account.token).email == ACCOUNT.email
    # A new start has nothing to resume: the password is asked again.
    assert AccountService(paths, client, TokenStore()).resume() is None


def test_sign_out_forgets_the_token_and_ends_the_session(
    paths: AppPaths, client: EmbeddedPortalClient, memory_keyring
):
    accounts = AccountService(paths, client, TokenStore())
    account = accounts.sign_in(ACCOUNT.email, DEMO_PASSWORD)
    accounts.sign_out(account)
    assert memory_keyring.secrets == {}
    with pytest.raises(c.PortalError):
        client.whoami(account.token)
    assert AccountService(paths, client, TokenStore()).resume() is None


class UnreachablePortal:
    """A portal client whose network is down."""

    portal_id = "embedded-demo"

    def __getattr__(self, name: str):
        def fail(*args: object) -> None:
            raise c.PortalError(c.ErrorCode.UNREACHABLE, msg.UNREACHABLE)

        return fail


def test_offline_start_opens_the_cached_account(paths: AppPaths, client: EmbeddedPortalClient):
    accounts = AccountService(paths, client, TokenStore())
    account = accounts.sign_in(ACCOUNT.email, DEMO_PASSWORD)
    accounts.sync(account)
    account.cache.dispose()

    offline = AccountService(paths, UnreachablePortal(), TokenStore()).resume()  # type: ignore[arg-type]
    assert offline is not None and offline.offline
    assert offline.user.email == ACCOUNT.email
    with offline.cache.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM quote").scalar_one() > 0


def test_each_account_has_its_own_cache(paths: AppPaths, client: EmbeddedPortalClient):
    accounts = AccountService(paths, client, TokenStore())
    first = accounts.sign_in(DEMO_ACCOUNTS[1].email, DEMO_PASSWORD)
    second = accounts.sign_in(DEMO_ACCOUNTS[2].email, DEMO_PASSWORD)
    assert str(first.cache.url) != str(second.cache.url)
