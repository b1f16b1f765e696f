"""One place that turns a refused request into its HTTP answer: a status and a sentence."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from l4ydesk.core.errors import L4yError
from l4ydesk.core.platform.errors import InvalidInputError, PlatformError, RateLimitedError


def error_response(
    status: int, kind: str, message: str, fields: list[dict[str, str]] | None = None
) -> JSONResponse:
    body: dict[str, Any] = {"type": kind, "message": message}
    if fields is not None:
        body["fields"] = fields
    return JSONResponse({"error": body}, status_code=status)


_KINDS = {
    400: "bad_request",
    401: "unauthenticated",
    402: "payment_required",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    422: "invalid_input",
    429: "rate_limited",
    502: "payment_provider",
}


async def on_platform_error(_request: Request, exc: Exception) -> JSONResponse:
    status = exc.status if isinstance(exc, PlatformError) else 400
    fields = None
    if isinstance(exc, InvalidInputError):
        fields = [{"field": p.field, "message": p.message} for p in exc.problems]
    response = error_response(status, _KINDS.get(status, "error"), str(exc), fields)
    if isinstance(exc, RateLimitedError):
        response.headers["Retry-After"] = str(max(1, round(exc.retry_after)))
    return response


async def on_l4y_error(request: Request, exc: Exception) -> JSONResponse:
    # A domain rule of the shared core (a record name too long, …): the client's input.
    return error_response(422, "invalid_input", str(exc) if isinstance(exc, L4yError) else "")


async def on_validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return error_response(400, "bad_request", "The body is not valid JSON. Send a JSON object.")
    fields = []
    for error in errors:
        location = [str(part) for part in error.get("loc", ()) if part not in ("body",)]
        fields.append({"field": ".".join(location) or "body", "message": str(error.get("msg"))})
    names = ", ".join(f["field"] for f in fields)
    return error_response(
        422, "invalid_input", f"Some fields are not valid: {names}. Fix them and resend.", fields
    )


async def on_http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    messages = {
        404: "There is no such route. /docs lists the routes of this API.",
        405: "This route does not take that method. /docs lists what it takes.",
    }
    message = messages.get(exc.status_code) or str(exc.detail)
    return error_response(exc.status_code, _KINDS.get(exc.status_code, "error"), message)


async def on_unexpected(_request: Request, exc: Exception) -> JSONResponse:
    import logging

    # Logged with its type only: a message may quote input, and input may hold a secret.
    logging.getLogger(__name__).error("unexpected %s in a request", type(exc).__name__)
    return error_response(
        500, "internal", "Something went wrong on the server; nothing was changed. Retry later."
    )
