"""The record type rows are, by the fields each row shows: who, what for and when is a booking;
a subject with a priority and a status is a ticket; an amount with a due date, a receipt or an
invoice number is an invoice; a name with an e-mail and a phone is a contact; a name and a
price with no quantity are goods. Split from read_rows.py, which finds the rows and names them.
"""

from __future__ import annotations

import re

from l4ydesk.core.analyzer.invoice_kinds import PAYERS
from l4ydesk.core.analyzer.record_keys import canonical_key
from l4ydesk.core.analyzer.record_kinds import CLINICAL_NOTES, WHAT_FOR
from l4ydesk.core.analyzer.row_names import WHEN_WORDS, key_parts
from l4ydesk.core.analyzer.values import words
from l4ydesk.core.analyzer.vocabulary import QUANTITY_WORDS

_PRIORITY = frozenset({"priority", "severity", "urgency"})
_SUBJECT = frozenset({"subject", "title", "summary", "description", "issue", "category"})
_INVOICE_NUMBER = frozenset({"invoicenumber", "invoiceno", "invoiceid", "invoicenum"})
_DUE = frozenset({"duedate", "due", "dueon", "dueat"})
_AMOUNT = frozenset({"amount", "total", "totalamount", "amountdue", "balance"})
_PERSON = frozenset(
    {
        "name",
        "fullname",
        "firstname",
        "lastname",
        "contactname",
        "nombre",
        "nombres",
        "apellidos",
        "nome",
        "nom",
        "prenom",
        "vorname",
        "nachname",
    }
)
# a second way to reach the person, or the firm they are with
_REACH = frozenset(
    {"phone", "telefono", "telefone", "celular", "mobile", "tel", "whatsapp", "company"}
)
# who a row charges (or ships for), and a number each row carries (`trackingNo`, `receiptNumber`)
_PARTY = frozenset(
    {"customer", "client", "sender", "receiver", "buyer", "payer", "billto", "cliente", "kunde"}
)
_RECEIPT = frozenset({"receipt", "receiptno", "receiptnumber", "receiptid", "receiptnum"})
# what is still owed on a row (`pendingAmount`, `balanceDue`, `outstanding`)
_OWED = ("pending", "due", "balance", "outstanding", "unpaid", "owed")
_ROW_NUMBER = re.compile(r"^(?!.*(phone|mobile|tel|whatsapp|id$)).+(no|number|num|nr|numero)$")
_ACCOUNT = frozenset({"role", "permissions", "lastlogin", "password", "lastactive"})
_PRICE = frozenset({"price", "cost", "rate", "fee"})
# who comes
_WHO = frozenset(
    {"customer", "client", "guest", "patient", "student", "attendee", "cliente", "paciente"}
)
# what the visit is for (the words a sample booking row uses), or who serves it
_WHAT_FOR = WHAT_FOR | frozenset(
    {"package", "driver", "provider", "staff", "groomer", "instructor", "vet"}
)
# how many may come: a session or a class people sign up for, not one person's reservation
_CAPACITY = frozenset(
    {"capacity", "maxparticipants", "maxattendees", "maxcapacity", "maxstudents", "seats"}
    | {"spots", "spotsleft", "seatsleft", "availablespots", "availableseats"}
)
# how many people a reservation is for
_PARTY_SIZE = frozenset(
    {"guests", "guestcount", "partysize", "pax", "people", "persons", "numberofguests"}
    | {"attendees", "attendeecount", "headcount", "covers", "personas", "personnes"}
)
# a task's urgency, a log's action, an insurance premium: rows that are no visit
_NO_VISIT = frozenset({"priority", "action", "premium"})


# the lines of a cart or an order: how many of a thing, and what they come to
_LINE_KEYS = QUANTITY_WORDS | {"subtotal", "total", "linetotal"}


# who bought or booked it and when, how much is left: rows of business done or tracked
_NOT_ON_OFFER = frozenset(
    {"email", "phone", "customer", "client", "date", "time", "remaining", "minstock"}
)


# the plan a row subscribes to: the rows are the app's own customers (round-10 settled point:
# a SaaS's client businesses are a contact list)
SUBSCRIBED = frozenset({"subscription", "subscriptions", "plan", "planid", "plan_id", "tier"})
# where a client business is
_WHERE = frozenset({"city", "country", "address", "location", "region", "state"})


# a price that is no thing's own: the one it replaced, a sum, or what an option adds to a
# configured product (`price_modifier`, `extraPrice`: options, not goods)
_NOT_OWN_PRICE = ("compare", "original", "old", "total", "modifier", "extra", "surcharge", "delta")


