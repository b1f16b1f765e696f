"""A fake Stripe API (v1) that behaves as documented, for tests that drive the official SDK.

Point the SDK at it with ``stripe.StripeClient(key, base_addresses={"api": fake.base_url})``
(l4ydesk reads that address from ``L4YDESK_STRIPE_URL``). What it follows, by section of
Stripe's API reference (docs.stripe.com/api):

- Authentication: ``Authorization: Bearer sk_test_…``; a wrong key is 401 (api/authentication).
- Requests are form-encoded, nested as the SDK writes them: ``line_items[0][price]=…``,
  ``metadata[type]=credit-pack``, ``lookup_keys[0]=…`` in a GET query (api/expanding… and the
  SDK's ``_api_encode``). Answers are JSON objects with an ``object`` field.
- Errors (api/errors): ``{"error": {"type", "message", "code", "param"}}`` with 400 (bad or
  missing parameter), 401, 402, 404 ``resource_missing``, 409, 429; ``enqueue(stripe_error(…))``
  scripts any of them.
- Idempotent requests (api/idempotent_requests): a POST with ``Idempotency-Key`` seen before
  answers the saved status and body (header ``Idempotent-Replayed: true``); the same key with
  other parameters is 400 ``idempotency_error``.
- Pagination (api/pagination): lists are newest first, ``limit`` 1-100 (default 10),
  ``starting_after``/``ending_before``, ``has_more``. Search (api/search): ``query`` with
  ``field:'value'`` and ``metadata['key']:'value'`` clauses joined by ``AND``; answers a
  ``search_result``.
- Products (api/products), prices (api/prices: ``lookup_key`` unique per account unless
  ``transfer_lookup_key``; list filters ``lookup_keys[]``, ``product``, ``active``, ``type``),
  customers (api/customers), Checkout Sessions (api/checkout/sessions: ``mode`` payment or
  subscription, ``line_items``, ``metadata``, ``client_reference_id``, ``url``; ``…/expire``),
  subscriptions (api/subscriptions: retrieve, list, update ``cancel_at_period_end``, DELETE
  cancels now), invoices (api/invoices), payment intents (api/payment_intents), events
  (api/events: list with ``type`` (``*`` wildcard) and ``types[]`` filters, retrieve).
- Webhook signatures (webhooks#verify-manually): ``Stripe-Signature: t=<unix>,v1=<hex>`` where
  the hex is HMAC-SHA256 of ``"<t>.<payload>"`` with the endpoint secret; `signed_webhook()`
  builds one that the SDK's ``Webhook.construct_event`` accepts.

What only the test can do (Stripe's hosted pages and its clock): `complete_checkout()` pays a
session as a customer would (also reachable as ``POST /pay/<session id>``, the fake's hosted
page at the session's ``url``), `renew()` runs a billing cycle, `cancel()` ends a subscription.
Each emits the events Stripe documents for it.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import re
import time
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl

from tests.fakes.http_server import FakeHTTPServer, RecordedRequest, Reply, Response, json_reply

__all__ = ["FakeStripeServer", "form_params", "sign_payload", "stripe_error"]

_ERROR_TYPES = {402: "card_error", 429: "rate_limit_error", 500: "api_error"}
_ONE = re.compile(
    r"^/v1/(?P<kind>products|prices|customers|subscriptions|invoices|"
    r"payment_intents|events|checkout/sessions)/(?P<id>[^/]+)$"
)
_LIST = re.compile(
    r"^/v1/(?P<kind>products|prices|customers|subscriptions|invoices|"
    r"payment_intents|events|checkout/sessions)$"
)
_SEARCH = re.compile(r"^/v1/(?P<kind>products|prices|customers)/search$")
_CLAUSE = re.compile(
    r"^\s*(metadata\['(?P<meta>[^']+)'\]|(?P<field>\w+))\s*:\s*'(?P<value>[^']*)'\s*$"
)
_PREFIX = {
    "products": "prod",
    "prices": "price",
    "customers": "cus",
    "subscriptions": "sub",
    "invoices": "in",
    "payment_intents": "pi",
    "events": "evt",
    "checkout/sessions": "cs_test",
}
_OBJECT = {
    "products": "product",
    "prices": "price",
    "customers": "customer",
    "subscriptions": "subscription",
    "invoices": "invoice",
    "payment_intents": "payment_intent",
    "events": "event",
    "checkout/sessions": "checkout.session",
}
_MONTH = 30 * 24 * 3600
API_VERSION = "2026-10-28.endive"


def stripe_error(
    status: int,
    message: str,
    *,
    type: str | None = None,
    code: str | None = None,
    param: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> Reply:
    """An error response in Stripe's documented shape (api/errors)."""
    kind = type or _ERROR_TYPES.get(status, "invalid_request_error")
    body: dict[str, Any] = {"type": kind, "message": message}
    if code is not None:
        body["code"] = code
    if param is not None:
        body["param"] = param
    return json_reply(status, {"error": body}, headers)


