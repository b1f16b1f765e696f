"""Credits and billing: the ledger, the cost registry, charging, tier limits and Stripe."""

from __future__ import annotations

from typing import TYPE_CHECKING

from l4ydesk.lazy import lazy_exports

if TYPE_CHECKING:
    from l4ydesk.core.credits.billing import (
        Applied,
        BillingEvents,
    )
    from l4ydesk.core.credits.charging import (
        Charged,
        ChargeEvents,
        CreditCharger,
    )
    from l4ydesk.core.credits.kinds import Kind
    from l4ydesk.core.credits.ledger import (
        Balance,
        Charge,
        CreditsExhausted,
        Ledger,
        Transaction,
    )
    from l4ydesk.core.credits.limits import (
        ConnectBilling,
        TierLimits,
        check_custom_domain,
        check_publish,
    )
    from l4ydesk.core.credits.purchases import (
        CheckoutStarted,
        PurchaseError,
        Purchases,
    )

# Imported on first use: some parts bring in SQLAlchemy, which start-up does not need.
_HOMES = {
    "Applied": "billing",
    "BillingEvents": "billing",
    "Charged": "events",
    "ChargeEvents": "events",
    "CreditCharger": "charging",
    "Balance": "ledger",
    "Charge": "ledger",
    "CreditsExhausted": "ledger",
    "Kind": "kinds",
    "Ledger": "ledger",
    "Transaction": "ledger",
    "ConnectBilling": "limits",
    "TierLimits": "limits",
    "check_custom_domain": "limits",
    "check_publish": "limits",
    "CheckoutStarted": "purchases",
    "PurchaseError": "purchases",
    "Purchases": "purchases",
}

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


__getattr__ = lazy_exports(__name__, globals(), _HOMES)
