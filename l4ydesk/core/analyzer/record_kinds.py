"""Says which record type the items of a data set are: products, events, invoices, tickets,
contacts or bookings.

`[{ name, price }]` holds products, `[{ title, date, venue }]` events (also with a price: a dated
item with a place, a capacity or a time is a ticketed occurrence), `[{ subject, priority }]`
tickets, `[{ name, email }]` contacts, `[{ id: "INV-1", amount }]` invoices. The variable name and
the keys decide; the values break ties (an email has an @, a price has a currency sign).
Navigation links, features, testimonials, purchases and payment histories hold no records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tree_sitter import Node

from l4ydesk.core.analyzer.booked_places import booked_rows
from l4ydesk.core.analyzer.event_kinds import (
    _VENUE_KEYS,
    _dated_share,
    _is_dated_occurrence,
    _is_timetable,
    coarse_happenings,
    only_named_and_dated,
    personal_plan,
    staff_managed,
)
from l4ydesk.core.analyzer.invoice_kinds import charge_list, looks_like_invoices, payment_list
from l4ydesk.core.analyzer.people import crm_people, inside_people, raised_outside
from l4ydesk.core.analyzer.record_figures import measures, progressing, tracked
from l4ydesk.core.analyzer.record_keys import (
    canonical_key,
    find_price_key,
    get,
)
from l4ydesk.core.analyzer.task_boards import task_board

NON_RECORD_TOKENS = frozenset(
    {
        "posts",
        "post",
        "articles",
        "article",
        "news",
        "blog",
        "episodes",
        "stories",
        "changelog",
        "releases",
        "testimonials",
        "reviews",
        "faqs",
        "faq",
        "features",
        "links",
        "nav",
        "navigation",
        "steps",
        "stats",
        "team",
        "speakers",
        "authors",
        "logos",
        "partners",
        "socials",
        "social",
        "routes",
        "columns",
        "headers",
        "slides",
        "images",
        "photos",
        "notifications",
        "messages",
        "activity",
        "activities",
        "timeline",
        "chart",
        "data",
        "issues",
        "slots",
        "perks",
        "benefits",
    }
)


NAME_KEYS = ("name", "title", "productname", "planname", "label", "topic", "headline")


# the level at which a business reorders a thing: rows of its own stock, bought in, not sold
_RESTOCK_KEYS = frozenset(
    {"minstock", "minimumstock", "stockmin", "reorderlevel", "reorderpoint", "reorderat"}
    | {"safetystock", "parlevel", "minqty", "minquantity", "lowstockthreshold"}
)


@dataclass
class DataSet:
    """An array of object literals with the variable it is bound to."""

    var_name: str
    tokens: frozenset[str]
    items: list[dict[str, Any]]
    item_nodes: list[Node]
    decl: Node
    # rows whose words a translation table holds, read alike by every page that shows them
    translated: bool = False

    @property
    def keys(self) -> set[str]:
        found: set[str] = set()
        for item in self.items:
            found.update(item)
        return found


def classify(ds: DataSet) -> str | None:
    """Which record type the items of a data set are, if any."""
    kind = _classify(ds)
    return None if kind == "event" and (staff_managed(ds) or personal_plan(ds)) else kind


def _classify(ds: DataSet) -> str | None:
    keys = ds.keys
    tokens = ds.tokens
    price_key = find_price_key(keys, ds.items)
    has_name = any(k in keys for k in NAME_KEYS)
    if keys & {"password", "passwordhash", "hashedpassword"} or any(
        _SIGNS_IN.search(k) for k in keys
    ):
        return None  # sign-in accounts (a mock user store, who last logged in) are no customers
    paid = tokens & _TRANSACTION_TOKENS or keys & _PURCHASE_KEYS
    if tokens & {"invoices", "invoice", "bills"} or (looks_like_invoices(ds) and not paid):
        return "invoice"  # a payment history citing invoice numbers lists payments
    if payment_list(ds):
        return "invoice"  # payments or sales to named customers: billing records (round 14)
    if charge_list(ds):
        return "invoice"  # payments with an amount, a day and a status: charges (round 19)
    if (
        keys & {"priority", "severity"}
        and (keys & {"subject", "title", "summary"})
        and not price_key
        and raised_outside(keys, tokens)
        and not task_board(keys, tokens)
    ):
        return "ticket"  # something raised by a customer or guest, how urgent
    if tokens & {"bookings", "appointments", "reservations"} and keys & {
        "date",
        "time",
        "start",
        "startsat",
        "when",
        "checkin",
        "datetime",
        "slot",
    }:
        return "booking"
    if keys & _WHO and keys & WHAT_FOR and keys & _WHEN and not paid and not keys & CLINICAL_NOTES:
        return "booking"  # someone, for a service, at a time: a reservation in any language
    if booked_rows(ds.items, keys):
        return "booking"  # a place, a day, an hour, confirmed: the visitor's own bookings
    if (
        "email" in keys
        and not price_key
        and not tokens & NON_RECORD_TOKENS - {"data"}
        and _has_person(ds)
        and not inside_people(ds.tokens, ds.keys)
    ):
        return "contact"
    nested = "." in ds.var_name
    if crm_people(tokens, keys, nested) and not price_key and not inside_people(tokens, keys):
        return "contact"  # the members or clients of a set named for them, reached by phone
    if paid or keys & {"buyer", "seller", "timestamp", "txhash"}:
        return None  # what was bought or done, not what is on offer
    if measures(ds):
        return None  # figures about the business (a tile's value and its change), no offer
    if any(k.startswith("event") and canonical_key(k) in ("title", "name") for k in keys) and not (
        keys & {"name", "title"} - {canonical_key(k) for k in keys if k.startswith("event")}
    ):
        return "event"  # `eventTitle` and nothing else to name it by: these are events
    if price_key and tokens & _VENUE_TOKENS and not tokens & {"rooms", "room", "packages"}:
        return None  # a hotel's "from" price advertises its rooms: the rooms are what is sold
    if price_key and _NOT_ASKED.search(price_key):
        return None  # money an item brought in or a person is paid: a figure, not a price
    if price_key and tokens & _GRANT_TOKENS:
        return None  # money the buyer is given back (a subsidy per system size): no price
    if price_key and (tokens & _FULFILMENT_TOKENS or keys & _FULFILMENT_KEYS):
        return None  # ways to ship or pay an order (each with its fee) are no goods of their own
    if price_key and _added_on(tokens):
        return None  # extras, toppings, supplements: options of what they are added to (round 8)
    if price_key and progressing(ds):
        return None  # a project with its wage or budget is work followed, not on offer
    if price_key and keys & _RESTOCK_KEYS:
        return None  # a level to reorder at: the business's own stock (parts, supplies)
    if price_key and not has_name and "type" in keys and tokens & _ROOM_TOKENS:
        return "product"  # a hotel's rooms by number, each of a priced type: the types sell
    if price_key and has_name and not tokens & {"lineitems", "cart", "lines", "orders"}:
        # a priced item with a date and a place, a capacity or a time is a ticketed occurrence
        return "event" if _is_dated_occurrence(ds) else "product"
    if has_name and not price_key and coarse_happenings(ds):
        return "event"  # "Coming Summer 2026" under an events grid or a "Get Tickets" call
    if tokens & NON_RECORD_TOKENS or "readtime" in keys or "excerpt" in keys:
        return None
    if keys & {"email", "phone"}:
        return None  # people with a start date (staff, members) are no happenings
    if tracked(ds):
        return None  # things followed over time (a project's progress, a stock level): no happening
    if has_name and _dated_share(ds) >= 0.5 and not only_named_and_dated(ds):
        return "event"
    if not has_name and keys & _VENUE_KEYS and _dated_share(ds) >= 0.5:
        return "event"  # dated rows named only by where they happen: a tour's shows
    if _occasion_named(ds) and _dated_share(ds) >= 0.5 and not price_key:
        return "event"  # dated rows named by what is held ("course": "Excel avanzado"): sessions
    if has_name and not price_key and _is_timetable(ds):
        return "event"  # classes at set hours, somewhere, for so many people: sessions to attend
    return None


# what only an account of the app has: when it last signed in, what it may do
_SIGNS_IN = re.compile(r"^last(login|signin|seen|active)|permissions$")
# amounts earned (revenue), paid to people (wages), owed (a balance) or to reach (a goal, "meta")
_NOT_ASKED = re.compile(
    r"revenue|sales|earning|income|profit|wage|salar|payroll|balance|outstanding|goal|target|^meta$"
)
# money handed to the buyer (by a state, a maker): subsidies, grants, rebates, in any language
_GRANT_TOKENS = frozenset(
    {"subsidy", "subsidies", "grant", "grants", "rebate", "rebates", "cashback", "incentives"}
    | {"subsidio", "subsidios", "subvencion", "subvenciones", "subvention", "subventions"}
    | {"sussidio", "sussidi", "foerderung", "zuschuss", "subsidie"}
)
# how an order reaches its buyer or is paid, by the set's name or a transit time on each row
_FULFILMENT_TOKENS = frozenset({"shipping", "delivery", "methods", "carriers", "couriers"})
# what is added to a thing bought or booked, priced on top of it (round-8 settled point):
# add-ons, toppings, supplements, or the extra costs of an order; `extras` alone may be goods
# sold beside the main ones, and stays so
_ADDON_TOKENS = frozenset(
    {"addons", "toppings", "supplements", "suplementos", "adicionales", "adicionais"}
    | {"complementos", "zusaetze", "supplementi", "aggiunte", "toevoegingen"}
)
_CHARGES = frozenset({"costs", "charges", "fees", "costos", "cargos", "frais", "kosten", "costi"})


def _added_on(tokens: frozenset[str]) -> bool:
    return bool(
        tokens & _ADDON_TOKENS
        or {"add", "ons"} <= tokens
        or (tokens & {"extra", "extras"} and tokens & _CHARGES)
    )


_FULFILMENT_KEYS = frozenset(
    {"deliverytime", "eta", "estimateddelivery", "transittime", "deliverydays", "carrier"}
)
# a booking row by its structure: who comes, what for, when
_WHO = frozenset(
    {
        "customer",
        "client",
        "patient",
        "guest",
        "customername",
        "clientname",
        "patientname",
        "guestname",
        "paciente",
        "cliente",
        "patient_name",
    }
)
# what a clinician wrote after the visit: rows of medical records, no reservations
CLINICAL_NOTES = frozenset(
    {"diagnosis", "diagnoses", "diagnostico", "diagnóstico", "diagnostic", "diagnose"}
    | {"diagnosi", "prescription", "prescripcion", "receita", "ordonnance", "rezept"}
    | {"prescrizione", "voorschrift"}
)
WHAT_FOR = frozenset(
    {
        "service",
        "treatment",
        "room",
        "table",
        "doctor",
        "stylist",
        "therapist",
        "resource",
        "equipment",
        "servicio",
        "servico",
        "tratamiento",
    }
)
_WHEN = frozenset({"date", "time", "start", "startsat", "checkin", "datetime", "slot"})
# keys that name what a dated row holds, when it has no name or title of its own
OCCASION_KEYS = (
    "course",
    "class",
    "workshop",
    "program",
    "programme",
    "curso",
    "corso",
    "cursus",
    "kurs",
    "cours",
)
# keys of a person the row is about: an enrolment or a booking of the occasion, not the occasion
_PERSON_KEYS = frozenset(
    {"student", "customer", "client", "member", "user", "patient", "guest", "attendee", "email"}
)


def _occasion_named(ds: DataSet) -> bool:
    keys = ds.keys
    return (
        bool(keys & set(OCCASION_KEYS))
        and not keys & _PERSON_KEYS
        and not ds.tokens
        & (_TRANSACTION_TOKENS | {"bookings", "reservations", "enrollments", "enrolments"})
    )


def _has_person(ds: DataSet) -> bool:
    keys = ds.keys
    emails = [str(get(i, "email") or "") for i in ds.items]
    return sum(1 for e in emails if "@" in e) * 2 >= len(ds.items) and bool(
        keys & {"name", "fullname", "firstname", "contact", "contactname", "person"}
    )


# records of things that happened: sales, orders, payments, logs
_TRANSACTION_TOKENS = frozenset(
    {
        "activity",
        "activities",
        "transactions",
        "transaction",
        "history",
        "sales",
        "payments",
        "purchases",
        "orders",
        "logs",
        "recent",
    }
)
# what a customer already bought carries when and how much of it is used up: a purchase, not
# an offer (`purchaseDate`, `usedClasses`, `remainingSessions`)
_PURCHASE_KEYS = frozenset(
    {
        "purchasedate",
        "purchasedat",
        "purchased",
        "boughtat",
        "boughton",
        "orderedat",
        "paidat",
        "paidon",
        "usedclasses",
        "usedsessions",
        "remainingclasses",
        "remainingsessions",
        "classesused",
        "sessionsused",
        "classesleft",
        "sessionsleft",
    }
)


# a hotel's rooms, as code names them in the languages v0 apps use
_ROOM_TOKENS = frozenset(
    {"rooms", "room", "habitaciones", "quartos", "chambres", "zimmer", "camere", "kamers", "phong"}
)
_VENUE_TOKENS = frozenset(
    {
        "hotels",
        "resorts",
        "accommodations",
        "lodgings",
        "stays",
        "venues",
        "hoteles",
        "hoteis",
        "alberghi",
        "unterkuenfte",
    }
    # the businesses a travel or booking platform lists ("stay partners" from a price): a
    # directory of them, not their rooms (round 11)
    | {"partners", "stay"}
)
