"""The embedded portal: the reference implementation, in-process, on a local database.

This is the default when no server URL is set: on first use it creates the portal
database with the demo company and its demo accounts (``server.seed``).
"""

from __future__ import annotations

from pathlib import Path

from app.portal import contract as c
from server.db import make_engine
from server.seed import DEMO_ACCOUNTS, seed
from server.service import PortalService

EMBEDDED_PORTAL_ID = "embedded-demo"


def embedded_portal_path(data_dir: Path) -> Path:
    return data_dir / "embedded-portal" / "portal.sqlite"


class EmbeddedPortalClient:
    """``PortalClient`` over ``server.service`` in this process."""

    portal_id = EMBEDDED_PORTAL_ID

    def __init__(self, service: PortalService) -> None:
        self._service = service

    @classmethod
    def open(cls, data_dir: Path) -> EmbeddedPortalClient:
        """Open the embedded demo portal, creating and seeding it on first use."""
        path = embedded_portal_path(data_dir)
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = not path.exists()
        # Seed into a temporary file, then rename: a crash mid-seed leaves no half portal.
        target = path.with_suffix(".seeding") if fresh else path
        if fresh:
            target.unlink(missing_ok=True)
            engine = make_engine(f"sqlite:///{target}")
            seed(engine, "small")
            engine.dispose()
            target.rename(path)
        return cls(PortalService(make_engine(f"sqlite:///{path}"), demo_accounts=DEMO_ACCOUNTS))

    def demo_accounts(self) -> list[c.DemoAccount]:
        return self._service.demo_accounts()

    def sign_in(self, request: c.SignInRequest) -> c.Session:
        return self._service.sign_in(request)

    def sign_out(self, token: str) -> None:
        self._service.sign_out(token)

    def whoami(self, token: str) -> c.UserInfo:
        return self._service.whoami(token)

    def changes(self, token: str, request: c.ChangesRequest) -> c.ChangesPage:
        return self._service.changes(token, request)

    def other_applications(self, token: str) -> c.OtherApplications:
        return self._service.other_applications(token)

    def request_webshop_activation(
        self, token: str, request: c.WebshopActivationRequest
    ) -> c.OtherApplications:
        return self._service.request_webshop_activation(token, request)
