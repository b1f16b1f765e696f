"""The REST routes of the nine record categories, generated from the ontology registry.

Every type gets list / create / get / update / delete at the paths the registry names, with the
schemas `schemas.py` builds from its properties; forms also take submissions. Handlers only
translate HTTP to the core use cases (`core/platform/`), which hold the rules.

No `from __future__ import annotations` here: FastAPI reads the generated models from the
handlers' annotations, which must be the classes themselves, not strings.
"""

import asyncio
import json
from typing import Annotated, Any, Literal
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, Header, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Field

from l4ydesk.core.ontology import ONTOLOGY, RecordType
from l4ydesk.core.platform.app_records import record_json
from l4ydesk.core.platform.errors import FieldProblem, ForbiddenError, InvalidInputError
from l4ydesk.core.platform.keys import KeyInfo
from l4ydesk.core.platform.submissions import Submission
from l4ydesk.core.platform.workflow_runs import unpaid_sentence
from l4ydesk.core.records import Record
from l4ydesk.server.auth import authorized, platform_of, require
from l4ydesk.server.direct_route import DirectRoute
from l4ydesk.server.list_query import list_query, list_query_openapi
from l4ydesk.server.pages import page_body
from l4ydesk.server.schemas import SCHEMAS, ErrorResponse

RecordId = Annotated[int, Path(ge=1, le=2**62, description="The record's id")]
ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": text}
    for status, text in (
        (401, "No key, an unknown, revoked or expired key"),
        (402, "The workspace's credits do not cover a workflow run"),
        (403, "The key lacks the scope or the origin"),
        (404, "No such record in the key's app"),
        (422, "The body or query does not fit the schema"),
        (429, "Rate limit reached"),
    )
}


SLOT_CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"model": ErrorResponse, "description": "The slot was just taken or is not bookable"}
}


def _check_app_filter(request: Request, key: KeyInfo, app: str | None) -> None:
    if app is None:
        return
    info = platform_of(request).catalog.get(key.app_id)
    if app not in (str(info.app_id), info.slug):
        raise ForbiddenError(f"This API key belongs to the app '{info.slug}', not '{app}'.")


