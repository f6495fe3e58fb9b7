"""The HTTP face of the portal: statuses, the OpenAPI document, failures, ``serve``."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from app.portal import contract as c
from app.portal import messages as msg
from app.portal.http_client import HttpPortalClient
from server import cli
from server.api import API_TITLE, API_VERSION
from server.db import create_schema, make_engine
from server.seed import DEMO_ACCOUNTS, DEMO_PASSWORD

EMAIL = DEMO_ACCOUNTS[0].email


def test_openapi_document(server_url: str):
    spec = httpx.get(f"{server_url}/openapi.json").json()
    assert spec["info"]["title"] == API_TITLE and spec["info"]["version"] == API_VERSION
    assert set(spec["paths"]) == {
        "/demo-accounts",
        "/sessions",
        "/sessions/current",
        "/me",
        "/changes/{feed}",
        "/other-applications",
        "/other-applications/webshop-activation",
    }
    sign_in = spec["paths"]["/sessions"]["post"]
    assert sign_in["description"] and "401" in sign_in["responses"]
    body = sign_in["requestBody"]["content"]["application/json"]["schema"]
    assert set(body["required"]) == {"email", "password"}
    assert "HTTPBearer" in spec["components"]["securitySchemes"]


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code"),
    [
        ("POST", "/sessions", {"json": {"email": EMAIL, "password": "x"}}, 401, "bad_credentials"),
        ("GET", "/me", {}, 401, "session_expired"),
        ("GET", "/me", {"headers": {"Authorization": "Bearer nope"}}, 401, "session_expired"),
        ("POST", "/sessions", {"json": {"email": EMAIL}}, 422, "invalid"),
        ("POST", "/sessions", {"content": b"not json"}, 422, "invalid"),
    ],
)
def test_errors_have_code_and_status(server_url, method, path, kwargs, status, code):
    response = httpx.request(method, server_url + path, **kwargs)
    assert response.status_code == status
    assert response.json()["code"] == code


def test_forbidden_and_invalid_statuses(server_url: str):
    quotes = next(a for a in DEMO_ACCOUNTS if [r.value for r in a.roles] == ["quote_management"])
    session = httpx.post(
        f"{server_url}/sessions", json={"email": quotes.email, "password": DEMO_PASSWORD}
    ).json()
    auth = {"Authorization": f"Bearer {session['token']}"}
    forbidden = httpx.get(f"{server_url}/changes/invoices", headers=auth)
    assert forbidden.status_code == 403
    assert forbidden.json() == {"code": "forbidden", "message": msg.SECTION_FORBIDDEN}
    too_big = httpx.get(f"{server_url}/changes/quotes", params={"limit": 10_001}, headers=auth)
    assert (too_big.status_code, too_big.json()["message"]) == (422, msg.BAD_PAGE_SIZE)
    ok = httpx.get(f"{server_url}/changes/quotes", params={"limit": 2}, headers=auth).json()
    assert ok["feed"] == "quotes" and len(ok["upserts"]) == 2


def fake_portal(status: int, payload: object | None = None, body: bytes = b"") -> HttpPortalClient:
    def answer(_request: httpx.Request) -> httpx.Response:
        if payload is not None:
            return httpx.Response(status, json=payload)
        return httpx.Response(status, content=body)

    return HttpPortalClient("http://portal.test", transport=httpx.MockTransport(answer))


@pytest.mark.parametrize(
    "portal",
    [
        fake_portal(500, body=b"Internal Server Error"),
        fake_portal(503, {"code": "forbidden", "message": msg.SECTION_FORBIDDEN}),
        fake_portal(200, body=b"<html>a captive portal</html>"),
        fake_portal(200, {"user_id": "not a user"}),
        fake_portal(404, {"detail": "Not Found"}),  # not a portal at this URL
        fake_portal(401, {"code": "forbidden", "message": "Not from the catalogue"}),
        fake_portal(401, {"code": "no_such_code", "message": msg.SESSION_EXPIRED}),
    ],
)
def test_answers_outside_the_contract_are_unreachable(portal: HttpPortalClient):
    with pytest.raises(c.PortalError) as err:
        portal.whoami("token")
    assert (err.value.code, err.value.message) == (c.ErrorCode.UNREACHABLE, msg.UNREACHABLE)


def test_time_out_is_unreachable():
    def hang(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    portal = HttpPortalClient("http://portal.test", transport=httpx.MockTransport(hang))
    with pytest.raises(c.PortalError) as err:
        portal.demo_accounts()
    assert err.value.code is c.ErrorCode.UNREACHABLE


def test_serve_offers_demo_accounts_only_on_demo_data(portal_file: Path, tmp_path: Path):
    assert cli.open_service(f"sqlite:///{portal_file}").demo_accounts() == list(DEMO_ACCOUNTS)
    empty = tmp_path / "empty.sqlite"
    create_schema(make_engine(f"sqlite:///{empty}"))
    assert cli.open_service(f"sqlite:///{empty}").demo_accounts() == []


def test_serve_arguments(capsys: pytest.CaptureFixture[str]):
    args = cli.build_parser().parse_args(["serve", "--db", "sqlite:///p.sqlite"])
    assert (args.command, args.host, args.port) == ("serve", "127.0.0.1", 8765)
    assert cli.main(["serve", "--db", "not a url"]) == cli.EXIT_USAGE
    assert "not a database URL" in capsys.readouterr().err
