"""Visitor sign-in routes (`/api/v1/auth/…`): sign up, sign in, who is signed in, sign out.

Called by a published app's server with its key (scopes `auth:write`, `auth:read`), never from
a browser: the visitor's session token travels in the `L4y-Session` header, from the app's
httpOnly cookie. Each key reaches only its own app's visitors; the key's bucket rate-limits
these routes like every other. No `from __future__ import annotations`: FastAPI reads the
handlers' annotations.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from l4ydesk.core.platform.keys import KeyInfo
from l4ydesk.core.platform.visitors import (
    ME_PATH,
    SESSION_HEADER,
    SIGN_IN_PATH,
    SIGN_OUT_PATH,
    SIGN_UP_PATH,
)
from l4ydesk.server.auth import platform_of, require
from l4ydesk.server.schemas import ErrorResponse


def _errors(*pairs: tuple[int, str]) -> dict[int | str, dict[str, Any]]:
    common = (
        (401, "No key or a dead key; for a session: none, unknown, signed out or expired"),
        (403, "The key lacks the scope or the origin"),
        (429, "Rate limit of the key reached"),
    )
    return {
        status: {"model": ErrorResponse, "description": text} for status, text in (*common, *pairs)
    }


class Credentials(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: Annotated[str, Field(min_length=1, max_length=400, description="name@example.com")]
    # Longer than the core accepts, so the core says why in a sentence; bounded, so a huge
    # string never reaches the password hash.
    password: Annotated[str, Field(min_length=1, max_length=1000)]


class VisitorOut(BaseModel):
    id: int
    email: str
    created_at: str
    last_sign_in_at: str | None


class SignedInOut(BaseModel):
    token: str = Field(description="Shown once; send it as the L4y-Session header")
    expires_at: str
    visitor: VisitorOut


class SessionOut(BaseModel):
    expires_at: str
    visitor: VisitorOut


SessionToken = Annotated[
    str | None,
    Header(alias=SESSION_HEADER, description="The token sign-in returned"),
]


def build_visitor_router() -> APIRouter:
    router = APIRouter(tags=["auth"])
    read = Depends(require("auth", "read"))
    write = Depends(require("auth", "write"))

    @router.post(
        SIGN_UP_PATH,
        summary="Sign a visitor up (email and password)",
        status_code=201,
        response_model=VisitorOut,
        responses=_errors(
            (409, "An account with this email exists in the app"),
            (422, "Not an email, or a weak password"),
        ),
    )
    async def sign_up(request: Request, body: Credentials, key: KeyInfo = write) -> JSONResponse:
        visitors = platform_of(request).visitors
        # The password hash takes tens of milliseconds of CPU: off the event loop.
        visitor = await run_in_threadpool(visitors.sign_up, key.app_id, body.email, body.password)
        return JSONResponse(visitor.to_json(), status_code=201)

    @router.post(
        SIGN_IN_PATH,
        summary="Sign a visitor in: a session token and its expiry",
        status_code=201,
        response_model=SignedInOut,
        responses=_errors((422, "The body lacks the email or the password")),
    )
    async def sign_in(request: Request, body: Credentials, key: KeyInfo = write) -> JSONResponse:
        visitors = platform_of(request).visitors
        signed = await run_in_threadpool(visitors.sign_in, key.app_id, body.email, body.password)
        return JSONResponse(signed.to_json(), status_code=201)

    @router.get(
        ME_PATH,
        summary="The signed-in visitor of a session",
        response_model=SessionOut,
        responses=_errors(),
    )
    def me(request: Request, session: SessionToken = None, key: KeyInfo = read) -> JSONResponse:
        current = platform_of(request).visitors.current(key.app_id, session)
        return JSONResponse(current.to_json())

    @router.post(
        SIGN_OUT_PATH,
        summary="Sign out: the session's token signs nobody in from now on",
        status_code=204,
        response_class=Response,
        responses=_errors(),
    )
    def sign_out(request: Request, session: SessionToken = None, key: KeyInfo = write) -> Response:
        platform_of(request).visitors.sign_out(key.app_id, session)
        return Response(status_code=204)

    return router
