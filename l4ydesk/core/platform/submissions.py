"""Form submissions: validate against the form's own fields, create what the form creates,
fire the app's workflows for `form.submitted`, and announce it — all in one transaction.

Each workflow run is paid with credits (workflow_runs.py) in that transaction. When the credits
run out the submission is still stored, its record created and `form.submitted` announced — a
visitor's form is never lost — while the runs not covered are skipped and recorded as unpaid.

A form's `creates` property says which record a submission makes (contact, ticket, booking, or
an event registration, which is a contact linked to the event). A form without it creates a
contact when it asks for an email, else keeps the submission only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from l4ydesk.core.ontology import record_type
from l4ydesk.core.platform.app_records import (
    AppRecords,
    app_record_ids,
    record_json,
    require_app_record,
)
from l4ydesk.core.platform.errors import FieldProblem, InvalidInputError
from l4ydesk.core.platform.outbox import enqueue
from l4ydesk.core.platform.registrations import register_in
from l4ydesk.core.platform.workflow_runs import WorkflowRuns, submission_run_key, unpaid_runs
from l4ydesk.core.records import Record, as_utc
from l4ydesk.storage.db import Store
from l4ydesk.storage.models import OntologyObject
from l4ydesk.storage.platform_models import FormSubmission

MAX_VALUE_LENGTH: Final = 5000
MAX_FIELDS: Final = 100
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,255}\.[^@\s.]{1,63}$")
_NUMBER = re.compile(r"^-?\d{1,15}(\.\d{1,6})?$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?")
_TRUE = ("true", "on", "yes", "1")


@dataclass(frozen=True)
class Submission:
    submission_id: int
    form_id: int
    data: dict[str, Any]
    record_id: int | None
    record_type: str | None
    workflow_ids: list[int]
    created_at: datetime
    unpaid_workflow_ids: tuple[int, ...] = ()  # fired but not run: no credits left


def validate_submission(fields: list[Any], data: Mapping[str, Any]) -> dict[str, Any]:
    """The submission's values checked against the form's fields, or InvalidInputError."""
    declared = {str(f.get("name")): f for f in fields if isinstance(f, Mapping) and f.get("name")}
    problems: list[FieldProblem] = []
    if len(data) > MAX_FIELDS:
        raise InvalidInputError([FieldProblem("body", f"more than {MAX_FIELDS} fields")])
    for name in data:
        if name not in declared:
            problems.append(FieldProblem(name, "this form has no such field"))
    clean: dict[str, Any] = {}
    for name, spec in declared.items():
        value = data.get(name)
        kind = str(spec.get("type") or "text").lower()
        if value is None or value == "" or value == []:
            if spec.get("required") and kind != "checkbox":
                problems.append(FieldProblem(name, "is required"))
            continue
        problem, cleaned = _check(kind, value, [str(o) for o in spec.get("options") or []])
        if problem:
            problems.append(FieldProblem(name, problem))
        else:
            clean[name] = cleaned
    if problems:
        raise InvalidInputError(problems)
    return clean


def _check(kind: str, value: Any, options: list[str]) -> tuple[str | None, Any]:
    if kind == "checkbox":
        if isinstance(value, bool):
            return None, value
        if isinstance(value, str):
            return None, value.strip().lower() in _TRUE
        return "must be true or false", None
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return "must be a single text or number value", None
    text = str(value).strip()
    if len(text) > MAX_VALUE_LENGTH:
        return f"is longer than {MAX_VALUE_LENGTH} characters", None
    if "\x00" in text:
        return "contains a NUL character", None
    if kind == "email" and not _EMAIL.match(text):
        return "is not an email address", None
    if kind == "number" and not _NUMBER.match(text):
        return "is not a number", None
    if kind == "date" and not _DATE.match(text):
        return "is not a date (YYYY-MM-DD)", None
    if kind in ("datetime-local", "datetime") and not _DATETIME.match(text):
        return "is not a date and time (YYYY-MM-DDTHH:MM)", None
    if kind in ("select", "radio") and options and text not in options:
        return f"must be one of: {', '.join(options)}", None
    return None, (float(text) if "." in text else int(text)) if kind == "number" else text


def _creates(form_props: Mapping[str, Any], data: Mapping[str, Any]) -> str | None:
    creates = form_props.get("creates")
    if creates in ("contact", "ticket", "booking", "event"):
        return str(creates)
    return "contact" if any(_is_email_key(k) for k in data) else None


def _is_email_key(name: str) -> bool:
    return "email" in name.lower()


def _pick(data: Mapping[str, Any], *names: str) -> Any:
    lowered = {k.lower(): v for k, v in data.items()}
    for name in names:
        if lowered.get(name) not in (None, ""):
            return lowered[name]
    return None


def record_properties(target: str, data: Mapping[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """The name and properties of the record a submission creates (form field names vary)."""
    email = _pick(data, "email", "e-mail", "email_address", "customer_email")
    full = _pick(data, "name", "full_name", "your_name", "customer_name")
    message = _pick(data, "message", "description", "details", "notes", "comments")
    if target in ("contact", "event"):
        rtype = record_type("contact")
        props = rtype.build_properties(
            {
                "email": email,
                "person_name": full,
                "first_name": _pick(data, "first_name", "firstname"),
                "last_name": _pick(data, "last_name", "lastname"),
                "phone": _pick(data, "phone", "tel", "telephone"),
                "company": _pick(data, "company", "organization"),
            }
        )
        props["source"] = "contact_form"
        return (full or email), props
    if target == "ticket":
        subject = _pick(data, "subject", "topic", "title") or f"Message from {email or full}"
        props = record_type("ticket").build_properties(
            {"subject": subject, "description": message or "", "requester_email": email}
        )
        return str(subject), props
    props = record_type("booking").build_properties(
        {
            "service": _pick(data, "service", "product", "class"),
            "starts_at": _pick(data, "starts_at", "date", "datetime", "when"),
            "party_size": _pick(data, "party_size", "guests", "people") or 1,
            "customer_name": full,
            "customer_email": email,
            "notes": message or "",
        }
    )
    return (full or email), props


class FormSubmissions:
    """Accepts and lists the submissions of an app's forms."""

    def __init__(self, store: Store, records: AppRecords, runs: WorkflowRuns) -> None:
        self._store = store
        self._records = records
        self._runs = runs

    def submit(self, app_id: int, form_id: int, data: Mapping[str, Any]) -> Submission:
        self._records.workspace_id()
        with self._store.session() as session:
            account = self._runs.lock(session)  # first, before any read (see ledger.py)
            form = require_app_record(session, app_id, "form", form_id)
            props = dict(form.properties or {})
            clean = validate_submission(list(props.get("fields") or []), data)
            target = _creates(props, clean)
            created = None
            if target is not None:
                name, record_props = record_properties(target, clean)
                rtype = record_type("contact" if target == "event" else target)
                created = self._records.create_in(
                    session, app_id, rtype, record_props, name=str(name or rtype.label)
                )
                if target == "event":
                    self._register(session, app_id, created, clean)
            workflows = session.scalars(
                select(OntologyObject).where(
                    OntologyObject.type == "workflow",
                    OntologyObject.id.in_(app_record_ids(app_id)),
                    OntologyObject.status == "active",
                )
            ).all()
            fired = [
                w.id
                for w in workflows
                if (w.properties or {}).get("trigger") == "form.submitted"
                and (w.properties or {}).get("enabled", True)
            ]
            row = FormSubmission(
                form_id=form_id,
                app_id=app_id,
                data=clean,
                record_id=created.id if created else None,
                workflow_ids=fired,
            )
            session.add(row)
            session.flush()
            payload = {
                "form_id": form_id,
                "submission_id": row.id,
                "data": clean,
                "record": record_json(created) if created else None,
            }
            enqueue(session, app_id, "form.submitted", payload)
            unpaid = []
            for workflow_id in fired:
                outcome = self._runs.run(
                    session,
                    account,
                    app_id,
                    workflow_id,
                    submission_run_key(row.id, workflow_id),
                    {"trigger": "form.submitted", **payload},
                )
                if not outcome.paid:
                    unpaid.append(workflow_id)
            if unpaid:
                row.workflow_ids = [w for w in fired if w not in unpaid]
                session.flush()
            return replace(_submission(row, target), unpaid_workflow_ids=tuple(unpaid))

    def _register(
        self, session: Session, app_id: int, contact: Record, data: Mapping[str, Any]
    ) -> None:
        raw = _pick(data, "event_id", "event")
        event_id = int(raw) if isinstance(raw, int | str) and str(raw).isdigit() else None
        if event_id is None:
            raise InvalidInputError([FieldProblem("event_id", "names no event of this app")])
        register_in(session, app_id, event_id, contact)

    def list(self, app_id: int, form_id: int, limit: int = 100) -> list[Submission]:
        with self._store.session() as session:
            form = require_app_record(session, app_id, "form", form_id)
            target = _creates(dict(form.properties or {}), {})
            rows = session.scalars(
                select(FormSubmission)
                .where(FormSubmission.form_id == form_id)
                .order_by(FormSubmission.id.desc())
                .limit(max(1, min(500, limit)))
            ).all()
            unpaid = unpaid_runs(session, [row.id for row in rows])
            return [
                replace(_submission(row, target), unpaid_workflow_ids=tuple(unpaid.get(row.id, ())))
                for row in rows
            ]


def _submission(row: FormSubmission, target: str | None) -> Submission:
    return Submission(
        row.id,
        row.form_id,
        dict(row.data or {}),
        row.record_id,
        "contact" if target == "event" else target,
        list(row.workflow_ids or []),
        as_utc(row.created_at),
    )
