"""The portal API over HTTP: ``server.service`` behind REST endpoints (FastAPI).

Every endpoint but the demo accounts and sign-in takes the session token as
``Authorization: Bearer <token>``. Bodies are the contract types in their wire form
(``app.portal.wire``); a ``PortalError`` becomes ``{"code", "message"}`` with a fitting
HTTP status. The OpenAPI description is served at ``/openapi.json`` (and ``/docs``).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import TypeAdapter

from app.portal import contract as c
from app.portal import messages as msg
from app.portal import wire
from server.service import MAX_PAGE, PortalService

API_TITLE = "DealerDesk portal API"
API_VERSION = "1.0.0"

STATUS: dict[c.ErrorCode, int] = {
    c.ErrorCode.BAD_CREDENTIALS: 401,
    c.ErrorCode.SESSION_EXPIRED: 401,
    c.ErrorCode.ACCOUNT_DEACTIVATED: 403,
    c.ErrorCode.ACCOUNT_NOT_ACTIVATED: 403,
    c.ErrorCode.FORBIDDEN: 403,
    c.ErrorCode.NOT_FOUND: 404,
    c.ErrorCode.INVALID: 422,
    c.ErrorCode.UNREACHABLE: 503,
}

_ERROR_SCHEMA = {
    "type": "object",
    "required": ["code", "message"],
    "properties": {
        "code": {"type": "string", "enum": [e.value for e in c.ErrorCode]},
        "message": {"type": "string", "description": "English text from the message catalogue"},
    },
}

_bearer = HTTPBearer(auto_error=False, description="The token of a session (sign in first)")


def _token(
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> str:
    if credentials is None or not credentials.credentials:
        raise c.PortalError(c.ErrorCode.SESSION_EXPIRED, msg.SESSION_EXPIRED)
    return credentials.credentials


Token = Annotated[str, Depends(_token)]


def _ok(value: Any) -> JSONResponse:
    return JSONResponse(wire.to_wire(value))


def _errors(*codes: c.ErrorCode) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for the errors an endpoint can give."""
    out: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        entry = out.setdefault(
            STATUS[code],
            {"description": "", "content": {"application/json": {"schema": _ERROR_SCHEMA}}},
        )
        entry["description"] = ", ".join(filter(None, [entry["description"], code.value]))
    return out


def _body(cls: type) -> dict[str, Any]:
    """OpenAPI ``requestBody`` for a contract type (the body is decoded with ``wire``)."""
    schema = TypeAdapter(cls).json_schema(ref_template="#/components/schemas/{model}")
    schema.pop("$defs", None)
    return {
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": schema}},
        }
    }


def _decode(cls: type[Any], data: Any) -> Any:
    try:
        return wire.from_wire(cls, data)
    except wire.WireError as exc:
        raise RequestValidationError([{"msg": str(exc), "loc": ("body",)}]) from None


_AUTH = (c.ErrorCode.SESSION_EXPIRED, c.ErrorCode.ACCOUNT_DEACTIVATED)


def create_app(service: PortalService) -> FastAPI:
    """The HTTP face of ``service``; run it with uvicorn (``dealerdesk-server serve``)."""
    app = FastAPI(
        title=API_TITLE,
        version=API_VERSION,
        description=(
            "The B2B customer portal as the DealerDesk app uses it: sign-in, the user's "
            "roles, the change feeds of documents, and the other applications. Money is in "
            "integer cents, dates are ISO dates. Errors are `{code, message}`."
        ),
    )

    @app.exception_handler(c.PortalError)
    async def portal_error(_request: Request, exc: c.PortalError) -> JSONResponse:
        return JSONResponse(
            {"code": exc.code.value, "message": exc.message}, status_code=STATUS[exc.code]
        )

    @app.exception_handler(RequestValidationError)
    async def bad_request(_request: Request, exc: RequestValidationError) -> JSONResponse:
        # Not a user's mistake but a client's: the details are for its developer.
        return JSONResponse(
            {
                "code": c.ErrorCode.INVALID.value,
                "message": "Malformed request.",
                "detail": str(exc),
            },
            status_code=422,
        )

    @app.get(
        "/demo-accounts",
        response_model=list[c.DemoAccount],
        summary="Demo sign-ins",
        description="The demo accounts to offer on the sign-in screen (empty on a real portal).",
    )
    def demo_accounts() -> Response:
        return _ok(service.demo_accounts())

    @app.post(
        "/sessions",
        response_model=c.Session,
        summary="Sign in",
        description="Sign in with e-mail address and password; gives a session token.",
        openapi_extra=_body(c.SignInRequest),
        responses=_errors(
            c.ErrorCode.BAD_CREDENTIALS,
            c.ErrorCode.ACCOUNT_DEACTIVATED,
            c.ErrorCode.ACCOUNT_NOT_ACTIVATED,
            c.ErrorCode.INVALID,
        ),
    )
    def sign_in(body: Annotated[Any, Body(include_in_schema=False)]) -> Response:
        return _ok(service.sign_in(_decode(c.SignInRequest, body)))

    @app.delete(
        "/sessions/current",
        status_code=204,
        summary="Sign out",
        description="End the session of the bearer token. Ending an ended session is no error.",
    )
    def sign_out(token: Token) -> Response:
        service.sign_out(token)
        return Response(status_code=204)

    @app.get(
        "/me",
        response_model=c.UserInfo,
        summary="Who am I",
        description="The signed-in user, the company and the roles as they are now.",
        responses=_errors(*_AUTH),
    )
    def whoami(token: Token) -> Response:
        return _ok(service.whoami(token))

    @app.get(
        "/changes/{feed}",
        response_model=c.ChangesPage,
        summary="Changes in a feed",
        description=(
            "What changed in `feed` since `cursor` (0 = everything): documents with their "
            "lines, ids of deleted documents, and the cursor to ask from next. Section feeds "
            "need the section's role; products, addresses and contacts come with any role."
        ),
        responses=_errors(*_AUTH, c.ErrorCode.FORBIDDEN, c.ErrorCode.INVALID),
    )
    def changes(
        token: Token,
        feed: c.Feed,
        cursor: Annotated[int, Query(ge=0, description="0 or a cursor of an earlier page")] = 0,
        limit: Annotated[int, Query(description=f"page size, 1 to {MAX_PAGE}")] = 2000,
    ) -> Response:
        return _ok(service.changes(token, c.ChangesRequest(feed, cursor, limit)))

    @app.get(
        "/other-applications",
        response_model=c.OtherApplications,
        summary="Other applications",
        description="Links to the manufacturer's other applications and the webshop access.",
        responses=_errors(*_AUTH),
    )
    def other_applications(token: Token) -> Response:
        return _ok(service.other_applications(token))

    @app.post(
        "/other-applications/webshop-activation",
        response_model=c.OtherApplications,
        summary="Ask for webshop access",
        description="Ask the manufacturer to activate the webshop for this user, saying why.",
        openapi_extra=_body(c.WebshopActivationRequest),
        responses=_errors(*_AUTH, c.ErrorCode.INVALID),
    )
    def request_webshop_activation(
        token: Token, body: Annotated[Any, Body(include_in_schema=False)]
    ) -> Response:
        request = _decode(c.WebshopActivationRequest, body)
        return _ok(service.request_webshop_activation(token, request))

    return app
