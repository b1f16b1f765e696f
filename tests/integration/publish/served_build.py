"""The connected sample, scaffolded, installed, built with `next build` and served by `next start`
against `l4ydesk serve` (in-process, on 127.0.0.1), for the slow scaffold test.

One build carries the products, forms and checkout categories with the badge, and visitor
sign-in (sign_in_flow.py): those were two builds of near-identical variants in two tests. The
sign-in middleware only matches /account, so the data routes do not see it. The store is changed
before the build (a product renamed and repriced, another added) so only data loaded from the
platform can show them.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from l4ydesk.core.preview.workspace import PreviewWorkspace
from l4ydesk.core.publish.config import PublishConfig, VisitorAuth
from l4ydesk.core.publish.prepare import prepare_files
from l4ydesk.core.publish.scaffold import linked_records
from tests.fakes.stripe_server import FakeStripeServer
from tests.preview_support import install
from tests.publish_support import connected_sample

CATEGORIES = ("products", "forms", "checkout")


@dataclass
class ServedBuild:
    services: Any
    platform: Any
    api_url: str  # l4ydesk serve
    app_id: int
    key: str  # the app's platform key, given to the build and to next start
    scaffold_paths: tuple[str, ...]
    folder: Path
    runtime: Any
    build: subprocess.CompletedProcess[str]
    site: str  # next start
    webhook_endpoint: Any  # form.submitted, registered to the generated webhook route
    webhook_secret: str


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _write(folder: Path, files: dict[str, bytes]) -> None:
    PreviewWorkspace(folder).sync(files)  # the installer reads what the workspace wrote
    for path, data in files.items():  # published files are untagged: write them as they are
        (folder / path).write_bytes(data)


def next_build(
    folder: Path, files: dict[str, bytes], home: Path, api_url: str, key: str
) -> tuple[Any, str, dict[str, str], subprocess.CompletedProcess[str]]:
    """Write the published files, install them and run `next build` with the platform's URL
    and key; the build must pass. Returns what `next start` needs, and the build's output."""
    _write(folder, files)
    runtime, _result = asyncio.run(install(PreviewWorkspace(folder), home / "preview-data"))
    next_bin = str(folder / "node_modules" / "next" / "dist" / "bin" / "next")
    env = {
        "PATH": f"{runtime.bin_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(home),
        "NEXT_TELEMETRY_DISABLED": "1",
        "L4Y_API_URL": api_url,
        "L4Y_API_KEY": key,
    }
    build = subprocess.run(
        [str(runtime.node), next_bin, "build"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert build.returncode == 0, (build.stdout + build.stderr)[-4000:]
    return runtime, next_bin, env, build


def wait_until_up(client: httpx.Client) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            if client.get("/").status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError("next start did not answer within 60 s")
        time.sleep(0.5)


@contextlib.contextmanager
def _platform(tmp: Path) -> Iterator[tuple[Any, Any, str]]:
    """The app's services and `l4ydesk serve` on a data dir of their own, with the Stripe fake.

    The variables are read while the services and the platform are built (app.py), so they are
    set only for that.
    """
    from l4ydesk.app import build_platform_for, build_services
    from l4ydesk.server.run import BackgroundServer
    from l4ydesk.settings import load_settings

    with FakeStripeServer() as stripe:
        with pytest.MonkeyPatch.context() as env:
            env.setenv("L4YDESK_STRIPE_URL", stripe.base_url)
            env.setenv("L4YDESK_STRIPE_SECRET_KEY", stripe.api_key)
            env.setenv("L4YDESK_STRIPE_WEBHOOK_SECRET", stripe.webhook_secret)
            env.setenv("L4YDESK_DATA_DIR", str(tmp / "data"))
            env.setenv("L4YDESK_DB_URL", f"sqlite:///{tmp / 'l4ydesk.db'}")
            env.setenv("L4YDESK_SERVER_SECRET", "scaffold-test-secret")
            services = build_services(load_settings())
            platform = build_platform_for(services, dev=True)
        server = BackgroundServer(platform)
        url = server.start()
        try:
            yield services, platform, url
        finally:
            server.stop()
            services.close()
        assert not stripe.errors, stripe.errors


@contextlib.contextmanager
def served_sample(tmp: Path) -> Iterator[ServedBuild]:
    with _platform(tmp) as (services, platform, url):
        store = services.store
        app_id = connected_sample(store, name="Harbor Shop")
        records = platform.records
        products = {
            r.name: r.record_id for r in linked_records(store, app_id) if r.type == "product"
        }
        records.update(
            app_id, "product", products["Tide Mug"], {"price": "19.00"}, name="Tide Mug Seconds"
        )
        records.create(
            app_id,
            "product",
            {"name": "Saltmarsh Pitcher", "price": "64.00", "description": "A tall pouring jug."},
            name="Saltmarsh Pitcher",
            status="active",
        )
        config = PublishConfig(
            name="Harbor Shop",
            categories=CATEGORIES,
            visitor_auth=VisitorAuth.PLATFORM,
            platform_url=url,
        )
        key = platform.keys.create(app_id, list(config.scopes())).key
        prepared = prepare_files(store, app_id, config, badge=True)

        folder = tmp / "app"
        runtime, next_bin, env, build = next_build(folder, prepared.files, tmp, url, key)
        port = free_port()
        site = f"http://127.0.0.1:{port}"
        endpoint, secret = platform.outbox.register(
            app_id, f"{site}/api/l4y/webhooks", ["form.submitted"]
        )
        server = subprocess.Popen(
            [str(runtime.node), next_bin, "start", "-H", "127.0.0.1", "-p", str(port)],
            cwd=folder,
            env={**env, "L4Y_WEBHOOK_SECRET": secret},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            with httpx.Client(base_url=site, timeout=60, trust_env=False) as client:
                wait_until_up(client)
            yield ServedBuild(
                services=services,
                platform=platform,
                api_url=url,
                app_id=app_id,
                key=key,
                scaffold_paths=tuple(prepared.scaffold_paths),
                folder=folder,
                runtime=runtime,
                build=build,
                site=site,
                webhook_endpoint=endpoint,
                webhook_secret=secret,
            )
        finally:
            server.terminate()
            server.wait(timeout=20)
