"""The portal API served over HTTP by a real uvicorn server on a free local port."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn

from app.portal.embedded import EmbeddedPortalClient
from app.portal.http_client import HttpPortalClient
from server.api import create_app
from server.service import PortalService

START_TIMEOUT = 10.0


@pytest.fixture
def server_url(service: PortalService) -> Iterator[str]:
    """Base URL of ``server.api`` over the test's ``service``, served in a background thread."""
    config = uvicorn.Config(create_app(service), host="127.0.0.1", port=0, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="portal-api", daemon=True)
    thread.start()
    deadline = time.monotonic() + START_TIMEOUT
    while not server.started:  # bounded poll: the server binds its socket asynchronously
        assert thread.is_alive(), "the portal server did not start"
        assert time.monotonic() < deadline, "the portal server took too long to start"
        time.sleep(0.005)
    port = server.servers[0].sockets[0].getsockname()[1]
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=START_TIMEOUT)


@pytest.fixture
def http_client(server_url: str) -> Iterator[HttpPortalClient]:
    with HttpPortalClient(server_url, timeout=10.0) as client:
        yield client


@pytest.fixture(params=["embedded", "http"])
def portal(request: pytest.FixtureRequest, service: PortalService):
    """Each contract test runs against both clients."""
    if request.param == "embedded":
        return EmbeddedPortalClient(service)
    return request.getfixturevalue("http_client")
