"""The platform's ASGI application: routes, error answers, limits, and the webhook sender.

`create_app(platform)` is all a server needs; `l4ydesk serve` and the window both run it with
uvicorn. `/health` answers once the store is open and migrated (that happened before).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException

from l4ydesk import __version__
from l4ydesk.core.errors import L4yError
from l4ydesk.core.platform.errors import PlatformError
from l4ydesk.core.platform.service import Platform
from l4ydesk.server import errors
from l4ydesk.server.middleware import PlatformMiddleware, RequestLog
from l4ydesk.server.routes import build_router
from l4ydesk.server.visitor_routes import build_visitor_router
from l4ydesk.server.webhook_sender import WebhookSender

DESCRIPTION = """The l4ydesk platform API: the records of an app's nine categories (products,
events, crm, forms, invoices, tickets, bookings, workflows, checkout), form submissions, and
checkout, and sign-in for the apps' visitors. Call it with an API key (`l4ydesk keys create`) as
`Authorization: Bearer <key>`."""


def create_app(
    platform: Platform, *, request_log: RequestLog | None = None, send_webhooks: bool = True
) -> FastAPI:
    log = request_log or RequestLog()
    sender = WebhookSender(platform.outbox)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        task = asyncio.create_task(sender.run()) if send_webhooks else None
        try:
            yield
        finally:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    app = FastAPI(
        title="l4ydesk platform API",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.platform = platform
    app.state.request_log = log
    app.state.webhook_sender = sender
    app.add_exception_handler(PlatformError, errors.on_platform_error)
    app.add_exception_handler(L4yError, errors.on_l4y_error)
    app.add_exception_handler(RequestValidationError, errors.on_validation_error)
    app.add_exception_handler(HTTPException, errors.on_http_error)
    app.add_exception_handler(Exception, errors.on_unexpected)

    @app.get("/health", tags=["meta"], summary="Ready to serve")
    def health() -> JSONResponse:
        return JSONResponse({"status": "ok", "version": __version__})

    build_router(app.router)  # on the app's router: include_router adds a level to every match
    app.include_router(build_visitor_router())
    app.add_middleware(
        PlatformMiddleware, request_log=log, preflight_origins=platform.keys.all_origins
    )
    return app
