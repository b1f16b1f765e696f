"""The words that tell what a form files (a ticket, a booking, a lead, a newsletter, a contact)
and the field names that mark line items, prices and organisations (split out of intents.py,
which decides with them)."""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.vocabulary import QUANTITY_WORDS

TICKET = re.compile(r"\b(support|ticket|issue|bug|help ?desk|problem|incident|report a)\b", re.I)
BOOKING = re.compile(
    r"\b(book|booking|reserv\w*|appointment|schedul\w*|rent|rental|slot|check[- ]?in)\b", re.I
)
NEWSLETTER = re.compile(
    r"\b(newsletter|subscribe|subscription|inbox|updates|digest|readers|join free|join the list|"
    r"mailing list)\b",
    re.I,
)
WAITLIST = re.compile(r"\b(wait ?list|early access|notify me|join the beta)\b", re.I)
LEAD = re.compile(
    r"\b(sales|demo|quote|enterprise|consultation|proposal|pricing request|wholesale|"
    r"partner(?:ship)?s?|bulk orders?|stockists?|resellers?|sponsor(?:ship)?s?|"
    r"list your|sell with us|sell tickets|work with us|corporate)\b",
    re.I,
)
# a field for the visitor's organisation: an email form asking for it captures a contact
ORGANISATION_FIELDS = frozenset(
    {"company", "organization", "organisation", "business", "org", "agency", "brand", "venue"}
)
CONTACT = re.compile(
    r"\b(contact|get in touch|message|enquir\w*|inquir\w*|reach out|talk to)\b", re.I
)
ADD_CONTACT = re.compile(r"\b(add|new|create) (contact|lead|customer|client)\b", re.I)
# how many people a request is for: with a day asked, a party or an event reserved
PARTY_SIZE_FIELDS = frozenset(
    {"guests", "guestcount", "partysize", "pax", "people", "persons", "numberofguests"}
    | {"attendees", "headcount", "covers", "personas", "personnes", "personen", "persone"}
)
# what a booking form offers to pick: a field named so lists the services, rooms or classes
OFFERINGS = frozenset(
    {
        "class",
        "classes",
        "service",
        "services",
        "room",
        "rooms",
        "item",
        "sku",
        "treatment",
        "session",
        "course",
        "lesson",
        "package",
        "equipment",
        "gear",
        "resource",
        "table",
    }
)


# a step towards paying: the details asked belong to the purchase, not to a lead
PAYMENT_WORDS = re.compile(
    r"\b(pay\w*|purchas\w*|checkout|pago|pagamento|paiement|zahlung\w*|pagament\w*|betaling)\b",
    re.I,
)


PRICE_WORDS = frozenset({"price", "cost", "fee", "precio", "preco", "preço", "prix", "preis"})
SUPPORT_PLACES = frozenset({"help", "support", "soporte", "ayuda", "aide", "hilfe", "suporte"})
# a line item's count: a quantity, or the hours a bill charges for
LINE_QUANTITY = QUANTITY_WORDS | {"hours"}
LINE_PRICE = frozenset({"unit", "price", "rate", "amount", "precio", "prix", "preis"})


# a request for a repair or a maintenance visit, as its title or button puts it (LABELLING
# round 16 and 17: a customer's or tenant's request about what they bought or rent is a support
# ticket); a log of maintenance done ("Log Maintenance") asks for nothing and stays out
REPAIR_REQUEST = re.compile(
    r"\b((maintenance|repair|service|fault) requests?|request (a )?(maintenance|repair|service)|"
    r"report a (fault|repair)|wartungsanfrage|reparaturanfrage|serviceanfrage|"
    r"demande d[e'’] ?(maintenance|r[ée]paration|intervention|d[ée]pannage)|"
    r"solicitud de (mantenimiento|reparaci[óo]n)|solicitar (mantenimiento|reparaci[óo]n)|"
    r"(solicita[çc][ãa]o|pedido) de (manuten[çc][ãa]o|reparo|repara[çc][ãa]o)|"
    r"solicitar (manuten[çc][ãa]o|reparo)|richiesta di (manutenzione|riparazione|assistenza)|"
    r"richiedi (manutenzione|riparazione|assistenza)|onderhoudsverzoek|onderhoudsaanvraag|"
    r"reparatieverzoek|y[êe]u c[ầa]u (b[ảa]o tr[ìi]|s[ửu]a ch[ữu]a)|"
    r"заявка на (ремонт|обслуживание)|"
    r"bak[ıi]m talebi|ar[ıi]za talebi|permintaan (perbaikan|pemeliharaan)|zg[łl]oszenie usterki)\b"
    r"|修理依頼|修繕依頼|メンテナンス依頼|点検依頼|维修申请|报修|수리 요청|유지보수 요청",
    re.I,
)
