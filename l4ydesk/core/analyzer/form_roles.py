"""Tells what part an input group plays on its page beyond its own fields.

Shown over the page (a dialog, a sheet) it submits on its own; handing its values to a parent
through `on...Change` it is a section of the parent's form; shown in place of a record's values
while an edit flag is on it edits that record and asks for no new one.
"""

from __future__ import annotations

import re
from typing import Any

from tree_sitter import Node

from l4ydesk.core.analyzer import jsx
from l4ydesk.core.analyzer.card_steps import card_with_billing_address
from l4ydesk.core.analyzer.field_prefixes import shared_prefix
from l4ydesk.core.analyzer.fields import custom_control_type
from l4ydesk.core.analyzer.forms import FoundForm
from l4ydesk.core.analyzer.model import Detection
from l4ydesk.core.analyzer.order_endings import completes_order
from l4ydesk.core.analyzer.syntax import SourceFile
from l4ydesk.core.analyzer.till_payments import takes_payment
from l4ydesk.core.analyzer.values import words

_OVERLAY = re.compile(r"Dialog|Sheet|Drawer|Modal|Popover")


def in_overlay(src: SourceFile, node: Node) -> bool:
    """Inside a dialog, sheet or drawer: shown over the page, submitted on its own."""
    current: Node | None = node
    for _ in range(12):
        if current is None:
            return False
        if current.type in ("jsx_element", "jsx_self_closing_element") and _OVERLAY.search(
            jsx.name(current, src)
        ):
            return True
        current = jsx.jsx_parent(current, src)
    return False


_UPWARD = re.compile(r"^on[A-Z]\w*(Change|Changed|Select|Selected|Update|Updated)$")


def reports_upward(src: SourceFile, form: FoundForm) -> bool:
    """The component calls a prop like `onChange(rows)` or `onContactsSelected(list)`: it is
    a controlled section whose values the parent keeps and submits (attendees, vendors, fee
    shares); a dialog calling `onSave(record)` on its button is a form of its own."""
    node = form.component.node
    if node is None:
        return False
    for call in src.calls_within(node):
        fn = call.child_by_field_name("function")
        if fn is not None and fn.type == "identifier" and _UPWARD.match(src.text(fn)):
            return True
    return False


def edits_in_place(src: SourceFile, form: FoundForm) -> bool:
    """Inputs shown instead of a record's values while an edit flag is on (`isEditing ? <Input>
    : <p>`): they change the record on screen; they ask for no new one."""
    if _under_edit_flag(src, form.container):
        return True  # the whole group is the `isEditing ?` branch
    inside = 0
    controls = [
        c
        for c in src.jsx_within(form.container)
        if jsx.name(c, src) in _INPUT_TAGS or custom_control_type(c, src) is not None
    ]
    for control in controls:
        node = control.parent
        for _ in range(8):
            if node is None or node == form.container:
                break
            if node.type in ("ternary_expression", "binary_expression"):
                test = node.child_by_field_name("condition") or node.child_by_field_name("left")
                if test is not None and any(w.startswith("edit") for w in words(src.text(test))):
                    inside += 1
                    break
            node = node.parent
    return bool(controls) and inside * 2 > len(controls)


def _under_edit_flag(src: SourceFile, container: Node) -> bool:
    node = container.parent
    for _ in range(3):
        if node is None or node.type in ("jsx_element", "statement_block"):
            return False
        if node.type in ("ternary_expression", "binary_expression"):
            test = node.child_by_field_name("condition") or node.child_by_field_name("left")
            return test is not None and any(w.startswith("edit") for w in words(src.text(test)))
        node = node.parent
    return False


_INPUT_TAGS = frozenset({"input", "Input", "textarea", "Textarea", "select", "Select"})


def assigns_staff(form: FoundForm) -> bool:
    """Picking who handles a record (a team, an agent, a technician) with at most a note, under
    a title or button that assigns or transfers it: staff assignment acts on a record that
    exists and captures none ("Transfer ticket", "Assign technician")."""
    said = set(words(f"{form.title or form.name} {form.submit_label or ''}"))
    if not said & _ASSIGNS or not form.fields:
        return False
    picks = [f for f in form.fields if f.type in ("select", "radio")]
    return len(picks) + sum(f.type == "textarea" for f in form.fields) == len(form.fields) and any(
        set(words(f.name)) & _HANDLERS for f in picks
    )


