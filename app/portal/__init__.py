"""The portal API (``contract``) and its two clients: embedded and HTTP."""

from __future__ import annotations

from pathlib import Path

from app.portal.contract import PortalClient


def open_portal(data_dir: Path, server_url: str | None = None) -> PortalClient:
    """The portal at ``server_url`` over HTTP, else the embedded demo portal."""
    if server_url:
        from app.portal.http_client import HttpPortalClient

        return HttpPortalClient(server_url)
    from app.portal.embedded import EmbeddedPortalClient

    return EmbeddedPortalClient.open(data_dir)
