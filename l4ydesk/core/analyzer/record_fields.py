"""Reads one item of a classified data set into a detection's name, fields and confidence,
per record type: a product its price, image, variants and whether it is bookable (and as what),
an event its date and venue, a ticket, a contact (invoices are read in `invoice_fields`).
"""

from __future__ import annotations

import re
from typing import Any

from l4ydesk.core.analyzer.event_kinds import DATE_KEYS, EVENT_TOKENS
from l4ydesk.core.analyzer.record_keys import find_price_key, get, text_of
from l4ydesk.core.analyzer.record_kinds import NAME_KEYS, OCCASION_KEYS, DataSet
from l4ydesk.core.analyzer.values import (
    find_date,
    find_price,
    find_time,
    is_weekday,
    price_value,
    to_int,
)
from l4ydesk.core.ontology import BookableSubtype, infer_bookable_subtype

_LOCATION_KEYS = ("location", "venue", "place", "address", "city", "where")
_CAPACITY_KEYS = (
    "capacity",
    "seats",
    "spots",
    "places",
    "maxattendees",
    "limit",
    "spotsleft",
    "seatsleft",
    "totalseats",
)


Built = tuple[str, dict[str, Any], float] | None


def product_item(item: dict[str, Any], ds: DataSet, subtype: BookableSubtype | None) -> Built:
    name = text_of(get(item, *NAME_KEYS)) or (text_of(get(item, "type")) or "").title()
    price_key = find_price_key(set(item), [item])
    if not name or price_key is None or _only_amounts(name):
        return None  # "₹2500 - ₹3000", "Under $50": a price filter's choices name no thing
    raw = get(item, price_key)
    price = price_value(raw)
    fields: dict[str, Any] = {"name": name, "source": "data"}
    if price is not None:
        fields["price"] = price.amount
        if price.currency:
            fields["currency"] = price.currency
        if price.interval:
            fields["interval"] = price.interval
    currency = text_of(get(item, "currency"))
    if currency and len(currency) == 3:
        fields["currency"] = currency.upper()
    interval = _interval_from_key(price_key)
    if interval and "interval" not in fields:
        fields["interval"] = interval
    description = text_of(get(item, "description", "desc", "summary"))
    if description:
        fields["description"] = description
    image = text_of(get(item, "image", "imageurl", "img", "src", "thumbnail", "photo", "picture"))
    if image:
        fields["image"] = image
    variants = _variants(item)
    if variants:
        fields["variants"] = variants
    sku = text_of(get(item, "sku"))
    if sku:
        fields["sku"] = sku
    duration = to_int(get(item, "durationminutes", "duration", "minutes", "length"))
    if duration:
        fields["duration_minutes"] = duration
    capacity = to_int(get(item, *_CAPACITY_KEYS))
    if capacity:
        fields["capacity"] = capacity
    item_subtype = subtype
    if subtype is not None:
        item_subtype = infer_bookable_subtype(name) if subtype == "rental" else subtype
        fields["bookable"] = True
        fields["bookable_subtype"] = item_subtype or subtype
    described = 0.1 if image or description else 0.0  # seen sets: 164 of 175 right, bare 20 of 36
    confidence = 0.8 + (0.15 if ds.tokens & _PRODUCT_TOKENS else 0.0) + described
    return name, fields, min(confidence, 0.99)


def _only_amounts(name: str) -> bool:
    """A name with no letters, or a price with only "under"/"from"/"bis" beside it, names an
    amount (a price filter's choice), not a thing."""
    if not any(c.isalpha() for c in name):
        return True
    if find_price(name) is None:
        return False
    return set(re.findall(r"[^\W\d_]+", name.lower())) <= _BOUNDS


# words that bound an amount, in the languages v0 apps are written in (currency codes too)
_BOUNDS = frozenset(
    re.findall(
        r"\S+",
        "under over below above less more than up to from and or between min max usd eur gbp "
        "unter über bis ab von zwischen hasta desde menos más mas de entre moins plus à partir "
        "até acima abaixo sotto sopra fino da tra onder boven tot vanaf dưới trên từ đến",
    )
)


_PRODUCT_TOKENS = frozenset(
    {
        "products",
        "product",
        "items",
        "catalog",
        "menu",
        "dishes",
        "plans",
        "tiers",
        "pricing",
        "services",
        "rooms",
        "gear",
        "equipment",
        "classes",
        "packages",
        "courses",
        "rentals",
        "collection",
        "inventory",
        "shop",
        "store",
    }
)


def _interval_from_key(key: str) -> str | None:
    for marker, interval in (
        ("month", "month"),
        ("year", "year"),
        ("daily", "day"),
        ("perday", "day"),
        ("hour", "hour"),
        ("night", "day"),
        ("week", "week"),
    ):
        if marker in key:
            return interval
    return None


