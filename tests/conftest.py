"""Shared test set-up: offscreen Qt, an in-memory keyring, and a seeded demo portal.

Tests never touch the user's real data dirs or keyring.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QLocale

from app.portal.contract import SignInRequest
from app.portal.embedded import EmbeddedPortalClient, embedded_portal_path
from app.sync import SyncEngine
from models.database import open_cache
from models.roles import Role
from server.db import make_engine
from server.seed import DEMO_ACCOUNTS, DEMO_PASSWORD, seed
from server.service import PortalService

# The demo data is relative to "today"; tests pin it so that figures are stable.
TODAY = dt.date(2026, 11, 16)


def pytest_configure(config: pytest.Config) -> None:
    # Tests read formatted numbers and dates: the same locale on every machine.
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def seeded_portal_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One seeded `small` portal database per test run; tests get copies of it."""
    path = tmp_path_factory.mktemp("portal") / "portal.sqlite"
    engine = make_engine(f"sqlite:///{path}")
    seed(engine, "small", today=TODAY)
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def synced_cache_file(
    seeded_portal_file: Path, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[Role], Path]:
    """``synced_cache_file(role)``: a cache file synced once per run for the demo user with
    exactly that role. Copy it before writing to it."""
    folder = tmp_path_factory.mktemp("caches")
    shutil.copy(seeded_portal_file, folder / "portal.sqlite")
    made: dict[Role, Path] = {}

    def make(role: Role) -> Path:
        if role not in made:
            portal = make_engine(f"sqlite:///{folder / 'portal.sqlite'}")
            client = EmbeddedPortalClient(PortalService(portal, demo_accounts=DEMO_ACCOUNTS))
            account = next(a for a in DEMO_ACCOUNTS if tuple(a.roles) == (role,))
            token = client.sign_in(SignInRequest(account.email, DEMO_PASSWORD)).token
            path = folder / f"{role.value}.sqlite"
            engine = open_cache(path)
            SyncEngine(client, token, engine).run()
            with engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            engine.dispose()
            portal.dispose()
            made[role] = path
        return made[role]

    return make


@pytest.fixture
def portal_file(seeded_portal_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "portal.sqlite"
    shutil.copy(seeded_portal_file, path)
    return path


@pytest.fixture
def service(portal_file: Path) -> Iterator[PortalService]:
    engine = make_engine(f"sqlite:///{portal_file}")
    yield PortalService(engine, demo_accounts=DEMO_ACCOUNTS)
    engine.dispose()


@pytest.fixture
def client(service: PortalService) -> EmbeddedPortalClient:
    return EmbeddedPortalClient(service)


@pytest.fixture
def data_dir(tmp_path: Path, seeded_portal_file: Path) -> Path:
    """A portable data folder whose embedded portal is already seeded (as after a first run)."""
    folder = tmp_path / "dealerdesk"
    target = embedded_portal_path(folder / "data")
    target.parent.mkdir(parents=True)
    shutil.copy(seeded_portal_file, target)
    return folder


def demo_account(role_key: str):
    """The demo account whose roles are exactly ``role_key`` ("" = no role)."""
    for account in DEMO_ACCOUNTS:
        if ",".join(r.value for r in account.roles) == role_key:
            return account
    raise LookupError(role_key)
