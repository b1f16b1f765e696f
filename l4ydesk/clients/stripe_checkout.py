"""Stripe for the platform's checkout: prices for an app's products, Checkout Sessions, and the
webhook signature check — the official SDK pointed at the configured base URL (test mode).

Returns plain dicts; the core decides what a session or an event means. Calls are synchronous
(the SDK's own HTTP client) and run in the server's thread pool. Errors become
`StripeCheckoutError` with a sentence; a bad signature is `WebhookRejected`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import stripe

__all__ = ["StripeCheckout", "StripeCheckoutError", "WebhookRejected"]


class StripeCheckoutError(RuntimeError):
    """A Stripe request failed; the message says what happened."""


class WebhookRejected(ValueError):
    """The payload's `Stripe-Signature` does not verify; nothing in it may be used."""


def _data(obj: Any) -> dict[str, Any]:
    return dict(obj.to_dict()) if hasattr(obj, "to_dict") else dict(obj)


class StripeCheckout:
    def __init__(
        self,
        secret_key: str,
        *,
        base_url: str,
        webhook_secret: str | None = None,
        max_network_retries: int = 2,
    ) -> None:
        self._client = stripe.StripeClient(
            secret_key, base_addresses={"api": base_url}, max_network_retries=max_network_retries
        )
        self._webhook_secret = webhook_secret

    def price_for(
        self, lookup_key: str, name: str, unit_amount: int, currency: str, *, idempotency_key: str
    ) -> str:
        """The id of the one-time price with `lookup_key`, created with its product if new.

        The lookup key encodes the amount, so a changed price in l4ydesk makes a new Stripe price
        (prices are immutable in Stripe) instead of charging an old amount.
        """
        try:
            found = self._client.v1.prices.list({"lookup_keys": [lookup_key], "limit": 1})
            if found.data:
                return str(found.data[0].id)
            product = self._client.v1.products.create(
                {"name": name[:250] or "Item"}, {"idempotency_key": f"{idempotency_key}-product"}
            )
            price = self._client.v1.prices.create(
                {
                    "product": product.id,
                    "currency": currency.lower(),
                    "unit_amount": unit_amount,
                    "lookup_key": lookup_key,
                },
                {"idempotency_key": f"{idempotency_key}-price"},
            )
            return str(price.id)
        except stripe.StripeError as exc:
            raise _sentence(exc) from None

    def create_session(
        self,
        line_items: Sequence[tuple[str, int]],
        *,
        success_url: str,
        cancel_url: str,
        metadata: Mapping[str, str],
        customer_email: str | None,
        idempotency_key: str,
    ) -> dict[str, Any]:
        params: dict[str, Any] = {
            "mode": "payment",
            "line_items": [{"price": price, "quantity": qty} for price, qty in line_items],
            "success_url": success_url,
            "cancel_url": cancel_url,
            "metadata": dict(metadata),
            "client_reference_id": metadata.get("order"),
        }
        if customer_email:
            params["customer_email"] = customer_email
        try:
            session = self._client.v1.checkout.sessions.create(
                params,  # type: ignore[arg-type]
                {"idempotency_key": idempotency_key},
            )
        except stripe.StripeError as exc:
            raise _sentence(exc) from None
        return _data(session)

    def verify(self, payload: bytes, signature: str | None) -> dict[str, Any]:
        """The event in `payload`, verified with the SDK's own check (signature and age)."""
        if not self._webhook_secret:
            raise WebhookRejected("No Stripe webhook secret is set, so no event can be trusted.")
        if not signature:
            raise WebhookRejected("The request has no Stripe-Signature header.")
        try:
            event = stripe.Webhook.construct_event(payload, signature, self._webhook_secret)
        except stripe.SignatureVerificationError:
            raise WebhookRejected("The Stripe-Signature does not match this payload.") from None
        except ValueError:
            raise WebhookRejected("The payload is not a Stripe event.") from None
        return _data(event)


def _sentence(exc: stripe.StripeError) -> StripeCheckoutError:
    if isinstance(exc, stripe.AuthenticationError):
        return StripeCheckoutError("Stripe refused the secret key; check the Stripe key.")
    if isinstance(exc, stripe.APIConnectionError):
        return StripeCheckoutError("Stripe could not be reached; try again in a moment.")
    return StripeCheckoutError(f"Stripe answered: {exc.user_message or 'the request was refused'}")
