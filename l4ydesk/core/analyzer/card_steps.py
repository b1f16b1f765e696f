"""Tells a card-payment step that also asks the card's billing address.

LABELLING round 21: a step that asks only for a card (number, expiry, code, name on the card) is
the checkout's payment step, not a form; the card goes to a payment provider and is no record
the business keeps. The address the card is billed to belongs to the card as well: the
provider checks it. A delivery or contact step (an e-mail, a phone, a note) stays a form.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from l4ydesk.core.analyzer.values import words

# the card itself, as card forms name their inputs (in English, whatever the page's language)
_CARD = frozenset(
    {"card", "cardnumber", "cvv", "cvc", "cvn", "csc", "expiry", "expiration", "exp"}
    | {"cardholder", "mm", "yy", "tarjeta", "cartao", "carte", "karte", "carta", "kaart"}
)
# the address the card is billed to
_BILLING = frozenset(
    {"billing", "address", "street", "line1", "line2", "city", "state", "province", "region"}
    | {"zip", "zipcode", "postal", "postcode", "country", "name", "holder", "on"}
)

# an address the order is delivered to, in the languages v0 apps are written in
_DELIVERY = frozenset(
    {"delivery", "shipping", "ship", "entrega", "envio", "lieferung", "liefer", "livraison"}
    | {"consegna", "spedizione", "levering", "verzending", "giao", "hàng", "teslimat"}
)


def card_with_billing_address(fields: Mapping[str, Any]) -> bool:
    """Two card details at least (a number, an expiry, a code) and nothing else than the card
    holder's name and billing address: no e-mail, phone or note, so no contact is asked."""
    listed = [f for f in fields.get("fields", []) if isinstance(f, dict)]
    if any(f.get("type") in ("email", "tel", "textarea") for f in listed):
        return False
    said = [set(words(f"{f.get('name') or ''} {f.get('label') or ''}")) for f in listed]
    if any(s & _DELIVERY for s in said):
        return False  # where the order goes: the checkout's delivery step, a form (round 21)
    card = sum(1 for s in said if s & _CARD)
    return card >= 2 and all(s & (_CARD | _BILLING) for s in said)
