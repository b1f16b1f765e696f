"""The Stripe client for billing: the official SDK pointed at the configured base URL.

Everything it returns is plain dicts (the SDK's objects turned into data), so the core decides
what a product, a checkout or an event means. Calls are synchronous (the SDK's own HTTP client);
the window runs them in its worker. Errors become `StripeUnavailable` with a sentence.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

import stripe

__all__ = ["StripeBilling", "StripeUnavailable", "WebhookRejected", "verify_webhook"]

EVENT_TYPES = (
    "checkout.session.completed",
    "customer.subscription.created",
    "customer.subscription.updated",
    "customer.subscription.deleted",
    "invoice.paid",
)
PAGE = 100
MAX_PAGES = 50  # Stripe keeps 30 days of events; this bounds one poll


class StripeUnavailable(RuntimeError):
    """A Stripe request failed; the message says what happened and what to do."""


class WebhookRejected(RuntimeError):
    """A webhook whose signature does not verify; nothing in it was applied."""


def _sentence(exc: stripe.StripeError) -> StripeUnavailable:
    if isinstance(exc, stripe.AuthenticationError):
        return StripeUnavailable(
            "Stripe refused the secret key. Check the Stripe key in Settings → Keys "
            "(a test-mode key starts with sk_test_)."
        )
    if isinstance(exc, stripe.RateLimitError):
        return StripeUnavailable("Stripe is busy right now. Try again in a minute.")
    if isinstance(exc, stripe.APIConnectionError):
        return StripeUnavailable(
            "Stripe could not be reached. Check the internet connection and try again."
        )
    return StripeUnavailable(f"Stripe answered: {exc.user_message or 'the request was refused'}")


@contextmanager
def _sentences() -> Iterator[None]:
    try:
        yield
    except stripe.StripeError as exc:
        raise _sentence(exc) from None


def _data(obj: Any) -> dict[str, Any]:
    return dict(obj.to_dict()) if hasattr(obj, "to_dict") else dict(obj)


class StripeBilling:
    """The few Stripe calls billing needs."""

    def __init__(self, secret_key: str, *, base_url: str, max_network_retries: int = 2) -> None:
        self._client = stripe.StripeClient(
            secret_key,
            base_addresses={"api": base_url},
            max_network_retries=max_network_retries,
        )

    # catalogue ---------------------------------------------------------------------------

    def find_product(self, product_id: str) -> dict[str, Any] | None:
        """The product, or None when Stripe has no product with that id (404)."""
        try:
            return _data(self._client.v1.products.retrieve(product_id))
        except stripe.InvalidRequestError as exc:
            if exc.http_status == 404:
                return None
            raise _sentence(exc) from None
        except stripe.StripeError as exc:
            raise _sentence(exc) from None

    def create_product(
        self, product_id: str, name: str, metadata: Mapping[str, str], *, idempotency_key: str
    ) -> dict[str, Any]:
        with _sentences():
            return _data(
                self._client.v1.products.create(
                    {"id": product_id, "name": name, "metadata": dict(metadata)},
                    {"idempotency_key": idempotency_key},
                )
            )

    def prices(self, lookup_keys: Sequence[str]) -> list[dict[str, Any]]:
        with _sentences():
            found = self._client.v1.prices.list(
                {"lookup_keys": list(lookup_keys), "limit": PAGE, "active": True}
            )
            return [_data(p) for p in found.data]

    def create_price(self, params: Mapping[str, Any], *, idempotency_key: str) -> dict[str, Any]:
        with _sentences():
            return _data(
                self._client.v1.prices.create(dict(params), {"idempotency_key": idempotency_key})  # type: ignore[arg-type]
            )

    # buying ------------------------------------------------------------------------------

    def create_customer(self, metadata: Mapping[str, str], *, idempotency_key: str) -> str:
        with _sentences():
            customer = self._client.v1.customers.create(
                {"metadata": dict(metadata)}, {"idempotency_key": idempotency_key}
            )
            return str(customer.id)

    def create_checkout(
        self,
        *,
        mode: str,
        price_id: str,
        customer: str,
        metadata: Mapping[str, str],
        success_url: str,
        cancel_url: str,
        idempotency_key: str,
    ) -> tuple[str, str]:
        """A Checkout Session; returns its id and the URL to open in the browser."""
        params: dict[str, Any] = {
            "mode": mode,
            "customer": customer,
            "line_items": [{"price": price_id, "quantity": 1}],
            "metadata": dict(metadata),
            "client_reference_id": customer,
            "success_url": success_url,
            "cancel_url": cancel_url,
        }
        if mode == "subscription":
            params["subscription_data"] = {"metadata": dict(metadata)}
        with _sentences():
            session = self._client.v1.checkout.sessions.create(
                params,  # type: ignore[arg-type]
                {"idempotency_key": idempotency_key},
            )
        return str(session.id), str(session.url)

    # learning what happened ----------------------------------------------------------------

    def events_since(self, cursor: str | None) -> list[dict[str, Any]]:
        """Billing events newer than `cursor` (all kept ones without it), oldest first."""
        newest_first: list[dict[str, Any]] = []
        after: str | None = None
        with _sentences():
            for _ in range(MAX_PAGES):
                params: dict[str, Any] = {"limit": PAGE, "types": list(EVENT_TYPES)}
                if after is not None:
                    params["starting_after"] = after
                page = self._client.v1.events.list(params)  # type: ignore[arg-type]
                batch = [_data(e) for e in page.data]
                ids = [e["id"] for e in batch]
                if cursor is not None and cursor in ids:
                    newest_first.extend(batch[: ids.index(cursor)])
                    break
                newest_first.extend(batch)
                if not page.has_more or not batch:
                    break
                after = ids[-1]
        return list(reversed(newest_first))


def verify_webhook(payload: bytes, signature: str | None, secret: str) -> dict[str, Any]:
    """The event in a webhook delivery, verified by the SDK; raises WebhookRejected."""
    try:
        event = stripe.Webhook.construct_event(payload, signature, secret)
    except (stripe.SignatureVerificationError, ValueError) as exc:
        raise WebhookRejected(
            f"A Stripe webhook was refused: its signature does not verify ({exc})."
        ) from None
    return _data(event)
