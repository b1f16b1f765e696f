"""Bookings of a place (a court, a room, a pitch, a club's slot) whose rows name neither the
person who booked nor a service: the visitor's own reservations, listed as the place, the day
and the hour (round 21, post21f).

A player's "Your Bookings" shows which club or court, which day and which hour, and its state
("confirmed"); whoever booked is the one looking, so no row names a customer. Read by their
structure: a place, a day, an hour and, when the set's own name says no booking, a status every
row holds that only a reservation has (confirmed, pending, cancelled, in any language).
"""

from __future__ import annotations

import re
from typing import Any

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.record_keys import get, text_of
from l4ydesk.core.analyzer.syntax import SourceFile

# the keys naming the place booked (a court, a club, a venue, a room), in several languages
PLACE_KEYS = (
    "court",
    "club",
    "venue",
    "pitch",
    "lane",
    "location",
    "place",
    "cancha",
    "pista",
    "quadra",
    "campo",
    "terrain",
    "salle",
    "sala",
    "lugar",
    "lieu",
    "platz",
    "luogo",
    "plek",
    "baan",
)
# the set's own name says bookings (`upcomingBookings`, `reservas`, `réservations`)
BOOKED_SETS = frozenset(
    {"bookings", "reservations", "appointments", "reservas", "reservaciones", "citas"}
    | {"agendamentos", "réservations", "reservierungen", "buchungen", "termine", "prenotazioni"}
    | {"reserveringen", "boekingen", "afspraken"}
)
# a state only a reservation holds (an order's "pending" is paired with shipping or a price)
BOOKED_STATES = frozenset(
    {"confirmed", "booked", "reserved", "confirmado", "confirmada", "reservado", "reservada"}
    | {"confirmé", "confirmée", "réservé", "réservée", "bestätigt", "gebucht", "reserviert"}
    | {"confermato", "confermata", "prenotato", "prenotata", "bevestigd", "geboekt"}
    | {"gereserveerd"}
)
_OTHER_STATES = frozenset(
    {"pending", "cancelled", "canceled", "completed", "pendiente", "cancelado", "cancelada"}
    | {"pendente", "en attente", "annulé", "annulée", "ausstehend", "storniert", "in attesa"}
    | {"annullato", "annullata", "in afwachting", "geannuleerd"}
)
_DAY_KEYS = ("date", "day", "fecha", "datum", "jour", "dia", "giorno")
_HOUR_KEYS = ("time", "hour", "slot", "starttime", "hora", "heure", "uhrzeit", "ora", "tijd")
# rows at a price or with goods are offers or orders, not the visitor's reservations
_NOT_BOOKED = frozenset({"price", "total", "amount", "items", "products", "quantity", "stock"})


def booked_place(item: dict[str, Any]) -> str | None:
    """The place a row books, when it says where, on which day and at which hour."""
    place = text_of(get(item, *PLACE_KEYS))
    if not place or get(item, *_DAY_KEYS) is None or get(item, *_HOUR_KEYS) is None:
        return None
    return place


def booked_rows(items: list[dict[str, Any]], keys: set[str]) -> bool:
    """Rows each booking a place at a day and an hour, each in a reservation's state, at least
    one of them confirmed or reserved: the visitor's own bookings, whatever the set is named."""
    if not items or keys & _NOT_BOOKED or not all(booked_place(item) for item in items):
        return False
    states = [(text_of(get(item, "status", "estado", "statut", "stato")) or "") for item in items]
    said = {s.strip().lower() for s in states}
    return bool(said & BOOKED_STATES) and said <= BOOKED_STATES | _OTHER_STATES


# a form's field naming a sports ground or lane it books (`courtType`, `cancha`, `pista`)
GROUND_WORDS = frozenset(
    {"court", "courts", "pitch", "pitches", "lane", "lanes", "cancha", "canchas", "pista"}
    | {"pistas", "quadra", "quadras", "spielfeld", "baan", "banen"}
)


def books_a_ground(field_words: list[set[str]]) -> bool:
    """One of a form's fields names the court, pitch or lane it takes."""
    return any(said & GROUND_WORDS for said in field_words)


# a booking named as a noun ("your booking details", "tu reserva", "Ihre Buchung")
_BOOKING_NOUN = re.compile(
    r"\b(bookings?|reservations?|reservas?|réservations?|buchung(en)?|prenotazion[ei]"
    r"|boekingen|boeking|reserveringen|reservering|agendamentos?|reservaciones|reservación)\b",
    re.I,
)
_DESCRIPTION = re.compile(r"Description$")
# and says it is paid there ("... and complete payment", "finalize o pagamento")
_PAID = re.compile(
    r"\b(pay\w*|pag[oa]r?|pagamento|paiement|payer|bezahl\w*|zahlung|pagare|betal\w*)\b", re.I
)


def describes_a_booking(src: SourceFile, node: Node) -> bool:
    """A component's description line (`<DialogDescription>`, `<CardDescription>`) says the
    visitor pays for a booking there ("Review your booking details and complete payment"); a
    staff's "check-out process for this booking" pays none."""
    for el in src.jsx_within(node):
        said = (el.text or b"").decode("utf-8", "replace")
        if (
            _DESCRIPTION.search(jsx.name(el, src))
            and _BOOKING_NOUN.search(said)
            and _PAID.search(said)
        ):
            return True
    return False
