"""Composition root: builds settings, storage, secrets and services and hands them out.

The command line and the window both start here; nothing else constructs services, so there
are no global registries. Qt is imported only when the window is started.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from l4ydesk.clients.openrouter import OpenRouterClient
from l4ydesk.clients.stripe_billing import StripeBilling
from l4ydesk.clients.v0 import V0Client
from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.chat import ChatService, MissingKeyError
from l4ydesk.core.connections import Connector
from l4ydesk.core.credits import ChargeEvents, ConnectBilling, CreditCharger, Ledger, Purchases
from l4ydesk.core.records import RecordBook
from l4ydesk.core.transfer import FileTransfer
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.preferences import PreferencesStore
from l4ydesk.secrets import SecretStore
from l4ydesk.settings import Settings, load_settings
from l4ydesk.storage.db import Store

log = logging.getLogger(__name__)

SAMPLE_APP_DIR = Path(__file__).resolve().parent.parent / "resources" / "sample-app"
SAMPLE_APP_NAME = "Harbor & Pine (sample)"
V0_KEY = "v0_api_key"
OPENROUTER_KEY = "openrouter_api_key"
STRIPE_KEY = "stripe_secret_key"


@dataclass
class Services:
    """Everything the UI and the command line use, built once per run."""

    settings: Settings
    store: Store
    catalog: AppCatalog
    vfs: VirtualFileSystem
    transfer: FileTransfer
    secrets: SecretStore
    chat: ChatService
    records: RecordBook
    connector: Connector
    ledger: Ledger
    charges: ChargeEvents  # the window listens: balance, "N credits used", the credit wall
    purchases: Purchases
    stripe: Callable[[], StripeBilling]
    # One worker for store jobs: saves land in the order they were made, off the GUI thread.
    executor: ThreadPoolExecutor
    preferences: PreferencesStore

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.store.close()


def build_services(settings: Settings | None = None) -> Services:
    settings = settings or load_settings()
    settings.ensure_dirs()
    store = Store(settings.db_url)
    vfs = VirtualFileSystem(store, settings.max_file_bytes)
    secrets = SecretStore()
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="l4y-db")

    def key(name: str, service: str) -> str:
        value = secrets.get(name) if secrets.available else None
        if not value:
            raise MissingKeyError(service)
        return value

    def v0_client() -> V0Client:
        return V0Client(key(V0_KEY, "v0"), base_url=settings.service_url("v0"))

    def ai_client() -> OpenRouterClient:
        return OpenRouterClient(
            key(OPENROUTER_KEY, "OpenRouter"), base_url=settings.service_url("openrouter")
        )

    def stripe_client() -> StripeBilling:
        return StripeBilling(key(STRIPE_KEY, "Stripe"), base_url=settings.service_url("stripe"))

    ledger = Ledger(store)
    ledger.start_day()  # the first start of a day brings its daily credits
    charges = ChargeEvents()
    return Services(
        settings=settings,
        store=store,
        catalog=AppCatalog(store),
        vfs=vfs,
        transfer=FileTransfer(vfs),
        secrets=secrets,
        chat=ChatService(
            store,
            vfs,
            v0_client=v0_client,
            ai_client=ai_client,
            executor=executor,
            hooks=CreditCharger(ledger, charges, executor.submit),
        ),
        records=RecordBook(store),
        connector=Connector(store, ConnectBilling(charges)),
        executor=executor,
        ledger=ledger,
        charges=charges,
        purchases=Purchases(store, stripe_client),
        stripe=stripe_client,
        preferences=PreferencesStore.in_config_dir(settings.config_dir),
    )


def sample_app_dir() -> Path:
    return SAMPLE_APP_DIR