_ASSIGNS = frozenset(
    {"assign", "reassign", "transfer", "asignar", "reasignar", "transferir", "atribuir"}
    | {"assegna", "attribuer", "zuweisen", "toewijzen", "atama", "ata", "devret"}
)
# who a record is handed to
_HANDLERS = frozenset(
    {"user", "staff", "agent", "team", "assignee", "technician", "employee", "member"}
    | {"operator", "owner", "worker", "mechanic", "usuario", "equipo", "tecnico", "técnico"}
)


def staff_job(form: FoundForm) -> bool:
    """A new item that already names who will handle it (an assignee, a technician) or that is
    titled as a task or work order is a job on the staff's own board, whatever priority it
    carries: a ticket is a customer's request, which nobody assigns while writing it."""
    said = set(words(f"{form.title or form.name} {form.submit_label or ''}"))
    if said & _JOBS:
        return True
    return any(set(words(f.name)) & _WHO_HANDLES for f in form.fields)


# a staff member's own piece of work, in the languages v0 apps are written in
_JOBS = frozenset({"task", "tasks", "tarea", "tarefa", "tâche", "aufgabe", "attività", "görev"})
# a field naming who the new item goes to
_WHO_HANDLES = frozenset({"assignee", "assigned", "assign", "technician", "responsible"})


def shows_current_values(src: SourceFile, form: FoundForm) -> bool:
    """Every field already holds a value written in the code (`defaultValue="Анна"`) and no
    button or submit runs anything, outside a dialog: a panel showing how one thing is set up
    (the account's billing address, an assistant's persona), where no record is entered."""
    if form.handlers or not form.fields or in_overlay(src, form.container):
        return False
    return all(f.node is not None and _written_value(f.node, src) for f in form.fields)


def _written_value(node: Node, src: SourceFile) -> bool:
    for attr in ("defaultValue", "value", "defaultChecked", "checked"):
        expr = jsx.attr_expression(node, attr, src)
        if expr is not None:
            return expr.type in ("string", "number", "true", "false", "template_string")
        if jsx.attr_text(node, attr, src) is not None:
            return True
    return False


def without_payment_steps(detections: list[Detection]) -> list[Detection]:
    """Forms whose every field is a payment detail (a card's number, expiry, code and holder,
    the amount, the way to pay) once a page's steps are folded together: the step of a checkout
    that takes the money, which the checkout already is; such a form asks for nothing the
    business keeps as a record (no address, no contact)."""
    return [
        d
        for d in detections
        if d.type_key != "form"
        or not (_payment_only(d) or card_with_billing_address(d.fields) or _at_the_till(d))
    ]


def _at_the_till(det: Detection) -> bool:
    said = f"{det.name} {det.fields.get('title') or ''} {det.fields.get('submit_label') or ''}"
    return takes_payment(det.fields, said)


def _payment_only(det: Detection) -> bool:
    fields = [f for f in det.fields.get("fields", []) if isinstance(f, dict)]
    # the plan, the billing cycle or the way to pay may be picked: choices of the order itself,
    # beside a card typed in (two typed details at least)
    typed = [f for f in fields if f.get("type") not in ("radio", "select", "checkbox")]
    return any(
        len(group) >= least
        and all(_said_of(f, shared_prefix(group)) & _PAYMENT_DETAILS for f in group)
        # one typed detail alone (the amount to pay, the transfer's slip) with at most the
        # terms ticked beside it: nothing else is asked, unless staff record a payment received
        for group, least in ((fields, 2), (typed, _least_typed(det, typed, fields)))
    )


def _said_of(field: Any, prefix: str) -> set[str]:
    named = words(str(field.get("name") or ""))
    if prefix and named[:1] == [prefix]:
        named = named[1:]  # the form's own prefix ("payment-date") names the form, not the field
    return set(named) | set(words(str(field.get("label") or "")))


def _least_typed(det: Detection, typed: list[Any], fields: list[Any]) -> int:
    said = f"{det.name} {det.fields.get('title') or ''} {det.fields.get('submit_label') or ''}"
    return 2 if len(typed) < len(fields) - 1 or _RECORDS.search(said) else 1


# staff writing down a payment that came in ("Record payment", "Registrar pago")
_RECORDS = re.compile(r"\b(record\w*|log|add|registr\w*|erfassen|enregistrer|ghi nh[aậ]n)\b", re.I)


