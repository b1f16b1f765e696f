"""The team set-up of packaging/server/compose.yaml without containers: PostgreSQL, a one-shot
migration, then two `l4ydesk serve` processes on the same database. Whatever one server does,
the other sees: records, keys, revocations and the shared rate-limit bucket."""

from __future__ import annotations

import time
from typing import Any

import httpx
import psycopg

from l4ydesk.core.platform.keys import LEASE_SECONDS
from tests.e2e.test_platform_serve import Serve, _cli
from tests.e2e.test_platform_serve import env as env
from tests.e2e.test_platform_serve import serve as serve


def test_two_servers_on_one_postgresql_share_every_state(
    env: dict[str, str],
    serve: list[Serve],
    postgres: Any,
) -> None:
    env["L4YDESK_DB_URL"] = postgres.new_database()
    assert _cli(env, "apps", "list").returncode == 0  # compose's one-shot migration
    assert _cli(env, "apps", "create", "Shop").returncode == 0
    scopes = "products:read,products:write"
    created = _cli(env, "keys", "create", "--app", "shop", "--scopes", scopes)
    key = created.stdout.split()[-1] if created.returncode == 0 else created.stderr
    assert key.startswith("l4y_"), created.stdout + created.stderr
    serve.extend([Serve(env), Serve(env)])
    headers = {"Authorization": f"Bearer {key}"}
    one, two = (httpx.Client(base_url=s.url, headers=headers) for s in serve)
    with one, two:
        made = one.post("/api/v1/products", json={"properties": {"name": "Mug", "price": "18"}})
        assert made.status_code == 201, made.text
        assert [p["name"] for p in two.get("/api/v1/products").json()["data"]] == ["Mug"]

        # Empty the shared bucket behind both servers' backs: both refuse once their leases end.
        dsn = env["L4YDESK_DB_URL"].replace("postgresql+psycopg://", "postgresql://")
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("UPDATE api_keys SET tokens = 0, refilled_at = %s", (time.time() + 60,))
        time.sleep(LEASE_SECONDS)
        assert [c.get("/api/v1/products").status_code for c in (one, two, one, two)] == [429] * 4
        with psycopg.connect(dsn, autocommit=True) as conn:
            conn.execute("UPDATE api_keys SET tokens = 60, refilled_at = %s", (time.time(),))

        prefix = key.split("_")[0] + "_" + key.split("_")[1]
        assert _cli(env, "keys", "revoke", prefix).returncode == 0
        time.sleep(LEASE_SECONDS)
        assert [c.get("/api/v1/products").status_code for c in (one, two)] == [401, 401]
