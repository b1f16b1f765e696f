"""Turns found forms into detections: the form and what it captures (contact, ticket, booking).

The purpose is read from the words a visitor sees (title, button, labels) and from the fields:
a priority field under words saying ticket opens one, a date picker with "book"/"reserve" books
something, an email field under "newsletter"/"contact us" captures a contact. Sign-in and payment
forms capture none.
"""

from __future__ import annotations

import re
from typing import Any

from l4ydesk.core.analyzer import jsx, vocabulary
from l4ydesk.core.analyzer.booked_places import books_a_ground
from l4ydesk.core.analyzer.checkouts import takes_an_order
from l4ydesk.core.analyzer.fields import CONTROL_TYPES, FormField, looks_like_time_field
from l4ydesk.core.analyzer.form_operations import only_resets, replies_in_thread, sets_hours
from l4ydesk.core.analyzer.form_roles import (
    applies_as_a_lead,
    assigns_staff,
    edits_in_place,
    enters_someone_not_served,
    in_overlay,
    places_the_order,
    reports_upward,
    shows_current_values,
    staff_job,
    writes_to_the_business,
)
from l4ydesk.core.analyzer.form_screening import (
    APPLICATION_TITLE,
    NEW_RECORD,
    REGISTRATION,
    captures_business_data,
    signs_in,
    steers_a_view,
    words_of,
)
from l4ydesk.core.analyzer.form_when import asks_an_hour, own_words, state_holds_when
from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.handed_lists import adds_to_handed_list
from l4ydesk.core.analyzer.intent_words import (
    ADD_CONTACT,
    BOOKING,
    CONTACT,
    LEAD,
    LINE_PRICE,
    LINE_QUANTITY,
    NEWSLETTER,
    OFFERINGS,
    ORGANISATION_FIELDS,
    PARTY_SIZE_FIELDS,
    PAYMENT_WORDS,
    PRICE_WORDS,
    REPAIR_REQUEST,
    SUPPORT_PLACES,
    TICKET,
    WAITLIST,
)
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.payment_means import card_inputs, stores_a_card
from l4ydesk.core.analyzer.person_fields import asks_who, only_about_the_person
from l4ydesk.core.analyzer.site_content import binds_site_text
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.timetable_slots import weekly_slot
from l4ydesk.core.analyzer.values import humanize, words
from l4ydesk.core.ontology import infer_bookable_subtype


def _beside_an_order(src: SourceFile, form: FoundForm) -> bool:
    comp = form.component.node
    return comp is not None and takes_an_order(src, comp)


def _per_field_of_a_schema(src: SourceFile, field: FormField) -> bool:
    """One field component drawn per entry of a list of fields (`fields.map(f => <Field
    field={f} value={data[f.key]} onChange={...} />)`): as many boxes as that list holds."""
    node = field.node
    return (
        node is not None
        and src.in_map_callback(node)
        and jsx.name(node, src)[:1].isupper()
        and jsx.name(node, src) not in CONTROL_TYPES
    )


