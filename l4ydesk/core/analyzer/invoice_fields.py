"""Reads invoices into a detection's name, fields and confidence: a row of a data set of
invoices (its number, customer, total, status and dates), or a one-off invoice object
(`const invoice = { number, billTo, items }`) with its line items, subtotal, tax and total.
"""

from __future__ import annotations

from typing import Any

from l4ydesk.core.analyzer.invoice_kinds import INVOICE_NUMBER, INVOICE_NUMBER_KEYS
from l4ydesk.core.analyzer.record_fields import Built
from l4ydesk.core.analyzer.record_keys import get, text_of
from l4ydesk.core.analyzer.record_kinds import DataSet
from l4ydesk.core.analyzer.values import find_date, price_value, words
from l4ydesk.core.ontology import BookableSubtype, money


def invoice_item(item: dict[str, Any], ds: DataSet, _: BookableSubtype | None) -> Built:
    number = text_of(get(item, *INVOICE_NUMBER_KEYS))
    if not number:
        return None
    fields: dict[str, Any] = {"number": number, "source": "data"}
    customer = get(item, "client", "customer", "billto", "company", "clientname", "customername")
    if isinstance(customer, dict):
        customer = get(customer, "name", "company")
    if text_of(customer):
        fields["customer"] = text_of(customer)
    email = text_of(get(item, "email", "customeremail", "clientemail"))
    if email:
        fields["customer_email"] = email
    total = price_value(get(item, "total", "amount", "amountdue"))
    if total is not None:
        fields["total"] = total.amount
        if total.currency:
            fields["currency"] = total.currency
    status = text_of(get(item, "status"))
    if status:
        fields["status"] = status.lower()
    issued = text_of(get(item, "issuedat", "issued", "issuedate", "date", "createdat"))
    if issued and find_date(issued):
        fields["issue_date"] = find_date(issued)
    due = text_of(get(item, "duedate", "due", "dueat"))
    if due and find_date(due):
        fields["due_date"] = find_date(due)
    return number, fields, 0.9


def invoice_from_object(var_name: str, data: dict[str, Any]) -> Built:
    """A one-off invoice document: `const invoice = { number, billTo, items: [...] }`."""
    tokens = set(words(var_name))
    items = get(data, "items", "lineitems", "lines")
    if not tokens & {"invoice", "bill"} or not isinstance(items, list):
        return None
    line_items: list[dict[str, Any]] = []
    subtotal = 0.0
    for line in items:
        if not isinstance(line, dict):
            continue
        quantity = get(line, "quantity", "qty", "hours")
        rate = get(line, "rate", "unitprice", "price", "amount")
        description = text_of(get(line, "description", "name", "item", "title"))
        quantity_n = quantity if isinstance(quantity, int | float) else 1
        if isinstance(rate, int | float) and not isinstance(rate, bool):
            subtotal += quantity_n * rate
        line_items.append(
            {
                "description": description,
                "quantity": quantity_n,
                "unit_price": money(rate) if isinstance(rate, int | float) else None,
            }
        )
    number = text_of(get(data, "number", "invoicenumber", "id"))
    fields: dict[str, Any] = {"number": number, "line_items": line_items, "source": "data"}
    if line_items:
        fields["subtotal"] = money(subtotal)
        tax_value = get(data, "taxrate", "tax", "vat", "vatrate")
        tax = 0.0
        if isinstance(tax_value, int | float) and not isinstance(tax_value, bool):
            tax = subtotal * tax_value if tax_value < 1 else float(tax_value)
            fields["tax"] = money(tax)
        fields["total"] = money(subtotal + tax)
    customer = get(data, "billto", "client", "customer", "to")
    if isinstance(customer, dict):
        fields["customer"] = text_of(get(customer, "name", "company"))
        email = text_of(get(customer, "email"))
        if email:
            fields["customer_email"] = email
    elif text_of(customer):
        fields["customer"] = text_of(customer)
    currency = text_of(get(data, "currency"))
    if currency and len(currency) == 3:
        fields["currency"] = currency.upper()
    for key_names, target in (
        (("issued", "issuedate", "date", "issuedat"), "issue_date"),
        (("due", "duedate", "dueat"), "due_date"),
    ):
        value = text_of(get(data, *key_names))
        if value and find_date(value):
            fields[target] = find_date(value)
    status = text_of(get(data, "status"))
    if status:
        fields["status"] = status.lower()
    name = (
        f"Invoice #{number}"
        if number and not INVOICE_NUMBER.match(number)
        else (number or "Invoice")
    )
    return name, fields, 0.85
