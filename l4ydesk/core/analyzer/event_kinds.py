"""Says whether dated rows are happenings a visitor attends: a date with a place, a capacity, a
time or an end (`_is_dated_occurrence`), or sessions at set hours (`_is_timetable`); split from
`record_kinds`, which decides every record type and asks this module about events.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l4ydesk.core.analyzer.record_keys import canonical_key, get, text_of
from l4ydesk.core.analyzer.values import MONTHS, find_date, find_time, has_date

if TYPE_CHECKING:
    from l4ydesk.core.analyzer.record_kinds import DataSet

DATE_KEYS = (
    "date",
    "startdate",
    "startsat",
    "starts",
    "start",
    "datetime",
    "when",
    "eventdate",
    "startat",
    "startdatetime",
)


EVENT_TOKENS = frozenset(
    {
        "events",
        "event",
        "concerts",
        "shows",
        "gigs",
        "workshops",
        "meetups",
        "webinars",
        "sessions",
        "performances",
        "screenings",
        "tours",
        "races",
        "fixtures",
        "matches",
        "conferences",
        "festivals",
        "runs",
        "dates",
        "upcoming",
        "lineup",
    }
)


# sets named for goods stay goods, whatever dates they carry (a listing's `date` is when it was
# listed, its city is where the thing is, not where something happens)
_GOODS_TOKENS = frozenset(
    {
        "products",
        "product",
        "listings",
        "properties",
        "homes",
        "houses",
        "apartments",
        "cars",
        "vehicles",
        "inventory",
        "catalog",
        "catalogue",
    }
)
# keys that only an occurrence has: where it happens, how many fit, when it ends or opens
_OCCURRENCE_KEYS = frozenset(
    {
        "location",
        "venue",
        "place",
        "where",
        "capacity",
        "seats",
        "spots",
        "maxattendees",
        "spotsleft",
        "seatsleft",
        "spotstaken",
        "seatstaken",
        "ticketsleft",
        "ticketsavailable",
        "availabletickets",
        "attendees",
        "registered",
        "time",
        "starttime",
        "endtime",
        "endsat",
        "endat",
        "enddate",
        "end",
        "doors",
        "doorsopen",
    }
)


def _is_dated_occurrence(ds: DataSet) -> bool:
    """Items that happen on a calendar day, somewhere or for so many people: events.

    A date alone is not enough (a catalog can carry a `date` added); the date must come with a
    place, a capacity, a time or an end, or the data set must be named for occurrences. Keys
    that say so (`eventTitle`, `eventDate`) make a listing of events one, whatever its name.
    """
    event_keyed = any(k.startswith("event") and canonical_key(k) for k in ds.keys)
    # a day with no year ("Sat, Mar 15 - 9:30 PM") is a date when the row says where it is held
    yearless = bool(ds.keys & _HELD_AT)
    if (ds.tokens & _GOODS_TOKENS and not event_keyed) or _dated_share(ds, yearless) < 0.5:
        return False
    if event_keyed:
        return True
    return bool(ds.keys & _OCCURRENCE_KEYS) or bool(ds.tokens & EVENT_TOKENS)


_VENUE_KEYS = frozenset({"venue", "venuename", "club", "stage", "arena"})
_SEATS = frozenset({"capacity", "seats", "spots", "maxattendees", "spotsleft", "seatsleft"})
_START_KEYS = ("time", "starttime", "start", "hour", "hora", "heure", "uhrzeit")
_END_KEYS = frozenset({"endtime", "endsat", "endat", "end", "duration"})
_PLACE_OR_HOST = frozenset(
    {"location", "venue", "place", "room", "instructor", "teacher", "host", "trainer", "coach"}
)


def _is_timetable(ds: DataSet) -> bool:
    """A schedule of sessions: each starts at an hour, ends, happens somewhere or with someone,
    and takes so many people (yoga classes, workshops), even with no calendar day."""
    keys = ds.keys
    if not (keys & _SEATS and keys & _END_KEYS and keys & _PLACE_OR_HOST):
        return False
    timed = sum(1 for item in ds.items if find_time(text_of(get(item, *_START_KEYS)) or ""))
    return timed / len(ds.items) >= 0.5


_HELD_AT = frozenset({"venue", "location", "place", "where", "venuename"})


def _dated_share(ds: DataSet, yearless: bool = False) -> float:
    dated = 0
    for item in ds.items:
        value = get(item, *DATE_KEYS)
        text = text_of(value)
        if text and (find_date(text) or (yearless and has_date(text))):
            dated += 1
    return dated / len(ds.items)


# what names a row and orders it, with no word of what it is like
_BARE_KEYS = frozenset(
    {"id", "key", "slug", "name", "title", "number", "numero", "nummer", "nr", "no", "order"}
    | {"index", "position", "seq", "status", *DATE_KEYS}
)


def only_named_and_dated(ds: DataSet) -> bool:
    """Rows that say what they are called, when and in which order, and nothing else (no place,
    hour, description, picture or host): a schedule's entries (exams, deadlines), not happenings
    a visitor is invited to."""
    return all(k in _BARE_KEYS or canonical_key(k) in _BARE_KEYS for k in ds.keys)


# a coarse date: a month, a season or only a year ("Coming Summer 2026", "Starting Mar 2026",
# "Coming 2026"), with the few words that announce it, in the languages v0 apps use
_SEASONS = frozenset(
    re.findall(
        r"\S+",
        "spring summer fall autumn winter primavera verano otoño invierno verão outono inverno "
        "printemps été automne hiver frühling sommer herbst estate autunno lente zomer herfst",
    )
)
_ANNOUNCING = frozenset(
    re.findall(
        r"\S+",
        "coming upcoming starting from opening early late mid soon in since launching "
        "próximamente proximamente desde a partir de em à dès ab dal da vanaf",
    )
)
_YEAR_ONLY = re.compile(r"^(19|20)\d\d$")


def coarse_date(text: str) -> bool:
    """True for a date given only by a month, a season or a year (with a year), and no day."""
    parts = re.findall(r"[^\W\d_]+|\d+", text.lower())
    years = [p for p in parts if _YEAR_ONLY.match(p)]
    rest = [p for p in parts if p not in years]
    return (
        len(years) == 1
        and len(parts) <= 5
        and all(p in MONTHS or p in _SEASONS or p in _ANNOUNCING for p in rest)
    )


# a row's call to attend: the words of its button, written as a field of the row
_ACTION_KEYS = ("cta", "action", "button", "buttontext", "ctatext", "ctalabel", "linktext")
_ATTEND = re.compile(
    r"ticket|seat|regist|rsvp|book|reserv|sign ?up|join|attend|apply|enrol|inscri|anmeld|"
    r"iscri|billet|entrad|ingresso|biglie|karten",
    re.I,
)


def coarse_happenings(ds: DataSet) -> bool:
    """Happenings a visitor is offered, dated only by a month, a season or a year (round-14
    settled point): half the rows carry such a date (or a full one), and the rows are named for
    happenings and say where they are held or for how many, or each calls to attend ("Get
    Tickets", "Register"). Works dated by month (a gallery's pieces, where on the body) have
    neither and stay undated."""
    dated = 0
    for item in ds.items:
        text = text_of(get(item, *DATE_KEYS)) or ""
        dated += bool(text and (coarse_date(text) or find_date(text)))
    if not any(coarse_date(text_of(get(i, *DATE_KEYS)) or "") for i in ds.items):
        return False
    if dated * 2 < len(ds.items):
        return False
    if ds.tokens & EVENT_TOKENS and ds.keys & _OCCURRENCE_KEYS:
        return True
    calls = sum(1 for i in ds.items if _ATTEND.search(text_of(get(i, *_ACTION_KEYS)) or ""))
    return calls * 2 > len(ds.items)


# where a session stands in the staff's own work: drafted, running, awaiting a reschedule
_MANAGED = re.compile(r"draft|in[ _-]?progress|reschedul|borrador|rascunho|brouillon|entwurf|bozza")


def staff_managed(ds: DataSet) -> bool:
    """Dated rows whose status says where they stand in the staff's own work (a draft, one in
    progress, one awaiting a reschedule): a tool's sessions the staff manage, which no visitor
    sees or books (round-12 settled point), no events offered."""
    statuses = {str(get(i, "status", "estado", "state") or "") for i in ds.items}
    return any(_MANAGED.search(s.lower()) for s in statuses)


# who treats the one person the rows are about, or what dose they take: a patient's own visits
# and doses, in the languages v0 apps use
_CARE_KEYS = frozenset(
    {"doctor", "physician", "dentist", "therapist", "clinician", "practitioner", "dosage", "dose"}
    | {"medico", "medica", "doctora", "arzt", "arztin", "medecin", "dosis", "posologie", "vrach"}
)
# a numbered period of a plan ("Week 2", "Day 14", "Semana 3", "Неделя 4", "Visit 5")
_PERIOD_NAME = re.compile(
    r"^(week|day|month|visit|semana|dia|día|mes|mês|visita|semaine|jour|mois|woche|tag|monat|"
    r"besuch|settimana|giorno|mese|неделя|день|месяц|визит)\s*\d+\b",
    re.I,
)


def personal_plan(ds: DataSet) -> bool:
    """Dated rows of one person's own plan, no happenings offered to visitors: they name who
    treats the person or the dose taken (a patient's visits, a medication's times), or most are
    named as numbered periods of the plan ("Week 2", "Day 14")."""
    if any(canonical_key(k) in _CARE_KEYS or k.lower() in _CARE_KEYS for k in ds.keys):
        return True
    names = [text_of(get(i, "name", "title", "label")) or "" for i in ds.items]
    periods = sum(1 for n in names if _PERIOD_NAME.match(n.strip()))
    return len(names) >= 3 and periods * 2 > len(names)
