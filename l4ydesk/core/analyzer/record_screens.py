"""Finds one record's own screen: a page for one customer or booking, or a dialog showing one.

`app/customers/[id]/page.tsx` renders `customer.name`, `customer.phone`, `customer.email`; a
bookings page opens "Booking Details" on `selected.date`, `selected.guests`. That screen is the
record a person connects (round-9 settled point: one label of the record's type), whatever the
fields are called. What decides is structure (one object, three or more of its fields shown
outside any list, on a page for one record or in an overlay) and the object's own name, which
says what the record is (`customer`, `selectedBooking`, `student`).
"""

from __future__ import annotations

import re
from collections import Counter

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.documents import (
    INPUT_ELEMENTS,
    OVERLAY,
    OVERLAY_TITLE,
    members_shown,
)
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.people import inside_people
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.values import words

# the record's own word (its name's last word: `selectedBooking`, `currentCustomer`)
_RECORD_WORDS = {
    "booking": frozenset(
        re.findall(
            r"\S+",
            "booking reservation appointment reserva cita agendamento termin prenotazione "
            "afspraak rendezvous",
        )
    ),
    "invoice": frozenset(
        re.findall(
            r"\S+", "invoice receipt bill factura fatura facture rechnung fattura recibo quittung"
        )
    ),
    # the people a CRM owns (round-8 settled point): not staff, teachers or the app's users
    "contact": frozenset(
        re.findall(
            r"\S+",
            "customer client member lead patient student donor applicant subscriber guest "
            "cliente miembro socio paciente alumno estudiante membro aluno membre adherent kunde "
            "mitglied paziente klant lid tenant resident inquilino locataire mieter huurder "
            "inquilina",
        )
    ),
}


def record_word(name: str) -> str | None:
    """The record type a variable holding ONE record is named for (`selectedBooking`)."""
    said = words(name)
    last = said[-1].lower() if said else ""
    return next((k for k, ws in _RECORD_WORDS.items() if last in ws), None)


# a page for one record: a route ending in a dynamic segment (`customers/[id]/page.tsx`; below
# it, `bookings/[id]/check-in` acts on the record), or a view reading an id from the address
_ONE_RECORD_ROUTE = re.compile(r"/\[[^/\]]+\]/(page|index)\.\w+$")
_ROUTE_FILE = re.compile(r"(^|/)(app/(.*/)?page|pages/.*)\.\w+$")
_READS_ID = re.compile(
    rb"[sS]earchParams(?:\(\s*\))?\s*\??\.\s*get\(\s*[\"'`]\w*id[\"'`]|useParams\("
    rb"|params\s*\??\.\s*\w*[iI]d\b"
    rb"|\{\s*\w*[iI]d\s*\}\s*=\s*(?:await\s+)?params\b"
)
_MIN_FIELDS = 3  # one or two fields are a mention (a name in a breadcrumb); three show it


def record_screens(src: SourceFile, found: list[Detection]) -> list[Detection]:
    """One detection per component showing one record of its own (on a page for one record)
    and per overlay showing one record (a details dialog), of the type the record's name says."""
    if not src.jsx:
        return []
    have = {(d.type_key, d.component, d.name) for d in found}
    typed = {(d.type_key, d.evidence[0].path) for d in found if d.evidence}
    out: list[Detection] = []
    one_record = _one_record_page(src)
    overlays = [el for el in src.jsx if OVERLAY.match(jsx.name(el, src))]
    for comp in src.components[1:]:
        if comp.node is None:
            continue
        where = f"{src.path}:{comp.name}"
        scopes: list[tuple[Node, bool]] = [
            (o, True) for o in overlays if comp.start_byte <= o.start_byte < comp.end_byte
        ]
        handed = frozenset() if one_record else _handed_record(src, comp.node)
        if one_record or handed:
            scopes.append((comp.node, False))
        for scope, is_overlay in scopes:
            only = None if is_overlay or one_record else handed
            shown = _shown_record(src, scope, is_overlay, overlays, only)
            if shown is None:
                continue
            type_key, fields = shown
            if not is_overlay and one_record and _part_of_route_record(src, scope, fields):
                continue  # `claims/[id]` showing `patient.name`: the claim's screen, not his
            if type_key == "invoice" and is_overlay:
                continue  # a bill's details dialog is read by documents.invoice_previews
            if not is_overlay and (type_key, src.path) in typed:
                continue  # the page's record is found already (its form, its document)
            name = _title(src, scope, fields, is_overlay)
            if not name or (type_key, where, name) in have:
                continue
            have.add((type_key, where, name))
            record = fields[0].child_by_field_name("object") or fields[0]
            out.append(
                Detection(
                    type_key,
                    name,
                    {"source": "record", "record": src.text(record)},
                    0.75,
                    (src.evidence(fields[0]),),
                    where,
                )
            )
    return out


# a component handed one record shows a card of it with a few fields, its profile with many
_MIN_HANDED = 6


_ROUTE_FOLDER = re.compile(r"([A-Za-z_-]+)/\[[^/\]]+\]/(?:page|index)\.\w+$")


