"""The portal over HTTP: ``PortalClient`` speaking to ``server.api`` with httpx.

Used when the app is given a server URL. Requests and responses are the contract types in
their wire form (``app.portal.wire``). A portal error comes back as ``PortalError`` with
the server's code and catalogue message; a portal that cannot be reached (no connection,
a time-out, a server error, an answer that is not the contract) is
``PortalError(UNREACHABLE)``.
"""

from __future__ import annotations

import logging
from typing import Any, TypeVar
from urllib.parse import urlsplit

import httpx

from app.portal import contract as c
from app.portal import messages as msg
from app.portal import wire

log = logging.getLogger(__name__)

T = TypeVar("T")

DEFAULT_TIMEOUT = 30.0


def portal_id_for(base_url: str) -> str:
    """Names a portal by its URL, so that each server gets its own caches and tokens."""
    parts = urlsplit(base_url.strip())
    path = parts.path.rstrip("/")
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}{path}"


class HttpPortalClient:
    """``PortalClient`` over HTTP. Safe to share between the GUI and the sync thread."""

    def __init__(
        self,
        base_url: str,
        timeout: float = DEFAULT_TIMEOUT,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.portal_id = portal_id_for(base_url)
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, transport=transport)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> HttpPortalClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- the contract -----------------------------------------------------------------

    def demo_accounts(self) -> list[c.DemoAccount]:
        data = self._call("GET", "/demo-accounts")
        return [self._decode(c.DemoAccount, item) for item in _list(data)]

    def sign_in(self, request: c.SignInRequest) -> c.Session:
        return self._decode(c.Session, self._call("POST", "/sessions", body=request))

    def sign_out(self, token: str) -> None:
        self._call("DELETE", "/sessions/current", token=token)

    def whoami(self, token: str) -> c.UserInfo:
        return self._decode(c.UserInfo, self._call("GET", "/me", token=token))

    def changes(self, token: str, request: c.ChangesRequest) -> c.ChangesPage:
        params = {"cursor": request.cursor, "limit": request.limit}
        data = self._call("GET", f"/changes/{request.feed.value}", token=token, params=params)
        page = self._decode(c.ChangesPage, data)
        if page.feed != request.feed:
            raise c.PortalError(c.ErrorCode.UNREACHABLE, msg.UNREACHABLE)
        return page

    def other_applications(self, token: str) -> c.OtherApplications:
        data = self._call("GET", "/other-applications", token=token)
        return self._decode(c.OtherApplications, data)

    def request_webshop_activation(
        self, token: str, request: c.WebshopActivationRequest
    ) -> c.OtherApplications:
        path = "/other-applications/webshop-activation"
        return self._decode(c.OtherApplications, self._call("POST", path, token, body=request))

    # --- transport --------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        token: str | None = None,
        body: Any = None,
        params: dict[str, Any] | None = None,
    ) -> Any:
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        json = wire.to_wire(body) if body is not None else None
        try:
            response = self._http.request(method, path, headers=headers, json=json, params=params)
        except httpx.HTTPError as exc:  # no connection, time-out, protocol error
            log.warning("portal %s unreachable: %s %s: %r", self.base_url, method, path, exc)
            raise c.PortalError(c.ErrorCode.UNREACHABLE, msg.UNREACHABLE) from exc
        if response.status_code == 204:
            return None
        data = self._json(response)
        if response.is_success:
            return data
        raise self._error(response, data)

    def _json(self, response: httpx.Response) -> Any:
        try:
            return response.json()
        except ValueError:
            log.warning("portal %s answered %s without JSON", self.base_url, response.status_code)
            raise c.PortalError(c.ErrorCode.UNREACHABLE, msg.UNREACHABLE) from None

    def _error(self, response: httpx.Response, data: Any) -> c.PortalError:
        """The ``PortalError`` the server sent, if it is one of the contract's."""
        if response.status_code < 500 and isinstance(data, dict):
            try:
                code = c.ErrorCode(str(data.get("code")))
            except ValueError:
                code = None
            # Only the catalogue's messages: the app can show those in the user's language.
            text = msg.catalogued(str(data.get("message")))
            if code is not None and text is not None:
                return c.PortalError(code, text)
        log.warning("portal %s answered %s: %r", self.base_url, response.status_code, data)
        return c.PortalError(c.ErrorCode.UNREACHABLE, msg.UNREACHABLE)

    def _decode(self, cls: type[T], data: Any) -> T:
        try:
            return wire.from_wire(cls, data)
        except wire.WireError as exc:
            log.warning("portal %s answered outside the contract: %s", self.base_url, exc)
            raise c.PortalError(c.ErrorCode.UNREACHABLE, msg.UNREACHABLE) from None


def _list(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise c.PortalError(c.ErrorCode.UNREACHABLE, msg.UNREACHABLE)
    return data
