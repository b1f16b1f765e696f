"""Says whether a data set's rows are invoices: numbered bills ("INV-001") that state what is
owed, or rows with an amount, a bill's status and a client or a due date. Split from
`record_kinds`, which decides every record type and asks this module about invoices.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from l4ydesk.core.analyzer.record_keys import find_price_key, get, text_of

if TYPE_CHECKING:
    from l4ydesk.core.analyzer.record_kinds import DataSet

_INVOICE_STATUSES = frozenset(
    {
        "paid",
        "unpaid",
        "pending",
        "overdue",
        "draft",
        "sent",
        "void",
        "due",
        "open",
        "partially paid",
    }
)


INVOICE_NUMBER_KEYS = (
    "invoicenumber",
    "invoiceno",
    "invoice",
    "number",
    "id",
    "invoiceid",
    "reference",
    "ref",
)


INVOICE_NUMBER = re.compile(r"^(inv|invoice|bill)[-_#\s]?\w+", re.I)

_OWED = re.compile(r"amount|total|balance|due|price|sum")


def looks_like_invoices(ds: DataSet) -> bool:
    numbers = [text_of(get(i, *INVOICE_NUMBER_KEYS)) for i in ds.items]
    if sum(1 for n in numbers if n and INVOICE_NUMBER.match(n)) * 2 > len(ds.items):
        # an invoice states what is owed: numbered rows with no amount (stock items) are not
        return bool(find_price_key(ds.keys, ds.items)) or any(_OWED.search(k) for k in ds.keys)
    statuses = {str(get(i, "status") or "").lower() for i in ds.items}
    keys = ds.keys
    return bool(
        keys & {"amount", "total"}
        and statuses
        and statuses <= _INVOICE_STATUSES
        and keys & {"client", "customer", "billto", "duedate", "due"}
    )


# sets and rows named for money a business received or sales it made (a customer's purchases
# are sales to the business), in the languages v0 apps use
PAID_ROWS = frozenset(
    re.findall(
        r"\S+",
        "payments payment transactions transaction sales sale purchases purchase pagos pago "
        "ventas venta compras compra pagamentos pagamento vendas venda paiements paiement ventes "
        "vente achats achat zahlungen zahlung verkaeufe kauf pagamenti vendite vendita acquisto "
        "betalingen betaling verkopen",
    )
)
# what a row says was paid
_PAID_AMOUNT = (
    "amount",
    "total",
    "amountpaid",
    "paid",
    "monto",
    "importe",
    "valor",
    "montant",
    "betrag",
    "importo",
    "bedrag",
    "totalamount",
)
# who paid: the customer, client, member, student, patient or guest a row is to
PAYERS = frozenset(
    re.findall(
        r"\S+",
        "customer client buyer payer member student patient guest tenant cliente comprador "
        "alumno aluno paciente huesped hospede socio kunde käufer acheteur acquirente klant koper",
    )
)
# a row's key naming who paid: a payer's word (a `membership` is no member), who it was paid
# by or from, or the booking it pays for
_PAYER = re.compile(
    r"^("
    + "|".join(sorted(p for p in PAYERS if p != "member"))
    + r"|member(?!ship)|paidby|from$|booking|reservation|appointment|reserva|cita)"
)
# a cash ledger's rows go in or out of the till (round 8): no bills to anyone
_LEDGER_TYPES = frozenset({"in", "out", "income", "expense", "deposit", "withdrawal", "entrada"})


def payment_list(ds: DataSet) -> bool:
    """Payments received or sales made, each row to a named customer with an amount and a day
    (round-14 settled point): the business's billing records, an invoice list. A set named for
    payments or sales whose rows say who paid (or whose booking), how much and when, or cite
    their invoices; a till's ledger of cash in and out is none."""
    if not ds.tokens & PAID_ROWS:
        return False
    if looks_like_invoices(ds):
        return True  # a member's payments, each citing its invoice ("INV-2024-001"): receipts
    keys = ds.keys
    payer = next((k for k in sorted(keys) if _PAYER.match(k)), None)
    if payer is None or not keys & {"date", "fecha", "data", "datum", "paidat", "createdat"}:
        return False
    if not _mostly_paid(ds):
        return False
    named = sum(1 for i in ds.items if text_of(get(i, payer)))
    return named * 2 > len(ds.items)


def _mostly_paid(ds: DataSet) -> bool:
    """Most rows show an amount paid, and none is a till's cash in or out (round 8)."""
    kinds = {str(get(i, "type") or "").lower() for i in ds.items}
    if kinds & _LEDGER_TYPES:
        return False
    paid = sum(1 for i in ds.items if _amount(get(i, *_PAID_AMOUNT)))
    return paid * 2 > len(ds.items)


def _amount(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return value > 0
    return bool(re.search(r"\d", str(value or "")))


# a set named for charges: payments, fees, bills paid or owed (not a buyer's purchases)
_CHARGE_SETS = frozenset(
    {"payments", "payment", "fees", "charges", "remittances", "pagos", "pagamentos"}
    | {"paiements", "zahlungen", "pagamenti", "betalingen", "pembayaran", "cobros"}
)
# the day a charge was made, paid or falls due
_CHARGE_DAYS = frozenset(
    {"date", "fecha", "data", "datum", "paidat", "paiddate", "createdat", "timestamp"}
    | {"duedate", "paidon", "issuedat", "tanggal"}
)
_REFERENCES = frozenset({"reference", "ref", "invoice", "invoiceid", "receipt", "receiptno"})


def charge_list(ds: DataSet) -> bool:
    """A set named for payments or fees whose rows each show an amount, a day, and a status or
    a reference: charges, an invoice list whoever pays (round 19). A bare feed of amounts and
    days, or a till's cash in and out (round 8), is none."""
    if not ds.tokens & _CHARGE_SETS or not ds.keys & _CHARGE_DAYS:
        return False
    return bool(ds.keys & ({"status"} | _REFERENCES)) and _mostly_paid(ds)
