"""Checkout for an app's checkout records: a payment session with a payment provider for the
linked products, and the provider's events that mark orders (and what they pay for) paid.

Prices come from the app's product records, never from the caller. Every provider event is
handled once: its id goes into `stripe_events_seen` with insert-or-ignore in the transaction
that applies it, so a replay, or twenty copies at once, changes nothing after the first.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from l4ydesk.core.ontology import record_type
from l4ydesk.core.platform.app_records import AppRecords, emit, require_app_record
from l4ydesk.core.platform.errors import (
    FieldProblem,
    InvalidInputError,
    PaymentProviderError,
    PlatformError,
)
from l4ydesk.core.platform.outbox import enqueue
from l4ydesk.core.records import to_record
from l4ydesk.storage.db import Store, insert_ignoring
from l4ydesk.storage.models import ObjectLink, OntologyObject
from l4ydesk.storage.platform_models import CheckoutOrder, StripeEventSeen

MAX_ITEMS = 50
MAX_QUANTITY = 999
PAYABLE = ("booking", "ticket", "invoice")


class PaymentGateway(Protocol):
    """What checkout needs from the payment provider (clients/stripe_checkout.py)."""

    def price_for(
        self, lookup_key: str, name: str, unit_amount: int, currency: str, *, idempotency_key: str
    ) -> str: ...

    def create_session(
        self,
        line_items: Sequence[tuple[str, int]],
        *,
        success_url: str,
        cancel_url: str,
        metadata: Mapping[str, str],
        customer_email: str | None,
        idempotency_key: str,
    ) -> dict[str, Any]: ...

    def verify(self, payload: bytes, signature: str | None) -> dict[str, Any]: ...


class PaymentsNotConfiguredError(PlatformError):
    status = 503


class WebhookSignatureError(PlatformError):
    status = 400


@dataclass(frozen=True)
class LineItem:
    product_id: int
    name: str
    unit_amount: int  # minor units (cents)
    currency: str
    quantity: int


@dataclass(frozen=True)
class StartedCheckout:
    order_id: int
    session_id: str
    url: str
    amount_total: int
    items: list[LineItem]


class Checkout:
    def __init__(
        self, store: Store, records: AppRecords, gateway: PaymentGateway | None = None
    ) -> None:
        self._store = store
        self._records = records
        self._gateway = gateway

    def _require_gateway(self) -> PaymentGateway:
        if self._gateway is None:
            raise PaymentsNotConfiguredError(
                "Payments are not set up on this server: set the apps' Stripe secret key "
                "(L4YDESK_STRIPE_SECRET_KEY, or Settings → Keys → Stripe) and restart it."
            )
        return self._gateway

    def line_items(
        self,
        app_id: int,
        checkout_id: int,
        wanted: Sequence[Mapping[str, Any]] | None,
        quantity: int | None = None,
    ) -> tuple[dict[str, Any], list[LineItem]]:
        """The checkout's properties and its line items, priced from the app's products.
        `quantity` (without `wanted`) is how many of the checkout's one product: a page that
        sells one thing, say tickets to an event, sends the number the visitor chose."""
        with self._store.session() as session:
            checkout = require_app_record(session, app_id, "checkout", checkout_id)
            props = dict(checkout.properties or {})
            if wanted is None:
                wanted = _linked_items(session, checkout_id, props)
                if quantity is not None:
                    wanted = _one_product_times(wanted, quantity)
            elif quantity is not None:
                raise InvalidInputError(
                    [FieldProblem("quantity", "with items")],
                    "Send either items or a quantity of the checkout's product, not both.",
                )
            if not wanted:
                raise InvalidInputError(
                    [FieldProblem("items", "no products")],
                    "This checkout has no products: link products to it or send items.",
                )
            if len(wanted) > MAX_ITEMS:
                raise InvalidInputError([FieldProblem("items", f"more than {MAX_ITEMS}")])
            items: list[LineItem] = []
            for position, entry in enumerate(wanted):
                product_id, quantity = entry.get("product_id"), entry.get("quantity", 1)
                where = f"items.{position}"
                if not isinstance(product_id, int) or isinstance(product_id, bool):
                    raise InvalidInputError([FieldProblem(f"{where}.product_id", "not an id")])
                if not isinstance(quantity, int) or not 1 <= quantity <= MAX_QUANTITY:
                    raise InvalidInputError(
                        [FieldProblem(f"{where}.quantity", f"a whole number 1-{MAX_QUANTITY}")]
                    )
                product = require_app_record(session, app_id, "product", product_id)
                price = (product.properties or {}).get("price")
                if not price:
                    raise InvalidInputError(
                        [FieldProblem(f"{where}.product_id", "has no price")],
                        f"The product '{product.name}' has no price, so it cannot be sold.",
                    )
                cents = int((Decimal(str(price)) * 100).to_integral_value())
                currency = str((product.properties or {}).get("currency") or "USD")
                items.append(LineItem(product.id, product.name, cents, currency, quantity))
        return props, items

    def start(
        self,
        app_id: int,
        checkout_id: int,
        *,
        items: Sequence[Mapping[str, Any]] | None = None,
        quantity: int | None = None,
        record_id: int | None = None,
        customer_email: str | None = None,
        success_url: str | None = None,
        cancel_url: str | None = None,
    ) -> StartedCheckout:
        gateway = self._require_gateway()
        props, line_items = self.line_items(app_id, checkout_id, items, quantity)
        if record_id is not None:
            self._check_payable(app_id, record_id)
        success = success_url or props.get("success_url")
        cancel = cancel_url or props.get("cancel_url") or success
        if not isinstance(success, str) or not success.startswith(("https://", "http://")):
            raise InvalidInputError(
                [FieldProblem("success_url", "missing")],
                "Say where to send the customer after paying: success_url on the checkout "
                "record or in the request.",
            )
        request_key = uuid.uuid4().hex
        try:
            prices = [
                (
                    gateway.price_for(
                        f"l4y_{item.product_id}_{item.unit_amount}_{item.currency.lower()}",
                        item.name,
                        item.unit_amount,
                        item.currency,
                        idempotency_key=f"{request_key}-{position}",
                    ),
                    item.quantity,
                )
                for position, item in enumerate(line_items)
            ]
            session_data = gateway.create_session(
                prices,
                success_url=success,
                cancel_url=str(cancel),
                metadata={"app": str(app_id), "checkout": str(checkout_id)},
                customer_email=customer_email,
                idempotency_key=f"{request_key}-session",
            )
        except RuntimeError as exc:  # the client's typed error, a sentence
            raise PaymentProviderError(str(exc)) from exc
        with self._store.session() as session:
            order = CheckoutOrder(
                app_id=app_id,
                checkout_id=checkout_id,
                record_id=record_id,
                session_id=str(session_data["id"]),
                url=str(session_data.get("url") or ""),
                amount_total=int(session_data.get("amount_total") or 0),
                currency=str(session_data.get("currency") or "usd")[:3],
                status="open",
            )
            session.add(order)
            session.flush()
            enqueue(
                session,
                app_id,
                "checkout.started",
                {
                    "order_id": order.id,
                    "checkout_id": checkout_id,
                    "amount_total": order.amount_total,
                },
            )
            return StartedCheckout(
                order.id, order.session_id, order.url, order.amount_total, line_items
            )

    def _check_payable(self, app_id: int, record_id: int) -> None:
        with self._store.session() as session:
            for type_key in PAYABLE:
                try:
                    require_app_record(session, app_id, type_key, record_id)
                    return
                except PlatformError:
                    continue
        raise InvalidInputError(
            [FieldProblem("record_id", "no booking, ticket or invoice of this app")]
        )

    def order(self, order_id: int) -> CheckoutOrder | None:
        with self._store.session() as session:
            row = session.get(CheckoutOrder, order_id)
            if row is not None:
                session.expunge(row)
            return row

    def handle_event(self, payload: bytes, signature: str | None) -> str:
        """Apply a provider webhook once; returns "applied", "duplicate" or "ignored"."""
        gateway = self._require_gateway()
        try:
            event = gateway.verify(payload, signature)
        except ValueError as exc:
            raise WebhookSignatureError(f"{exc} Nothing was changed.") from exc
        event_id, event_type = str(event.get("id") or ""), str(event.get("type") or "")
        if not event_id:
            raise WebhookSignatureError("The event has no id. Nothing was changed.")
        obj = (event.get("data") or {}).get("object") or {}
        with self._store.session() as session:
            if not _first_time(session, event_id, event_type):
                return "duplicate"
            if event_type not in (
                "checkout.session.completed",
                "checkout.session.async_payment_succeeded",
            ):
                return "ignored"
            if obj.get("payment_status") not in ("paid", "no_payment_required"):
                return "ignored"
            return "applied" if _mark_paid(session, str(obj.get("id") or "")) else "ignored"


def _linked_items(
    session: Session, checkout_id: int, props: Mapping[str, Any]
) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for entry in props.get("items") or []:
        if isinstance(entry, Mapping) and isinstance(entry.get("product_id"), int):
            items.append({"product_id": entry["product_id"], "quantity": entry.get("quantity", 1)})
    linked = session.scalars(
        select(ObjectLink.to_object_id).where(
            ObjectLink.from_object_id == checkout_id, ObjectLink.to_object_id.is_not(None)
        )
    ).all()
    known = {item["product_id"] for item in items}
    items += [{"product_id": pid, "quantity": 1} for pid in linked if pid not in known]
    return items


def _one_product_times(wanted: list[dict[str, Any]], quantity: int) -> list[dict[str, Any]]:
    if not wanted:
        return wanted  # "no products", said by the caller
    if len(wanted) > 1:
        raise InvalidInputError(
            [FieldProblem("quantity", "needs a checkout of one product")],
            f"This checkout sells {len(wanted)} products, so a quantity alone does not say "
            "which; link one product to it or send items.",
        )
    if not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInputError([FieldProblem("quantity", f"a whole number 1-{MAX_QUANTITY}")])
    return [{**wanted[0], "quantity": quantity}]


def _first_time(session: Session, event_id: str, event_type: str) -> bool:
    values = {
        "event_id": event_id,
        "event_type": event_type[:120],
        "received_at": datetime.now(UTC),
    }
    # RETURNING, not rowcount: psycopg reports no reliable rowcount for ON CONFLICT DO NOTHING.
    statement = (
        insert_ignoring(session, StripeEventSeen, ["event_id"])
        .values(**values)
        .returning(StripeEventSeen.event_id)
    )
    return session.execute(statement).first() is not None


def _mark_paid(session: Session, session_id: str) -> bool:
    changed = session.execute(
        update(CheckoutOrder)
        .where(CheckoutOrder.session_id == session_id, CheckoutOrder.status != "paid")
        .values(status="paid", paid_at=datetime.now(UTC))
        .execution_options(synchronize_session=False)
    )
    if changed.rowcount != 1:  # type: ignore[attr-defined]
        return False
    order = session.scalar(select(CheckoutOrder).where(CheckoutOrder.session_id == session_id))
    assert order is not None
    paid: dict[str, Any] = {
        "order_id": order.id,
        "checkout_id": order.checkout_id,
        "amount_total": order.amount_total,
        "currency": order.currency,
    }
    if order.record_id is not None:
        row = session.get(OntologyObject, order.record_id)
        if row is not None:
            props = dict(row.properties or {})
            props["payment_status"] = "paid"
            if row.type == "booking":
                props["status"] = "confirmed"
            elif row.type == "invoice":
                props["status"] = "paid"
            row.properties = props
            session.flush()
            record = to_record(row)
            paid["record"] = {"id": record.id, "type": record.type}
            event = {"booking": "confirmed", "invoice": "paid", "ticket": "updated"}[row.type]
            emit(session, order.app_id, record_type(row.type), event, record)
    enqueue(session, order.app_id, "checkout.completed", paid)
    enqueue(session, order.app_id, "payment.completed", paid)
    return True