def _part_of_route_record(src: SourceFile, scope: Node, fields: list[Node]) -> bool:
    """The page's route names another record (`claims/[id]`, `units/[id]`) and the scope shows
    three or more fields of that record (`claim.status`, `claim.total`): the person found is a
    part of it (the claim's patient, the unit's tenant), not a record with a screen of its own."""
    folder = _ROUTE_FOLDER.search(src.path)
    if folder is None:
        return False
    plural = folder.group(1).lower().replace("-", "").replace("_", "")
    stems = {plural, plural[:-1], plural[:-2], plural[:-3] + "y"} - {""}
    record = fields[0].child_by_field_name("object") or fields[0]
    if src.text(record).lower() in stems:
        return False
    body = src.source[scope.start_byte : scope.end_byte].decode("utf-8", "replace")
    for stem in stems:
        props = set(re.findall(rf"\b{re.escape(stem)}\??\.(\w+)", body, re.I))
        if len(props) >= _MIN_FIELDS:
            return True
    return False


def _handed_record(src: SourceFile, fn: Node | None) -> frozenset[str]:
    """The props of a component that are one record named for its type (`{ guest }`,
    `{ student }`): the component is that record's profile when it shows enough of it."""
    params = fn.child_by_field_name("parameters") if fn is not None else None
    first = params.named_children[0] if params is not None and params.named_children else None
    pattern = first.child_by_field_name("pattern") if first is not None else None
    if pattern is None or pattern.type != "object_pattern":
        return frozenset()
    return frozenset(
        src.text(p)
        for p in pattern.named_children
        if p.type == "shorthand_property_identifier_pattern" and record_word(src.text(p))
    )


def _one_record_page(src: SourceFile) -> bool:
    if _ONE_RECORD_ROUTE.search(src.path):
        return True
    # a route page that is no record's own (a confirmation after booking) reads an id too
    return not _ROUTE_FILE.search(src.path) and bool(_READS_ID.search(src.source))


def _shown_record(
    src: SourceFile,
    scope: Node,
    is_overlay: bool,
    overlays: list[Node],
    only: frozenset[str] | None = None,
) -> tuple[str, list[Node]] | None:
    """(type, the member expressions shown) of the one record the scope shows three or more
    fields of, outside lists and inputs (and, for a page, outside its overlays); with `only`,
    one of those handed records, showing six or more."""
    least = _MIN_FIELDS if only is None else _MIN_HANDED
    by_object: dict[str, list[Node]] = {}
    keys: dict[str, set[str]] = {}
    for el in src.jsx_within(scope):
        if jsx.name(el, src) in INPUT_ELEMENTS:
            if is_overlay:
                return None  # an overlay with inputs edits the record: a form
            if only is not None and jsx.name(el, src) == "form" and not _inside(el, overlays):
                return None  # a handed record's view around a form of its own: that form
            continue
        if src.in_map_callback(el) or (not is_overlay and _inside(el, overlays)):
            continue
        for member in members_shown(el):
            obj = member.child_by_field_name("object")
            prop = member.child_by_field_name("property")
            if obj is None or prop is None or obj.type != "identifier":
                continue
            name = src.text(obj)
            by_object.setdefault(name, []).append(member)
            keys.setdefault(name, set()).add(src.text(prop))
    for name, props in sorted(keys.items(), key=lambda kv: -len(kv[1])):
        if len(props) < least:
            break
        if only is not None and name not in only:
            continue
        type_key = record_word(name) or _client_business(src, name, props)
        if type_key is not None:
            return type_key, by_object[name]
    return None


# the admin side of an app, where the business manages its own records
_ADMIN_PATH = re.compile(r"(^|/)(admin|dashboard|backoffice|back-office|crm)(/|$)")
_PHONES = frozenset({"phone", "mobile", "telephone", "tel", "whatsapp"})
_PRICED = ("price", "value", "cost", "amount", "investment")


def _client_business(src: SourceFile, name: str, props: set[str]) -> str | None:
    """One record shown with its e-mail and phone on the admin side's page for one record (a
    SaaS's hotel, an agency's client company) is one client's own page: a contact (round-10
    settled point), unless the record is the business's own staff or the app's account."""
    said = {p.lower() for p in props}
    if not (_ADMIN_PATH.search(src.path) and "email" in said and said & _PHONES):
        return None
    if inside_people(frozenset(w.lower() for w in words(name)), said):
        return None
    if any(w in p for p in said for w in _PRICED):
        return None  # a priced thing with its owner's details (a property under review)
    return "contact"


def _inside(node: Node, scopes: list[Node]) -> bool:
    return any(s.start_byte <= node.start_byte and node.end_byte <= s.end_byte for s in scopes)


def _title(src: SourceFile, scope: Node, fields: list[Node], is_overlay: bool) -> str:
    """The overlay's own title; for a page, the static heading over most of the fields shown."""
    if is_overlay:
        for el in src.jsx_within(scope):
            if OVERLAY_TITLE.search(jsx.name(el, src)) or jsx.is_heading(el, src):
                return jsx.title_text(el, src)
        return ""
    headings = [
        h
        for h in src.headings_within(scope)
        if not src.in_map_callback(h)
        and not OVERLAY_TITLE.search(jsx.name(h, src))
        and jsx.title_text(h, src)
    ]
    votes: Counter[str] = Counter()
    for field in fields:
        above = [h for h in headings if h.start_byte < field.start_byte]
        if above:
            votes[jsx.title_text(above[-1], src)] += 1
    return votes.most_common(1)[0][0] if votes else ""
