"""The credits in the window, as a new user meets them: 5 daily credits in the toolbar, spent on
built-in AI messages, the credit wall that keeps the draft, a pack bought through Checkout
(against the Stripe fake), the purchased credits shown, and "N credits used" under the answer.
Screenshots of the balance, the wall and the store go to docs/screenshots/ when
L4YDESK_SAVE_SCREENSHOTS=1 (so a plain test run leaves the tree as it was), else to tmp_path."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel

from l4ydesk.app import STRIPE_KEY, Services, build_services
from l4ydesk.core.chat import MessageStatus, Provider
from l4ydesk.core.credits.catalogue import set_up
from l4ydesk.core.tiers import Tier
from l4ydesk.settings import load_settings
from l4ydesk.ui.chat.panel import ChatPanel
from l4ydesk.ui.credits.feature import CreditsFeature
from l4ydesk.ui.main_window import MainWindow
from l4ydesk.ui.settings_dialog import OPENROUTER_API_KEY
from l4ydesk.ui.window.features import ChatFeature
from tests.conftest import wait_for
from tests.fakes.openrouter_server import FakeOpenRouterServer, sse_response, text_stream
from tests.fakes.stripe_server import FakeStripeServer
from tests.gui.test_chat_panel import asyncgen_hooks, contents, settled, type_and_send
from tests.gui.test_window_features import _menu_texts
from tests.gui.windows import shown_window

Run = Callable[[Any], Any]
DOCS_SHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
__all__ = ["asyncgen_hooks"]  # the fixture, imported so this module's tests can use it


@pytest.fixture
def fakes() -> Iterator[tuple[FakeStripeServer, FakeOpenRouterServer]]:
    with FakeStripeServer() as stripe_server, FakeOpenRouterServer() as openrouter:
        yield stripe_server, openrouter
        assert not stripe_server.errors and not openrouter.errors


@pytest.fixture
def billing_services(
    l4y_env: Path,
    monkeypatch: pytest.MonkeyPatch,
    fakes: tuple[FakeStripeServer, FakeOpenRouterServer],
) -> Iterator[Services]:
    stripe_server, openrouter = fakes
    monkeypatch.setenv("L4YDESK_STRIPE_URL", stripe_server.base_url)
    monkeypatch.setenv("L4YDESK_OPENROUTER_URL", openrouter.url("/api/v1"))
    services = build_services(load_settings(dict(os.environ)))
    services.secrets.set(STRIPE_KEY, stripe_server.api_key)
    services.secrets.set(OPENROUTER_API_KEY, openrouter.api_key)
    set_up(services.stripe())
    yield services
    services.secrets.delete(STRIPE_KEY)
    services.secrets.delete(OPENROUTER_API_KEY)
    services.close()


@pytest.fixture
def window(
    billing_services: Services, qtbot: Any, arun: Run, asyncgen_hooks: None
) -> Iterator[MainWindow]:
    with shown_window(billing_services, qtbot, arun, width=1440) as win:
        yield win


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    return DOCS_SHOTS if os.environ.get("L4YDESK_SAVE_SCREENSHOTS") == "1" else tmp_path


def test_a_new_user_spends_meets_the_wall_buys_a_pack_and_goes_on(
    shots: Path,
    window: MainWindow,
    billing_services: Services,
    fakes: tuple[FakeStripeServer, FakeOpenRouterServer],
    qtbot: Any,
    arun: Run,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stripe_server, openrouter = fakes
    credits = window.feature(CreditsFeature)
    panel: ChatPanel = window.feature(ChatFeature).panel
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    ledger = billing_services.ledger

    async def scenario() -> None:
        # A new user: Free, 5 daily credits, in the toolbar.
        await wait_for(lambda: "5 of 5 today" in credits.balance.text())
        assert credits.balance.text() == "Free · 5 of 5 today · 0 monthly · 0 purchased"
        assert credits.balance.parent() is window.ctx.actions.toolbar
        assert "Store…" in _menu_texts(window, "&Settings")
        toolbar = window.ctx.actions.toolbar
        window.grab(QRect(0, 0, window.width(), toolbar.geometry().bottom() + 28)).save(
            str(shots / "credits-balance.png")
        )

        # Built-in AI messages spend them: an answer of 19 tokens costs 1 credit.
        app = await window.apps.create_app("Bakery")
        panel.set_app(app.app_id)
        panel.composer.set_provider(Provider.AI)
        await settled(panel, window.tasks)
        for n in range(5):
            openrouter.script(sse_response(text_stream([f"Answer {n}."])))
            type_and_send(qtbot, panel, f"Question {n}")
            await settled(panel, window.tasks)
        # After `settled`, the notice of the last answer is there or on its way.
        await wait_for(
            lambda: panel.composer.notice.text() == "1 credit used for this answer.", may_hold=True
        )
        await wait_for(lambda: "0 of 5 today" in credits.balance.text(), may_hold=True)

        # Out of credits: the wall, and the message stays a draft.
        type_and_send(qtbot, panel, "Add a contact form")
        await settled(panel, window.tasks)
        await wait_for(
            lambda: credits.wall is not None and credits.wall.isVisible(), may_hold=True
        )  # after `settled`: the wall is up or on its way
        assert credits.wall is not None
        assert "needs about 1 credit, and you have 0" in credits.wall.body.text()
        assert "kept as a draft" in credits.wall.body.text()
        assert contents(panel)[-1] == ("user", "Add a contact form", MessageStatus.DRAFT)
        credits.wall.grab().save(str(shots / "credit-wall.png"))

        # The wall leads to the store; a pack is bought through Checkout in the browser.
        qtbot.mouseClick(credits.wall.pack_button, Qt.MouseButton.LeftButton)
        store = credits.store
        assert store is not None and store.isVisible()
        qtbot.mouseClick(store.pack_buttons["pack_100"], Qt.MouseButton.LeftButton)
        await wait_for(lambda: len(opened) == 1)
        assert opened[0].startswith(stripe_server.base_url)
        assert "open in your browser" in store.notice.text()
        async with httpx.AsyncClient() as browser:  # the customer pays on Stripe's page
            assert (await browser.post(opened[0])).status_code == 200
        qtbot.mouseClick(store.check_button, Qt.MouseButton.LeftButton)
        await wait_for(lambda: "100 purchased" in credits.balance.text())
        assert store.notice.text() == "Thank you! Added 100 purchased credits."

        # The draft goes out now, charged from the purchased credits.
        openrouter.script(sse_response(text_stream(["Here is a contact form."])))
        qtbot.mouseClick(panel.composer.drafts_button, Qt.MouseButton.LeftButton)
        await settled(panel, window.tasks)
        assert contents(panel)[-1][2] is MessageStatus.SENT
        await wait_for(lambda: "99 purchased" in credits.balance.text(), may_hold=True)
        await wait_for(lambda: store.history.rowCount() == 8, may_hold=True)
        assert store.history.item(0, 1).text() == "-1"
        assert store.cards[Tier.FREE].property("current") == "true"
        assert not store.plan_buttons[Tier.FREE].isEnabled()
        assert store.plan_buttons[Tier.ENTERPRISE].text() == "Contact us"
        store.grab().save(str(shots / "store-window.png"))

        # History filters: purchases only.
        store.kind_filter.setCurrentText("Purchases")
        await wait_for(lambda: store.history.rowCount() == 1, may_hold=True)
        assert store.history.item(0, 1).text() == "+100"

    arun(scenario())
    assert ledger.balance().purchased == 99


def test_a_second_checkout_on_free_opens_the_store_with_the_upgrade(
    window: MainWindow, billing_services: Services, arun: Run
) -> None:
    from l4ydesk.core.connections import ConnectionPlan, new_item
    from l4ydesk.core.tiers import TierLimitReached

    credits = window.feature(CreditsFeature)

    async def scenario() -> None:
        app = await window.apps.create_app("Shop")
        connector = billing_services.connector
        first = connector.execute_plan(ConnectionPlan(app.app_id, (new_item("checkout", "Cart"),)))
        assert first.credits_used == 2
        await wait_for(lambda: "3 of 5 today" in credits.balance.text(), may_hold=True)
        panel = window.feature(ChatFeature).panel
        assert "used for this answer" not in panel.composer.notice.text()  # not a chat answer
        assert credits.store is None or not credits.store.isVisible()
        with pytest.raises(TierLimitReached):
            connector.execute_plan(ConnectionPlan(app.app_id, (new_item("checkout", "Buy"),)))
        await wait_for(
            lambda: credits.store is not None and credits.store.isVisible(), may_hold=True
        )
        assert credits.store is not None
        assert "Your Free plan allows 1 checkout" in credits.store.notice.text()
        assert credits.store.plan_buttons[Tier.PRO].text() == "Upgrade to Pro"

    arun(scenario())


def test_store_window_plan_buttons_follow_the_current_plan(
    window: MainWindow, billing_services: Services, arun: Run, qtbot: Any
) -> None:
    credits = window.feature(CreditsFeature)
    with billing_services.ledger.locked() as (_session, account):
        account.tier = Tier.AGENCY.value
    store = credits.open_store()

    async def scenario() -> None:
        await wait_for(
            lambda: store.cards[Tier.AGENCY].property("current") == "true", may_hold=True
        )
        assert store.plan_buttons[Tier.PRO].text() == "Included in your plan"
        assert store.plan_buttons[Tier.AGENCY].text() == "Your plan"
        qtbot.mouseClick(store.yearly, Qt.MouseButton.LeftButton)
        price = store.cards[Tier.AGENCY].findChild(QLabel, "price")
        assert price is not None and price.text() == "2,990 EUR/year"

    arun(scenario())


def test_a_window_open_past_midnight_gets_the_new_days_credits(
    window: MainWindow, billing_services: Services, arun: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    credits = window.feature(CreditsFeature)
    billing_services.ledger.deduct("spent", 5, "today's answers")
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    monkeypatch.setattr(billing_services.ledger, "_clock", lambda: tomorrow)

    async def scenario() -> None:
        credits._new_day()  # what the day timer does every few minutes
        await wait_for(lambda: "5 of 5 today" in credits.balance.text(), may_hold=True)
        credits._new_day()  # the same day again grants nothing
        await wait_for(lambda: window.tasks.running == 0, may_hold=True)
        assert billing_services.ledger.balance().daily == 5

    arun(scenario())
