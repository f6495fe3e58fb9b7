"""The other applications as a service for the views: links, webshop activation, and the
product catalogue (the Library) from the cache."""

from __future__ import annotations

from app.account import SignedIn
from app.portal import contract as c
from models.products import ProductInfo, search_products


class ApplicationsService:
    def __init__(self, client: c.PortalClient, account: SignedIn) -> None:
        self._client = client
        self._account = account

    def links(self) -> c.OtherApplications:
        """Needs the portal; raises ``PortalError`` (e.g. UNREACHABLE) otherwise."""
        return self._client.other_applications(self._account.token)

    def request_webshop_activation(self, reason: str) -> c.OtherApplications:
        return self._client.request_webshop_activation(
            self._account.token, c.WebshopActivationRequest(reason)
        )

    def search_products(self, text: str) -> list[ProductInfo]:
        with self._account.cache.connect() as conn:
            return search_products(conn, text)
