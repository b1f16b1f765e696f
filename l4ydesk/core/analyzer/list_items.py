"""Reads one row of a list type (a ticket, a contact, a booking) into a detection's name, fields
and confidence; split from `record_fields`, which reads goods, happenings and invoices.
"""

from __future__ import annotations

from typing import Any

from l4ydesk.core.analyzer.booked_places import booked_place
from l4ydesk.core.analyzer.people import crm_people
from l4ydesk.core.analyzer.record_fields import Built
from l4ydesk.core.analyzer.record_keys import get, text_of
from l4ydesk.core.analyzer.record_kinds import DataSet
from l4ydesk.core.analyzer.values import find_date
from l4ydesk.core.ontology import BookableSubtype


def ticket_item(item: dict[str, Any], ds: DataSet, _: BookableSubtype | None) -> Built:
    subject = text_of(get(item, "subject", "title", "summary"))
    if not subject:
        return None
    fields: dict[str, Any] = {"subject": subject, "source": "data"}
    for key_name in ("priority", "status", "category"):
        value = text_of(get(item, key_name))
        if value:
            fields[key_name] = value.lower()
    number = text_of(get(item, "id", "number", "ticketid"))
    if number:
        fields["number"] = number
    return subject, fields, 0.85


def contact_item(item: dict[str, Any], ds: DataSet, _: BookableSubtype | None) -> Built:
    email = text_of(get(item, "email"))
    person = text_of(get(item, "contact", "contactname", "person"))
    company = text_of(get(item, "company", "organization", "org"))
    if person:
        company = company or text_of(get(item, "name"))
    else:
        person = text_of(get(item, "fullname", "name"))
        if not person:
            first, last = text_of(get(item, "firstname")), text_of(get(item, "lastname"))
            person = " ".join(p for p in (first, last) if p) or None
    phone = text_of(get(item, "phone", "mobile", "tel", "whatsapp"))
    mailed = bool(email and "@" in email)
    if not person or not (mailed or crm_people(ds.tokens, ds.keys, "." in ds.var_name)):
        return None  # a member of a set named for them may be reached by phone alone
    fields: dict[str, Any] = {"person_name": person, "source": "data"}
    if mailed:
        fields["email"] = email
    if company:
        fields["company"] = company
    if phone:
        fields["phone"] = phone
    stage = text_of(get(item, "stage", "status"))
    if stage:
        fields["stage"] = stage.lower()
    return person, fields, 0.85


def booking_item(item: dict[str, Any], ds: DataSet, _: BookableSubtype | None) -> Built:
    """A booking row: who booked what (and when); none without either."""
    who = text_of(
        get(
            item,
            "customer",
            "guest",
            "patient",
            "client",
            "attendee",
            "member",
            "customername",
            "guestname",
            "user",
            "name",
        )
    )
    service = text_of(
        get(
            item,
            "service",
            "room",
            "resource",
            "treatment",
            "class",
            "doctor",
            "provider",
            "staff",
            "therapist",
            "stylist",
            "instructor",
            "hotel",
            "table",
            "item",
            "equipment",
            "venue",
        )
    )
    when = text_of(get(item, "date", "start", "startsat", "when", "checkin", "datetime"))
    if not who and not service:
        # the visitor's own booking of a court or a club at a day and an hour (round 21)
        service = booked_place(item)
    if not who and not service:
        return None
    name = " – ".join(p for p in (who, service) if p)
    fields: dict[str, Any] = {"source": "data"}
    if service:
        fields["service"] = service
    if who:
        fields["customer"] = who
    if when and find_date(when):
        fields["date"] = find_date(when)
    status = text_of(get(item, "status"))
    if status:
        fields["status"] = status.lower()
    return name, fields, 0.8