def priced_goods(keys: set[str]) -> bool:
    """Rows that each show a thing's name and its own price, and no quantity or total: goods
    on offer (a cart's or an order's lines say how many and what they come to)."""
    own = {k for k in keys if not k.startswith("~")}
    named = any(k in ("name", "title") or canonical_key(k) in ("name", "title") for k in own)
    priced = any(
        ("price" in k and not any(w in k for w in _NOT_OWN_PRICE)) or canonical_key(k) == "price"
        for k in own
    )
    return named and priced and not own & (_LINE_KEYS | _NOT_ON_OFFER)


# the words of a key saying what a row charged, billed or was paid (`totalBilled`, `amountPaid`)
_BILLED = frozenset(
    {"amount", "total", "billed", "paid", "charged", "monto", "importe", "montant", "betrag"}
    | {"importo", "bedrag", "valor", "totaal"}
)
# the words of a key saying on what day a row was made, paid or served (`created_at`)
_DAY_MADE = frozenset({"date", "created", "createdat", "paidat", "issued", "fecha", "datum"})
# a visit's hour or slot: rows at a time are bookings, whatever they cost
_VISIT_HOUR = WHEN_WORDS - {"date"}


def billed_rows(keys: set[str]) -> bool:
    """Rows that each show an amount charged, the day it was made and who it was to (a
    customer, a patient, a member): money a business billed or took, an invoice list whatever
    the rows are called (claims, orders, sales; round 15's admin order boards). Lines of one
    order (a quantity beside them), visits at an hour and events for a party size are none; a
    customer's own history names no customer."""
    parts = key_parts(keys)
    if not parts & _BILLED:
        return False
    named_user = _user_named(keys)
    if not parts & _DAY_MADE and not ("status" in parts and (_payer_named(keys) or named_user)):
        return False  # with no day, where each sale stands beside the buyer's name (a board)
    if _lines_or_visits(keys, _PRICE):
        return False
    return bool(parts & PAYERS) or named_user


def _lines_or_visits(keys: set[str], prices: frozenset[str]) -> bool:
    """Lines of one order (a quantity or a unit price among `prices`), visits at an hour or
    events for a party size: rows with an amount that are no money billed."""
    return bool(key_parts(keys) & (QUANTITY_WORDS | _VISIT_HOUR | prices)) or _party_sized(keys)


def _party_sized(keys: set[str]) -> bool:
    """A key says how many people come (`guests`, `party_size`)."""
    return bool(_PARTY_SIZE & {k.replace("_", "") for k in keys})


# who an order's key names beside a name: its account, or where it ships or is billed to
_BUYER_ROLES = ("user", "shipping", "billing", "recipient")


def _user_named(keys: set[str]) -> bool:
    """A row names the account that placed it or the one it is shipped or billed to
    (`order.userName`, `order.shipping_name`): a board of many buyers' orders, as an admin or a
    seller sees them; a buyer's own history never names its buyer."""
    return any(
        k.startswith(_BUYER_ROLES) and any(n in k for n in _NAME_WORDS - {"id"})
        for k in keys
        if not k.startswith("~")
    )


# what a charge row cites beside its amount: the bill or the payment it is
_REFERENCE = frozenset({"reference", "ref", "invoice", "receipt", "referencia", "referência"})
# the words naming a charge: a payment, a fee, a bill paid or owed (an order or a sale is
# named for what was bought, a transfer for the money moved: neither is a charge by its name)
_CHARGE_WORDS = frozenset(
    {"payment", "payments", "fee", "fees", "charge", "charges", "remittance", "remittances"}
    | {"pago", "pagos", "pagamento", "pagamentos", "paiement", "paiements", "zahlung"}
    | {"zahlungen", "pagamenti", "betaling", "betalingen", "pembayaran", "cobro", "cobros"}
    | {"mensalidade", "mensalidades", "cuota", "cuotas", "rent", "tuition"}
)
# rows named for what was bought: purchases, orders, sales (a payment's state is one column)
_BOUGHT = frozenset(
    {"purchase", "purchases", "order", "orders", "sale", "sales", "compras", "pedidos"}
    | {"ventas", "vendas", "commandes", "bestellungen", "ordini", "bestellingen"}
)


