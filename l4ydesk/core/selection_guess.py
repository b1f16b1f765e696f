"""What to file a picked element as when no detection says so, and the fields to start it with."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Final

from l4ydesk.core.ontology import ONTOLOGY, money
from l4ydesk.core.selection_element import SelectedElement, SelectedField, SelectionMatch
from l4ydesk.core.selection_text import currency as _currency
from l4ydesk.core.selection_text import cut as _cut
from l4ydesk.core.selection_text import fold as _fold
from l4ydesk.core.selection_text import iso_date as _iso_date
from l4ydesk.core.selection_text import time_of_day as _time

OTHER: Final = "other"
"""`guess_type`'s answer when the element is none of the nine record types."""

GUESS_THRESHOLD: Final = 0.5
"""From this confidence on, the best match's type is the guess; below, the element's looks."""


# ----- guessing a type -----------------------------------------------------------------------

_WORDS: Final = {
    "payment": re.compile(r"\b(?:card|cc|cvc|cvv|expir\w*|iban|billing)\b"),
    "support": re.compile(r"\b(?:subject|issue|priority|ticket|problem|bug|support)\b"),
    "message": re.compile(r"\b(?:message|comment|question|enquiry|inquiry|note)s?\b"),
    "when": re.compile(r"\b(?:date|time|slot|day|appointment|check.?in|check.?out)s?\b"),
    # "Add to cart" is a product's button; going to the cart or paying is the checkout's.
    "checkout": re.compile(
        r"\b(?:checkout|check out|pay(?: now)?|place (?:your )?order"
        r"|(?:view|your|go to) (?:cart|bag|basket))\b"
    ),
    "buy": re.compile(r"\b(?:buy|add to (?:cart|bag|basket)|order|purchase|shop)\b"),
    "book": re.compile(r"\b(?:book(?:ing)?|reserve|reservation|schedule|appointment)s?\b"),
    "event": re.compile(r"\b(?:register|rsvp|tickets?|join|attend|sign up)\b"),
    "invoice": re.compile(r"\binvoices?\b"),
}
_DATE_TYPES: Final = frozenset({"date", "time", "datetime-local", "month", "week"})


def guess_type(element: SelectedElement, matches: Sequence[SelectionMatch]) -> str:
    """The record type to file `element` as: the best match's, else what it looks like.

    Returns a type key of the ontology, or OTHER when the element looks like none of them.
    """
    if matches and matches[0].confidence >= GUESS_THRESHOLD:
        return matches[0].detection.type_key
    words = _fold(" ".join(filter(None, (element.text, element.heading, element.aria_label))))
    if element.form_fields:
        return _form_type(element.form_fields)
    has_price, has_date = bool(element.prices), bool(element.dates)
    if _WORDS["invoice"].search(words):
        return "invoice"
    if _WORDS["checkout"].search(words):
        return "checkout"
    if has_price and _WORDS["buy"].search(words):
        return "product"
    if _WORDS["book"].search(words):
        return "booking"
    if has_date and _WORDS["event"].search(words):
        return "event"
    # Prices and dates may come from around the element (a whole small page): alone, they
    # only count when the element shows them itself.
    if element.target_kind is None and any(d in element.text for d in element.dates):
        return "event"
    if any(p in element.text for p in element.prices):
        return "product"
    if (element.href or "").startswith("mailto:"):
        return "contact"
    return OTHER


def _form_type(fields: Sequence[SelectedField]) -> str:
    words = _fold(" ".join(f"{f.name} {f.label}" for f in fields))
    types = {f.type for f in fields}
    if _WORDS["payment"].search(words):
        return "checkout"
    if types & _DATE_TYPES or _WORDS["when"].search(words):
        return "booking"
    if _WORDS["support"].search(words):
        return "ticket"
    emails = [f for f in fields if f.type == "email" or "email" in _fold(f.name)]
    if emails:
        # A newsletter box (email alone) or a contact form (a name, a message) collects people.
        return "contact"
    return "form"


# ----- what to fill in -----------------------------------------------------------------------


def element_name(element: SelectedElement) -> str:
    """A name for a record made from `element`: its heading, else its own text."""
    for text in (element.heading, element.text, element.aria_label):
        if text and text.strip():
            return _cut(" ".join(text.split()), 80)
    return element.tag


def fields_from_element(element: SelectedElement, type_key: str) -> dict[str, Any]:
    """Fields in the analyzer's vocabulary for a record of `type_key` made from `element`.

    Used when no detection of that type matched; the ontology turns them into properties.
    """
    name = element_name(element)
    fields: dict[str, Any] = {"name": name}
    price = next((money(p) for p in element.prices if money(p) is not None), None)
    currency = next((c for p in element.prices if (c := _currency(p))), None)
    dates = [d for d in (_iso_date(text) for text in element.dates) if d]
    times = [t for t in (_time(text) for text in element.dates) if t]
    form_fields = [
        {"name": f.name, "type": f.type, "required": f.required, "label": f.label or None}
        for f in element.form_fields
    ]
    if price is not None and type_key in ("product", "event"):
        fields.update(price=price, currency=currency)
    if type_key in ("checkout", "invoice") and price is not None:
        fields.update(total=price, currency=currency)
    if type_key == "event":
        fields.update(
            title=name, date=dates[0] if dates else None, time=times[0] if times else None
        )
    elif type_key == "form":
        fields.update(title=name, fields=form_fields)
        creates = _form_type(element.form_fields) if element.form_fields else "form"
        if creates != "form":
            fields["creates"] = creates
    elif type_key == "contact":
        names = [f.name for f in element.form_fields if f.name]
        only_email = len(names) == 1 and "email" in _fold(names[0])
        fields.update(captured_fields=names, source="newsletter" if only_email else "contact_form")
    elif type_key == "booking":
        fields.update(form=name)
        if any(f.type in _DATE_TYPES for f in element.form_fields):
            fields["date_picker"] = "single"
    elif type_key == "ticket":
        fields.update(subject=name)
    elif type_key == "checkout":
        fields.update(mode="payment")
    return {key: value for key, value in fields.items() if value is not None}


def type_label(type_key: str) -> str:
    """The type's label ("Booking"), or "Other" for OTHER."""
    return "Other" if type_key == OTHER else ONTOLOGY.get(type_key).label