# words of a field that takes the payment itself (English code names; the card pages of other
# languages name their inputs in English too)
_PAYMENT_DETAILS = frozenset(
    {"card", "cvv", "cvc", "cvn", "csc", "expiry", "expiration", "amount", "payment", "upi"}
    | {"cardholder", "cardnumber", "iban", "slip"}
)


def edits_an_account(form: FoundForm, forms: list[FoundForm]) -> bool:
    """An "Edit ..." form whose typed fields all belong to a form of the same file that opens an
    account (it asks for a password): it edits that account, no business record."""
    if not jsx.EDIT.match(form.title or form.name):
        return False
    typed = {f.name for f in form.fields if f.type not in ("checkbox", "switch")}
    return bool(typed) and any(
        other is not form
        and any(f.type == "password" for f in other.fields)
        and typed <= {f.name for f in other.fields}
        for other in forms
    )


def places_the_order(src: SourceFile, form: FoundForm) -> bool:
    """The form's component empties the cart after its own work: it places the order."""
    comp = form.component.node
    return comp is not None and completes_order(src, comp) is not None


_NAME_WORDS = frozenset({"name", "first", "surname", "nombre", "nom"})


def writes_to_the_business(form: FoundForm) -> bool:
    """The visitor's name, an e-mail and a phone to answer by, and one message box, the rest
    typed text: no day, no choice, no number or file, so nothing is booked, bought or filed; a
    message asking to be called back (a sign-up's "why join?" box asks no phone)."""
    types = [f.type for f in form.fields]
    said = {w for f in form.fields for w in words(f.name)}
    return (
        types.count("textarea") == 1
        and ("email" in types or "email" in said)
        and ("tel" in types or bool(said & {"phone", "mobile", "telefono", "telephone"}))
        and all(t in ("text", "email", "tel", "textarea") for t in types)
        and any(_NAME_WORDS & set(words(f.name)) for f in form.fields)
    )


# a visitor applying to a programme, a course or a partnership (en, de, fr, es, it, pt, nl, vi)
_APPLICATION = re.compile(
    r"\b(application|apply|bewerbung|bewerben|candidature|candidatura|postuler|solicitud|"
    r"inscri[cç][aã]o|inscripci[oó]n|aanmelding|aanmelden|ứng tuyển|đơn đăng ký)\b",
    re.I,
)
# what a job application asks for: an applicant is not a lead (README: the careers page)
_JOB_FILES = frozenset({"cv", "resume", "curriculum", "cover", "portfolio", "lebenslauf"})


def applies_as_a_lead(form: FoundForm, text: str) -> bool:
    """An application a visitor sends about themselves (a name and an e-mail, a few choices
    and why they apply) with no file, price or day: a programme's or a partnership's lead."""
    said = {w for f in form.fields for w in words(f.name)}
    types = {f.type for f in form.fields}
    return (
        _APPLICATION.search(text) is not None
        and ("email" in types or "email" in said)
        and any(w in said for w in ("name", "firstname", "fullname", "nome", "nombre", "nom"))
        and not types & {"file", "date", "date_range", "datetime-local", "number"}
        and not said & (_JOB_FILES | {"price", "amount", "quantity"})
    )


# people a business works with but does not serve: its staff and its suppliers (round 8: staff
# lists are no contact lists; round 10: its own client businesses are, its suppliers are not)
_NOT_SERVED = re.compile(
    r"\b(employees?|staff|team members?|suppliers?|mitarbeiter\w*|lieferant\w*|employ[ée]e?s?|"
    r"fournisseurs?|empleados?|proveedor(es)?|dipendenti|dipendente|fornitor[ei]|"
    r"funcion[aá]rios?|fornecedor(es)?|medewerkers?|leveranciers?|nh[aâ]n vi[eê]n|"
    r"nh[aà] cung c[aấ]p)\b|従業員|スタッフ|仕入先",
    re.I,
)


def enters_someone_not_served(own_words: str) -> bool:
    """A form whose own name (title, button, component) says it enters a staff member or a
    supplier: a record of the business's own people, not a client or a lead. A visitor asking
    to become one ("Become a supplier", "Lieferant werden") is a lead."""
    return _NOT_SERVED.search(own_words) is not None and _JOINS.search(own_words) is None


_JOINS = re.compile(
    r"\b(become|join|apply|werden|devenir|rejoindre|convi[ée]rtete|[úu]nete|seja|torne-se|"
    r"diventa|word|trở thành)\b",
    re.I,
)
