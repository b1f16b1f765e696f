"""Collects per-component payment cues (Stripe elements, payment links, buy buttons, payment
calls); the linker decides which of them add up to a checkout once routes are resolved."""

from __future__ import annotations

import re
from dataclasses import dataclass

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.handlers import Handlers, ImportRef
from l4ydesk.core.analyzer.model import Evidence
from l4ydesk.core.analyzer.steps import HttpCall, Step


@dataclass(frozen=True)
class CheckoutDraft:
    """Payment cues found in one component; the linker decides if they make a checkout."""

    path: str
    component: str
    name: str | None
    cues: tuple[tuple[str, float], ...]
    refs: tuple[HttpCall | ImportRef, ...]
    providers: tuple[str, ...]
    subscription: bool
    evidence: tuple[Evidence, ...]


_PAYMENT_LINK = re.compile(
    r"buy\.stripe\.com|checkout\.stripe\.com|paypal\.(com|me)|lemonsqueezy\.com/checkout|"
    r"gumroad\.com|checkout\.paddle",
    re.I,
)


def checkout_drafts(handlers: Handlers, payment_button: re.Pattern[str]) -> list[CheckoutDraft]:
    """Payment cues per component: elements, payment links, buy buttons, payment calls."""
    src = handlers.src
    drafts: list[CheckoutDraft] = []
    stripe_imported = any(
        spec.startswith(("@stripe/", "stripe")) for spec, _ in handlers.imports.values()
    )
    for comp in src.components[1:]:
        if comp.node is None:
            continue
        cues: list[tuple[str, float]] = []
        evidence: list[Evidence] = []
        providers: set[str] = set()
        subscription = False
        refs: list[HttpCall | ImportRef] = []
        for el in src.jsx_within(comp.node):
            tag = jsx.name(el, src)
            if tag in (
                "PaymentElement",
                "CardElement",
                "CardNumberElement",
                "EmbeddedCheckout",
                "ExpressCheckoutElement",
                "Elements",
                "EmbeddedCheckoutProvider",
            ):
                cues.append(("payment_element", 0.9))
                providers.add("stripe")
                evidence.append(src.evidence(el))
            elif tag in ("PayPalButtons", "PayPalScriptProvider"):
                cues.append(("payment_element", 0.9))
                providers.add("paypal")
                evidence.append(src.evidence(el))
            href = jsx.attr_text(el, "href", src)
            if href and _PAYMENT_LINK.search(href):
                cues.append(("payment_link", 0.9))
                providers.add("paypal" if "paypal" in href else "stripe")
                evidence.append(src.evidence(el))
            if tag in ("Button", "button"):
                label = jsx.text(el, src, dynamic=False, idle=True)
                if (
                    label
                    and payment_button.search(label)
                    and (jsx.has_attr(el, "onClick", src) or jsx.has_attr(el, "type", src))
                ):
                    cues.append(("buy_button", 0.5))
                    evidence.append(src.evidence(el))
                    subscription = subscription or "subscription" in label.lower()
        text = jsx.text(comp.node, src, dynamic=False).lower() if comp.node else ""
        if "cart" in text and ("subtotal" in text or "total" in text):
            cues.append(("cart", 0.3))
        for action in handlers.actions_of(comp.node):
            if isinstance(action, Step) and action.kind == "payment":
                cues.append(("payment_call", 0.9))
                providers.add(
                    "stripe" if "stripe" in action.target.lower() or stripe_imported else "manual"
                )
                evidence.append(action.evidence)
            elif isinstance(action, HttpCall | ImportRef):
                refs.append(action)
        if not cues and not refs:
            continue
        heading = next(
            (
                jsx.text(el, src)
                for el in src.jsx_within(comp.node)
                if jsx.is_heading(el, src) and not src.in_map_callback(el)
            ),
            None,
        )
        drafts.append(
            CheckoutDraft(
                src.path,
                f"{src.path}:{comp.name}",
                heading or None,
                tuple(cues),
                tuple(refs),
                tuple(sorted(providers)),
                subscription,
                tuple(evidence[:4]),
            )
        )
    return drafts
