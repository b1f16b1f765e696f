"""One cart sent as a message from two places (round 21, post21f).

A shop whose cart ends in a message carrying the order (a wa.me link) often adds a floating
button that sends the same cart the same way. The cart's panel has its heading ("Tu Carrito");
the floating button has none, so its checkout is named after its component. Both are the one
checkout the cart's heading names: the untitled one adds nothing a person would pick.
"""

from __future__ import annotations

from l4ydesk.core.analyzer.model import Detection

# the cues of a cart sent as a message, and of the cart it sends (rows, total, state)
_MESSAGE_ORDER = frozenset({"order_link", "cart", "cart_state", "cart_total"})


def without_untitled_message_orders(found: list[Detection], untitled: set[int]) -> list[Detection]:
    """Drops the untitled checkouts (their index in `found`) that only send a cart as a message
    when a titled checkout of the project sends its cart the same way."""

    def sends(d: Detection) -> bool:
        cues = set(d.fields.get("cues") or ())
        return "order_link" in cues and cues <= _MESSAGE_ORDER

    titled = any(
        d.type_key == "checkout" and i not in untitled and sends(d) for i, d in enumerate(found)
    )
    if not titled:
        return found
    return [d for i, d in enumerate(found) if not (i in untitled and sends(d))]