def form_detections(src: SourceFile, form: FoundForm) -> list[Detection]:
    """The Form detection, plus a Contact, Ticket or Booking when that is its purpose."""
    component = f"{src.path}:{form.component.name}"
    evidence = (src.evidence(form.container),)
    rename = form.component.name if form.title is None else None
    found: list[Detection] = []
    if form.payment or not captures_business_data(form, src.path) or signs_in(src, form):
        return found  # a card form belongs to its checkout; sign-in or search is no record
    if (card := card_inputs(src, form.container)) is not None and stores_a_card(src, card):
        return found  # a card kept on file for later bills ("Add Payment Method")
    if (
        steers_a_view(form, src)
        or only_resets(src, form)
        or sets_hours(form)
        or replies_in_thread(src, form)
        or assigns_staff(form)
        or shows_current_values(src, form)
        or binds_site_text(src, form)
    ):
        return found  # pickers, a period or a "Clear" operate a list; they capture nothing
    fields: dict[str, Any] = {
        "title": form.name,
        "fields": [f.to_dict() for f in form.fields],
    }
    if form.submit_label:
        fields["submit_label"] = form.submit_label
    if rename:
        fields["_rename_from"] = rename
    loose = not form.explicit and not in_overlay(src, form.container)
    if loose and reports_upward(src, form) and not adds_to_handed_list(form):
        return found  # a section handing its values to the parent's form through a prop
    if loose:
        fields["_loose"] = True  # inputs without a <form> of their own: maybe another's part
    # a form that edits an existing record creates no new one
    in_place = edits_in_place(src, form)
    purpose = None if in_place else _purpose(form, src.path)
    if jsx.EDIT.match(form.name) and purpose not in ("booking", "invoice"):
        purpose = None  # "Edit booking" is still that booking or bill (round-9 settled point)
    if purpose == "booking" and places_the_order(src, form):
        purpose = None  # a pickup day on the form that empties the cart: when the order is fetched
    if purpose == "booking" and weekly_slot(form):
        purpose = None  # a weekday and its hours repeat every week: a timetable, not a booking
    if purpose is not None:
        fields["creates"] = purpose
    # inputs without a <form> whose purpose their fields show (a contact, a booking, a ticket,
    # an invoice) are a business form as surely as a <form> element is
    # so is one titled for the new record it adds ("New model", "Nuova superficie", "Yeni
    # kargo"): on the seen sets such input groups were business forms 16 times in 18
    creates_new = NEW_RECORD.match(form.title or form.name) is not None
    # a priority files the record into someone's queue of work (a repair, a folio), whether or
    # not it is a customer's ticket
    queued = any(set(words(f.name)) & {"priority", "severity"} for f in form.fields) or any(
        _PRIORITY_LABEL.search(f.label or "") for f in form.fields
    )
    # a page titled for the visitor's registration or application ("Bewerbung", "企業登録",
    # "インターンシップ応募") is the visitor's entry form, with or without a <form> element
    applies = APPLICATION_TITLE.search(form.title or "") is not None
    confidence = (
        0.9 if form.explicit or purpose is not None or creates_new or queued or applies else 0.75
    )
    lone = (
        len(form.fields) == 1
        and form.fields[0].type not in ("email", "tel")
        and not _per_field_of_a_schema(src, form.fields[0])
    )
    if lone and purpose is None and not _beside_an_order(src, form) and not _applies_by_box(form):
        # one box and a button: a tracker, a transfer, a comment, a note; on the labelled
        # projects such boxes were a business form about one time in ten (beside an order
        # being taken, the table number or the note is that order's form)
        return found
    found.append(Detection("form", form.name, fields, confidence, evidence, component))
    extra: dict[str, Any] = {"form": form.name}
    if rename:
        extra["_rename_from"] = rename
    if loose:
        extra["_loose"] = True
    # a repair request may name the technician it prefers; it is still the customer's request
    if purpose == "ticket" and (not staff_job(form) or _asks_a_repair(form)):
        found.append(
            Detection(
                "ticket",
                form.name,
                {**extra, **_ticket_fields(form)},
                0.9 if queued else 0.8,  # a support request filed with its urgency
                evidence,
                component,
            )
        )
    elif purpose == "booking":
        found.append(
            Detection(
                "booking", form.name, {**extra, **_booking_fields(form)}, 0.8, evidence, component
            )
        )
    elif purpose == "invoice":
        # an invoice editor: the record is the invoice it writes, its "client" fields included
        title = next(
            (
                t
                for t in (form.title, humanize(form.component.name), form.name)
                if t and vocabulary.INVOICE.search(t)
            ),
            form.name,
        )
        found.append(
            Detection(
                "invoice",
                title,
                {**extra, "source": "form", "line_item_fields": _line_item_fields(form)},
                0.8,
                evidence,
                component,
            )
        )
    if (
        purpose == "ticket"
        and _any(form.title or "", CONTACT, vocabulary.CONTACT)
        and asks_who(form)
    ):
        # "Write to us" on a help page: a ticket, and the sender is a contact too
        purpose_contact = visitor_lead = True
    else:
        # staff adding a client, a lead or a member ("Add new client", "Create lead") type a
        # record into the list a CRM owns; the list is the contact, not its entry form
        # (a visitor's "Add your e-mail to our list" or "Register your interest" is a lead)
        said = words_of(form)
        visitor_lead = _any(said, NEWSLETTER, vocabulary.NEWSLETTER, WAITLIST, LEAD) or bool(
            re.match(r"\s*(register|registrar)\b", form.title or form.name, re.I)
        )
        purpose_contact = purpose == "contact" and not (
            (creates_new or enters_someone_not_served(own_words(form))) and not visitor_lead
        )
    if purpose_contact:
        if not visitor_lead and all(f.type != "textarea" for f in form.fields):
            extra["_no_message"] = True  # details of someone doing something else, maybe
        if rename and not visitor_lead:
            # named where it is used: "Add New Client" there makes it the list's entry form
            extra["_entry_if_new"] = True
        if (
            rename
            and not visitor_lead
            and _reachable(form)
            and all(f.type != "textarea" for f in form.fields)
        ):
            # a heading where it is used may ask for a visit ("Book a free lesson"): the
            # in-file rule for a title asking an appointment, applied once the name is known;
            # with a box for a message it stays a message form ("Contact and reservations")
            extra["_booking_if_named"] = True
        found.append(
            Detection(
                "contact", form.name, {**extra, **_contact_fields(form)}, 0.8, evidence, component
            )
        )
    return found


