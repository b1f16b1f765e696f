"""Fills in what a data set's rows lack once they are collected: a shown name joined from a
maker and a model, a price told in a row's own description, or a price the page prints after a
currency sign from a key not named for one.
"""

from __future__ import annotations

import itertools
import re

from l4ydesk.core.analyzer.record_keys import find_price_key, get, text_of
from l4ydesk.core.analyzer.record_kinds import NAME_KEYS, DataSet
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import find_offer_price


def name_by_parts(sets: list[DataSet]) -> None:
    """Rows with no name of their own that give a maker and a model (cars, bikes, phones) are
    shown by both joined, with the year first when there is one ("2024 Tesla Model 3")."""
    for ds in sets:
        if ds.keys & set(NAME_KEYS) or "model" not in ds.keys:
            continue
        for item in ds.items:
            parts = [text_of(get(item, *keys)) for keys in _NAME_PARTS]
            if parts[1] and parts[2]:
                item["name"] = " ".join(p for p in parts if p)


# the parts a model's shown name joins, in order: year, maker, model
_NAME_PARTS = (("year",), ("make", "brand", "manufacturer", "marca", "marke"), ("model",))


# rows that report what happened or how many (notifications, segments): their amounts are news
_HAPPENED_OR_COUNTED = frozenset({"time", "date", "timestamp", "createdat", "count", "status"})
# the texts of a row that describe it (its own words, not a name or a label)
_OWN_TEXT = ("description", "desc", "subtitle", "details", "text", "summary", "tagline")


def price_from_text(sets: list[DataSet]) -> None:
    """A named row with no price key whose own description says what it costs ("Any main
    meal + drink for just Ksh 120") is priced by it (round-10 settled point); a row whose text
    names only a saving or a condition ("20% off after 9 PM") stays unpriced."""
    for ds in sets:
        if find_price_key(ds.keys, ds.items) or not ds.keys & {"name", "title"}:
            continue
        if ds.keys & _HAPPENED_OR_COUNTED:
            continue  # "John's payment of $99 failed · 5 min ago": news of money, no offer
        prices = []
        for item in ds.items:
            text = next((t for k in _OWN_TEXT if isinstance(t := item.get(k), str)), None)
            prices.append(find_offer_price(text) if text else None)
        if sum(1 for p in prices if p is not None) * 2 < len(prices):
            continue  # one row of four citing "$50" tells a story (a problem, a case): no offers
        for item, price in zip(ds.items, prices, strict=True):
            if price is not None:
                item["price"] = f"{price.currency or ''} {price.amount}".strip()


# money a row brought in, holds or sums up: no price asked for it
_NOT_ASKED = re.compile(
    r"revenue|sales|earn|income|profit|wage|salar|balance|dividend|return|total"
)
# the currency signs a price is printed after
_MONEY_SIGN = re.compile(r"(\$|€|£|¥|₹|₱|₩|₫|₺|₦)\s*$")


def price_from_markup(src: SourceFile, sets: list[DataSet]) -> None:
    """Rows priced per size or serving (`hot: 80, cold12: 85`) carry no key named for a price,
    but the page prints those keys right after a currency sign (`₱{item.hot}`): a row lacking a
    price of its own is priced by the first such key it has (the smallest serving, as a menu
    lists it)."""
    shown: dict[str, None] = {}
    for el in src.jsx:
        for before, after in itertools.pairwise(el.named_children):
            if before.type != "jsx_text" or after.type != "jsx_expression":
                continue
            value = after.named_children[0] if after.named_children else None
            prop = value.child_by_field_name("property") if value is not None else None
            if (
                prop is not None
                and value is not None
                and value.type == "member_expression"
                and _MONEY_SIGN.search(src.text(before))
                and not _NOT_ASKED.search(src.text(prop).lower())
            ):
                shown[src.text(prop).lower()] = None
    if not shown:
        return
    for ds in sets:
        price_key = find_price_key(ds.keys, ds.items) or "price"
        money = [k for k in shown if k in ds.keys and k != price_key]
        if not money:
            continue
        for item in ds.items:
            if item.get(price_key) is None:
                value = next((item[k] for k in money if item.get(k) is not None), None)
                if value is not None:
                    item[price_key] = value
