"""Credits and billing: the ledger, the cost registry, charging, tier limits and Stripe."""

from l4ydesk.core.credits.billing import Applied, BillingEvents
from l4ydesk.core.credits.charging import Charged, ChargeEvents, CreditCharger
from l4ydesk.core.credits.ledger import (
    Balance,
    Charge,
    CreditsExhausted,
    Kind,
    Ledger,
    Transaction,
)
from l4ydesk.core.credits.limits import (
    ConnectBilling,
    TierLimits,
    check_custom_domain,
    check_publish,
)
from l4ydesk.core.credits.purchases import CheckoutStarted, PurchaseError, Purchases

__all__ = [
    "Applied",
    "Balance",
    "BillingEvents",
    "Charge",
    "ChargeEvents",
    "Charged",
    "CheckoutStarted",
    "ConnectBilling",
    "CreditCharger",
    "CreditsExhausted",
    "Kind",
    "Ledger",
    "PurchaseError",
    "Purchases",
    "TierLimits",
    "Transaction",
    "check_custom_domain",
    "check_publish",
]