def _any(text: str, *patterns: re.Pattern[str]) -> bool:
    return any(p.search(text) for p in patterns)


# a field's label asking how urgent the request is, in the languages v0 apps are written in
_PRIORITY_LABEL = re.compile(
    r"\b(priority|severity|urgency|prioridad|urgencia|prioridade|urg[êe]ncia|priorit[ée]|"
    r"urgence|priorit[äa]t|dringlichkeit|prioriteit|priorit[àa]|приоритет|срочность|öncelik|"
    r"prioritas|mức độ ưu tiên|أولوية)\b|優先度|優先順位|优先级|緊急度|우선순위|긴급도",
    re.I,
)


def _asks_a_repair(form: FoundForm) -> bool:
    """Titled or sent as a request for a repair or maintenance, with room to describe it (a text
    area or a description, issue or problem field): a service request to the business (LABELLING
    round 16), even when it offers a day for the visit."""
    said = f"{form.title or ''} {form.name} {form.submit_label or ''}"
    if not REPAIR_REQUEST.search(said):
        return False
    return any(
        f.type == "textarea" or set(words(f.name)) & {"description", "issue", "problem", "details"}
        for f in form.fields
    )


def _applies_by_box(form: FoundForm) -> bool:
    """One text box sent as an application ("Submit Application" under a job's cover letter):
    the applicant is known to the app already, the letter is the whole record."""
    said = f"{form.title or ''} {form.submit_label or ''}"
    return form.fields[0].type == "textarea" and APPLICATION_TITLE.search(said) is not None