def charged_rows(keys: set[str], rows_name: str) -> bool:
    """Rows named for charges (`payments.map(`, `row.paymentStatus`) that each show an amount,
    the day it was paid or made, and where the charge stands (a status) or what it cites (a
    reference): charges, an invoice list whoever pays (round 19). A bare feed of amounts and
    days says neither and is none; lines of one order, visits at an hour and events for a
    party size are none either."""
    parts = key_parts(keys)
    named = set(words(rows_name))
    if named & _BOUGHT or not (parts | named) & _CHARGE_WORDS:
        return False  # a buyer's own purchases or orders, each with its payment's state
    if not (parts & _BILLED and parts & _DAY_MADE):
        return False
    if not ("status" in parts or parts & _REFERENCE):
        return False
    # a fee is the charge itself, unless the rows are named things (an event, a course) it prices
    priced = _PRICE if keys & {"name", "title"} else _PRICE - _CHARGE_WORDS
    return not _lines_or_visits(keys, priced)


# who a person is, as a key's own word (`customer_name`, `cliente_nome`, `customer_id`)
_NAME_WORDS = frozenset({"name", "nome", "nombre", "nom", "naam", "id"})


def _payer_named(keys: set[str]) -> bool:
    """A row shows who its buyer is (`customer_name`, `cliente_nome`, `customer_id`, a bare
    `customer`), not only the buyer's details (`customerInfo.address`: the account's own
    orders, whose buyer is the one looking)."""
    return any(
        k in PAYERS or (any(k.startswith(p) for p in PAYERS) and any(n in k for n in _NAME_WORDS))
        for k in keys
        if not k.startswith("~")
    )


# the words of a key saying how a person or a firm is reached
_MEANS = frozenset(
    {"phone", "mobile", "tel", "telefono", "telefone", "celular", "whatsapp", "address"}
    | {"direccion", "endereco", "adresse", "indirizzo", "adres"}
)
# the words of a key naming who a row is: a name, a contact person, a firm
_WHO_WORDS = frozenset({"name", "nome", "nombre", "nom", "naam", "person", "company"})


def reached_party(keys: set[str]) -> bool:
    """Rows whose key words (`contact_email`, `first_name`, `contact_person`) show who a row is,
    an e-mail and a second way to reach them or the person to ask for: a party the business
    deals with, not an account of the app (a role, a password, a last login) nor a booking."""
    parts = key_parts(keys)
    if "email" not in parts or not parts & _WHO_WORDS or parts & (_ACCOUNT | _VISIT_HOUR):
        return False  # an account of the app, or a visit at an hour with its guest's details
    return bool(parts & _MEANS or {"contact", "person"} <= parts)


def kind_of_keys(keys: set[str]) -> str | None:
    """The record type rows are by the fields each shows, or None when they say no record."""
    if keys & _PRIORITY and keys & _SUBJECT and "status" in keys and not keys & _PRICE:
        return "ticket"  # something raised, how urgent, where it stands: a ticket
    if keys & _INVOICE_NUMBER or (keys & _AMOUNT and keys & _DUE):
        return "invoice"  # what is owed and by when
    if keys & _AMOUNT and keys & _PARTY and any(_ROW_NUMBER.search(k) for k in keys):
        return "invoice"  # a party charged an amount, each row numbered: bills
    if keys & _AMOUNT and keys & _RECEIPT:
        return "invoice"  # an amount paid and the receipt it was given: receipts (round 9)
    if any("paid" in k for k in keys) and any(w in k for k in keys for w in _OWED):
        return "invoice"  # what each row has paid and what it still owes: bills and their state
    if billed_rows(keys):
        return "invoice"  # how much, when and to whom (or which bill): money billed or taken
    parts = key_parts(keys)
    if (
        parts & WHEN_WORDS
        and parts & _WHAT_FOR
        and (parts & _WHO or "status" in parts)
        and not parts & (_PRICE | _NO_VISIT | CLINICAL_NOTES)
        and not keys & _CAPACITY
    ):
        return "booking"  # for a service or with someone, at a time, for a guest or pending
    if parts & {"date", "day"} and parts & {"time", "hour", "slot"} and _party_sized(keys):
        return "booking"  # a day, an hour and how many come: a reservation of a table or a venue
    if "email" in keys and parts & _REACH and keys & _PERSON and not keys & _ACCOUNT:
        return "contact"  # a person and how to reach them, who is no account of the app
    if reached_party(keys):
        return "contact"  # a named person or firm with an e-mail and a second way to them
    if "name" in keys and keys & SUBSCRIBED and parts & _WHERE and not keys & _PRICE:
        return "contact"  # named, placed and on a plan: the client businesses a SaaS serves
    return None
