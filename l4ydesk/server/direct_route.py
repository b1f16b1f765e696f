"""A route that answers from its endpoint directly: no dependency solving, no parameter layer.

FastAPI's documented extension point (a custom `APIRoute` class whose `get_route_handler`
returns the handler). The endpoint takes the Request and returns a Response, reading what it
needs itself; the route is still an APIRoute, so the OpenAPI document describes it from its
summary, responses, response model and `openapi_extra` as any other. Only for hot paths: the
list routes, where FastAPI's per-request machinery cost more than the store's query.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from fastapi import Request, Response
from fastapi.routing import APIRoute


class DirectRoute(APIRoute):
    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        endpoint: Callable[[Request], Coroutine[Any, Any, Response]] = self.endpoint
        return endpoint