def add_type_routes(router: APIRouter, rtype: RecordType) -> None:
    schemas = SCHEMAS[rtype.key]
    category, base, key_name = rtype.api_category, rtype.collection_path, rtype.key
    label = rtype.label.lower()
    read = Depends(require(category, "read"))
    write = Depends(require(category, "write"))
    create_body = schemas.create
    update_body = schemas.update
    tags: list[str | Any] = [category]

    async def list_records(request: Request) -> Response:
        # A DirectRoute (direct_route.py): the key and the query are read here, not by FastAPI.
        key = await authorized(request, category, "read")
        query = list_query(request)  # documented through openapi_extra (list_query.py)

        def read_page() -> bytes:
            _check_app_filter(request, key, query.app)
            page = platform_of(request).records.list_raw(
                key.app_id,
                key_name,
                cursor=query.cursor,
                limit=query.limit,
                status=query.status,
                updated_since=query.updated_since,
            )
            return page_body(page)

        # One worker thread for the store's part; the rest of the request stays on the loop.
        # asyncio's executor: a lighter hand-over than run_in_threadpool's (no capacity limiter,
        # no cancel scope), which cost more than reading the page.
        body = await asyncio.get_running_loop().run_in_executor(None, read_page)
        return Response(body, media_type="application/json")

    def create_record(request: Request, body: create_body, key: KeyInfo = write) -> JSONResponse:  # type: ignore[valid-type]
        data: Any = body
        props = data.properties.model_dump(exclude_unset=True)
        platform, status = platform_of(request), data.status or "active"
        if key_name == "booking":  # a booking naming a slot books it through the calendar
            record = platform.bookings.create(key.app_id, props, name=data.name, status=status)
        else:
            record = platform.records.create(
                key.app_id, key_name, props, name=data.name, status=status
            )
        return JSONResponse(record_json(record), status_code=201)

    def get_record(request: Request, id: RecordId, key: KeyInfo = read) -> JSONResponse:
        return JSONResponse(record_json(platform_of(request).records.get(key.app_id, key_name, id)))

    def update_record(
        request: Request,
        id: RecordId,
        body: update_body,  # type: ignore[valid-type]
        key: KeyInfo = write,
    ) -> JSONResponse:
        data: Any = body
        changes = data.properties.model_dump(exclude_unset=True) if data.properties else {}
        platform = platform_of(request)
        if key_name == "booking":  # a calendar booking's status follows the calendar's rules
            record = platform.bookings.update(
                key.app_id, id, changes, name=data.name, status=data.status
            )
        else:
            record = platform.records.update(
                key.app_id, key_name, id, changes, name=data.name, status=data.status
            )
        return JSONResponse(record_json(record))

    def delete_record(request: Request, id: RecordId, key: KeyInfo = write) -> JSONResponse:
        platform = platform_of(request)
        if key_name == "booking":  # its calendar seats are freed first
            record = platform.bookings.delete(key.app_id, id)
        else:
            record = platform.records.delete(key.app_id, key_name, id)
        return JSONResponse({"id": record.id, "deleted": True})

    summaries: dict[tuple[str, str], str] = {(r.method, r.path): r.summary for r in rtype.routes}
    item = f"{base}/{{id}}"

    def add(
        path: str,
        method: str,
        handler: Any,
        model: Any,
        status: int = 200,
        openapi_extra: dict[str, Any] | None = None,
        route_class: type[APIRoute] | None = None,
    ) -> None:
        handler.__name__ = f"{handler.__name__}_{key_name}"
        router.add_api_route(
            path,
            handler,
            methods=[method],
            summary=summaries.get((method, path), f"{method} {label}"),
            tags=tags,
            response_model=model,
            status_code=status,
            responses={**ERRORS, **SLOT_CONFLICT} if key_name == "booking" else ERRORS,
            operation_id=f"{handler.__name__}",
            openapi_extra=openapi_extra,
            route_class_override=route_class,
        )

    add(base, "GET", list_records, schemas.page, 200, list_query_openapi(), DirectRoute)
    add(base, "POST", create_record, schemas.out, 201)
    add(item, "GET", get_record, schemas.out)
    add(item, "PATCH", update_record, schemas.out)
    add(item, "DELETE", delete_record, None)


class CheckoutItem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    product_id: int = Field(ge=1)
    quantity: int = Field(1, ge=1, le=999)


class SubmissionOut(BaseModel):
    id: int
    form_id: int
    data: dict[str, Any]
    record_id: int | None
    record_type: str | None
    workflow_ids: list[int]
    unpaid_workflow_ids: list[int] = []
    created_at: str
    message: str | None = None


def _submission_json(submission: Submission, message: str | None = None) -> dict[str, Any]:
    return {
        "id": submission.submission_id,
        "form_id": submission.form_id,
        "data": submission.data,
        "record_id": submission.record_id,
        "record_type": submission.record_type,
        "workflow_ids": submission.workflow_ids,
        "unpaid_workflow_ids": list(submission.unpaid_workflow_ids),
        "created_at": submission.created_at.isoformat(),
        "message": message,
    }