def _purpose(form: FoundForm, path: str = "") -> str | None:
    text = words_of(form)
    # a help or support page says what its message form is for
    place = "support" if set(words(path)) & SUPPORT_PLACES else ""
    names = {w for f in form.fields for w in words(f.name)}
    types = {f.type for f in form.fields}
    if "password" in types:
        return None  # sign-in and account forms create no business record
    # a support request asks for no price and no calendar day: "ticket price" sells an event
    sells_or_schedules = bool(names & PRICE_WORDS or types & {"date", "date_range"})
    said_ticket = _any(f"{text} {place}", TICKET, vocabulary.TICKET)
    if _asks_a_repair(form) and not names & PRICE_WORDS:
        return "ticket"  # a repair or maintenance request, with or without a day for the visit
    # a priority alone is staff filing their own work (a room's repair, a supply folio, a
    # workshop's job card); a support request says it is one
    if (said_ticket and names & {"priority", "severity"}) or (
        said_ticket
        and (names & {"subject", "description", "issue", "problem"} or "textarea" in types)
        and not sells_or_schedules
    ):
        return "ticket"
    has_when = (
        bool(types & {"date", "date_range", "datetime-local", "time"})
        or any(f.type in ("select", "radio") and looks_like_time_field(f) for f in form.fields)
        or state_holds_when(form)
    )
    if (
        names & vocabulary.QUANTITY_WORDS
        and not has_when
        and _any(f"{form.title or ''} {form.submit_label or ''}", BOOKING, vocabulary.BOOKING)
    ):
        return None  # goods reserved with a quantity, fetched and paid in the shop: an order
        # (LABELLING round 16), its checkout found with the order's other cues
    offering = any(
        set(words(f.name)) & OFFERINGS or set(words(f.options_source or "")) & OFFERINGS
        for f in form.fields
        if f.type in ("select", "radio")
    )
    if (
        LINE_QUANTITY & names
        and LINE_PRICE & names
        and (vocabulary.INVOICE.search(text) or names & {"invoice", "due"})
    ):
        return "invoice"  # quantities and unit prices of lines, billed to someone
    # one amount alone (a refund, a top-up) settles a bill that exists; it issues none
    money = len(form.fields) >= 2 and names & (LINE_PRICE | PRICE_WORDS | {"total", "amount"})
    said = " ".join([form.title or "", form.name, form.submit_label or ""])
    if money and vocabulary.INVOICE.search(said):
        return "invoice"  # "Create invoice" asking for an amount: the document it issues
    if "invoice" in names and (money or "due" in names):
        return "invoice"  # `invoiceNumber`, `dueDate`: the fields of a bill, in any language
    # "Check-in date", "Scheduled date" on a record's day alone: staff note when something
    # happens; a request books when it says so, offers a service or asks for an hour
    if (
        _any(text, BOOKING, vocabulary.BOOKING)
        and (has_when or offering)
        and (offering or asks_an_hour(form) or _any(own_words(form), BOOKING, vocabulary.BOOKING))
    ):
        return "booking"
    has_day = bool(types & {"date", "date_range", "datetime-local"})
    has_slot = any(f.type in ("select", "radio") and looks_like_time_field(f) for f in form.fields)
    if has_day and has_slot:
        return "booking"  # a day plus a time slot books that slot, whatever the words
    if has_day and "time" in types and books_a_ground([set(words(f.name)) for f in form.fields]):
        return "booking"  # a day, an hour and the court or pitch taken: the ground booked
    reachable = _reachable(form)
    if has_day and "time" in types and reachable:
        return "booking"  # a day, an hour and how to reach the visitor: an appointment asked for
    if has_day and reachable and names & PARTY_SIZE_FIELDS:
        # a day and how many come, with how to reach the visitor: a party or an event asked for
        # on that day (LABELLING round 19: an appointment request, with or without the words)
        return "booking"
    button = form.submit_label or ""
    if reachable and len(button.split()) <= 3 and vocabulary.BOOKING.search(button):
        return "booking"  # its own button just says "Schedule" or "Book": a visit asked for
    if reachable and vocabulary.VISIT_REQUEST.search(form.title or ""):
        # "Book an Appointment", "Записатися на прийом" over the form: an appointment request
        # with or without a day asked (LABELLING round 19)
        return "booking"
    has_email = "email" in types or any("email" in words(f.name) for f in form.fields)
    has_phone = "tel" in types or names & {"phone", "mobile"}
    newsletter = _any(text, NEWSLETTER, vocabulary.NEWSLETTER)
    if applies_as_a_lead(form, text):
        return "contact"  # an application to a programme (not a job's, with its CV)
    if REGISTRATION.search(text) and not newsletter:
        return None  # event registration: the registration is the record, not a contact
    if names & PRICE_WORDS:
        return None  # an item offered at a price (a listing with its seller's phone): no lead
    if (has_email or has_phone) and (
        newsletter
        or WAITLIST.search(text)
        or LEAD.search(text)
        or _any(text, CONTACT, vocabulary.CONTACT)
        or ADD_CONTACT.search(text)
        or re.search(r"\bjoin\b", text, re.I)
        or _asks_for_organisation(form)
    ):
        return "contact"
    said = f"{form.submit_label or ''} {humanize(form.component.name)}"
    pays = vocabulary.PAY_ACTION.search(said) or PAYMENT_WORDS.search(said)
    if has_email and (only_about_the_person(form) or _lone_email(form)) and not pays:
        # a name, an e-mail and a consent box, or an e-mail box alone under "Get started":
        # nothing to book or buy, the visitor leaves a way to be reached (a lead)
        return "contact"
    if (has_email or has_phone) and writes_to_the_business(form) and not pays:
        return "contact"  # who is asking, how to answer, and a message: an enquiry
    return None


