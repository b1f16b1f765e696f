"""The publish wizard in the window: answers pre-selected from the app's connected records, each
page refusing unusable answers with a sentence, every answer saved (in the worker) as it is
typed, and closing then reopening the wizard restoring both the page and the answers."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt

from l4ydesk.app import Services
from l4ydesk.core.publish import config_store
from l4ydesk.core.publish.config import StripeMode, VisitorAuth
from l4ydesk.core.publish.config_store import load_config
from l4ydesk.ui.main_window import MainWindow
from l4ydesk.ui.publish.wizard import PublishWizard
from tests.conftest import wait_for
from tests.gui.publish_helpers import connect_records, publish_feature, window

Run = Callable[[Any], Any]


def open_wizard(window: MainWindow, arun: Run) -> PublishWizard:
    feature = publish_feature(window)
    window.ctx.actions["publish"].trigger()
    arun(wait_for(lambda: feature.wizard is not None and feature.wizard.isVisible(), 30))
    assert feature.wizard is not None
    return feature.wizard


def next_fails(wizard: PublishWizard, words: str) -> None:
    index = wizard.index
    wizard.next_button.click()
    assert wizard.index == index, "Next moved on despite a bad answer"
    assert wizard.error.isVisible()
    assert words in wizard.error.text(), wizard.error.text()


def next_ok(wizard: PublishWizard) -> None:
    index = wizard.index
    wizard.next_button.click()
    assert not wizard.error.isVisible(), wizard.error.text()
    assert wizard.index == index + 1


def test_pages_validate_save_and_restore(
    window: MainWindow,
    services: Services,
    arun: Run,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saved_on: set[str] = set()
    real_save = config_store.save_config

    def recording_save(*args: Any) -> None:
        saved_on.add(threading.current_thread().name)
        real_save(*args)

    monkeypatch.setattr(config_store, "save_config", recording_save)
    app = arun(window.apps.create_app("Harbor Shop"))
    ids = connect_records(services, app.app_id)
    assert window.ctx.actions["publish"].shortcut().toString() == "Ctrl+Shift+P"
    wizard = open_wizard(window, arun)
    pages = wizard.pages

    # 1. the app: pre-filled with its name; an empty name is refused; Enter goes Next
    assert wizard.heading.text() == "Step 1 of 8: The app"
    assert pages[0].name.text() == "Harbor Shop"
    pages[0].name.clear()
    next_fails(wizard, "Give the app a name")
    qtbot.keyClicks(pages[0].name, "Harbor & Pine")
    pages[0].description.setPlainText("Aprons and linen, sold online.")
    qtbot.keyClick(pages[0].name, Qt.Key.Key_Return)
    assert wizard.index == 1

    # 2. categories: ticked from the connected records, with the key's scopes
    boxes = pages[1].boxes
    assert {c for c, b in boxes.items() if b.isChecked()} == {"products", "checkout"}
    assert "(connected)" in boxes["products"].text()
    assert "checkout:read, checkout:write" in boxes["checkout"].text()
    scopes = pages[1].scopes.text()
    assert scopes.endswith("products:read, checkout:read, checkout:write")
    for box in boxes.values():
        box.setChecked(False)
    next_fails(wizard, "at least one API category")
    boxes["products"].setChecked(True)
    boxes["forms"].setChecked(True)
    next_ok(wizard)

    # 3. visitors: one line says what sign-in through the platform generates
    assert "/sign-in" in pages[2].generates.text() and "getVisitor()" in pages[2].generates.text()
    pages[2].platform.setChecked(True)
    next_ok(wizard)

    # 4. payments: the connected checkout, which needs the Checkout category
    checkout_box = pages[3].boxes[ids["checkout"]]
    assert checkout_box.isChecked() and "Apron checkout" in checkout_box.text()
    pages[3].live.setChecked(True)
    next_fails(wizard, "needs the Checkout category")
    wizard.back_button.click()
    assert wizard.index == 2
    wizard.back_button.click()
    pages[1].boxes["checkout"].setChecked(True)
    next_ok(wizard)
    next_ok(wizard)
    next_ok(wizard)

    # 5. target: GitHub's and Vercel's own naming rules
    target = pages[4]
    target.repo.setText("my shop")
    next_fails(wizard, "not a usable repository name")
    target.repo.setText("harbor-pine")
    target.owner.setText("-agency")
    next_fails(wizard, "not a GitHub account name")
    target.owner.setText("pine-agency")
    target.branch.setText("release..1")
    next_fails(wizard, "not a valid branch name")
    target.branch.setText("release/1")
    target.gh_existing.setChecked(True)
    target.project.setText("Harbor-Pine")
    next_fails(wizard, "not a Vercel project name")
    target.project.setText("harbor---pine")
    next_fails(wizard, "not a Vercel project name")
    target.project.setText("harbor-pine")
    target.team.setText("team_agency01")
    next_ok(wizard)

    # 6. custom domains: the Free plan has none, so the page only offers the plans
    assert wizard.pages[5] is wizard.domains and not wizard.domains.entry.isEnabled()
    next_ok(wizard)

    # 7. environment: a reachable platform URL; the key said, never shown; no public secrets
    env = pages[6]
    assert "created at publish, stored server-side only" in env.key_line.text()
    assert "checkout:write" in env.key_line.text()
    next_fails(wizard, "Give the platform URL")
    env.platform_url.setText("http://localhost:8787")
    next_fails(wizard, "Vercel's servers cannot reach it")
    for on_the_lan in ("http://192.168.1.20:8787", "https://[fd00::5]", "http://nas.local"):
        env.platform_url.setText(on_the_lan)
        next_fails(wizard, "an address on this network only")
    env.platform_url.setText("https://api.harbor.example")
    env.add_row("NEXT_PUBLIC_STRIPE_SECRET", "sk_test_123")
    next_fails(wizard, "sent to every visitor's browser")
    env.extras.item(0, 0).setText("L4Y_API_KEY")
    next_fails(wizard, "set by the publish run itself")
    env.extras.item(0, 0).setText("SHOP_CURRENCY")
    env.extras.item(0, 1).setText("EUR")

    # closed midway (Cancel): everything typed is saved, in the worker
    wizard.cancel_button.click()
    assert not wizard.isVisible()

    def saved() -> Any:
        return load_config(services.store, app.app_id)

    arun(
        wait_for(lambda: (c := saved()) is not None and c.extra_env == (("SHOP_CURRENCY", "EUR"),))
    )
    config = saved()
    assert config is not None
    assert config.name == "Harbor & Pine"
    assert config.description == "Aprons and linen, sold online."
    assert config.categories == ("products", "forms", "checkout")
    assert config.scopes() == (
        "products:read", "forms:read", "forms:write", "checkout:read", "checkout:write",
        "auth:read", "auth:write",
    )  # fmt: skip
    assert config.visitor_auth is VisitorAuth.PLATFORM
    assert config.checkout_ids == (ids["checkout"],)
    assert config.stripe_mode is StripeMode.LIVE
    assert (config.github.owner, config.github.repo) == ("pine-agency", "harbor-pine")
    assert config.github.branch == "release/1" and not config.github.create
    assert (config.vercel.project, config.vercel.team_id) == ("harbor-pine", "team_agency01")
    assert config.platform_url == "https://api.harbor.example"
    assert saved_on and all(name.startswith("l4y-db") for name in saved_on), saved_on

    # reopened: the same page, the same answers
    wizard = open_wizard(window, arun)
    assert wizard.index == 6
    assert wizard.pages[6].platform_url.text() == "https://api.harbor.example"
    assert wizard.pages[6].extras.item(0, 0).text() == "SHOP_CURRENCY"
    wizard.back_button.click()
    wizard.back_button.click()
    assert wizard.pages[4].repo.text() == "harbor-pine"
    assert wizard.pages[4].gh_existing.isChecked()
    assert wizard.pages[3].live.isChecked()
    assert wizard.pages[2].platform.isChecked()
    wizard.reject()


def test_escape_cancels_and_keeps_the_answers(
    window: MainWindow, services: Services, arun: Run, qtbot: Any
) -> None:
    app = arun(window.apps.create_app("Quiet Cafe"))
    wizard = open_wizard(window, arun)
    assert wizard.pages[1].boxes["products"].isChecked() is False  # nothing connected
    wizard.pages[0].name.setText("Quiet Café")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    # answers are saved in the worker as they are typed: the save may be done already
    arun(
        wait_for(
            lambda: (c := load_config(services.store, app.app_id)) and c.name == "Quiet Café",
            may_hold=True,
        )
    )


__all__ = ["window"]  # the fixture, imported so this module's tests can use it
