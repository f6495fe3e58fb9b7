"""Session tokens in the system keyring (never in a file).

Where the system has no keyring backend, the token is kept in memory for this run only
and the caller tells the user that the next start asks for the password again.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

SERVICE = "DealerDesk"


class KeyringUnavailable(Exception):
    """No secure storage: the token cannot be kept beyond this run."""


class TokenStore:
    def __init__(self) -> None:
        self._memory: dict[str, str] = {}

    @staticmethod
    def _key(portal_id: str, email: str) -> str:
        return f"{portal_id}:{email.strip().lower()}"

    def save(self, portal_id: str, email: str, token: str) -> None:
        """Keep the token; raises ``KeyringUnavailable`` if it is kept in memory only."""
        key = self._key(portal_id, email)
        self._memory[key] = token
        try:
            keyring.set_password(SERVICE, key, token)
        except (NoKeyringError, KeyringError, RuntimeError) as err:
            raise KeyringUnavailable(str(err)) from err

    def load(self, portal_id: str, email: str) -> str | None:
        key = self._key(portal_id, email)
        if key in self._memory:
            return self._memory[key]
        try:
            return keyring.get_password(SERVICE, key)
        except (NoKeyringError, KeyringError, RuntimeError):
            return None

    def forget(self, portal_id: str, email: str) -> None:
        key = self._key(portal_id, email)
        self._memory.pop(key, None)
        try:
            keyring.delete_password(SERVICE, key)
        except (PasswordDeleteError, NoKeyringError, KeyringError, RuntimeError):
            pass  # nothing stored, or nowhere to store: forgotten either way
