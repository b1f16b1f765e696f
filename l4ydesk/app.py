"""Composition root: builds settings, storage, secrets and services and hands them out.

The command line and the window both start here; nothing else constructs services, so there
are no global registries. Qt is imported only when the window is started; the chat service and
the HTTP clients (httpx) only when first used. The window may also open the store after its
first paint (`build_services(open_store=False)`, then `Services.open()` in the worker), so it
paints before SQLAlchemy is even imported.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from l4ydesk.preferences import PreferencesStore
from l4ydesk.resource_paths import resource
from l4ydesk.secrets import SecretStore
from l4ydesk.settings import Settings, load_settings

if TYPE_CHECKING:
    from l4ydesk.clients.openrouter import OpenRouterClient
    from l4ydesk.clients.stripe_billing import StripeBilling
    from l4ydesk.clients.v0 import V0Client
    from l4ydesk.core.apps import AppCatalog
    from l4ydesk.core.calendar.service import Calendar
    from l4ydesk.core.chat import ChatService
    from l4ydesk.core.connections import Connector
    from l4ydesk.core.credits import ChargeEvents, Ledger, Purchases
    from l4ydesk.core.platform.service import Platform
    from l4ydesk.core.publish.domains import DnsChecker
    from l4ydesk.core.publish.heal import SelfHealer
    from l4ydesk.core.publish.pipeline import Pipeline as PublishPipeline
    from l4ydesk.core.records import RecordBook
    from l4ydesk.core.transfer import FileTransfer
    from l4ydesk.core.vfs import VirtualFileSystem
    from l4ydesk.storage.db import Store

log = logging.getLogger(__name__)

SAMPLE_APP_DIR = resource("sample-app")
SAMPLE_APP_NAME = "Harbor & Pine (sample)"
V0_KEY = "v0_api_key"
OPENROUTER_KEY = "openrouter_api_key"
STRIPE_KEY = "stripe_secret_key"


@dataclass(frozen=True)
class _Opened:
    """What exists once the store is open."""

    store: Store
    catalog: AppCatalog
    vfs: VirtualFileSystem
    transfer: FileTransfer
    records: RecordBook
    connector: Connector
    calendar: Calendar
    ledger: Ledger
    purchases: Purchases


class Services:
    """Everything the UI and the command line use, built once per run.

    The store and what works on it are opened by `open()` (or on first use, from any thread:
    a lock makes it happen once); `StoreError` says why it cannot be opened.
    """

    def __init__(
        self,
        settings: Settings,
        secrets: SecretStore,
        executor: ThreadPoolExecutor,
        preferences: PreferencesStore,
        make_chat: Callable[[Services], ChatService],
        stripe: Callable[[], StripeBilling],
    ) -> None:
        self.settings = settings
        self.secrets = secrets
        # One worker for store jobs: saves land in the order they were made, off the GUI thread.
        self.executor = executor
        self.preferences = preferences
        self._make_chat = make_chat
        self.stripe = stripe  # a Stripe client for the account in the keyring, made when asked
        self._lock = threading.Lock()
        self._opened: _Opened | None = None

    def open(self) -> None:
        """Open (and migrate) the store; raises `StoreError` with the reason."""
        self._parts()

    @property
    def is_open(self) -> bool:
        return self._opened is not None

    def _parts(self) -> _Opened:
        with self._lock:
            if self._opened is None:
                from l4ydesk.core.apps import AppCatalog
                from l4ydesk.core.calendar.service import Calendar
                from l4ydesk.core.connections import Connector
                from l4ydesk.core.credits import ConnectBilling, Ledger, Purchases
                from l4ydesk.core.records import RecordBook
                from l4ydesk.core.transfer import FileTransfer
                from l4ydesk.core.vfs import VirtualFileSystem
                from l4ydesk.storage.db import Store

                store = Store(self.settings.db_url)
                vfs = VirtualFileSystem(store, self.settings.max_file_bytes)
                ledger = Ledger(store)
                ledger.start_day()  # the first start of a day brings its daily credits
                self._opened = _Opened(
                    store=store,
                    catalog=AppCatalog(store),
                    vfs=vfs,
                    transfer=FileTransfer(vfs),
                    records=RecordBook(store),
                    connector=Connector(store, ConnectBilling(self.charges)),
                    calendar=Calendar(store),
                    ledger=ledger,
                    purchases=Purchases(store, self.stripe),
                )
            return self._opened

    @property
    def store(self) -> Store:
        return self._parts().store

    @property
    def catalog(self) -> AppCatalog:
        return self._parts().catalog

    @property
    def vfs(self) -> VirtualFileSystem:
        return self._parts().vfs

    @property
    def transfer(self) -> FileTransfer:
        return self._parts().transfer

    @property
    def records(self) -> RecordBook:
        return self._parts().records

    @property
    def connector(self) -> Connector:
        return self._parts().connector

    @property
    def calendar(self) -> Calendar:
        return self._parts().calendar

    @property
    def ledger(self) -> Ledger:
        return self._parts().ledger

    @property
    def purchases(self) -> Purchases:
        return self._parts().purchases

    @cached_property
    def charges(self) -> ChargeEvents:
        """What the window listens to: balance, "N credits used", the credit wall."""
        from l4ydesk.core.credits.events import ChargeEvents

        return ChargeEvents()

    @cached_property
    def chat(self) -> ChatService:
        """Built on first use: it brings in the HTTP clients (httpx)."""
        return self._make_chat(self)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)
        if self._opened is not None:
            self._opened.store.close()


def build_services(settings: Settings | None = None, *, open_store: bool = True) -> Services:
    settings = settings or load_settings()
    settings.ensure_dirs()
    secrets = SecretStore()
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="l4y-db")

    def key(name: str, service: str) -> str:
        from l4ydesk.core.chat import MissingKeyError

        value = secrets.get(name) if secrets.available else None
        if not value:
            raise MissingKeyError(service)
        return value

    def v0_client() -> V0Client:
        from l4ydesk.clients.v0 import V0Client

        return V0Client(key(V0_KEY, "v0"), base_url=settings.service_url("v0"))

    def ai_client() -> OpenRouterClient:
        from l4ydesk.clients.openrouter import OpenRouterClient

        return OpenRouterClient(
            key(OPENROUTER_KEY, "OpenRouter"), base_url=settings.service_url("openrouter")
        )

    def stripe_client() -> StripeBilling:
        from l4ydesk.clients.stripe_billing import StripeBilling

        return StripeBilling(key(STRIPE_KEY, "Stripe"), base_url=settings.service_url("stripe"))

    def make_chat(services: Services) -> ChatService:
        from l4ydesk.core.chat import ChatService
        from l4ydesk.core.credits import CreditCharger

        return ChatService(
            services.store,
            services.vfs,
            v0_client=v0_client,
            ai_client=ai_client,
            executor=executor,
            hooks=CreditCharger(services.ledger, services.charges, executor.submit),
        )

    preferences = PreferencesStore.in_config_dir(settings.config_dir)
    services = Services(settings, secrets, executor, preferences, make_chat, stripe_client)
    if open_store:
        try:
            services.open()
        except BaseException:
            executor.shutdown(wait=False)
            raise
    return services


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


# The agency's own Stripe account, where its apps' visitors pay (not l4ydesk's billing account).
APPS_STRIPE_SECRET_KEY = "apps_stripe_secret_key"
APPS_STRIPE_WEBHOOK_SECRET = "apps_stripe_webhook_secret"


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
    from l4ydesk.core.platform.service import build_platform

    stripe_key = _secret(services, "L4YDESK_STRIPE_SECRET_KEY", APPS_STRIPE_SECRET_KEY)
    gateway = None
    if stripe_key:
        gateway = StripeCheckout(
            stripe_key,
            base_url=services.settings.service_url("stripe"),
            webhook_secret=_secret(
                services, "L4YDESK_STRIPE_WEBHOOK_SECRET", APPS_STRIPE_WEBHOOK_SECRET
            ),
        )
    return build_platform(
        services.store, platform_secret(services), allow_loopback=dev, gateway=gateway
    )


def sample_app_dir() -> Path:
    return SAMPLE_APP_DIR


GITHUB_TOKEN_KEY = "github_token"
VERCEL_TOKEN_KEY = "vercel_token"


def publish_pipeline(services: Services) -> PublishPipeline:
    """The publish pipeline with GitHub and Vercel clients built from the keyring's tokens.

    Base URLs come from settings (`L4YDESK_GITHUB_URL`, `L4YDESK_VERCEL_URL`), so tests point
    them at the fakes; webhooks to loopback are allowed only when Vercel itself is local.
    """
    from urllib.parse import urlsplit

    from l4ydesk.clients.github import GitHubClient
    from l4ydesk.clients.vercel import VercelClient
    from l4ydesk.core.publish.pipeline import Pipeline, PublishServices
    from l4ydesk.core.publish.preparing import preparer

    settings = services.settings

    def token(name: str, service: str) -> str:
        from l4ydesk.core.chat import MissingKeyError

        value = services.secrets.get(name) if services.secrets.available else None
        if not value:
            raise MissingKeyError(service)
        return value

    def github() -> GitHubClient:
        url = settings.service_url("github")
        return GitHubClient(token(GITHUB_TOKEN_KEY, "GitHub"), base_url=url)

    def vercel(team_id: str) -> VercelClient:
        url = settings.service_url("vercel")
        key = token(VERCEL_TOKEN_KEY, "Vercel")
        return VercelClient(key, team_id=team_id or None, base_url=url)

    local = urlsplit(settings.service_url("vercel")).hostname in ("127.0.0.1", "localhost")
    platform = build_platform_for(services, dev=local)
    healer = _self_healer(services, token)
    return Pipeline(
        PublishServices(
            store=services.store,
            github=github,
            vercel=vercel,
            prepare=preparer(services.store),
            secrets=services.secrets,
            keys=platform.keys,
            outbox=platform.outbox,
            healer=healer,
            dns=_dns_checker(),
        )
    )


def _self_healer(services: Services, token: Callable[[str, str], str]) -> SelfHealer:
    """Self-heal with the built-in AI (OpenRouter) and, as a last resort, the app's v0 chat."""
    from l4ydesk.clients.openrouter import OpenRouterClient
    from l4ydesk.core.chat import DEFAULT_AI_MODEL
    from l4ydesk.core.chat.values import Provider
    from l4ydesk.core.publish.heal import SelfHealer

    def model() -> OpenRouterClient:
        url = services.settings.service_url("openrouter")
        return OpenRouterClient(token(OPENROUTER_KEY, "OpenRouter"), base_url=url)

    async def v0_fix(app_id: int, text: str) -> tuple[str, ...]:
        if not (services.secrets.available and services.secrets.get(V0_KEY)):
            return ()  # no v0 key: sending would only leave a draft in the chat
        result = await services.chat.send(app_id, text, Provider.V0, interactive=False)
        changes = result.changes
        return changes.written + tuple(new for _old, new in changes.renamed)

    has_ai = services.secrets.available and bool(services.secrets.get(OPENROUTER_KEY))
    return SelfHealer(
        services.vfs,
        services.ledger,
        model=model if has_ai else None,
        model_name=DEFAULT_AI_MODEL,
        v0=v0_fix,
        charged=services.charges.charged,
    )


def _dns_checker() -> DnsChecker:
    """The system resolver, or `L4YDESK_DNS_SERVER` ("host:port"; tests run one locally)."""
    import os

    from l4ydesk.core.publish.domains import DnsChecker

    host, _, port = os.environ.get("L4YDESK_DNS_SERVER", "").partition(":")
    return DnsChecker(host, int(port or 53)) if host else DnsChecker()
