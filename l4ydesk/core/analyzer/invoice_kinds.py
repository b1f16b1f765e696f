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
