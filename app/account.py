"""Signing in and out, and reopening the last account: the app's session life cycle.

Qt-free, so that the GUI and ``dealerdesk sync`` share it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.engine import Engine

from app.credentials import KeyringUnavailable, TokenStore
from app.paths import AppPaths
from app.portal import contract as c
from app.portal import messages as msg
from app.portal.records import user_from_record
from app.settings import Settings
from app.sync import ProgressCallback, SyncEngine, SyncResult
from models import sync_state
from models.database import account_cache_path, open_cache


@dataclass
class SignedIn:
    user: c.UserInfo
    token: str
    cache: Engine
    portal_id: str
    # False when no keyring backend exists: the next start asks for the password again.
    token_kept: bool = True
    # True when the portal could not be reached and the user comes from the cache.
    offline: bool = False


class AccountService:
    def __init__(self, paths: AppPaths, client: c.PortalClient, tokens: TokenStore) -> None:
        self.paths = paths
        self.client = client
        self.tokens = tokens
        self.settings = Settings.load(paths.settings_file)

    def sign_in(self, email: str, password: str) -> SignedIn:
        """Sign in with the portal; raises ``PortalError`` with the portal's reason."""
        email = email.strip()
        if not email or not password:
            raise c.PortalError(c.ErrorCode.INVALID, msg.MISSING_CREDENTIALS)
        session = self.client.sign_in(c.SignInRequest(email=email, password=password))
        token_kept = True
        try:
            self.tokens.save(self.client.portal_id, session.user.email, session.token)
        except KeyringUnavailable:
            token_kept = False
        self.settings.last_email = session.user.email
        self.settings.last_portal_id = self.client.portal_id
        self.settings.save(self.paths.settings_file)
        return SignedIn(
            user=session.user,
            token=session.token,
            cache=self._open_cache(session.user.email),
            portal_id=self.client.portal_id,
            token_kept=token_kept,
        )

    def resume(self) -> SignedIn | None:
        """The last account, if its token is still kept: online, or offline from the cache."""
        email = self.settings.last_email
        if not email or self.settings.last_portal_id != self.client.portal_id:
            return None
        token = self.tokens.load(self.client.portal_id, email)
        if not token:
            return None
        try:
            user = self.client.whoami(token)
        except c.PortalError as err:
            if err.code is not c.ErrorCode.UNREACHABLE:
                self.tokens.forget(self.client.portal_id, email)
                return None
            return self._offline(email, token)
        return SignedIn(user, token, self._open_cache(email), self.client.portal_id)

    def _offline(self, email: str, token: str) -> SignedIn | None:
        cache = self._open_cache(email)
        with cache.connect() as conn:
            record = sync_state.get_info(conn, sync_state.USER_KEY)
        if record is None:
            return None
        return SignedIn(user_from_record(record), token, cache, self.client.portal_id, offline=True)

    def sign_out(self, account: SignedIn) -> None:
        """Forget the token here and end the session at the portal when reachable."""
        try:
            self.client.sign_out(account.token)
        except c.PortalError:
            pass  # unreachable or already ended: the token is forgotten locally anyway
        self.tokens.forget(account.portal_id, account.user.email)
        self.settings.last_email = ""
        self.settings.save(self.paths.settings_file)
        account.cache.dispose()

    def sync(
        self,
        account: SignedIn,
        progress: ProgressCallback | None = None,
        cancelled: Callable[[], bool] = lambda: False,
    ) -> SyncResult:
        result = SyncEngine(self.client, account.token, account.cache).run(progress, cancelled)
        account.user = result.user
        account.offline = False
        return result

    def _open_cache(self, email: str) -> Engine:
        return open_cache(account_cache_path(self.paths.data_dir, self.client.portal_id, email))