def parse_submission_body(content_type: str, raw: bytes) -> dict[str, Any]:
    """A submission from JSON or from an HTML form's urlencoded body."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInputError(
            [FieldProblem("body", "not UTF-8")], "The body is not UTF-8 text."
        ) from exc
    if content_type.startswith("application/x-www-form-urlencoded"):
        pairs = parse_qsl(text, keep_blank_values=True, max_num_fields=200)
        data: dict[str, Any] = {}
        for name, value in pairs:
            data[name] = (
                [*data[name], value]
                if isinstance(data.get(name), list)
                else ([data[name], value] if name in data else value)
            )
        return data
    try:
        parsed = json.loads(text) if text.strip() else None
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            [FieldProblem("body", "not JSON")],
            "The body is not valid JSON. Send a JSON object of the form's fields.",
        ) from exc
    if not isinstance(parsed, dict):
        raise InvalidInputError(
            [FieldProblem("body", "not an object")],
            "Send the form's fields as one JSON object (or as an HTML form).",
        )
    return parsed


def add_form_routes(router: APIRouter) -> None:
    write = Depends(require("forms", "write"))
    read = Depends(require("forms", "read"))
    path = "/api/v1/forms/{id}/submissions"
    summaries = {(r.method, r.path): r.summary for r in ONTOLOGY.get("form").routes}

    async def submit_form(request: Request, id: RecordId, key: KeyInfo = write) -> JSONResponse:
        data = parse_submission_body(request.headers.get("content-type", ""), await request.body())
        platform = platform_of(request)

        def submit() -> tuple[Submission, Record]:  # one worker thread for both
            stored = platform.submissions.submit(key.app_id, id, data)
            return stored, platform.records.get(key.app_id, "form", id)

        submission, form = await run_in_threadpool(submit)
        message = form.properties.get("success_message")
        body = _submission_json(submission, message if isinstance(message, str) else None)
        if submission.unpaid_workflow_ids:
            # Stored all the same (the visitor's form is kept); only the workflows did not run.
            message = unpaid_sentence(submission.unpaid_workflow_ids)
            error = {"type": "payment_required", "message": message}
            return JSONResponse({"error": error, "submission": body}, status_code=402)
        return JSONResponse(body, status_code=201)

    def list_submissions(
        request: Request,
        id: RecordId,
        key: KeyInfo = read,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> JSONResponse:
        found = platform_of(request).submissions.list(key.app_id, id, limit)
        return JSONResponse({"data": [_submission_json(s) for s in found]})

    body_doc = {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"type": "object", "additionalProperties": True}},
                "application/x-www-form-urlencoded": {
                    "schema": {"type": "object", "additionalProperties": True}
                },
            },
        }
    }
    router.add_api_route(
        path,
        submit_form,
        methods=["POST"],
        summary=summaries[("POST", path)],
        description="Validated against the form's own fields; creates what the form creates.",
        tags=["forms"],
        response_model=SubmissionOut,
        status_code=201,
        responses=ERRORS,
        openapi_extra=body_doc,
    )
    router.add_api_route(
        path,
        list_submissions,
        methods=["GET"],
        summary=summaries[("GET", path)],
        tags=["forms"],
        responses=ERRORS,
    )


class CheckoutRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    items: list[CheckoutItem] | None = Field(
        None, max_length=50, description="Products and quantities; default: the linked products"
    )
    quantity: int | None = Field(
        None, ge=1, le=999, description="Without items: how many of the checkout's one product"
    )
    record_id: int | None = Field(None, description="A booking, ticket or invoice this pays")
    customer_email: str | None = Field(None, max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")
    success_url: str | None = Field(None, max_length=2000, pattern=r"^https?://")
    cancel_url: str | None = Field(None, max_length=2000, pattern=r"^https?://")


class CheckoutSessionOut(BaseModel):
    order_id: int
    session_id: str
    url: str
    amount_total: int


def add_checkout_routes(router: APIRouter) -> None:
    write = Depends(require("checkout", "write"))
    path = "/api/v1/checkout/{id}/sessions"
    summaries = {(r.method, r.path): r.summary for r in ONTOLOGY.get("checkout").routes}

    def start_session(
        request: Request, id: RecordId, body: CheckoutRequest, key: KeyInfo = write
    ) -> JSONResponse:
        items = [item.model_dump() for item in body.items] if body.items is not None else None
        started = platform_of(request).checkout.start(
            key.app_id,
            id,
            items=items,
            quantity=body.quantity,
            record_id=body.record_id,
            customer_email=body.customer_email,
            success_url=body.success_url,
            cancel_url=body.cancel_url,
        )
        out = {
            "order_id": started.order_id,
            "session_id": started.session_id,
            "url": started.url,
            "amount_total": started.amount_total,
        }
        return JSONResponse(out, status_code=201)

    async def stripe_webhook(request: Request) -> JSONResponse:
        payload = await request.body()
        signature = request.headers.get("stripe-signature")
        outcome = await run_in_threadpool(
            platform_of(request).checkout.handle_event, payload, signature
        )
        return JSONResponse({"received": True, "outcome": outcome})

    router.add_api_route(
        path,
        start_session,
        methods=["POST"],
        summary=summaries[("POST", path)],
        description="A Stripe Checkout Session for the checkout's products; returns its URL.",
        tags=["checkout"],
        response_model=CheckoutSessionOut,
        status_code=201,
        responses=ERRORS,
    )
    router.add_api_route(
        "/api/v1/webhooks/stripe",
        stripe_webhook,
        methods=["POST"],
        summary="Stripe events (signed with Stripe-Signature)",
        description="Verified with the Stripe SDK; each event id is applied once.",
        tags=["checkout"],
        responses={400: {"model": ErrorResponse, "description": "Bad or missing signature"}},
    )


class RegistrationIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: str = Field(max_length=320, pattern=r"^[^@\s]+@[^@\s]+$")
    name: str | None = Field(None, max_length=300)


class ReplyIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    message: str = Field(min_length=1, max_length=20000)
    author: Literal["agent", "customer"] = "customer"


def add_action_routes(router: APIRouter) -> None:
    summaries: dict[tuple[str, str], str] = {
        (r.method, r.path): r.summary for t in ONTOLOGY for r in t.routes
    }
    registrations = "/api/v1/events/{id}/registrations"
    events_read, events_write = (
        Depends(require("events", "read")),
        Depends(require("events", "write")),
    )
    workflows_write = Depends(require("workflows", "write"))

    def register(
        request: Request,
        id: RecordId,
        body: RegistrationIn,
        key: KeyInfo = events_write,
    ) -> JSONResponse:
        contact = platform_of(request).registrations.register(key.app_id, id, body.model_dump())
        return JSONResponse({"event_id": id, "contact": record_json(contact)}, status_code=201)

    def list_registrations(
        request: Request, id: RecordId, key: KeyInfo = events_read
    ) -> JSONResponse:
        return JSONResponse({"data": platform_of(request).registrations.list(key.app_id, id)})

    run_path = "/api/v1/workflows/{id}/run"

    def run_workflow(
        request: Request,
        id: RecordId,
        key: KeyInfo = workflows_write,
        idempotency_key: Annotated[
            str | None,
            Header(
                min_length=1,
                max_length=128,
                pattern=r"^[\x21-\x7e]+$",
                description="The same key runs (and charges) the workflow once",
            ),
        ] = None,
    ) -> JSONResponse:
        run = platform_of(request).records.run_workflow(key.app_id, id, idempotency_key)
        out = {
            "workflow_id": id,
            "queued_deliveries": run.queued,
            "credits_charged": run.charged,
            "replayed": run.replayed,
        }
        return JSONResponse(out, status_code=202)

    invoices_write = Depends(require("invoices", "write"))
    tickets_write = Depends(require("tickets", "write"))

    def send_invoice(request: Request, id: RecordId, key: KeyInfo = invoices_write) -> JSONResponse:
        return JSONResponse(record_json(platform_of(request).actions.send_invoice(key.app_id, id)))

    def reply_to_ticket(
        request: Request, id: RecordId, body: ReplyIn, key: KeyInfo = tickets_write
    ) -> JSONResponse:
        ticket = platform_of(request).actions.reply_to_ticket(
            key.app_id, id, body.message, body.author
        )
        return JSONResponse(record_json(ticket), status_code=201)

    for path, method, handler, tag, status in (
        ("/api/v1/invoices/{id}/send", "POST", send_invoice, "invoices", 200),
        ("/api/v1/tickets/{id}/replies", "POST", reply_to_ticket, "tickets", 201),
        (registrations, "POST", register, "events", 201),
        (registrations, "GET", list_registrations, "events", 200),
        (run_path, "POST", run_workflow, "workflows", 202),
    ):
        router.add_api_route(
            path,
            handler,
            methods=[method],
            summary=summaries[(method, path)],
            tags=[tag],
            status_code=status,
            responses=ERRORS,
        )


def build_router(router: APIRouter | None = None) -> APIRouter:
    """The platform's routes, on `router` (the app's own: one router level less to match)."""
    from l4ydesk.server.booking_routes import add_booking_routes  # it uses ERRORS from here

    router = router if router is not None else APIRouter()
    add_booking_routes(router)  # before /bookings/{id}: more specific paths first
    add_action_routes(router)
    add_checkout_routes(router)
    add_form_routes(router)  # before /forms/{id}: more specific paths first
    for rtype in ONTOLOGY:
        add_type_routes(router, rtype)
    return router
