"""What l4ydesk sells through Stripe, from the tiers table, and `stripe setup` that creates it.

Four products (Pro, Agency, Enterprise, credit packs) with fixed ids and nine prices with lookup
keys: Pro and Agency monthly and yearly, Enterprise monthly and yearly (list prices where a
contract starts; the store offers "Contact us", never Checkout), and three credit packs. Setup
reads what exists first (products by id, prices by lookup key, both strongly consistent, unlike
Stripe search) and creates only what is missing, each with an idempotency key: running it twice
creates nothing new.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from l4ydesk.core.tiers import CREDIT_PACKS, TIERS, Tier

# Enterprise is priced by contract; these are the list prices a quote starts from.
ENTERPRISE_LIST_EUR = (1_499, 14_990)
PACK_PRODUCT = "l4ydesk_credits"


@dataclass(frozen=True)
class ProductSpec:
    id: str
    name: str
    metadata: Mapping[str, str]


@dataclass(frozen=True)
class PriceSpec:
    lookup_key: str
    product: str
    eur: int
    interval: str | None  # "month", "year" or None for one-time
    metadata: Mapping[str, str] = field(default_factory=dict)

    def params(self, product_id: str) -> dict[str, Any]:
        params: dict[str, Any] = {
            "product": product_id,
            "currency": "eur",
            "unit_amount": self.eur * 100,
            "lookup_key": self.lookup_key,
            "metadata": dict(self.metadata),
        }
        if self.interval is not None:
            params["recurring"] = {"interval": self.interval}
        return params


def product_id(tier: Tier) -> str:
    return f"l4ydesk_{tier.value}"


def plan_lookup_key(tier: Tier, interval: str) -> str:
    return f"l4ydesk_{tier.value}_{'monthly' if interval == 'month' else 'yearly'}"


def pack_lookup_key(pack_key: str) -> str:
    return f"l4ydesk_{pack_key}"


def products() -> list[ProductSpec]:
    found = [
        ProductSpec(product_id(t), f"l4ydesk {TIERS[t].title}", {"l4ydesk_tier": t.value})
        for t in (Tier.PRO, Tier.AGENCY, Tier.ENTERPRISE)
    ]
    found.append(ProductSpec(PACK_PRODUCT, "l4ydesk credit pack", {"l4ydesk": "credit-pack"}))
    return found


def prices() -> list[PriceSpec]:
    found: list[PriceSpec] = []
    for tier in (Tier.PRO, Tier.AGENCY, Tier.ENTERPRISE):
        spec = TIERS[tier]
        monthly, yearly = (
            (spec.monthly_eur, spec.yearly_eur)
            if spec.monthly_eur is not None and spec.yearly_eur is not None
            else ENTERPRISE_LIST_EUR
        )
        meta = {"l4ydesk_tier": tier.value}
        if tier is Tier.ENTERPRISE:
            meta["contact_us"] = "true"
        for interval, eur in (("month", monthly), ("year", yearly)):
            found.append(
                PriceSpec(plan_lookup_key(tier, interval), product_id(tier), eur, interval, meta)
            )
    for pack in CREDIT_PACKS:
        found.append(
            PriceSpec(
                pack_lookup_key(pack.key),
                PACK_PRODUCT,
                pack.price_eur,
                None,
                {"type": "credit-pack", "credits": str(pack.credits)},
            )
        )
    return found


class CatalogueApi(Protocol):
    def find_product(self, product_id: str) -> dict[str, Any] | None: ...

    def create_product(
        self, product_id: str, name: str, metadata: Mapping[str, str], *, idempotency_key: str
    ) -> dict[str, Any]: ...

    def prices(self, lookup_keys: Sequence[str]) -> list[dict[str, Any]]: ...

    def create_price(
        self, params: Mapping[str, Any], *, idempotency_key: str
    ) -> dict[str, Any]: ...


@dataclass(frozen=True)
class SetupReport:
    products_created: tuple[str, ...]
    prices_created: tuple[str, ...]
    prices_existing: tuple[str, ...]

    def summary(self) -> str:
        if not self.products_created and not self.prices_created:
            return (
                f"Stripe is set up already: {len(products())} products and "
                f"{len(self.prices_existing)} prices exist; nothing was created."
            )
        return (
            f"Created {len(self.products_created)} products and {len(self.prices_created)} "
            f"prices in Stripe ({len(self.prices_existing)} prices existed already)."
        )


def set_up(api: CatalogueApi) -> SetupReport:
    made_products = []
    for product in products():
        if api.find_product(product.id) is None:
            api.create_product(
                product.id,
                product.name,
                product.metadata,
                idempotency_key=f"l4ydesk-setup-product-{product.id}",
            )
            made_products.append(product.id)
    wanted = prices()
    existing = {p["lookup_key"] for p in api.prices([p.lookup_key for p in wanted])}
    made_prices = []
    for price in wanted:
        if price.lookup_key in existing:
            continue
        api.create_price(
            price.params(price.product), idempotency_key=f"l4ydesk-setup-price-{price.lookup_key}"
        )
        made_prices.append(price.lookup_key)
    return SetupReport(tuple(made_products), tuple(made_prices), tuple(sorted(existing)))