def _variants(item: dict[str, Any]) -> list[Any]:
    found: list[Any] = []
    for key_name in ("variants", "options", "sizes", "colors", "colours", "flavors"):
        value = get(item, key_name)
        if isinstance(value, list):
            for v in value:
                if isinstance(v, str | int | float):
                    found.append({"option": key_name.rstrip("s"), "value": str(v)})
                elif isinstance(v, dict):
                    found.append({str(k): text_of(x) for k, x in v.items()})
    return found


def subtype_context(ds: DataSet, file_words: frozenset[str]) -> BookableSubtype | None:
    """Whether the products of a data set are bookable, and as what."""
    tokens, keys = ds.tokens, ds.keys
    names = " ".join(text_of(get(i, *NAME_KEYS)) or "" for i in ds.items)
    categories = " ".join(text_of(get(i, "category", "type")) or "" for i in ds.items)
    if tokens & {"tiers", "tickets", "passes", "admissions"} and file_words & {
        "ticket",
        "tickets",
        "conference",
        "festival",
        "event",
    }:
        return "event_seat"
    weekday = any(is_weekday(str(get(i, "day", "weekday") or "")) for i in ds.items)
    if tokens & {"classes", "lessons", "courses", "workshops"} or (weekday and "time" in keys):
        return "class"
    if tokens & {"rooms", "spaces", "desks", "venues", "halls"} or (
        "hourlyrate" in keys and keys & {"seats", "capacity"}
    ):
        return "room"
    if tokens & {"gear", "equipment", "kit", "cameras", "tools", "lenses"}:
        return "equipment"
    if tokens & {"rentals", "bikes", "boats", "cars", "kayaks"} or keys & {
        "dailyrate",
        "deposit",
        "perday",
        "priceperday",
        "pricepernight",
        "nightlyrate",
    }:
        guess = infer_bookable_subtype(categories, names)
        return guess if guess in ("equipment", "room") else "rental"
    if keys & {"duration", "durationminutes", "minutes"} or tokens & {"services", "treatments"}:
        guess = infer_bookable_subtype(names)
        return guess if guess in ("class", "room", "service") else "appointment"
    # no structural cue: most item names saying "room" or "lesson" still make them bookable
    guesses = [infer_bookable_subtype(text_of(get(i, *NAME_KEYS))) for i in ds.items]
    common = max(set(guesses), key=guesses.count) if guesses else None
    if common in ("room", "class", "equipment", "rental") and guesses.count(common) * 2 > len(
        guesses
    ):
        return common
    return None


def event_item(item: dict[str, Any], ds: DataSet, _: BookableSubtype | None) -> Built:
    title = text_of(get(item, "title", "name", "eventname", "topic", "headline", *OCCASION_KEYS))
    # a show on a tour is named by where it is played when nothing else names it
    title = title or text_of(get(item, "venue", "venuename"))
    raw_date = text_of(get(item, *DATE_KEYS)) or ""
    # an undated item counts only when its keys say it is an event (`eventTitle`)
    named_event = any(k.startswith("event") and k != "event" for k in item)
    # a timetable's session has an hour and no day: it recurs, and is attended all the same
    session = bool(text_of(get(item, "time", "starttime", "start")) and not raw_date)
    if not title or not (raw_date or named_event or session):
        return None
    fields: dict[str, Any] = {"title": title, "source": "data"}
    iso = find_date(raw_date)
    if iso:
        fields["date"] = iso
    time = text_of(get(item, "time", "starttime")) or None
    parsed_time = find_time(time) if time else None
    if parsed_time is None and len(raw_date) > 10:
        parsed_time = find_time(raw_date)
    if parsed_time:
        fields["time"] = parsed_time
    location = text_of(get(item, *_LOCATION_KEYS))
    if location:
        fields["location"] = location
    capacity = to_int(get(item, *_CAPACITY_KEYS))
    if capacity:
        fields["capacity"] = capacity
    price_key = find_price_key(set(item), [item])
    price = price_value(get(item, price_key)) if price_key is not None else None
    if price is not None:
        fields["price"] = price.amount
        if price.currency:
            fields["currency"] = price.currency
        currency = text_of(get(item, "currency"))
        if currency and len(currency) == 3:
            fields["currency"] = currency.upper()
    ends = text_of(get(item, "endsat", "endat", "enddate", "end", "endtime"))
    end_date = find_date(ends) if ends else None
    if end_date and end_date != fields.get("date"):
        fields["end_date"] = end_date
    end_time = find_time(ends) if ends else None
    if end_time:
        fields["end_time"] = end_time
    confidence = (
        (0.75 if raw_date else 0.7 if session else 0.6)
        + (0.15 if location else 0)  # a day or an hour with a place: certain (seen sets: 37 of 37)
        + (0.05 if capacity else 0)
        + (0.05 if ds.tokens & EVENT_TOKENS else 0)
    )
    return title, fields, confidence


# the rows of list types are read in `list_items`; their readers stay importable from here
from l4ydesk.core.analyzer.list_items import (  # noqa: E402
    booking_item,
    contact_item,
    ticket_item,
)

__all__ = [
    "Built",
    "booking_item",
    "contact_item",
    "event_item",
    "product_item",
    "subtype_context",
    "ticket_item",
]
