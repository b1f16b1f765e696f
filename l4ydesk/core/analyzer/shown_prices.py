"""Tells, from how a page prints a data set's price key, that the key holds no price of a thing
sold: a rate printed as a share ("{row.rate}%", a closer's calls closed) or a worth printed
struck through (a bonus "worth $97" given away with an offer).
"""

from __future__ import annotations

import re

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.record_keys import find_price_key
from l4ydesk.core.analyzer.record_kinds import DataSet
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import find_price, price_value


def no_price_shown(src: SourceFile, ds: DataSet) -> bool:
    """True when the set's price key is a share printed with a percent sign, or a worth the
    page only ever prints struck through while the rows carry no other price."""
    key = find_price_key(ds.keys, ds.items)
    if key is None:
        return False
    if _percent_rate(src, ds, key):
        return True
    return _one_price(ds, key) and (_struck_only(src, key) or _parts_of_struck_total(src, ds, key))


def _percent_rate(src: SourceFile, ds: DataSet, key: str) -> bool:
    """A `rate` whose every value is a bare number from 0 to 100, and which the page prints
    before a "%" (`{member.rate}%`, or a helper's `{rate}%`): a share, whatever it measures.
    A daily or hourly rate is printed after its currency (`${item.dailyRate}/day`), never so."""
    if "price" in key or not key.endswith("rate"):
        return False
    values = [item.get(key) for item in ds.items]
    if not values or not all(
        isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= 100 for v in values
    ):
        return False
    printed = re.compile(rb"(?i)\b" + re.escape(key.encode()) + rb"\s*\}\s*%")
    return printed.search(src.source) is not None


# keys holding a second price of a row (what it sells for now, after a discount)
_OTHER_PRICE = re.compile(r"price|sale|now|discount|offer|final|current|promo|special")


def _one_price(ds: DataSet, key: str) -> bool:
    return not any(k != key and _OTHER_PRICE.search(k) for k in ds.keys)


def _struck_only(src: SourceFile, key: str) -> bool:
    """True when the page prints `row.<key>` somewhere and every such place is struck through
    (a `line-through` class or an <s>/<del> around it): the value a bonus or an included part
    is said to be worth, crossed out because the buyer does not pay it."""
    places = 0
    for el in src.jsx:
        for child in el.named_children:
            if child.type != "jsx_expression" or not child.named_children:
                continue
            value = child.named_children[0]
            prop = (
                value.child_by_field_name("property") if value.type == "member_expression" else None
            )
            if prop is None or src.text(prop).lower() != key:
                continue
            places += 1
            if not _struck(el, src):
                return False
    return places > 0


_STRUCK_TAGS = frozenset({"s", "del", "strike"})


def _struck(el: Node, src: SourceFile) -> bool:
    """True when the element or one of the few around it is drawn struck through."""
    current: Node | None = el
    for _ in range(3):
        if current is None:
            return False
        if jsx.name(current, src) in _STRUCK_TAGS:
            return True
        if "line-through" in (jsx.attr_text(current, "className", src) or ""):
            return True
        current = src.jsx_parent(current)
    return False


# what a row of an offer's value stack has: a name, its worth, perhaps an id or an icon
_STACK_KEYS = frozenset({"id", "name", "title", "icon", "included"})


def _parts_of_struck_total(src: SourceFile, ds: DataSet, key: str) -> bool:
    """True for bare name-and-worth rows of a page that prints, struck through, a literal total
    they make up ("Everything here is worth ~~$997~~"): the rows sum to that total or more and
    none is worth more than it. They are what an offer includes, priced only to anchor it."""
    if not ds.keys - {key} <= _STACK_KEYS or len(ds.items) < 2:
        return False
    amounts = [_amount(item.get(key)) for item in ds.items]
    if any(a is None for a in amounts):
        return False
    worths = [a for a in amounts if a is not None]
    return any(max(worths) <= total <= sum(worths) for total in _struck_totals(src))


def _amount(value: object) -> float | None:
    price = price_value(value)
    if price is None:
        return None
    try:
        return float(price.amount)
    except ValueError:
        return None


def _struck_totals(src: SourceFile) -> list[float]:
    """The amounts the page writes as literal text inside a struck-through element."""
    totals: list[float] = []
    for el in src.jsx:
        if not _struck(el, src):
            continue
        for child in el.named_children:
            if child.type != "jsx_text":
                continue
            price = find_price(src.text(child))
            amount = _amount(price.amount) if price is not None else None
            if amount is not None:
                totals.append(amount)
    return totals


def every_price_struck(src: SourceFile, card: Node) -> bool:
    """True when a card writes prices and every one sits in struck-through text ("~~R$ 29,90~~
    FREE ENTRY"): what it would have cost, crossed out because nothing is charged."""
    priced = 0
    for el in src.jsx_within(card):
        own = " ".join(src.text(c) for c in el.named_children if _written(c))
        if not own or find_price(own) is None:
            continue
        priced += 1
        if not _struck(el, src):
            return False
    return priced > 0


def _written(node: Node) -> bool:
    """Text an element writes itself: its words, or a string literal in braces."""
    if node.type == "jsx_text":
        return True
    return (
        node.type == "jsx_expression"
        and len(node.named_children) == 1
        and node.named_children[0].type in ("string", "template_string")
    )


# `const [currentPlan, setCurrentPlan] = useState("pro")`: the state naming the row one is on
_CURRENT_STATE = re.compile(
    rb"const\s*\[\s*(?:current|active|my)\w*\s*,\s*\w+\s*\]\s*=\s*useState(?:<[^>]*>)?"
    rb"\(\s*[\"']([^\"']+)[\"']\s*\)",
    re.I,
)


def current_row_ids(src: SourceFile) -> frozenset[str]:
    """The ids a page's "current" state starts on (`useState("professional")` for
    `currentPlan`): the plan the account is on, shown there but not sold to it (round 15)."""
    return frozenset(m.group(1).decode() for m in _CURRENT_STATE.finditer(src.source))