def _reachable(form: FoundForm) -> bool:
    """The form asks how to reach the visitor: an e-mail or a phone."""
    names = {w for f in form.fields for w in words(f.name)}
    return bool(
        {f.type for f in form.fields} & {"tel", "email"} or names & {"phone", "mobile", "email"}
    )


def _lone_email(form: FoundForm) -> bool:
    return len(form.fields) == 1 and form.fields[0].type == "email"


def _line_item_fields(form: FoundForm) -> list[str]:
    return [f.name for f in form.fields if set(words(f.name)) & (LINE_QUANTITY | LINE_PRICE)]


def _asks_for_organisation(form: FoundForm) -> bool:
    # `company`, `companyName`: the visitor's own; a `productBrand` is the item's
    return any(
        (said := set(words(f.name))) & ORGANISATION_FIELDS
        and said - {"name", "your"} <= ORGANISATION_FIELDS
        and f.type not in ("select", "radio")
        for f in form.fields
    )


def _ticket_fields(form: FoundForm) -> dict[str, Any]:
    fields: dict[str, Any] = {"source": "form"}
    for f in form.fields:
        tokens = set(words(f.name))
        if tokens & {"priority", "severity"} and f.options:
            fields["priority_options"] = [o.lower() for o in f.options]
        elif tokens & {"category", "type", "topic", "department"} and f.options:
            fields["category_options"] = list(f.options)
    return fields


def _booking_fields(form: FoundForm) -> dict[str, Any]:
    text = (
        words_of(form)
        + " "
        + " ".join(" ".join([f.name, f.options_source or "", *f.options]) for f in form.fields)
    )
    fields: dict[str, Any] = {"source": "form"}
    subtype = infer_bookable_subtype(
        form.name, form.title, form.submit_label, humanize(form.component.name)
    ) or infer_bookable_subtype(text)
    if subtype:
        fields["subtype"] = subtype
    for f in form.fields:
        tokens = set(words(f.name)) | set(words(f.options_source or ""))
        if f.type in ("date", "date_range"):
            fields["date_picker"] = "range" if f.type == "date_range" else "single"
        elif f.type in ("select", "radio") and looks_like_time_field(f):
            fields["time_slots"] = list(f.options) or f.options_source
        elif tokens & {"duration", "hours", "length"} and f.options:
            fields["duration_options"] = list(f.options)
        elif tokens & OFFERINGS:
            fields["service_options"] = list(f.options) or f.options_source
    return fields


def _contact_fields(form: FoundForm) -> dict[str, Any]:
    text = words_of(form)
    if ADD_CONTACT.search(text):
        source = "manual"
    elif WAITLIST.search(text):
        source = "waitlist"
    elif LEAD.search(text):
        source = "lead"
    elif _any(text, NEWSLETTER, vocabulary.NEWSLETTER) or re.search(r"\bjoin\b", text, re.I):
        source = "newsletter"
    else:
        source = "contact_form"
    return {"source": source, "captured_fields": form.field_names}
