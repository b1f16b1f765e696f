"""Finds a file's controls: inputs, pickers, custom controls and payment elements, telling
search boxes apart and skipping icons that share a control's name (lucide's `Calendar`)."""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.fields import CONTROL_TYPES, Control, custom_control_type
from l4ydesk.core.analyzer.routing import imports_of
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import words

PAYMENT_ELEMENTS = frozenset(
    {
        "PaymentElement",
        "CardElement",
        "CardNumberElement",
        "AddressElement",
        "ExpressCheckoutElement",
        "EmbeddedCheckout",
        "PayPalButtons",
        "LinkAuthenticationElement",
    }
)
_SKIPPED_INPUT_TYPES = frozenset({"hidden", "submit", "button", "reset", "image"})
_SEARCH = re.compile(r"\b(search|filter|find|query|lookup)\b", re.I)
_ICON_PACKAGES = re.compile(
    r"^(lucide-react|react-icons|@heroicons/|@tabler/icons|@radix-ui/react-icons|"
    r"@phosphor-icons/|phosphor-react|react-feather|@mui/icons-material|@iconify/)"
)


def find_controls(src: SourceFile) -> list[Control]:
    """The inputs, pickers and payment elements of a file, outermost only, in source order."""
    found: list[Control] = []
    icons = _icon_names(src)
    for el in src.jsx:
        tag = jsx.name(el, src)
        if tag in PAYMENT_ELEMENTS:
            found.append(Control(el, tag, False))
            continue
        if (tag not in CONTROL_TYPES and custom_control_type(el, src) is None) or tag in icons:
            continue
        if tag == "input":
            input_type = (jsx.attr_text(el, "type", src) or "text").lower()
            if input_type in _SKIPPED_INPUT_TYPES:
                continue
        found.append(Control(el, tag, _is_search(el, src)))
    # a control inside another control (a custom Select wrapping an input) is one field;
    # `found` is in source order, so an inner control follows the outer one it sits in
    outer: list[Control] = []
    for control in found:
        if outer and control.node.end_byte <= outer[-1].node.end_byte:
            continue
        outer.append(control)
    return outer


def _icon_names(src: SourceFile) -> frozenset[str]:
    """Names imported from an icon set: lucide's `Calendar` draws a picture, it picks no date."""
    return frozenset(
        local for local, (spec, _) in imports_of(src).items() if _ICON_PACKAGES.search(spec)
    )


def _is_search(el: Node, src: SourceFile) -> bool:
    if (jsx.attr_text(el, "type", src) or "").lower() == "search":
        return True
    for attr in ("placeholder", "aria-label", "name", "id"):
        value = jsx.attr_text(el, attr, src)
        if value and _SEARCH.search(value):
            return True
    if jsx.name(el, src) in ("input", "Input", "textarea", "Textarea"):
        return False  # a box typed into is kept with the pickers it sits among
    # a picker bound to a state kept for a list's filter (`value={typeFilter}`,
    # `onValueChange={setTypeFilter}`): it narrows the list, it asks for no value to keep
    for attr in ("value", "onValueChange"):
        expr = jsx.attr_expression(el, attr, src)
        if expr is not None and expr.type in ("identifier", "member_expression"):
            said = {w for name in _NAME.findall(src.text(expr)) for w in words(name)}
            if said & _NARROWS:
                return True
    return False


_NAME = re.compile(r"[A-Za-z_$][\w$]*")
_NARROWS = frozenset({"filter", "filters", "search", "query"})
