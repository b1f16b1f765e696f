"""The registry's per-type actions beyond CRUD: send an invoice, reply to a ticket.

Sending marks the invoice sent and announces `invoice.sent`; the app's own mailer (a webhook
endpoint) does the mailing, so l4ydesk never holds mail credentials. A reply is appended to the
ticket's `replies` and announced as `ticket.updated`.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Final

from l4ydesk.core.ontology import record_type
from l4ydesk.core.platform.app_records import emit, require_app_record
from l4ydesk.core.platform.errors import ConflictError, FieldProblem, InvalidInputError
from l4ydesk.core.records import Record, to_record
from l4ydesk.storage.db import Store

MAX_REPLY: Final = 20000
MAX_REPLIES: Final = 500


class RecordActions:
    def __init__(self, store: Store) -> None:
        self._store = store

    def send_invoice(self, app_id: int, invoice_id: int) -> Record:
        with self._store.session() as session:
            row = require_app_record(session, app_id, "invoice", invoice_id)
            props = copy.deepcopy(dict(row.properties or {}))
            if props.get("status") in ("paid", "void"):
                raise ConflictError(
                    f"The invoice '{row.name}' is {props['status']}; it cannot be sent."
                )
            if not props.get("customer_email"):
                raise InvalidInputError(
                    [FieldProblem("customer_email", "missing")],
                    "The invoice has no customer_email to send it to; set it first.",
                )
            props["status"] = "sent"
            props["sent_at"] = datetime.now(UTC).isoformat()
            row.properties = props
            session.flush()
            record = to_record(row)
            emit(session, app_id, record_type("invoice"), "sent", record)
            return record

    def reply_to_ticket(self, app_id: int, ticket_id: int, message: str, author: str) -> Record:
        text = message.strip() if isinstance(message, str) else ""
        if not text or len(text) > MAX_REPLY or "\x00" in text:
            raise InvalidInputError(
                [FieldProblem("message", f"a text of 1 to {MAX_REPLY} characters")]
            )
        with self._store.session() as session:
            row = require_app_record(session, app_id, "ticket", ticket_id)
            props = copy.deepcopy(dict(row.properties or {}))
            replies = list(props.get("replies") or [])
            if len(replies) >= MAX_REPLIES:
                raise ConflictError(f"The ticket already has {MAX_REPLIES} replies.")
            replies.append({"message": text, "author": author, "at": datetime.now(UTC).isoformat()})
            props["replies"] = replies
            if props.get("status") == "resolved" and author == "customer":
                props["status"] = "open"  # a customer writing again reopens it
            row.properties = props
            session.flush()
            record = to_record(row)
            emit(session, app_id, record_type("ticket"), "updated", record)
            return record
