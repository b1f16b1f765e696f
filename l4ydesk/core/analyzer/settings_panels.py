"""Tells an admin settings panel from a form that enters a business record.

Two shapes seen on dashboards and settings pages: the business's own details (its company
name, website, phone and address, saved once on its settings page) and a panel of switches with
a number or two (which kinds of device a technician takes, after how many minutes the assistant
hands over). Neither enters a record of someone the business serves or sells to (LABELLING
round 17: toggles and preferences of the app itself are not forms).
"""

from __future__ import annotations

from l4ydesk.core.analyzer.fields import FormField
from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.values import words

# the business itself, as its settings page names its own details
_OWN_BUSINESS = frozenset(
    {"company", "business", "organization", "organisation", "store", "shop", "firm"}
    | {"empresa", "negocio", "tienda", "loja", "entreprise", "societe", "boutique", "firma"}
    | {"unternehmen", "geschaft", "azienda", "negozio", "ditta", "bedrijf", "winkel", "onderneming"}
    | {"cong", "ty", "perusahaan", "toko", "sirket", "kaisha"}
)
# what such a block asks besides the business's name: where it is and how it is reached
_OWN_DETAILS = frozenset(
    {"name", "website", "url", "phone", "email", "address", "line1", "line2", "city", "state"}
    | {"zip", "postal", "postcode", "country", "tax", "vat", "logo", "currency", "timezone"}
    | {"street", "strasse", "calle", "rue", "straat", "direccion", "endereco", "adresse"}
    | {"indirizzo", "adres", "ciudad", "cidade", "ville", "stadt", "citta", "stad", "plz", "cep"}
)


def own_business_details(form: FoundForm) -> bool:
    """Two fields or more name the business itself (`company-name`, `companyPhone`) and every
    other field is an address line, a contact way or a tax number: the business's own profile,
    typed once on its settings page, not a client or a lead (no message, no day, no choice of
    a service)."""
    own = [f for f in form.fields if set(words(f.name)) & _OWN_BUSINESS]
    if len(own) < 2 or any(f.type in ("textarea", "date", "datetime-local") for f in form.fields):
        return False
    return all(f in own or _detail(f) for f in form.fields)


def _detail(field: FormField) -> bool:
    return bool(set(words(field.name)) & _OWN_DETAILS) or field.type in ("url", "tel", "email")


# a number typed beside switches is a threshold or a count of the app's behaviour
_SWITCHES = ("checkbox", "switch")
_FIGURES = ("number", "range")


def toggles_and_figures(form: FoundForm) -> bool:
    """Only switches and numbers, at least one of each, none named for a quantity, a guest
    count or a price: a panel that turns the app's behaviour on and off and sets its limits
    (minutes before a hand-over, a radius), with no name or text typed for a record."""
    types = [f.type for f in form.fields]
    if not any(t in _SWITCHES for t in types) or not any(t in _FIGURES for t in types):
        return False
    if not all(t in (*_SWITCHES, *_FIGURES) for t in types):
        return False
    said = {w for f in form.fields if f.type in _FIGURES for w in words(f.name)}
    return not said & _COUNTED


# numbers that count or price what is ordered or booked (a dish's quantity, the party's size)
_COUNTED = frozenset(
    {"quantity", "qty", "amount", "price", "guests", "people", "persons", "adults", "children"}
    | {"count", "units", "cantidad", "quantidade", "quantite", "menge", "anzahl", "quantita"}
    | {"aantal", "hours", "nights", "days", "weight", "size", "total", "cost", "budget"}
)
