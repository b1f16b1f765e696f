"""The query of a list route (cursor, limit, status, updated_since, app), read in one step.

FastAPI checks declared query parameters one by one through several layers of Python per
parameter, a sizable part of a list request's cost; one pydantic model checks them all at once
with the same constraints, so a bad value gets the same 422 (`query.limit`: the same message).
The OpenAPI document still lists the parameters exactly as FastAPI would describe them: they
are taken once from a route that declares them the usual way.
"""

import copy
from datetime import datetime
from functools import cache
from typing import Annotated, Any

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from l4ydesk.core.platform.app_records import MAX_PAGE
from l4ydesk.server.schemas import Status

# No `from __future__ import annotations`: FastAPI reads `_declared`'s annotations as classes.


class ListQuery(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    cursor: str | None = Field(default=None, max_length=200)
    limit: int = Field(default=50, ge=1, le=MAX_PAGE)
    status: Status | None = None
    updated_since: datetime | None = None
    app: str | None = Field(default=None, max_length=200)


_DEFAULT = ListQuery()


def _declared(
    cursor: Annotated[str | None, Query(max_length=200, description="a page's next_cursor")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    status: Status | None = None,
    updated_since: Annotated[datetime | None, Query(description="ISO 8601 moment")] = None,
    app: Annotated[str | None, Query(max_length=200, description="the key's app")] = None,
) -> None:
    """The parameters as a FastAPI route declares them: only read for the OpenAPI document."""


@cache
def _documented() -> list[dict[str, Any]]:
    probe = FastAPI()
    probe.get("/probe")(_declared)
    parameters: list[dict[str, Any]] = probe.openapi()["paths"]["/probe"]["get"]["parameters"]
    return parameters


def list_query_openapi() -> dict[str, Any]:
    """`openapi_extra` for a list route: its query parameters as FastAPI documents them."""
    return {"parameters": copy.deepcopy(_documented())}


def list_query(request: Request) -> ListQuery:
    """The request's list query, or RequestValidationError (a 422 naming `query.<field>`)."""
    if not request.scope["query_string"]:
        return _DEFAULT
    try:
        return ListQuery.model_validate(dict(request.query_params))
    except ValidationError as exc:
        errors = [{**error, "loc": ("query", *error["loc"])} for error in exc.errors()]
        raise RequestValidationError(errors) from None
