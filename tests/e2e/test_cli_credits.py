"""`l4ydesk credits`, `plan`, `stripe setup` and the checkout limit of `connect`, as a script
would run them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from l4ydesk import cli
from l4ydesk.app import STRIPE_KEY
from l4ydesk.secrets import SecretStore
from tests.fakes.stripe_server import FakeStripeServer


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "l4ydesk", *args], env=env, capture_output=True, text=True
    )


def _plan(path: Path, *checkouts: str) -> Path:
    items = [{"type": "checkout", "name": name} for name in checkouts]
    path.write_text(json.dumps({"version": 1, "items": items}))
    return path


def test_balance_plan_and_the_checkout_limit(tmp_path: Path) -> None:
    env = dict(os.environ, L4YDESK_DATA_DIR=str(tmp_path / "data"))
    balance = _cli(env, "credits", "balance", "--json")
    assert balance.returncode == 0, balance.stderr
    assert json.loads(balance.stdout) == {
        "tier": "free",
        "daily": 5,
        "daily_limit": 5,
        "monthly": 0,
        "purchased": 0,
        "total": 5,
    }
    assert _cli(env, "credits", "balance").stdout.strip() == (
        "5 of 5 today · 0 monthly · 0 purchased"
    )
    shown = json.loads(_cli(env, "plan", "show", "--json").stdout)
    assert shown["tier"] == "free" and shown["badge"] is True
    assert shown["limits"] == {"deployed_apps": 1, "checkout_instances": 1, "custom_domains": 0}

    assert _cli(env, "apps", "create", "Shop").returncode == 0
    first = _cli(env, "connect", "shop", "--plan", str(_plan(tmp_path / "a.json", "Cart")))
    assert first.returncode == 0, first.stderr
    assert "1 created" in first.stdout and "2 credits used" in first.stdout

    second = _cli(env, "connect", "shop", "--plan", str(_plan(tmp_path / "b.json", "Quick buy")))
    assert second.returncode == 3
    assert "Your Free plan allows 1 checkout" in second.stderr
    assert "Upgrade to Pro" in second.stderr and "Traceback" not in second.stderr

    history = json.loads(_cli(env, "credits", "history", "--json").stdout)
    assert [(h["kind"], h["amount"]) for h in history] == [("charge", -2), ("daily_grant", 5)]
    only = json.loads(_cli(env, "credits", "history", "--json", "--kind", "charge").stdout)
    assert len(only) == 1
    bad = _cli(env, "credits", "history", "--since", "yesterday")
    assert bad.returncode == 1 and "YYYY-MM-DD" in bad.stderr


def test_stripe_setup_twice_creates_nine_prices_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with FakeStripeServer() as stripe_server:
        monkeypatch.setenv("L4YDESK_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv("L4YDESK_STRIPE_URL", stripe_server.base_url)
        secrets = SecretStore()
        secrets.set(STRIPE_KEY, stripe_server.api_key)
        try:
            assert cli.main(["stripe", "setup"]) == 0
            assert "Created 4 products and 9 prices" in capsys.readouterr().out
            assert cli.main(["stripe", "setup"]) == 0
            assert "nothing was created" in capsys.readouterr().out
        finally:
            secrets.delete(STRIPE_KEY)
        assert len(stripe_server.objects["prices"]) == 9
        assert not stripe_server.errors


def test_stripe_setup_without_a_key_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("L4YDESK_DATA_DIR", str(tmp_path / "data"))
    assert cli.main(["stripe", "setup"]) == 1
    assert "No Stripe API key is set" in capsys.readouterr().err


def test_buying_a_pack_from_the_command_line_then_syncing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import webbrowser

    import httpx

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url))
    with FakeStripeServer() as stripe_server:
        monkeypatch.setenv("L4YDESK_DATA_DIR", str(tmp_path / "data"))
        monkeypatch.setenv("L4YDESK_STRIPE_URL", stripe_server.base_url)
        secrets = SecretStore()
        secrets.set(STRIPE_KEY, stripe_server.api_key)
        try:
            assert cli.main(["credits", "buy", "pack_500"]) == 1  # the store is not set up
            assert "Run `l4ydesk stripe setup` once" in capsys.readouterr().err
            assert cli.main(["stripe", "setup"]) == 0
            assert cli.main(["credits", "buy", "pack_500"]) == 0
            assert opened and opened[0].startswith(stripe_server.base_url)
            assert httpx.post(opened[0]).status_code == 200  # paid in the browser
            capsys.readouterr()
            assert cli.main(["credits", "sync"]) == 0
            out = capsys.readouterr().out
            assert "checkout.session.completed: added 500 purchased credits" in out
            assert "5 of 5 today · 0 monthly · 500 purchased" in out
            assert cli.main(["credits", "sync"]) == 0
            assert "0 new Stripe events" in capsys.readouterr().out
        finally:
            secrets.delete(STRIPE_KEY)
        assert not stripe_server.errors
