"""The platform's use cases bundled for its three front doors (server, command line, window)."""

from __future__ import annotations

from dataclasses import dataclass

from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.calendar.service import Calendar
from l4ydesk.core.platform.app_bookings import AppBookings
from l4ydesk.core.platform.app_records import AppRecords
from l4ydesk.core.platform.checkout import Checkout, PaymentGateway
from l4ydesk.core.platform.keys import ApiKeys
from l4ydesk.core.platform.outbox import Outbox
from l4ydesk.core.platform.record_actions import RecordActions
from l4ydesk.core.platform.registrations import EventRegistrations
from l4ydesk.core.platform.submissions import FormSubmissions
from l4ydesk.core.platform.visitors import VisitorAccounts
from l4ydesk.core.platform.workflow_runs import WorkflowRuns
from l4ydesk.storage.db import Store


@dataclass
class Platform:
    store: Store
    catalog: AppCatalog
    keys: ApiKeys
    records: AppRecords
    submissions: FormSubmissions
    outbox: Outbox
    checkout: Checkout
    registrations: EventRegistrations
    actions: RecordActions
    bookings: AppBookings
    visitors: VisitorAccounts


def build_platform(
    store: Store,
    server_secret: bytes,
    *,
    allow_loopback: bool = False,
    gateway: PaymentGateway | None = None,
) -> Platform:
    runs = WorkflowRuns()
    records = AppRecords(store, runs)
    return Platform(
        store=store,
        catalog=AppCatalog(store),
        keys=ApiKeys(store, server_secret),
        records=records,
        submissions=FormSubmissions(store, records, runs),
        outbox=Outbox(store, server_secret, allow_loopback=allow_loopback),
        checkout=Checkout(store, records, gateway),
        registrations=EventRegistrations(store, records),
        actions=RecordActions(store),
        bookings=AppBookings(store, records, Calendar(store)),
        visitors=VisitorAccounts(store, server_secret),
    )
