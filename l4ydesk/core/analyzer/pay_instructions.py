"""A page telling the visitor how to pay by hand (round 21, post21f).

After a registration or an order, a page headed "Payment Instructions" names where to send the
money (a PayPal or Zelle account, a bank transfer's IBAN, a Pix key, a QR code to scan): no
card is asked and no button pays, yet this is where the purchase is paid, a checkout (manual).
Read by a heading saying how to pay and a manual way to pay written under it.
"""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.values import words

# a heading saying how to pay (not "Payment methods" of a footer, which lists logos)
PAY_HEADING = re.compile(
    r"\b(payment instructions?|how to pay|complete your payment|instrucciones de pago"
    r"|c[oó]mo pagar|instru[cç][õo]es de pagamento|como pagar|instructions de paiement"
    r"|comment payer|zahlungsanweisung(en)?|zahlungshinweise|so bezahlen sie"
    r"|istruzioni (di|per il) pagamento|come pagare|betaalinstructies|hoe te betalen)\b",
    re.I,
)
# a way to pay by hand: an account to send to, a transfer, a code to scan
_MANUAL_MEANS = re.compile(
    r"\b(zelle|venmo|paypal|cash ?app|bank transfer|wire transfer|iban|swift|bic|pix"
    r"|transferencia|transferência|dep[oó]sito|virement|[üu]berweisung|bonifico"
    r"|overschrijving|qr)\b",
    re.I,
)


# a file whose route is the payment step (`app/register/payment/page.tsx`); a landing page's
# section on how to pay tells it before anything is bought
_PAY_ROUTE = frozenset(
    {"payment", "payments", "pay", "checkout", "pago", "pagos", "pagamento", "paiement"}
    | {"zahlung", "bezahlen", "kasse", "pagare", "betaling", "betalen"}
)


def on_pay_route(path: str) -> bool:
    """Whether the file is a payment step's page (asked first: the rest reads every heading)."""
    return bool({w.lower() for w in words(path)} & _PAY_ROUTE)


def pays_by_instructions(path: str, headings: list[str], text: str) -> str | None:
    """The heading of a payment step's page saying how to pay by hand, when its text names a
    manual way to pay."""
    if not on_pay_route(path):
        return None
    heading = next((h for h in headings if PAY_HEADING.search(h)), None)
    if heading is None or len(_MANUAL_MEANS.findall(text)) < 2:
        return None
    return heading


def without_follow_on_instructions(found: list[Detection]) -> list[Detection]:
    """Drops the checkouts found by their instructions alone when the project has another
    checkout: there the instructions (a Pix code to pay, a transfer's details) are the next
    step of the checkout the visitor filled in, not one of their own."""
    alone = [
        d
        for d in found
        if d.type_key == "checkout" and set(d.fields.get("cues") or ()) == {"pay_instructions"}
    ]
    if not alone or not any(d.type_key == "checkout" and d not in alone for d in found):
        return found
    return [d for d in found if not any(d is a for a in alone)]
