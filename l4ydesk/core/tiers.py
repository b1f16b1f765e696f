"""The plans an agency can be on, in one place: Free, Pro, Agency and Enterprise, and their limits.

Every limit check, the store window, `l4ydesk plan show` and `l4ydesk stripe setup` read this
table; nothing else names a tier or repeats a number. `None` as a limit means unlimited.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from l4ydesk.core.errors import L4yError

# Every tier gets these each day (the day in the user's time zone).
DAILY_CREDITS = 5


class Tier(enum.StrEnum):
    FREE = "free"
    PRO = "pro"
    AGENCY = "agency"
    ENTERPRISE = "enterprise"


class Limit(enum.StrEnum):
    DEPLOYED_APPS = "deployed_apps"
    CHECKOUT_INSTANCES = "checkout_instances"
    CUSTOM_DOMAINS = "custom_domains"


LIMIT_NOUNS = {
    Limit.DEPLOYED_APPS: ("deployed app", "deployed apps"),
    Limit.CHECKOUT_INSTANCES: ("checkout", "checkouts"),
    Limit.CUSTOM_DOMAINS: ("custom domain", "custom domains"),
}


@dataclass(frozen=True)
class TierSpec:
    tier: Tier
    title: str
    monthly_eur: int | None  # None: priced by contract
    yearly_eur: int | None
    monthly_credits: int
    deployed_apps: int | None
    checkout_instances: int | None
    custom_domains: int | None
    badge: bool  # "Built with l4ydesk" on published apps
    white_label: bool

    def limit(self, which: Limit) -> int | None:
        value: int | None = getattr(self, which.value)
        return value

    @property
    def price_label(self) -> str:
        if self.monthly_eur is None:
            return "Custom pricing"
        return "0 EUR" if self.monthly_eur == 0 else f"{self.monthly_eur} EUR/month"


TIERS: dict[Tier, TierSpec] = {
    Tier.FREE: TierSpec(Tier.FREE, "Free", 0, 0, 0, 1, 1, 0, True, False),
    Tier.PRO: TierSpec(Tier.PRO, "Pro", 29, 290, 1_000, 10, 5, 0, False, False),
    Tier.AGENCY: TierSpec(Tier.AGENCY, "Agency", 299, 2_990, 10_000, 100, 100, 5, False, True),
    # Enterprise is sold by contract; its list prices are where a quote starts.
    Tier.ENTERPRISE: TierSpec(
        Tier.ENTERPRISE, "Enterprise", None, None, 100_000, None, None, None, False, True
    ),
}


@dataclass(frozen=True)
class CreditPack:
    key: str
    credits: int
    price_eur: int


CREDIT_PACKS: tuple[CreditPack, ...] = (
    CreditPack("pack_100", 100, 9),
    CreditPack("pack_500", 500, 39),
    CreditPack("pack_2000", 2_000, 129),
)


def spec(tier: Tier | str) -> TierSpec:
    return TIERS[Tier(tier)]


def next_tier(tier: Tier) -> Tier | None:
    order = list(Tier)
    position = order.index(tier)
    return order[position + 1] if position + 1 < len(order) else None


class TierLimitReached(L4yError):
    """An action would go beyond the tier's limit; nothing was done. Offers the upgrade."""

    def __init__(self, tier: Tier, limit: Limit, allowed: int) -> None:
        self.tier, self.limit, self.allowed = tier, limit, allowed
        self.upgrade_to = _first_tier_allowing(limit, allowed + 1)
        one, many = LIMIT_NOUNS[limit]
        noun = one if allowed == 1 else many
        allowed_text = "no" if allowed == 0 else str(allowed)
        offer = (
            f"Upgrade to {TIERS[self.upgrade_to].title} in the store (Settings → Store…) for more."
            if self.upgrade_to is not None
            else "Contact us for a larger plan."
        )
        super().__init__(
            f"Your {TIERS[tier].title} plan allows {allowed_text} {noun}, and that limit is "
            f"reached, so nothing was changed. {offer}"
        )


def _first_tier_allowing(limit: Limit, count: int) -> Tier | None:
    for tier_spec in TIERS.values():
        allowed = tier_spec.limit(limit)
        if allowed is None or allowed >= count:
            return tier_spec.tier
    return None


def check_limit(tier: Tier, limit: Limit, in_use: int, adding: int) -> None:
    """Raise TierLimitReached when `in_use + adding` goes beyond the tier's limit."""
    allowed = spec(tier).limit(limit)
    if adding > 0 and allowed is not None and in_use + adding > allowed:
        raise TierLimitReached(tier, limit, allowed)