def form_params(pairs: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """Nested parameters from form pairs: ``a[b][0]=x`` becomes ``{"a": {"b": ["x"]}}``."""
    root: dict[str, Any] = {}
    for key, value in pairs:
        parts = [key.split("[", 1)[0], *re.findall(r"\[([^\]]*)\]", key)]
        node = root
        for part in parts[:-1]:
            node = node.setdefault(part, {})
        node[parts[-1]] = value
    return _listify(root)


def _listify(node: Any) -> Any:
    if not isinstance(node, dict):
        return node
    if node and all(k.isdigit() for k in node):
        return [_listify(node[k]) for k in sorted(node, key=int)]
    return {k: _listify(v) for k, v in node.items()}


def sign_payload(payload: str, secret: str, timestamp: int) -> str:
    """The ``Stripe-Signature`` value for `payload` (webhooks#verify-manually)."""
    signed = f"{timestamp}.{payload}".encode()
    digest = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={digest}"


def _flag(value: Any) -> bool:
    return str(value).lower() == "true"


class FakeStripeServer(FakeHTTPServer):
    """In-memory Stripe account in test mode. `objects[kind]` maps id to object, oldest first."""

    def __init__(
        self,
        api_key: str = "sk_test_fake_0123456789",
        *,
        webhook_secret: str = "whsec_fake_0123456789",
    ) -> None:
        super().__init__()
        self.api_key = api_key
        self.webhook_secret = webhook_secret
        self.now = int(time.time())  # Stripe's clock; tests move it with `advance()`
        self.objects: dict[str, dict[str, dict[str, Any]]] = {k: {} for k in _PREFIX}
        self._idempotent: dict[str, tuple[str, str, dict[str, Any], Reply]] = {}
        self._ids = itertools.count(1)

    # what only a test (or a paying customer) does -------------------------------------------

    def advance(self, seconds: int) -> None:
        self.now += seconds

    def complete_checkout(self, session_id: str) -> dict[str, Any]:
        """Pay the session: the objects and events Stripe makes when Checkout succeeds."""
        with self._route_lock:
            return self._complete(session_id)

    def renew(self, subscription_id: str) -> dict[str, Any]:
        """Run the subscription's next billing cycle: a paid renewal invoice."""
        with self._route_lock:
            sub = self.objects["subscriptions"][subscription_id]
            start = sub["current_period_end"]
            sub["current_period_start"], sub["current_period_end"] = start, start + _MONTH
            sub["items"]["data"][0]["current_period_end"] = start + _MONTH
            invoice = self._invoice(sub, "subscription_cycle")
            self._emit("invoice.paid", invoice)
            return invoice

    def cancel(self, subscription_id: str, *, at_period_end: bool = False) -> dict[str, Any]:
        with self._route_lock:
            return self._cancel(subscription_id, at_period_end=at_period_end)

    def emit(self, type: str, obj: dict[str, Any]) -> dict[str, Any]:
        """Record an arbitrary event (a test's own scenario, e.g. out of order)."""
        with self._route_lock:
            return self._emit(type, obj)

    def signed_webhook(
        self,
        event: Mapping[str, Any] | str,
        *,
        secret: str | None = None,
        timestamp: int | None = None,
    ) -> tuple[bytes, dict[str, str]]:
        """Body and headers of a webhook delivery of `event`, signed as Stripe signs it."""
        payload = event if isinstance(event, str) else json.dumps(event)
        header = sign_payload(
            payload,
            secret or self.webhook_secret,
            int(time.time()) if timestamp is None else timestamp,
        )
        return payload.encode(), {"Stripe-Signature": header, "Content-Type": "application/json"}

    # auth, idempotency, routing -------------------------------------------------------------

    def authorize(self, request: RecordedRequest) -> Response | None:
        if request.path.startswith("/pay/"):
            return None  # the hosted page is the customer's, not the API's
        if request.headers.get("authorization") != f"Bearer {self.api_key}":
            return stripe_error(401, "Invalid API Key provided.")
        return None

    def route(self, request: RecordedRequest) -> Response:
        params = self._params(request)
        key = request.headers.get("idempotency-key")
        if request.method != "POST" or not key:
            return self._dispatch(request, params)
        seen = self._idempotent.get(key)
        if seen is not None:
            method, path, old, reply = seen
            if (method, path) != (request.method, request.path) or old != params:
                return stripe_error(
                    400,
                    "Keys for idempotent requests can only be used with the "
                    "same parameters they were first used with.",
                    type="idempotency_error",
                )
            return Reply(reply.status, reply.json, headers={"Idempotent-Replayed": "true"})
        response = self._dispatch(request, params)
        if isinstance(response, Reply) and response.status != 400:
            self._idempotent[key] = (request.method, request.path, params, response)
        return response

    def _params(self, request: RecordedRequest) -> dict[str, Any]:
        if request.method == "POST":
            return form_params(parse_qsl(request.body.decode(), keep_blank_values=True))
        return form_params(request.query.items())

    def _dispatch(self, request: RecordedRequest, params: dict[str, Any]) -> Response:
        method, path = request.method, request.path
        if path.startswith("/pay/"):
            return self._hosted_page(method, path.removeprefix("/pay/"))
        if method == "GET" and (m := _SEARCH.match(path)):
            return self._search(m["kind"], params)
        if method == "GET" and (m := _LIST.match(path)):
            return self._list(m["kind"], params)
        if method == "POST" and (m := _LIST.match(path)) and m["kind"] in _CREATE:
            return _CREATE[m["kind"]](self, params)
        if (
            method == "POST"
            and path.startswith("/v1/checkout/sessions/")
            and path.endswith("/expire")
        ):
            return self._expire(path.split("/")[4])
        if (m := _ONE.match(path)) is not None:
            obj = self.objects[m["kind"]].get(m["id"])
            if obj is None:
                return stripe_error(
                    404,
                    f"No such {_OBJECT[m['kind']]}: '{m['id']}'",
                    code="resource_missing",
                    param="id",
                )
            if method == "GET":
                return json_reply(200, obj)
            if method == "DELETE" and m["kind"] == "subscriptions":
                return json_reply(200, self._cancel(m["id"], at_period_end=False))
            if method == "POST" and m["kind"] in (
                "subscriptions",
                "products",
                "prices",
                "customers",
            ):
                return self._update(m["kind"], obj, params)
        return stripe_error(404, f"Unrecognized request URL ({method}: {path}).")

    # creation -------------------------------------------------------------------------------

    def _new(self, kind: str, fields: dict[str, Any], *, id: str | None = None) -> dict[str, Any]:
        obj_id = id or f"{_PREFIX[kind]}_fake{next(self._ids):08d}"
        obj = {
            "id": obj_id,
            "object": _OBJECT[kind],
            "created": self.now,
            "livemode": False,
            **fields,
        }
        self.objects[kind][obj_id] = obj
        return obj

    def _create_product(self, p: dict[str, Any]) -> Response:
        if not p.get("name"):
            return _missing("name")
        if p.get("id") in self.objects["products"]:
            return stripe_error(
                400,
                f"Product already exists: '{p['id']}'",
                code="resource_already_exists",
                param="id",
            )
        obj = self._new(
            "products",
            {
                "name": p["name"],
                "active": _flag(p.get("active", "true")),
                "description": p.get("description"),
                "metadata": p.get("metadata", {}),
            },
            id=p.get("id"),
        )
        return json_reply(200, obj)

    def _create_price(self, p: dict[str, Any]) -> Response:
        if not p.get("currency"):
            return _missing("currency")
        if p.get("product") not in self.objects["products"]:
            return stripe_error(
                400,
                f"No such product: '{p.get('product')}'",
                code="resource_missing",
                param="product",
            )
        lookup = p.get("lookup_key")
        holder = next(
            (x for x in self.objects["prices"].values() if lookup and x["lookup_key"] == lookup),
            None,
        )
        if holder is not None:
            if not _flag(p.get("transfer_lookup_key")):
                return stripe_error(
                    400,
                    f"A price (`{holder['id']}`) already uses that lookup key.",
                    param="lookup_key",
                )
            holder["lookup_key"] = None
        recurring = p.get("recurring")
        if recurring is not None:
            recurring = {
                "interval": recurring.get("interval", "month"),
                "interval_count": int(recurring.get("interval_count", 1)),
                "usage_type": "licensed",
            }
        obj = self._new(
            "prices",
            {
                "product": p["product"],
                "currency": p["currency"].lower(),
                "unit_amount": int(p["unit_amount"]) if "unit_amount" in p else None,
                "recurring": recurring,
                "type": "recurring" if recurring else "one_time",
                "lookup_key": lookup,
                "nickname": p.get("nickname"),
                "active": _flag(p.get("active", "true")),
                "metadata": p.get("metadata", {}),
            },
        )
        return json_reply(200, obj)

    def _create_customer(self, p: dict[str, Any]) -> Response:
        obj = self._new(
            "customers",
            {"email": p.get("email"), "name": p.get("name"), "metadata": p.get("metadata", {})},
        )
        return json_reply(200, obj)

    def _create_session(self, p: dict[str, Any]) -> Response:
        mode = p.get("mode")
        if mode not in ("payment", "subscription", "setup"):
            return _missing("mode")
        items = p.get("line_items") or []
        if mode != "setup" and not items:
            return _missing("line_items")
        total = 0
        for position, item in enumerate(items):
            price = self.objects["prices"].get(item.get("price", ""))
            if price is None:
                return stripe_error(
                    400,
                    f"No such price: '{item.get('price')}'",
                    code="resource_missing",
                    param=f"line_items[{position}][price]",
                )
            if (price["type"] == "recurring") != (mode == "subscription"):
                return stripe_error(
                    400,
                    f"You must use mode=subscription for recurring prices "
                    f"and mode=payment for one-time prices ({price['id']}).",
                    param="mode",
                )
            total += (price["unit_amount"] or 0) * int(item.get("quantity", 1))
        customer = p.get("customer")
        if customer is not None and customer not in self.objects["customers"]:
            return stripe_error(
                400, f"No such customer: '{customer}'", code="resource_missing", param="customer"
            )
        obj = self._new(
            "checkout/sessions",
            {
                "mode": mode,
                "status": "open",
                "payment_status": "unpaid",
                "amount_total": total,
                "currency": "eur",
                "customer": customer,
                "customer_email": p.get("customer_email"),
                "client_reference_id": p.get("client_reference_id"),
                "metadata": p.get("metadata", {}),
                # The subscription Checkout makes gets these (api/checkout/sessions/create).
                "subscription_data": {
                    "metadata": p.get("subscription_data", {}).get("metadata", {})
                },
                "success_url": p.get("success_url"),
                "cancel_url": p.get("cancel_url"),
                "payment_intent": None,
                "subscription": None,
                "invoice": None,
                "expires_at": self.now + 24 * 3600,
                "line_items": {
                    "object": "list",
                    "data": [
                        {"price": it["price"], "quantity": int(it.get("quantity", 1))}
                        for it in items
                    ],
                },
            },
        )
        obj["url"] = f"{self.base_url}/pay/{obj['id']}"
        return json_reply(200, obj)

    def _create_payment_intent(self, p: dict[str, Any]) -> Response:
        if "amount" not in p:
            return _missing("amount")
        obj = self._new(
            "payment_intents",
            {
                "amount": int(p["amount"]),
                "currency": p.get("currency", "eur"),
                "customer": p.get("customer"),
                "metadata": p.get("metadata", {}),
                "status": "requires_payment_method",
            },
        )
        return json_reply(200, obj)

    def _update(self, kind: str, obj: dict[str, Any], p: dict[str, Any]) -> Response:
        for name, value in p.items():
            if name == "metadata":
                obj["metadata"] = {**obj.get("metadata", {}), **value}
            elif name in ("active", "cancel_at_period_end"):
                obj[name] = _flag(value)
            elif name in ("name", "description", "email", "lookup_key", "nickname"):
                obj[name] = value
        if kind == "subscriptions":
            self._emit("customer.subscription.updated", obj)
        return json_reply(200, obj)

    # checkout, subscriptions, invoices ------------------------------------------------------

    def _hosted_page(self, method: str, session_id: str) -> Response:
        session = self.objects["checkout/sessions"].get(session_id)
        if session is None:
            return Reply(404, body=b"<h1>This checkout page does not exist</h1>")
        if method == "POST" and session["status"] == "open":
            self._complete(session_id)
        html = f"<h1>Checkout {session_id}</h1><p>Status: {session['status']}</p>"
        return Reply(200, body=html.encode(), headers={"Content-Type": "text/html"})

    def _complete(self, session_id: str) -> dict[str, Any]:
        session = self.objects["checkout/sessions"][session_id]
        if session["status"] != "open":
            raise ValueError(f"checkout session {session_id} is {session['status']}")
        if session["customer"] is None:
            session["customer"] = self._new(
                "customers", {"email": session["customer_email"], "name": None, "metadata": {}}
            )["id"]
        if session["mode"] == "subscription":
            sub = self._new(
                "subscriptions",
                {
                    "customer": session["customer"],
                    "status": "active",
                    "cancel_at_period_end": False,
                    "canceled_at": None,
                    "current_period_start": self.now,
                    "current_period_end": self.now + _MONTH,
                    "metadata": session["subscription_data"]["metadata"],
                    "items": {
                        "object": "list",
                        "data": [
                            {
                                "price": self.objects["prices"][it["price"]],
                                "quantity": it["quantity"],
                                "current_period_end": self.now + _MONTH,
                            }
                            for it in session["line_items"]["data"]
                        ],
                    },
                },
            )
            session["subscription"] = sub["id"]
            self._emit("customer.subscription.created", sub)
            invoice = self._invoice(sub, "subscription_create")
            session["invoice"] = invoice["id"]
            self._emit("invoice.paid", invoice)
        else:
            intent = self._new(
                "payment_intents",
                {
                    "amount": session["amount_total"],
                    "currency": session["currency"],
                    "customer": session["customer"],
                    "metadata": session["metadata"],
                    "status": "succeeded",
                },
            )
            session["payment_intent"] = intent["id"]
            self._emit("payment_intent.succeeded", intent)
        session["status"], session["payment_status"] = "complete", "paid"
        self._emit("checkout.session.completed", session)
        return session

    def _invoice(self, sub: dict[str, Any], reason: str) -> dict[str, Any]:
        item = sub["items"]["data"][0]
        return self._new(
            "invoices",
            {
                "customer": sub["customer"],
                "subscription": sub["id"],
                "status": "paid",
                "billing_reason": reason,
                "amount_paid": item["price"]["unit_amount"],
                "currency": item["price"]["currency"],
                "period_start": sub["current_period_start"],
                "period_end": sub["current_period_end"],
                "parent": {
                    "type": "subscription_details",
                    "subscription_details": {
                        "subscription": sub["id"],
                        "metadata": sub["metadata"],
                    },
                },
                "lines": {
                    "object": "list",
                    "data": [
                        {
                            "price": item["price"],
                            "quantity": item["quantity"],
                            "period": {
                                "start": sub["current_period_start"],
                                "end": sub["current_period_end"],
                            },
                        }
                    ],
                },
            },
        )

    def _cancel(self, subscription_id: str, *, at_period_end: bool) -> dict[str, Any]:
        sub = self.objects["subscriptions"][subscription_id]
        if at_period_end:
            sub["cancel_at_period_end"] = True
            self._emit("customer.subscription.updated", sub)
        else:
            sub["status"], sub["canceled_at"] = "canceled", self.now
            self._emit("customer.subscription.deleted", sub)
        return sub

    def _expire(self, session_id: str) -> Response:
        session = self.objects["checkout/sessions"].get(session_id)
        if session is None:
            return stripe_error(
                404,
                f"No such checkout.session: '{session_id}'",
                code="resource_missing",
                param="session",
            )
        if session["status"] != "open":
            return stripe_error(400, "Only Checkout Sessions with a status of open can be expired.")
        session["status"] = "expired"
        self._emit("checkout.session.expired", session)
        return json_reply(200, session)

    def _emit(self, type: str, obj: dict[str, Any]) -> dict[str, Any]:
        snapshot = json.loads(json.dumps(obj))  # events carry the object as it was then
        return self._new(
            "events",
            {
                "type": type,
                "api_version": API_VERSION,
                "data": {"object": snapshot},
                "pending_webhooks": 0,
                "request": {"id": None, "idempotency_key": None},
            },
        )

    # listing and search ---------------------------------------------------------------------

    def _list(self, kind: str, p: dict[str, Any]) -> Response:
        items = list(reversed(self.objects[kind].values()))  # newest first (api/pagination)
        filters = {
            k: v for k, v in p.items() if k in ("product", "customer", "subscription", "currency")
        }
        items = [x for x in items if all(x.get(k) == v for k, v in filters.items())]
        if "active" in p:
            items = [x for x in items if x.get("active") == _flag(p["active"])]
        if kind == "prices" and "type" in p:
            items = [x for x in items if x["type"] == p["type"]]
        if kind == "prices" and "lookup_keys" in p:
            items = [x for x in items if x["lookup_key"] in p["lookup_keys"]]
        if kind == "events" and "type" in p:
            pattern = re.compile(re.escape(p["type"]).replace(r"\*", ".*") + "$")
            items = [x for x in items if pattern.match(x["type"])]
        if kind == "events" and "types" in p:
            items = [x for x in items if x["type"] in p["types"]]
        limit = int(p.get("limit", 10))
        if not 1 <= limit <= 100:
            return stripe_error(400, "This value must be between 1 and 100.", param="limit")
        ids = [x["id"] for x in items]
        for cursor in ("starting_after", "ending_before"):
            if cursor in p and p[cursor] not in ids:
                return stripe_error(400, f"No such object: '{p[cursor]}'", param=cursor)
        if "starting_after" in p:
            items = items[ids.index(p["starting_after"]) + 1 :]
            page, has_more = items[:limit], len(items) > limit
        elif "ending_before" in p:
            items = items[: ids.index(p["ending_before"])]
            page, has_more = items[-limit:], len(items) > limit
        else:
            page, has_more = items[:limit], len(items) > limit
        return json_reply(
            200, {"object": "list", "data": page, "has_more": has_more, "url": f"/v1/{kind}"}
        )

    def _search(self, kind: str, p: dict[str, Any]) -> Response:
        query = p.get("query", "")
        clauses = [_CLAUSE.match(part) for part in re.split(r"\s+AND\s+", query) if part.strip()]
        if not clauses or any(c is None for c in clauses):
            return stripe_error(400, f"Invalid query: {query!r}", param="query")
        items = list(reversed(self.objects[kind].values()))
        for clause in clauses:
            assert clause is not None
            if clause["meta"]:
                items = [x for x in items if x["metadata"].get(clause["meta"]) == clause["value"]]
            else:
                items = [
                    x
                    for x in items
                    if str(x.get(clause["field"])).lower() == clause["value"].lower()
                ]
        limit = int(p.get("limit", 10))
        return json_reply(
            200,
            {
                "object": "search_result",
                "data": items[:limit],
                "has_more": len(items) > limit,
                "next_page": None,
                "url": f"/v1/{kind}/search",
            },
        )


def _missing(param: str) -> Reply:
    return stripe_error(
        400, f"Missing required param: {param}.", code="parameter_missing", param=param
    )


_CREATE = {
    "products": FakeStripeServer._create_product,
    "prices": FakeStripeServer._create_price,
    "customers": FakeStripeServer._create_customer,
    "checkout/sessions": FakeStripeServer._create_session,
    "payment_intents": FakeStripeServer._create_payment_intent,
}
