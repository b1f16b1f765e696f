"""Tells the step of a sale that takes the money at the counter from a form.

A till's or a waiter's payment step asks how the customer pays (cash, card, a mobile wallet),
the amount handed over, a tip or a discount and the wallet's transaction code, then completes
the payment. It is the checkout's last step (LABELLING round 10: a page that only takes payment
for an order is a checkout and not a form); staff recording a payment that came in ("Record
payment", "Registrar pago") keep the form the labels give them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from l4ydesk.core.analyzer.values import words

# how the customer pays
_METHOD = frozenset({"method", "payment", "pay", "metodo", "pago", "forma", "zahlungsart"})
# what else a payment step asks: the money handed over and what changes it, the wallet's code,
# and who took it
_MONEY = frozenset(
    {"amount", "tendered", "received", "cash", "change", "tip", "tips", "gratuity", "discount"}
    | {"charge", "service", "transaction", "reference", "ref", "code", "receipt", "split"}
    | {"propina", "descuento", "efectivo", "monto", "importe", "recibido", "cambio", "pourboire"}
    | {"remise", "trinkgeld", "rabatt", "betrag", "mancia", "sconto", "importo", "fooi"}
    | {"korting", "bedrag", "gorjeta", "desconto", "valor", "troco", "server", "cashier"}
    | {"waiter", "mesero", "camarero", "garcom", "kellner", "serveur", "cameriere"}
)
# staff writing down a payment that came in: a record the business keeps
_RECORDS = re.compile(
    r"\b(record\w*|log|add|new|registr\w*|erfassen|enregistrer|nuev[oa]|nouveau|novo|ghi)\b",
    re.I,
)


def takes_payment(fields: Mapping[str, Any], said: str) -> bool:
    """A choice of how to pay and, besides it, only the money handed over, a tip, a discount,
    a transaction code or who served: no customer, no item, no address. `said` is the form's
    title and button; one that records a payment stays a form."""
    if _RECORDS.search(said):
        return False
    listed = [f for f in fields.get("fields", []) if isinstance(f, dict)]
    if not listed or any(f.get("type") in ("email", "tel", "textarea", "date") for f in listed):
        return False
    named = [set(words(str(f.get("name") or ""))) for f in listed]
    chooses = any(
        f.get("type") in ("select", "radio") and n & _METHOD
        for f, n in zip(listed, named, strict=True)
    )
    return chooses and all(n & (_METHOD | _MONEY) for n in named)
