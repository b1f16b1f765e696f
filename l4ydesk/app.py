"""Composition root: builds settings, storage, secrets and services and hands them out.

The command line and the window both start here; nothing else constructs services, so there
are no global registries. Qt is imported only when the window is started.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from l4ydesk.clients.openrouter import OpenRouterClient
from l4ydesk.clients.v0 import V0Client
from l4ydesk.core.apps import AppCatalog
from l4ydesk.core.chat import ChatService, MissingKeyError
from l4ydesk.core.connections import Connector
from l4ydesk.core.platform.service import Platform, build_platform
from l4ydesk.core.records import RecordBook
from l4ydesk.core.transfer import FileTransfer
from l4ydesk.core.vfs import VirtualFileSystem
from l4ydesk.secrets import SecretStore
from l4ydesk.settings import Settings, load_settings
from l4ydesk.storage.db import Store

log = logging.getLogger(__name__)

SAMPLE_APP_DIR = Path(__file__).resolve().parent.parent / "resources" / "sample-app"
SAMPLE_APP_NAME = "Harbor & Pine (sample)"
V0_KEY = "v0_api_key"
OPENROUTER_KEY = "openrouter_api_key"


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
    # One worker for store jobs: saves land in the order they were made, off the GUI thread.
    executor: ThreadPoolExecutor

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

    return Services(
        settings=settings,
        store=store,
        catalog=AppCatalog(store),
        vfs=vfs,
        transfer=FileTransfer(vfs),
        secrets=secrets,
        chat=ChatService(store, vfs, v0_client=v0_client, ai_client=ai_client, executor=executor),
        records=RecordBook(store),
        connector=Connector(store),
        executor=executor,
    )


SERVER_SECRET_KEY = "platform_server_secret"


def platform_secret(services: Services) -> bytes:
    """The platform API's server secret: `L4YDESK_SERVER_SECRET`, else one kept in the keyring.

    It keys the API key hashes and derives the webhook signing secrets, so every process serving
    one database (a team's containers) must share it: they set the variable.
    """
    import os
    import secrets as random

    value = os.environ.get("L4YDESK_SERVER_SECRET") or services.secrets.get(SERVER_SECRET_KEY)
    if not value:
        value = random.token_urlsafe(32)
        services.secrets.set(SERVER_SECRET_KEY, value)
    return value.encode()


STRIPE_SECRET_KEY = "stripe_secret_key"
STRIPE_WEBHOOK_SECRET = "stripe_webhook_secret"


def _secret(services: Services, env_name: str, keyring_name: str) -> str | None:
    import os

    value = os.environ.get(env_name)
    if value:
        return value
    return services.secrets.get(keyring_name) if services.secrets.available else None


def build_platform_for(services: Services, *, dev: bool = False) -> Platform:
    """The platform API's use cases over the same store (for `serve`, `keys` and the window).

    Checkout uses Stripe when a secret key is set (`L4YDESK_STRIPE_SECRET_KEY` for a server,
    else the keyring), at `L4YDESK_STRIPE_URL` (tests point it at a fake).
    """
    from l4ydesk.clients.stripe_checkout import StripeCheckout

    stripe_key = _secret(services, "L4YDESK_STRIPE_SECRET_KEY", STRIPE_SECRET_KEY)
    gateway = None
    if stripe_key:
        gateway = StripeCheckout(
            stripe_key,
            base_url=services.settings.service_url("stripe"),
            webhook_secret=_secret(
                services, "L4YDESK_STRIPE_WEBHOOK_SECRET", STRIPE_WEBHOOK_SECRET
            ),
        )
    return build_platform(
        services.store, platform_secret(services), allow_loopback=dev, gateway=gateway
    )


def sample_app_dir() -> Path:
    return SAMPLE_APP_DIR
