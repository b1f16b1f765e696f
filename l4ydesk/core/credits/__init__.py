"""Credits and billing: the ledger, the cost registry, charging, tier limits and Stripe."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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
_WHERE = {
    "Applied": "l4ydesk.core.credits.billing",
    "BillingEvents": "l4ydesk.core.credits.billing",
    "Charged": "l4ydesk.core.credits.events",
    "ChargeEvents": "l4ydesk.core.credits.events",
    "CreditCharger": "l4ydesk.core.credits.charging",
    "Balance": "l4ydesk.core.credits.ledger",
    "Charge": "l4ydesk.core.credits.ledger",
    "CreditsExhausted": "l4ydesk.core.credits.ledger",
    "Kind": "l4ydesk.core.credits.kinds",
    "Ledger": "l4ydesk.core.credits.ledger",
    "Transaction": "l4ydesk.core.credits.ledger",
    "ConnectBilling": "l4ydesk.core.credits.limits",
    "TierLimits": "l4ydesk.core.credits.limits",
    "check_custom_domain": "l4ydesk.core.credits.limits",
    "check_publish": "l4ydesk.core.credits.limits",
    "CheckoutStarted": "l4ydesk.core.credits.purchases",
    "PurchaseError": "l4ydesk.core.credits.purchases",
    "Purchases": "l4ydesk.core.credits.purchases",
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


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_WHERE[name]), name)
